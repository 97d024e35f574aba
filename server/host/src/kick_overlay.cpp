// K: pick a player to remove, from a paged list filtered by typing; Enter asks first, naming
// the learner, and the command carries the id of the row (a name can change hands).
#include "dovui/core/text.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {
namespace {

using namespace ui;

constexpr std::size_t kPerPage = 8;

struct Row {
    core::PlayerId id = 0;
    std::string nickname;
};

class KickOverlay : public Screen {
public:
    explicit KickOverlay(HostContext& ctx) : m_ctx(ctx) {}

    bool isOverlay() const override { return true; }

    void handleEvent(const sf::Event& event, sf::Vector2f mouse) override {
        if (event.type == sf::Event::TextEntered) {
            sf::Uint32 c = event.text.unicode;
            // The K that opened the list comes again as text right after its key press.
            bool opening = m_swallowOpeningKey && (c == 'k' || c == 'K');
            m_swallowOpeningKey = false;
            if (opening)
                return;
            if (c == 8) {  // backspace
                if (!m_filter.isEmpty())
                    m_filter.erase(m_filter.getSize() - 1);
            } else if (c >= 32 && c != 127) {
                m_filter += c;
            }
            m_version = 0;  // filter again
            return;
        }
        if (event.type == sf::Event::MouseButtonPressed) {
            for (std::size_t i = 0; i < m_rowRects.size(); ++i)
                if (m_rowRects[i].contains(mouse)) {
                    select(m_page * kPerPage + i);
                    askToKick();
                }
            return;
        }
        if (event.type != sf::Event::KeyPressed)
            return;
        m_swallowOpeningKey = false;
        std::size_t count = m_rows.size();
        std::size_t at = selectedIndex();
        switch (event.key.code) {
            case sf::Keyboard::Escape:
                m_ctx.stack.pop();
                break;
            case sf::Keyboard::Up:
                select(at > 0 ? at - 1 : 0);
                break;
            case sf::Keyboard::Down:
                select(count ? std::min(count - 1, at + 1) : 0);
                break;
            case sf::Keyboard::Left:
                select(at >= kPerPage ? at - kPerPage : 0);
                break;
            case sf::Keyboard::Right:
                select(count ? std::min(count - 1, at + kPerPage) : 0);
                break;
            case sf::Keyboard::Enter:
                askToKick();
                break;
            default:
                break;
        }
    }

    void update(float) override {
        m_swallowOpeningKey = false;  // its text arrives in the same batch of events
        auto snap = m_ctx.runner.snapshot();
        if (!snap || snap->version == m_version)
            return;
        m_version = snap->version;
        std::string filter = core::foldToAscii(toUtf8(m_filter));
        std::size_t before = selectedIndex();
        m_rows.clear();
        for (const auto& p : snap->players)
            if (filter.empty() || core::foldToAscii(p.nickname).find(filter) != std::string::npos)
                m_rows.push_back({p.id, p.nickname});
        // The selection follows its learner; if they are gone, the row at the same place.
        if (!m_rows.empty() && selectedIndex() == m_rows.size())
            m_selectedId = m_rows[std::min(before, m_rows.size() - 1)].id;
    }

    bool needsRedraw() const override { return m_version != m_drawnVersion; }

    void draw(Canvas& canvas) override {
        m_drawnVersion = m_version;
        core::Lang lang = m_ctx.lang();
        fillRect(canvas.target, {0, 0, canvas.size.x, canvas.size.y}, sf::Color(0, 0, 0, 180));
        float w = std::min(1100.f, canvas.size.x - 80.f);
        float rowH = std::min(72.f, (canvas.size.y - 400.f) / kPerPage);
        float h = 230.f + rowH * kPerPage;
        sf::FloatRect panel{(canvas.size.x - w) / 2.f, (canvas.size.y - h) / 2.f, w, h};
        fillRoundedRect(canvas.target, panel, 22.f, theme::kPanel, 4.f, theme::kBad);
        TextStyle title;
        title.size = 44.f;
        title.minSize = kMinText;
        title.bold = true;
        title.maxLines = 1;
        sf::FloatRect in = inset(panel, 28.f);
        drawText(canvas, tr(Str::KickTitle, lang), {in.left, in.top, in.width * 0.55f, 60.f}, title,
                 "kick:title");
        TextStyle filter = title;
        filter.size = 36.f;
        filter.bold = false;
        filter.align = Align::Right;
        filter.color = theme::kAccent;
        std::string typed = toUtf8(m_filter);
        drawText(canvas, format(tr(Str::KickFilter, lang), typed + "▏"),
                 {in.left + in.width * 0.55f, in.top, in.width * 0.45f, 60.f}, filter,
                 "kick:filter");
        std::size_t selected = selectedIndex();
        m_page = selected < m_rows.size() ? selected / kPerPage : 0;
        m_rowRects.clear();
        TextStyle name;
        name.size = std::max(kMinText, rowH * 0.55f);
        name.minSize = kMinText;
        name.maxLines = 1;
        name.valign = VAlign::Middle;
        float y = in.top + 80.f;
        if (m_rows.empty())
            drawText(canvas, tr(Str::NoPlayers, lang), {in.left, y, in.width, rowH}, name,
                     "kick:empty");
        for (std::size_t i = m_page * kPerPage;
             i < std::min(m_rows.size(), (m_page + 1) * kPerPage); ++i) {
            sf::FloatRect row{in.left, y, in.width, rowH - 4.f};
            if (i == selected)
                fillRoundedRect(canvas.target, row, 8.f, theme::kBad);
            drawText(canvas, m_rows[i].nickname, inset(row, 8.f), name, "kick:name");
            m_rowRects.push_back(row);
            y += rowH;
        }
        TextStyle hint;
        hint.size = kMinText;
        hint.minSize = kMinText;
        hint.color = theme::kTextDim;
        hint.align = Align::Center;
        hint.maxLines = 1;
        drawText(canvas, tr(Str::KickHints, lang),
                 {in.left, panel.top + panel.height - 64.f, in.width, 44.f}, hint, "kick:hints");
    }

private:
    std::size_t selectedIndex() const {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == m_selectedId)
                return i;
        return m_rows.empty() ? 0 : m_rows.size();
    }

    void select(std::size_t index) {
        if (index < m_rows.size())
            m_selectedId = m_rows[index].id;
    }

    /// "Mời "Trêu" ra khỏi lớp?": Yes posts the kick of that row's id.
    void askToKick() {
        if (m_rows.empty())
            return;
        std::size_t at = selectedIndex();
        const Row& row = m_rows[at < m_rows.size() ? at : 0];
        HostContext& ctx = m_ctx;
        core::PlayerId id = row.id;
        ctx.stack.push(makeConfirmOverlay(ctx,
                                          format(tr(Str::KickConfirm, ctx.lang()), row.nickname),
                                          [&ctx, id] { ctx.runner.post(server::CmdKick{id}); }));
        m_version = 0;  // refresh the list from the next snapshot
    }

    HostContext& m_ctx;
    sf::String m_filter;
    std::vector<Row> m_rows;
    std::vector<sf::FloatRect> m_rowRects;
    core::PlayerId m_selectedId = 0;
    std::size_t m_page = 0;
    std::uint64_t m_version = 0;
    std::uint64_t m_drawnVersion = 0;  ///< m_version when the rows were last drawn
    bool m_swallowOpeningKey = true;
};

}  // namespace

std::unique_ptr<Screen> makeKickOverlay(HostContext& ctx) {
    return std::make_unique<KickOverlay>(ctx);
}

}  // namespace dovui::host
