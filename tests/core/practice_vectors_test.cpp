// One set of practice rules (issue 14): the C++ scheduler and grading write the vectors that
// the phone page's practice.js must reproduce (tests/web/practice_vectors.test.mjs replays
// them). The file is golden: a rule change here fails until the file is rewritten with
// DOVUI_UPDATE_GOLDEN=1 and the page follows.
#include <doctest/doctest.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <random>

#include "core_test_support.hpp"
#include "dovui/core/practice.hpp"
#include "dovui/core/scoring.hpp"
#include "golden_text.hpp"

using namespace dovui::core;
using dovui::core::test::makeQuestion;

namespace {

Pack vectorPack() {
    Pack pack;
    pack.id = "vectors";
    pack.title = "Vectors";
    pack.topics = {{"sms", "Tin nhắn"}, {"call", "Cuộc gọi"}};
    auto add = [&](Question q, std::vector<std::string> topics) {
        q.topics = std::move(topics);
        pack.questions.push_back(std::move(q));
    };
    add(makeQuestion("s1", QuestionKind::Single, {"A", "B", "C"}, {2}), {"sms"});
    add(makeQuestion("s2", QuestionKind::TrueFalse, {"Đúng", "Sai"}, {1}), {"sms"});
    add(makeQuestion("s3", QuestionKind::Multi, {"A", "B", "C", "D"}, {0, 2, 3}), {"sms", "call"});
    add(makeQuestion("c1", QuestionKind::Order, {"A", "B", "C", "D"}, {1, 0, 3, 2}), {"call"});
    add(makeQuestion("c2", QuestionKind::Single, {"A", "B", "C", "D"}, {0}), {"call"});
    add(makeQuestion("p1", QuestionKind::Poll, {"Có", "Không"}, {}), {"sms"});
    add(makeQuestion("s4", QuestionKind::Single, {"A", "B"}, {1}), {"sms"});
    return pack;
}

template <class W>
void writeIndexes(W& w, const std::vector<std::uint8_t>& values) {
    w.StartArray();
    for (auto v : values)
        w.Int(v);
    w.EndArray();
}

/// The whole vector file: the pack, 60 scripted steps over 12 days, and grading cases.
std::string makeVectors() {
    Pack pack = vectorPack();
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("pack");
    w.StartObject();
    w.Key("id");
    w.String(pack.id.c_str());
    w.Key("topics");
    w.StartArray();
    for (const Topic& t : pack.topics) {
        w.StartObject();
        w.Key("id");
        w.String(t.id.c_str());
        w.Key("name");
        w.String(t.name.c_str());
        w.EndObject();
    }
    w.EndArray();
    w.Key("questions");
    w.StartArray();
    for (const Question& q : pack.questions) {
        w.StartObject();
        w.Key("id");
        w.String(q.id.c_str());
        w.Key("kind");
        w.String(kindName(q.kind));
        w.Key("options");
        w.StartArray();
        for (const std::string& o : q.options)
            w.String(o.c_str());
        w.EndArray();
        w.Key("correct");
        writeIndexes(w, q.correct);
        w.Key("topics");
        w.StartArray();
        for (const std::string& t : q.topics)
            w.String(t.c_str());
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();

    std::mt19937 random(2026);  // seeded: the same file every run
    PracticeProgress progress;
    progress.packId = pack.id;
    std::int32_t day = 20'000;
    w.Key("steps");
    w.StartArray();
    for (int step = 0; step < 60; ++step) {
        if (step % 5 == 4)
            day += static_cast<std::int32_t>(random() % 4);  // some days pass, some not
        std::optional<std::string> topic;
        if (step >= 20 && step < 35)
            topic = "call";
        auto picked = pickNext(pack, progress, PracticeFilter{topic}, day);
        REQUIRE(picked);
        const Question& q = pack.questions[*picked];
        bool correct = random() % 3 != 0;
        recordAnswer(progress, q, correct, day);
        CardState card = cardFor(progress, q.id);
        w.StartObject();
        w.Key("day");
        w.Int(day);
        w.Key("topic");
        topic ? w.String(topic->c_str()) : w.Null();
        w.Key("picked");
        w.String(q.id.c_str());
        w.Key("correct");
        w.Bool(correct);
        w.Key("card");
        w.StartObject();
        w.Key("box");
        w.Int(card.box);
        w.Key("dueDay");
        w.Int(card.dueDay);
        w.Key("retryTurn");
        w.Int64(card.retryTurn);
        w.Key("lastTurn");
        w.Int64(card.lastTurn);
        w.Key("timesRight");
        w.Uint(card.timesRight);
        w.Key("timesWrong");
        w.Uint(card.timesWrong);
        w.Key("lastWrong");
        w.Bool(card.lastWrong);
        w.EndObject();
        w.Key("mastered");
        w.Int(packMastery(pack, progress, day).mastered);
        w.EndObject();
    }
    w.EndArray();

    const std::vector<std::pair<std::string, Choice>> cases = {
        {"s1", {2}},          {"s1", {0}},          {"s1", {0, 1}},
        {"s1", {5}},          {"s2", {1}},          {"s2", {0}},
        {"s3", {0, 2, 3}},    {"s3", {0, 2}},       {"s3", {0, 1}},
        {"s3", {0, 1, 2, 3}}, {"s3", {1}},          {"s3", {0, 0}},
        {"c1", {1, 0, 3, 2}}, {"c1", {1, 0, 2, 3}}, {"c1", {0, 1, 2, 3}},
        {"c1", {1, 0}},       {"p1", {0}},          {"s4", {}}};
    w.Key("grades");
    w.StartArray();
    for (const auto& [id, choice] : cases) {
        const Question& q = *std::find_if(pack.questions.begin(), pack.questions.end(),
                                          [&](const Question& x) { return x.id == id; });
        Grade g = grade(q, choice);
        w.StartObject();
        w.Key("question");
        w.String(id.c_str());
        w.Key("choice");
        writeIndexes(w, choice);
        w.Key("credit");
        w.Double(g.credit);
        w.Key("correct");
        w.Bool(g.correct);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

TEST_CASE("the practice vectors the phone page replays are the core's own") {
    dovui::core::test::checkGoldenText(
        "practice_vectors.json", makeVectors(),
        "the practice rules changed: rewrite tests/golden/practice_vectors.json with "
        "DOVUI_UPDATE_GOLDEN=1, then make assets/web/practice.js follow (the web test "
        "practice_vectors replays the file)");
}
