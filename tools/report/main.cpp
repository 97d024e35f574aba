// dovui-report: the facilitator's reports from the results store. Options only here; the work
// is in the report library (server/report) the host app links too.
#include <CLI/CLI.hpp>
#include <ctime>
#include <iostream>

#include "dovui/core/lang.hpp"
#include "dovui/report/report.hpp"

using namespace dovui::report;
using dovui::core::Lang;
using dovui::core::tr;

namespace {

std::int64_t parseMatchId(const std::string& text, Lang lang) {
    if (text.empty() || text == "latest" || text == "moi-nhat")
        return kLatestMatch;
    if (text.size() < 12 && text.find_first_not_of("0123456789") == std::string::npos &&
        std::stoll(text) > 0)
        return std::stoll(text);
    throw std::runtime_error(tr(lang, "mã trận không hợp lệ: ", "invalid match id: ") + text +
                             tr(lang, " (dùng một số, hoặc latest)", " (a number, or latest)"));
}

std::int64_t dateOption(const std::string& text, int addDays, Lang lang) {
    std::optional<std::int64_t> t = parseLocalDate(text, addDays);
    if (!t)
        throw std::runtime_error(tr(lang, "ngày không hợp lệ (cần YYYY-MM-DD): ",
                                    "invalid date (expected YYYY-MM-DD): ") +
                                 text);
    return *t;
}

/// --store files, then every *.sqlite of each --stores folder; the data folder's store when none.
std::vector<std::filesystem::path> storeList(const std::vector<std::string>& files,
                                             const std::vector<std::string>& folders,
                                             const std::filesystem::path& fallback, Lang lang) {
    std::vector<std::filesystem::path> out(files.begin(), files.end());
    for (const std::string& folder : folders) {
        std::vector<std::filesystem::path> found = storesInFolder(folder, lang);
        if (found.empty())
            std::cerr << tr(lang, "cảnh báo: không có tệp .sqlite nào trong ",
                            "warning: no .sqlite file in ")
                      << folder << '\n';
        out.insert(out.end(), found.begin(), found.end());
    }
    if (files.empty() && folders.empty())
        out.push_back(fallback);
    return out;
}

/// Every file that cannot be read is named; the exit code is 1 only when none could be.
int runSummary(const std::vector<std::filesystem::path>& stores, const DateRange& range,
               const std::filesystem::path& outDir, Lang lang) {
    CommuneSummary result = writeCommuneSummary(stores, range, outDir, lang);
    for (const std::string& problem : result.problems)
        std::cerr << tr(lang, "bỏ qua: ", "skipped: ") << problem << '\n';
    if (result.filesRead == 0) {
        std::cerr << tr(lang, "lỗi: không đọc được tệp kết quả nào",
                        "error: no results file could be read")
                  << '\n';
        return 1;
    }
    std::cout << tr(lang, "Đã ghi báo cáo tổng hợp: ", "Summary written: ") << result.html.string()
              << " (" << result.filesRead << tr(lang, " tệp kết quả)", " results files)") << '\n';
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"dovui-report: báo cáo kết quả / match reports and the cross-session summary"};
    app.require_subcommand(1);
    app.fallthrough();
    std::string langCode = "vi";
    std::string dataDir;
    app.add_option("--lang", langCode, "Ngôn ngữ / language: vi (mặc định / default) | en")
        ->check(CLI::IsMember({"vi", "en"}));
    app.add_option("--data-dir", dataDir,
                   "Thư mục chứa results.sqlite / folder holding results.sqlite "
                   "(default: ~/.local/share/dovui)");

    std::string matchText = "latest";
    std::string matchOut;
    CLI::App* match = app.add_subcommand(
        "match", "Báo cáo một trận (HTML + CSV) / one match's report (HTML + CSV)");
    match->add_option("id", matchText, "Mã trận, hoặc latest / match id, or latest");
    match->add_option("-o,--output", matchOut,
                      "Thư mục ghi báo cáo / output folder (default: dovui-match-ID)");

    std::string from, to, summaryOut = "dovui-summary";
    CLI::App* summary =
        app.add_subcommand("summary", "Tổng hợp mọi trận / summary over every match (HTML + CSV)");
    summary->add_option("--from", from, "Từ ngày / from date (YYYY-MM-DD)");
    summary->add_option("--to", to, "Đến hết ngày / up to and including date (YYYY-MM-DD)");
    summary->add_option("-o,--output", summaryOut, "Thư mục ghi báo cáo / output folder");
    std::vector<std::string> storeFiles, storeFolders;
    summary->add_option("--store", storeFiles,
                        "Tệp kết quả (lặp lại được) / a results file (repeatable): gộp nhiều nơi "
                        "/ merges many sites");
    summary->add_option("--stores", storeFolders,
                        "Thư mục chứa các tệp *.sqlite / a folder of *.sqlite results files");

    std::string exportStore, exportOut = ".";
    CLI::App* exportCmd = app.add_subcommand(
        "export", "Xuất kết quả để gửi / export this laptop's results as one file to send");
    exportCmd->add_option("--store", exportStore,
                          "Tệp kết quả / results file (default: results.sqlite in --data-dir)");
    exportCmd->add_option("--out", exportOut, "Thư mục ghi tệp / output folder (default: .)");
    CLI11_PARSE(app, argc, argv);

    const Lang lang = langCode == "en" ? Lang::En : Lang::Vi;
    const std::filesystem::path store =
        dataDir.empty() ? defaultStorePath() : std::filesystem::path(dataDir) / "results.sqlite";
    try {
        if (match->parsed()) {
            std::int64_t id = parseMatchId(matchText, lang);
            id = resolveMatchId(store, id, lang);
            std::filesystem::path out =
                matchOut.empty() ? "dovui-match-" + std::to_string(id) : matchOut;
            std::filesystem::path html = writeMatchReport(store, id, out, lang);
            std::cout << tr(lang, "Đã ghi báo cáo: ", "Report written: ") << html.string() << '\n';
            return 0;
        }
        if (exportCmd->parsed()) {
            std::filesystem::path file =
                exportResults(exportStore.empty() ? store : std::filesystem::path(exportStore),
                              exportOut, static_cast<std::int64_t>(std::time(nullptr)), lang);
            std::cout << tr(lang, "Đã xuất kết quả để gửi: ", "Results exported to send: ")
                      << file.string() << '\n';
            return 0;
        }
        DateRange range;
        if (!from.empty())
            range.fromUnix = dateOption(from, 0, lang);
        if (!to.empty())
            range.toUnix = dateOption(to, 1, lang);  // through the end of that day
        return runSummary(storeList(storeFiles, storeFolders, store, lang), range, summaryOut,
                          lang);
    } catch (const std::exception& e) {
        std::cerr << tr(lang, "lỗi: ", "error: ") << e.what() << '\n';
        return 1;
    }
}
