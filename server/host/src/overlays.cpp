// Overlays over the match: a yes/no confirmation and the Esc menu.
#include "dovui/host/chrome.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/button.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {
namespace {

using namespace ui;

/// A dimmed screen with a centred panel holding a question and a column of buttons.
class ChoiceOverlay : public Screen {
public:
    ChoiceOverlay(HostContext& ctx, std::string title) : m_ctx(ctx), m_title(std::move(title)) {}

    bool isOverlay() const override { return true; }
    bool needsRedraw() const override { return false; }  // changes with input only

    void handleEvent(const sf::Event& event, sf::Vector2f mouse) override {
        if (event.type == sf::Event::MouseMoved)
            for (auto& b : m_buttons)
                b.hovered = b.hit(mouse);
        if (event.type == sf::Event::MouseButtonPressed)
            for (std::size_t i = 0; i < m_buttons.size(); ++i)
                if (m_buttons[i].hit(mouse))
                    return choose(i);
        if (event.type != sf::Event::KeyPressed)
            return;
        switch (event.key.code) {
            case sf::Keyboard::Escape:
                m_ctx.stack.pop();
                break;
            case sf::Keyboard::Up:
            case sf::Keyboard::Left:
                m_focus = (m_focus + m_buttons.size() - 1) % m_buttons.size();
                break;
            case sf::Keyboard::Down:
            case sf::Keyboard::Right:
            case sf::Keyboard::Tab:
                m_focus = (m_focus + 1) % m_buttons.size();
                break;
            case sf::Keyboard::Enter:
            case sf::Keyboard::Space:
                choose(m_focus);
                break;
            default:
                shortcut(event.key.code);
                break;
        }
    }

    void draw(Canvas& canvas) override {
        fillRect(canvas.target, {0, 0, canvas.size.x, canvas.size.y}, sf::Color(0, 0, 0, 170));
        float w = std::min(900.f, canvas.size.x - 80.f);
        float buttonH = 96.f, gap = 18.f;
        float h = 220.f + static_cast<float>(m_buttons.size()) * (buttonH + gap);
        sf::FloatRect panel{(canvas.size.x - w) / 2.f, (canvas.size.y - h) / 2.f, w, h};
        fillRoundedRect(canvas.target, panel, 22.f, theme::kPanel, 4.f, theme::kAccent);
        TextStyle title;
        title.size = 40.f;
        title.minSize = kMinText;
        title.bold = true;
        title.align = Align::Center;
        title.valign = VAlign::Middle;
        drawText(canvas, m_title, {panel.left + 30.f, panel.top + 20.f, w - 60.f, 170.f}, title,
                 "overlay:title");
        float y = panel.top + 210.f;
        for (std::size_t i = 0; i < m_buttons.size(); ++i) {
            m_buttons[i].rect = {panel.left + 60.f, y, w - 120.f, buttonH};
            m_buttons[i].selected = i == m_focus;
            drawButton(canvas, m_buttons[i]);
            y += buttonH + gap;
        }
    }

protected:
    virtual void choose(std::size_t index) = 0;
    virtual void shortcut(sf::Keyboard::Key) {}

    HostContext& m_ctx;
    std::string m_title;
    std::vector<Button> m_buttons;
    std::size_t m_focus = 0;
};

class ConfirmOverlay : public ChoiceOverlay {
public:
    ConfirmOverlay(HostContext& ctx, std::string question, std::function<void()> onYes)
        : ChoiceOverlay(ctx, std::move(question)), m_onYes(std::move(onYes)) {
        m_buttons = {Button{{}, tr(Str::No, ctx.lang()), "N / Esc"},
                     Button{{}, tr(Str::Yes, ctx.lang()), "Y", true}};
    }

private:
    void choose(std::size_t index) override {
        m_ctx.stack.pop();
        if (index == 1)
            m_onYes();
    }
    void shortcut(sf::Keyboard::Key key) override {
        if (key == sf::Keyboard::Y)
            choose(1);
        else if (key == sf::Keyboard::N)
            choose(0);
    }
    std::function<void()> m_onYes;
};

class MenuOverlay : public ChoiceOverlay {
public:
    explicit MenuOverlay(HostContext& ctx) : ChoiceOverlay(ctx, tr(Str::MenuTitle, ctx.lang())) {
        m_buttons = {Button{{}, tr(Str::Continue, ctx.lang()), "Esc", true},
                     Button{{}, tr(Str::EndMatch, ctx.lang()), ""},
                     Button{{}, tr(Str::QuitApp, ctx.lang()), ""}};
    }

private:
    void choose(std::size_t index) override {
        m_ctx.stack.pop();
        HostContext& ctx = m_ctx;
        if (index == 1)
            ctx.stack.push(makeConfirmOverlay(ctx, tr(Str::ConfirmEnd, ctx.lang()),
                                              [&ctx] { ctx.runner.post(server::CmdEnd{}); }));
        else if (index == 2)
            ctx.stack.push(makeConfirmOverlay(ctx, tr(Str::ConfirmClose, ctx.lang()),
                                              [&ctx] { ctx.quitRequested = true; }));
    }
};

}  // namespace

std::unique_ptr<Screen> makeConfirmOverlay(HostContext& ctx, std::string question,
                                           std::function<void()> onYes) {
    return std::make_unique<ConfirmOverlay>(ctx, std::move(question), std::move(onYes));
}

std::unique_ptr<Screen> makeMenuOverlay(HostContext& ctx) {
    return std::make_unique<MenuOverlay>(ctx);
}

}  // namespace dovui::host
