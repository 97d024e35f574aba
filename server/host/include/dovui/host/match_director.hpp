#pragma once
/// Follows the match through its snapshots and turns changes into the host's side effects:
/// music, stings, countdown ticks, read-aloud, who was just eliminated, problem banners.
/// It reads snapshots only; it never changes the match.
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>
#include "dovui/ui/voice.hpp"

#include "dovui/core/lang.hpp"
#include "dovui/server/snapshot.hpp"

namespace dovui::host {

class SoundBank;
using ui::Voice;

class MatchDirector {
public:
    MatchDirector(SoundBank& sounds, Voice& voice) : m_sounds(sounds), m_voice(voice) {}

    /// Call every frame with the latest snapshot. Returns true when the phase (or question)
    /// changed this frame.
    bool update(const server::ServerSnapshot& snap, float seconds, bool readAloud, core::Lang lang);
    /// Reads the open question and its options aloud (R, or a new question).
    void readQuestion(const server::ServerSnapshot& snap, core::Lang lang);

    float phaseTime() const { return m_phaseTime; }
    /// The countdown moved forward by the time since the snapshot was published.
    std::int64_t remainingMs(const server::ServerSnapshot& snap) const;
    /// The server's latest problem while it is fresh (a few seconds), else empty.
    std::string banner() const;
    const std::vector<std::string>& newlyEliminated() const { return m_outNow; }

private:
    void enter(const server::ServerSnapshot& snap, bool readAloud, core::Lang lang);

    SoundBank& m_sounds;
    Voice& m_voice;
    bool m_started = false;
    std::uint64_t m_version = 0;
    core::Phase m_phase = core::Phase::Lobby;
    std::uint16_t m_index = 0;
    float m_phaseTime = 0.f;
    float m_sinceSnapshot = 0.f;
    float m_clock = 0.f;
    int m_lastTick = -1;
    std::size_t m_players = 0;
    float m_lastJoinSound = -10.f;
    std::string m_error;               ///< what the banner says
    std::string m_lastError;           ///< the snapshot's lastError it was made from
    std::uint32_t m_problemCount = 0;  ///< the same refusal twice shows twice
    float m_errorAt = -100.f;
    std::unordered_set<std::uint32_t> m_outBefore;
    std::vector<std::string> m_outNow;
};

/// "Câu 3. <question>. Đỏ: <option>. Xanh: …" for espeak-ng.
std::string readAloudText(const server::ServerSnapshot& snap, core::Lang lang);

}  // namespace dovui::host
