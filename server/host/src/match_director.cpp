#include "dovui/host/match_director.hpp"

#include "dovui/host/sound_bank.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/voice.hpp"

namespace dovui::host {

namespace {
constexpr float kBannerSeconds = 8.f;
constexpr int kTickFromSeconds = 10;  ///< ticks in the last seconds only: calmer for elders
}  // namespace

std::string readAloudText(const server::ServerSnapshot& snap, core::Lang lang) {
    if (!snap.pack || snap.questionIndex >= snap.pack->questions.size())
        return {};
    const core::Question& q = snap.pack->questions[snap.questionIndex];
    std::string text =
        format(tr(Str::Question, lang), std::to_string(snap.questionIndex + 1)) + ". " + q.text;
    for (std::size_t i = 0; i < q.options.size(); ++i)
        text += std::string(". ") + ui::tileColourName(i, lang) + ": " + q.options[i];
    return text + ".";
}

void MatchDirector::readQuestion(const server::ServerSnapshot& snap, core::Lang lang) {
    m_voice.speak(readAloudText(snap, lang), lang);
}

std::int64_t MatchDirector::remainingMs(const server::ServerSnapshot& snap) const {
    if (snap.phase != core::Phase::Question || snap.paused)
        return snap.remainingMs;
    auto elapsed = static_cast<std::int64_t>(m_sinceSnapshot * 1000.f);
    return std::max<std::int64_t>(0, snap.remainingMs - elapsed);
}

std::string MatchDirector::banner() const {
    return m_clock - m_errorAt < kBannerSeconds ? m_error : std::string();
}

bool MatchDirector::update(const server::ServerSnapshot& snap, float seconds, bool readAloud,
                           core::Lang lang) {
    m_clock += seconds;
    m_phaseTime += seconds;
    m_sinceSnapshot = snap.version == m_version ? m_sinceSnapshot + seconds : 0.f;
    m_version = snap.version;
    if (snap.lastError != m_lastError || snap.problemCount != m_problemCount) {
        m_lastError = snap.lastError;
        m_problemCount = snap.problemCount;
        // A refused command is said in the facilitator's language; other problems as given.
        std::string words = refusalText(snap.lastRefusal, snap.refusalSubject, lang);
        m_error = words.empty() ? snap.lastError : words;
        m_errorAt = m_clock;
    }
    bool changed = !m_started || snap.phase != m_phase || snap.questionIndex != m_index;
    if (changed) {
        m_started = true;
        m_phase = snap.phase;
        m_index = snap.questionIndex;
        m_phaseTime = 0.f;
        enter(snap, readAloud, lang);
    }
    if (snap.phase == core::Phase::Lobby && snap.players.size() > m_players &&
        m_clock - m_lastJoinSound > 0.4f) {
        m_sounds.play(Cue::Join);
        m_lastJoinSound = m_clock;
    }
    m_players = snap.players.size();
    if (snap.phase == core::Phase::Question && !snap.paused) {
        int second = static_cast<int>((remainingMs(snap) + 999) / 1000);
        if (second != m_lastTick && second > 0 && second <= kTickFromSeconds)
            m_sounds.play(Cue::Tick);
        m_lastTick = second;
    }
    return changed;
}

void MatchDirector::enter(const server::ServerSnapshot& snap, bool readAloud, core::Lang lang) {
    switch (snap.phase) {
        case core::Phase::Lobby:
            m_sounds.startMusic();
            break;
        case core::Phase::Question:
            m_sounds.stopMusic();
            m_lastTick = -1;
            m_outBefore.clear();
            for (const auto& p : snap.players)
                if (p.eliminated)
                    m_outBefore.insert(p.id);
            if (readAloud)
                readQuestion(snap, lang);
            break;
        case core::Phase::Reveal:
            m_voice.stop();
            m_sounds.play(Cue::Reveal);
            m_outNow.clear();
            for (const auto& p : snap.players)
                if (p.eliminated && !m_outBefore.count(p.id))
                    m_outNow.push_back(p.nickname);
            break;
        case core::Phase::Leaderboard:
            break;
        case core::Phase::Podium:
            m_voice.stop();
            m_sounds.stopMusic();
            m_sounds.play(Cue::Podium);
            break;
    }
}

}  // namespace dovui::host
