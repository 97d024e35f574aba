#pragma once
/// What a projected view needs besides the snapshot: the language and the clocks.
#include <string>

#include "dovui/core/lang.hpp"
#include "dovui/core/scoring.hpp"

namespace dovui::host {

struct ViewEnv {
    core::Lang lang = core::Lang::Vi;
    float clock = 0.f;             ///< seconds since the app started (idle animations)
    float phaseTime = 10.f;        ///< seconds since this phase began (entry animations)
    core::Millis remainingMs = 0;  ///< countdown, interpolated between snapshots
    std::string banner;            ///< a fresh problem to show in red (empty: none)
};

}  // namespace dovui::host
