#pragma once
/// Helpers for the learner-app suites: dovui-server as a child process, pumping a session,
/// reading the results file.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dovui/testsupport/child_process.hpp"
#include "dovui/testsupport/free_ports.hpp"
#include "dovui/testsupport/temp_dir.hpp"

namespace dovui::play::test {

// Temp folders, free ports and the server process come from tests/support.
using dovui::testsupport::freeUdpPorts;
using dovui::testsupport::TempDir;
/// dovui-server with its output in a log file (so it never blocks on a full pipe).
using ServerProcess = dovui::testsupport::LoggedProcess;

/// Calls `step` every few ms until `done` or the timeout; returns done().
bool pumpUntil(const std::function<void()>& step, const std::function<bool()>& done,
               std::uint32_t timeoutMs);

/// The rows of `sql` run on the SQLite file `file` (read-only), as text; throws on failure.
std::vector<std::vector<std::string>> query(const std::filesystem::path& file,
                                            const std::string& sql);

/// Milliseconds on a monotonic clock (the session's clock in tests).
std::int64_t nowMs();

}  // namespace dovui::play::test
