#include "summary.hpp"

#include <algorithm>
#include <set>

#include "dovui/core/text.hpp"
#include "match_stats.hpp"

namespace dovui::report {

PracticeSummary summarizePractice(const std::vector<PracticeRecord>& records) {
    PracticeSummary p;
    std::set<std::string> phones, names;
    for (const PracticeRecord& r : records) {
        phones.insert(r.learner);
        if (!r.name.empty())
            names.insert(core::foldCase(core::collapseSpaces(r.name)));
        ++p.answers;
        ++p.overall.answers;
        p.overall.right += r.correct ? 1 : 0;
        for (const std::string& topic : r.topics) {
            ++p.topics[topic].answers;
            p.topics[topic].right += r.correct ? 1 : 0;
        }
    }
    p.phones = static_cast<int>(phones.size());
    p.namedLearners = static_cast<int>(names.size());
    return p;
}

Summary summarize(const std::vector<MatchRecord>& matches, std::int64_t fromUnix,
                  std::int64_t toUnix) {
    Summary s;
    s.fromUnix = fromUnix;
    s.toUnix = toUnix;
    std::set<std::string> names, months;
    std::map<std::pair<std::string, std::string>, QuestionLine> questions;
    for (const MatchRecord& m : matches) {
        MatchStats stats = computeStats(m);
        MatchLine line{m.id,
                       m.startedAt,
                       m.place,
                       m.packTitle,
                       m.mode,
                       static_cast<int>(stats.ranking.size()),
                       static_cast<int>(m.questions.size()),
                       stats.totalAnswers,
                       {stats.gradedAnswers, stats.correctAnswers}};
        s.matches.push_back(line);
        s.participations += line.players;
        s.answers += stats.totalAnswers;
        s.graded.answers += stats.gradedAnswers;
        s.graded.right += stats.correctAnswers;
        for (const PlayerRecord& p : m.players)
            names.insert(core::foldCase(core::collapseSpaces(p.nickname)));
        const std::string month = formatMonth(m.startedAt);
        months.insert(month);
        for (const TechniqueTally& t : stats.techniques)
            s.techniques[t.id][month].add(t.group.graded.answers, t.group.graded.right);
        for (const QuestionStats& qs : stats.questions) {
            const QuestionRecord& q = *qs.question;
            QuestionLine& ql = questions[{m.packId, q.questionId}];
            if (ql.timesAsked++ == 0) {
                ql.packId = m.packId;
                ql.questionId = q.questionId;
                ql.text = q.text;
                ql.explanation = q.explanation;
                for (const std::string& id : q.topics)
                    ql.topics += (ql.topics.empty() ? "" : "; ") + m.topicName(id);
            }
            if (!qs.graded())
                continue;
            ql.graded.answers += qs.answered;
            ql.graded.right += qs.correct;
            s.monthTotals[month].answers += qs.answered;
            s.monthTotals[month].right += qs.correct;
            for (const std::string& id : q.topics) {
                Tally& t = s.topics[m.topicName(id)][month];
                t.answers += qs.answered;
                t.right += qs.correct;
            }
        }
    }
    s.distinctPlayers = static_cast<int>(names.size());
    s.months.assign(months.begin(), months.end());
    for (auto& [key, line] : questions)
        if (line.graded.answers > 0)
            s.questions.push_back(std::move(line));
    std::stable_sort(s.questions.begin(), s.questions.end(),
                     [](const QuestionLine& a, const QuestionLine& b) {
                         int wrongA = a.graded.answers - a.graded.right;
                         int wrongB = b.graded.answers - b.graded.right;
                         if (wrongA != wrongB)
                             return wrongA > wrongB;
                         return a.graded.accuracy() < b.graded.accuracy();
                     });
    return s;
}

}  // namespace dovui::report
