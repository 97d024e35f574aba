// Gatekeeping at exact instants (design.md §6: testable without sockets or wall time): the
// join and message rate limits and their refill, the join timeout, the rejoin grace period,
// the per-address cap, closing connections and refused joins, over the loopback transport
// and a ManualClock.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "loopback_harness.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;
using core::JoinRefusal;
using core::Phase;

namespace {

/// The test pack with 30 s questions: longer than the 10 s rejoin grace.
std::string writeLongPack(const std::filesystem::path& folder) {
    std::ifstream in(writeTestPack(folder), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string json = text.str();
    for (std::size_t at = json.find("\"time\": 5"); at != std::string::npos;
         at = json.find("\"time\": 5", at))
        json.replace(at, 9, "\"time\": 30");
    auto path = folder / "long-pack.json";
    std::ofstream(path, std::ios::binary) << json;
    return path.string();
}

}  // namespace

TEST_CASE("joins from one address: the burst, then one more every 1/rate s, to the ms") {
    TempDir dir;
    ServerConfig config = loopbackConfig(writeTestPack(dir.path()), dir.str());
    config.joinsPerSecondPerAddress = 5;  // a token every 200 ms
    config.joinBurstPerAddress = 3;
    LoopbackHarness h(config);
    for (std::uint8_t host : {20, 21})
        for (int i = 0; i < 3; ++i)
            h.join("P" + std::to_string(host) + "-" + std::to_string(i), lanAddress(host));

    Phone& early = h.connect(lanAddress(20));
    h.advance(199);
    early.join("Sớm");
    h.step();
    REQUIRE(early.count<core::JoinRefusedMsg>() == 1);
    CHECK(early.last<core::JoinRefusedMsg>()->reason == JoinRefusal::RateLimited);
    // Refused and closed at once: the refusal arrived first, the slot is free.
    CHECK(early.closed());
    CHECK(early.count<core::WelcomeMsg>() == 0);

    h.advance(1);  // 200 ms after the burst: the other address has one token again
    Phone& onTime = h.connect(lanAddress(21));
    onTime.join("Đúng giờ");
    h.step();
    CHECK(onTime.count<core::WelcomeMsg>() == 1);
    Phone& next = h.connect(lanAddress(21));
    next.join("Liền sau");
    h.step();
    CHECK(next.last<core::JoinRefusedMsg>()->reason == JoinRefusal::RateLimited);

    // The address that was refused at 199 ms has 0.995 + 0.005 tokens by 200 ms, and a full
    // one well after.
    h.advance(200);
    Phone& later = h.connect(lanAddress(20));
    later.join("Sau");
    h.step();
    CHECK(later.count<core::WelcomeMsg>() == 1);
    CHECK(h.snapshot()->players.size() == 8);
    CHECK(h.transport().openCount() == 8);  // every refused connection is gone
}

TEST_CASE("messages from one peer: the burst is served, the next one closes it") {
    TempDir dir;
    ServerConfig config = loopbackConfig(writeTestPack(dir.path()), dir.str());
    config.messagesPerSecondPerPeer = 20;  // a token every 50 ms
    config.messageBurstPerPeer = 10;
    LoopbackHarness h(config);
    Phone& calm = h.join("Bình tĩnh");  // the join is the first of its 10
    Phone& eager = h.join("Vội");
    for (int i = 0; i < 9; ++i) {
        calm.answer(0, {1});
        eager.answer(0, {1});
    }
    h.step();
    CHECK(calm.count<core::AnswerAckMsg>() == 9);  // served: "no question yet"
    CHECK_FALSE(calm.closed());

    h.advance(49);
    eager.answer(0, {1});
    h.step();
    CHECK(eager.closed());
    CHECK(eager.closeReason() == net::CloseReason::Misbehaving);
    CHECK(eager.last<core::ErrorMsg>()->reason == "too many messages");
    CHECK(eager.count<core::AnswerAckMsg>() == 9);

    h.advance(1);
    calm.answer(0, {1});
    h.step();
    CHECK(calm.count<core::AnswerAckMsg>() == 10);
    CHECK_FALSE(calm.closed());
}

TEST_CASE("a connection that never joins is closed at exactly joinTimeoutMs") {
    TempDir dir;
    ServerConfig config = loopbackConfig(writeTestPack(dir.path()), dir.str());
    config.joinTimeoutMs = 20'000;
    LoopbackHarness h(config);
    Phone& silent = h.connect(lanAddress(30));
    h.step();  // connected now
    h.advance(7'000);
    Phone& later = h.connect(lanAddress(31));
    h.step();
    h.advance(12'999);  // 19 999 ms after the first connect
    CHECK_FALSE(silent.closed());
    h.advance(1);
    CHECK(silent.closed());
    CHECK(silent.closeReason() == net::CloseReason::JoinTimeout);
    CHECK_FALSE(later.closed());
    h.advance(6'999);
    CHECK_FALSE(later.closed());
    h.advance(1);
    CHECK(later.closed());
    // A learner who joined is never timed out.
    Phone& joined = h.join("Ở lại", lanAddress(32));
    h.advance(60'000);
    CHECK_FALSE(joined.closed());
}

TEST_CASE("a dropped learner is waited for 10 s, not a millisecond more") {
    TempDir dir;
    LoopbackHarness h(loopbackConfig(writeLongPack(dir.path()), dir.str()));
    Phone& an = h.join("An");
    Phone& binh = h.join("Bình");
    h.command(CmdStart{});
    REQUIRE(h.snapshot()->phase == Phase::Question);
    an.answer(0, {1});
    h.step();
    binh.client().drop();
    h.step();  // the server hears of the drop now
    REQUIRE_FALSE(h.snapshot()->players[1].connected);

    SUBCASE("nobody comes back: the question closes when the grace period ends") {
        h.advance(core::kRejoinGraceMs - 1);
        CHECK(h.snapshot()->phase == Phase::Question);
        h.advance(1);
        CHECK(h.snapshot()->phase == Phase::Reveal);
        CHECK(an.count<core::RevealMsg>() == 1);
    }
    SUBCASE("the learner comes back within it, answers, and the question closes at once") {
        h.advance(core::kRejoinGraceMs - 1);
        Phone& back = h.connect();
        back.send(core::RejoinMsg{
            core::kProtocolVersion, kTestPin, {binh.last<core::WelcomeMsg>()->token}, false});
        h.step();
        REQUIRE(back.count<core::WelcomeMsg>() == 1);
        CHECK(back.count<core::QuestionMsg>() == 1);
        h.advance(5'000);  // past the grace period: connected again, so still waited for
        CHECK(h.snapshot()->phase == Phase::Question);
        back.answer(0, {2});
        h.step();
        CHECK(h.snapshot()->phase == Phase::Reveal);
        CHECK(back.last<core::RevealMsg>()->answered);
    }
}

TEST_CASE("one address holds at most connectionsPerAddress connections; the laptop is not capped") {
    TempDir dir;
    ServerConfig config = loopbackConfig(writeTestPack(dir.path()), dir.str());
    config.connectionsPerAddress = 3;
    LoopbackHarness h(config);
    std::vector<Phone*> flood;
    for (int i = 0; i < 5; ++i)
        flood.push_back(&h.connect(lanAddress(40)));
    h.step();
    for (int i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(flood[i]->closed() == (i >= 3));
        if (i >= 3)
            CHECK(flood[i]->closeReason() == net::CloseReason::ServerFull);
    }
    // Another address and the laptop join at once.
    h.join("Bà Năm", lanAddress(41));
    for (int i = 0; i < 5; ++i)
        h.join("Bot " + std::to_string(i));
    // A slot given back is a slot for the next phone from that address.
    flood[0]->client().drop();
    h.step();
    Phone& again = h.connect(lanAddress(40));
    h.step();
    CHECK_FALSE(again.closed());
    Phone& over = h.connect(lanAddress(40));
    h.step();
    CHECK(over.closed());
}

TEST_CASE("what a closing connection sent after the close is never served") {
    TempDir dir;
    LoopbackHarness h(loopbackConfig(writeTestPack(dir.path()), dir.str()));
    SUBCASE("a refused join, then the right PIN in the same burst") {
        Phone& prankster = h.connect(lanAddress(50));
        prankster.join("Trêu", 111111);
        prankster.join("Trêu");
        prankster.join("Trêu 2");
        h.step();
        CHECK(prankster.count<core::JoinRefusedMsg>() == 1);
        CHECK(prankster.last<core::JoinRefusedMsg>()->reason == JoinRefusal::WrongPin);
        CHECK(prankster.count<core::WelcomeMsg>() == 0);
        CHECK(prankster.closed());
    }
    SUBCASE("a player dropped for misbehaving, then a join in the same burst") {
        Phone& prankster = h.join("Trêu", lanAddress(50));
        prankster.client().sendRaw("\x07\xff\x13");
        prankster.join("Trêu lại");
        prankster.answer(0, {1});
        h.step();
        CHECK(prankster.count<core::ErrorMsg>() == 1);
        CHECK(prankster.count<core::WelcomeMsg>() == 1);
        CHECK(prankster.count<core::AnswerAckMsg>() == 0);
        CHECK(prankster.closeReason() == net::CloseReason::Misbehaving);
    }
    CHECK(h.snapshot()->players.size() <= 1);
    CHECK(h.transport().openCount() == 0);
}

TEST_CASE("an answer is acknowledged only once stored; a held one is released on the retry") {
    TempDir dir;
    LoopbackHarness h(loopbackConfig(writeLongPack(dir.path()), dir.str()));
    Phone& an = h.join("An");
    Phone& binh = h.join("Bình");
    h.command(CmdStart{});
    ResultsFile other(h.server().storePath());
    other.holdWriteLock();  // another program holds the file: every write fails (busy)
    an.answer(0, {1});
    h.step();
    CHECK(an.count<core::AnswerAckMsg>() == 0);
    CHECK(h.snapshot()->lastError.find("Không ghi được kết quả") != std::string::npos);
    other.rollback();
    h.advance(999);  // the retry is due a second after the failure
    CHECK(an.count<core::AnswerAckMsg>() == 0);
    h.advance(1);
    REQUIRE(an.count<core::AnswerAckMsg>() == 1);
    CHECK(an.last<core::AnswerAckMsg>()->refusal == core::AnswerRefusal::None);
    CHECK(h.snapshot()->lastError.find("Đã ghi lại được") != std::string::npos);
    binh.answer(0, {1});
    h.step();
    CHECK(binh.count<core::AnswerAckMsg>() == 1);
    auto stored = other.answers(h.server().matchId());
    CHECK(stored.size() == 2);
}
