#pragma once
/// Before the server writes to a results file: is it one it can use? A file that is not SQLite,
/// a damaged one, another program's database or a WAL whose saved writes SQLite would drop
/// (a damaged frame before them) is never written to: `--resume` is refused in words, a new
/// match keeps the old file aside (design.md §6, issue 12).
#include <filesystem>
#include <string>

namespace dovui::store {

/// What makes the results file at `path` unusable, in plain Vietnamese ("" when it is fine or
/// does not exist yet). Reads only; never runs SQLite's recovery on a damaged WAL.
[[nodiscard]] std::string resultsFileDamage(const std::filesystem::path& path);

/// How many committed writes in the WAL at `walPath` come after a damaged frame (SQLite stops
/// reading at the first bad frame, so these would be silently lost); 0 for a sound or absent
/// WAL. A WAL whose own header is damaged counts every commit in it.
[[nodiscard]] int walCommitsLost(const std::filesystem::path& walPath);

/// Renames `path` and its -wal and -shm to "<name>.hong-<YYYYMMDD-HHMMSS><ext>" beside it,
/// so a new file can start; returns the new path of the main file.
std::filesystem::path keepAside(const std::filesystem::path& path);

}  // namespace dovui::store
