#pragma once
/// The camera for printed answer cards (issue 15), on its own thread: never the server thread
/// nor the frame loop. It reads frames (--camera N|FILE), finds cards, keeps the steady
/// readings of the open question and posts them to the server's command queue. The UI reads
/// the latest picture and outlines from view(). Without a camera it reports why and the match
/// goes on for the phones.
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>

#include "dovui/cards/reader.hpp"
#include "dovui/server/commands.hpp"
#include "dovui/server/snapshot.hpp"

namespace dovui::host {

struct CardScanView {
    cv::Mat picture;  ///< RGBA, at most 960 px wide; empty until the first frame
    std::vector<cards::CardSighting> cards;  ///< corners in `picture`'s pixels
    std::string problem;                     ///< why there is no picture (plain words)
    std::uint64_t frames = 0;
};

class CardScanner {
public:
    /// `cameraSpec` as given to --camera (empty: no camera, only card players from the roster);
    /// `seats` are added to each new match while it is in the lobby.
    CardScanner(std::string cameraSpec, std::vector<server::CardSeat> seats);
    ~CardScanner();
    CardScanner(const CardScanner&) = delete;
    CardScanner& operator=(const CardScanner&) = delete;

    /// Called by the UI thread every frame (only it touches the server runner): hands over the
    /// latest snapshot and returns the commands to post — the roster's card players for a new
    /// match in its lobby, and the camera's steady readings.
    std::vector<server::FacilitatorCommand> exchange(
        std::shared_ptr<const server::ServerSnapshot> snapshot, std::int64_t matchId, bool resumed);

    /// Why the camera gives no picture (empty while it works).
    std::string problem() const;

    /// What was seen in the latest frame, with a copy of its picture unless the caller already
    /// has frame `haveFrame`.
    CardScanView view(std::uint64_t haveFrame = 0) const;
    bool hasCamera() const { return !m_spec.empty(); }
    /// The roster given with --cards (or --card-players), for "add the whole roster".
    const std::vector<server::CardSeat>& seats() const { return m_seats; }

private:
    void run();
    std::shared_ptr<const server::ServerSnapshot> latestSnapshot() const;
    void publish(const cv::Mat& frame, const std::vector<cards::CardSighting>& cards);
    void setProblem(const std::string& problem);

    std::string m_spec;
    std::vector<server::CardSeat> m_seats;
    std::int64_t m_seatedMatch = -1;
    std::atomic<bool> m_stop{false};
    /// When the scan view last asked for a picture (steady clock ticks): it is read at full
    /// rate while someone looks, and during questions.
    mutable std::atomic<std::int64_t> m_lastViewed{0};
    mutable std::mutex m_mutex;
    CardScanView m_view;
    std::shared_ptr<const server::ServerSnapshot> m_snapshot;
    std::vector<server::FacilitatorCommand> m_outbox;
    std::thread m_thread;
};

/// The card players to seat: the roster's (throws with every bad line), else cards 1..count.
std::vector<server::CardSeat> cardSeats(const std::string& rosterPath, int count);

}  // namespace dovui::host
