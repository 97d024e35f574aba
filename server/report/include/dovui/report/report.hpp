#pragma once
/// Facilitator reports from the results store (design.md §1 scene 4): one match as a
/// self-contained HTML page plus Excel-safe CSV files, and the cross-session summary.
/// The host app calls these directly (link dovui_report); `dovui-report` is a thin CLI.
/// Dependency direction: server/store ← server/report ← server/host and tools/report.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/core/lang.hpp"

namespace dovui::report {

/// Match id meaning "the most recently started match".
inline constexpr std::int64_t kLatestMatch = 0;

/// Writes report.html, match.csv, ranking.csv, questions.csv, answers.csv and techniques.csv into
/// `outDir`
/// (created when missing) and returns the path of report.html. Reads the store read-only, so
/// it is safe while a server is running. Throws std::runtime_error with a message in `lang`.
std::filesystem::path writeMatchReport(const std::filesystem::path& storePath, std::int64_t matchId,
                                       const std::filesystem::path& outDir, core::Lang lang);

/// `matchId`, or the latest match's id for kLatestMatch; throws when the store has none.
std::int64_t resolveMatchId(const std::filesystem::path& storePath, std::int64_t matchId,
                            core::Lang lang);

/// Matches started in [fromUnix, toUnix).
struct DateRange {
    std::int64_t fromUnix = 0;
    std::int64_t toUnix = std::int64_t{1} << 40;
};

/// Writes summary.html and the summary-*.csv files (matches, topics, techniques, questions,
/// practice);
/// returns the path of summary.html.
std::filesystem::path writeSummaryReport(const std::filesystem::path& storePath,
                                         const DateRange& range,
                                         const std::filesystem::path& outDir, core::Lang lang);

/// The commune-wide summary (issue 17): many cultural houses' results files merged, each read
/// read-only (an older one migrated in memory); a match counted once however many files hold
/// it. `html` is empty when no file could be read; `problems` names each file that could not.
struct CommuneSummary {
    std::filesystem::path html;
    std::vector<std::string> problems;
    std::size_t filesRead = 0;
};
CommuneSummary writeCommuneSummary(const std::vector<std::filesystem::path>& stores,
                                   const DateRange& range, const std::filesystem::path& outDir,
                                   core::Lang lang);

/// Every *.sqlite file directly in `folder`, sorted by name; throws when it is not a folder.
std::vector<std::filesystem::path> storesInFolder(const std::filesystem::path& folder,
                                                  core::Lang lang);

/// "Xuất kết quả để gửi": copies the results file with SQLite's online backup (safe while the
/// host runs) into `outDir` as ket-qua-<site>-<YYYY-MM-DD>.sqlite (site: the latest match's
/// name, ASCII-folded; date: local, of `nowUnix`). The same laptop's file of that day is
/// replaced; another laptop's file of that name is kept (ours gets "-2"). Returns the file.
std::filesystem::path exportResults(const std::filesystem::path& storePath,
                                    const std::filesystem::path& outDir, std::int64_t nowUnix,
                                    core::Lang lang);

/// "2026-11-14" -> local midnight of that day plus `addDays` days, as unix seconds; nullopt
/// when malformed or not a real date.
std::optional<std::int64_t> parseLocalDate(std::string_view text, int addDays = 0);

/// results.sqlite in the server's data folder: $XDG_DATA_HOME/dovui or ~/.local/share/dovui
/// (the same rule as store::defaultDataDir).
std::filesystem::path defaultStorePath();

}  // namespace dovui::report
