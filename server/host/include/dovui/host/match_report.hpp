#pragma once
/// The lines dovui-host --exit-at-podium prints for tests and scripts: players, questions,
/// answers stored, and the podium.
#include <cstdint>
#include <ostream>
#include <string>

#include "dovui/server/snapshot.hpp"

namespace dovui::host {

void printMatchReport(std::ostream& out, const server::ServerSnapshot& snap,
                      const std::string& storePath, std::int64_t matchId);

}  // namespace dovui::host
