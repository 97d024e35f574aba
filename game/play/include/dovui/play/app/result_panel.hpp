#pragma once
/// The answer's result, in class (reveal) and in practice: right or wrong in words AND colour,
/// the right answer spelled out, the explanation, and a few facts (points, streak, rank).
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/question.hpp"
#include "dovui/core/technique.hpp"
#include "dovui/play/app/screen.hpp"
#include "dovui/ui/card_view.hpp"

namespace dovui::play {

enum class Verdict { Right, Partly, Wrong, NoAnswer, Poll, Voided };

struct ResultLook {
    Verdict verdict = Verdict::Wrong;
    std::string question;                   ///< shown small as a reminder (may be empty)
    std::vector<std::string> rightAnswers;  ///< the options that were right, in order
    std::string explanation;
    std::vector<std::string> facts;  ///< "+950 điểm", "Chuỗi đúng: 3", "Hạng 2/25"
    /// With a card: what it was ("TIN THẬT" or "LỪA ĐẢO", said in words and colour).
    std::optional<bool> cardGenuine;
    std::vector<std::string> techniques;  ///< the tricks it teaches, named in the UI's language
    /// The card, drawn under its verdict when the explanation leaves the room (a spot
    /// question's right span lit, the others dimmed: `spans`).
    const core::ScenarioCard* card = nullptr;
    std::vector<ui::SpanState> spans;
};

/// The names of `techniques` in `lang`.
std::vector<std::string> techniqueNames(const std::vector<core::Technique>& techniques,
                                        core::Lang lang);

/// "ĐÚNG RỒI!" / "CHƯA ĐÚNG" / …
std::string verdictText(Verdict verdict, core::Lang lang);

/// Draws the result into `area` (the caller keeps room for its buttons outside it).
void drawResult(ViewEnv& env, sf::FloatRect area, const ResultLook& look,
                ui::CardView* cards = nullptr);

/// How a spot question's spans look once answered: `correct` lit, the others dimmed.
std::vector<ui::SpanState> revealedSpans(core::QuestionKind kind, const core::ScenarioCard* card,
                                         const std::vector<std::uint8_t>& correct);

}  // namespace dovui::play
