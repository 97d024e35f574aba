#include <doctest/doctest.h>

#include "dovui/core/scoring.hpp"

TEST_CASE("speed points: full within half a second") {
    CHECK(dovui::core::speedPoints(1000, 400, 20000) == 1000);
}
