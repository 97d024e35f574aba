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

namespace {

Summary summarizeMatches(const std::vector<MatchRecord>& matches, std::int64_t fromUnix,
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
                       {stats.gradedAnswers, stats.correctAnswers},
                       {}};  // the site's label is set where many files are merged
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

std::string siteName(const MatchRecord& m) {
    return core::foldCase(core::collapseSpaces(m.place));
}

}  // namespace

Summary summarize(const std::vector<MatchRecord>& matches, std::int64_t fromUnix,
                  std::int64_t toUnix) {
    Summary s = summarizeMatches(matches, fromUnix, toUnix);
    s.sites = summarizeSites(matches, s);
    s.distinctPlayers = 0;
    for (const SiteLine& site : s.sites)
        s.distinctPlayers += site.learners;
    return s;
}

std::vector<SiteLine> summarizeSites(const std::vector<MatchRecord>& matches, Summary& summary) {
    // A site is a name as typed on one laptop: (folded name, the file's site uid). Among sites
    // of one name, the one holding the earliest match keeps the plain name.
    using Key = std::pair<std::string, std::string>;
    std::map<Key, std::vector<MatchRecord>> groups;
    std::vector<Key> order;  // by first match: `matches` is oldest first
    for (const MatchRecord& m : matches) {
        Key key{siteName(m), m.siteUid};
        auto& group = groups[key];
        if (group.empty())
            order.push_back(key);
        group.push_back(m);
    }
    std::map<std::string, int> seenNames;
    std::map<Key, std::string> labels;
    std::map<std::string, int> namesUsed;
    for (const Key& key : order)
        ++namesUsed[key.first];
    std::vector<SiteLine> sites;
    for (const Key& key : order) {
        const std::vector<MatchRecord>& group = groups[key];
        const int nth = ++seenNames[key.first];
        SiteLine site;
        site.label = group.front().place.empty() ? "(?)" : group.front().place;
        if (nth > 1)
            site.label += " (" + std::to_string(nth) + ")";
        site.siteUid = key.second;
        site.sharesName = namesUsed[key.first] > 1;
        Summary part = summarizeMatches(group, summary.fromUnix, summary.toUnix);
        site.sessions = static_cast<int>(part.matches.size());
        site.learners = part.distinctPlayers;
        site.answers = part.answers;
        site.graded = part.graded;
        site.topics = std::move(part.topics);
        site.techniques = std::move(part.techniques);
        labels[key] = site.label;
        sites.push_back(std::move(site));
    }
    for (std::size_t i = 0; i < matches.size() && i < summary.matches.size(); ++i)
        summary.matches[i].site = labels[{siteName(matches[i]), matches[i].siteUid}];
    std::stable_sort(sites.begin(), sites.end(),
                     [](const SiteLine& a, const SiteLine& b) { return a.label < b.label; });
    return sites;
}

}  // namespace dovui::report
