#include "dovui/play/session/game_browser.hpp"

#include <algorithm>
#include <chrono>

#include "dovui/core/protocol.hpp"
#include "dovui/net/handshake.hpp"

namespace dovui::play {
namespace {
constexpr std::uint32_t kProbeWaitMs = 700;
constexpr int kPauseSlices = 8;  ///< 8 × 50 ms between rounds, so stop() is quick
constexpr int kForgetAfterRounds = 2;

bool sameGame(const net::GameInfo& a, const net::GameInfo& b) {
    return a.address == b.address && a.gamePort == b.gamePort;
}
}  // namespace

FoundGame describeGame(const net::GameInfo& info, core::Lang lang) {
    FoundGame game{info, true, {}};
    const bool vi = lang == core::Lang::Vi;
    if (info.protocolVersion != core::kProtocolVersion) {
        game.compatible = false;
        game.why = net::describeClose({net::CloseReason::WrongVersion, info.protocolVersion},
                                      core::kProtocolVersion, lang);
    } else if (!info.joinable) {
        game.compatible = false;
        game.why = vi ? "Phòng đang khóa hoặc trận đã bắt đầu." : "Locked or already under way.";
    }
    return game;
}

GameBrowser::GameBrowser(std::uint16_t infoPort, std::vector<std::string> extraTargets)
    : m_infoPort(infoPort), m_extraTargets(std::move(extraTargets)) {}

GameBrowser::~GameBrowser() {
    stop();
}

void GameBrowser::start() {
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void GameBrowser::stop() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<FoundGame> GameBrowser::games(core::Lang lang) const {
    std::lock_guard lock(m_mutex);
    std::vector<FoundGame> out;
    for (const auto& [info, age] : m_seen)
        out.push_back(describeGame(info, lang));
    // Joinable games first, then by name: the list does not jump around between rounds.
    std::stable_sort(out.begin(), out.end(), [](const FoundGame& a, const FoundGame& b) {
        if (a.compatible != b.compatible)
            return a.compatible;
        return a.info.name < b.info.name;
    });
    return out;
}

void GameBrowser::run() {
    while (!m_stop) {
        auto found = net::discoverGames(kProbeWaitMs, m_infoPort, m_extraTargets);
        {
            std::lock_guard lock(m_mutex);
            for (auto& entry : m_seen)
                ++entry.second;
            for (const auto& info : found) {
                auto it = std::find_if(m_seen.begin(), m_seen.end(),
                                       [&](const auto& e) { return sameGame(e.first, info); });
                if (it == m_seen.end())
                    m_seen.emplace_back(info, 0);
                else
                    *it = {info, 0};
            }
            std::erase_if(m_seen, [](const auto& e) { return e.second > kForgetAfterRounds; });
        }
        ++m_rounds;
        for (int i = 0; i < kPauseSlices && !m_stop; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

}  // namespace dovui::play
