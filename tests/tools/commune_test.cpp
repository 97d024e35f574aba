// The commune summary's sites (issue 17): one site per name and results file, learners by name
// per site, two laptops with one site name kept apart.
#include <doctest/doctest.h>

#include "summary.hpp"

using namespace dovui::report;

namespace {

MatchRecord matchAt(const std::string& place, const std::string& siteUid, std::int64_t startedAt,
                    std::vector<std::string> names) {
    MatchRecord m;
    m.place = place;
    m.siteUid = siteUid;
    m.uid = place + siteUid + std::to_string(startedAt);
    m.startedAt = startedAt;
    m.mode = "classic";
    m.topicNames = {{"sms", "Tin nhắn"}};
    m.questions = {{0,
                    "q1",
                    "single",
                    "Câu?",
                    {"A", "B"},
                    {1},
                    {"sms"},
                    "Vì…",
                    startedAt,
                    false,
                    std::vector<std::string>{"urgency"},
                    1,
                    std::nullopt}};
    std::int64_t id = 1;
    for (const std::string& n : names) {
        m.players.push_back({id, n, 0, 0, 0, false, false, false, "", 0});
        m.answers.push_back({0, id, {1}, 900, id % 2 == 1, 100});
        ++id;
    }
    return m;
}

}  // namespace

SCENARIO("sites: by name and results file, learners counted per site") {
    std::vector<MatchRecord> matches = {
        matchAt("Nhà văn hóa thôn 3", "aaaa", 1'790'000'000, {"Bà Năm", "Ông Tư"}),
        matchAt("Nhà văn hóa thôn Đông", "bbbb", 1'790'100'000, {"Bà Năm"}),
        matchAt("nhà văn hóa  thôn 3", "aaaa", 1'790'200'000, {"bà năm", "Cô Ba"}),
        matchAt("Nhà văn hóa thôn 3", "cccc", 1'790'300'000, {"Bà Năm"})};
    Summary s = summarize(matches, 0, std::int64_t{1} << 40);
    REQUIRE(s.sites.size() == 3);
    CHECK(s.sites[0].label == "Nhà văn hóa thôn 3");
    CHECK(s.sites[0].siteUid == "aaaa");
    CHECK(s.sites[0].sessions == 2);  // the same name typed in another case is the same site
    CHECK(s.sites[0].learners == 3);  // Bà Năm twice is one learner at one site
    CHECK(s.sites[0].sharesName);
    CHECK(s.sites[1].label == "Nhà văn hóa thôn 3 (2)");  // another laptop: kept apart
    CHECK(s.sites[1].learners == 1);
    CHECK(s.sites[2].label == "Nhà văn hóa thôn Đông");
    CHECK_FALSE(s.sites[2].sharesName);
    CHECK(s.distinctPlayers == 5);  // summed over sites: Bà Năm at three sites counts thrice
    CHECK(s.matches[3].site == "Nhà văn hóa thôn 3 (2)");
    CHECK(s.sites[0].topics["Tin nhắn"].begin()->second.answers == 4);
    std::string html = renderSummaryHtml(s, Lang::Vi);
    CHECK(html.find("Theo địa điểm") != std::string::npos);
    CHECK(html.find("trùng tên") != std::string::npos);
    CHECK(html.find("ước tính") != std::string::npos);
    auto csvs = renderSummaryCsv(s, Lang::Vi);
    REQUIRE(csvs.size() == 8);
    CHECK(csvs[5].name == "summary-sites.csv");
    CHECK(csvs[5].content.find("Nhà văn hóa thôn 3 (2),cccc,1,1,1,1,100\r\n") != std::string::npos);
    CHECK(csvs[7].content.find("urgency") != std::string::npos);
}
