#include "dovui/cards/reader.hpp"

#include <cmath>

#include <opencv2/imgproc.hpp>

namespace dovui::cards {

int edgeUp(const std::array<cv::Point2f, 4>& corners, double maxTiltDegrees) {
    cv::Point2f centre = (corners[0] + corners[1] + corners[2] + corners[3]) * 0.25f;
    int best = -1;
    double bestAngle = 180;
    for (int edge = 0; edge < kEdgeCount; ++edge) {
        // Printed edge k runs from corner k to corner k+1 (clockwise from the top-left).
        cv::Point2f mid = (corners[edge] + corners[(edge + 1) % 4]) * 0.5f;
        cv::Point2f out = mid - centre;
        // Angle between the edge's outward direction and straight up (image y grows down).
        double angle = std::abs(std::atan2(out.x, -out.y)) * 180.0 / M_PI;
        if (angle < bestAngle) {
            bestAngle = angle;
            best = edge;
        }
    }
    return bestAngle <= maxTiltDegrees ? best : -1;
}

CardReader::CardReader(ReaderOptions options)
    : m_options(options),
      m_dictionary(cardDictionary()),
      m_parameters(cv::aruco::DetectorParameters::create()) {
    // Defaults suit a classroom; three changes: fewer threshold passes (three windows cover
    // 40–400 px markers), no corner refinement (the edge that is up needs no sub-pixel) and no
    // bit correction (below).
    m_parameters->adaptiveThreshWinSizeMin = 5;
    m_parameters->adaptiveThreshWinSizeMax = 25;
    m_parameters->adaptiveThreshWinSizeStep = 10;
    m_parameters->cornerRefinementMethod = cv::aruco::CORNER_REFINE_NONE;
    // No bit correction: a card is read only when every bit of its code is seen right. A
    // mirrored card (some webcams flip the picture) is 2 bits from another card's code, and one
    // corrected bit could turn it into that card: a wrong answer. A missed frame costs nothing.
    m_parameters->errorCorrectionRate = 0;
}

std::vector<CardSighting> CardReader::read(const cv::Mat& frame) const {
    cv::Mat grey;
    if (frame.channels() == 3)
        cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = frame;
    std::vector<std::vector<cv::Point2f>> corners;
    std::vector<int> ids;
    cv::aruco::detectMarkers(grey, m_dictionary, corners, ids, m_parameters);
    std::vector<CardSighting> cards;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] < kMinCardNumber || ids[i] > m_options.maxNumber)
            continue;
        CardSighting card;
        card.number = ids[i];
        for (int k = 0; k < 4; ++k)
            card.corners[k] = corners[i][k];
        card.choice = edgeUp(card.corners, m_options.maxTiltDegrees);
        if (card.choice >= 0)
            cards.push_back(card);
    }
    // The same number twice in one frame (a photocopied card) says nothing reliable: drop both.
    std::vector<CardSighting> unique;
    for (const CardSighting& card : cards) {
        int seen = 0;
        for (const CardSighting& other : cards)
            seen += other.number == card.number;
        if (seen == 1)
            unique.push_back(card);
    }
    return unique;
}

}  // namespace dovui::cards
