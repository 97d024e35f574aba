// Practice scheduler (design.md §4, practice.hpp): Leitner boxes, the next-question picker,
// per-topic mastery, and progress that survives a cereal round trip.
#include <doctest/doctest.h>

#include <cereal/archives/binary.hpp>
#include <sstream>

#include "core_test_support.hpp"
#include "dovui/core/practice.hpp"

using namespace dovui::core;
using dovui::core::test::singleQuestion;

namespace {

/// Six questions: s1..s4 on "sms", c1..c2 on "call", plus a poll that is never practised.
Pack practicePack() {
    Pack pack;
    pack.id = "practice";
    pack.title = "Gói luyện tập";
    pack.topics = {
        {"sms", "Lừa đảo qua tin nhắn"}, {"call", "Cuộc gọi giả danh"}, {"empty", "Trống"}};
    for (const char* id : {"s1", "s2", "s3", "s4"})
        pack.questions.push_back(singleQuestion(id));
    for (const char* id : {"c1", "c2"}) {
        pack.questions.push_back(singleQuestion(id));
        pack.questions.back().topics = {"call"};
    }
    Question poll = singleQuestion("poll");
    poll.kind = QuestionKind::Poll;
    poll.correct.clear();
    pack.questions.push_back(poll);
    return pack;
}

PracticeProgress fresh() {
    PracticeProgress progress;
    progress.packId = "practice";
    return progress;
}

const std::string& idOf(const Pack& pack, std::optional<std::size_t> index) {
    REQUIRE(index.has_value());
    return pack.questions[*index].id;
}

/// Asks `answers.size()` questions in a row; returns the ids asked.
std::vector<std::string> play(const Pack& pack, PracticeProgress& progress,
                              const PracticeFilter& filter, std::int32_t day,
                              const std::vector<bool>& answers) {
    std::vector<std::string> asked;
    for (bool right : answers) {
        auto next = pickNext(pack, progress, filter, day);
        REQUIRE(next.has_value());
        asked.push_back(pack.questions[*next].id);
        recordAnswer(progress, pack.questions[*next], right, day);
    }
    return asked;
}

}  // namespace

SCENARIO("Leitner boxes: right moves up one box, wrong goes back to box 1") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    const Question& q = pack.questions[0];

    GIVEN("a question never answered") {
        CHECK(cardFor(progress, "s1").box == 1);
        CHECK(isDue(cardFor(progress, "s1"), 100, 0));
    }
    WHEN("it is answered right on day 100") {
        recordAnswer(progress, q, true, 100);
        THEN("it moves to box 2, due the next day") {
            CHECK(progress.cards["s1"].box == 2);
            CHECK(progress.cards["s1"].dueDay == 101);
            CHECK_FALSE(isDue(progress.cards["s1"], 100, progress.turn));
            CHECK(isDue(progress.cards["s1"], 101, progress.turn));
        }
        AND_WHEN("it is right again on days 101, 104, 111") {
            recordAnswer(progress, q, true, 101);
            CHECK(progress.cards["s1"].box == 3);
            CHECK(progress.cards["s1"].dueDay == 104);
            recordAnswer(progress, q, true, 104);
            recordAnswer(progress, q, true, 111);
            THEN("it reaches the last box and stays there") {
                CHECK(progress.cards["s1"].box == kBoxCount);
                recordAnswer(progress, q, true, 200);
                CHECK(progress.cards["s1"].box == kBoxCount);
                CHECK(progress.cards["s1"].dueDay == 200 + kBoxIntervalDays[kBoxCount]);
            }
        }
        AND_WHEN("it is right again the same day (practised ahead)") {
            recordAnswer(progress, q, true, 100);
            THEN("it keeps its box: cramming does not count as learning") {
                CHECK(progress.cards["s1"].box == 2);
                CHECK(progress.cards["s1"].timesRight == 2);
            }
        }
        AND_WHEN("it is wrong later") {
            recordAnswer(progress, q, true, 101);
            recordAnswer(progress, q, false, 104);
            THEN("it is back in box 1, due after the retry gap") {
                const CardState& card = progress.cards["s1"];
                CHECK(card.box == 1);
                CHECK(card.lastWrong);
                CHECK(card.timesWrong == 1);
                CHECK_FALSE(isDue(card, 104, progress.turn));
                CHECK(isDue(card, 104, progress.turn + kRetryGap));
            }
        }
    }
}

TEST_CASE("picker: new questions come in pack order, one topic at a time or mixed") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    auto sms = play(pack, progress, PracticeFilter{"sms"}, 10, {true, true, true, true});
    CHECK(sms == std::vector<std::string>{"s1", "s2", "s3", "s4"});

    PracticeProgress mixed = fresh();
    auto all = play(pack, mixed, PracticeFilter{}, 10, {true, true, true, true, true, true});
    CHECK(all == std::vector<std::string>{"s1", "s2", "s3", "s4", "c1", "c2"});
}

TEST_CASE("picker: polls and topics without questions give nothing to practise") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    CHECK_FALSE(pickNext(pack, progress, PracticeFilter{"empty"}, 1).has_value());
    CHECK_FALSE(pickNext(pack, progress, PracticeFilter{"nope"}, 1).has_value());
    CHECK(packMastery(pack, progress, 1).total == 6);
}

TEST_CASE("picker: a missed question comes back after three others, sooner than the rest") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    // s1 wrong; then s2, s3, s4 right; s1 must come back before c1 and c2.
    auto asked =
        play(pack, progress, PracticeFilter{}, 10, {false, true, true, true, true, true, true});
    CHECK(asked == std::vector<std::string>{"s1", "s2", "s3", "s4", "s1", "c1", "c2"});
}

TEST_CASE("picker: with only a few questions a missed one returns as soon as it can") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    auto asked = play(pack, progress, PracticeFilter{"call"}, 10, {false, true, true});
    // c1 missed; c2 asked; everything else waits, so c1 is asked again, then c2 ahead.
    CHECK(asked == std::vector<std::string>{"c1", "c2", "c1"});
    CHECK(progress.cards["c1"].box == 2);
}

TEST_CASE("picker: never the same question twice in a row while another is available") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    auto asked = play(pack, progress, PracticeFilter{"call"}, 10,
                      {false, false, false, false, false, false});
    for (std::size_t i = 1; i < asked.size(); ++i)
        CHECK(asked[i] != asked[i - 1]);
}

TEST_CASE("picker: on a later day due reviews come first, lowest box first") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    play(pack, progress, PracticeFilter{"sms"}, 10, {true, true, true, true});
    // Day 11: s1..s4 are in box 2 and due. Push s3 to box 3.
    recordAnswer(progress, pack.questions[2], true, 11);
    CHECK(progress.cards["s3"].box == 3);
    // Day 14: s1, s2, s4 (box 2) and s3 (box 3, due day 14) are due; box 2 goes first.
    auto asked = play(pack, progress, PracticeFilter{"sms"}, 14, {true, true, true, true});
    CHECK(asked == std::vector<std::string>{"s1", "s2", "s4", "s3"});
}

TEST_CASE("picker: the same progress and day always give the same question") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    play(pack, progress, PracticeFilter{}, 3, {true, false, true, false, true});
    auto a = pickNext(pack, progress, PracticeFilter{}, 3);
    auto b = pickNext(pack, progress, PracticeFilter{}, 3);
    CHECK(a == b);
    CHECK(idOf(pack, a) == idOf(pack, b));
}

TEST_CASE("mastery: per-topic counts of mastered, learning and unseen questions") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    for (std::size_t i : {0u, 1u})  // s1, s2: right on days 1 and 2 → box 3, mastered
        for (std::int32_t day : {1, 2})
            recordAnswer(progress, pack.questions[i], true, day);
    recordAnswer(progress, pack.questions[2], false, 2);  // s3 missed
    recordAnswer(progress, pack.questions[4], true, 2);   // c1 learning

    auto rows = topicMastery(pack, progress, 2);
    REQUIRE(rows.size() == 2);  // "empty" has no questions and is left out
    CHECK(rows[0].topicId == "sms");
    CHECK(rows[0].name == "Lừa đảo qua tin nhắn");
    CHECK(rows[0].total == 4);
    CHECK(rows[0].mastered == 2);
    CHECK(rows[0].learning == 1);
    CHECK(rows[0].unseen == 1);
    CHECK(rows[1].topicId == "call");
    CHECK(rows[1].mastered == 0);
    CHECK(rows[1].learning == 1);
    CHECK(rows[1].unseen == 1);

    TopicMastery all = packMastery(pack, progress, 2);
    CHECK(all.total == 6);
    CHECK(all.mastered == 2);
    CHECK(all.learning == 2);
    CHECK(all.unseen == 2);
}

TEST_CASE("progress: keyed by question id and serialisable with cereal") {
    Pack pack = practicePack();
    PracticeProgress progress = fresh();
    play(pack, progress, PracticeFilter{}, 5, {true, false, true});
    std::stringstream bytes;
    {
        cereal::BinaryOutputArchive out(bytes);
        out(progress);
    }
    PracticeProgress back;
    {
        cereal::BinaryInputArchive in(bytes);
        in(back);
    }
    CHECK(back == progress);
    CHECK(back.cards.size() == 3);
}
