// T in the lobby: add card players. Type a card number and a name ("12 Nguyễn Thị Hoa"; a
// number alone names the player "Thẻ 12"), Enter adds; F2 adds every card of the --cards
// roster at once (those already seated are refused with a reason in the status bar).
#include <cctype>
#include <optional>

#include "dovui/core/text.hpp"
#include "dovui/host/card_scanner.hpp"
#include "dovui/host/card_views.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {
namespace {

using namespace ui;

/// "12 Nguyễn Thị Hoa" → seat 12 named so; "12" → "Thẻ 12"; nullopt when there is no number.
std::optional<server::CardSeat> parseSeat(const std::string& typed) {
    std::size_t digits = 0;
    while (digits < typed.size() && digits < 3 &&
           std::isdigit(static_cast<unsigned char>(typed[digits])))
        ++digits;
    if (digits == 0 || digits > 2)
        return std::nullopt;
    int number = std::stoi(typed.substr(0, digits));
    std::string name = typed.substr(digits);
    while (!name.empty() && name.front() == ' ')
        name.erase(0, 1);
    if (name.empty())
        name = "Thẻ " + std::to_string(number);
    return server::CardSeat{number, name};
}

class CardSeatOverlay : public Screen {
public:
    explicit CardSeatOverlay(HostContext& ctx) : m_ctx(ctx) {}

    bool isOverlay() const override { return true; }

    void handleEvent(const sf::Event& event, sf::Vector2f) override {
        if (event.type == sf::Event::TextEntered) {
            sf::Uint32 c = event.text.unicode;
            bool opening = m_swallowOpeningKey && (c == 't' || c == 'T');
            m_swallowOpeningKey = false;
            if (opening)
                return;
            if (c == 8 && !m_typed.isEmpty())
                m_typed.erase(m_typed.getSize() - 1);
            else if (c >= 32 && c != 127 && m_typed.getSize() < 40)
                m_typed += c;
            return;
        }
        if (event.type != sf::Event::KeyPressed)
            return;
        m_swallowOpeningKey = false;
        if (event.key.code == sf::Keyboard::Escape) {
            m_ctx.stack.pop();
        } else if (event.key.code == sf::Keyboard::Enter) {
            if (auto seat = parseSeat(toUtf8(m_typed))) {
                m_ctx.runner.post(server::CmdAddCardPlayers{{*seat}});
                m_typed.clear();
            }
        } else if (event.key.code == sf::Keyboard::F2 && m_ctx.cards &&
                   !m_ctx.cards->seats().empty()) {
            m_ctx.runner.post(server::CmdAddCardPlayers{m_ctx.cards->seats()});
        }
    }

    void update(float) override {
        m_swallowOpeningKey = false;
        auto snap = m_ctx.runner.snapshot();
        if (!snap || snap->phase != core::Phase::Lobby)
            m_ctx.stack.pop();
        else
            m_snap = snap;
    }

    bool needsRedraw() const override { return m_snap && m_snap->version != m_drawnVersion; }

    void draw(Canvas& canvas) override {
        m_drawnVersion = m_snap ? m_snap->version : 0;
        bool en = m_ctx.lang() == core::Lang::En;
        fillRect(canvas.target, {0, 0, canvas.size.x, canvas.size.y}, sf::Color(0, 0, 0, 180));
        float w = std::min(1200.f, canvas.size.x - 80.f), h = 520.f;
        sf::FloatRect panel{(canvas.size.x - w) / 2.f, (canvas.size.y - h) / 2.f, w, h};
        fillRoundedRect(canvas.target, panel, 22.f, theme::kPanel, 4.f, theme::kAccent);
        sf::FloatRect in = inset(panel, 32.f);
        drawCardIcon(canvas, {in.left, in.top, 60.f, 60.f});
        TextStyle title;
        title.size = 44.f;
        title.minSize = kMinText;
        title.bold = true;
        title.maxLines = 1;
        drawText(canvas, en ? "Add card players" : "Thêm người chơi bằng thẻ",
                 {in.left + 80.f, in.top, in.width - 80.f, 60.f}, title, "cards:title");
        TextStyle body = title;
        body.size = 32.f;
        body.bold = false;
        body.maxLines = 2;
        body.color = theme::kTextDim;
        drawText(canvas,
                 en ? "Type the card number and the name, then Enter (e.g. 12 Nguyễn Thị Hoa)"
                    : "Gõ số thẻ và tên rồi Enter (ví dụ: 12 Nguyễn Thị Hoa)",
                 {in.left, in.top + 80.f, in.width, 90.f}, body, "cards:help");
        sf::FloatRect field{in.left, in.top + 190.f, in.width, 84.f};
        fillRoundedRect(canvas.target, field, 12.f, theme::kPanelLight);
        TextStyle typed = title;
        typed.valign = VAlign::Middle;
        drawText(canvas, toUtf8(m_typed) + "▏", inset(field, 16.f), typed, "cards:field");
        std::size_t seated = m_snap ? m_snap->cardPlayers.size() : 0;
        std::size_t roster = m_ctx.cards ? m_ctx.cards->seats().size() : 0;
        std::string status =
            (en ? "Card players: " : "Người chơi bằng thẻ: ") + std::to_string(seated);
        if (roster > 0)
            status += en ? " · F2: add the whole roster (" + std::to_string(roster) + ")"
                         : " · F2: thêm cả danh sách lớp (" + std::to_string(roster) + ")";
        body.color = theme::kText;
        drawText(canvas, status, {in.left, in.top + 300.f, in.width, 50.f}, body, "cards:status");
        if (m_snap && !m_snap->lastError.empty()) {
            body.color = theme::kAccent;
            drawText(canvas, m_snap->lastError, {in.left, in.top + 360.f, in.width, 90.f}, body,
                     "cards:problem");
        }
    }

private:
    HostContext& m_ctx;
    std::shared_ptr<const server::ServerSnapshot> m_snap;
    std::uint64_t m_drawnVersion = 0;  ///< of the snapshot last drawn
    sf::String m_typed;
    bool m_swallowOpeningKey = true;  ///< the T that opened it arrives again as text
};

}  // namespace

std::unique_ptr<Screen> makeCardSeatOverlay(HostContext& ctx) {
    return std::make_unique<CardSeatOverlay>(ctx);
}

}  // namespace dovui::host
