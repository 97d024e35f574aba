#pragma once
/// Shared by the cards suites: faces drawn once per process; temp folders and commands from
/// tests/support.
#include <string>

#include "classroom.hpp"
#include "dovui/testsupport/child_process.hpp"
#include "dovui/testsupport/temp_dir.hpp"

namespace dovui::cards::testing {

/// Faces 1..60 drawn by cairo at 240 px, made on first use.
const FaceSet& sharedFaces();

/// A fresh empty folder under the system's temp folder.
inline std::string freshTempDir(const std::string& name) {
    return dovui::testsupport::makeTempDir("dovui-cards-" + name).string();
}

using dovui::testsupport::CommandResult;
/// Runs `command` with /bin/sh; `output` holds its stdout and stderr together.
inline CommandResult runCommand(const std::string& command) {
    return dovui::testsupport::runCommand(command + " 2>&1");
}

}  // namespace dovui::cards::testing
