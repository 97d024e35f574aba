#pragma once
/// Where the learner app keeps its files: $XDG_DATA_HOME/dovui, else ~/.local/share/dovui.
#include <filesystem>
#include <string>

namespace dovui::play {

/// The app's data folder (not created here).
std::filesystem::path userDataFolder();

/// Writes `bytes` to `path` crash-safely: a temporary file next to it is written, flushed to
/// disk, then renamed over `path`, so a crash leaves either the old file or the new one.
/// Creates missing folders. Throws std::runtime_error with the path and the reason.
void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes);

/// Reads a whole file of at most `maxBytes` into `out`. False when it is missing (error left
/// empty) or cannot be read or is too big (`error` says why).
bool readSmallFile(const std::filesystem::path& path, std::size_t maxBytes, std::string& out,
                   std::string& error);

}  // namespace dovui::play
