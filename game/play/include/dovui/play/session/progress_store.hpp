#pragma once
/// Self-practice progress on disk: one JSON file per pack in <data>/practice/<packId>.json,
/// written crash-safely. A file that cannot be read is moved aside (".bad") and the learner
/// starts afresh with a message saying so — never a crash, never a silent reset.
#include <filesystem>
#include <string>

#include "dovui/core/lang.hpp"
#include "dovui/core/practice.hpp"

namespace dovui::play {

struct LoadedProgress {
    core::PracticeProgress progress;
    /// Empty when all went well; otherwise what happened, in the learner's language.
    std::string message;
    std::filesystem::path keptAside;  ///< where the unreadable file went (empty if none)
    std::string detail;               ///< the technical cause, for logs (not shown to the learner)
};

class ProgressStore {
public:
    /// `folder` holds the files (usually userDataFolder() / "practice").
    explicit ProgressStore(std::filesystem::path folder);

    /// The progress of `packId`: saved, fresh, or fresh after a corrupted file.
    LoadedProgress load(const std::string& packId, core::Lang lang) const;
    /// Saves crash-safely; throws std::runtime_error (with the path) when the disk refuses.
    void save(const core::PracticeProgress& progress) const;
    /// The file of `packId` (its name keeps only safe characters of the id).
    std::filesystem::path fileFor(const std::string& packId) const;

private:
    std::filesystem::path m_folder;
};

}  // namespace dovui::play
