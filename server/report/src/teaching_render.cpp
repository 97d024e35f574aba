#include "teaching_render.hpp"

#include <cmath>

#include "csv.hpp"
#include "svg_chart.hpp"

namespace dovui::report {
namespace {

struct TallyRow {
    std::string label;
    GroupTally group;
};

void tallyTable(HtmlPage& page, const std::string& firstHeader, const std::vector<TallyRow>& rows,
                Lang lang) {
    page.raw("<table class=\"tally\"><thead><tr><th>").text(firstHeader);
    page.raw("</th><th class=\"num\">").text(tr(lang, "Số câu", "Questions"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Trả lời", "Answers"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Đúng", "Right"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Tỉ lệ đúng", "Accuracy"));
    page.raw("</th><th></th></tr></thead><tbody>");
    for (const TallyRow& row : rows) {
        page.raw("<tr><td>").text(row.label).raw("</td><td class=\"num\">");
        const Tally& t = row.group.graded;
        page.text(std::to_string(row.group.questions)).raw("</td><td class=\"num\">");
        page.text(std::to_string(t.answers)).raw("</td><td class=\"num\">");
        page.text(std::to_string(t.right)).raw("</td><td class=\"num\"><b>");
        page.text(formatPercent(t.accuracy())).raw("</b></td>");
        page.raw("<td style=\"width:30%;vertical-align:middle\" class=\"bars\">")
            .raw(shareBar(t.accuracy(), true))
            .raw("</td></tr>");
    }
    page.raw("</tbody></table>");
}

}  // namespace

void techniqueSection(HtmlPage& page, const MatchStats& s, Lang lang) {
    page.element("h2", "", tr(lang, "Tỉ lệ đúng theo thủ đoạn", "Accuracy by technique"));
    if (s.techniques.empty()) {
        page.element("p", "note",
                     tr(lang, "Chưa có câu trả lời nào được chấm.", "No graded answers yet."));
        return;
    }
    page.element("p", "note",
                 tr(lang,
                    "Mỗi câu trả lời được tính cho từng thủ đoạn mà câu hỏi dạy. Thủ đoạn có tỉ lệ "
                    "thấp là điều nên nói lại với cả lớp.",
                    "Each answer counts for every technique its question teaches. A low row is "
                    "what to go over again with the class."));
    std::vector<TallyRow> rows;
    for (const TechniqueTally& t : s.techniques)
        rows.push_back({techniqueLabel(t.id, lang), t.group});
    tallyTable(page, tr(lang, "Thủ đoạn", "Technique"), rows, lang);
    const GroupTally& scam = s.byCardVerdict[0];
    const GroupTally& genuine = s.byCardVerdict[1];
    if (scam.questions + genuine.questions == 0)
        return;  // no cards, or a store from before genuine was recorded
    page.element("h3", "",
                 tr(lang, "Nhận ra tin thật và tin lừa đảo", "Telling genuine from scam messages"));
    std::vector<TallyRow> verdict;
    if (genuine.questions)
        verdict.push_back({tr(lang, "Thẻ tin thật", "Genuine-message cards"), genuine});
    if (scam.questions)
        verdict.push_back({tr(lang, "Thẻ lừa đảo", "Scam cards"), scam});
    tallyTable(page, tr(lang, "Loại thẻ", "Card"), verdict, lang);
}

std::string techniqueCsv(const MatchStats& s, Lang lang) {
    csv::Writer w;
    w.text(tr(lang, "mã thủ đoạn", "technique id")).text(tr(lang, "thủ đoạn", "technique"));
    w.text(tr(lang, "số câu hỏi", "questions")).text(tr(lang, "số câu trả lời", "answers"));
    w.text(tr(lang, "số câu đúng", "right")).text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    w.endRow();
    for (const TechniqueTally& t : s.techniques) {
        w.text(t.id).text(techniqueLabel(t.id, lang)).number(t.group.questions);
        w.number(t.group.graded.answers).number(t.group.graded.right);
        w.number(std::lround(t.group.graded.accuracy() * 100.0));
        w.endRow();
    }
    return w.str();
}

}  // namespace dovui::report
