#pragma once
/// Shared by the cards suites: faces drawn once per process, temp folders, running a command.
#include <string>

#include "classroom.hpp"

namespace dovui::cards::testing {

/// Faces 1..60 drawn by cairo at 240 px, made on first use.
const FaceSet& sharedFaces();

/// A fresh empty folder under the system's temp folder.
std::string freshTempDir(const std::string& name);

struct CommandResult {
    int exitCode = -1;
    std::string output;  ///< stdout and stderr together
};
CommandResult runCommand(const std::string& command);

}  // namespace dovui::cards::testing
