// The host's card camera without a window: the roster seated once per new match, readings of
// a generated video posted for the open question only, cards outside the match ignored, a
// missing camera reported in words.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <opencv2/videoio.hpp>

#include "cards_test_support.hpp"
#include "classroom.hpp"
#include "dovui/host/card_scanner.hpp"

using namespace dovui;
using namespace dovui::cards::testing;

namespace {

std::shared_ptr<server::ServerSnapshot> snapshotAt(core::Phase phase, std::uint16_t question,
                                                   int cards) {
    auto snap = std::make_shared<server::ServerSnapshot>();
    snap->phase = phase;
    snap->questionIndex = question;
    for (int n = 1; n <= cards; ++n)
        snap->cardPlayers.push_back({n, static_cast<core::PlayerId>(100 + n), false});
    return snap;
}

/// Exchanges until `enough` readings came or `seconds` passed; returns them.
std::vector<server::CmdCardReading> collect(host::CardScanner& scanner,
                                            std::shared_ptr<const server::ServerSnapshot> snap,
                                            std::size_t enough, int seconds = 10) {
    std::vector<server::CmdCardReading> readings;
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (readings.size() < enough && std::chrono::steady_clock::now() < until) {
        for (auto& command : scanner.exchange(snap, 1, false))
            if (auto* r = std::get_if<server::CmdCardReading>(&command))
                readings.push_back(*r);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return readings;
}

}  // namespace

TEST_CASE("the roster is seated once in each new match's lobby, never in a resumed one") {
    host::CardScanner scanner("", {{1, "Bà Tư"}, {2, "Ông Năm"}});
    auto lobby = snapshotAt(core::Phase::Lobby, 0, 0);
    auto first = scanner.exchange(lobby, 1, false);
    REQUIRE(first.size() == 1);
    auto* add = std::get_if<server::CmdAddCardPlayers>(&first[0]);
    REQUIRE(add);
    CHECK(add->seats.size() == 2);
    CHECK(scanner.exchange(lobby, 1, false).empty());
    CHECK(scanner.exchange(lobby, 2, false).size() == 1);  // play again: a new match
    CHECK(scanner.exchange(lobby, 3, true).empty());       // --resume: they are in the store
    CHECK(scanner.problem().find("--camera") != std::string::npos);
}

SCENARIO("the camera thread reads a classroom video and posts steady readings") {
    std::string dir = freshTempDir("scanner");
    ClassroomGenerator generator(sharedFaces(), 77);
    Conditions conditions = standardConditions().back();
    conditions.cards = 12;
    std::vector<int> numbers, choices;
    for (int n = 1; n <= 12; ++n) {
        numbers.push_back(n);
        choices.push_back((n * 3) % 4);
    }
    std::string video = dir + "/class.avi";
    {
        cv::VideoWriter writer(video, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25,
                               cv::Size(1280, 720));
        REQUIRE(writer.isOpened());
        // 0.8 s with the cards down, then 0.4 s up: a card already up when the question
        // opens is counted once it has been lowered and raised again.
        for (int i = 0; i < 20; ++i)
            writer.write(generator.frameWithCards(conditions, {}, {}, 9).image);
        for (int i = 0; i < 10; ++i)
            writer.write(generator.frameWithCards(conditions, numbers, choices, 9).image);
    }
    host::CardScanner scanner(video, {});
    WHEN("question 3 is open with cards 1–10 in the match (11 and 12 are not)") {
        auto readings = collect(scanner, snapshotAt(core::Phase::Question, 3, 10), 10);
        THEN("each card in the match is read once with the edge it holds up") {
            std::map<int, int> seen;
            for (const auto& r : readings) {
                CHECK(r.questionIndex == 3);
                CHECK(r.firstSeenSteady <= std::chrono::steady_clock::now());
                seen[r.card] = r.choice;
            }
            CHECK(seen.size() == 10);
            for (const auto& [card, choice] : seen)
                CHECK(choice == (card * 3) % 4);
            CHECK(seen.count(11) == 0);
        }
        AND_THEN("the picture and its outlines are there for the scan view") {
            host::CardScanView view = scanner.view();
            CHECK(view.problem.empty());
            CHECK(view.picture.cols == 960);
            CHECK(view.cards.size() == 10);
        }
    }
    WHEN("no question is open") {
        auto readings = collect(scanner, snapshotAt(core::Phase::Lobby, 0, 10), 1, 2);
        THEN("nothing is posted") {
            CHECK(readings.empty());
        }
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("a camera that is not there is said in words, and nothing is posted") {
    host::CardScanner scanner("97", {});
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (scanner.problem().empty() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(scanner.problem().find("không mở được máy ảnh số 97") != std::string::npos);
    CHECK(scanner.problem().find("Trận vẫn tiếp tục") != std::string::npos);
    CHECK(scanner.exchange(snapshotAt(core::Phase::Question, 0, 5), 1, false).empty());
}
