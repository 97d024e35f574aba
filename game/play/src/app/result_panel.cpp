#include "dovui/play/app/result_panel.hpp"

#include <algorithm>

#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/card_view.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

sf::Color verdictColour(Verdict v) {
    switch (v) {
        case Verdict::Right:
            return ui::theme::kGood;
        case Verdict::Partly:
            return sf::Color(214, 140, 0);
        case Verdict::Wrong:
        case Verdict::NoAnswer:
            return ui::theme::kBad;
        case Verdict::Poll:
        case Verdict::Voided:
            break;
    }
    return ui::theme::kPanelLight;
}

}  // namespace

std::vector<std::string> techniqueNames(const std::vector<core::Technique>& techniques,
                                        core::Lang lang) {
    std::vector<std::string> names;
    for (core::Technique t : techniques)
        names.emplace_back(core::techniqueName(t, lang));
    return names;
}

namespace {

/// The card's verdict stamp and "Thủ đoạn: …" at the top of `col`, as tall as they need.
/// The height "Vì sao:" and the explanation need in a column `width` wide.
float explanationHeight(ViewEnv& env, float width, const std::string& explanation) {
    if (explanation.empty())
        return 0.f;
    ui::TextStyle style;
    style.size = env.text(34.f);
    style.minSize = style.size;
    float h = ui::layoutText(env.canvas, ui::fromUtf8(explanation),
                             {0.f, 0.f, width - 36.f, 100000.f}, style)
                  .bounds.height;
    return env.text(40.f) + 4.f + h + 36.f + 8.f;
}

/// The card's verdict stamp (over the card itself when there is room for it), then
/// "Thủ đoạn: …", at the top of `col`, as tall as they need.
void drawLesson(ViewEnv& env, Column& col, const ResultLook& look, ui::CardView* cards) {
    std::string line;
    for (const auto& name : look.techniques)
        line += (line.empty() ? env.tr("Thủ đoạn: ", "Tricks: ") : " · ") + name;
    ui::TextStyle style;
    style.size = env.text(30.f);
    style.minSize = std::min(style.size, env.text(18.f));
    style.bold = true;
    style.color = ui::theme::kAccent;
    sf::FloatRect room{col.area.left, col.y, col.area.width, col.left() * 0.4f};
    const float lineH =
        line.empty() ? 0.f
                     : ui::layoutText(env.canvas, ui::fromUtf8(line), room, style).bounds.height;
    if (look.cardGenuine) {
        const float bandH = env.text(72.f);
        ui::drawCardVerdict(env.canvas, col.take(bandH, look.card && cards ? 0.f : 10.f),
                            *look.cardGenuine, env.lang);
        // The card under its stamp, held sideways, when the words still keep their room.
        const float cardH = std::min(
            env.portrait() ? 420.f : 300.f,
            col.left() - lineH - 14.f - explanationHeight(env, col.area.width, look.explanation));
        if (look.card && cards && cardH >= 200.f)
            cards->draw(env.canvas, *look.card, col.take(cardH, 10.f), env.lang, true, look.spans);
    }
    if (!line.empty())
        ui::drawText(env.canvas, line, col.take(lineH + 2.f, 10.f), style, "techniques");
}

}  // namespace

std::string verdictText(Verdict verdict, core::Lang lang) {
    const bool vi = lang == core::Lang::Vi;
    switch (verdict) {
        case Verdict::Right:
            return vi ? "ĐÚNG RỒI!" : "RIGHT!";
        case Verdict::Partly:
            return vi ? "ĐÚNG MỘT PHẦN" : "PARTLY RIGHT";
        case Verdict::Wrong:
            return vi ? "CHƯA ĐÚNG" : "NOT RIGHT";
        case Verdict::NoAnswer:
            return vi ? "CHƯA KỊP TRẢ LỜI" : "NO ANSWER IN TIME";
        case Verdict::Poll:
            return vi ? "CẢM ƠN Ý KIẾN CỦA BẠN" : "THANKS FOR YOUR VIEW";
        case Verdict::Voided:
            return vi ? "CÂU NÀY ĐƯỢC BỎ QUA" : "THIS QUESTION WAS SKIPPED";
    }
    return {};
}

std::vector<ui::SpanState> revealedSpans(core::QuestionKind kind, const core::ScenarioCard* card,
                                         const std::vector<std::uint8_t>& correct) {
    std::vector<ui::SpanState> states;
    if (kind != core::QuestionKind::Spot || !card)
        return states;
    for (std::size_t i = 0; i < card->spans.size(); ++i)
        states.push_back(std::find(correct.begin(), correct.end(), i) != correct.end()
                             ? ui::SpanState::Right
                             : ui::SpanState::Dimmed);
    return states;
}

void drawResult(ViewEnv& env, sf::FloatRect area, const ResultLook& look, ui::CardView* cards) {
    // Landscape: the verdict and the facts on the left, the explanation on the right, so a
    // long explanation keeps a large size on a short screen.
    sf::FloatRect why = area;
    if (!env.portrait() && !look.explanation.empty()) {
        float leftW = area.width * 0.46f;
        why = {area.left + leftW + kPad, area.top, area.width - leftW - kPad, area.height};
        area.width = leftW;
    }
    Column col(area);
    // The verdict: a coloured band with a mark AND words, never colour alone.
    sf::FloatRect band = col.take(env.text(110.f));
    panel(env, band, verdictColour(look.verdict));
    sf::FloatRect mark{band.left + 20.f, band.top + 15.f, band.height - 30.f, band.height - 30.f};
    if (look.verdict == Verdict::Right)
        ui::drawCheck(env.canvas.target, mark, sf::Color::White);
    else if (look.verdict == Verdict::Wrong || look.verdict == Verdict::NoAnswer)
        ui::drawCross(env.canvas.target, mark, sf::Color::White);
    float textLeft = mark.left + mark.width + 20.f;
    text(env, verdictText(look.verdict, env.lang),
         {textLeft, band.top, band.left + band.width - textLeft - 16.f, band.height}, 52.f,
         "verdict", true, sf::Color::White, ui::Align::Left, ui::VAlign::Middle);

    if (!look.facts.empty()) {
        // Portrait: one row of cells; landscape (a narrow column): one fact per line.
        const bool row = env.portrait();
        sf::FloatRect line = col.take(env.text(56.f), row ? kGap : 8.f);
        float w = row ? (line.width - kGap * static_cast<float>(look.facts.size() - 1)) /
                            static_cast<float>(look.facts.size())
                      : line.width;
        for (std::size_t i = 0; i < look.facts.size(); ++i) {
            if (!row && i > 0)
                line = col.take(env.text(56.f), i + 1 == look.facts.size() ? kGap : 8.f);
            sf::FloatRect cell{line.left + (row ? static_cast<float>(i) * (w + kGap) : 0.f),
                               line.top, w, line.height};
            panel(env, cell, ui::theme::kPanel);
            text(env, look.facts[i], ui::inset(cell, 8.f), 30.f, "fact", true, ui::theme::kAccent,
                 ui::Align::Center, ui::VAlign::Middle);
        }
    }
    if (!look.rightAnswers.empty()) {
        std::string answers;
        for (const auto& a : look.rightAnswers)
            answers += (answers.empty() ? "" : "\n") + ("• " + a);
        const bool one = look.rightAnswers.size() == 1;
        sf::FloatRect label = col.take(env.text(40.f), 4.f);
        text(env,
             one ? env.tr("Đáp án đúng:", "The right answer:")
                 : env.tr("Các đáp án đúng:", "The right answers:"),
             label, 28.f, "right-label", true, ui::theme::kTextDim);
        // Long options wrap: about two lines each, capped so the explanation keeps its room.
        float perAnswer = env.portrait() ? 92.f : 80.f;
        float cap = env.portrait() ? 320.f : 220.f;
        float h = env.text(
            std::min(cap, perAnswer * static_cast<float>(look.rightAnswers.size()) + 24.f));
        sf::FloatRect box = col.take(h);
        panel(env, box, ui::theme::kPanel);
        text(env, answers, ui::inset(box, 14.f), 32.f, "right-answers", true, ui::theme::kText,
             ui::Align::Left, ui::VAlign::Middle);
    }
    Column side = env.portrait() || look.explanation.empty() ? col : Column(why);
    drawLesson(env, side, look, cards);
    if (!look.explanation.empty()) {
        sf::FloatRect label = side.take(env.text(40.f), 4.f);
        text(env, env.tr("Vì sao:", "Why:"), label, 28.f, "why-label", true, ui::theme::kTextDim);
        sf::FloatRect box{side.area.left, side.y, side.area.width, side.left()};
        panel(env, box, sf::Color(240, 236, 220));
        text(env, look.explanation, ui::inset(box, 18.f), 34.f, "explanation", false,
             ui::theme::kInk, ui::Align::Left, ui::VAlign::Top);
    }
}

}  // namespace dovui::play
