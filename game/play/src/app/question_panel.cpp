#include "dovui/play/app/question_panel.hpp"

#include <algorithm>

#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

/// A span on the card is a target at least this tall (logical units: 720 across a phone, so
/// about a fingertip's 48 px or more), however small its words are drawn.
constexpr float kMinSpanTarget = 64.f;

bool needsConfirm(core::QuestionKind kind) {
    return kind == core::QuestionKind::Multi || kind == core::QuestionKind::Order ||
           kind == core::QuestionKind::Spot;
}

bool isPicked(const QuestionLook& q, std::size_t i) {
    return std::find(q.picked.begin(), q.picked.end(), static_cast<std::uint8_t>(i)) !=
           q.picked.end();
}

/// A spot question's spans: numbered, the chosen one marked.
std::vector<ui::SpanState> spanStates(const QuestionLook& q) {
    std::vector<ui::SpanState> states;
    if (q.kind != core::QuestionKind::Spot || !q.card)
        return states;
    for (std::size_t i = 0; i < q.card->spans.size(); ++i)
        states.push_back(isPicked(q, i) ? ui::SpanState::Picked : ui::SpanState::Open);
    return states;
}

/// Tapping a span on the card picks its option: every line piece of it is a target.
void addSpanTargets(ViewEnv& env, const ui::CardView& cards) {
    const auto hits = cards.spanHitRects(kMinSpanTarget);
    const auto& drawn = cards.spanRects();
    for (std::size_t i = 0; i < hits.size(); ++i)
        for (std::size_t k = 0; k < hits[i].size(); ++k)
            env.hits.addNear(hits[i][k], drawn[i][k], {Intent::Kind::Tile, static_cast<int>(i)});
}

/// Portrait: one tile per row, full width, so long options wrap comfortably.
std::vector<sf::FloatRect> tileRects(ViewEnv& env, sf::FloatRect area, std::size_t count) {
    if (!env.portrait())
        return ui::tileGrid(area, count, kGap);
    std::vector<sf::FloatRect> rects;
    float h = (area.height - kGap * static_cast<float>(count - 1)) / static_cast<float>(count);
    for (std::size_t i = 0; i < count; ++i)
        rects.push_back({area.left, area.top + static_cast<float>(i) * (h + kGap), area.width, h});
    return rects;
}

std::string tileText(const QuestionLook& q, std::size_t i) {
    if (q.kind != core::QuestionKind::Order)
        return q.options[i];
    auto at = std::find(q.picked.begin(), q.picked.end(), static_cast<std::uint8_t>(i));
    if (at == q.picked.end())
        return q.options[i];
    return "(" + std::to_string(at - q.picked.begin() + 1) + ") " + q.options[i];
}

void drawTiles(ViewEnv& env, sf::FloatRect area, const QuestionLook& q) {
    auto rects = tileRects(env, area, q.options.size());
    // One text size for the set; where picks show a check mark, sized as if every tile had
    // one, so picking does not make the words jump.
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < rects.size(); ++i)
        texts.push_back(tileText(q, i));
    const auto sizing = needsConfirm(q.kind) ? ui::TileState::Correct : ui::TileState::Normal;
    const float even = ui::evenTileTextSize(env.canvas, rects, texts,
                                            std::vector<ui::TileState>(rects.size(), sizing));
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const bool picked = isPicked(q, i);
        ui::drawAnswerTile(env.canvas, rects[i], i, texts[i],
                           picked ? ui::TileState::Correct : ui::TileState::Normal,
                           "tile:" + std::to_string(i), even);
        env.hits.add(rects[i], {Intent::Kind::Tile, static_cast<int>(i)});
    }
}

void drawConfirmRow(ViewEnv& env, sf::FloatRect row, const QuestionLook& q) {
    const bool ready = readyToSend(q.kind, q.picked, q.options.size());
    std::string label;
    if (q.kind == core::QuestionKind::Multi)
        label = env.tr("Gửi câu trả lời", "Send the answer");
    else if (q.kind == core::QuestionKind::Spot)
        label = ready ? env.tr("Gửi chỗ đã chọn", "Send this choice")
                      : env.tr("Chạm vào một chỗ trên thẻ", "Tap a part of the card");
    else
        label = ready ? env.tr("Gửi thứ tự này", "Send this order")
                      : env.tr("Chạm lần lượt từng bước", "Tap the steps in order");
    if (q.kind == core::QuestionKind::Order && !q.picked.empty()) {
        sf::FloatRect clear{row.left, row.top, row.width * 0.34f, row.height};
        bigButton(env, clear, env.tr("Làm lại", "Start over"), {Intent::Kind::ClearOrder});
        row.left += clear.width + kGap;
        row.width -= clear.width + kGap;
    }
    bigButton(env, row, label, ready ? Intent{Intent::Kind::Confirm} : Intent{}, ready,
              ready ? "Enter" : "");
}

}  // namespace

std::string answerHint(core::QuestionKind kind, core::Lang lang) {
    const bool vi = lang == core::Lang::Vi;
    switch (kind) {
        case core::QuestionKind::Multi:
            return vi ? "Chọn TẤT CẢ ý đúng, rồi bấm Gửi." : "Pick ALL right answers, then Send.";
        case core::QuestionKind::Order:
            return vi ? "Chạm các bước theo đúng thứ tự." : "Tap the steps in the right order.";
        case core::QuestionKind::TrueFalse:
            return vi ? "Đúng hay sai?" : "True or false?";
        case core::QuestionKind::Poll:
            return vi ? "Chọn ý của bạn (không có đúng sai)." : "Pick your view (no wrong answer).";
        case core::QuestionKind::Spot:
            return vi ? "Chạm vào chỗ đáng ngờ trên thẻ, rồi bấm Gửi."
                      : "Tap the suspicious part of the card, then Send.";
        case core::QuestionKind::Single:
            break;
    }
    return vi ? "Chọn một đáp án." : "Pick one answer.";
}

void pickOption(core::QuestionKind kind, std::vector<std::uint8_t>& picked, std::uint8_t index) {
    auto at = std::find(picked.begin(), picked.end(), index);
    if (kind == core::QuestionKind::Spot) {  // one choice: a new tap moves it
        picked = {index};
        return;
    }
    if (kind == core::QuestionKind::Order) {
        if (at == picked.end())
            picked.push_back(index);
        return;
    }
    if (at == picked.end())
        picked.push_back(index);
    else
        picked.erase(at);
}

bool readyToSend(core::QuestionKind kind, const std::vector<std::uint8_t>& picked,
                 std::size_t optionCount) {
    if (kind == core::QuestionKind::Order)
        return picked.size() == optionCount;
    return !picked.empty();
}

std::optional<Intent> questionKey(sf::Keyboard::Key key) {
    if (key >= sf::Keyboard::Num1 && key <= sf::Keyboard::Num5)
        return Intent{Intent::Kind::Tile, key - sf::Keyboard::Num1};
    if (key >= sf::Keyboard::Numpad1 && key <= sf::Keyboard::Numpad5)
        return Intent{Intent::Kind::Tile, key - sf::Keyboard::Numpad1};
    if (key == sf::Keyboard::Enter)
        return Intent{Intent::Kind::Confirm};
    if (key == sf::Keyboard::R)
        return Intent{Intent::Kind::ReadAloud};
    return std::nullopt;
}

void drawQuestion(ViewEnv& env, ui::CardView& cards, sf::FloatRect area, const QuestionLook& q) {
    Column col(area);
    // Top line: where we are and the time left; what kind of answer is wanted beside it, or
    // (portrait, where it would be too small) on a line of its own when it matters.
    std::string where = q.topLine;
    if (q.secondsLeft)
        where += std::string(where.empty() ? "" : "  ·  ") + env.tr("Còn ", "") +
                 std::to_string(*q.secondsLeft) + env.tr(" giây", " s left");
    const bool hintMatters =
        q.kind == core::QuestionKind::Multi || q.kind == core::QuestionKind::Order ||
        q.kind == core::QuestionKind::Poll || q.kind == core::QuestionKind::Spot;
    sf::FloatRect top = col.take(env.text(44.f), 8.f);
    if (env.portrait()) {
        text(env, where, top, 30.f, "q-where", true, ui::theme::kAccent, ui::Align::Left,
             ui::VAlign::Middle);
        if (hintMatters)
            text(env, answerHint(q.kind, env.lang), col.take(env.text(44.f), 8.f), 30.f, "q-hint",
                 true, ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
    } else {
        text(env, where, {top.left, top.top, top.width * 0.45f, top.height}, 30.f, "q-where", true,
             ui::theme::kAccent, ui::Align::Left, ui::VAlign::Middle);
        text(env, answerHint(q.kind, env.lang),
             {top.left + top.width * 0.45f, top.top, top.width * 0.55f, top.height}, 30.f, "q-hint",
             hintMatters, hintMatters ? ui::theme::kText : ui::theme::kTextDim, ui::Align::Right,
             ui::VAlign::Middle);
    }

    const bool confirm = needsConfirm(q.kind);
    const float confirmH = confirm ? kButtonHeight : 0.f;
    const bool portrait = env.portrait();
    // Tap the red flag: the card is the question, its words get the room.
    const bool spot = q.kind == core::QuestionKind::Spot && q.card;
    const float textH = portrait ? (spot     ? 150.f
                                    : q.card ? 200.f
                                             : 300.f)
                                 : (spot     ? 96.f
                                    : q.card ? 150.f
                                             : 190.f);
    sf::FloatRect textBox = col.take(env.text(textH) * (env.textScale > 1.f ? 0.9f : 1.f));
    panel(env, textBox, ui::theme::kPanel);
    text(env, q.text, ui::inset(textBox, 16.f), 40.f, "q-text", true, ui::theme::kText,
         ui::Align::Left, ui::VAlign::Middle);

    sf::FloatRect rest{area.left, col.y, area.width, col.left() - (confirm ? confirmH + kGap : 0)};
    sf::FloatRect tiles = rest;
    if (q.card) {
        if (portrait) {
            // Full width, as a phone held sideways: a phone-shaped card this short would be
            // narrow and its text tiny.
            // A little more than half the room; less when four or more tiles need theirs.
            const bool qr = std::holds_alternative<core::QrPaymentCard>(q.card->body);
            float share =
                (qr ? 0.56f : 0.54f) - (q.options.size() >= 4 ? 0.06f : 0.f) + (spot ? 0.06f : 0.f);
            sf::FloatRect cardBox{rest.left, rest.top, rest.width, rest.height * share};
            cards.draw(env.canvas, *q.card, cardBox, env.lang, true, spanStates(q));
            tiles = {rest.left, cardBox.top + cardBox.height + kGap, rest.width,
                     rest.height - cardBox.height - kGap};
        } else {
            // Wider than a phone for the same reason as in portrait: the height is short here.
            float cardW = rest.width * (spot ? 0.56f : 0.45f);
            cards.draw(env.canvas, *q.card, {rest.left, rest.top, cardW, rest.height}, env.lang,
                       true, spanStates(q));
            tiles = {rest.left + cardW + kGap, rest.top, rest.width - cardW - kGap, rest.height};
        }
    }
    // The same options as tiles below: a fallback when the card is hard to tap.
    drawTiles(env, tiles, q);
    if (q.card)
        addSpanTargets(env, cards);
    if (confirm)
        drawConfirmRow(env, {area.left, area.top + area.height - confirmH, area.width, confirmH},
                       q);
}

}  // namespace dovui::play
