#include "dovui/host/app.hpp"

#include <SFML/Window/Event.hpp>
#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

#include "dovui/host/chrome.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/sound_device.hpp"
#include "dovui/ui/text_layout.hpp"
#include "dovui/ui/window_fit.hpp"

namespace dovui::host {

sf::View letterboxView(sf::Vector2u size, sf::Vector2f& logical) {
    float w = static_cast<float>(std::max(1u, size.x));
    float h = static_cast<float>(std::max(1u, size.y));
    logical.x = ui::theme::kLogicalWidth;
    logical.y =
        std::clamp(logical.x * h / w, ui::theme::kMinLogicalHeight, ui::theme::kMaxLogicalHeight);
    float scale = std::min(w / logical.x, h / logical.y);
    float vw = logical.x * scale / w, vh = logical.y * scale / h;
    sf::View view(sf::FloatRect(0, 0, logical.x, logical.y));
    view.setViewport({(1.f - vw) / 2.f, (1.f - vh) / 2.f, vw, vh});
    return view;
}

App::App(HostOptions options, const std::string& assetsDir)
    : m_options(std::move(options)),
      m_fonts(ui::Fonts::load(assetsDir)),
      m_soundOn(!m_options.noSound && ui::soundDeviceAvailable(m_soundOff)),
      m_sounds(assetsDir + "/sounds", m_soundOn),
      m_voice(m_soundOn),
      m_ctx{m_fonts,   m_settings, m_options, m_runner, m_sounds, m_voice, m_stack,
            assetsDir, "",         false,     false,    "",       0} {
    m_ctx.settingsPath =
        m_options.settingsPath.empty() ? defaultSettingsPath() : m_options.settingsPath;
    m_settings = loadSettings(m_ctx.settingsPath);
    applyOverrides(m_options, m_settings);
    m_sounds.setVolume(m_settings.volume);
    m_sounds.setMuted(m_settings.muted);
    if (!m_fonts.warning.empty())
        m_ctx.warning = format(tr(Str::FontProblem, m_settings.lang), m_fonts.warning);
    else if (!m_soundOff.empty())
        m_ctx.warning = format(tr(Str::SoundOff, m_settings.lang), m_soundOff);
    else if (!m_sounds.problem().empty())
        m_ctx.warning = format(tr(Str::SoundProblem, m_settings.lang), m_sounds.problem());
    if (!m_ctx.warning.empty())
        std::cerr << "dovui-host: " << m_ctx.warning << "\n";
    auto seats = cardSeats(m_options.cardsRoster, m_options.cardPlayers);
    if (!m_options.camera.empty() || !seats.empty()) {
        m_cards = std::make_unique<CardScanner>(m_options.camera, std::move(seats));
        m_ctx.cards = m_cards.get();
    }
}

void App::createWindow(bool fullscreen) {
    m_fullscreen = fullscreen;
    m_redrawAll = true;
    sf::String title = ui::fromUtf8("Đố Vui Số");
    sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    if (fullscreen) {
        m_window.create(desktop, title, sf::Style::Fullscreen);
    } else {
        // No size asked for: 90 % of the desktop, centred (a fixed 1280×720 window spills off
        // a 1024×768 projector). The logical view letterboxes whatever shape that is.
        sf::Vector2u screen{desktop.width, desktop.height};
        sf::Vector2u size = m_options.width && m_options.height
                                ? sf::Vector2u{m_options.width, m_options.height}
                                : ui::fitWindow({0, 0}, screen);
        m_window.create(sf::VideoMode(size.x, size.y), title, sf::Style::Default);
        m_window.setPosition(ui::centredOn(size, screen));
    }
    if (m_options.benchFrames > 0) {
        m_window.setVerticalSyncEnabled(false);  // measure the work, not the display's rate
    } else {
        m_window.setVerticalSyncEnabled(true);
        m_window.setFramerateLimit(60);
    }
    m_window.setKeyRepeatEnabled(false);
}

void App::applyGlobalKey(const sf::Event& event) {
    switch (event.key.code) {
        case sf::Keyboard::F:
        case sf::Keyboard::F11:
            m_ctx.fullscreenRequested = true;
            break;
        case sf::Keyboard::M:
            m_settings.muted = !m_settings.muted;
            m_sounds.setMuted(m_settings.muted);
            if (m_settings.muted)
                m_voice.stop();
            break;
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal:
            m_settings.volume = std::min(100.f, m_settings.volume + 10.f);
            m_sounds.setVolume(m_settings.volume);
            break;
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen:
            m_settings.volume = std::max(0.f, m_settings.volume - 10.f);
            m_sounds.setVolume(m_settings.volume);
            break;
        default:
            break;
    }
}

bool App::handleEvents() {
    bool any = false;
    sf::Event event;
    while (m_window.pollEvent(event)) {
        any = true;
        if (event.type == sf::Event::Closed) {
            bool allowed = true;
            if (Screen* top = m_stack.top())
                allowed = top->isOverlay() || top->allowClose();
            if (allowed)
                m_ctx.quitRequested = true;
            continue;
        }
        sf::Vector2f mouse{-1.f, -1.f};
        if (event.type == sf::Event::MouseMoved)
            mouse = m_window.mapPixelToCoords({event.mouseMove.x, event.mouseMove.y}, m_view);
        else if (event.type == sf::Event::MouseButtonPressed)
            mouse = m_window.mapPixelToCoords({event.mouseButton.x, event.mouseButton.y}, m_view);
        Screen* top = m_stack.top();
        if (event.type == sf::Event::KeyPressed && top && !top->isOverlay())
            applyGlobalKey(event);
        m_stack.handleEvent(event, mouse);
        m_stack.applyPending();
    }
    return any;
}

bool App::open() {
    if (!m_fonts.ok) {
        std::cerr << "dovui-host: " << m_fonts.warning << "\n";
        return false;
    }
    createWindow(m_options.fullscreen);
    if (m_options.resume)
        startMatch(m_ctx, true);
    else if (m_options.practiceCorner)
        openPracticeCorner(m_ctx);
    else if (m_options.startNow)
        startMatch(m_ctx, false);
    else
        m_stack.replaceAll(makeSetupScreen(m_ctx));
    m_stack.applyPending();
    m_lastStep = Clock::now();
    return true;
}

bool App::step() {
    // A window left alone still gets a frame now and then (an uncovered window on a desktop
    // without a compositor is not repainted by anyone else).
    constexpr auto kHeartbeat = std::chrono::seconds(5);
    constexpr auto kFrame = std::chrono::microseconds(16667);
    if (!m_window.isOpen())
        return false;
    auto frameStart = Clock::now();
    float dt = std::chrono::duration<float>(frameStart - m_lastStep).count();
    m_lastStep = frameStart;
    bool redraw = handleEvents();
    // Card players and camera readings to the server (none in the practice corner).
    if (m_cards && m_runner.running() && !m_ctx.matchless)
        for (auto& command :
             m_cards->exchange(m_runner.snapshot(), m_runner.matchId(), m_runner.resumed()))
            m_runner.post(std::move(command));
    m_stack.update(std::min(dt, 0.25f));
    redraw = m_stack.applyPending() || redraw;
    m_voice.update(m_sounds.volume());
    redraw =
        redraw || m_redrawAll || m_stack.needsRedraw() || frameStart - m_lastDrawn > kHeartbeat;
    if (redraw) {
        drawFrame();
        m_lastDrawn = frameStart;
    }
    if (m_options.benchFrames > 0 && redraw)
        recordBenchFrame(frameStart);
    // Pace at 60 Hz ourselves when nothing was drawn (display() waits when a frame was).
    if (!redraw || m_options.benchFrames > 0)
        std::this_thread::sleep_until(frameStart + kFrame);
    if (m_ctx.fullscreenRequested) {
        m_ctx.fullscreenRequested = false;
        createWindow(!m_fullscreen);
    }
    if (m_ctx.quitRequested || m_stack.empty())
        m_window.close();
    return m_window.isOpen();
}

void App::drawFrame() {
    m_redrawAll = false;
    ++m_framesDrawn;
    m_view = letterboxView(m_window.getSize(), m_logical);
    m_window.setView(m_view);
    // Every screen starts with drawBackground(), which clears the window.
    float pixelScale =
        m_view.getViewport().width * static_cast<float>(m_window.getSize().x) / m_logical.x;
    ui::Canvas canvas{m_window, m_fonts, m_logical, pixelScale, nullptr, kMinTextPixels};
    m_stack.draw(canvas);
    m_window.display();
}

void App::recordBenchFrame(Clock::time_point frameStart) {
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - frameStart).count();
    // Count frames once players are in: the lobby's name wall and the questions.
    auto snap = m_runner.snapshot();
    bool busy = snap && !snap->players.empty();
    if (busy && m_benchWarmup > 0)
        --m_benchWarmup;
    else if (busy) {
        m_frames.add(ms);
        m_framesByPhase.at(static_cast<std::size_t>(snap->phase)).add(ms);
    }
    if (m_frames.count() >= m_options.benchFrames) {
        std::cout << "HOST FRAMES " << m_window.getSize().x << "x" << m_window.getSize().y
                  << " players=" << (snap ? snap->players.size() : 0) << " " << m_frames.summary()
                  << std::endl;
        const char* phases[] = {"lobby", "question", "reveal", "leaderboard", "podium"};
        for (std::size_t i = 0; i < m_framesByPhase.size(); ++i)
            if (m_framesByPhase[i].count() > 0)
                std::cout << "HOST PHASE " << phases[i] << " " << m_framesByPhase[i].summary()
                          << std::endl;
        m_ctx.quitRequested = true;
    }
}

int App::finish() {
    m_voice.stop();
    m_runner.stop();
    if (std::string error = saveSettings(m_settings, m_ctx.settingsPath); !error.empty())
        std::cerr << "dovui-host: " << error << "\n";
    return m_ctx.exitCode;
}

int App::run() {
    if (!open())
        return 2;
    while (step()) {
    }
    return finish();
}

}  // namespace dovui::host
