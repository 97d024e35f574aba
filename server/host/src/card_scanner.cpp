#include "dovui/host/card_scanner.hpp"

#include <algorithm>
#include <chrono>
#include <iostream>

#include <opencv2/imgproc.hpp>

#include "dovui/cards/frame_source.hpp"
#include "dovui/cards/roster.hpp"
#include "dovui/cards/stability_filter.hpp"

namespace dovui::host {

namespace {
using Clock = std::chrono::steady_clock;
constexpr int kPreviewWidth = 960;
}  // namespace

CardScanner::CardScanner(std::string cameraSpec, std::vector<server::CardSeat> seats)
    : m_spec(std::move(cameraSpec)), m_seats(std::move(seats)) {
    if (m_spec.empty())
        setProblem("Chưa chọn máy ảnh: chạy lại với --camera 0 (webcam) để đọc thẻ");
    m_thread = std::thread([this] { run(); });
}

CardScanner::~CardScanner() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

CardScanView CardScanner::view(std::uint64_t haveFrame) const {
    m_lastViewed = Clock::now().time_since_epoch().count();
    std::lock_guard lock(m_mutex);
    CardScanView copy;
    copy.cards = m_view.cards;
    copy.problem = m_view.problem;
    copy.frames = m_view.frames;
    if (m_view.frames != haveFrame)
        copy.picture = m_view.picture.clone();
    return copy;
}

std::string CardScanner::problem() const {
    std::lock_guard lock(m_mutex);
    return m_view.problem;
}

void CardScanner::setProblem(const std::string& problem) {
    std::lock_guard lock(m_mutex);
    m_view.problem = problem;
}

std::vector<server::FacilitatorCommand> CardScanner::exchange(
    std::shared_ptr<const server::ServerSnapshot> snapshot, std::int64_t matchId, bool resumed) {
    std::lock_guard lock(m_mutex);
    m_snapshot = snapshot;
    std::vector<server::FacilitatorCommand> out;
    out.swap(m_outbox);
    // A resumed match has its card players already; a new one gets the roster in its lobby.
    if (snapshot && matchId != m_seatedMatch && snapshot->phase == core::Phase::Lobby) {
        if (!resumed && !m_seats.empty())
            out.insert(out.begin(), server::CmdAddCardPlayers{m_seats});
        m_seatedMatch = matchId;
    }
    return out;
}

std::shared_ptr<const server::ServerSnapshot> CardScanner::latestSnapshot() const {
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void CardScanner::publish(const cv::Mat& frame, const std::vector<cards::CardSighting>& seen) {
    double scale = frame.cols > kPreviewWidth ? double(kPreviewWidth) / frame.cols : 1.0;
    cv::Mat small, rgba;
    if (scale < 1)
        cv::resize(frame, small, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        small = frame;
    cv::cvtColor(small, rgba, cv::COLOR_BGR2RGBA);
    std::vector<cards::CardSighting> scaled = seen;
    for (auto& card : scaled)
        for (auto& corner : card.corners)
            corner *= static_cast<float>(scale);
    std::lock_guard lock(m_mutex);
    m_view.picture = rgba;
    m_view.cards = std::move(scaled);
    m_view.problem.clear();
    ++m_view.frames;
}

void CardScanner::run() {
    if (m_spec.empty())
        return;
    std::unique_ptr<cards::FrameSource> source;
    try {
        source = std::make_unique<cards::FrameSource>(m_spec);
    } catch (const std::exception& e) {
        std::cerr << "dovui-host: " << e.what() << "\n";
        setProblem(std::string(e.what()) + ". Trận vẫn tiếp tục với điện thoại.");
        return;
    }
    cards::CardReader reader;
    cards::StabilityFilter filter;
    int question = -1;      // the question the filter's readings belong to
    bool mirrored = false;  // the camera's picture is mirrored: flip every frame
    int framesWithoutCards = 0;
    const auto framePeriod = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1.0 / source->framesPerSecond()));
    auto nextFrameAt = Clock::now();
    cv::Mat frame;
    while (!m_stop) {
        auto snap = latestSnapshot();
        int open = snap && snap->phase == core::Phase::Question ? snap->questionIndex : -1;
        bool watched = Clock::now() - Clock::time_point(Clock::duration(m_lastViewed.load())) <
                       std::chrono::seconds(1);
        if (open < 0 && !watched) {
            // Between questions nobody needs readings: a frame now and then keeps the camera
            // (and its buffer) fresh at a fraction of a core (design §10: host idle ≤ 3 %).
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            try {
                source->next(frame, true);
            } catch (const std::exception& e) {
                setProblem(std::string(e.what()) + ". Trận vẫn tiếp tục với điện thoại.");
            }
            nextFrameAt = Clock::now();
            continue;
        }
        if (!source->isCamera()) {  // a file plays at its own rate, as a camera would
            std::this_thread::sleep_until(nextFrameAt);
            nextFrameAt = std::max(nextFrameAt + framePeriod, Clock::now() - framePeriod);
        }
        try {
            if (!source->next(frame, true) || frame.empty())
                continue;
        } catch (const std::exception& e) {
            setProblem(std::string(e.what()) + ". Trận vẫn tiếp tục với điện thoại.");
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            continue;
        }
        auto seenAt = Clock::now();
        std::vector<int> seated;
        if (snap)
            for (const auto& c : snap->cardPlayers)
                seated.push_back(c.number);
        if (mirrored)
            cv::flip(frame, frame, 1);
        std::vector<cards::CardSighting> seen = reader.read(frame);
        // Some webcam drivers mirror the picture, and a mirrored card reads as nothing (never as
        // another card). When a frame shows no card but its mirror shows some, flip from then on.
        if (seen.empty() && !mirrored && ++framesWithoutCards % 10 == 0) {
            cv::Mat flipped;
            cv::flip(frame, flipped, 1);
            if (reader.read(flipped).size() >= 2) {
                mirrored = true;
                std::cerr << "dovui-host: " << m_spec
                          << " gives a mirrored picture: flipped back\n";
            }
        }
        std::erase_if(seen, [&](const cards::CardSighting& c) {
            return std::find(seated.begin(), seated.end(), c.number) == seated.end();
        });
        auto ms = [](Clock::time_point t) {
            return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch())
                .count();
        };
        if (open != question) {
            filter.startQuestion(ms(seenAt));  // cards still up from before must be lowered
            question = open;
        }
        if (open >= 0) {
            for (const cards::SteadyReading& r : filter.update(seen, ms(seenAt))) {
                std::lock_guard lock(m_mutex);
                m_outbox.push_back(server::CmdCardReading{
                    r.number, static_cast<std::uint16_t>(open), static_cast<std::uint8_t>(r.choice),
                    Clock::time_point(std::chrono::milliseconds(r.firstSeenMs))});
            }
        }
        publish(frame, seen);
    }
}

std::vector<server::CardSeat> cardSeats(const std::string& rosterPath, int count) {
    std::vector<server::CardSeat> seats;
    if (!rosterPath.empty()) {
        for (const cards::RosterEntry& entry : cards::loadRoster(rosterPath))
            seats.push_back({entry.number, entry.name});
        return seats;
    }
    for (int n = 1; n <= count; ++n)
        seats.push_back({n, "Thẻ " + std::to_string(n)});
    return seats;
}

}  // namespace dovui::host
