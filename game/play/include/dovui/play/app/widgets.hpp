#pragma once
/// The learner app's building blocks on top of game/ui: background, header with a back
/// button, big buttons and rows that register their intents, text fields, a result banner.
/// Sizes are logical units; the short side of the view is kShortSide.
#include <SFML/Graphics/Rect.hpp>
#include <string>
#include <string_view>

#include "dovui/play/app/screen.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::play {

inline constexpr float kShortSide = 720.f;  ///< logical units across the short side
inline constexpr float kMinText = 18.f;     ///< no text smaller (logical units, before "Chữ to")
inline constexpr float kPad = 24.f;
inline constexpr float kGap = 16.f;
inline constexpr float kButtonHeight = 104.f;  ///< an easy target for an unsteady finger
inline constexpr float kMaxFormWidth = 880.f;  ///< forms stay readable on a wide screen

/// Logical view size for a window: the short side is kShortSide, the long side follows.
sf::Vector2f logicalSize(sf::Vector2u windowPixels);

void drawBackground(ViewEnv& env);
/// The top bar: a back button (when `back`) and the title. Returns the area below it.
sf::FloatRect drawHeader(ViewEnv& env, std::string_view title, bool back);
/// The centred column forms use on a wide screen.
sf::FloatRect formColumn(sf::FloatRect area);

/// A large button; tapping it sends `intent`.
void bigButton(ViewEnv& env, sf::FloatRect rect, std::string_view label, Intent intent,
               bool primary = false, std::string_view shortcut = {});

/// Text with the large-text switch applied; the label names it for the layout probe.
ui::TextLayout text(ViewEnv& env, std::string_view utf8, sf::FloatRect box, float size,
                    std::string_view label, bool bold = false, sf::Color color = sf::Color::White,
                    ui::Align align = ui::Align::Left, ui::VAlign valign = ui::VAlign::Top);

/// A rounded panel.
void panel(ViewEnv& env, sf::FloatRect rect, sf::Color color);

/// A labelled one-line text field; tapping it sends `focus`.
void textField(ViewEnv& env, sf::FloatRect rect, std::string_view label, std::string_view value,
               std::string_view placeholder, bool focused, Intent focus);

/// Takes rows off the top of an area.
struct Column {
    sf::FloatRect area;
    float y;
    explicit Column(sf::FloatRect a) : area(a), y(a.top) {}
    sf::FloatRect take(float height, float gap = kGap);
    float left() const { return area.top + area.height - y; }
};

/// A progress bar: `part` of `whole` filled in `color`.
void progressBar(ViewEnv& env, sf::FloatRect rect, int part, int whole, sf::Color color);

/// One page of a list too long for the screen (no scrolling: a big "more" row is easier).
struct PageSlice {
    std::size_t first = 0;
    std::size_t count = 0;
    bool more = false;  ///< the last slot is the "more" row
    int page = 0;
    int pages = 1;
};
/// The rows of page `page` (wrapping around) of `total` rows of `rowH` + `gap` in `available`.
PageSlice pageSlice(std::size_t total, float available, float rowH, float gap, int page);
/// "Xem thêm (trang 1/3) ›": sends Intent::Next.
void moreRow(ViewEnv& env, sf::FloatRect row, const PageSlice& slice);

}  // namespace dovui::play
