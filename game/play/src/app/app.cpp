#include "dovui/play/app/app.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>
#include <chrono>
#include <string_view>

#include "dovui/net/enet_library.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/window_fit.hpp"

namespace dovui::play {
namespace {

constexpr std::string_view kTitle = "Đố Vui Số";

std::int64_t monotonicMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

sf::View logicalView(sf::Vector2u pixels) {
    sf::Vector2f size = logicalSize(pixels);
    return sf::View(sf::FloatRect(0.f, 0.f, size.x, size.y));
}

}  // namespace

void renderFrame(PlayContext& ctx, Screen& screen, sf::RenderTarget& target, sf::Vector2u pixels,
                 HitMap& hits, ui::LayoutProbe* probe) {
    sf::View view = logicalView(pixels);
    target.setView(view);
    const float textScale = ctx.settings.largeText ? 1.25f : 1.f;
    const float pixelScale = static_cast<float>(std::min(pixels.x, pixels.y)) / kShortSide;
    // The smallest text: kMinText units of a 720-wide phone (times "Chữ to"), at any size.
    ui::Canvas canvas{target,     ctx.fonts, view.getSize(),
                      pixelScale, probe,     kMinText * textScale * pixelScale};
    hits.clear();
    ViewEnv env{canvas, hits, ctx.lang(), textScale, ctx.nowMs};
    screen.draw(ctx, env);
}

int runApp(PlayContext& ctx, sf::Vector2u windowSize) {
    net::EnetLibrary enet;
    // A std::string title would be read as Latin-1 (" Vui S"): SFML wants code points.
    sf::RenderWindow window(sf::VideoMode(windowSize.x, windowSize.y),
                            sf::String::fromUtf8(kTitle.begin(), kTitle.end()), sf::Style::Default);
    sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    window.setPosition(ui::centredOn(windowSize, {desktop.width, desktop.height}));
    window.setFramerateLimit(30);
    window.setKeyRepeatEnabled(false);
    ScreenStack stack;
    stack.push(makeHomeScreen());
    stack.applyPending();
    HitMap hits;
    while (window.isOpen() && !stack.empty()) {
        ctx.nowMs = monotonicMs();
        if (ctx.voice)
            ctx.voice->update(1.0f);
        Screen& screen = *stack.top();
        sf::Event event;
        while (window.pollEvent(event)) {
            std::optional<Intent> intent;
            sf::View view = logicalView(window.getSize());
            if (event.type == sf::Event::Closed) {
                window.close();
            } else if (event.type == sf::Event::MouseButtonPressed &&
                       event.mouseButton.button == sf::Mouse::Left) {
                intent = hits.at(
                    window.mapPixelToCoords({event.mouseButton.x, event.mouseButton.y}, view));
            } else if (event.type == sf::Event::TouchBegan) {
                intent = hits.at(window.mapPixelToCoords({event.touch.x, event.touch.y}, view));
            } else if (event.type == sf::Event::KeyPressed) {
                intent = screen.keyIntent(event.key.code);
            } else if (event.type == sf::Event::TextEntered) {
                screen.onText(ctx, event.text.unicode);
            }
            if (intent && intent->kind != Intent::Kind::None)
                screen.onIntent(ctx, stack, *intent);
        }
        ctx.session.update(ctx.nowMs);
        screen.update(ctx, stack, ctx.nowMs);
        window.clear();
        renderFrame(ctx, screen, window, window.getSize(), hits);
        window.display();
        stack.applyPending();  // between frames, never under a screen's feet
    }
    ctx.browser.stop();
    return 0;
}

}  // namespace dovui::play
