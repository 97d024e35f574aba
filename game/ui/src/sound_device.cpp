#include "dovui/ui/sound_device.hpp"

#include <SFML/Audio/SoundBuffer.hpp>
#include <SFML/System/Err.hpp>
#include <sstream>

namespace dovui::ui {

bool soundDeviceAvailable(std::string& why) {
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
}

}  // namespace dovui::ui
