// The setup screen: pack, mode, time scale, read-aloud, easy questions first, language;
// remembers the choices.
#include <algorithm>
#include <array>
#include <iostream>

#include "dovui/host/chrome.hpp"
#include "dovui/host/guide_file.hpp"
#include "dovui/host/pack_catalog.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/server/match_server.hpp"
#include "dovui/ui/button.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {
namespace {

using namespace ui;

enum Row { PackRow, ModeRow, TimeRow, VoiceRow, EasyRow, LangRow, StartRow, RowCount };
constexpr int kChoiceRows = LangRow + 1;  ///< rows above the start buttons

constexpr std::array<core::MatchMode, 4> kModes = {core::MatchMode::Classic, core::MatchMode::Teams,
                                                   core::MatchMode::Elimination,
                                                   core::MatchMode::AccuracyFirst};
constexpr std::array<int, 3> kScales = {100, 150, 200};

class SetupScreen : public Screen {
public:
    explicit SetupScreen(HostContext& ctx)
        : m_ctx(ctx), m_packs(scanPacks(ctx.assetsDir, userPackDir())) {
        std::string wanted =
            ctx.settings.packPath.empty() ? server::defaultPackPath() : ctx.settings.packPath;
        for (std::size_t i = 0; i < m_packs.size(); ++i)
            if (m_packs[i].path == wanted)
                m_pack = i;
    }

    void handleEvent(const sf::Event& event, sf::Vector2f mouse) override {
        if (event.type == sf::Event::MouseMoved)
            m_mouse = mouse;
        if (event.type == sf::Event::MouseButtonPressed &&
            event.mouseButton.button == sf::Mouse::Left)
            click(mouse);
        if (event.type != sf::Event::KeyPressed)
            return;
        switch (event.key.code) {
            case sf::Keyboard::Up:
                m_focus = (m_focus + RowCount - 1) % RowCount;
                break;
            case sf::Keyboard::Down:
            case sf::Keyboard::Tab:
                m_focus = (m_focus + 1) % RowCount;
                break;
            case sf::Keyboard::Left:
                change(m_focus, -1);
                break;
            case sf::Keyboard::Right:
                change(m_focus, +1);
                break;
            case sf::Keyboard::Enter:
            case sf::Keyboard::Space:
                start();
                break;
            case sf::Keyboard::P:
                openCorner();
                break;
            case sf::Keyboard::H:
                openGuide();
                break;
            case sf::Keyboard::Escape:
                m_ctx.quitRequested = true;
                break;
            default:
                break;
        }
    }

    bool needsRedraw() const override { return false; }  // changes with input only

    void draw(Canvas& canvas) override {
        core::Lang lang = m_ctx.lang();
        drawBackground(canvas);
        TextStyle title;
        title.size = 84.f;
        title.minSize = 40.f;
        title.bold = true;
        title.color = theme::kAccent;
        title.align = Align::Center;
        title.maxLines = 1;
        float m = theme::kMargin;
        drawText(canvas, tr(Str::AppTitle, lang), {m, 30.f, canvas.size.x - 2 * m, 100.f}, title,
                 "setup:title");
        TextStyle sub = title;
        sub.size = 32.f;
        sub.minSize = kMinText;
        sub.bold = false;
        sub.color = theme::kTextDim;
        drawText(canvas, tr(Str::AppSubtitle, lang), {m, 132.f, canvas.size.x - 2 * m, 44.f}, sub,
                 "setup:subtitle");

        m_buttons.clear();
        float top = 200.f;
        float startH = 110.f;
        float rowsH = canvas.size.y - top - startH - kHintBarHeight - 60.f;
        float rowH = std::min(150.f, rowsH / static_cast<float>(kChoiceRows));
        drawPackRow(canvas, {m, top, canvas.size.x - 2 * m, rowH - 14.f});
        const char* labels[] = {"",
                                tr(Str::Mode, lang),
                                tr(Str::TimeScale, lang),
                                tr(Str::ReadAloud, lang),
                                tr(Str::EasyFirst, lang),
                                tr(Str::Language, lang)};
        for (int row = ModeRow; row <= LangRow; ++row)
            drawChoiceRow(
                canvas, row, labels[row],
                {m, top + static_cast<float>(row) * rowH, canvas.size.x - 2 * m, rowH - 14.f});
        float bw = 520.f, cw = 480.f, gap = 28.f;
        float left = (canvas.size.x - bw - gap - cw) / 2.f;
        const float startTop = top + static_cast<float>(kChoiceRows) * rowH + 14.f;
        Button go{
            {left, startTop, bw, startH}, tr(Str::Start, lang), "Enter", true, m_focus == StartRow};
        addButton(canvas, go, StartRow, 0);
        // No match: phones practise on their own from the corner's QR (issue 14).
        Button corner{{left + bw + gap, startTop, cw, startH},
                      tr(Str::PracticeCorner, lang),
                      "P",
                      false,
                      false};
        addButton(canvas, corner, StartRow, 1);
        std::string warning = m_ctx.warning.empty() ? m_guideNote : m_ctx.warning;
        if (!m_packs.empty() && !m_packs[m_pack].problem.empty())
            warning = m_packs[m_pack].problem;
        if (m_packs.empty())
            warning = tr(Str::NoPacks, lang);
        drawBanner(canvas, warning);
        drawHintBar(canvas, tr(Str::SetupHints, lang));
    }

private:
    /// "Hướng dẫn": the facilitator's guide opens in the PDF viewer; where it is (or why it
    /// is not) shows on the banner.
    void openGuide() {
        const bool en = m_ctx.lang() == core::Lang::En;
        auto guide = findGuide(m_ctx.lang());
        if (!guide)
            m_guideNote =
                en ? "The guide (facilitator-guide.en.pdf) is not beside the program"
                   : "Không thấy tệp hướng dẫn (facilitator-guide.vi.pdf) cạnh chương trình";
        else if (!openWithDesktop(*guide))
            m_guideNote =
                (en ? "Open the guide by hand: " : "Mở tệp hướng dẫn bằng tay: ") + guide->string();
        else
            m_guideNote = (en ? "Guide: " : "Hướng dẫn: ") + guide->string();
        std::cout << "HOST GUIDE " << (guide ? guide->string() : std::string("-")) << std::endl;
    }

    std::string m_guideNote;
    struct Hit {
        sf::FloatRect rect;
        int row, value;
    };

    void addButton(Canvas& canvas, Button button, int row, int value) {
        button.hovered = button.hit(m_mouse);
        drawButton(canvas, button);
        m_buttons.push_back({button.rect, row, value});
    }

    void drawLabel(Canvas& canvas, const std::string& text, sf::FloatRect rect, int row) {
        if (m_focus == row)
            fillRoundedRect(canvas.target, inset(rect, -6.f), 12.f, sf::Color(255, 255, 255, 18));
        TextStyle style;
        style.size = 36.f;
        style.minSize = kMinText;
        style.bold = true;
        style.valign = VAlign::Middle;
        style.color = m_focus == row ? theme::kAccent : theme::kText;
        drawText(canvas, text, {rect.left + 8.f, rect.top, rect.width * 0.28f - 16.f, rect.height},
                 style, "setup:label");
    }

    void drawPackRow(Canvas& canvas, sf::FloatRect rect) {
        core::Lang lang = m_ctx.lang();
        drawLabel(canvas, tr(Str::Pack, lang), rect, PackRow);
        float left = rect.left + rect.width * 0.28f;
        float arrow = rect.height;
        addButton(canvas, Button{{left, rect.top, arrow, rect.height}, "◀", "", false, false},
                  PackRow, -1);
        addButton(canvas,
                  Button{{rect.left + rect.width - arrow, rect.top, arrow, rect.height},
                         "▶",
                         "",
                         false,
                         false},
                  PackRow, +1);
        sf::FloatRect box{left + arrow + 12.f, rect.top, rect.width * 0.72f - 2 * arrow - 24.f,
                          rect.height};
        fillRoundedRect(canvas.target, box, 14.f, theme::kPanel);
        if (m_packs.empty())
            return;
        const PackEntry& p = m_packs[m_pack];
        std::string text = p.title;
        if (p.problem.empty())
            text += " · " + format(tr(Str::Questions, lang), std::to_string(p.questionCount)) +
                    " · " + p.language;
        else
            text += " (" + std::string(tr(Str::BrokenPack, lang)) + ")";
        TextStyle style;
        style.size = 34.f;
        style.minSize = kMinText;
        style.bold = true;
        style.align = Align::Center;
        style.valign = VAlign::Middle;
        style.maxLines = 2;
        style.color = p.problem.empty() ? theme::kText : sf::Color(255, 140, 140);
        drawText(canvas, text, inset(box, 12.f), style, "setup:pack");
    }

    void drawChoiceRow(Canvas& canvas, int row, const std::string& label, sf::FloatRect rect) {
        core::Lang lang = m_ctx.lang();
        drawLabel(canvas, label, rect, row);
        std::vector<std::string> choices;
        int current = 0;
        const HostSettings& s = m_ctx.settings;
        if (row == ModeRow) {
            for (auto mode : kModes)
                choices.push_back(modeLabel(mode, lang));
            current =
                static_cast<int>(std::find(kModes.begin(), kModes.end(), s.mode) - kModes.begin());
        } else if (row == TimeRow) {
            choices = {"×1", "×1,5", "×2"};
            current = static_cast<int>(
                std::find(kScales.begin(), kScales.end(), s.timeScalePercent) - kScales.begin());
        } else if (row == VoiceRow || row == EasyRow) {
            choices = {tr(Str::On, lang), tr(Str::Off, lang)};
            current = (row == VoiceRow ? s.readAloud : s.easyFirst) ? 0 : 1;
        } else {
            choices = {"Tiếng Việt", "English"};
            current = s.lang == core::Lang::Vi ? 0 : 1;
        }
        float left = rect.left + rect.width * 0.28f;
        float width = rect.width * 0.72f;
        float gap = 14.f;
        float w = (width - gap * static_cast<float>(choices.size() - 1)) /
                  static_cast<float>(choices.size());
        std::vector<Button> buttons;
        for (std::size_t i = 0; i < choices.size(); ++i)
            buttons.push_back({{left + static_cast<float>(i) * (w + gap), rect.top, w, rect.height},
                               choices[i],
                               "",
                               static_cast<int>(i) == current,
                               false});
        const float even = evenButtonTextSize(canvas, buttons);  // one size along the row
        for (std::size_t i = 0; i < buttons.size(); ++i) {
            buttons[i].maxTextSize = even;
            addButton(canvas, buttons[i], row, static_cast<int>(i));
        }
    }

    void change(int row, int delta) {
        HostSettings& s = m_ctx.settings;
        auto step = [&](int current, int count) { return (current + delta + count) % count; };
        if (row == PackRow && !m_packs.empty()) {
            m_pack = static_cast<std::size_t>(
                step(static_cast<int>(m_pack), static_cast<int>(m_packs.size())));
        } else if (row == ModeRow) {
            int i =
                static_cast<int>(std::find(kModes.begin(), kModes.end(), s.mode) - kModes.begin());
            s.mode = kModes[static_cast<std::size_t>(step(i, 4))];
        } else if (row == TimeRow) {
            int i = static_cast<int>(std::find(kScales.begin(), kScales.end(), s.timeScalePercent) -
                                     kScales.begin());
            s.timeScalePercent = kScales[static_cast<std::size_t>(step(i % 3, 3))];
        } else if (row == VoiceRow) {
            s.readAloud = !s.readAloud;
        } else if (row == EasyRow) {
            s.easyFirst = !s.easyFirst;
        } else if (row == LangRow) {
            s.lang = s.lang == core::Lang::Vi ? core::Lang::En : core::Lang::Vi;
        }
    }

    void set(int row, int value) {
        HostSettings& s = m_ctx.settings;
        if (row == ModeRow)
            s.mode = kModes[static_cast<std::size_t>(value)];
        else if (row == TimeRow)
            s.timeScalePercent = kScales[static_cast<std::size_t>(value)];
        else if (row == VoiceRow)
            s.readAloud = value == 0;
        else if (row == EasyRow)
            s.easyFirst = value == 0;
        else if (row == LangRow)
            s.lang = value == 0 ? core::Lang::Vi : core::Lang::En;
    }

    void click(sf::Vector2f mouse) {
        for (const Hit& hit : m_buttons) {
            if (!hit.rect.contains(mouse))
                continue;
            m_focus = hit.row;
            if (hit.row == StartRow && hit.value == 1)
                openCorner();
            else if (hit.row == StartRow)
                start();
            else if (hit.row == PackRow)
                change(PackRow, hit.value);
            else
                set(hit.row, hit.value);
            return;
        }
    }

    void start() {
        if (!m_packs.empty())
            m_ctx.settings.packPath = m_packs[m_pack].path;
        startMatch(m_ctx, false);
    }

    void openCorner() {
        if (!m_packs.empty())
            m_ctx.settings.packPath = m_packs[m_pack].path;
        openPracticeCorner(m_ctx);
    }

    HostContext& m_ctx;
    std::vector<PackEntry> m_packs;
    std::size_t m_pack = 0;
    int m_focus = StartRow;
    std::vector<Hit> m_buttons;
    sf::Vector2f m_mouse{-1.f, -1.f};
};

}  // namespace

std::unique_ptr<Screen> makeSetupScreen(HostContext& ctx) {
    return std::make_unique<SetupScreen>(ctx);
}

}  // namespace dovui::host
