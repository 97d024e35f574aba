// Practice answers reported by phones (POST /practice) and the practice corner's figures.
#include <rapidjson/document.h>

#include <algorithm>

#include "dovui/core/nickname.hpp"
#include "dovui/server/practice.hpp"

namespace dovui::server {
namespace {

bool isLearnerId(std::string_view id) {
    return id.size() >= 8 && id.size() <= 40 && std::all_of(id.begin(), id.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
           });
}

bool isQuestionId(std::string_view id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) ||
               std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
}

}  // namespace

std::optional<PracticeReport> parsePracticeReport(std::string_view body, std::string& error) {
    if (body.size() > 4096) {
        error = "report too large";
        return std::nullopt;
    }
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(body.data(),
                                                                                      body.size());
    if (doc.HasParseError() || !doc.IsObject()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    auto text = [&](const char* key, std::string& out) {
        auto it = doc.FindMember(key);
        if (it == doc.MemberEnd())
            return true;  // optional
        if (!it->value.IsString())
            return false;
        out.assign(it->value.GetString(), it->value.GetStringLength());
        return true;
    };
    PracticeReport report;
    if (!text("learner", report.learner) || !isLearnerId(report.learner)) {
        error = "learner: 8–40 letters, digits, - or _";
        return std::nullopt;
    }
    if (!text("pack", report.packId) || !isQuestionId(report.packId)) {
        error = "pack: a pack id";
        return std::nullopt;
    }
    std::string name;
    if (!text("name", name)) {
        error = "name: text";
        return std::nullopt;
    }
    if (!name.empty()) {
        core::NicknameCheck check = core::checkNickname(name);
        report.name =
            check.refusal ? "" : check.nickname;  // a bad name: the answers stay, anonymous
    }
    auto answers = doc.FindMember("answers");
    if (answers == doc.MemberEnd() || !answers->value.IsArray() || answers->value.Empty() ||
        answers->value.Size() > kMaxPracticeAnswersPerReport) {
        error = "answers: 1–16 answers";
        return std::nullopt;
    }
    for (const auto& a : answers->value.GetArray()) {
        if (!a.IsObject()) {
            error = "answers: objects";
            return std::nullopt;
        }
        auto turn = a.FindMember("turn");
        auto question = a.FindMember("question");
        auto correct = a.FindMember("correct");
        if (turn == a.MemberEnd() || !turn->value.IsInt64() || turn->value.GetInt64() < 0 ||
            turn->value.GetInt64() > 10'000'000 || question == a.MemberEnd() ||
            !question->value.IsString() || correct == a.MemberEnd() || !correct->value.IsBool()) {
            error = "answers: {turn, question, correct}";
            return std::nullopt;
        }
        std::string id(question->value.GetString(), question->value.GetStringLength());
        if (!isQuestionId(id)) {
            error = "answers: a question id";
            return std::nullopt;
        }
        report.answers.push_back({turn->value.GetInt64(), std::move(id), correct->value.GetBool()});
    }
    return report;
}

void PracticeTally::add(const PracticePack& pack, const std::string& learner,
                        const std::vector<PracticeAnswer>& answers, std::int64_t nowMs) {
    m_lastSeen[learner] = nowMs;
    if (m_counted.size() > 200'000)
        m_counted.clear();  // bounded; a very old resend may then count twice
    for (const PracticeAnswer& a : answers) {
        if (!m_counted.insert(learner + ' ' + pack.id + ' ' + std::to_string(a.turn)).second)
            continue;
        ++m_answers;  // the server passes only questions of this pack
        for (const std::string& name : topicNamesOf(*pack.pack, a.questionId)) {
            PracticeStats::Topic& topic = m_topics[name];
            topic.name = name;
            ++topic.answers;
            topic.right += a.correct ? 1 : 0;
        }
    }
}

PracticeStats PracticeTally::stats(std::int64_t nowMs) const {
    PracticeStats s;
    s.answers = m_answers;
    constexpr std::int64_t kLatelyMs = 15 * 60 * 1000;
    for (const auto& [learner, at] : m_lastSeen)
        s.phonesLately += nowMs - at <= kLatelyMs ? 1 : 0;
    for (const auto& [name, topic] : m_topics)
        if (topic.answers >= 3)
            s.weakest.push_back(topic);
    std::sort(s.weakest.begin(), s.weakest.end(), [](const auto& a, const auto& b) {
        return std::uint64_t(a.right) * b.answers < std::uint64_t(b.right) * a.answers;
    });
    if (s.weakest.size() > 5)
        s.weakest.resize(5);
    return s;
}

}  // namespace dovui::server
