#include <cmath>

#include "csv.hpp"
#include "match_render.hpp"
#include "teaching_render.hpp"

namespace dovui::report {
namespace {

long long percent(double share) {
    return std::lround(share * 100.0);
}

std::string facts(const MatchRecord& m, const MatchStats& s, Lang lang) {
    csv::Writer w;
    auto row = [&](const std::string& key, const std::string& value) {
        w.text(key).text(value);
        w.endRow();
    };
    auto number = [&](const std::string& key, long long value) {
        w.text(key).number(value);
        w.endRow();
    };
    row(tr(lang, "mục", "field"), tr(lang, "giá trị", "value"));
    number(tr(lang, "mã trận", "match id"), m.id);
    row(tr(lang, "ngày giờ bắt đầu", "started"), formatDateTime(m.startedAt, lang));
    row(tr(lang, "ngày giờ kết thúc", "ended"), m.endedAt ? formatDateTime(*m.endedAt, lang) : "");
    row(tr(lang, "địa điểm", "place"), m.place);
    row(tr(lang, "mã bộ câu hỏi", "pack id"), m.packId);
    row(tr(lang, "bộ câu hỏi", "pack"), m.packTitle);
    row(tr(lang, "chế độ", "mode"), modeLabel(m.mode, lang));
    number(tr(lang, "số người chơi", "players"), static_cast<long long>(m.players.size()));
    number(tr(lang, "số câu đã hỏi", "questions asked"),
           static_cast<long long>(m.questions.size()));
    number(tr(lang, "số câu trả lời", "answers"), s.totalAnswers);
    number(tr(lang, "số câu trả lời đúng", "right answers"), s.correctAnswers);
    number(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"),
           s.gradedAnswers ? percent(double(s.correctAnswers) / s.gradedAnswers) : 0);
    return w.str();
}

std::string ranking(const MatchRecord& m, const MatchStats& s, Lang lang) {
    csv::Writer w;
    w.text(tr(lang, "hạng", "rank")).text(tr(lang, "người chơi", "player"));
    w.text(tr(lang, "đội", "team")).text(tr(lang, "số câu đúng", "right"));
    w.text(tr(lang, "số câu đã trả lời", "answered")).text(tr(lang, "điểm", "score"));
    w.text(tr(lang, "ghi chú", "note"));
    w.endRow();
    for (const RankedPlayer& r : s.ranking) {
        const PlayerRecord& p = *r.player;
        std::string team = m.teamName(p);
        std::string note = p.kicked ? tr(lang, "bị mời ra", "removed")
                           : p.left ? tr(lang, "rời trận", "left")
                                    : "";
        if (p.eliminated)
            note += (note.empty() ? "" : ", ") + tr(lang, "bị loại", "eliminated");
        w.number(r.rank).text(p.nickname).text(team).number(r.correct).number(r.answered);
        w.number(p.score).text(note);
        w.endRow();
    }
    return w.str();
}

std::string questions(const MatchRecord& m, const MatchStats& s, Lang lang) {
    std::size_t maxOptions = 0;
    for (const QuestionRecord& q : m.questions)
        maxOptions = std::max(maxOptions, q.options.size());
    csv::Writer w;
    w.text(tr(lang, "câu", "number")).text(tr(lang, "mã câu", "question id"));
    w.text(tr(lang, "loại", "kind")).text(tr(lang, "chủ đề", "topics"));
    w.text(tr(lang, "câu hỏi", "question")).text(tr(lang, "đáp án đúng", "right answer"));
    w.text(tr(lang, "số trả lời", "answers")).text(tr(lang, "số đúng", "right"));
    w.text(tr(lang, "tỉ lệ đúng (%)", "accuracy (%)"));
    w.text(tr(lang, "thời gian trả lời TB (ms)", "average response (ms)"));
    for (std::size_t i = 0; i < maxOptions; ++i) {
        std::string letter = optionLetter(static_cast<int>(i));
        w.text(tr(lang, "phương án ", "option ") + letter);
        w.text(tr(lang, "số chọn ", "chose ") + letter);
        w.text(tr(lang, "tỉ lệ chọn ", "share ") + letter + " (%)");
    }
    w.text(tr(lang, "giải thích", "explanation"));
    w.endRow();
    for (const QuestionStats& qs : s.questions) {
        const QuestionRecord& q = *qs.question;
        std::string topics;
        for (const std::string& id : q.topics)
            topics += (topics.empty() ? "" : "; ") + m.topicName(id);
        w.number(q.index + 1).text(q.questionId).text(kindLabel(q.kind, lang)).text(topics);
        w.text(q.text).text(correctAnswerText(q, lang)).number(qs.answered);
        if (qs.graded())
            w.number(qs.correct).number(qs.answered ? percent(qs.accuracy()) : 0);
        else
            w.text("").text("");
        w.number(std::llround(qs.averageResponseMs));
        for (std::size_t i = 0; i < maxOptions; ++i) {
            bool has = i < q.options.size();
            // Ordering questions count whole sequences, so per-option counts stay empty.
            bool counted = has && q.kind != "order";
            w.text(has ? q.options[i] : "");
            if (counted)
                w.number(qs.optionCounts[i]).number(percent(qs.share(i)));
            else
                w.text("").text("");
        }
        w.text(q.explanation);
        w.endRow();
    }
    return w.str();
}

std::string answers(const MatchRecord& m, const MatchStats& s, Lang lang) {
    csv::Writer w;
    w.text(tr(lang, "người chơi", "player")).text(tr(lang, "câu", "number"));
    w.text(tr(lang, "mã câu", "question id")).text(tr(lang, "đã chọn", "chose"));
    w.text(tr(lang, "nội dung đã chọn", "chosen text")).text(tr(lang, "đúng (1/0)", "right (1/0)"));
    w.text(tr(lang, "điểm", "points")).text(tr(lang, "thời gian trả lời (ms)", "response (ms)"));
    w.endRow();
    for (const RankedPlayer& r : s.ranking) {
        for (const QuestionRecord& q : m.questions) {
            auto it = s.answerOf.find({r.player->id, q.index});
            if (it == s.answerOf.end())
                continue;
            const AnswerRecord& a = *it->second;
            std::string chosen;
            for (int index : a.choice)
                if (index >= 0 && static_cast<std::size_t>(index) < q.options.size())
                    chosen += (chosen.empty()      ? ""
                               : q.kind == "order" ? " → "
                                                   : "; ") +
                              q.options[static_cast<std::size_t>(index)];
            w.text(r.player->nickname).number(q.index + 1).text(q.questionId);
            w.text(choiceLetters(q, a.choice)).text(chosen);
            if (q.kind == "poll")
                w.text("");
            else
                w.number(a.correct ? 1 : 0);
            if (a.points)
                w.number(*a.points);
            else
                w.text("");
            w.number(a.responseMs);
            w.endRow();
        }
    }
    return w.str();
}

}  // namespace

std::vector<NamedFile> renderMatchCsv(const MatchRecord& m, const MatchStats& s, Lang lang) {
    return {{"match.csv", facts(m, s, lang)},
            {"ranking.csv", ranking(m, s, lang)},
            {"questions.csv", questions(m, s, lang)},
            {"answers.csv", answers(m, s, lang)},
            {"techniques.csv", techniqueCsv(s, lang)}};
}

}  // namespace dovui::report
