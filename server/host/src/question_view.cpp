#include "dovui/host/question_view.hpp"

#include <algorithm>
#include <cmath>

#include "dovui/host/chrome.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

std::string questionNumber(const server::ServerSnapshot& snap, core::Lang lang) {
    return format(tr(Str::Question, lang), std::to_string(snap.questionIndex + 1) + "/" +
                                               std::to_string(snap.questionCount));
}

std::string kindHint(const core::Question& q, core::Lang lang) {
    switch (q.kind) {
        case core::QuestionKind::Multi:
            return tr(Str::KindMulti, lang);
        case core::QuestionKind::Order:
            return tr(Str::KindOrder, lang);
        case core::QuestionKind::Poll:
            return tr(Str::KindPoll, lang);
        case core::QuestionKind::TrueFalse:
            return tr(Str::KindTrueFalse, lang);
        case core::QuestionKind::Spot:
            return tr(Str::KindSpot, lang);
        case core::QuestionKind::Single:
            break;
    }
    return {};
}

std::vector<ui::SpanState> spanStates(const core::Question& q, bool revealed) {
    std::vector<ui::SpanState> states;
    if (q.kind != core::QuestionKind::Spot || !q.card)
        return states;
    for (std::size_t i = 0; i < q.card->spans.size(); ++i) {
        bool right = std::find(q.correct.begin(), q.correct.end(), i) != q.correct.end();
        states.push_back(!revealed ? SpanState::Open
                                   : (right ? SpanState::Right : SpanState::Dimmed));
    }
    return states;
}

void QuestionView::drawCountdown(Canvas& canvas, const server::ServerSnapshot& snap,
                                 const ViewEnv& env, sf::FloatRect bar) {
    fillRoundedRect(canvas.target, bar, bar.height / 2.f, theme::kPanel);
    float fraction = snap.limitMs > 0
                         ? static_cast<float>(env.remainingMs) / static_cast<float>(snap.limitMs)
                         : 0.f;
    fraction = std::clamp(fraction, 0.f, 1.f);
    int seconds = static_cast<int>((env.remainingMs + 999) / 1000);
    sf::Color fill = seconds > 10 ? theme::kGood : (seconds > 5 ? theme::kAccent : theme::kBad);
    if (fraction > 0.f)
        fillRoundedRect(canvas.target,
                        {bar.left, bar.top, std::max(bar.height, bar.width * fraction), bar.height},
                        bar.height / 2.f, fill);
    TextStyle style;
    style.size = bar.height * 0.72f;
    style.minSize = kMinText;
    style.bold = true;
    style.align = Align::Right;
    style.valign = VAlign::Middle;
    style.maxLines = 1;
    // Dark ink over the bright fill, light over the empty track.
    style.color = fraction > 0.8f ? theme::kInk : theme::kText;
    std::string text = snap.paused ? std::string(tr(Str::Paused, env.lang))
                                   : format(tr(Str::Seconds, env.lang), std::to_string(seconds));
    drawText(canvas, text, inset(bar, 6.f), style, "question:countdown");
}

bool QuestionView::animating(const server::ServerSnapshot& snap, const ViewEnv& env) {
    return snap.phase == core::Phase::Question && !snap.paused && env.remainingMs > 0;
}

void QuestionView::draw(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env) {
    drawBackground(canvas);
    const core::Question& q = snap.pack->questions[snap.questionIndex];
    drawTopBar(canvas, questionNumber(snap, env.lang), modeLabel(snap.config.mode, env.lang),
               format(tr(Str::Answered, env.lang), std::to_string(snap.answersReceived) + "/" +
                                                       std::to_string(snap.activePlayers)));
    sf::FloatRect area = contentArea(canvas);
    drawCountdown(canvas, snap, env, {area.left, area.top, area.width, 52.f});
    area.top += 70.f;
    area.height -= 70.f;

    sf::FloatRect main = area;
    if (q.card) {
        float aspect = CardView::preferredAspect(*q.card);
        float maxShare = aspect > 1.f ? 0.5f : 0.36f;
        float cardW = std::min(area.width * maxShare, area.height * aspect);
        m_card.draw(canvas, *q.card, {area.left, area.top, cardW, area.height}, env.lang, false,
                    spanStates(q, false));
        main = {area.left + cardW + 36.f, area.top, area.width - cardW - 36.f, area.height};
    }
    float textH = std::max(170.f, main.height * (q.card ? 0.4f : 0.36f));
    TextStyle text;
    text.size = 54.f;
    text.minSize = kMinText;
    text.bold = true;
    text.valign = VAlign::Middle;
    drawText(canvas, q.text, {main.left, main.top, main.width, textH}, text, "question:text");
    float y = main.top + textH + 10.f;
    std::string hint = kindHint(q, env.lang);
    if (!hint.empty()) {
        TextStyle hs;
        hs.size = 34.f;
        hs.minSize = kMinText;
        hs.bold = true;
        hs.color = theme::kAccent;
        hs.maxLines = 1;
        drawText(canvas, hint, {main.left, y, main.width, 46.f}, hs, "question:kind");
        y += 54.f;
    }
    sf::FloatRect tiles{main.left, y, main.width, main.top + main.height - y};
    auto rects = tileGrid(tiles, q.options.size(), 18.f);
    const float even = evenTileTextSize(canvas, rects, q.options, {});
    for (std::size_t i = 0; i < rects.size(); ++i)
        drawAnswerTile(canvas, rects[i], i, q.options[i], TileState::Normal, "question:tile", even);

    if (snap.paused) {
        fillRect(canvas.target, {0, 0, canvas.size.x, canvas.size.y}, sf::Color(0, 0, 0, 150));
        TextStyle big;
        big.size = 140.f;
        big.bold = true;
        big.color = theme::kAccent;
        big.align = Align::Center;
        big.valign = VAlign::Middle;
        drawText(canvas, tr(Str::Paused, env.lang), {0, 0, canvas.size.x, canvas.size.y}, big,
                 "question:paused");
    }
    drawBanner(canvas, env.banner);
    drawHintBar(canvas, tr(Str::QuestionHints, env.lang));
}

}  // namespace dovui::host
