#include "match_stats.hpp"

#include <algorithm>

#include "dovui/core/technique.hpp"
#include "dovui/core/text.hpp"
#include "report_text.hpp"

namespace dovui::report {

bool QuestionStats::graded() const {
    return question && question->kind != "poll" && !question->voided;
}

std::string choiceLetters(const QuestionRecord& q, const std::vector<int>& choice) {
    std::string out;
    const char* separator = q.kind == "order" ? "→" : "+";
    std::vector<int> shown = choice;
    if (q.kind != "order")
        std::sort(shown.begin(), shown.end());  // a set: A+C+D whatever the tap order
    for (int index : shown)
        out += (out.empty() ? "" : separator) + optionLabel(q, index);
    return out;
}

std::string optionLabel(const QuestionRecord& q, int index) {
    return q.kind == "spot" ? std::to_string(index + 1) : optionLetter(index);
}

namespace {

QuestionStats questionStats(const MatchRecord& match, const QuestionRecord& q) {
    QuestionStats s;
    s.question = &q;
    const bool order = q.kind == "order";
    s.optionCounts.assign(order ? 2 : q.options.size(), 0);
    double totalMs = 0;
    for (const AnswerRecord& a : match.answers) {
        if (a.questionIndex != q.index)
            continue;
        ++s.answered;
        s.correct += a.correct ? 1 : 0;
        totalMs += static_cast<double>(a.responseMs);
        if (order) {
            ++s.optionCounts[a.correct ? 0 : 1];
            continue;
        }
        for (int index : a.choice)
            if (index >= 0 && static_cast<std::size_t>(index) < s.optionCounts.size())
                ++s.optionCounts[static_cast<std::size_t>(index)];
    }
    if (!s.graded())
        s.correct = 0;
    s.averageResponseMs = s.answered ? totalMs / s.answered : 0.0;
    return s;
}

/// A kicked player whose nickname a later player of the same match took (the facilitator let
/// them back in, or they rejoined with the same name).
bool readmittedLater(const MatchRecord& match, const PlayerRecord& p) {
    if (!p.kicked)
        return false;
    const std::string name = core::foldCase(core::collapseSpaces(p.nickname));
    return std::any_of(match.players.begin(), match.players.end(), [&](const PlayerRecord& o) {
        return o.id > p.id && core::foldCase(core::collapseSpaces(o.nickname)) == name;
    });
}

/// The technique rows of the graded questions' answers.
std::vector<TechniqueTally> techniqueTallies(const std::vector<QuestionStats>& questions) {
    std::map<std::string, TechniqueTally> byId;
    auto add = [&](std::string_view id, const QuestionStats& s) {
        TechniqueTally& t = byId[std::string(id)];
        t.id = std::string(id);
        ++t.group.questions;
        t.group.graded.add(s.answered, s.correct);
    };
    for (const QuestionStats& s : questions) {
        if (!s.graded() || s.answered == 0)
            continue;
        const auto& techniques = s.question->techniques;
        if (!techniques)
            add(kUnrecordedTechnique, s);
        else if (techniques->empty())
            add(kNoTechnique, s);
        for (const std::string& id : techniques.value_or(std::vector<std::string>{}))
            add(id, s);
    }
    std::vector<TechniqueTally> out;
    for (auto& [id, tally] : byId)
        out.push_back(std::move(tally));
    std::stable_sort(out.begin(), out.end(), [](const TechniqueTally& a, const TechniqueTally& b) {
        return techniqueOrder(a.id) < techniqueOrder(b.id);
    });
    return out;
}

}  // namespace

std::size_t techniqueOrder(std::string_view id) {
    if (auto t = core::parseTechnique(id))
        return static_cast<std::size_t>(*t);
    if (id == kNoTechnique)
        return core::kTechniqueCount + 1;
    if (id == kUnrecordedTechnique)
        return core::kTechniqueCount + 2;
    return core::kTechniqueCount;  // an id this build does not know: before the special rows
}

MatchStats computeStats(const MatchRecord& match) {
    MatchStats stats;
    for (const QuestionRecord& q : match.questions)
        stats.questions.push_back(questionStats(match, q));
    for (const AnswerRecord& a : match.answers)
        stats.answerOf[{a.playerId, a.questionIndex}] = &a;

    for (const QuestionStats& s : stats.questions) {
        stats.totalAnswers += s.answered;
        if (s.graded()) {
            stats.gradedAnswers += s.answered;
            stats.correctAnswers += s.correct;
            if (s.question->genuine && s.answered) {
                GroupTally& verdict = stats.byCardVerdict[*s.question->genuine ? 1 : 0];
                ++verdict.questions;
                verdict.graded.add(s.answered, s.correct);
            }
        }
    }
    stats.techniques = techniqueTallies(stats.questions);

    for (const PlayerRecord& p : match.players) {
        if (readmittedLater(match, p))
            continue;  // a learner kicked and let back in appears once, as who came back
        RankedPlayer r;
        r.player = &p;
        for (const AnswerRecord& a : match.answers) {
            if (a.playerId != p.id)
                continue;
            ++r.answered;
            auto q =
                std::find_if(match.questions.begin(), match.questions.end(),
                             [&](const QuestionRecord& x) { return x.index == a.questionIndex; });
            bool graded = q != match.questions.end() && q->kind != "poll" && !q->voided;
            r.correct += a.correct && graded ? 1 : 0;
            r.points += a.points.value_or(0);
        }
        stats.ranking.push_back(r);
    }
    std::stable_sort(stats.ranking.begin(), stats.ranking.end(),
                     [](const RankedPlayer& a, const RankedPlayer& b) {
                         if (a.player->score != b.player->score)
                             return a.player->score > b.player->score;
                         return a.correct > b.correct;
                     });
    for (std::size_t i = 0; i < stats.ranking.size(); ++i) {
        bool tied = i > 0 && stats.ranking[i].player->score == stats.ranking[i - 1].player->score;
        stats.ranking[i].rank = tied ? stats.ranking[i - 1].rank : static_cast<int>(i) + 1;
    }

    std::vector<const QuestionStats*> missed;
    for (const QuestionStats& s : stats.questions)
        if (s.graded() && s.answered > s.correct)
            missed.push_back(&s);
    std::stable_sort(missed.begin(), missed.end(),
                     [](const QuestionStats* a, const QuestionStats* b) {
                         int wrongA = a->answered - a->correct, wrongB = b->answered - b->correct;
                         if (wrongA != wrongB)
                             return wrongA > wrongB;
                         return a->accuracy() < b->accuracy();
                     });
    missed.resize(std::min<std::size_t>(missed.size(), 3));
    stats.mostMissed = std::move(missed);

    if (match.mode == "teams" && !match.teamNames.empty()) {
        for (std::size_t t = 0; t < match.teamNames.size(); ++t) {
            TeamStanding team{match.teamNames[t], 0, 0.0};
            double total = 0;
            for (const PlayerRecord& p : match.players)
                if (p.team == static_cast<int>(t) + 1) {  // teams are 1-based
                    ++team.members;
                    total += static_cast<double>(p.score);
                }
            team.averageScore = team.members ? total / team.members : 0.0;
            stats.teams.push_back(team);
        }
        std::stable_sort(stats.teams.begin(), stats.teams.end(),
                         [](const TeamStanding& a, const TeamStanding& b) {
                             return a.averageScore > b.averageScore;
                         });
    }
    return stats;
}

}  // namespace dovui::report
