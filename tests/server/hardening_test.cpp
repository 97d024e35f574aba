// A prankster's traffic (design.md §1 scene 5, §5 "untrusted bytes", §6 rate limits): random
// and truncated packets, oversize size tags, floods of messages and joins from one address.
// The server must keep serving the honest learners and must not crash.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <random>

#include "dovui/net/enet_server.hpp"
#include "loopback_harness.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;
using core::AnswerRefusal;
using core::Phase;

namespace {

/// Plain UDP datagrams straight at the ENet port, below ENet's own framing.
void sprayUdp(std::uint16_t port, std::mt19937& rng, int count) {
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    REQUIRE(s >= 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::uniform_int_distribution<int> length(0, 1400), byte(0, 255);
    for (int i = 0; i < count; ++i) {
        std::string datagram(static_cast<std::size_t>(length(rng)), '\0');
        for (char& c : datagram)
            c = static_cast<char>(byte(rng));
        sendto(s, datagram.data(), datagram.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
    }
    close(s);
}

std::string bytes(std::initializer_list<int> values) {
    std::string out;
    for (int v : values)
        out.push_back(static_cast<char>(v));
    return out;
}

}  // namespace

TEST_CASE("garbage, oversize size tags and floods do not stop the honest learners") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    auto clock = std::make_shared<ManualClock>();  // the server's time moves only when told
    config.clock = clock;
    Harness h(config);
    std::vector<Learner*> honest = {&h.join("An"), &h.join("Bình"), &h.join("Chi")};
    std::mt19937 rng(20240611);

    // Raw UDP noise at the game port, before and during the match.
    sprayUdp(h.port(), rng, 500);
    h.pumpFor(50);

    // Connected pranksters, each sending one kind of bad packet before joining.
    constexpr auto kVersionLow = static_cast<std::uint8_t>(core::kProtocolVersion & 0xff);
    static_assert(core::kProtocolVersion < 256);
    const std::string join = core::encode(
        core::ClientMsg{core::JoinMsg{core::kProtocolVersion, kTestPin, {"Trêu"}, false}});
    std::vector<std::pair<std::string, std::string>> bad = {
        {"random bytes", "\x07\xff\x13\x00\x42"},
        {"empty packet", ""},
        {"unknown message id", bytes({200, 1, 2, 3})},
        {"trailing bytes", join + "xyz"},
        // Join, this version, PIN, then a nickname claiming 4 GiB.
        {"oversize string tag",
         bytes({0, kVersionLow, 0, 0x05, 0xc4, 0x03, 0x00, 0xff, 0xff, 0xff, 0xff, 0x0f, 'a'})},
        // Answer to question 0 claiming 2^31 choices.
        {"oversize vector tag", bytes({2, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x07})},
        // A size tag that never ends.
        {"endless varint",
         bytes({2, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})},
        {"bool out of range", bytes({0, kVersionLow, 0, 0, 0, 0, 0, 1, 'a', 7})},
        {"over the 512-byte limit", std::string(600, 'x')},
    };
    for (std::size_t cut = 1; cut < join.size(); ++cut)
        bad.emplace_back("join cut at " + std::to_string(cut), join.substr(0, cut));
    std::vector<Learner*> pranksters;
    for (std::size_t i = 0; i < bad.size(); ++i)
        pranksters.push_back(&h.connect());
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(pranksters.begin(), pranksters.end(),
                           [](Learner* l) { return l->connected(); });
    }));
    for (std::size_t i = 0; i < bad.size(); ++i)
        pranksters[i]->client().sendRaw(bad[i].second);
    // A packet over ENet's own limit (16 KiB) is never reassembled: it never reaches the
    // decoder, and the sender's link stalls until it times out.
    Learner& huge = h.connect();
    REQUIRE(h.pumpUntil([&] { return huge.connected(); }));
    huge.client().sendRaw(std::string(20000, 'z'));

    REQUIRE(h.pumpUntil([&] {
        return std::all_of(pranksters.begin(), pranksters.end(),
                           [](Learner* l) { return l->closed(); });
    }));
    for (std::size_t i = 0; i < bad.size(); ++i) {
        INFO(bad[i].first);
        CHECK(pranksters[i]->closeInfo().reason == net::CloseReason::Misbehaving);
        REQUIRE(pranksters[i]->count<core::ErrorMsg>() == 1);
        CHECK(pranksters[i]->count<core::WelcomeMsg>() == 0);
    }
    CHECK(pranksters[4]->last<core::ErrorMsg>()->reason == "bad message: oversize");
    CHECK(pranksters[8]->last<core::ErrorMsg>()->reason == "message too large");

    // A join flood from one address: the first burst gets in, the rest is told to wait.
    std::vector<Learner*> flood;
    for (int i = 0; i < 40; ++i)
        flood.push_back(&h.connect());
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(flood.begin(), flood.end(), [](Learner* l) { return l->connected(); });
    }));
    for (std::size_t i = 0; i < flood.size(); ++i)
        flood[i]->client().send(
            core::JoinMsg{core::kProtocolVersion, kTestPin, {"Lũ " + std::to_string(i)}, false});
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(flood.begin(), flood.end(), [](Learner* l) {
            return l->count<core::WelcomeMsg>() + l->count<core::JoinRefusedMsg>() == 1;
        });
    }));
    std::size_t rateLimited = 0;
    for (Learner* l : flood)
        if (auto refused = l->last<core::JoinRefusedMsg>()) {
            CHECK(refused->reason == core::JoinRefusal::RateLimited);
            ++rateLimited;
        }
    // The honest three joined from the same address a moment ago and used 3 of the burst.
    CHECK(rateLimited >= flood.size() - static_cast<std::size_t>(config.joinBurstPerAddress));
    CHECK(rateLimited < flood.size());
    for (Learner* l : flood)
        h.drop(*l);  // gone: they no longer hold the question open

    // The match goes on while a joined prankster floods answers and the noise continues.
    clock->advance(200);  // exactly one join token back for this address (5 a second)
    Learner& spammer = h.join("Spam");
    h.command(CmdStart{});
    REQUIRE(h.waitPhase(Phase::Question, 0));
    for (int i = 0; i < 100; ++i)
        answer(spammer, 0, {static_cast<std::uint8_t>(i % 4)});
    sprayUdp(h.port(), rng, 500);
    REQUIRE(h.pumpUntil([&] { return spammer.closed(); }));
    CHECK(spammer.closeInfo().reason == net::CloseReason::Misbehaving);
    CHECK(spammer.last<core::ErrorMsg>()->reason == "too many messages");

    REQUIRE(h.pumpUntil([&] {
        return std::all_of(honest.begin(), honest.end(),
                           [](Learner* l) { return l->count<core::QuestionMsg>() == 1; });
    }));
    for (Learner* l : honest)
        answer(*l, 0, {1});
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(honest.begin(), honest.end(),
                           [](Learner* l) { return ackFor(*l, 0).has_value(); });
    }));
    // The dropped flooders are still within their rejoin grace: the question runs its time.
    clock->advance(5'000);
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(honest.begin(), honest.end(),
                           [](Learner* l) { return l->count<core::RevealMsg>() == 1; });
    }));
    for (Learner* l : honest) {
        CHECK(ackFor(*l, 0) == AnswerRefusal::None);
        CHECK(l->last<core::RevealMsg>()->correctAnswer);
        CHECK(l->connected());
        CHECK(l->badMessages() == 0);
    }
    CHECK(huge.inbox().empty());
    ResultsFile results(h.server().storePath());
    auto answers = results.answers(h.server().matchId());
    // The spammer's first answer was accepted before the flood tripped the limit.
    CHECK(answers.size() == 4);
}

TEST_CASE("a connection being closed is not served: a prankster cannot join in the same burst") {
    TempDir dir;
    Harness h(testConfig(writeTestPack(dir.path()), dir.str()));
    Learner& prankster = h.connect();
    REQUIRE(h.pumpUntil([&] { return prankster.connected(); }));
    // A burst of wrong-PIN joins empties the message bucket mid-burst, so the server starts
    // closing; the burst's last packets, a join with the right PIN among them, still arrive.
    const auto burst = h.config().messageBurstPerPeer + 5;
    for (std::uint32_t i = 0; i < burst; ++i)
        prankster.client().send(core::JoinMsg{core::kProtocolVersion, 111111, {"Trêu"}, false});
    for (int i = 0; i < 3; ++i)
        prankster.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {"Trêu"}, false});
    REQUIRE(h.pumpUntil([&] { return prankster.closed(); }));
    h.pumpFor(200);
    CHECK(prankster.count<core::WelcomeMsg>() == 0);
    CHECK(h.snapshot()->players.empty());
    // An honest learner still joins.
    h.join("Bà Năm");
    CHECK(h.pumpUntil([&] { return h.snapshot()->players.size() == 1; }));
    h.pumpFor(100);
    CHECK(h.snapshot()->players.size() == 1);
}

TEST_CASE("one LAN address cannot fill the room: its connections are capped, others join") {
    std::vector<std::string> lan = net::lanAddresses();
    if (lan.empty()) {
        MESSAGE("skipped: this machine has no LAN address to connect from");
        return;
    }
    TempDir dir;
    Harness h(testConfig(writeTestPack(dir.path()), dir.str()));
    const std::uint32_t cap = h.config().connectionsPerAddress;
    std::vector<Learner*> flood;
    for (std::uint32_t i = 0; i < cap + 4; ++i)
        flood.push_back(&h.connect(core::kProtocolVersion, lan.front()));
    h.pumpFor(500);
    auto open = std::count_if(flood.begin(), flood.end(),
                              [](Learner* l) { return l->connected() && !l->closed(); });
    auto full = std::count_if(flood.begin(), flood.end(), [](Learner* l) {
        return l->closed() && l->closeInfo().reason == net::CloseReason::ServerFull;
    });
    CHECK(open == cap);
    CHECK(full == 4);
    // A phone at another address (here the laptop itself) joins at once.
    h.join("Bà Năm");
    CHECK(h.pumpUntil([&] { return h.snapshot()->players.size() == 1; }));
}

TEST_CASE("the snapshot's version changes when its content does, and only then") {
    TempDir dir;
    LoopbackHarness h(loopbackConfig(writeTestPack(dir.path()), dir.str()));
    const auto idle = h.snapshot()->version;
    for (int tick = 0; tick < 20; ++tick)
        h.advance(50);  // an idle lobby: a published snapshot every tick, nothing new to draw
    CHECK(h.snapshot()->version == idle);
    h.join("Bà Năm");
    h.step();
    REQUIRE(h.snapshot()->players.size() == 1);
    CHECK(h.snapshot()->version > idle);
    const auto joined = h.snapshot()->version;
    for (int tick = 0; tick < 20; ++tick)
        h.advance(50);
    CHECK(h.snapshot()->version == joined);
}
