#include <algorithm>

#include "html_page.hpp"
#include "match_render.hpp"
#include "svg_chart.hpp"
#include "teaching_render.hpp"

namespace dovui::report {
namespace {

std::string topicList(const MatchRecord& match, const QuestionRecord& q) {
    std::string out;
    for (const std::string& id : q.topics)
        out += (out.empty() ? "" : ", ") + match.topicName(id);
    return out;
}

std::string techniqueList(const QuestionRecord& q, Lang lang) {
    std::string out;
    for (const std::string& id : q.techniques.value_or(std::vector<std::string>{}))
        out += (out.empty() ? "" : " · ") + techniqueLabel(id, lang);  // names hold commas
    return out;
}

std::string questionLabel(const QuestionRecord& q, Lang lang) {
    return tr(lang, "Câu ", "Question ") + std::to_string(q.index + 1);
}

void fact(HtmlPage& page, const std::string& term, const std::string& value) {
    page.raw("<div><dt>").text(term).raw("</dt><dd>").text(value).raw("</dd></div>");
}

std::string duration(const MatchRecord& m, Lang lang) {
    if (!m.endedAt)
        return tr(lang, "chưa kết thúc", "not finished");
    std::int64_t minutes = (*m.endedAt - m.startedAt + 30) / 60;
    return std::to_string(minutes) + tr(lang, " phút", " min");
}

void header(HtmlPage& page, const MatchRecord& m, const MatchStats& s, Lang lang) {
    page.element("div", "brand",
                 tr(lang, "Đố Vui Số · Báo cáo trận đấu", "Đố Vui Số · Match report"));
    page.element("h1", "", m.packTitle);
    page.raw("<dl class=\"facts\">");
    fact(page, tr(lang, "Ngày", "Date"), formatDateTime(m.startedAt, lang));
    fact(page, tr(lang, "Địa điểm", "Place"), m.place.empty() ? "—" : m.place);
    fact(page, tr(lang, "Bộ câu hỏi", "Pack"), m.packTitle);
    std::string mode = modeLabel(m.mode, lang);
    if (m.timeScalePercent != 100)
        mode += " · ×" + std::string(m.timeScalePercent == 150 ? "1,5" : "2") +
                tr(lang, " thời gian", " time");
    fact(page, tr(lang, "Chế độ", "Mode"), mode);
    fact(page, tr(lang, "Người chơi", "Players"), std::to_string(s.ranking.size()));
    fact(page, tr(lang, "Số câu đã hỏi", "Questions asked"), std::to_string(m.questions.size()));
    fact(page, tr(lang, "Thời lượng", "Duration"), duration(m, lang));
    fact(page, tr(lang, "Mã trận", "Match"), "#" + std::to_string(m.id));
    page.raw("</dl>");
    page.raw("<div class=\"kpis\">");
    kpi(page, std::to_string(s.ranking.size()), tr(lang, "người tham gia", "took part"));
    kpi(page, std::to_string(m.questions.size()), tr(lang, "câu hỏi", "questions"));
    kpi(page, std::to_string(s.totalAnswers), tr(lang, "câu trả lời", "answers"));
    kpi(page, s.gradedAnswers ? formatPercent(double(s.correctAnswers) / s.gradedAnswers) : "—",
        tr(lang, "trả lời đúng", "answered right"));
    page.raw("</div>");
}

void ranking(HtmlPage& page, const MatchRecord& m, const MatchStats& s, Lang lang) {
    page.element("h2", "", tr(lang, "Xếp hạng cuối cùng", "Final ranking"));
    if (!s.teams.empty()) {
        page.raw("<table><thead><tr><th>").text(tr(lang, "Đội", "Team"));
        page.raw("</th><th class=\"num\">").text(tr(lang, "Thành viên", "Members"));
        page.raw("</th><th class=\"num\">").text(tr(lang, "Điểm trung bình", "Average score"));
        page.raw("</th></tr></thead><tbody>");
        for (const TeamStanding& t : s.teams)
            page.raw("<tr><td>")
                .text(t.name)
                .raw("</td><td class=\"num\">")
                .text(std::to_string(t.members))
                .raw("</td><td class=\"num\">")
                .text(std::to_string(static_cast<long long>(t.averageScore + 0.5)))
                .raw("</td></tr>");
        page.raw("</tbody></table><p></p>");
    }
    page.raw("<table class=\"ranking\"><thead><tr><th class=\"num\">")
        .text(tr(lang, "Hạng", "Rank"));
    page.raw("</th><th>").text(tr(lang, "Người chơi", "Player"));
    if (!s.teams.empty())
        page.raw("</th><th>").text(tr(lang, "Đội", "Team"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Câu đúng", "Right"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Đã trả lời", "Answered"));
    page.raw("</th><th class=\"num\">").text(tr(lang, "Điểm", "Score"));
    page.raw("</th><th>").text(tr(lang, "Ghi chú", "Note")).raw("</th></tr></thead><tbody>");
    for (const RankedPlayer& r : s.ranking) {
        const PlayerRecord& p = *r.player;
        std::string medal = r.rank <= 3 ? " m" + std::to_string(r.rank) : "";
        page.raw(r.rank <= 3 ? "<tr class=\"top\">" : "<tr>");
        page.raw("<td class=\"num\"><span class=\"medal" + medal + "\">")
            .text(std::to_string(r.rank))
            .raw("</span></td><td>")
            .text(p.nickname)
            .raw("</td>");
        if (!s.teams.empty())
            page.raw("<td>").text(m.teamName(p)).raw("</td>");
        std::string note;
        if (p.kicked)
            note = tr(lang, "bị mời ra", "removed");
        else if (p.left)
            note = tr(lang, "rời trận", "left");
        if (p.eliminated)
            note += (note.empty() ? "" : ", ") + tr(lang, "bị loại", "eliminated");
        page.raw("<td class=\"num\">")
            .text(std::to_string(r.correct))
            .raw("</td><td class=\"num\">")
            .text(std::to_string(r.answered))
            .raw("</td><td class=\"num\"><b>")
            .text(std::to_string(p.score))
            .raw("</b></td><td class=\"note\">")
            .text(note)
            .raw("</td></tr>");
    }
    page.raw("</tbody></table>");
}

void revisit(HtmlPage& page, const MatchRecord& m, const MatchStats& s, Lang lang) {
    page.element("h2", "", tr(lang, "Cần ôn lại lần sau", "What to revisit next time"));
    if (s.mostMissed.empty()) {
        page.element("p", "note",
                     tr(lang, "Không có câu nào bị trả lời sai. Cả lớp làm rất tốt!",
                        "No question was answered wrongly. Well done, everyone!"));
        return;
    }
    for (const QuestionStats* qs : s.mostMissed) {
        const QuestionRecord& q = *qs->question;
        int wrong = qs->answered - qs->correct;
        page.raw("<div class=\"revisit\"><h3>").text(questionLabel(q, lang) + ": " + q.text);
        page.raw("</h3><p class=\"why\">")
            .text(std::to_string(wrong) + "/" + std::to_string(qs->answered) +
                  tr(lang, " người trả lời sai", " answered wrongly") + " (" +
                  formatPercent(double(wrong) / qs->answered) + ") · " + topicList(m, q));
        if (std::string techniques = techniqueList(q, lang); !techniques.empty())
            page.raw("</p><p class=\"why\">")
                .text(tr(lang, "Thủ đoạn: ", "Techniques: ") + techniques);
        if (q.kind == "spot") {  // what was marked on the card, numbered as the class saw it
            std::string marks;
            for (std::size_t i = 0; i < q.options.size(); ++i)
                marks += (i ? " · " : "") + std::to_string(i + 1) + " “" + q.options[i] + "”";
            page.raw("</p><p>")
                .raw("<b>")
                .text(tr(lang, "Các chỗ đánh dấu trên thẻ: ", "Marked on the card: "))
                .raw("</b>")
                .text(marks);
        }
        page.raw("</p><p><b>")
            .text(tr(lang, "Đáp án đúng: ", "Right answer: "))
            .raw("</b>")
            .text(correctAnswerText(q, lang));
        page.raw("</p><p><b>")
            .text(tr(lang, "Giải thích: ", "Explanation: "))
            .raw("</b>")
            .text(q.explanation)
            .raw("</p></div>");
    }
}

void barRow(HtmlPage& page, const std::string& letter, const std::string& label, double share,
            int count, bool right) {
    page.raw(right ? "<tr class=\"right\">" : "<tr>");
    page.raw("<td class=\"letter\">").text(letter).raw("</td><td class=\"opt\">").text(label);
    if (right)
        page.raw(" ✓");
    page.raw("</td><td class=\"bar\">")
        .raw(shareBar(share, right))
        .raw("</td><td class=\"pct\">")
        .text(formatPercent(share) + " (" + std::to_string(count) + ")")
        .raw("</td></tr>");
}

void questionCard(HtmlPage& page, const MatchRecord& m, const QuestionStats& qs, Lang lang) {
    const QuestionRecord& q = *qs.question;
    page.raw("<article class=\"q\"><header>");
    page.element("span", "qno", questionLabel(q, lang));
    page.element("span", "tag", kindLabel(q.kind, lang));
    if (q.voided)
        page.element("span", "tag", tr(lang, "ĐÃ BỎ QUA: không tính điểm", "SKIPPED: not scored"));
    std::string topics = topicList(m, q);
    if (!topics.empty())
        page.element("span", "tag", topics);
    std::string stat = std::to_string(qs.answered) + tr(lang, " trả lời", " answers");
    if (qs.graded() && qs.answered)
        stat += tr(lang, " · đúng ", " · right ") + formatPercent(qs.accuracy());
    if (qs.answered)
        stat += tr(lang, " · TB ", " · avg ") + formatSeconds(qs.averageResponseMs, lang);
    page.element("span", "stat", stat);
    page.raw("</header>");
    page.element("p", "qtext", q.text);
    page.raw("<table class=\"bars\"><tbody>");
    if (q.kind == "order") {
        barRow(page, "", tr(lang, "Đúng thứ tự", "Right order"), qs.share(0), qs.optionCounts[0],
               true);
        barRow(page, "", tr(lang, "Sai thứ tự", "Wrong order"), qs.share(1), qs.optionCounts[1],
               false);
    } else {
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            bool right = std::find(q.correct.begin(), q.correct.end(), static_cast<int>(i)) !=
                         q.correct.end();
            barRow(page, optionLabel(q, static_cast<int>(i)), q.options[i], qs.share(i),
                   qs.optionCounts[i], right && qs.graded());
        }
    }
    page.raw("</tbody></table>");
    page.raw("<p class=\"answer\"><b>")
        .text(qs.graded() ? tr(lang, "Đáp án đúng: ", "Right answer: ")
                          : tr(lang, "Ghi chú: ", "Note: "))
        .raw("</b>")
        .text(correctAnswerText(q, lang))
        .raw("</p>");
    page.element("p", "explain", q.explanation);
    page.raw("</article>");
}

void playerGrid(HtmlPage& page, const MatchRecord& m, const MatchStats& s, Lang lang) {
    page.element("h2", "", tr(lang, "Từng người chơi", "Each player"));
    page.element(
        "p", "note",
        tr(lang,
           "Mỗi ô: phương án đã chọn và điểm nhận được. Xanh: đúng · Đỏ: sai · —: không trả lời.",
           "Each cell: the option chosen and the points it earned. Green: right · Red: wrong · —: "
           "no answer."));
    page.raw("<table class=\"grid\"><thead><tr><th class=\"name\">")
        .text(tr(lang, "Người chơi", "Player"))
        .raw("</th>");
    for (const QuestionRecord& q : m.questions)
        page.raw("<th>").text(tr(lang, "C", "Q") + std::to_string(q.index + 1)).raw("</th>");
    page.raw("<th class=\"total\">")
        .text(tr(lang, "Tổng", "Total"))
        .raw("</th></tr></thead><tbody>");
    for (const RankedPlayer& r : s.ranking) {
        page.raw("<tr><td class=\"name\">").text(r.player->nickname).raw("</td>");
        for (const QuestionRecord& q : m.questions) {
            auto it = s.answerOf.find({r.player->id, q.index});
            if (it == s.answerOf.end()) {
                page.raw("<td>—</td>");
                continue;
            }
            const AnswerRecord& a = *it->second;
            const char* cls = q.kind == "poll" || q.voided ? "poll" : a.correct ? "ok" : "no";
            page.raw("<td class=\"" + std::string(cls) + "\">")
                .text(choiceLetters(q, a.choice))
                .raw("<small>")
                .text(a.points ? std::to_string(*a.points) : "…")
                .raw("</small></td>");
        }
        page.raw("<td class=\"total\"><b>")
            .text(std::to_string(r.player->score))
            .raw("</b></td></tr>");
    }
    page.raw("</tbody></table>");
}

}  // namespace

std::string correctAnswerText(const QuestionRecord& q, Lang lang) {
    if (q.kind == "poll")
        return tr(lang, "khảo sát ý kiến, không có đáp án đúng", "a poll, no right answer");
    std::string letters = choiceLetters(q, q.correct);
    if (q.kind == "order") {
        std::string steps;
        for (int index : q.correct)
            if (index >= 0 && static_cast<std::size_t>(index) < q.options.size())
                steps += (steps.empty() ? "" : " → ") + q.options[static_cast<std::size_t>(index)];
        return steps;
    }
    std::string texts;
    for (int index : q.correct)
        if (index >= 0 && static_cast<std::size_t>(index) < q.options.size())
            texts += (texts.empty() ? "" : "; ") + q.options[static_cast<std::size_t>(index)];
    if (q.kind == "spot")  // the options are the words marked on the card
        return tr(lang, "chỗ số ", "mark ") + letters +
               tr(lang, " trên thẻ: “", " on the card: “") + texts + "”";
    return letters + " — " + texts;
}

std::string renderMatchHtml(const MatchRecord& m, const MatchStats& s, Lang lang) {
    HtmlPage page(lang, tr(lang, "Báo cáo trận đấu: ", "Match report: ") + m.packTitle + " · " +
                            formatDate(m.startedAt, lang));
    header(page, m, s, lang);
    ranking(page, m, s, lang);
    revisit(page, m, s, lang);
    techniqueSection(page, s, lang);
    page.element("h2", "", tr(lang, "Từng câu hỏi", "Each question"));
    for (const QuestionStats& qs : s.questions)
        questionCard(page, m, qs, lang);
    playerGrid(page, m, s, lang);
    page.element("footer", "",
                 tr(lang, "Tạo bởi dovui-report từ tệp kết quả của trò chơi · Đố Vui Số",
                    "Made by dovui-report from the game's results file · Đố Vui Số"));
    return page.finish();
}

}  // namespace dovui::report
