#pragma once
/// Whether this machine can play sound. Without a device every SFML sound object prints
/// OpenAL errors on each call (thousands a minute), so the apps ask once at start-up and,
/// when the answer is no, create none and say so in one line.
#include <string>

namespace dovui::ui {

/// Opens the audio device once with SFML's error output held back. False, with the reason
/// in `why`, when there is no usable device.
bool soundDeviceAvailable(std::string& why);

}  // namespace dovui::ui
