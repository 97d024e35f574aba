#include "dovui/host/sound_bank.hpp"

#include <algorithm>
#include <filesystem>

namespace dovui::host {
#ifndef DOVUI_NO_AUDIO

namespace {
const char* const kCueFiles[] = {"tick.wav", "reveal.wav", "podium.wav", "join.wav"};
}

SoundBank::SoundBank(const std::string& folder, bool enabled) : m_enabled(enabled) {
    if (!enabled)
        return;
    m_audio = std::make_unique<Audio>();
    auto load = [&](sf::SoundBuffer& buffer, const std::string& file) {
        std::string path = folder + "/" + file;
        std::error_code ec;
        if (std::filesystem::exists(path, ec) && buffer.loadFromFile(path))
            return true;
        m_problem += (m_problem.empty() ? "" : ", ") + path;
        return false;
    };
    m_haveMusic = load(m_audio->musicBuffer, "lobby-music.wav");
    if (m_haveMusic) {
        m_audio->music.setBuffer(m_audio->musicBuffer);
        m_audio->music.setLoop(true);
    }
    for (std::size_t i = 0; i < m_audio->buffers.size(); ++i)
        m_loaded[i] = load(m_audio->buffers[i], kCueFiles[i]);
    if (!m_problem.empty())
        m_problem = "missing " + m_problem;
    apply();
}

void SoundBank::play(Cue cue) {
    auto i = static_cast<std::size_t>(cue);
    if (!m_enabled || m_muted || !m_loaded[i])
        return;
    sf::Sound& voice = m_audio->voices[m_nextVoice++ % m_audio->voices.size()];
    voice.stop();
    voice.setBuffer(m_audio->buffers[i]);
    voice.setVolume(m_volume);
    voice.play();
}

void SoundBank::startMusic() {
    if (m_haveMusic && m_audio->music.getStatus() != sf::Sound::Playing)
        m_audio->music.play();
}

void SoundBank::stopMusic() {
    if (m_haveMusic)
        m_audio->music.stop();
}

void SoundBank::setVolume(float volume) {
    m_volume = std::clamp(volume, 0.f, 100.f);
    apply();
}

void SoundBank::setMuted(bool muted) {
    m_muted = muted;
    apply();
}

void SoundBank::apply() {
    if (!m_enabled)
        return;
    m_audio->music.setVolume(m_muted ? 0.f : m_volume * 0.5f);  // music sits under the voice
    for (auto& v : m_audio->voices)
        v.setVolume(m_muted ? 0.f : m_volume);
}

#else
// Built without audio (DOVUI_NO_AUDIO: the Windows build has no OpenAL Soft): silent; the
// volume and mute settings are still kept.
SoundBank::SoundBank(const std::string&, bool) : m_enabled(false) {}
void SoundBank::play(Cue) {}
void SoundBank::startMusic() {}
void SoundBank::stopMusic() {}
void SoundBank::setVolume(float volume) {
    m_volume = std::clamp(volume, 0.f, 100.f);
}
void SoundBank::setMuted(bool muted) {
    m_muted = muted;
}
void SoundBank::apply() {}
#endif

}  // namespace dovui::host
