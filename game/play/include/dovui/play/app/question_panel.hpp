#pragma once
/// The question as the learner sees it, in class and in practice: the text, the scenario card
/// (game/ui's renderer, the same as the host's), and 2–5 big tiles with colour and shape.
/// Multi-select and ordering get a clear confirm button. The layout follows the aspect:
/// portrait stacks text, card and tiles; landscape puts the card beside the tiles.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/card.hpp"
#include "dovui/core/question.hpp"
#include "dovui/play/app/screen.hpp"
#include "dovui/ui/card_view.hpp"

namespace dovui::play {

struct QuestionLook {
    core::QuestionKind kind = core::QuestionKind::Single;
    std::string text;
    std::vector<std::string> options;
    const core::ScenarioCard* card = nullptr;
    std::string topLine;                       ///< "Câu 3/10"
    std::optional<std::uint32_t> secondsLeft;  ///< nullopt = untimed
    std::vector<std::uint8_t> picked;  ///< multi: the chosen set; order: the sequence so far
};

/// What kind of answer a tile takes, in words ("Chọn một đáp án", "Chọn tất cả ý đúng…").
std::string answerHint(core::QuestionKind kind, core::Lang lang);

/// Draws the question into `area` and registers Tile (and Confirm / ClearOrder) intents.
void drawQuestion(ViewEnv& env, ui::CardView& cards, sf::FloatRect area, const QuestionLook& q);

/// Toggles (multi) or appends (order) option `index` in `picked`.
void pickOption(core::QuestionKind kind, std::vector<std::uint8_t>& picked, std::uint8_t index);

/// True when `picked` can be sent for a question of `kind` with `optionCount` options.
bool readyToSend(core::QuestionKind kind, const std::vector<std::uint8_t>& picked,
                 std::size_t optionCount);

/// Keys 1–5 pick tiles; Enter confirms.
std::optional<Intent> questionKey(sf::Keyboard::Key key);

}  // namespace dovui::play
