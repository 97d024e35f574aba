// cereal's JSON archive must come before anything that includes rapidjson (design.md §5).
#include <cereal/archives/json.hpp>

#include "dovui/play/session/progress_store.hpp"

#include <sstream>
#include <stdexcept>

#include "dovui/play/session/data_folder.hpp"

namespace dovui::play {
namespace {

constexpr std::size_t kMaxProgressBytes = 8 * 1024 * 1024;
constexpr int kFormatVersion = 1;

/// What is stored: a format number, then the scheduler's state.
struct ProgressFile {
    int format = kFormatVersion;
    core::PracticeProgress progress;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(format), CEREAL_NVP(progress));
    }
};

/// Throws when the values cannot come from the scheduler (a hand-edited or damaged file).
void checkSane(const ProgressFile& file, const std::string& packId) {
    if (file.format != kFormatVersion)
        throw std::runtime_error("unknown format " + std::to_string(file.format));
    if (file.progress.packId != packId)
        throw std::runtime_error("belongs to pack \"" + file.progress.packId + "\"");
    if (file.progress.turn < 0)
        throw std::runtime_error("negative turn");
    for (const auto& [id, card] : file.progress.cards)
        if (card.box < 1 || card.box > core::kBoxCount || card.lastTurn >= file.progress.turn)
            throw std::runtime_error("question " + id + " has impossible values");
}

std::string brokenMessage(const std::filesystem::path& keptAside, core::Lang lang) {
    const std::string name = keptAside.filename().string();
    if (lang == core::Lang::En)
        return "Your saved practice progress was damaged, so practice starts afresh. The old "
               "file was kept as " +
               name + ".";
    return "Không đọc được tiến độ luyện tập đã lưu nên bắt đầu lại từ đầu. Tệp cũ được giữ "
           "lại với tên " +
           name + ".";
}

}  // namespace

ProgressStore::ProgressStore(std::filesystem::path folder) : m_folder(std::move(folder)) {}

std::filesystem::path ProgressStore::fileFor(const std::string& packId) const {
    std::string safe;
    for (char c : packId) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '.';
        safe.push_back(ok ? c : '_');
    }
    if (safe.empty() || safe[0] == '.')
        safe = "pack" + safe;
    return m_folder / (safe + ".json");
}

LoadedProgress ProgressStore::load(const std::string& packId, core::Lang lang) const {
    LoadedProgress out;
    out.progress.packId = packId;
    const auto path = fileFor(packId);
    std::string bytes, error;
    if (!readSmallFile(path, kMaxProgressBytes, bytes, error) && error.empty())
        return out;  // never practised this pack
    try {
        if (!error.empty())
            throw std::runtime_error(error);
        ProgressFile file;
        std::istringstream in(bytes);
        {
            cereal::JSONInputArchive archive(in);
            archive(cereal::make_nvp("practice", file));
        }
        checkSane(file, packId);
        out.progress = std::move(file.progress);
    } catch (const std::exception& e) {
        out.keptAside = path.string() + ".bad";
        std::error_code ec;
        std::filesystem::rename(path, out.keptAside, ec);
        out.message = brokenMessage(out.keptAside, lang);
        out.detail = e.what();
        out.progress = core::PracticeProgress{};
        out.progress.packId = packId;
    }
    return out;
}

void ProgressStore::save(const core::PracticeProgress& progress) const {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive archive(out);
        ProgressFile file{kFormatVersion, progress};
        archive(cereal::make_nvp("practice", file));
    }
    writeFileAtomically(fileFor(progress.packId), out.str());
}

}  // namespace dovui::play
