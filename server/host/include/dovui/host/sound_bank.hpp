#pragma once
/// The host's sounds: lobby music, countdown ticks, reveal and podium stings (WAVs the
/// project synthesises itself: tools/make-sounds.py). Missing files or no sound device mean
/// silence and one line of explanation, never a crash; disabled, it creates no SFML sound
/// object (the caller asks soundDeviceAvailable first).
#ifndef DOVUI_NO_AUDIO  // built without audio (the Windows build): silent, see sound_bank.cpp
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#endif
#include <array>
#include <memory>
#include <string>

namespace dovui::host {

enum class Cue { Tick, Reveal, Podium, Join, Count };

class SoundBank {
public:
    /// Loads `<folder>/{lobby-music,tick,reveal,podium,join}.wav`. `enabled` false: silent.
    SoundBank(const std::string& folder, bool enabled);

    void play(Cue cue);
    void startMusic();
    void stopMusic();
    /// 0–100; applies to music, cues and the voice (through volume()).
    void setVolume(float volume);
    void setMuted(bool muted);
    float volume() const { return m_muted ? 0.f : m_volume; }
    bool muted() const { return m_muted; }
    /// Which files were missing; empty when all loaded.
    const std::string& problem() const { return m_problem; }

private:
    void apply();

    /// Only when enabled: without a sound device every SFML sound object prints errors.
#ifndef DOVUI_NO_AUDIO
    struct Audio {
        sf::SoundBuffer musicBuffer;
        sf::Sound music;
        std::array<sf::SoundBuffer, static_cast<std::size_t>(Cue::Count)> buffers;
        std::array<sf::Sound, 4> voices;  ///< a few cues may overlap
    };
#else
    struct Audio {};
#endif

    bool m_enabled;
    float m_volume = 80.f;
    bool m_muted = false;
    std::string m_problem;
    std::unique_ptr<Audio> m_audio;
    bool m_haveMusic = false;
    std::array<bool, static_cast<std::size_t>(Cue::Count)> m_loaded{};
    std::size_t m_nextVoice = 0;
};

}  // namespace dovui::host
