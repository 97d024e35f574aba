#include <cmath>

#include "csv.hpp"
#include "html_page.hpp"
#include "summary.hpp"

#include <algorithm>
#include "svg_chart.hpp"

namespace dovui::report {
namespace {

constexpr std::size_t kMissedShown = 10;

/// The range asked for; an open end shows the first or last match held.
std::string rangeText(const Summary& s, Lang lang) {
    if (s.matches.empty() && s.fromUnix <= 0)
        return tr(lang, "chưa có trận đấu nào", "no matches yet");
    std::int64_t from = s.fromUnix > 0 ? s.fromUnix : s.matches.front().startedAt;
    std::int64_t to = s.toUnix < (std::int64_t{1} << 40) ? s.toUnix - 1
                      : s.matches.empty()                ? from
                                                         : s.matches.back().startedAt;
    return formatDate(from, lang) + " – " + formatDate(to, lang);
}

using MonthRows = std::vector<std::pair<std::string, const std::map<std::string, Tally>*>>;

/// Rows by month, heat-coloured, with the whole period's accuracy and a bar.
void heatTable(HtmlPage& page, const Summary& s, const std::string& firstHeader,
               const MonthRows& rows, Lang lang) {
    page.raw("<table class=\"heat\"><thead><tr><th>").text(firstHeader).raw("</th>");
    for (const std::string& month : s.months)
        page.raw("<th class=\"num\">").text(month).raw("</th>");
    page.raw("<th class=\"num\">")
        .text(tr(lang, "Cả kỳ", "Overall"))
        .raw("</th><th></th></tr></thead><tbody>");
    for (const auto& [label, byMonth] : rows) {
        page.raw("<tr><td>").text(label).raw("</td>");
        Tally total;
        for (const std::string& month : s.months) {
            auto it = byMonth->find(month);
            if (it == byMonth->end() || it->second.answers == 0) {
                page.raw("<td class=\"cell note\">—</td>");
                continue;
            }
            total.add(it->second.answers, it->second.right);
            page.raw("<td class=\"cell\" style=\"background:" + heatColour(it->second.accuracy()) +
                     "\">")
                .text(formatPercent(it->second.accuracy()))
                .raw("<br><span class=\"note\">")
                .text(std::to_string(it->second.right) + "/" + std::to_string(it->second.answers))
                .raw("</span></td>");
        }
        page.raw("<td class=\"num\"><b>").text(formatPercent(total.accuracy())).raw("</b></td>");
        page.raw("<td style=\"width:22%;vertical-align:middle\" class=\"bars\">")
            .raw(shareBar(total.accuracy(), true))
            .raw("</td></tr>");
    }
    page.raw("</tbody></table>");
}

void topicTable(HtmlPage& page, const Summary& s, Lang lang) {
    page.element("h2", "",
                 tr(lang, "Tỉ lệ đúng theo chủ đề và theo tháng", "Accuracy by topic and month"));
    if (s.topics.empty()) {
        page.element("p", "note", tr(lang, "Chưa có câu trả lời nào.", "No answers yet."));
        return;
    }
    MonthRows rows;
    for (const auto& [topic, byMonth] : s.topics)
        rows.push_back({topic, &byMonth});
    heatTable(page, s, tr(lang, "Chủ đề", "Topic"), rows, lang);
}

/// Technique ids in the core's order, then the special rows.
std::vector<std::string> techniqueIds(const Summary& s) {
    std::vector<std::string> ids;
    for (const auto& entry : s.techniques)
        ids.push_back(entry.first);
    std::stable_sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
        return techniqueOrder(a) < techniqueOrder(b);
    });
    return ids;
}

void techniqueTable(HtmlPage& page, const Summary& s, Lang lang) {
    page.element(
        "h2", "",
        tr(lang, "Tỉ lệ đúng theo thủ đoạn và theo tháng", "Accuracy by technique and month"));
    if (s.techniques.empty()) {
        page.element("p", "note", tr(lang, "Chưa có câu trả lời nào.", "No answers yet."));
        return;
    }
    page.element("p", "note",
                 tr(lang,
                    "Mỗi câu trả lời được tính cho từng thủ đoạn mà câu hỏi dạy; người học được "
                    "bảo vệ theo từng thủ đoạn đã học.",
                    "Each answer counts for every technique its question teaches: learners are "
                    "protected technique by technique."));
    MonthRows rows;
    for (const std::string& id : techniqueIds(s))
        rows.push_back({techniqueLabel(id, lang), &s.techniques.at(id)});
    heatTable(page, s, tr(lang, "Thủ đoạn", "Technique"), rows, lang);
}

}  // namespace

namespace {

/// Self-practice on phones, apart from the matches: how many phones, how right, per topic.
void practiceSection(HtmlPage& page, const PracticeSummary& p, Lang lang) {
    page.element("h2", "", tr(lang, "Tự luyện tập trên điện thoại", "Self-practice on phones"));
    page.element("p", "note",
                 tr(lang,
                    "Tính riêng, không cộng vào kết quả các trận. Mỗi điện thoại được đếm một lần; "
                    "người học chỉ có tên khi tự ghi.",
                    "Counted apart from the matches. Each phone counts once; a learner has a name "
                    "only if they typed one."));
    if (p.answers == 0) {
        page.element("p", "",
                     tr(lang, "Chưa có câu trả lời tự luyện tập nào trong khoảng này.",
                        "No practice answer in this period."));
        return;
    }
    page.raw("<div class=\"kpis\">");
    kpi(page, std::to_string(p.phones), tr(lang, "điện thoại đã luyện tập", "phones practised"));
    kpi(page, std::to_string(p.namedLearners),
        tr(lang, "người ghi tên", "learners who gave a name"));
    kpi(page, std::to_string(p.answers), tr(lang, "câu đã làm", "answers"));
    kpi(page, formatPercent(p.overall.accuracy()), tr(lang, "trả lời đúng", "answered right"));
    page.raw("</div><table><thead><tr><th>").text(tr(lang, "Chủ đề", "Topic"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Câu đã làm", "Answers"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Tỉ lệ đúng", "Accuracy"));
    page.raw("</th></tr></thead><tbody>");
    std::vector<std::pair<std::string, Tally>> rows(p.topics.begin(), p.topics.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.second.accuracy() < b.second.accuracy();  // what to teach first on top
    });
    for (const auto& [topic, tally] : rows) {
        page.raw("<tr><td>").text(topic).raw("</td><td class=\"num\">");
        page.text(std::to_string(tally.answers)).raw("</td><td class=\"num\">");
        page.text(formatPercent(tally.accuracy())).raw("</td></tr>");
    }
    page.raw("</tbody></table>");
}

}  // namespace

std::string heatColour(double accuracy) {
    if (accuracy < 0.5)
        return "#f8d4d1";
    if (accuracy < 0.7)
        return "#fbe6c2";
    if (accuracy < 0.85)
        return "#e4f1d0";
    return "#c9ebd3";
}

std::string renderSummaryHtml(const Summary& s, Lang lang) {
    HtmlPage page(
        lang, tr(lang, "Tổng hợp các buổi học: ", "Summary of sessions: ") + rangeText(s, lang));
    page.element("div", "brand", tr(lang, "Đố Vui Số · Báo cáo tổng hợp", "Đố Vui Số · Summary"));
    page.element("h1", "", tr(lang, "Tổng hợp các buổi học", "Summary of sessions"));
    page.raw("<dl class=\"facts\"><div><dt>").text(tr(lang, "Khoảng thời gian", "Period"));
    page.raw("</dt><dd>").text(rangeText(s, lang)).raw("</dd></div><div><dt>");
    page.text(tr(lang, "Lượt tham gia", "Participations")).raw("</dt><dd>");
    page.text(std::to_string(s.participations)).raw("</dd></div><div><dt>");
    page.text(tr(lang, "Số tháng", "Months")).raw("</dt><dd>");
    page.text(std::to_string(s.months.size())).raw("</dd></div><div><dt>");
    page.text(tr(lang, "Chủ đề", "Topics")).raw("</dt><dd>");
    page.text(std::to_string(s.topics.size())).raw("</dd></div></dl>");
    page.raw("<div class=\"kpis\">");
    kpi(page, std::to_string(s.matches.size()), tr(lang, "trận đấu đã tổ chức", "matches held"));
    kpi(page, std::to_string(s.distinctPlayers),
        tr(lang, "người học khác nhau (ước tính theo tên)",
           "distinct learners (approx., by name)"));
    kpi(page, std::to_string(s.answers), tr(lang, "câu trả lời", "answers"));
    kpi(page, s.graded.answers ? formatPercent(s.graded.accuracy()) : "—",
        tr(lang, "trả lời đúng", "answered right"));
    kpi(page, std::to_string(s.sites.size()), tr(lang, "địa điểm", "sites"));
    page.raw("</div>");
    page.element("p", "note",
                 tr(lang,
                    "Số người học là ước tính: trò chơi không có tài khoản, nên người học được "
                    "đếm theo tên đã gõ (không phân biệt hoa thường) ở từng địa điểm rồi cộng "
                    "lại. Hai người trùng tên ở một nơi được đếm là một; một người học ở hai nơi, "
                    "hoặc gõ tên khác nhau, được đếm hai lần.",
                    "The number of learners is approximate: the game has no accounts, so "
                    "learners are counted by the name they typed (case-insensitive) at each site, "
                    "then added up. Two people with one name at one site count once; one person "
                    "at two sites, or typing their name differently, counts twice."));
    renderFiles(page, s, lang);
    renderSites(page, s, lang);

    if (!s.monthTotals.empty()) {
        page.element("h2", "", tr(lang, "Tỉ lệ đúng theo tháng", "Accuracy by month"));
        std::vector<ColumnValue> columns;
        for (const std::string& month : s.months) {
            auto it = s.monthTotals.find(month);
            Tally t = it != s.monthTotals.end() ? it->second : Tally{};
            columns.push_back({month, t.accuracy(), t.answers ? formatPercent(t.accuracy()) : "—"});
        }
        page.raw("<div class=\"chart\">")
            .raw(columnChart(columns, tr(lang, "Tỉ lệ đúng theo tháng", "Accuracy by month")))
            .raw("</div>");
    }
    topicTable(page, s, lang);
    techniqueTable(page, s, lang);

    page.element("h2", "", tr(lang, "Những câu hay sai nhất", "Most-missed questions"));
    page.raw("<table><thead><tr><th>#</th><th>").text(tr(lang, "Câu hỏi", "Question"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Lần hỏi", "Asked"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Sai", "Wrong"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Tỉ lệ đúng", "Accuracy"));
    page.raw("</th></tr></thead><tbody>");
    for (std::size_t i = 0; i < s.questions.size() && i < kMissedShown; ++i) {
        const QuestionLine& q = s.questions[i];
        page.raw("<tr><td class=\"num\">")
            .text(std::to_string(i + 1))
            .raw("</td><td><b>")
            .text(q.text)
            .raw("</b><br><span class=\"note\">")
            .text(q.topics + " · " + q.questionId)
            .raw("</span><br><span class=\"explain\">")
            .text(q.explanation)
            .raw("</span></td>");
        page.raw("<td class=\"num\">").text(std::to_string(q.timesAsked)).raw("</td>");
        page.raw("<td class=\"num\">")
            .text(std::to_string(q.graded.answers - q.graded.right) + "/" +
                  std::to_string(q.graded.answers))
            .raw("</td><td class=\"num\">")
            .text(formatPercent(q.graded.accuracy()))
            .raw("</td></tr>");
    }
    page.raw("</tbody></table>");

    practiceSection(page, s.practice, lang);

    page.element("h2", "", tr(lang, "Các trận đấu", "Matches"));
    page.raw("<table><thead><tr><th>").text(tr(lang, "Ngày", "Date"));
    page.raw("</th><th>").text(tr(lang, "Địa điểm", "Place"));
    page.raw("</th><th>").text(tr(lang, "Bộ câu hỏi", "Pack"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Người chơi", "Players"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Câu hỏi", "Questions"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Trả lời", "Answers"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Đúng", "Right"));
    page.raw("</th></tr></thead><tbody>");
    for (const MatchLine& m : s.matches) {
        page.raw("<tr><td>")
            .text(formatDateTime(m.startedAt, lang))
            .raw("</td><td>")
            .text(m.site.empty() ? m.place : m.site)
            .raw("</td><td>")
            .text(m.packTitle)
            .raw("<br><span class=\"note\">")
            .text(modeLabel(m.mode, lang) + " · #" + std::to_string(m.id))
            .raw("</span></td>");
        page.raw("<td class=\"num\">").text(std::to_string(m.players)).raw("</td>");
        page.raw("<td class=\"num\">").text(std::to_string(m.questions)).raw("</td>");
        page.raw("<td class=\"num\">").text(std::to_string(m.answers)).raw("</td>");
        page.raw("<td class=\"num\">")
            .text(m.graded.answers ? formatPercent(m.graded.accuracy()) : "—")
            .raw("</td></tr>");
    }
    page.raw("</tbody></table>");
    page.element("footer", "",
                 tr(lang, "Tạo bởi dovui-report từ tệp kết quả của trò chơi · Đố Vui Số",
                    "Made by dovui-report from the game's results file · Đố Vui Số"));
    return page.finish();
}

std::vector<NamedFile> renderSummaryCsv(const Summary& s, Lang lang) {
    auto percent = [](const Tally& t) { return std::lround(t.accuracy() * 100.0); };
    csv::Writer matches;
    matches.text(tr(lang, "mã trận", "match id")).text(tr(lang, "ngày giờ", "started"));
    matches.text(tr(lang, "địa điểm", "place")).text(tr(lang, "bộ câu hỏi", "pack"));
    matches.text(tr(lang, "chế độ", "mode")).text(tr(lang, "số người chơi", "players"));
    matches.text(tr(lang, "số câu hỏi", "questions")).text(tr(lang, "số câu trả lời", "answers"));
    matches.text(tr(lang, "số câu đúng", "right answers"));
    matches.text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    matches.text(tr(lang, "nơi (trong báo cáo)", "site (in the report)"));
    matches.endRow();
    for (const MatchLine& m : s.matches) {
        matches.number(m.id)
            .text(formatDateTime(m.startedAt, lang))
            .text(m.place)
            .text(m.packTitle);
        matches.text(modeLabel(m.mode, lang))
            .number(m.players)
            .number(m.questions)
            .number(m.answers);
        matches.number(m.graded.right).number(percent(m.graded)).text(m.site);
        matches.endRow();
    }

    csv::Writer topics;
    topics.text(tr(lang, "chủ đề", "topic")).text(tr(lang, "tháng", "month"));
    topics.text(tr(lang, "số câu trả lời", "answers")).text(tr(lang, "số câu đúng", "right"));
    topics.text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    topics.endRow();
    for (const auto& [topic, byMonth] : s.topics)
        for (const auto& [month, tally] : byMonth) {
            topics.text(topic).text(month).number(tally.answers).number(tally.right);
            topics.number(percent(tally));
            topics.endRow();
        }

    csv::Writer techniques;
    techniques.text(tr(lang, "mã thủ đoạn", "technique id"))
        .text(tr(lang, "thủ đoạn", "technique"));
    techniques.text(tr(lang, "tháng", "month")).text(tr(lang, "số câu trả lời", "answers"));
    techniques.text(tr(lang, "số câu đúng", "right"))
        .text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    techniques.endRow();
    for (const std::string& id : techniqueIds(s))
        for (const auto& [month, tally] : s.techniques.at(id)) {
            techniques.text(id).text(techniqueLabel(id, lang)).text(month);
            techniques.number(tally.answers).number(tally.right).number(percent(tally));
            techniques.endRow();
        }

    csv::Writer questions;
    questions.text(tr(lang, "mã bộ câu hỏi", "pack id")).text(tr(lang, "mã câu", "question id"));
    questions.text(tr(lang, "câu hỏi", "question")).text(tr(lang, "chủ đề", "topics"));
    questions.text(tr(lang, "số lần hỏi", "times asked"))
        .text(tr(lang, "số câu trả lời", "answers"));
    questions.text(tr(lang, "số câu sai", "wrong"))
        .text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    questions.text(tr(lang, "giải thích", "explanation"));
    questions.endRow();
    for (const QuestionLine& q : s.questions) {
        questions.text(q.packId).text(q.questionId).text(q.text).text(q.topics);
        questions.number(q.timesAsked).number(q.graded.answers);
        questions.number(q.graded.answers - q.graded.right).number(percent(q.graded));
        questions.text(q.explanation);
        questions.endRow();
    }
    csv::Writer practice;
    practice.text(tr(lang, "chủ đề (tự luyện tập)", "topic (self-practice)"));
    practice.text(tr(lang, "số câu trả lời", "answers")).text(tr(lang, "số câu đúng", "right"));
    practice.text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    practice.endRow();
    for (const auto& [topic, tally] : s.practice.topics) {
        practice.text(topic).number(tally.answers).number(tally.right).number(percent(tally));
        practice.endRow();
    }
    std::vector<NamedFile> files = {{"summary-matches.csv", matches.str()},
                                    {"summary-topics.csv", topics.str()},
                                    {"summary-techniques.csv", techniques.str()},
                                    {"summary-questions.csv", questions.str()},
                                    {"summary-practice.csv", practice.str()}};
    for (NamedFile& file : renderSitesCsv(s, lang))
        files.push_back(std::move(file));
    return files;
}

}  // namespace dovui::report
