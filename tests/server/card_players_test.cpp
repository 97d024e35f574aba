// Card players (issue 15): learners with printed cards, added by the facilitator, answering
// through camera readings on the command queue; scored and stored like phone players.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;
using core::Phase;

namespace {

CmdCardReading reading(int card, std::uint16_t question, std::uint8_t choice, int agoMs = 0) {
    return {card, question, choice,
            std::chrono::steady_clock::now() - std::chrono::milliseconds(agoMs)};
}

const CardPlayerView* cardView(const ServerSnapshot& snap, int number) {
    for (const auto& c : snap.cardPlayers)
        if (c.number == number)
            return &c;
    return nullptr;
}

std::vector<StoredAnswer> answersOf(ResultsFile& file, std::int64_t match, core::PlayerId id) {
    std::vector<StoredAnswer> out;
    for (const auto& a : file.answers(match))
        if (a.player == id)
            out.push_back(a);
    return out;
}

}  // namespace

SCENARIO("card players answer by camera readings, change their answer, and are stored") {
    TempDir dir;
    Harness h(testConfig(writeTestPack(dir.path()), dir.str()));
    Learner& phone = h.join("Điện Thoại");
    h.command(
        CmdAddCardPlayers{{{3, "Bà Tư"}, {7, "Ông Năm"}, {7, "Trùng Số"}, {12, "Điện Thoại"}}});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->cardPlayers.size() == 2; }));
    auto lobby = h.snapshot();
    CHECK(lobby->players.size() == 3);
    CHECK(lobby->problemCount == 2);  // card 7 twice, and a name already taken
    CHECK(lobby->lastError.find("thẻ 12 (Điện Thoại): tên \"") != std::string::npos);
    core::PlayerId ba = cardView(*lobby, 3)->player, ong = cardView(*lobby, 7)->player;

    h.command(CmdStart{});
    REQUIRE(h.waitPhase(Phase::Question, 0));
    WHEN("card 3 shows A, then B; card 7 shows B; a card not in the match shows C") {
        h.command(reading(3, 0, 0, 900));
        h.command(reading(99, 0, 2));
        h.pumpFor(50);
        auto snap = h.snapshot();
        THEN("card 3 ticks as read while its answer stays hidden, and nothing closes yet") {
            CHECK(cardView(*snap, 3)->read);
            CHECK_FALSE(cardView(*snap, 7)->read);
            CHECK(snap->phase == Phase::Question);
        }
        h.command(reading(3, 0, 1, 600));
        h.command(reading(7, 0, 1, 300));
        answer(phone, 0, {1});
        REQUIRE(h.waitPhase(Phase::Reveal, 0));
        ResultsFile file(dir.str() + "/results.sqlite");
        std::int64_t match = file.lastMatchId();
        THEN("the last steady reading is the answer, timed from when it was first seen") {
            auto baAnswers = answersOf(file, match, ba);
            REQUIRE(baAnswers.size() == 1);
            CHECK(baAnswers[0].choice == core::Choice{1});
            CHECK(baAnswers[0].responseMs <= 400);  // seen 600 ms before it was posted
            CHECK(baAnswers[0].points.value_or(0) > 0);
            REQUIRE(answersOf(file, match, ong).size() == 1);
            CHECK(file.answers(match).size() == 3);
        }
        AND_WHEN("on the true/false question card 3 shows C and card 7 shows A") {
            h.command(CmdNext{});
            REQUIRE(h.waitPhase(Phase::Leaderboard, 0));
            h.command(CmdNext{});
            REQUIRE(h.waitPhase(Phase::Question, 1));
            h.command(reading(3, 1, 2));
            h.command(reading(7, 1, 0));
            h.command(reading(7, 0, 3));  // a reading of the last question: ignored
            answer(phone, 1, {0});
            REQUIRE(h.waitPhase(Phase::Reveal, 1, 9000));  // card 3 has no answer: time runs out
            THEN("C means nothing on a true/false question; card 7's A counts") {
                ResultsFile again(dir.str() + "/results.sqlite");
                CHECK(answersOf(again, match, ba).size() == 1);
                auto ongAnswers = answersOf(again, match, ong);
                REQUIRE(ongAnswers.size() == 2);
                CHECK(ongAnswers[1].choice == core::Choice{0});
                CHECK(ongAnswers[1].questionIndex == 1);
            }
        }
    }
}

TEST_CASE("dovui-server's stdin adds a card player with `card N NAME`") {
    auto parsed = parseCommand("card 12 Nguyễn Thị Hoa");
    REQUIRE(parsed);
    auto* add = std::get_if<CmdAddCardPlayers>(&*parsed);
    REQUIRE(add);
    REQUIRE(add->seats.size() == 1);
    CHECK(add->seats[0].number == 12);
    CHECK(add->seats[0].name == "Nguyễn Thị Hoa");
    CHECK_FALSE(parseCommand("card"));
    CHECK_FALSE(parseCommand("card 12"));
    CHECK_FALSE(parseCommand("card x Hoa"));
    CHECK(cardOfToken(cardToken(7, "abc")) == 7);
    CHECK(cardOfToken("0123abcd") == 0);
}

TEST_CASE("after --resume the card players are back in the room with their cards") {
    TempDir dir;
    std::string pack = writeTestPack(dir.path());
    {
        Harness h(testConfig(pack, dir.str()));
        h.join("Điện Thoại");
        h.command(CmdAddCardPlayers{{{4, "Bà Tư"}, {9, "Ông Năm"}}});
        REQUIRE(h.pumpUntil([&] { return h.snapshot()->cardPlayers.size() == 2; }));
        h.command(CmdStart{});
        REQUIRE(h.waitPhase(Phase::Question, 0));
    }  // the host stops mid-question (as after a crash, the store keeps the match open)
    ServerConfig config = testConfig(pack, dir.str());
    config.resume = true;
    Harness h(config);
    auto snap = h.snapshot();
    REQUIRE(snap->cardPlayers.size() == 2);
    CHECK(snap->cardPlayers[0].number == 4);
    CHECK(snap->cardPlayers[1].number == 9);
    for (const auto& card : snap->cardPlayers) {
        auto p = std::find_if(snap->players.begin(), snap->players.end(),
                              [&](const PlayerView& v) { return v.id == card.player; });
        REQUIRE(p != snap->players.end());
        CHECK(p->connected);  // in the room: no rejoin to wait for
    }
}
