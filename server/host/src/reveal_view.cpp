#include "dovui/host/reveal_view.hpp"

#include <algorithm>

#include "dovui/host/chrome.hpp"
#include "dovui/host/question_view.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

namespace {

bool isCorrect(const core::Question& q, std::size_t option) {
    return std::find(q.correct.begin(), q.correct.end(), option) != q.correct.end();
}

}  // namespace

void RevealView::draw(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env) {
    drawBackground(canvas);
    const core::Question& q = snap.pack->questions[snap.questionIndex];
    std::string right;
    bool single = q.kind == core::QuestionKind::Single || q.kind == core::QuestionKind::TrueFalse;
    if (snap.voided)
        right = tr(Str::Skipped, env.lang);
    else if (single && !q.correct.empty() && q.correct[0] < snap.lastCounts.size())
        right = format(tr(Str::Correct, env.lang), std::to_string(snap.lastCounts[q.correct[0]]) +
                                                       "/" + std::to_string(snap.answersReceived));
    drawTopBar(canvas, questionNumber(snap, env.lang) + " · " + tr(Str::RevealTitle, env.lang),
               modeLabel(snap.config.mode, env.lang), right);
    sf::FloatRect area = contentArea(canvas);
    TextStyle text;
    text.size = 40.f;
    text.minSize = kMinText;
    text.bold = true;
    text.maxLines = 2;
    text.valign = VAlign::Middle;
    float textH = std::min(120.f, area.height * 0.16f);
    drawText(canvas, q.text, {area.left, area.top, area.width, textH}, text, "reveal:question");
    float top = area.top + textH + 20.f;
    if (snap.voided) {  // a skipped question must not read as a normal reveal
        drawSkippedStamp(canvas, env, {area.left, top, area.width, 96.f});
        top += 96.f + 20.f;
    }
    float leftW = area.width * 0.54f;
    drawOptions(canvas, snap, env, {area.left, top, leftW, area.top + area.height - top});
    drawExplanation(
        canvas, q, env,
        {area.left + leftW + 32.f, top, area.width - leftW - 32.f, area.top + area.height - top});
    drawBanner(canvas, env.banner);
    drawHintBar(canvas, tr(Str::RevealHints, env.lang));
}

void RevealView::drawSkippedStamp(Canvas& canvas, const ViewEnv& env, sf::FloatRect band) {
    fillRoundedRect(canvas.target, band, 16.f, theme::kBad);
    TextStyle big;
    big.size = 60.f;
    big.minSize = kMinText;
    big.bold = true;
    big.maxLines = 1;
    big.valign = VAlign::Middle;
    sf::FloatRect in = inset(band, 12.f);
    auto stamp =
        drawText(canvas, tr(Str::Skipped, env.lang),
                 {in.left + 16.f, in.top, in.width * 0.4f, in.height}, big, "reveal:skipped");
    TextStyle detail;
    detail.size = 36.f;
    detail.minSize = kMinText;
    detail.maxLines = 2;
    detail.valign = VAlign::Middle;
    float left = stamp.bounds.left + stamp.bounds.width + 32.f;
    drawText(canvas, tr(Str::Voided, env.lang),
             {left, in.top, in.left + in.width - left - 16.f, in.height}, detail,
             "reveal:skipped-why");
}

void RevealView::drawOptions(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                             sf::FloatRect area) {
    const core::Question& q = snap.pack->questions[snap.questionIndex];
    bool poll = q.kind == core::QuestionKind::Poll;
    bool order = q.kind == core::QuestionKind::Order;
    TextStyle caption;
    caption.size = 30.f;
    caption.minSize = kMinText;
    caption.color = theme::kTextDim;
    caption.maxLines = 1;
    std::string head = poll ? tr(Str::PollNoAnswer, env.lang)
                            : (order ? tr(Str::PlacedRight, env.lang) : tr(Str::Chose, env.lang));
    drawText(canvas, head, {area.left, area.top, area.width, 40.f}, caption, "reveal:caption");
    area.top += 48.f;
    area.height -= 48.f;

    // Ordering shows the steps in their right order, numbered.
    std::vector<std::size_t> rows;
    if (order)
        rows.assign(q.correct.begin(), q.correct.end());
    else
        for (std::size_t i = 0; i < q.options.size(); ++i)
            rows.push_back(i);
    const float gap = 14.f;
    float rowH = std::min(190.f, (area.height - gap * static_cast<float>(rows.size() - 1)) /
                                     static_cast<float>(rows.size()));
    std::uint32_t most = 1;
    for (auto c : snap.lastCounts)
        most = std::max(most, c);
    float tileW = area.width * 0.68f;  // the words matter more than the bars' length
    float grow = std::clamp(env.phaseTime / 0.8f, 0.f, 1.f);  // bars grow in
    TextStyle count;
    count.size = std::max(kMinText, std::min(44.f, rowH * 0.45f));
    count.minSize = kMinText;
    count.bold = true;
    count.valign = VAlign::Middle;
    count.maxLines = 1;
    std::vector<sf::FloatRect> tiles;
    std::vector<std::string> labels;
    std::vector<TileState> states;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::size_t option = rows[r];
        tiles.push_back({area.left, area.top + static_cast<float>(r) * (rowH + gap), tileW, rowH});
        states.push_back(
            poll ? TileState::Normal
                 : (order || isCorrect(q, option) ? TileState::Correct : TileState::Dimmed));
        labels.push_back(order ? std::to_string(r + 1) + ". " + q.options[option]
                               : q.options[option]);
    }
    const float even = evenTileTextSize(canvas, tiles, labels, states);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::size_t option = rows[r];
        const sf::FloatRect& tile = tiles[r];
        TileState state = states[r];
        drawAnswerTile(canvas, tile, option, labels[r], state, "reveal:tile", even);
        std::uint32_t n = option < snap.lastCounts.size() ? snap.lastCounts[option] : 0;
        float barLeft = tile.left + tileW + 16.f;
        float barMax = area.left + area.width - barLeft - 80.f;
        float barW = barMax * grow * static_cast<float>(n) / static_cast<float>(most);
        const TileLook& look = tileLook(option);
        sf::Color barColour = state == TileState::Dimmed
                                  ? sf::Color(look.fill.r / 2, look.fill.g / 2, look.fill.b / 2)
                                  : look.fill;
        fillRoundedRect(canvas.target,
                        {barLeft, tile.top + rowH * 0.2f, std::max(6.f, barW), rowH * 0.6f}, 8.f,
                        barColour);
        count.color = state == TileState::Dimmed ? theme::kTextDim : theme::kText;
        drawText(canvas, std::to_string(n),
                 {barLeft + std::max(6.f, barW) + 10.f, tile.top, 70.f, rowH}, count,
                 "reveal:count");
    }
}

void RevealView::drawExplanation(Canvas& canvas, const core::Question& q, const ViewEnv& env,
                                 sf::FloatRect area) {
    fillRoundedRect(canvas.target, area, 18.f, theme::kPanel, 4.f, theme::kAccent);
    sf::FloatRect in = inset(area, 26.f);
    TextStyle head;
    head.size = 40.f;
    head.minSize = kMinText;
    head.bold = true;
    head.color = theme::kAccent;
    head.maxLines = 1;
    drawText(canvas, tr(Str::Why, env.lang), {in.left, in.top, in.width, 52.f}, head, "reveal:why");
    TextStyle body;
    body.size = 54.f;
    body.minSize = kMinText;
    drawText(canvas, q.explanation, {in.left, in.top + 66.f, in.width, in.height - 66.f}, body,
             "reveal:explanation");
}

}  // namespace dovui::host
