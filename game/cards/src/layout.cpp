#include "dovui/cards/layout.hpp"

#include <stdexcept>

namespace dovui::cards {

namespace {
// Same colours as the projected tiles (game/ui answer_tile.cpp).
const AnswerLook kLooks[kEdgeCount] = {
    {'A', "triangle", {204 / 255.0, 22 / 255.0, 50 / 255.0}, {1, 1, 1}, "Đúng"},
    {'B', "diamond", {20 / 255.0, 96 / 255.0, 200 / 255.0}, {1, 1, 1}, "Sai"},
    {'C', "circle", {236 / 255.0, 178 / 255.0, 0}, {20 / 255.0, 20 / 255.0, 24 / 255.0}, nullptr},
    {'D', "square", {30 / 255.0, 130 / 255.0, 30 / 255.0}, {1, 1, 1}, nullptr},
};
}  // namespace

const AnswerLook& answerLook(int choice) {
    if (choice < 0 || choice >= kEdgeCount)
        throw std::out_of_range("answer card choice out of range");
    return kLooks[choice];
}

std::string choiceLetter(int choice) {
    return std::string(1, answerLook(choice).letter);
}

cv::Ptr<cv::aruco::Dictionary> cardDictionary() {
    return cv::aruco::getPredefinedDictionary(kDictionary);
}

}  // namespace dovui::cards
