// The practice corner (issue 14): the server runs with no match started — its lobby locked, no
// PIN shown — so phones practise from the QR while the laptop sits in the digital corner.
#include <iostream>

#include "dovui/host/chrome.hpp"
#include "dovui/host/picture_key.hpp"
#include "dovui/host/practice_corner_view.hpp"
#include "dovui/host/screens.hpp"

namespace dovui::host {
namespace {

/// Starts the server for the corner: every pack switched on offered, nobody let into a match.
std::string startCornerServer(HostContext& ctx) {
    if (std::string error = saveSettings(ctx.settings, ctx.settingsPath); !error.empty())
        std::cerr << "dovui-host: " << error << "\n";
    std::string error = ctx.runner.start(makeServerConfig(ctx.settings, ctx.options));
    if (error.empty())
        ctx.runner.post(server::CmdLock{true});  // LAN discovery says "not joinable"
    return error;
}

class PracticeCornerScreen : public Screen {
public:
    explicit PracticeCornerScreen(HostContext& ctx)
        : m_ctx(ctx), m_packs(practiceChoices(ctx.assetsDir, ctx.settings)) {
        m_ctx.matchless = true;
    }
    ~PracticeCornerScreen() override { m_ctx.matchless = false; }

    void handleEvent(const sf::Event& event, sf::Vector2f mouse) override {
        if (event.type == sf::Event::MouseMoved)
            m_view.setPointer(mouse);
        if (event.type == sf::Event::MouseButtonPressed &&
            event.mouseButton.button == sf::Mouse::Left)
            toggle(m_view.packAt(mouse));
        if (event.type != sf::Event::KeyPressed)
            return;
        sf::Keyboard::Key key = event.key.code;
        if (key >= sf::Keyboard::Num1 && key <= sf::Keyboard::Num9)
            toggle(key - sf::Keyboard::Num1);
        else if (key >= sf::Keyboard::Numpad1 && key <= sf::Keyboard::Numpad9)
            toggle(key - sf::Keyboard::Numpad1);
        else if (key == sf::Keyboard::Escape || key == sf::Keyboard::BackSpace) {
            m_ctx.runner.stop();
            m_ctx.stack.replaceAll(makeSetupScreen(m_ctx));
        }
    }

    void update(float seconds) override {
        m_clock += seconds;
        if (m_restartAt >= 0.f && m_clock >= m_restartAt)
            restart();
        m_snap = m_ctx.runner.snapshot();
    }

    /// The wall follows the snapshot; the start-up banner goes after 10 s.
    bool needsRedraw() const override { return pictureKey() != m_drawnKey; }

    void draw(ui::Canvas& canvas) override {
        m_drawnKey = pictureKey();
        if (!m_snap) {
            drawBackground(canvas);
            return;
        }
        ViewEnv env;
        env.lang = m_ctx.lang();
        env.clock = m_clock;
        if (!m_ctx.warning.empty() && m_clock < 10.f)
            env.banner = m_ctx.warning;
        m_view.draw(canvas, *m_snap, env, m_packs);
    }

private:
    std::uint64_t pictureKey() const {
        PictureKey key;
        key.add(m_snap ? m_snap->version : 0).add(m_clock < 10.f ? 1u : 0u);
        return key.value();
    }

    /// Switches pack `index` at once on the wall; the server follows a moment after the last
    /// switch, so flipping three packs restarts it once.
    void toggle(int index) {
        if (index < 0 || index >= static_cast<int>(m_packs.size()))
            return;
        PracticeChoice& pack = m_packs[static_cast<std::size_t>(index)];
        pack.on = !pack.on;
        setPracticeOn(m_ctx.settings, pack.key, pack.on);
        m_restartAt = m_clock + kSettleSeconds;
    }

    /// The server reads its pack list when it starts; phones pick the new index up on their
    /// next look.
    void restart() {
        m_restartAt = -1.f;
        if (std::string error = startCornerServer(m_ctx); !error.empty()) {
            std::cerr << "dovui-host: " << error << "\n";
            m_ctx.stack.replaceAll(makeErrorScreen(m_ctx, error));
        }
    }

    HostContext& m_ctx;
    std::vector<PracticeChoice> m_packs;
    PracticeCornerView m_view;
    std::shared_ptr<const server::ServerSnapshot> m_snap;
    float m_clock = 0.f;
    std::uint64_t m_drawnKey = 0;  ///< pictureKey() of the last frame drawn
    float m_restartAt = -1.f;      ///< when the server takes the switches up (< 0: nothing waits)
    static constexpr float kSettleSeconds = 1.5f;
};

}  // namespace

std::unique_ptr<Screen> makePracticeCornerScreen(HostContext& ctx) {
    return std::make_unique<PracticeCornerScreen>(ctx);
}

void openPracticeCorner(HostContext& ctx) {
    if (std::string error = startCornerServer(ctx); !error.empty()) {
        std::cerr << "dovui-host: " << error << "\n";
        ctx.stack.replaceAll(makeErrorScreen(ctx, error));
        return;
    }
    ctx.stack.replaceAll(makePracticeCornerScreen(ctx));
}

}  // namespace dovui::host
