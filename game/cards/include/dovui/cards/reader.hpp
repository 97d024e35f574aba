#pragma once
/// Finds answer cards in one camera frame: which card, which edge is up, where its corners are.
#include <array>
#include <vector>

#include <opencv2/core.hpp>

#include "dovui/cards/layout.hpp"

namespace dovui::cards {

/// One card seen in one frame.
struct CardSighting {
    int number = 0;
    int choice = 0;  ///< the edge at the top: 0 = A … 3 = D
    /// The marker's corners in the frame, in the printed order (top-left, top-right,
    /// bottom-right, bottom-left of the card as printed).
    std::array<cv::Point2f, 4> corners;
};

struct ReaderOptions {
    int maxNumber = kMaxCardNumber;  ///< cards above this are not in the match: ignored
    /// A card whose top edge points further than this from straight up is read as no answer
    /// rather than risk the wrong one (held at 45° it is ambiguous).
    double maxTiltDegrees = 33;
};

class CardReader {
public:
    explicit CardReader(ReaderOptions options = {});

    /// Every card in `frame` (BGR or grey). Cards outside 1..maxNumber and cards held near a
    /// diagonal are left out.
    std::vector<CardSighting> read(const cv::Mat& frame) const;

    const ReaderOptions& options() const { return m_options; }

private:
    ReaderOptions m_options;
    cv::Ptr<cv::aruco::Dictionary> m_dictionary;
    cv::Ptr<cv::aruco::DetectorParameters> m_parameters;
};

/// Which printed edge points up in the frame (0..3), or -1 when the card is turned too near a
/// diagonal to tell. `corners` in the printed order.
int edgeUp(const std::array<cv::Point2f, 4>& corners, double maxTiltDegrees);

}  // namespace dovui::cards
