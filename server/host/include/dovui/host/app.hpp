#pragma once
/// The host application: the window (one logical view, letterboxed; F for fullscreen), the
/// frame loop, the screen stack and what the screens share.
#include <SFML/Graphics/RenderWindow.hpp>
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

private:
    void createWindow(bool fullscreen);
    void handleEvents();
    void applyGlobalKey(const sf::Event& event);

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
};

}  // namespace dovui::host
