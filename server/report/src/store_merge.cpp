#include "store_merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

#include "dovui/report/report.hpp"
#include "dovui/store/store_reader.hpp"
#include "report_text.hpp"

namespace dovui::report {
namespace {

namespace fs = std::filesystem;

struct FileContent {
    std::vector<MatchRecord> matches;
    std::vector<PracticeRecord> practice;
};

/// Everything of one file, or an exception: a file is counted whole or not at all.
FileContent readFile(const fs::path& path, std::int64_t fromUnix, std::int64_t toUnix,
                     core::Lang lang) {
    FileContent out;
    store::StoreReader store(path, lang);
    const std::string site = store.siteUid();
    for (std::int64_t id : store.matchIds(fromUnix, toUnix)) {
        out.matches.push_back(store.loadMatch(id));
        out.matches.back().siteUid = site;
    }
    out.practice = store.practiceAnswers(fromUnix, toUnix);
    return out;
}

/// A copy taken mid-match holds less of it than a later one: the fuller copy is kept.
bool fuller(const MatchRecord& a, const MatchRecord& b) {
    return std::make_tuple(a.answers.size(), a.questions.size(), a.endedAt.has_value()) >
           std::make_tuple(b.answers.size(), b.questions.size(), b.endedAt.has_value());
}

}  // namespace

MergedStores mergeStores(const std::vector<fs::path>& stores, std::int64_t fromUnix,
                         std::int64_t toUnix, core::Lang lang) {
    MergedStores merged;
    std::map<std::string, MatchRecord> byUid;
    std::set<std::tuple<std::string, std::string, std::string, std::int64_t>> practiceSeen;
    for (const fs::path& path : stores) {
        FileContent content;
        try {
            content = readFile(path, fromUnix, toUnix, lang);
        } catch (const std::exception& e) {
            const std::string what = e.what();
            // Messages from the opening already name the file; others get its name here.
            merged.problems.push_back(
                what.find(path.string()) == std::string::npos ? path.string() + ": " + what : what);
            continue;
        }
        merged.filesRead.push_back(path.string());
        for (MatchRecord& m : content.matches) {
            auto [it, added] = byUid.try_emplace(m.uid, m);
            if (added)
                continue;
            ++merged.duplicateMatches;
            if (fuller(m, it->second))
                it->second = std::move(m);
        }
        for (PracticeRecord& p : content.practice)
            if (practiceSeen.insert({p.learner, p.packTitle, p.questionId, p.receivedAtMs}).second)
                merged.practice.push_back(std::move(p));
    }
    for (auto& [uid, m] : byUid)
        merged.matches.push_back(std::move(m));
    std::stable_sort(merged.matches.begin(), merged.matches.end(),
                     [](const MatchRecord& a, const MatchRecord& b) {
                         return std::tie(a.startedAt, a.uid) < std::tie(b.startedAt, b.uid);
                     });
    std::stable_sort(merged.practice.begin(), merged.practice.end(),
                     [](const PracticeRecord& a, const PracticeRecord& b) {
                         return a.receivedAtMs < b.receivedAtMs;
                     });
    return merged;
}

std::vector<fs::path> storesInFolder(const fs::path& folder, core::Lang lang) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw std::runtime_error(tr(lang, "không tìm thấy thư mục: ", "folder not found: ") +
                                 folder.string());
    std::vector<fs::path> out;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".sqlite")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace dovui::report
