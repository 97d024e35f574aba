// The reader against the synthetic classroom: exact numbers and answers per frame, no wrong
// reads; edge geometry; cards outside the match ignored.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "cards_test_support.hpp"
#include "classroom.hpp"
#include "dovui/cards/reader.hpp"

using namespace dovui::cards;
using namespace dovui::cards::testing;

namespace {

std::array<cv::Point2f, 4> turnedSquare(double degrees) {
    const double a = degrees * M_PI / 180;
    const cv::Point2f square[4] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
    std::array<cv::Point2f, 4> out;
    for (int k = 0; k < 4; ++k)
        out[k] = cv::Point2f(
            static_cast<float>(100 + 50 * (square[k].x * std::cos(a) - square[k].y * std::sin(a))),
            static_cast<float>(100 + 50 * (square[k].x * std::sin(a) + square[k].y * std::cos(a))));
    return out;
}

}  // namespace

TEST_CASE("the edge at the top is the answer, and a card held near a diagonal gives none") {
    CHECK(edgeUp(turnedSquare(0), 33) == 0);
    CHECK(edgeUp(turnedSquare(-90), 33) == 1);  // turned a quarter anticlockwise: B up
    CHECK(edgeUp(turnedSquare(180), 33) == 2);
    CHECK(edgeUp(turnedSquare(90), 33) == 3);
    CHECK(edgeUp(turnedSquare(20), 33) == 0);
    CHECK(edgeUp(turnedSquare(-110), 33) == 1);
    CHECK(edgeUp(turnedSquare(45), 33) == -1);
    CHECK(edgeUp(turnedSquare(-40), 33) == -1);
}

SCENARIO("a synthetic classroom of 60 cards per frame is read exactly") {
    ClassroomGenerator generator(sharedFaces(), 1501);
    CardReader reader({60});
    std::vector<Conditions> all = standardConditions();
    // Every condition once (the benchmark does ≥ 10,000 views; this is the quick guard).
    for (const Conditions& conditions : all) {
        CAPTURE(conditions.name);
        ClassroomFrame frame = generator.frame(conditions);
        std::vector<CardSighting> seen = reader.read(frame.image);
        std::map<int, int> placed, read;
        for (const PlacedCard& card : frame.cards)
            placed[card.number] = card.choice;
        for (const CardSighting& card : seen)
            read[card.number] = card.choice;
        CHECK(read == placed);
        Score score = scoreFrame(frame, seen);
        CHECK(score.wrong == 0);
        // The corners it reports are where the marker is.
        for (const CardSighting& card : seen) {
            auto truth = std::find_if(frame.cards.begin(), frame.cards.end(),
                                      [&](const PlacedCard& p) { return p.number == card.number; });
            REQUIRE(truth != frame.cards.end());
            for (int k = 0; k < 4; ++k)
                CHECK(cv::norm(truth->markerCorners[k] - card.corners[k]) < 3.0);
        }
    }
}

TEST_CASE("cards whose number is not in the match are ignored") {
    ClassroomGenerator generator(sharedFaces(), 7);
    Conditions conditions = standardConditions().front();
    conditions.cards = 60;
    ClassroomFrame frame = generator.frame(conditions);
    CardReader reader({20});
    std::vector<CardSighting> seen = reader.read(frame.image);
    CHECK(seen.size() == 20);
    for (const CardSighting& card : seen)
        CHECK(card.number <= 20);
}

TEST_CASE("a mirrored picture reads as no card at all, never as another card") {
    ClassroomGenerator generator(sharedFaces(), 31);
    CardReader reader({60});
    Conditions mirrored = standardConditions().back();
    mirrored.mirrored = true;
    for (int i = 0; i < 3; ++i)
        CHECK(reader.read(generator.frame(mirrored).image).empty());
}

TEST_CASE("an empty wall, a blank frame and random grids give no cards") {
    CardReader reader;
    CHECK(reader.read(cv::Mat(720, 1280, CV_8UC3, cv::Scalar(200, 200, 200))).empty());
    CHECK(reader.read(cv::Mat(720, 1280, CV_8UC1, cv::Scalar(0))).empty());
    ClassroomGenerator generator(sharedFaces(), 99);
    Conditions noCards = standardConditions().front();
    noCards.cards = 0;
    for (int i = 0; i < 5; ++i)
        CHECK(reader.read(generator.frame(noCards).image).empty());
}
