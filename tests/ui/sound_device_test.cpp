// Without a sound device the apps ask once and go silent with one line, instead of SFML
// printing OpenAL errors on every call. Each case runs in a child process: OpenAL reads
// ALSOFT_DRIVERS once, when it first starts.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "dovui/testsupport/child_process.hpp"
#include "dovui/ui/sound_device.hpp"

namespace {

/// Exit status of a child that probes with ALSOFT_DRIVERS=`driver`: 0 = a device, 1 = none
/// with a reason, 2 = none without one.
int probeWith(const char* driver) {
    return dovui::testsupport::runInChildProcess([driver] {
        setenv("ALSOFT_DRIVERS", driver, 1);
        std::string why;
        bool ok = dovui::ui::soundDeviceAvailable(why);
        return ok ? 0 : (why.empty() ? 2 : 1);
    });
}

}  // namespace

TEST_CASE("the sound device is asked for once: OpenAL's null driver is a device, none is none") {
    CHECK(probeWith("null") == 0);
    CHECK(probeWith("no-such-driver") == 1);  // "Failed to open the audio device"
}
