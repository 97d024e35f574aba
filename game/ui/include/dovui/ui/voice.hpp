#pragma once
/// Read-aloud through espeak-ng's Vietnamese (or English) voice, offline. A worker thread
/// synthesises into a buffer; the UI thread plays it with sf::Sound. No espeak data: silent,
/// with a reason in problem(). Construct it disabled when there is no sound device
/// (soundDeviceAvailable): then it creates no SFML sound object at all.
#ifndef DOVUI_NO_AUDIO  // built without audio (the Windows build): silent, see voice.cpp
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#endif
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "dovui/core/lang.hpp"

namespace dovui::ui {

class Voice {
public:
    explicit Voice(bool enabled);
    ~Voice();
    Voice(const Voice&) = delete;
    Voice& operator=(const Voice&) = delete;

    /// Replaces whatever is being read with `text`.
    void speak(const std::string& text, core::Lang lang);
    void stop();
    /// UI thread, every frame: starts playing a finished synthesis.
    void update(float volume);
    const std::string& problem() const { return m_problem; }

private:
    struct Job {
        std::string text;
        core::Lang lang = core::Lang::Vi;
        std::uint64_t id = 0;
    };
    void work();

    bool m_enabled;
    std::string m_problem;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Job> m_job;
    std::atomic<std::uint64_t> m_latest{
        0};  ///< id of the newest request; older results are dropped
    std::optional<std::pair<std::uint64_t, std::vector<std::int16_t>>> m_done;
    bool m_quit = false;
    int m_sampleRate = 22050;
    /// Only when enabled: without a sound device any SFML sound object prints errors.
#ifndef DOVUI_NO_AUDIO
    struct Output {
        sf::SoundBuffer buffer;
        sf::Sound sound;
    };
    std::unique_ptr<Output> m_out;
#endif
};

}  // namespace dovui::ui
