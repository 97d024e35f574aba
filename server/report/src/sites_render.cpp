// The commune summary's sites (issue 17): who held how many sessions where, and what each site's
// learners get right by topic and by technique; which results files were counted.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "csv.hpp"
#include "match_stats.hpp"
#include "summary.hpp"

namespace dovui::report {
namespace {

namespace fs = std::filesystem;

Tally wholePeriod(const std::map<std::string, Tally>& byMonth) {
    Tally total;
    for (const auto& [month, t] : byMonth)
        total.add(t.answers, t.right);
    return total;
}

/// Rows (topics or techniques) by sites: each cell the whole period's accuracy at that site.
void bySiteTable(HtmlPage& page, const Summary& s, const std::string& firstHeader,
                 const std::vector<std::pair<std::string, std::string>>& rows,
                 std::map<std::string, std::map<std::string, Tally>> SiteLine::*field) {
    page.raw("<table class=\"heat\"><thead><tr><th>").text(firstHeader).raw("</th>");
    for (const SiteLine& site : s.sites)
        page.raw("<th class=\"num\">").text(site.label).raw("</th>");
    page.raw("</tr></thead><tbody>");
    for (const auto& [key, label] : rows) {
        page.raw("<tr><td>").text(label).raw("</td>");
        for (const SiteLine& site : s.sites) {
            auto it = (site.*field).find(key);
            Tally t = it != (site.*field).end() ? wholePeriod(it->second) : Tally{};
            if (t.answers == 0) {
                page.raw("<td class=\"cell note\">—</td>");
                continue;
            }
            page.raw("<td class=\"cell\" style=\"background:" + heatColour(t.accuracy()) + "\">")
                .text(formatPercent(t.accuracy()))
                .raw("<br><span class=\"note\">")
                .text(std::to_string(t.right) + "/" + std::to_string(t.answers))
                .raw("</span></td>");
        }
        page.raw("</tr>");
    }
    page.raw("</tbody></table>");
}

std::vector<std::pair<std::string, std::string>> topicRows(const Summary& s) {
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& [topic, byMonth] : s.topics)
        rows.push_back({topic, topic});
    return rows;
}

std::vector<std::pair<std::string, std::string>> techniqueRows(const Summary& s, Lang lang) {
    std::vector<std::string> ids;
    for (const auto& entry : s.techniques)
        ids.push_back(entry.first);
    std::stable_sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
        return techniqueOrder(a) < techniqueOrder(b);
    });
    std::vector<std::pair<std::string, std::string>> rows;
    for (const std::string& id : ids)
        rows.push_back({id, techniqueLabel(id, lang)});
    return rows;
}

/// "laptop-a/results.sqlite": enough to tell files of one name apart.
std::string shortName(const std::string& path) {
    const fs::path p(path);
    const fs::path folder = p.parent_path().filename();
    return (folder.empty() ? p.filename() : folder / p.filename()).string();
}

}  // namespace

void renderFiles(HtmlPage& page, const Summary& s, Lang lang) {
    if (s.filesRead.size() <= 1 && s.problems.empty() && s.duplicateMatches == 0)
        return;
    page.element("h2", "", tr(lang, "Các tệp kết quả đã gộp", "Results files merged"));
    page.raw("<p>").text(tr(lang, "Đã đọc ", "Read ") + std::to_string(s.filesRead.size()) +
                         tr(lang, " tệp: ", " files: "));
    for (std::size_t i = 0; i < s.filesRead.size(); ++i)
        page.text((i ? ", " : "") + shortName(s.filesRead[i]));
    page.raw("</p>");
    if (s.duplicateMatches > 0)
        page.element("p", "note",
                     std::to_string(s.duplicateMatches) +
                         tr(lang,
                            " bản sao của trận đấu có trong nhiều tệp (tệp gửi hai lần, hoặc "
                            "chép sang tệp khác): mỗi trận chỉ được đếm một lần, theo mã trận.",
                            " copies of a match were found in more than one file (a file sent "
                            "twice, or copied): each match is counted once, by its match id."));
    if (s.problems.empty())
        return;
    page.raw("<div class=\"revisit\"><h3>")
        .text(tr(lang, "Không đọc được ", "Could not read ") + std::to_string(s.problems.size()) +
              tr(lang, " tệp (không được tính):", " files (not counted):"))
        .raw("</h3>");
    for (const std::string& problem : s.problems)
        page.element("p", "why", problem);
    page.raw("</div>");
}

void renderSites(HtmlPage& page, const Summary& s, Lang lang) {
    if (s.sites.empty())
        return;
    page.element("h2", "", tr(lang, "Theo địa điểm", "By site"));
    page.raw("<table class=\"sites\"><thead><tr><th>").text(tr(lang, "Địa điểm", "Site"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Buổi học", "Sessions"));
    page.raw("</th><th class=\"num\">")
        .text(tr(lang, "Người học (ước tính)", "Learners (approx.)"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Câu trả lời", "Answers"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Tỉ lệ đúng", "Accuracy"));
    page.raw("</th></tr></thead><tbody>");
    for (const SiteLine& site : s.sites) {
        page.raw("<tr><td>").text(site.label).raw("</td><td class=\"num\">");
        page.text(std::to_string(site.sessions)).raw("</td><td class=\"num\">");
        page.text(std::to_string(site.learners)).raw("</td><td class=\"num\">");
        page.text(std::to_string(site.answers)).raw("</td><td class=\"num\">");
        page.text(site.graded.answers ? formatPercent(site.graded.accuracy()) : "—");
        page.raw("</td></tr>");
    }
    page.raw("</tbody></table>");
    if (std::any_of(s.sites.begin(), s.sites.end(), [](const SiteLine& x) { return x.sharesName; }))
        page.element("p", "note",
                     tr(lang,
                        "Có những địa điểm trùng tên nhưng kết quả đến từ máy khác nhau (mỗi tệp "
                        "kết quả có mã địa điểm riêng): chúng được tách riêng, nơi thứ hai ghi "
                        "thêm “(2)”. Nếu thật ra là một nơi (ví dụ máy được cài lại), hãy cộng "
                        "các dòng đó.",
                        "Some sites share a name but their results come from different laptops "
                        "(each results file has its own site id): they are kept apart, the second "
                        "marked “(2)”. If they really are one place (a laptop set up again, say), "
                        "add those rows up."));
    if (s.sites.size() < 2)
        return;
    page.element("h2", "",
                 tr(lang, "Tỉ lệ đúng theo chủ đề ở từng nơi", "Accuracy by topic and site"));
    bySiteTable(page, s, tr(lang, "Chủ đề", "Topic"), topicRows(s), &SiteLine::topics);
    page.element("h2", "",
                 tr(lang, "Tỉ lệ đúng theo thủ đoạn ở từng nơi", "Accuracy by technique and site"));
    bySiteTable(page, s, tr(lang, "Thủ đoạn", "Technique"), techniqueRows(s, lang),
                &SiteLine::techniques);
}

std::vector<NamedFile> renderSitesCsv(const Summary& s, Lang lang) {
    auto percent = [](const Tally& t) { return std::lround(t.accuracy() * 100.0); };
    csv::Writer sites;
    sites.text(tr(lang, "địa điểm", "site")).text(tr(lang, "mã địa điểm", "site id"));
    sites.text(tr(lang, "số buổi học", "sessions"))
        .text(tr(lang, "số người học (ước tính theo tên)", "learners (approx., by name)"));
    sites.text(tr(lang, "số câu trả lời", "answers")).text(tr(lang, "số câu đúng", "right"));
    sites.text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    sites.endRow();
    for (const SiteLine& site : s.sites) {
        sites.text(site.label).text(site.siteUid).number(site.sessions).number(site.learners);
        sites.number(site.answers).number(site.graded.right).number(percent(site.graded));
        sites.endRow();
    }
    auto byMonth = [&](const char* vi, const char* en,
                       std::map<std::string, std::map<std::string, Tally>> SiteLine::*field,
                       bool techniques) {
        csv::Writer out;
        out.text(tr(lang, "địa điểm", "site")).text(tr(lang, vi, en));
        if (techniques)
            out.text(tr(lang, "thủ đoạn", "technique"));
        out.text(tr(lang, "tháng", "month")).text(tr(lang, "số câu trả lời", "answers"));
        out.text(tr(lang, "số câu đúng", "right")).text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
        out.endRow();
        for (const SiteLine& site : s.sites)
            for (const auto& [key, months] : site.*field)
                for (const auto& [month, t] : months) {
                    out.text(site.label).text(key);
                    if (techniques)
                        out.text(techniqueLabel(key, lang));
                    out.text(month).number(t.answers).number(t.right).number(percent(t));
                    out.endRow();
                }
        return out.str();
    };
    return {{"summary-sites.csv", sites.str()},
            {"summary-site-topics.csv", byMonth("chủ đề", "topic", &SiteLine::topics, false)},
            {"summary-site-techniques.csv",
             byMonth("mã thủ đoạn", "technique id", &SiteLine::techniques, true)}};
}

}  // namespace dovui::report
