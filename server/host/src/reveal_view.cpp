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

/// The chart's share of the width beside the explanation; beside a card too, it gets more
/// (narrower tiles would cut their words).
constexpr float kChartShare = 0.54f;
constexpr float kBarsGrowSeconds = 0.8f;
constexpr float kChartSharesBesideCard[] = {0.6f, 0.52f, 0.44f};

bool isCorrect(const core::Question& q, std::size_t option) {
    return std::find(q.correct.begin(), q.correct.end(), option) != q.correct.end();
}

TextStyle techniqueStyle();
std::string techniqueLine(const core::Question& q, core::Lang lang);

}  // namespace

bool RevealView::animating(const ViewEnv& env) {
    return env.phaseTime < kBarsGrowSeconds;
}

RevealView::OptionRows RevealView::optionRows(const core::Question& q, sf::FloatRect area) {
    const bool poll = q.kind == core::QuestionKind::Poll;
    const bool order = q.kind == core::QuestionKind::Order;
    area.top += 48.f;  // under the caption
    area.height -= 48.f;
    OptionRows out;
    // Ordering shows the steps in their right order, numbered.
    if (order)
        out.rows.assign(q.correct.begin(), q.correct.end());
    else
        for (std::size_t i = 0; i < q.options.size(); ++i)
            out.rows.push_back(i);
    const float gap = 14.f;
    const std::size_t n = std::max<std::size_t>(1, out.rows.size());
    float rowH =
        std::min(190.f, (area.height - gap * static_cast<float>(n - 1)) / static_cast<float>(n));
    float tileW = area.width * 0.72f;  // the words matter more than the bars' length
    for (std::size_t r = 0; r < out.rows.size(); ++r) {
        std::size_t option = out.rows[r];
        out.tiles.push_back(
            {area.left, area.top + static_cast<float>(r) * (rowH + gap), tileW, rowH});
        out.states.push_back(
            poll ? TileState::Normal
                 : (order || isCorrect(q, option) ? TileState::Correct : TileState::Dimmed));
        out.labels.push_back(order ? std::to_string(r + 1) + ". " + q.options[option]
                                   : q.options[option]);
    }
    return out;
}

void RevealView::draw(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env) {
    drawBackground(canvas);
    const core::Question& q = snap.pack->questions[snap.questionIndex];
    std::string right;
    bool single = q.kind == core::QuestionKind::Single || q.kind == core::QuestionKind::TrueFalse ||
                  q.kind == core::QuestionKind::Spot;
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
    if (q.card) {  // the card needs the height; the question was read while it was open
        text.size = 32.f;
        textH = 84.f;
    }
    drawText(canvas, q.text, {area.left, area.top, area.width, textH}, text, "reveal:question");
    float top = area.top + textH + 20.f;
    // The tricks it teaches, named in plain words across the screen under the question.
    std::string tricks = techniqueLine(q, env.lang);
    if (!tricks.empty() && !snap.voided) {
        sf::FloatRect room{area.left, top - 8.f, area.width, 90.f};
        float h = layoutText(canvas, fromUtf8(tricks), room, techniqueStyle()).bounds.height;
        drawText(canvas, tricks, room, techniqueStyle(), "reveal:technique");
        top += h + 10.f;
    }
    if (snap.voided) {  // a skipped question must not read as a normal reveal
        drawSkippedStamp(canvas, env, {area.left, top, area.width, 96.f});
        top += 96.f + 20.f;
    }
    sf::FloatRect rest{area.left, top, area.width, area.top + area.height - top};
    // A card: what it was (genuine or scam) stamped on it, and on a spot question the right
    // span lit. Beside the chart when the chart and the explanation still fit; otherwise the
    // stamp heads the explanation (a card question's long options need the width).
    const bool card = q.card.has_value();
    const float bandH = 64.f, bandGap = 12.f;
    bool cardShown = false;
    float chartShare = 0.f;
    if (card) {
        float aspect = CardView::preferredAspect(*q.card);
        // A phone a little wider than its shape (drawn to fill): its words get longer lines.
        const bool phone = aspect < 1.f;
        // As wide as the chart and the explanation allow: narrower when they need it.
        float cardW = 0.f;
        sf::FloatRect side;
        for (float share : {phone ? 0.35f : 0.42f, phone ? 0.28f : 0.34f}) {
            cardW = std::min(rest.width * share,
                             (rest.height - bandH - bandGap) * aspect * (phone ? 1.25f : 1.f));
            side = {rest.left + cardW + 32.f, rest.top, rest.width - cardW - 32.f, rest.height};
            chartShare = chartShareFor(canvas, snap, env, side);
            if (chartShare > 0.f)
                break;
        }
        if (q.kind == core::QuestionKind::Spot || chartShare > 0.f) {
            if (chartShare <= 0.f)
                chartShare = kChartSharesBesideCard[0];
            float cardH = phone ? rest.height - bandH - bandGap
                                : std::min(rest.height - bandH - bandGap, cardW / aspect);
            drawCardVerdict(canvas, {rest.left, rest.top, cardW, bandH}, q.genuineCard, env.lang);
            m_card.draw(canvas, *q.card, {rest.left, rest.top + bandH + bandGap, cardW, cardH},
                        env.lang, phone, spanStates(q, !snap.voided));
            rest = side;
            cardShown = true;
        }
    }
    float leftW = rest.width * (cardShown ? chartShare : kChartShare);
    drawOptions(canvas, snap, env, {rest.left, rest.top, leftW, rest.height});
    sf::FloatRect why{rest.left + leftW + 32.f, rest.top, rest.width - leftW - 32.f, rest.height};
    if (card && !cardShown) {
        drawCardVerdict(canvas, {why.left, why.top, why.width, bandH}, q.genuineCard, env.lang);
        why.top += bandH + bandGap;
        why.height -= bandH + bandGap;
    }
    drawExplanation(canvas, q, env, why);
    drawBanner(canvas, env.banner);
    drawHintBar(canvas, tr(Str::RevealHints, env.lang));
}

float RevealView::chartShareFor(Canvas& canvas, const server::ServerSnapshot& snap,
                                const ViewEnv& env, sf::FloatRect area) const {
    const core::Question& q = snap.pack->questions[snap.questionIndex];
    for (float share : kChartSharesBesideCard) {
        float leftW = area.width * share;
        OptionRows rows = optionRows(q, {area.left, area.top, leftW, area.height});
        sf::FloatRect why{area.left + leftW + 32.f, area.top, area.width - leftW - 32.f,
                          area.height};
        if (tileTextsFit(canvas, rows.tiles, rows.labels, rows.states) &&
            explanationFits(canvas, q, env, why))
            return share;
    }
    return 0.f;
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

    OptionRows layout = optionRows(q, area);
    const std::vector<std::size_t>& rows = layout.rows;
    const std::vector<sf::FloatRect>& tiles = layout.tiles;
    const std::vector<std::string>& labels = layout.labels;
    const std::vector<TileState>& states = layout.states;
    const float rowH = tiles.empty() ? 0.f : tiles[0].height;
    const float tileW = tiles.empty() ? 0.f : tiles[0].width;
    std::uint32_t most = 1;
    for (auto c : snap.lastCounts)
        most = std::max(most, c);
    float grow = std::clamp(env.phaseTime / kBarsGrowSeconds, 0.f, 1.f);  // bars grow in
    TextStyle count;
    count.size = std::max(kMinText, std::min(44.f, rowH * 0.45f));
    count.minSize = kMinText;
    count.bold = true;
    count.valign = VAlign::Middle;
    count.maxLines = 1;
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

std::vector<std::string> techniqueNames(const core::Question& q, core::Lang lang) {
    std::vector<std::string> names;
    for (core::Technique t : q.techniques)
        names.emplace_back(core::techniqueName(t, lang));
    return names;
}

namespace {

constexpr float kWhyHead = 66.f;  ///< "Vì sao?" and the gap under it

/// "Thủ đoạn: Giả danh cơ quan, ngân hàng · Hối thúc, đe dọa" in the accent colour.
TextStyle techniqueStyle() {
    TextStyle line;
    line.size = 32.f;
    line.minSize = kMinText;
    line.bold = true;
    line.color = theme::kAccent;
    line.maxLines = 2;
    return line;
}

TextStyle explanationStyle() {
    TextStyle body;
    body.size = 54.f;
    body.minSize = kMinText;
    return body;
}

std::string techniqueLine(const core::Question& q, core::Lang lang) {
    std::string names;
    for (const auto& name : techniqueNames(q, lang))
        names += (names.empty() ? "" : " · ") + name;
    return names.empty() ? names : format(tr(Str::Techniques, lang), names);
}

}  // namespace

/// The explanation's box under the head and the technique line.
sf::FloatRect RevealView::explanationBox(Canvas& canvas, const core::Question& q,
                                         const ViewEnv& env, sf::FloatRect area) {
    (void)canvas;
    (void)q;
    (void)env;
    sf::FloatRect in = inset(area, 26.f);
    float y = in.top + kWhyHead;
    return {in.left, y, in.width, in.top + in.height - y};
}

bool RevealView::explanationFits(Canvas& canvas, const core::Question& q, const ViewEnv& env,
                                 sf::FloatRect area) {
    sf::FloatRect box = explanationBox(canvas, q, env, area);
    return box.height > 0.f &&
           !layoutText(canvas, fromUtf8(q.explanation), box, explanationStyle()).truncated;
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
    drawText(canvas, q.explanation, explanationBox(canvas, q, env, area), explanationStyle(),
             "reveal:explanation");
}

}  // namespace dovui::host
