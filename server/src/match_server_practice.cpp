// MatchServer's part in self-practice (issue 14): offering packs to the page, withholding the
// one being played, and taking the phones' practice reports.
#include <algorithm>

#include "dovui/server/match_server.hpp"
#include "dovui/server/web_transport.hpp"

namespace dovui::server {
void MatchServer::openPractice() {
    if (!m_web || !m_config.practice)
        return;
    std::vector<std::string> paths =
        m_config.practicePacks.empty() ? bundledPackPaths() : m_config.practicePacks;
    m_practice = loadPracticeCatalog(paths);
    if (!m_practice.find(m_pack->id) && m_config.practicePacks.empty())
        m_practice.packs.push_back({m_pack->id, m_packJson, m_pack});  // the facilitator's own
    try {
        m_web->offerPractice(m_practice);
    } catch (const std::exception& e) {
        m_practice = {};
        m_lastError = std::string("Tự luyện tập đã tắt: ") + e.what();
        return;
    }
    if (!m_practice.problems.empty())
        m_lastError = "Tự luyện tập: bỏ qua một bộ câu hỏi: " + m_practice.problems.front();
}

void MatchServer::updatePracticeIndex() {
    if (!m_web || m_practice.packs.empty())
        return;
    core::Phase phase = m_match->phase();
    bool playing = phase == core::Phase::Question || phase == core::Phase::Reveal ||
                   phase == core::Phase::Leaderboard;
    if (playing == m_practiceWithheld)
        return;
    m_practiceWithheld = playing;
    m_web->setPracticeIndex(m_practice.indexJson(playing ? std::string_view(m_pack->id) : ""));
}

void MatchServer::handlePractice(const TransportEvent& event) {
    const PracticeReport& report = *event.practice;
    if (!m_practiceLimiter.take(event.address, now()))
        return;
    const PracticePack* pack = m_practice.find(report.packId);
    if (!pack)
        return;  // a pack this host does not offer: nothing to count it against
    std::vector<PracticeAnswer> known;
    for (const PracticeAnswer& a : report.answers)
        if (std::any_of(pack->pack->questions.begin(), pack->pack->questions.end(),
                        [&](const core::Question& q) { return q.id == a.questionId; }))
            known.push_back(a);
    if (known.empty())
        return;
    std::vector<store::PracticeRecord> rows;
    for (const PracticeAnswer& a : known)
        rows.push_back({m_config.name, report.learner, report.name, report.packId,
                        pack->pack->title, a.turn, a.questionId,
                        topicNamesOf(*pack->pack, a.questionId), a.correct, m_clock->unixMs()});
    storeLater([rows = std::move(rows)](store::Store& s) { s.addPracticeAnswers(rows); });
    m_practiceTally.add(*pack, report.learner, known, now());
}

}  // namespace dovui::server
