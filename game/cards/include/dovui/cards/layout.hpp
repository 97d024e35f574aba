#pragma once
/// What a printed answer card is: an ArUco marker whose id is the card's number, and on each
/// edge the answer that edge means when the card is held with that edge at the top.
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include <opencv2/aruco.hpp>

namespace dovui::cards {

/// 5×5 bits, 100 codes, any two at Hamming distance ≥ 7 (rotations included): large cells for
/// reading from the back of a hall and few false reads. Id = card number, so cards 1..99.
inline constexpr auto kDictionary = cv::aruco::DICT_5X5_100;
inline constexpr int kMinCardNumber = 1;
inline constexpr int kMaxCardNumber = 99;
inline constexpr int kMarkerBits =
    5;  ///< data bits per side; the marker is 7 cells with its border

/// The card's edges in clockwise order, as printed. Edge k means choice k (A, B, C, D).
enum class Edge : std::uint8_t { Top = 0, Right = 1, Bottom = 2, Left = 3 };
inline constexpr int kEdgeCount = 4;

/// The look of one answer, the same colour + shape + letter as the projected tiles.
struct AnswerLook {
    char letter;
    const char* shapeName;       ///< "triangle", "diamond", "circle", "square"
    std::array<double, 3> fill;  ///< RGB 0..1
    std::array<double, 3> ink;   ///< letter colour on the fill
    const char* trueFalseWord;   ///< the word printed for true/false questions, or nullptr
};
const AnswerLook& answerLook(int choice);

/// "A".."D" for 0..3.
std::string choiceLetter(int choice);

/// Geometry of the square face, in fractions of its side (the PDF and the synthetic frames use
/// the same numbers). The quiet zone between the marker and the labels is a full marker cell.
struct FaceGeometry {
    static constexpr double kMarkerSide = 0.60;
    static constexpr double kMarkerOrigin = (1.0 - kMarkerSide) / 2;
    static constexpr double kLabelDepth = 0.105;  ///< from the face's edge inwards
    static constexpr double kLabelInset = 0.025;  ///< white paper outside the labels
    static constexpr double kLabelWidth = 0.46;
};

/// The marker dictionary, made once per caller (OpenCV's Ptr is reference-counted).
cv::Ptr<cv::aruco::Dictionary> cardDictionary();

/// True for a card number the dictionary can print.
constexpr bool isPrintableNumber(int number) {
    return number >= kMinCardNumber && number <= kMaxCardNumber;
}

}  // namespace dovui::cards
