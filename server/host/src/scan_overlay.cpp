// The scan view: what the card camera sees, with every card found outlined and numbered, and
// beside it the card players, each ticking once their card is read for this question.
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <algorithm>
#include <cmath>

#include "dovui/host/card_scanner.hpp"
#include "dovui/host/card_views.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

int cardNumberOf(const server::ServerSnapshot& snap, core::PlayerId id) {
    for (const auto& c : snap.cardPlayers)
        if (c.player == id)
            return c.number;
    return 0;
}

void drawCardIcon(Canvas& canvas, sf::FloatRect box) {
    float side = std::min(box.width, box.height);
    sf::FloatRect card{box.left + (box.width - side) / 2, box.top + (box.height - side) / 2, side,
                       side};
    fillRoundedRect(canvas.target, card, side * 0.12f, sf::Color::White);
    fillRect(canvas.target, inset(card, side * 0.22f), theme::kInk);
    fillRect(canvas.target, inset(card, side * 0.36f), sf::Color::White);
    fillRect(canvas.target,
             {card.left + side * 0.4f, card.top + side * 0.02f, side * 0.2f, side * 0.1f},
             sf::Color(204, 22, 50));  // the A edge's red mark
}

namespace {

struct Words {
    const char* title;
    const char* read;
    const char* noPlayers;
    const char* hints;
};
const Words kVi{"Quét thẻ trả lời", "Đã đọc {} / {} thẻ", "Chưa có người chơi bằng thẻ",
                "Giơ thẻ, cạnh đáp án lên trên · C hoặc Esc: đóng"};
const Words kEn{"Scanning answer cards", "{} / {} cards read", "No card players yet",
                "Hold cards up, answer edge on top · C or Esc: close"};

std::string fill2(std::string pattern, const std::string& a, const std::string& b) {
    auto at = pattern.find("{}");
    pattern.replace(at, 2, a);
    at = pattern.find("{}");
    pattern.replace(at, 2, b);
    return pattern;
}

class ScanOverlay : public Screen {
public:
    explicit ScanOverlay(HostContext& ctx) : m_ctx(ctx) {}

    bool isOverlay() const override { return true; }

    void handleEvent(const sf::Event& event, sf::Vector2f) override {
        if (event.type == sf::Event::KeyPressed &&
            (event.key.code == sf::Keyboard::C || event.key.code == sf::Keyboard::Escape))
            m_ctx.stack.pop();
        if (event.type == sf::Event::MouseButtonPressed)
            m_ctx.stack.pop();
    }

    void update(float) override {
        m_snap = m_ctx.runner.snapshot();
        if (m_snap && m_openedIn < 0)
            m_openedIn = m_snap->phase == core::Phase::Question ? m_snap->questionIndex : 1000;
        bool questionOver =
            m_snap && m_openedIn != 1000 &&
            (m_snap->phase != core::Phase::Question || m_snap->questionIndex != m_openedIn);
        if (!m_snap || questionOver) {
            m_ctx.stack.pop();
            return;
        }
        if (!m_ctx.cards)
            return;
        m_view = m_ctx.cards->view(m_frame);
        if (m_view.frames != m_frame && !m_view.picture.empty()) {
            m_frame = m_view.frames;
            auto size = sf::Vector2u(m_view.picture.cols, m_view.picture.rows);
            if (m_texture.getSize() != size)
                m_texture.create(size.x, size.y);
            m_texture.update(m_view.picture.data);
            m_texture.setSmooth(true);
        }
    }

    void draw(Canvas& canvas) override {
        if (!m_snap)
            return;
        const Words& w = m_ctx.lang() == core::Lang::En ? kEn : kVi;
        fillRect(canvas.target, {0, 0, canvas.size.x, canvas.size.y}, theme::kBackground);
        std::size_t read = std::count_if(m_snap->cardPlayers.begin(), m_snap->cardPlayers.end(),
                                         [](const auto& c) { return c.read; });
        std::string counter =
            fill2(w.read, std::to_string(read), std::to_string(m_snap->cardPlayers.size()));
        std::string where = m_snap->phase == core::Phase::Question
                                ? std::to_string(m_snap->questionIndex + 1) + "/" +
                                      std::to_string(m_snap->questionCount)
                                : "";
        drawTopBar(canvas, w.title, counter, where);
        drawHintBar(canvas, w.hints);
        sf::FloatRect area = contentArea(canvas);
        // The grid gets room for "20 · Kiều Văn Thành" two across; the picture keeps the rest.
        sf::FloatRect camera{area.left, area.top, area.width * 0.52f, area.height};
        sf::FloatRect grid{area.left + area.width * 0.54f, area.top, area.width * 0.46f,
                           area.height};
        drawCamera(canvas, camera);
        drawGrid(canvas, grid, w);
    }

private:
    void drawCamera(Canvas& canvas, sf::FloatRect box) {
        fillRoundedRect(canvas.target, box, 14.f, theme::kPanel);
        if (m_texture.getSize().x == 0 || !m_view.problem.empty()) {
            TextStyle style;
            style.size = 36.f;
            style.minSize = kMinText;
            style.align = Align::Center;
            style.valign = VAlign::Middle;
            style.color = m_view.problem.empty() ? theme::kTextDim : theme::kAccent;
            std::string text = !m_ctx.cards             ? "--camera 0"
                               : m_view.problem.empty() ? "…"
                                                        : m_view.problem;
            drawText(canvas, text, inset(box, 40.f), style, "scan:problem");
            return;
        }
        sf::Vector2f pic(static_cast<float>(m_texture.getSize().x),
                         static_cast<float>(m_texture.getSize().y));
        float scale = std::min((box.width - 16.f) / pic.x, (box.height - 16.f) / pic.y);
        sf::Vector2f origin(box.left + (box.width - pic.x * scale) / 2,
                            box.top + (box.height - pic.y * scale) / 2);
        sf::Sprite sprite(m_texture);
        sprite.setPosition(origin);
        sprite.setScale(scale, scale);
        canvas.target.draw(sprite);
        for (const auto& card : m_view.cards) {
            bool counted = false;
            for (const auto& c : m_snap->cardPlayers)
                counted |= c.number == card.number && c.read;
            sf::ConvexShape outline(4);
            for (int k = 0; k < 4; ++k)
                outline.setPoint(
                    k, origin + sf::Vector2f(card.corners[k].x, card.corners[k].y) * scale);
            outline.setFillColor(sf::Color::Transparent);
            outline.setOutlineThickness(4.f);
            outline.setOutlineColor(counted ? theme::kGood : theme::kAccent);
            canvas.target.draw(outline);
            // The number just above the card, so the outline stays in sight.
            sf::Vector2f centre;
            float top = outline.getPoint(0).y;
            for (int k = 0; k < 4; ++k) {
                centre += outline.getPoint(k) / 4.f;
                top = std::min(top, outline.getPoint(k).y);
            }
            sf::FloatRect tag{centre.x - 28.f, std::max(box.top + 4.f, top - 42.f), 56.f, 38.f};
            fillRoundedRect(canvas.target, tag, 8.f, counted ? theme::kGood : theme::kAccent);
            TextStyle number;
            number.size = 30.f;
            number.minSize = 18.f;
            number.bold = true;
            number.align = Align::Center;
            number.valign = VAlign::Middle;
            number.color = counted ? theme::kText : theme::kInk;
            number.maxLines = 1;
            drawText(canvas, std::to_string(card.number), tag, number, "scan:tag");
        }
    }

    void drawGrid(Canvas& canvas, sf::FloatRect box, const Words& w) {
        const auto& cards = m_snap->cardPlayers;
        if (cards.empty()) {
            TextStyle style;
            style.size = 36.f;
            style.minSize = kMinText;
            style.color = theme::kTextDim;
            drawText(canvas, w.noPlayers, box, style, "scan:empty");
            return;
        }
        // As many columns as keep every cell at least 52 units tall.
        std::size_t columns = 1;
        while (std::ceil(cards.size() / double(columns)) * 58.f > box.height && columns < 6)
            ++columns;
        std::size_t rows = (cards.size() + columns - 1) / columns;
        float gap = 8.f;
        float cellW = (box.width - gap * (columns - 1)) / columns;
        float cellH = std::min(72.f, (box.height - gap * (rows - 1)) / rows);
        TextStyle label;
        label.size = std::min(30.f, cellH * 0.5f);
        label.minSize = 16.f;
        label.bold = true;
        label.maxLines = 1;
        label.valign = VAlign::Middle;
        std::vector<std::string> names;
        for (const auto& c : cards) {
            std::string name = std::to_string(c.number);
            for (const auto& p : m_snap->players)
                if (p.id == c.player && columns <= 2)
                    name += " · " + p.nickname;
            names.push_back(std::move(name));
        }
        // One size for every cell, set by the longest: the grid reads as one table.
        float textW = cellW - cellH - 20.f;
        float even = label.size;
        for (const std::string& name : names)
            even = std::min(even,
                            layoutText(canvas, fromUtf8(name), {0, 0, textW, cellH}, label).size);
        label.size = even;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const auto& c = cards[i];
            sf::FloatRect cell{box.left + (i % columns) * (cellW + gap),
                               box.top + (i / columns) * (cellH + gap), cellW, cellH};
            fillRoundedRect(canvas.target, cell, 10.f, c.read ? theme::kGood : theme::kPanelLight);
            sf::FloatRect mark{cell.left + 6.f, cell.top + 6.f, cellH - 12.f, cellH - 12.f};
            if (c.read)
                drawCheck(canvas.target, mark, theme::kText);
            else
                drawCardIcon(canvas, mark);
            drawText(
                canvas, names[i],
                {mark.left + mark.width + 8.f, cell.top, cell.width - mark.width - 20.f, cellH},
                label, "scan:cell");
            if (canvas.probe)
                canvas.probe->addRegion("scan:cells", cell);
        }
    }

    HostContext& m_ctx;
    std::shared_ptr<const server::ServerSnapshot> m_snap;
    CardScanView m_view;
    sf::Texture m_texture;
    std::uint64_t m_frame = 0;
    int m_openedIn = -1;  ///< the question it was opened in (1000: outside a question)
};

}  // namespace

std::unique_ptr<Screen> makeScanOverlay(HostContext& ctx) {
    return std::make_unique<ScanOverlay>(ctx);
}

}  // namespace dovui::host
