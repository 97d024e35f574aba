// The stability filter (what makes a reading count) and the class roster.
#include <doctest/doctest.h>

#include <stdexcept>

#include "dovui/cards/roster.hpp"
#include "dovui/cards/stability_filter.hpp"

using namespace dovui::cards;

namespace {
CardSighting seen(int number, int choice) {
    return {number, choice, {}};
}
}  // namespace

SCENARIO("a card's answer counts once it is steady, and a later steady edge replaces it") {
    StabilityFilter filter({3, 1500});
    GIVEN("card 5 with A up for three frames") {
        CHECK(filter.update({seen(5, 0)}, 1000).empty());
        CHECK(filter.update({seen(5, 0)}, 1100).empty());
        auto steady = filter.update({seen(5, 0)}, 1200);
        THEN("it counts from the first of those frames") {
            REQUIRE(steady.size() == 1);
            CHECK(steady[0].number == 5);
            CHECK(steady[0].choice == 0);
            CHECK(steady[0].firstSeenMs == 1000);
        }
        THEN("more frames of the same edge add nothing") {
            CHECK(filter.update({seen(5, 0)}, 1300).empty());
        }
        WHEN("one frame shows another edge (the card was being turned)") {
            CHECK(filter.update({seen(5, 2)}, 1300).empty());
            CHECK(filter.update({seen(5, 0)}, 1400).empty());
            THEN("the answer stays A") {
                CHECK(filter.steady().at(5).choice == 0);
            }
        }
        WHEN("C is held up steadily") {
            CHECK(filter.update({seen(5, 2)}, 2000).empty());
            CHECK(filter.update({seen(5, 2)}, 2100).empty());
            auto changed = filter.update({seen(5, 2)}, 2200);
            THEN("the answer becomes C, timed from when C was first up") {
                REQUIRE(changed.size() == 1);
                CHECK(changed[0].choice == 2);
                CHECK(changed[0].firstSeenMs == 2000);
                CHECK(filter.steady().at(5).choice == 2);
            }
        }
    }
    GIVEN("a card seen twice, then gone for longer than the filter remembers") {
        filter.update({seen(8, 1)}, 0);
        filter.update({seen(8, 1)}, 100);
        filter.update({seen(8, 1)}, 5000);
        THEN("the count starts again") {
            CHECK(filter.steady().count(8) == 0);
        }
    }
    GIVEN("missed frames in between (the card hidden behind a head for a moment)") {
        filter.update({seen(9, 3)}, 0);
        filter.update({}, 100);
        filter.update({seen(9, 3)}, 200);
        filter.update({}, 300);
        auto steady = filter.update({seen(9, 3)}, 400);
        THEN("it still becomes steady") {
            REQUIRE(steady.size() == 1);
            CHECK(steady[0].firstSeenMs == 0);
        }
    }
    GIVEN("a new question") {
        filter.update({seen(1, 0)}, 0);
        filter.update({seen(1, 0)}, 1);
        filter.update({seen(1, 0)}, 2);
        filter.reset();
        THEN("nothing is remembered") {
            CHECK(filter.steady().empty());
        }
    }
}

TEST_CASE("a roster: names, numbers, a header and a BOM") {
    auto roster = parseRoster("\xEF\xBB\xBFTên\nNguyễn Thị Hoa\n\n7;Trần Văn Bình\nLê Minh\r\n");
    REQUIRE(roster.size() == 3);
    CHECK(roster[0].number == 1);
    CHECK(roster[0].name == "Nguyễn Thị Hoa");
    CHECK(roster[1].number == 2);
    CHECK(roster[1].name == "Lê Minh");
    CHECK(roster[2].number == 7);
    CHECK(roster[2].name == "Trần Văn Bình");
}

TEST_CASE("a roster with mistakes names every bad line") {
    try {
        parseRoster("1,An\n1,Bình\n200,Chi\nAn\n5,\n");
        FAIL("accepted a bad roster");
    } catch (const std::runtime_error& e) {
        std::string message = e.what();
        CHECK(message.find("dòng 2: số thẻ 1 đã có") != std::string::npos);
        CHECK(message.find("dòng 3: số thẻ 200 ngoài khoảng") != std::string::npos);
        CHECK(message.find("dòng 4: tên \"An\" đã có") != std::string::npos);
        CHECK(message.find("dòng 5: thiếu tên") != std::string::npos);
    }
    CHECK_THROWS_WITH_AS(loadRoster("/nonexistent/lop.csv"),
                         doctest::Contains("không mở được danh sách lớp"), std::runtime_error);
}

SCENARIO("a card still up from the last question does not answer the new one with that edge") {
    StabilityFilter filter({3, 1500, 1000, 600});
    filter.startQuestion(10'000);
    GIVEN("card 4 showing B from the moment the question opens") {
        for (int t = 10'000; t <= 12'000; t += 100)
            CHECK(filter.update({seen(4, 1)}, t).empty());
        THEN("it never counts while it stays up") {
            CHECK(filter.steady().count(4) == 0);
        }
        WHEN("it is turned to C") {
            filter.update({seen(4, 2)}, 12'100);
            filter.update({seen(4, 2)}, 12'200);
            auto steady = filter.update({seen(4, 2)}, 12'300);
            THEN("C counts, timed from the turn") {
                REQUIRE(steady.size() == 1);
                CHECK(steady[0].choice == 2);
                CHECK(steady[0].firstSeenMs == 12'100);
            }
        }
        WHEN("it is lowered for a moment and raised again with B") {
            filter.update({seen(4, 1)}, 13'000);  // 1 s unseen: lowered
            filter.update({seen(4, 1)}, 13'100);
            auto steady = filter.update({seen(4, 1)}, 13'200);
            THEN("B counts from when it came back up") {
                REQUIRE(steady.size() == 1);
                CHECK(steady[0].firstSeenMs == 13'000);
            }
        }
    }
    GIVEN("a card first raised after the question's first second") {
        filter.update({seen(5, 3)}, 11'500);
        filter.update({seen(5, 3)}, 11'600);
        auto steady = filter.update({seen(5, 3)}, 11'700);
        THEN("it counts as usual") {
            CHECK(steady.size() == 1);
        }
    }
}
