// The packs a host offers for practice, their index for the page, and the single-file page a
// learner takes home (issue 14).
#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "dovui/server/match_server.hpp"
#include "dovui/server/practice.hpp"

namespace dovui::server {
namespace fs = std::filesystem;

const PracticePack* PracticeCatalog::find(std::string_view id) const {
    for (const PracticePack& p : packs)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::string PracticeCatalog::indexJson(std::string_view withheld) const {
    std::string out = "{\"packs\":[";
    bool first = true;
    int held = 0;
    for (const PracticePack& p : packs) {
        if (p.id == withheld) {
            ++held;
            continue;
        }
        out += first ? "" : ",";
        first = false;
        int practisable = 0;
        for (const core::Question& q : p.pack->questions)
            practisable += q.kind != core::QuestionKind::Poll ? 1 : 0;
        out += "{\"id\":" + jsonString(p.id) + ",\"title\":" + jsonString(p.pack->title) +
               ",\"language\":" + jsonString(p.pack->language) +
               ",\"questions\":" + std::to_string(practisable) + ",\"topics\":[";
        for (std::size_t t = 0; t < p.pack->topics.size(); ++t) {
            const core::Topic& topic = p.pack->topics[t];
            auto count = std::count_if(
                p.pack->questions.begin(), p.pack->questions.end(), [&](const core::Question& q) {
                    return q.kind != core::QuestionKind::Poll &&
                           std::find(q.topics.begin(), q.topics.end(), topic.id) != q.topics.end();
                });
            out += (t ? "," : "") + std::string("{\"id\":") + jsonString(topic.id) +
                   ",\"name\":" + jsonString(topic.name) +
                   ",\"questions\":" + std::to_string(count) + "}";
        }
        out += "]}";
    }
    return out + "],\"withheld\":" + std::to_string(held) + "}";
}

std::vector<std::string> bundledPackPaths() {
    std::vector<std::string> paths;
    std::error_code ec;
    fs::path root = fs::path(assetsDir()) / "packs";
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".json")
            paths.push_back(it->path().string());
    std::sort(paths.begin(), paths.end());
    return paths;
}

PracticeCatalog loadPracticeCatalog(const std::vector<std::string>& paths) {
    PracticeCatalog catalog;
    for (const std::string& path : paths) {
        try {
            LoadedPack loaded = loadPackFile(path);
            if (catalog.find(loaded.pack.id)) {
                catalog.problems.push_back(path + ": gói \"" + loaded.pack.id +
                                           "\" đã có, bỏ qua bản này");
                continue;
            }
            std::string id = loaded.pack.id;
            catalog.packs.push_back({id, std::move(loaded.json),
                                     std::make_shared<const core::Pack>(std::move(loaded.pack))});
        } catch (const std::exception& e) {
            catalog.problems.push_back(e.what());
        }
    }
    return catalog;
}

}  // namespace dovui::server
