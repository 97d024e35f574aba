// The packs a host offers for practice, their index for the page, and the single-file page a
// learner takes home (issue 14).
#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "dovui/core/practice.hpp"
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
        // The core's own counts of practisable questions (a fresh progress: nothing seen).
        const core::PracticeProgress none;
        out += "{\"id\":" + jsonString(p.id) + ",\"title\":" + jsonString(p.pack->title) +
               ",\"language\":" + jsonString(p.pack->language) +
               ",\"questions\":" + std::to_string(core::packMastery(*p.pack, none, 0).total) +
               ",\"topics\":[";
        bool firstTopic = true;
        for (const core::TopicMastery& topic : core::topicMastery(*p.pack, none, 0)) {
            out += (firstTopic ? "" : ",") + std::string("{\"id\":") + jsonString(topic.topicId) +
                   ",\"name\":" + jsonString(topic.name) +
                   ",\"questions\":" + std::to_string(topic.total) + "}";
            firstTopic = false;
        }
        out += "]}";
    }
    return out + "],\"withheld\":" + std::to_string(held) + "}";
}

std::vector<std::string> topicNamesOf(const core::Pack& pack, std::string_view questionId) {
    std::vector<std::string> names;
    auto q = std::find_if(pack.questions.begin(), pack.questions.end(),
                          [&](const core::Question& x) { return x.id == questionId; });
    if (q == pack.questions.end())
        return names;
    for (const std::string& id : q->topics) {
        auto topic = std::find_if(pack.topics.begin(), pack.topics.end(),
                                  [&](const core::Topic& t) { return t.id == id; });
        names.push_back(topic == pack.topics.end() ? id : topic->name);
    }
    return names;
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
