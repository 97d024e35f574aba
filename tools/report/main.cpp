// dovui-report: the facilitator's reports from the results store. Options only here; the work
// is in the dovui_report library the host app links too.
#include <CLI/CLI.hpp>
#include <iostream>

#include "dovui/report/report.hpp"
#include "report_text.hpp"

using namespace dovui::report;

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
        DateRange range;
        if (!from.empty())
            range.fromUnix = dateOption(from, 0, lang);
        if (!to.empty())
            range.toUnix = dateOption(to, 1, lang);  // through the end of that day
        std::filesystem::path html = writeSummaryReport(store, range, summaryOut, lang);
        std::cout << tr(lang, "Đã ghi báo cáo tổng hợp: ", "Summary written: ") << html.string()
                  << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << tr(lang, "lỗi: ", "error: ") << e.what() << '\n';
        return 1;
    }
}
