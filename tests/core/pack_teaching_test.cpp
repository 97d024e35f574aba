// What a question teaches (issue 13): schema 2's difficulty, techniques and genuine cards,
// the spot kind's spans, and the guessability figures `dovui-pack check` prints.
#include <doctest/doctest.h>

#include "dovui/core/match.hpp"
#include "dovui/core/pack.hpp"
#include "dovui/core/pack_audit.hpp"
#include "dovui/core/protocol.hpp"
#include "dovui/core/scoring.hpp"

using namespace dovui::core;
using Code = PackProblem::Code;

namespace {

std::string pack2(const std::string& questions) {
    return R"({ "schemaVersion": 2, "id": "p", "language": "vi", "title": "T",
      "topics": [ { "id": "sms", "name": "Tin nhắn" } ], "questions": [ )" +
           questions + " ] }";
}

const char* kSmsCard = R"("card": { "type": "sms", "genuine": false, "sender": "SenVangBank",
    "time": "21:10", "body": "Tai khoan bi khoa. Xac thuc: senvang-baomat[.]vip truoc 23h59")";

std::string spotQuestion(const std::string& spans, const std::string& correct = "[1]") {
    std::string card = kSmsCard;
    card.insert(card.rfind('"') + 1, R"(, "spans": )" + spans);
    return R"({ "id": "s-1", "kind": "spot", "text": "Chạm vào chỗ đáng ngờ.", "correct": )" +
           correct + R"(, "difficulty": 2, "techniques": ["link-app"],
           "explanation": "Đường link lạ: không bấm.", "topics": ["sms"], )" +
           card + " } }";
}

bool has(const PackLoadResult& r, Code code, const std::string& field) {
    for (const PackProblem& p : r.problems)
        if (p.code == code && p.field == field)
            return true;
    return false;
}

Question single(std::vector<std::string> options, uint8_t key) {
    Question q;
    q.kind = QuestionKind::Single;
    q.options = std::move(options);
    q.correct = {key};
    return q;
}

}  // namespace

TEST_CASE("schema 2 requires what a question teaches") {
    PackLoadResult r = parsePack(pack2(R"({ "id": "a", "kind": "single", "text": "?",
        "options": ["x", "y"], "correct": [0], "explanation": "e", "topics": ["sms"],
        "card": { "type": "sms", "sender": "A", "body": "B" } })"));
    CHECK(has(r, Code::MissingField, "difficulty"));
    CHECK(has(r, Code::MissingField, "techniques"));
    CHECK(has(r, Code::MissingField, "card.genuine"));
    CHECK_FALSE(r.pack);
}

TEST_CASE("difficulty, techniques, series and genuine are read and checked") {
    PackLoadResult ok = parsePack(pack2(R"({ "id": "a", "kind": "single", "text": "?",
        "options": ["x", "y"], "correct": [0], "explanation": "e", "topics": ["sms"],
        "difficulty": 3, "techniques": ["impersonation", "otp-password"], "series": "bank",
        "card": { "type": "sms", "genuine": true, "sender": "A", "body": "B" } })"));
    INFO((ok.problems.empty() ? "" : describe(ok.problems[0], Lang::En)));
    REQUIRE(ok.pack);
    const Question& q = ok.pack->questions[0];
    CHECK(q.difficulty == 3);
    CHECK(q.techniques == std::vector{Technique::Impersonation, Technique::OtpPassword});
    CHECK(q.series == "bank");
    CHECK(q.genuineCard);

    PackLoadResult bad = parsePack(pack2(R"({ "id": "a", "kind": "single", "text": "?",
        "options": ["x", "y"], "correct": [0], "explanation": "e", "topics": ["sms"],
        "difficulty": 4, "techniques": ["phishing"] })"));
    CHECK(has(bad, Code::BadDifficulty, "difficulty"));
    CHECK(has(bad, Code::UnknownTechnique, "techniques"));
}

TEST_CASE("a spot question's options are its card's spans, found by their words") {
    PackLoadResult r = parsePack(pack2(spotQuestion(
        R"([ { "field": "sender", "text": "SenVangBank" },
             { "field": "body", "text": "senvang-baomat[.]vip" },
             { "field": "time", "text": "21:10" } ])")));
    INFO((r.problems.empty() ? "" : describe(r.problems[0], Lang::En)));
    REQUIRE(r.pack);
    const Question& q = r.pack->questions[0];
    CHECK(q.kind == QuestionKind::Spot);
    CHECK(q.options == std::vector<std::string>{"SenVangBank", "senvang-baomat[.]vip", "21:10"});
    REQUIRE(q.card->spans.size() == 3);
    CHECK(q.card->spans[1].field == "body");
    CHECK(q.card->spans[1].begin == 29);
    CHECK(q.card->spans[1].end == 29 + 20);
    CHECK(q.card->spans[2].id == "s3");
    CHECK(grade(q, {1}).correct);
    CHECK_FALSE(grade(q, {0}).correct);
    CHECK_FALSE(isWellFormedChoice(q, {3}));
    CHECK_FALSE(isWellFormedChoice(q, {0, 1}));
}

TEST_CASE("bad spot questions say what is wrong with their spans") {
    SUBCASE("words that are not in the field") {
        auto r = parsePack(pack2(spotQuestion(R"([ { "field": "body", "text": "nope" },
            { "field": "sender", "text": "SenVangBank" } ])")));
        CHECK(has(r, Code::BadSpan, "card.spans[0].text"));
    }
    SUBCASE("a field the card does not have") {
        auto r = parsePack(pack2(spotQuestion(R"([ { "field": "url", "text": "x" },
            { "field": "sender", "text": "SenVangBank" } ])")));
        CHECK(has(r, Code::BadSpan, "card.spans[0].field"));
    }
    SUBCASE("one span is no choice") {
        auto r = parsePack(
            pack2(spotQuestion(R"([ { "field": "sender", "text": "SenVangBank" } ])", "[0]")));
        CHECK(has(r, Code::BadSpan, "card.spans"));
    }
    SUBCASE("overlapping spans") {
        auto r = parsePack(pack2(spotQuestion(R"([ { "field": "body", "text": "Tai khoan" },
            { "field": "body", "text": "khoan bi" } ])")));
        CHECK(has(r, Code::BadSpan, "card.spans[1]"));
    }
    SUBCASE("options given by hand") {
        std::string q = spotQuestion(R"([ { "field": "sender", "text": "SenVangBank" },
            { "field": "time", "text": "21:10" } ])");
        q.insert(1, R"( "options": ["a", "b"],)");
        CHECK(has(parsePack(pack2(q)), Code::BadSpan, "options"));
    }
    SUBCASE("the key is one span") {
        auto r = parsePack(pack2(spotQuestion(R"([ { "field": "sender", "text": "SenVangBank" },
            { "field": "time", "text": "21:10" } ])",
                                              "[0, 1]")));
        CHECK(has(r, Code::BadCorrect, "correct"));
    }
}

TEST_CASE("the reveal says whether the card was genuine, and names its techniques") {
    RevealMsg reveal;
    reveal.cardVerdict = CardVerdict::Genuine;
    reveal.techniques = {Technique::Transfer};
    std::string bytes = encode(ServerMsg{reveal});
    auto ok = decodeServerMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    REQUIRE(ok);
    CHECK(std::get<RevealMsg>(*ok.msg).cardVerdict == CardVerdict::Genuine);
    bytes.back() = 8;  // the last technique, one past Transfer
    auto bad = decodeServerMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    CHECK(bad.error.code == DecodeErrorCode::BadValue);
}

TEST_CASE("guessability figures count what a guesser would use") {
    std::vector<Question> qs;
    // Ten single-choice questions, the key always the longest and always last.
    for (int i = 0; i < 10; ++i)
        qs.push_back(single({"Gác máy", "Hỏi lại", "Không bấm; tự mở ứng dụng ngân hàng"}, 2));
    Question tf;
    tf.kind = QuestionKind::TrueFalse;
    tf.options = {"Đúng", "Sai"};
    tf.correct = {1};
    tf.card = ScenarioCard{SmsCard{"A", "", "B"}, {}};
    for (int i = 0; i < 6; ++i)
        qs.push_back(tf);
    std::vector<const Question*> ptrs;
    for (const Question& q : qs)
        ptrs.push_back(&q);
    GuessFigures f = measureGuessability(ptrs);
    CHECK(f.singles == 10);
    CHECK(f.singleLongestCorrect == 10);
    CHECK(f.keysAt[3][2] == 10);
    CHECK(f.tfCard == 6);
    CHECK(f.tfCardTrue == 0);
    CHECK(f.cards == 6);
    CHECK(f.genuineCards == 0);
    std::vector<AuditRule> rules;
    for (const AuditWarning& w : guessWarnings(f))
        rules.push_back(w.rule);
    CHECK(rules == std::vector{AuditRule::LongestCorrect, AuditRule::KeyPosition,
                               AuditRule::TrueFalseCard, AuditRule::FewGenuine});

    // Balanced: keys spread, the longest option wrong as often as right, genuine cards mixed.
    qs.clear();
    for (uint8_t i = 0; i < 12; ++i) {
        std::vector<std::string> options{"Gọi lại số in sau thẻ", "Bấm vào link để xem",
                                         "Chuyển trước một ít tiền"};
        qs.push_back(single(options, static_cast<uint8_t>(i % 3)));
        tf.correct = {static_cast<uint8_t>(i % 2)};
        tf.genuineCard = i % 2 == 0;
        qs.push_back(tf);
    }
    ptrs.clear();
    for (const Question& q : qs)
        ptrs.push_back(&q);
    CHECK(guessWarnings(measureGuessability(ptrs)).empty());
}

TEST_CASE("an explanation must name the technique it is tagged with") {
    CHECK(explanationNames("Đây là chiêu GIẢ DANH công an.", Technique::Impersonation));
    CHECK(explanationNames("Kẻ gian hối thúc để bác không kịp hỏi.", Technique::Urgency));
    CHECK_FALSE(explanationNames("Gác máy, gọi số in sau thẻ.", Technique::Secrecy));
    Pack pack;
    Question q = single({"a", "b"}, 0);
    q.id = "x";
    q.techniques = {Technique::Secrecy};
    q.explanation = "Gác máy.";
    pack.questions = {q};
    auto warnings = teachingWarnings(pack, Lang::En);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("\"Keep it secret\"") != std::string::npos);
    CHECK(parseTechnique("link-app") == Technique::LinkApp);
    CHECK_FALSE(parseTechnique("phishing"));
}

TEST_CASE("easy first: plain questions are asked before disguised ones, pack order kept") {
    std::vector<Question> qs;
    for (auto [id, difficulty] : std::vector<std::pair<const char*, uint8_t>>{
             {"hard", 3}, {"plain-a", 1}, {"mid", 2}, {"plain-b", 1}}) {
        Question q = single({"a", "b"}, 0);
        q.id = id;
        q.difficulty = difficulty;
        qs.push_back(q);
    }
    auto pack = std::make_shared<Pack>();
    pack->questions = qs;
    MatchConfig config;
    config.easyFirst = true;
    config.questionLimit = 3;
    Match easy(pack, config);
    std::vector<std::string> order;
    for (std::size_t i = 0; i < easy.questionCount(); ++i)
        order.push_back(easy.pack().questions[i].id);
    CHECK(order == std::vector<std::string>{"plain-a", "plain-b", "mid"});
    Match listed(pack, {});
    CHECK(listed.pack().questions.front().id == "hard");
    CHECK(pack->questions.front().id == "hard");  // the shared pack itself is untouched
}
