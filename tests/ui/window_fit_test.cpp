// Windows that suit their desktop: a fixed 1280×720 window spills off a 1024×768 projector.
#include <doctest/doctest.h>

#include "dovui/ui/window_fit.hpp"

using dovui::ui::centredOn;
using dovui::ui::fitWindow;

TEST_CASE("a window opens at most 90 % of the desktop, centred, its shape kept") {
    SUBCASE("no size asked for: 90 % of the desktop") {
        CHECK(fitWindow({0, 0}, {1024, 768}) == sf::Vector2u{921, 691});
        CHECK(fitWindow({0, 0}, {1920, 1080}) == sf::Vector2u{1728, 972});
    }
    SUBCASE("a phone's shape on a landscape desktop: scaled down, still 9:16") {
        sf::Vector2u size = fitWindow({720, 1280}, {1920, 1080});
        CHECK(size.y == 972);
        CHECK(size.x == 546);
    }
    SUBCASE("a size that already fits is kept") {
        CHECK(fitWindow({800, 600}, {1920, 1080}) == sf::Vector2u{800, 600});
    }
    SUBCASE("centred, never off the top-left") {
        CHECK(centredOn({921, 691}, {1024, 768}) == sf::Vector2i{51, 38});
        CHECK(centredOn({2000, 1200}, {1024, 768}) == sf::Vector2i{0, 0});
    }
}
