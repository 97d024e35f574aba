// "Xuất kết quả để gửi" (issue 17): this laptop's results as one file, named by site and date,
// for a USB stick or a messaging app; the organiser's summary merges it (a match by its uid, so
// a file merged twice changes nothing).
#include <sqlite3.h>

#include <stdexcept>
#include <utility>

#include "dovui/core/text.hpp"
#include "dovui/report/report.hpp"
#include "dovui/store/results_file.hpp"
#include "dovui/store/store_reader.hpp"
#include "report_text.hpp"

namespace dovui::report {
namespace {

namespace fs = std::filesystem;

/// "Nhà văn hóa thôn 3" -> "Nha-van-hoa-thon-3": marks dropped, case kept, other signs '-'.
std::string asciiName(std::string_view name) {
    std::string out;
    for (std::size_t at = 0; at < name.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(name[at]);
        if (lead >= 0xF0)
            len = 4;
        else if (lead >= 0xE0)
            len = 3;
        else if (lead >= 0xC0)
            len = 2;
        const std::string_view one = name.substr(at, len);
        at += len;
        const std::string folded = core::foldToAscii(one);
        const bool upper = core::foldCase(one) != one;
        for (char c : folded) {
            const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum)
                out += upper && c >= 'a' ? static_cast<char>(c - 'a' + 'A') : c;
            else if (!out.empty() && out.back() != '-')
                out += '-';
        }
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.size() > 60)
        out.resize(60);
    return out.empty() ? "chua-dat-ten" : out;
}

std::string siteUidOf(const fs::path& file, Lang lang) {
    try {
        return store::StoreReader(file, lang).siteUid();
    } catch (const std::exception&) {
        return {};  // not a results file: never replaced
    }
}

}  // namespace

fs::path exportResults(const fs::path& storePath, const fs::path& outDir, std::int64_t nowUnix,
                       Lang lang) {
    store::StoreReader source(storePath, lang);
    const std::string site = source.siteUid();
    const std::string name = source.latestMatchName();
    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec)
        throw std::runtime_error(tr(lang, "không tạo được thư mục ", "cannot create folder ") +
                                 outDir.string() + ": " + ec.message());
    // The same laptop's export of the same day is replaced by the fuller one; another laptop's
    // file of the same name (one USB stick for a whole commune) is kept: ours gets "-2".
    const std::string stem = "ket-qua-" + asciiName(name) + "-" + formatDate(nowUnix, Lang::En);
    fs::path target = outDir / (stem + ".sqlite");
    for (int n = 2; fs::exists(target, ec) && siteUidOf(target, lang) != site; ++n)
        target = outDir / (stem + "-" + std::to_string(n) + ".sqlite");

    const fs::path partial = fs::path(target.string() + ".partial");
    fs::remove(partial, ec);
    {
        store::DbHandle copy;
        if (sqlite3_open(store::utf8Path(partial).c_str(), &copy.db) != SQLITE_OK)
            throw std::runtime_error(tr(lang, "không ghi được tệp ", "cannot write ") +
                                     partial.string());
        // The online backup API: a consistent copy even while the host is writing.
        sqlite3_backup* backup = sqlite3_backup_init(copy.db, "main", source.handle(), "main");
        const int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
        sqlite3_backup_finish(backup);
        char* error = nullptr;
        if (rc != SQLITE_DONE || sqlite3_exec(copy.db, "PRAGMA journal_mode=DELETE", nullptr,
                                              nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : sqlite3_errmsg(copy.db);
            sqlite3_free(error);
            sqlite3_close(std::exchange(copy.db, nullptr));
            fs::remove(partial, ec);
            throw std::runtime_error(tr(lang, "không ghi được tệp ", "cannot write ") +
                                     target.string() + ": " + message);
        }
    }
    fs::rename(partial, target, ec);
    if (ec) {
        fs::remove(partial, ec);
        throw std::runtime_error(tr(lang, "không ghi được tệp ", "cannot write ") +
                                 target.string() + ": " + ec.message());
    }
    return target;
}

}  // namespace dovui::report
