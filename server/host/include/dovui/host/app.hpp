#pragma once
/// The host application: the window (one logical view, letterboxed; F for fullscreen), the
/// frame loop, the screen stack and what the screens share.
#include <SFML/Graphics/RenderWindow.hpp>
#include <array>
#include <chrono>
#include <cstdint>
#include <memory>

#include "dovui/host/card_scanner.hpp"
#include "dovui/host/frame_stats.hpp"
#include "dovui/host/host_context.hpp"
#include "dovui/host/sound_bank.hpp"
#include "dovui/ui/voice.hpp"

namespace dovui::host {

using ui::Voice;

/// The logical view for a window of `size` pixels: 1600 wide, 900–1200 high, centred with
/// bars when the window is wider or taller than that.
sf::View letterboxView(sf::Vector2u size, sf::Vector2f& logicalSize);

class App {
public:
    App(HostOptions options, const std::string& assetsDir);
    /// Runs until the window closes; returns the process exit code.
    int run();

    /// Opens the window on the first screen; false (and a message) when the fonts are missing.
    bool open();
    /// One turn of the frame loop, about 1/60 s: input, card readings, updates, and a frame
    /// drawn only when the picture changed (input, a new snapshot, an animation, the clock's
    /// second). False once the window has closed.
    bool step();
    /// Stops the voice and the server and saves the settings; returns the exit code.
    int finish();
    /// Frames drawn since open(): idle screens draw none.
    [[nodiscard]] std::uint64_t framesDrawn() const { return m_framesDrawn; }
    /// What the screens share (tests drive the server through it).
    HostContext& context() { return m_ctx; }

private:
    using Clock = std::chrono::steady_clock;

    void createWindow(bool fullscreen);
    /// Handles the window's events; true when there were any.
    bool handleEvents();
    void applyGlobalKey(const sf::Event& event);
    void drawFrame();
    void recordBenchFrame(Clock::time_point frameStart);

    HostOptions m_options;
    HostSettings m_settings;
    ui::Fonts m_fonts;
    std::string m_soundOff;  ///< why there is no sound device (empty: there is one)
    bool m_soundOn;          ///< asked once at start-up, before any sound object exists
    SoundBank m_sounds;
    Voice m_voice;
    ServerRunner m_runner;
    ScreenStack m_stack;
    HostContext m_ctx;
    std::unique_ptr<CardScanner> m_cards;  ///< printed answer cards; null without any
    sf::RenderWindow m_window;
    sf::View m_view;
    sf::Vector2f m_logical;
    bool m_fullscreen = false;
    FrameStats m_frames;
    std::array<FrameStats, 5> m_framesByPhase;  ///< the same frames by the match's phase
    Clock::time_point m_lastStep;
    Clock::time_point m_lastDrawn;
    bool m_redrawAll = true;  ///< a new window: draw whatever the screens say
    std::uint64_t m_framesDrawn = 0;
    std::uint32_t m_benchWarmup = 10;
};

}  // namespace dovui::host
