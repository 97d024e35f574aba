#include "dovui/report/report.hpp"

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <stdexcept>

#include "dovui/paths/paths.hpp"
#include "dovui/store/store_reader.hpp"
#include "match_render.hpp"
#include "store_merge.hpp"
#include "summary.hpp"

namespace dovui::report {
namespace {

namespace fs = std::filesystem;

void writeFile(const fs::path& path, const std::string& content, Lang lang) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out)
        throw std::runtime_error(tr(lang, "không ghi được tệp ", "cannot write ") + path.string());
}

void makeFolder(const fs::path& folder, Lang lang) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw std::runtime_error(tr(lang, "không tạo được thư mục ", "cannot create folder ") +
                                 folder.string() + ": " + ec.message());
}

}  // namespace

std::int64_t resolveMatchId(const fs::path& storePath, std::int64_t matchId, Lang lang) {
    if (matchId != kLatestMatch)
        return matchId;
    store::StoreReader store(storePath, lang);
    std::optional<std::int64_t> latest = store.latestMatchId();
    if (!latest)
        throw std::runtime_error(tr(lang, "tệp kết quả chưa có trận đấu nào: ",
                                    "the results file has no matches yet: ") +
                                 storePath.string());
    return *latest;
}

fs::path writeMatchReport(const fs::path& storePath, std::int64_t matchId, const fs::path& outDir,
                          Lang lang) {
    matchId = resolveMatchId(storePath, matchId, lang);
    store::StoreReader store(storePath, lang);
    MatchRecord match = store.loadMatch(matchId);
    MatchStats stats = computeStats(match);
    makeFolder(outDir, lang);
    fs::path html = outDir / "report.html";
    writeFile(html, renderMatchHtml(match, stats, lang), lang);
    for (const NamedFile& file : renderMatchCsv(match, stats, lang))
        writeFile(outDir / file.name, file.content, lang);
    return html;
}

namespace {

fs::path writeSummaryFiles(const Summary& summary, const fs::path& outDir, Lang lang) {
    makeFolder(outDir, lang);
    fs::path html = outDir / "summary.html";
    writeFile(html, renderSummaryHtml(summary, lang), lang);
    for (const NamedFile& file : renderSummaryCsv(summary, lang))
        writeFile(outDir / file.name, file.content, lang);
    return html;
}

}  // namespace

fs::path writeSummaryReport(const fs::path& storePath, const DateRange& range,
                            const fs::path& outDir, Lang lang) {
    store::StoreReader store(storePath, lang);
    std::vector<MatchRecord> matches;
    const std::string site = store.siteUid();
    for (std::int64_t id : store.matchIds(range.fromUnix, range.toUnix)) {
        matches.push_back(store.loadMatch(id));
        matches.back().siteUid = site;
    }
    Summary summary = summarize(matches, range.fromUnix, range.toUnix);
    summary.practice = summarizePractice(store.practiceAnswers(range.fromUnix, range.toUnix));
    return writeSummaryFiles(summary, outDir, lang);
}

CommuneSummary writeCommuneSummary(const std::vector<fs::path>& stores, const DateRange& range,
                                   const fs::path& outDir, Lang lang) {
    MergedStores merged = mergeStores(stores, range.fromUnix, range.toUnix, lang);
    CommuneSummary result{{}, merged.problems, merged.filesRead.size()};
    if (merged.filesRead.empty())
        return result;
    Summary summary = summarize(merged.matches, range.fromUnix, range.toUnix);
    summary.practice = summarizePractice(merged.practice);
    summary.filesRead = std::move(merged.filesRead);
    summary.problems = std::move(merged.problems);
    summary.duplicateMatches = merged.duplicateMatches;
    result.html = writeSummaryFiles(summary, outDir, lang);
    return result;
}

std::optional<std::int64_t> parseLocalDate(std::string_view text, int addDays) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    std::tm tm{};
    tm.tm_year = std::stoi(std::string(text.substr(0, 4))) - 1900;
    tm.tm_mon = std::stoi(std::string(text.substr(5, 2))) - 1;
    tm.tm_mday = std::stoi(std::string(text.substr(8, 2)));
    tm.tm_isdst = -1;
    if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31)
        return std::nullopt;
    std::tm check = tm;
    if (std::mktime(&check) == static_cast<std::time_t>(-1) || check.tm_mday != tm.tm_mday)
        return std::nullopt;  // 2026-02-30 rolls over: refuse it
    tm.tm_mday += addDays;    // mktime normalises the month and any daylight-saving change
    std::time_t t = std::mktime(&tm);
    if (t == static_cast<std::time_t>(-1))
        return std::nullopt;
    return static_cast<std::int64_t>(t);
}

fs::path defaultStorePath() {
    return paths::userDataDir() / "results.sqlite";
}

}  // namespace dovui::report
