#include "dovui/ui/voice.hpp"

#ifndef DOVUI_NO_AUDIO
#include <espeak-ng/speak_lib.h>
#endif

namespace dovui::ui {
#ifndef DOVUI_NO_AUDIO
namespace {

/// What the espeak callback writes into; lives on the worker thread's stack.
struct Synthesis {
    std::vector<std::int16_t>* samples;
    const std::atomic<std::uint64_t>* latest;
    std::uint64_t id;
};

int onSamples(short* wav, int count, espeak_EVENT* events) {
    auto* synthesis = static_cast<Synthesis*>(events ? events->user_data : nullptr);
    if (!synthesis)
        return 0;
    if (synthesis->latest->load() != synthesis->id)
        return 1;  // a newer request came in: stop this one
    if (wav && count > 0)
        synthesis->samples->insert(synthesis->samples->end(), wav, wav + count);
    return 0;
}

}  // namespace

Voice::Voice(bool enabled) : m_enabled(enabled) {
    if (!m_enabled)
        return;
    m_out = std::make_unique<Output>();
    m_thread = std::thread([this] { work(); });
}

Voice::~Voice() {
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        ++m_latest;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Voice::speak(const std::string& text, core::Lang lang) {
    if (!m_enabled)
        return;
    m_out->sound.stop();
    {
        std::lock_guard lock(m_mutex);
        m_job = Job{text, lang, ++m_latest};
    }
    m_wake.notify_all();
}

void Voice::stop() {
    std::lock_guard lock(m_mutex);
    ++m_latest;
    m_job.reset();
    m_done.reset();
    if (m_out)
        m_out->sound.stop();
}

void Voice::update(float volume) {
    std::vector<std::int16_t> samples;
    {
        std::lock_guard lock(m_mutex);
        if (!m_done || m_done->first != m_latest)
            return;
        samples = std::move(m_done->second);
        m_done.reset();
    }
    if (samples.empty() || !m_out)
        return;
    m_out->sound.stop();
    if (!m_out->buffer.loadFromSamples(samples.data(), samples.size(), 1,
                                       static_cast<unsigned>(m_sampleRate)))
        return;
    m_out->sound.setBuffer(m_out->buffer);
    m_out->sound.setVolume(volume);
    m_out->sound.play();
}

void Voice::work() {
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
    if (rate <= 0) {
        std::lock_guard lock(m_mutex);
        m_problem = "espeak-ng: no voice data (install espeak-ng-data)";
        return;
    }
    m_sampleRate = rate;
    espeak_SetSynthCallback(onSamples);
    espeak_SetParameter(espeakRATE, 145, 0);  // a little slower than default, for elders
    core::Lang current = core::Lang::En;
    bool voiceSet = false;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_quit || m_job.has_value(); });
            if (m_quit)
                break;
            job = std::move(*m_job);
            m_job.reset();
        }
        if (!voiceSet || job.lang != current) {
            current = job.lang;
            voiceSet = espeak_SetVoiceByName(current == core::Lang::Vi ? "vi" : "en") == EE_OK;
        }
        std::vector<std::int16_t> samples;
        Synthesis synthesis{&samples, &m_latest, job.id};
        espeak_Synth(job.text.c_str(), job.text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                     nullptr, &synthesis);
        std::lock_guard lock(m_mutex);
        if (job.id == m_latest)
            m_done = std::make_pair(job.id, std::move(samples));
    }
    espeak_Terminate();
}

#else
// Built without audio (DOVUI_NO_AUDIO: the Windows build, which has no OpenAL Soft and no
// espeak-ng): nothing is read aloud, and problem() says so.
Voice::Voice(bool) : m_enabled(false), m_problem("read-aloud: not in this build (no audio)") {}
Voice::~Voice() = default;
void Voice::speak(const std::string&, core::Lang) {}
void Voice::stop() {}
void Voice::update(float) {}
void Voice::work() {}
#endif

}  // namespace dovui::ui
