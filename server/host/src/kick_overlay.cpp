// K: pick a player to remove, from a paged list filtered by typing.
#include "dovui/core/text.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {
namespace {

using namespace ui;

constexpr std::size_t kPerPage = 10;

class KickOverlay : public Screen {
public:
    explicit KickOverlay(HostContext& ctx) : m_ctx(ctx) {}

    bool isOverlay() const override { return true; }

    void handleEvent(const sf::Event& event, sf::Vector2f mouse) override {
        if (event.type == sf::Event::TextEntered) {
            sf::Uint32 c = event.text.unicode;
            if (c == 8) {  // backspace
                if (!m_filter.isEmpty())
                    m_filter.erase(m_filter.getSize() - 1);
            } else if (c >= 32 && c != 127) {
                m_filter += c;
            }
            m_selected = 0;
            m_version = 0;  // filter again
            return;
        }
        if (event.type == sf::Event::MouseButtonPressed) {
            for (std::size_t i = 0; i < m_rowRects.size(); ++i)
                if (m_rowRects[i].contains(mouse)) {
                    m_selected = m_page * kPerPage + i;
                    kickSelected();
                }
            return;
        }
        if (event.type != sf::Event::KeyPressed)
            return;
        std::size_t count = m_names.size();
        switch (event.key.code) {
            case sf::Keyboard::Escape:
                m_ctx.stack.pop();
                break;
            case sf::Keyboard::Up:
                m_selected = m_selected > 0 ? m_selected - 1 : 0;
                break;
            case sf::Keyboard::Down:
                m_selected = count ? std::min(count - 1, m_selected + 1) : 0;
                break;
            case sf::Keyboard::Left:
                m_selected = m_selected >= kPerPage ? m_selected - kPerPage : 0;
                break;
            case sf::Keyboard::Right:
                m_selected = count ? std::min(count - 1, m_selected + kPerPage) : 0;
                break;
            case sf::Keyboard::Enter:
                kickSelected();
                break;
            default:
                break;
        }
    }

    void update(float) override {
        auto snap = m_ctx.runner.snapshot();
        if (!snap || snap->version == m_version)
            return;
        m_version = snap->version;
        std::string filter = core::foldToAscii(toUtf8(m_filter));
        m_names.clear();
        for (const auto& p : snap->players)
            if (filter.empty() || core::foldToAscii(p.nickname).find(filter) != std::string::npos)
                m_names.push_back(p.nickname);
        if (m_selected >= m_names.size())
            m_selected = m_names.empty() ? 0 : m_names.size() - 1;
    }

    void draw(Canvas& canvas) override {
        core::Lang lang = m_ctx.lang();
        fillRect(canvas.target, {0, 0, canvas.size.x, canvas.size.y}, sf::Color(0, 0, 0, 180));
        float w = std::min(1000.f, canvas.size.x - 80.f);
        float rowH = std::min(56.f, (canvas.size.y - 360.f) / kPerPage);
        float h = 200.f + rowH * kPerPage;
        sf::FloatRect panel{(canvas.size.x - w) / 2.f, (canvas.size.y - h) / 2.f, w, h};
        fillRoundedRect(canvas.target, panel, 22.f, theme::kPanel, 4.f, theme::kBad);
        TextStyle title;
        title.size = 40.f;
        title.bold = true;
        title.maxLines = 1;
        sf::FloatRect in = inset(panel, 28.f);
        drawText(canvas, tr(Str::KickTitle, lang), {in.left, in.top, in.width * 0.6f, 52.f}, title,
                 "kick:title");
        TextStyle filter = title;
        filter.size = 28.f;
        filter.bold = false;
        filter.align = Align::Right;
        filter.color = theme::kAccent;
        std::string typed = toUtf8(m_filter);
        drawText(canvas, format(tr(Str::KickFilter, lang), typed + "▏"),
                 {in.left + in.width * 0.6f, in.top, in.width * 0.4f, 52.f}, filter, "kick:filter");
        m_page = m_selected / kPerPage;
        m_rowRects.clear();
        TextStyle name;
        name.size = rowH * 0.55f;
        name.minSize = 14.f;
        name.maxLines = 1;
        name.valign = VAlign::Middle;
        float y = in.top + 70.f;
        if (m_names.empty())
            drawText(canvas, tr(Str::NoPlayers, lang), {in.left, y, in.width, rowH}, name,
                     "kick:empty");
        for (std::size_t i = m_page * kPerPage;
             i < std::min(m_names.size(), (m_page + 1) * kPerPage); ++i) {
            sf::FloatRect row{in.left, y, in.width, rowH - 4.f};
            if (i == m_selected)
                fillRoundedRect(canvas.target, row, 8.f, theme::kBad);
            drawText(canvas, m_names[i], inset(row, 10.f), name, "kick:name");
            m_rowRects.push_back(row);
            y += rowH;
        }
        TextStyle hint;
        hint.size = 22.f;
        hint.minSize = 12.f;
        hint.color = theme::kTextDim;
        hint.align = Align::Center;
        hint.maxLines = 1;
        drawText(canvas, tr(Str::KickHints, lang),
                 {in.left, panel.top + panel.height - 50.f, in.width, 34.f}, hint, "kick:hints");
    }

private:
    void kickSelected() {
        if (m_selected < m_names.size()) {
            m_ctx.runner.post(server::CmdKick{m_names[m_selected]});
            m_version = 0;  // refresh the list from the next snapshot
        }
    }

    HostContext& m_ctx;
    sf::String m_filter;
    std::vector<std::string> m_names;
    std::vector<sf::FloatRect> m_rowRects;
    std::size_t m_selected = 0, m_page = 0;
    std::uint64_t m_version = 0;
};

}  // namespace

std::unique_ptr<Screen> makeKickOverlay(HostContext& ctx) {
    return std::make_unique<KickOverlay>(ctx);
}

}  // namespace dovui::host
