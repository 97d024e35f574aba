// dovui-report: statistics and rendering from a MatchRecord (no store, no files).
#include <doctest/doctest.h>

#include <algorithm>

#include "html_page.hpp"
#include "match_render.hpp"
#include "match_stats.hpp"
#include "summary.hpp"

using namespace dovui::report;

namespace {

MatchRecord teamsMatch() {
    MatchRecord m;
    m.id = 7;
    m.place = "Nhà văn hóa <thôn 3>";
    m.packTitle = "Buổi học";
    m.mode = "teams";
    m.teamNames = {"Thôn Đông", "Thôn Tây"};
    m.startedAt = 1'790'000'000;
    m.topicNames = {{"sms", "Tin nhắn"}};
    m.players = {{1, "Bà Năm", 1, 1500, 2, false, false, false, "", 0},
                 {2, "Ông Tư", 2, 1500, 1, false, true, false, "", 0},
                 {3, "=cmd", 2, 900, 1, false, false, false, "", 0}};
    using Ids = std::vector<std::string>;
    m.questions = {{0,
                    "q1",
                    "single",
                    "Câu một?",
                    {"A", "B", "C"},
                    {2},
                    {"sms"},
                    "Vì…",
                    0,
                    false,
                    Ids{"impersonation", "otp-password"},
                    1,
                    false},
                   {1,
                    "q2",
                    "multi",
                    "Câu hai?",
                    {"A", "B", "C"},
                    {0, 2},
                    {"sms"},
                    "Vì…",
                    0,
                    false,
                    Ids{"otp-password"},
                    2,
                    std::nullopt},
                   {2,
                    "q3",
                    "poll",
                    "Khảo sát?",
                    {"X", "Y"},
                    {},
                    {"sms"},
                    "Ý kiến",
                    0,
                    false,
                    Ids{},
                    1,
                    std::nullopt}};
    m.answers = {{0, 1, {2}, 1000, true, 900},  {0, 2, {2}, 3000, true, 700},
                 {0, 3, {0}, 2000, false, 0},   {1, 1, {2, 0}, 1500, true, 600},
                 {1, 2, {0}, 2500, false, 800}, {1, 3, {0, 2}, 500, true, 900},
                 {2, 1, {1}, 800, false, 0}};
    return m;
}

PracticeRecord practice(std::string learner, std::string name, std::string questionId,
                        std::vector<std::string> topics, bool correct, std::int64_t atMs) {
    PracticeRecord r;
    r.learner = std::move(learner);
    r.name = std::move(name);
    r.packTitle = "Buổi học";
    r.questionId = std::move(questionId);
    r.topics = std::move(topics);
    r.correct = correct;
    r.receivedAtMs = atMs;
    return r;
}

}  // namespace

SCENARIO("a match's statistics") {
    MatchRecord m = teamsMatch();
    MatchStats s = computeStats(m);
    THEN("equal scores share a rank, ties broken by right answers") {
        REQUIRE(s.ranking.size() == 3);
        CHECK(s.ranking[0].player->nickname == "Bà Năm");
        CHECK(s.ranking[0].rank == 1);
        CHECK(s.ranking[1].rank == 1);
        CHECK(s.ranking[2].rank == 3);
        CHECK(s.ranking[0].correct == 2);  // the poll never counts as right
        CHECK(s.ranking[0].answered == 3);
    }
    THEN("each question counts answers per option and the average time") {
        CHECK(s.questions[0].answered == 3);
        CHECK(s.questions[0].correct == 2);
        CHECK(s.questions[0].optionCounts == std::vector<int>{1, 0, 2});
        CHECK(s.questions[0].averageResponseMs == doctest::Approx(2000));
        CHECK(s.questions[1].optionCounts == std::vector<int>{3, 0, 2});
        CHECK_FALSE(s.questions[2].graded());
        CHECK(s.totalAnswers == 7);
        CHECK(s.gradedAnswers == 6);
        CHECK(s.correctAnswers == 4);
    }
    THEN("the questions to revisit are the graded ones with wrong answers") {
        REQUIRE(s.mostMissed.size() == 2);
        CHECK(s.mostMissed[0]->question->questionId == "q1");
    }
    THEN("team standings average the members' scores (teams are 1-based)") {
        REQUIRE(s.teams.size() == 2);
        CHECK(s.teams[0].name == "Thôn Đông");
        CHECK(s.teams[0].averageScore == doctest::Approx(1500));
        CHECK(s.teams[1].averageScore == doctest::Approx(1200));
        CHECK(m.teamName(m.players[2]) == "Thôn Tây");
    }
    THEN("a set of options reads in order, a sequence as tapped") {
        CHECK(choiceLetters(m.questions[1], {2, 0}) == "A+C");
        QuestionRecord order = m.questions[1];
        order.kind = "order";
        CHECK(choiceLetters(order, {2, 0, 1}) == "C→A→B");
    }
}

SCENARIO("rendered reports escape what players typed") {
    MatchRecord m = teamsMatch();
    MatchStats s = computeStats(m);
    std::string html = renderMatchHtml(m, s, Lang::Vi);
    CHECK(html.find("Nhà văn hóa &lt;thôn 3&gt;") != std::string::npos);
    CHECK(html.find("<thôn 3>") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    std::vector<NamedFile> files = renderMatchCsv(m, s, Lang::Vi);
    REQUIRE(files.size() == 5);
    CHECK(files[1].name == "ranking.csv");
    THEN("a nickname that looks like a formula stays text in Excel") {
        CHECK(files[1].content.find(",'=cmd,") != std::string::npos);
    }
    CHECK(escapeHtml("a\"b'c&") == "a&quot;b&#39;c&amp;");
}

SCENARIO("the summary adds up matches") {
    MatchRecord a = teamsMatch(), b = teamsMatch();
    b.id = 8;
    b.players[0].nickname = "bà năm";  // the same person, typed differently
    Summary s = summarize({a, b}, 0, std::int64_t{1} << 40);
    CHECK(s.matches.size() == 2);
    CHECK(s.participations == 6);
    CHECK(s.distinctPlayers == 3);
    CHECK(s.answers == 14);
    CHECK(s.graded.answers == 12);
    CHECK(s.graded.right == 8);
    REQUIRE(s.topics.count("Tin nhắn"));
    CHECK(s.topics["Tin nhắn"].begin()->second.answers == 12);
    REQUIRE(s.questions.size() == 2);  // polls are not "missed"
    CHECK(s.questions[0].timesAsked == 2);
    std::string html = renderSummaryHtml(s, Lang::En);
    CHECK(html.find("Summary of sessions") != std::string::npos);
}

SCENARIO("a skipped question and a learner kicked and let back in (issue 11)") {
    MatchRecord m = teamsMatch();
    m.questions[0].voided = true;  // the facilitator skipped q1 after three answers
    m.players.push_back({4, "Bà  năm", 1, 0, 0, false, false, false, "", 0});
    m.players[0].kicked = true;  // "Bà Năm" was removed, then came back as player 4
    MatchStats s = computeStats(m);
    THEN("the skipped question grades nobody and is never a most-missed question") {
        CHECK_FALSE(s.questions[0].graded());
        CHECK(s.gradedAnswers == 3);  // only q2's answers
        CHECK(s.correctAnswers == 2);
        for (const QuestionStats* missed : s.mostMissed)
            CHECK(missed->question->questionId != "q1");
    }
    THEN("right answers per learner leave the skipped question out") {
        auto tu = std::find_if(s.ranking.begin(), s.ranking.end(),
                               [](const RankedPlayer& r) { return r.player->id == 2; });
        REQUIRE(tu != s.ranking.end());
        CHECK(tu->correct == 0);  // right on q1 (skipped), wrong on q2
    }
    THEN("the re-admitted learner appears once") {
        CHECK(s.ranking.size() == 3);
        CHECK(std::none_of(s.ranking.begin(), s.ranking.end(),
                           [](const RankedPlayer& r) { return r.player->id == 1; }));
    }
    THEN("the report says the question was skipped") {
        std::string html = renderMatchHtml(m, s, Lang::Vi);
        CHECK(html.find("ĐÃ BỎ QUA") != std::string::npos);
    }
}

SCENARIO("self-practice answers are summed apart from the matches (issue 14)") {
    std::vector<PracticeRecord> records = {
        practice("phone-aaaa", "", "q1", {"Tin nhắn"}, true, 1000),
        practice("phone-aaaa", "", "q2", {"Tin nhắn", "Cuộc gọi"}, false, 2000),
        practice("phone-bbbb", "Bà Năm", "q1", {"Tin nhắn"}, true, 3000),
        practice("phone-cccc", "bà  năm", "q3", {"Cuộc gọi"}, false, 4000)};
    PracticeSummary p = summarizePractice(records);
    CHECK(p.phones == 3);
    CHECK(p.namedLearners == 1);  // the same name typed twice is one learner
    CHECK(p.answers == 4);
    CHECK(p.overall.right == 2);
    CHECK(p.topics["Tin nhắn"].answers == 3);
    CHECK(p.topics["Cuộc gọi"].right == 0);
    Summary s = summarize({teamsMatch()}, 0, std::int64_t{1} << 40);
    const int matchAnswers = s.answers;
    s.practice = p;
    std::string html = renderSummaryHtml(s, Lang::Vi);
    CHECK(html.find("Tự luyện tập trên điện thoại") != std::string::npos);
    CHECK(s.answers == matchAnswers);  // practice is not added into the match figures
    auto csvs = renderSummaryCsv(s, Lang::Vi);
    REQUIRE(csvs.size() == 8);  // and the three per-site files (issue 17)
    CHECK(csvs[4].name == "summary-practice.csv");
    CHECK(csvs[4].content.find("Cuộc gọi") != std::string::npos);
}

SCENARIO("accuracy per technique (issue 13)") {
    MatchRecord m = teamsMatch();
    MatchStats s = computeStats(m);
    THEN("an answer counts for each technique of its question, in the core's order") {
        REQUIRE(s.techniques.size() == 2);  // the poll is not graded
        CHECK(s.techniques[0].id == "impersonation");
        CHECK(s.techniques[0].group.questions == 1);
        CHECK(s.techniques[0].group.graded.answers == 3);
        CHECK(s.techniques[0].group.graded.right == 2);
        CHECK(s.techniques[1].id == "otp-password");
        CHECK(s.techniques[1].group.questions == 2);
        CHECK(s.techniques[1].group.graded.answers == 6);
        CHECK(s.techniques[1].group.graded.right == 4);
        CHECK(s.byCardVerdict[0].graded.answers == 3);  // q1's card is a scam
        CHECK(s.byCardVerdict[1].questions == 0);
    }
    THEN("the report shows them in Vietnamese, or English, and as a CSV") {
        std::string html = renderMatchHtml(m, s, Lang::Vi);
        CHECK(html.find("Tỉ lệ đúng theo thủ đoạn") != std::string::npos);
        CHECK(html.find("Hỏi mã OTP, mật khẩu") != std::string::npos);
        CHECK(renderMatchHtml(m, s, Lang::En).find("Asking for an OTP or password") !=
              std::string::npos);
        NamedFile csv = renderMatchCsv(m, s, Lang::Vi).back();
        CHECK(csv.name == "techniques.csv");
        CHECK(csv.content.find("otp-password,\"Hỏi mã OTP, mật khẩu\",2,6,4,67\r\n") !=
              std::string::npos);
    }
    WHEN("the store is older than techniques, or a question tags none") {
        m.questions[0].techniques.reset();
        m.questions[1].techniques = std::vector<std::string>{};
        MatchStats old = computeStats(m);
        REQUIRE(old.techniques.size() == 2);
        CHECK(old.techniques[0].id == kNoTechnique);
        CHECK(old.techniques[1].id == kUnrecordedTechnique);
        CHECK(renderMatchHtml(m, old, Lang::Vi).find("Chưa ghi (tệp kết quả cũ)") !=
              std::string::npos);
    }
    THEN("the summary has them by month") {
        Summary sum = summarize({m, m}, 0, std::int64_t{1} << 40);
        REQUIRE(sum.techniques.count("otp-password"));
        CHECK(sum.techniques["otp-password"].begin()->second.answers == 12);
        std::string html = renderSummaryHtml(sum, Lang::Vi);
        CHECK(html.find("Tỉ lệ đúng theo thủ đoạn và theo tháng") != std::string::npos);
        auto csvs = renderSummaryCsv(sum, Lang::En);
        CHECK(csvs[2].name == "summary-techniques.csv");
        CHECK(csvs[2].content.find("impersonation,Impersonating an agency, a bank or someone "
                                   "you know") == std::string::npos);  // quoted: it has commas
        CHECK(csvs[2].content.find("impersonation,\"Impersonating an agency, a bank or someone "
                                   "you know\",") != std::string::npos);
    }
}

SCENARIO("a missed spot question reads as the marks on the card") {
    MatchRecord m = teamsMatch();
    m.questions[0].kind = "spot";
    m.questions[0].options = {"SenVangBank", "senvang-baomat[.]vip", "23h59"};
    m.questions[0].correct = {1};
    MatchStats s = computeStats(m);
    CHECK(choiceLetters(m.questions[0], {2}) == "3");
    CHECK(correctAnswerText(m.questions[0], Lang::Vi) ==
          "chỗ số 2 trên thẻ: “senvang-baomat[.]vip”");
    std::string html = renderMatchHtml(m, s, Lang::Vi);
    CHECK(html.find("Các chỗ đánh dấu trên thẻ: </b>1 “SenVangBank” · 2 "
                    "“senvang-baomat[.]vip” · 3 “23h59”") != std::string::npos);
    CHECK(html.find("Chạm chỗ đáng ngờ") != std::string::npos);
}
