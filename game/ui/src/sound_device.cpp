#include "dovui/ui/sound_device.hpp"

#ifndef DOVUI_NO_AUDIO
#include <SFML/Audio/SoundBuffer.hpp>
#endif
#include <SFML/System/Err.hpp>
#include <sstream>

namespace dovui::ui {

bool soundDeviceAvailable(std::string& why) {
#ifdef DOVUI_NO_AUDIO  // the Windows build has no OpenAL Soft: silent
    why = "this build has no audio (no OpenAL Soft)";
    return false;
#else
    std::ostringstream held;
    std::streambuf* previous = sf::err().rdbuf(held.rdbuf());
    {
        sf::SoundBuffer probe;  // SFML opens the device with its first audio object
    }
    sf::err().rdbuf(previous);
    std::string said = held.str();
    if (said.empty())
        return true;
    why = said.substr(0, said.find('\n'));  // "Failed to open the audio device"
    return false;
#endif
}

}  // namespace dovui::ui
