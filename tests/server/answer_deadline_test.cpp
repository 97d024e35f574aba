// The answer deadline at exact instants (design.md §6: "answeredAt is the arrival time minus
// half the round trip"), over the loopback transport and a ManualClock: the server is not
// stepped while time passes, so the answer arrives while the question is still open.
#include <doctest/doctest.h>

#include "loopback_harness.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;
using core::AnswerRefusal;

TEST_CASE("an answer counts when it was sent by the deadline, to the ms, round trip included") {
    TempDir dir;
    LoopbackHarness h(loopbackConfig(writeTestPack(dir.path()), dir.str()));  // 5 s questions
    Phone& learner = h.join("An");
    h.join("Bình");  // who never answers: the question stays open until its time is up
    h.command(CmdStart{});
    REQUIRE(learner.count<core::QuestionMsg>() == 1);
    REQUIRE(learner.last<core::QuestionMsg>()->timeLimitMs == 5000);

    auto answerAt = [&](core::Millis afterOpening, std::uint32_t halfRoundTripMs) {
        learner.client().setHalfRoundTripMs(halfRoundTripMs);
        h.clock().advance(afterOpening);
        learner.answer(0, {1});
        h.step();
        REQUIRE(learner.count<core::AnswerAckMsg>() == 1);
        return learner.last<core::AnswerAckMsg>()->refusal;
    };
    SUBCASE("at the deadline itself: counted") {
        CHECK(answerAt(5000, 0) == AnswerRefusal::None);
    }
    SUBCASE("a millisecond after it: late") {
        CHECK(answerAt(5001, 0) == AnswerRefusal::Late);
    }
    SUBCASE("100 ms after it over a link with a 100 ms half round trip: counted") {
        CHECK(answerAt(5100, 100) == AnswerRefusal::None);
    }
    SUBCASE("the round trip is taken into account up to rttCompensationCapMs (150 ms) only") {
        CHECK(answerAt(5151, 400) == AnswerRefusal::Late);
    }
    CHECK(h.snapshot()->phase == core::Phase::Reveal);  // the question closed at that tick
    ResultsFile results(h.server().storePath());
    const std::size_t stored = results.answers(h.server().matchId()).size();
    CHECK(stored == (learner.last<core::AnswerAckMsg>()->refusal == AnswerRefusal::None ? 1 : 0));
}
