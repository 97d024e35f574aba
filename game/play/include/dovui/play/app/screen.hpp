#pragma once
/// Screens as a state stack with deferred push/pop (SFML Game Development style). Views draw
/// from state and register hit regions that carry intents; input turns into intents, and
/// only screens act on them.
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/screen_stack.hpp"

namespace dovui::play {

struct PlayContext;

/// What the learner wants, independent of whether it came from a tap, a click or a key.
struct Intent {
    enum class Kind {
        None,
        Back,
        PlayClass,
        Practise,
        ToggleLang,
        ToggleLargeText,
        Resume,
        PickGame,    ///< arg = index in the list
        Manual,      ///< type an address instead
        Focus,       ///< arg = field index
        Submit,      ///< join / confirm the form
        Tile,        ///< arg = option index
        Confirm,     ///< send a multi-select / ordering answer
        ClearOrder,  ///< start the ordering again
        Next,
        PickPack,   ///< arg = pack index
        PickTopic,  ///< arg = topic index, -1 = mixed
        ToggleTimed,
        ShowProgress,
        Home,
        ReadAloud,
    } kind = Kind::None;
    int arg = 0;
};

/// Regions drawn this frame and what tapping them means.
class HitMap {
public:
    void clear() { m_hits.clear(); }
    void add(sf::FloatRect rect, Intent intent) { m_hits.push_back({rect, intent, {}}); }
    /// A target grown beyond what is drawn (`core`: a span's words, `rect`: a finger's room
    /// around them): where such targets overlap, the one whose words are nearest wins.
    void addNear(sf::FloatRect rect, sf::FloatRect core, Intent intent) {
        m_hits.push_back({rect, intent, core});
    }
    /// The last region added under `point` wins (drawn on top).
    std::optional<Intent> at(sf::Vector2f point) const;

private:
    struct Hit {
        sf::FloatRect rect;
        Intent intent;
        sf::FloatRect core;  ///< empty: a plain target
    };
    std::vector<Hit> m_hits;
};

/// What every view gets to draw one frame.
struct ViewEnv {
    ui::Canvas& canvas;
    HitMap& hits;
    core::Lang lang = core::Lang::Vi;
    float textScale = 1.f;  ///< 1.25 with the large-text switch on
    std::int64_t nowMs = 0;
    bool portrait() const { return canvas.size.y > canvas.size.x; }
    /// A text size scaled by the large-text switch.
    float text(float size) const { return size * textScale; }
    /// Vietnamese or English.
    const char* tr(const char* vi, const char* en) const {
        return lang == core::Lang::Vi ? vi : en;
    }
};

class Screen;
/// The one screen stack (game/ui), holding the learner's screens.
using ScreenStack = ui::ScreenStack<Screen>;

class Screen {
public:
    virtual ~Screen() = default;
    virtual void update(PlayContext& ctx, ScreenStack& stack, std::int64_t nowMs) {
        (void)ctx;
        (void)stack;
        (void)nowMs;
    }
    /// Draws the screen and registers its hit regions.
    virtual void draw(PlayContext& ctx, ViewEnv& env) = 0;
    virtual void onIntent(PlayContext& ctx, ScreenStack& stack, const Intent& intent) = 0;
    /// A character typed (SFML TextEntered: the system input method composes Vietnamese).
    virtual void onText(PlayContext& ctx, std::uint32_t codepoint) {
        (void)ctx;
        (void)codepoint;
    }
    /// Keys that mean an intent here (1–4 for tiles, Enter, Escape…).
    virtual std::optional<Intent> keyIntent(sf::Keyboard::Key key) const;
};

}  // namespace dovui::play
