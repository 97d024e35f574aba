#pragma once
/// A synthetic classroom for testing and benchmarking the card reader: card faces (rasterised
/// from the printed PDF, or drawn by cairo) placed into 1280×720 frames the way a webcam sees a
/// class: small, tilted, turned, blurred, noisy, JPEG-compressed, unevenly lit, held by fingers.
/// Every random choice comes from the seed.
#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "dovui/cards/reader.hpp"

namespace dovui::cards::testing {

struct Conditions {
    std::string name;
    double minMarkerPx = 50, maxMarkerPx = 70;  ///< the marker's side in the frame
    double maxTiltDegrees = 10;                 ///< out of the picture plane
    double maxRollDegrees = 8;                  ///< in the plane, from the edge that is up
    double blurSigma = 0;                       ///< Gaussian blur of the whole frame (max)
    int motionBlurPx = 0;                       ///< a hand's shake: a line blur this long
    double noiseSigma = 2;                      ///< sensor noise, grey levels
    int jpegQuality = 0;                        ///< 0 = no compression
    bool unevenLight = false;                   ///< a bright window side and a dark shadow band
    bool fingers = false;                       ///< a finger over one corner of each card
    /// The whole picture mirrored (a webcam driver that flips it): no card may be read, since a
    /// mirrored marker is not its card; every reading would be a wrong one.
    bool mirrored = false;
    int cards = 60;
};

/// The named conditions the benchmark reports, in order; `classroom` mixes them all.
std::vector<Conditions> standardConditions();
/// Harder than the targets ask (smaller, more tilted, blurrier): where the reader starts to
/// miss. The benchmark prints them apart; misses are fine here, wrong answers are not.
std::vector<Conditions> stressConditions();

struct PlacedCard {
    int number = 0;
    int choice = 0;
    std::array<cv::Point2f, 4> markerCorners;  ///< printed order, frame pixels
};

struct ClassroomFrame {
    cv::Mat image;  ///< 8-bit BGR
    std::vector<PlacedCard> cards;
};

/// Face pictures indexed by card number (index 0 unused).
using FaceSet = std::vector<cv::Mat>;

/// Faces 1..count drawn by cairo, `pixels` across.
FaceSet facesFromCairo(int count, int pixels);
/// Faces cut out of the PDF that `dovui-cards print --size a4` wrote: every page rasterised
/// by pdftoppm at `dpi`. Throws when pdftoppm fails.
FaceSet facesFromPdf(const std::string& pdfPath, int count, int dpi);

class ClassroomGenerator {
public:
    ClassroomGenerator(FaceSet faces, std::uint64_t seed);
    /// One frame: `conditions.cards` different cards (numbers drawn from the face set), each
    /// with a random answer, laid out on a jittered grid so none overlap.
    ClassroomFrame frame(const Conditions& conditions, int width = 1280, int height = 720);
    /// Cards `numbers` with answers `choices` (same order). The layout (places, sizes, tilts)
    /// comes from `layoutSeed`, the noise from the generator: the same layoutSeed gives
    /// consecutive frames of one video.
    ClassroomFrame frameWithCards(const Conditions& conditions, const std::vector<int>& numbers,
                                  const std::vector<int>& choices, std::uint64_t layoutSeed,
                                  int width = 1280, int height = 720);

private:
    void drawBackground(cv::Mat& frame, std::mt19937_64& layout);
    PlacedCard placeCard(cv::Mat& frame, int number, int choice, cv::Rect cell,
                         const Conditions& conditions, std::mt19937_64& layout);
    void finishFrame(cv::Mat& frame, const Conditions& conditions);

    FaceSet m_faces;
    std::mt19937_64 m_random;
};

/// A bright window side and a soft shadow band over the whole picture.
void applyUnevenLight(cv::Mat& frame, std::mt19937_64& rng);

/// A photo-style picture of one printed page held up in a room: `page` (a rasterised PDF page)
/// tilted and turned, with uneven light, a soft shadow, fingers at its lower corners, sensor
/// noise and JPEG compression (the README's sample).
cv::Mat photoOfPage(const cv::Mat& page, std::uint64_t seed, int width = 1280, int height = 720);

/// How a reading compares with what was placed: right, missed, or wrong (a number that was
/// not placed, or the right number with the wrong answer).
struct Score {
    int placed = 0, right = 0, missed = 0, wrong = 0;
    Score& operator+=(const Score& other);
};
Score scoreFrame(const ClassroomFrame& frame, const std::vector<CardSighting>& sightings);

}  // namespace dovui::cards::testing
