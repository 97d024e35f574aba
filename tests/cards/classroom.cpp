#include "classroom.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <opencv2/aruco.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "dovui/cards/card_drawing.hpp"
#include "dovui/cards/layout.hpp"

namespace dovui::cards::testing {

namespace fs = std::filesystem;

namespace {

double uniform(std::mt19937_64& rng, double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

cv::Scalar randomColour(std::mt19937_64& rng, double lo, double hi) {
    return cv::Scalar(uniform(rng, lo, hi), uniform(rng, lo, hi), uniform(rng, lo, hi));
}

/// Where the four corners of a face `side` across land: turned in its plane by `rollDegrees`,
/// tilted by `tiltDegrees` about an in-plane axis at `axisDegrees`, seen by a pinhole camera
/// six sides away, centred on `centre`.
std::array<cv::Point2f, 4> projectFace(double side, double rollDegrees, double tiltDegrees,
                                       double axisDegrees, cv::Point2f centre) {
    const double roll = rollDegrees * M_PI / 180, tilt = tiltDegrees * M_PI / 180;
    const double axis = axisDegrees * M_PI / 180;
    cv::Matx33d rodrigues;
    cv::Rodrigues(cv::Vec3d(std::cos(axis), std::sin(axis), 0) * tilt, rodrigues);
    const double distance = 6 * side;
    const double half = side / 2;
    const cv::Point2d square[4] = {{-half, -half}, {half, -half}, {half, half}, {-half, half}};
    std::array<cv::Point2f, 4> out;
    for (int k = 0; k < 4; ++k) {
        cv::Point2d p(square[k].x * std::cos(roll) - square[k].y * std::sin(roll),
                      square[k].x * std::sin(roll) + square[k].y * std::cos(roll));
        cv::Vec3d q = rodrigues * cv::Vec3d(p.x, p.y, 0);
        double scale = distance / (distance + q[2]);
        out[k] = cv::Point2f(static_cast<float>(centre.x + q[0] * scale),
                             static_cast<float>(centre.y + q[1] * scale));
    }
    return out;
}

void drawFinger(cv::Mat& frame, const std::array<cv::Point2f, 4>& face, std::mt19937_64& rng) {
    int corner = std::uniform_int_distribution<int>(0, 3)(rng);
    cv::Point2f centre = (face[0] + face[1] + face[2] + face[3]) * 0.25f;
    cv::Point2f inward = centre - face[corner];
    double diagonal = std::hypot(inward.x, inward.y);
    inward *= static_cast<float>(1.0 / diagonal);
    double side = diagonal * std::sqrt(2.0);
    // From outside the card to a tip over its corner, short of the marker's quiet zone.
    cv::Point2f tip = face[corner] + inward * static_cast<float>(uniform(rng, 0.08, 0.17) * side);
    cv::Point2f base = face[corner] - inward * static_cast<float>(0.35 * side);
    cv::Scalar skin(uniform(rng, 80, 130), uniform(rng, 110, 160), uniform(rng, 170, 225));
    int thickness = std::max(3, static_cast<int>(uniform(rng, 0.13, 0.2) * side));
    cv::line(frame, base, tip, skin, thickness, cv::LINE_AA);
}

}  // namespace

void applyUnevenLight(cv::Mat& frame, std::mt19937_64& rng) {
    cv::Mat light(frame.size(), CV_32F);
    double angle = uniform(rng, 0, 2 * M_PI);
    double dx = std::cos(angle) / frame.cols, dy = std::sin(angle) / frame.rows;
    double low = uniform(rng, 0.35, 0.55);
    double bandAt = uniform(rng, 0.2, 0.8) * frame.cols, bandWidth = uniform(rng, 60, 160);
    double bandDepth = uniform(rng, 0.3, 0.45);
    for (int y = 0; y < frame.rows; ++y) {
        float* row = light.ptr<float>(y);
        for (int x = 0; x < frame.cols; ++x) {
            double t = std::clamp(0.5 + (x - frame.cols / 2.0) * dx + (y - frame.rows / 2.0) * dy,
                                  0.0, 1.0);
            double shadow = std::exp(-std::pow((x + 0.3 * y - bandAt) / bandWidth, 2.0));
            row[x] = static_cast<float>((low + (1 - low) * t) * (1 - bandDepth * shadow));
        }
    }
    cv::Mat lit;
    frame.convertTo(lit, CV_32FC3);
    cv::Mat light3;
    cv::merge(std::vector<cv::Mat>{light, light, light}, light3);
    cv::multiply(lit, light3, lit);
    lit.convertTo(frame, CV_8UC3);
}

Score& Score::operator+=(const Score& other) {
    placed += other.placed;
    right += other.right;
    missed += other.missed;
    wrong += other.wrong;
    return *this;
}

std::vector<Conditions> standardConditions() {
    std::vector<Conditions> list;
    Conditions base;
    base.minMarkerPx = 44;
    base.maxMarkerPx = 54;
    auto with = [&](std::string name, auto change) {
        Conditions c = base;
        c.name = std::move(name);
        change(c);
        list.push_back(c);
    };
    with("clean", [](Conditions&) {});
    with("small 40 px", [](Conditions& c) { c.minMarkerPx = 38, c.maxMarkerPx = 42; });
    with("tilt 35°", [](Conditions& c) { c.maxTiltDegrees = 35; });
    with("roll 20°", [](Conditions& c) { c.maxRollDegrees = 20; });
    with("blur", [](Conditions& c) { c.blurSigma = 1.2; });
    with("noise", [](Conditions& c) { c.noiseSigma = 10; });
    with("jpeg q40", [](Conditions& c) { c.jpegQuality = 40; });
    with("light+shadow", [](Conditions& c) { c.unevenLight = true; });
    with("fingers", [](Conditions& c) { c.fingers = true; });
    with("near, 20 cards", [](Conditions& c) {
        c.minMarkerPx = 70, c.maxMarkerPx = 110, c.maxTiltDegrees = 35, c.maxRollDegrees = 20;
        c.cards = 20;
    });
    with("classroom (all)", [](Conditions& c) {
        c.maxTiltDegrees = 35, c.maxRollDegrees = 20, c.blurSigma = 0.8, c.noiseSigma = 6;
        c.jpegQuality = 60, c.unevenLight = true, c.fingers = true;
    });
    return list;
}

std::vector<Conditions> stressConditions() {
    Conditions base;
    base.minMarkerPx = 44;
    base.maxMarkerPx = 54;
    std::vector<Conditions> list;
    Conditions tiny = base;
    tiny.name = "tiny 28-32 px";
    tiny.minMarkerPx = 28, tiny.maxMarkerPx = 32;
    list.push_back(tiny);
    Conditions steep = base;
    steep.name = "tilt 55°";
    steep.minMarkerPx = 36, steep.maxTiltDegrees = 55;
    list.push_back(steep);
    Conditions diagonal = base;
    diagonal.name = "roll 30°";
    diagonal.maxRollDegrees = 30;
    list.push_back(diagonal);
    Conditions murky = base;
    murky.name = "small+blur+jpeg";
    murky.minMarkerPx = 34, murky.maxMarkerPx = 40, murky.blurSigma = 1.6;
    murky.noiseSigma = 12, murky.jpegQuality = 30, murky.unevenLight = true, murky.fingers = true;
    list.push_back(murky);
    Conditions shake = base;
    shake.name = "motion blur 7 px";
    shake.motionBlurPx = 7;
    list.push_back(shake);
    Conditions mirror = base;
    mirror.name = "mirrored picture";
    mirror.maxTiltDegrees = 35, mirror.maxRollDegrees = 20, mirror.blurSigma = 0.8;
    mirror.noiseSigma = 6, mirror.jpegQuality = 60, mirror.unevenLight = true;
    mirror.mirrored = true;
    list.push_back(mirror);
    return list;
}

FaceSet facesFromCairo(int count, int pixels) {
    CardFonts fonts;
    FaceSet faces(count + 1);
    for (int n = 1; n <= count; ++n)
        faces[n] = renderFaceImage(fonts, n, pixels);
    return faces;
}

FaceSet facesFromPdf(const std::string& pdfPath, int count, int dpi) {
    fs::path dir =
        fs::temp_directory_path() / ("dovui-cards-pages-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir);
    std::string command = "pdftoppm -r " + std::to_string(dpi) + " -png '" + pdfPath + "' '" +
                          (dir / "page").string() + "'";
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("pdftoppm failed on " + pdfPath);
    std::vector<fs::path> pages;
    for (const auto& entry : fs::directory_iterator(dir))
        pages.push_back(entry.path());
    std::sort(pages.begin(), pages.end());
    if (static_cast<int>(pages.size()) < count)
        throw std::runtime_error("the PDF has fewer pages than cards");
    const double pageWidth = 210 * 72 / 25.4, pageHeight = 297 * 72 / 25.4;
    FaceRect face = faceRectInCell(pageWidth, pageHeight);
    const double scale = dpi / 72.0;
    FaceSet faces(count + 1);
    for (int n = 1; n <= count; ++n) {
        cv::Mat page = cv::imread(pages[n - 1].string(), cv::IMREAD_COLOR);
        cv::Rect rect(static_cast<int>(std::lround(face.x * scale)),
                      static_cast<int>(std::lround(face.y * scale)),
                      static_cast<int>(std::lround(face.side * scale)),
                      static_cast<int>(std::lround(face.side * scale)));
        faces[n] = page(rect & cv::Rect(0, 0, page.cols, page.rows)).clone();
    }
    fs::remove_all(dir);
    return faces;
}

ClassroomGenerator::ClassroomGenerator(FaceSet faces, std::uint64_t seed)
    : m_faces(std::move(faces)), m_random(seed) {}

ClassroomFrame ClassroomGenerator::frame(const Conditions& conditions, int width, int height) {
    std::vector<int> numbers;
    for (int n = 1; n < static_cast<int>(m_faces.size()); ++n)
        numbers.push_back(n);
    std::shuffle(numbers.begin(), numbers.end(), m_random);
    numbers.resize(std::min<size_t>(numbers.size(), conditions.cards));
    std::vector<int> choices;
    for (size_t i = 0; i < numbers.size(); ++i)
        choices.push_back(std::uniform_int_distribution<int>(0, kEdgeCount - 1)(m_random));
    return frameWithCards(conditions, numbers, choices, m_random(), width, height);
}

ClassroomFrame ClassroomGenerator::frameWithCards(const Conditions& conditions,
                                                  const std::vector<int>& numbers,
                                                  const std::vector<int>& choices,
                                                  std::uint64_t layoutSeed, int width, int height) {
    std::mt19937_64 layout(layoutSeed);
    ClassroomFrame out;
    out.image = cv::Mat(height, width, CV_8UC3);
    drawBackground(out.image, layout);
    // A jittered grid with a cell per card, wide enough for the largest tilted card.
    int count = static_cast<int>(numbers.size());
    int columns =
        std::max(1, static_cast<int>(std::ceil(std::sqrt(count * width / double(height)))));
    int rows = (count + columns - 1) / columns;
    std::vector<int> cells(columns * rows);
    for (size_t i = 0; i < cells.size(); ++i)
        cells[i] = static_cast<int>(i);
    std::shuffle(cells.begin(), cells.end(), layout);
    for (int i = 0; i < count; ++i) {
        int cell = cells[i];
        cv::Rect rect((cell % columns) * width / columns, (cell / columns) * height / rows,
                      width / columns, height / rows);
        out.cards.push_back(placeCard(out.image, numbers[i], choices[i], rect, conditions, layout));
    }
    finishFrame(out.image, conditions);
    if (conditions.mirrored)
        for (PlacedCard& card : out.cards)
            card.number = -card.number;  // nothing is there to read: any reading is wrong
    return out;
}

void ClassroomGenerator::drawBackground(cv::Mat& frame, std::mt19937_64& layout) {
    // A wall, a floor, desks and posters; a few posters carry random black-and-white grids
    // (the kind of pattern that could fool a marker reader).
    frame.setTo(randomColour(layout, 120, 200));
    cv::rectangle(frame, cv::Rect(0, frame.rows * 2 / 3, frame.cols, frame.rows / 3),
                  randomColour(layout, 60, 130), cv::FILLED);
    for (int i = 0; i < 14; ++i) {
        cv::Point a(static_cast<int>(uniform(layout, 0, frame.cols)),
                    static_cast<int>(uniform(layout, 0, frame.rows)));
        cv::Point b = a + cv::Point(static_cast<int>(uniform(layout, 20, 240)),
                                    static_cast<int>(uniform(layout, 10, 160)));
        cv::rectangle(frame, a, b, randomColour(layout, 20, 240), cv::FILLED);
    }
    for (int i = 0; i < 4; ++i) {
        int cell = static_cast<int>(uniform(layout, 4, 9));
        cv::Point origin(static_cast<int>(uniform(layout, 0, frame.cols - 8 * cell)),
                         static_cast<int>(uniform(layout, 0, frame.rows - 8 * cell)));
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c) {
                bool border = r == 0 || c == 0 || r == 6 || c == 6;
                bool black = border || uniform(layout, 0, 1) < 0.5;
                cv::rectangle(frame, cv::Rect(origin.x + c * cell, origin.y + r * cell, cell, cell),
                              black ? cv::Scalar(20, 20, 20) : cv::Scalar(235, 235, 235),
                              cv::FILLED);
            }
    }
}

PlacedCard ClassroomGenerator::placeCard(cv::Mat& frame, int number, int choice, cv::Rect cell,
                                         const Conditions& conditions, std::mt19937_64& layout) {
    double markerPx = uniform(layout, conditions.minMarkerPx, conditions.maxMarkerPx);
    double side = markerPx / FaceGeometry::kMarkerSide;
    double roll =
        -90.0 * choice + uniform(layout, -conditions.maxRollDegrees, conditions.maxRollDegrees);
    double tilt = uniform(layout, 0, conditions.maxTiltDegrees);
    double axis = uniform(layout, 0, 360);
    // Room to move inside the cell without reaching a neighbour.
    double reach = side * 0.75;
    double slackX = std::max(0.0, cell.width / 2.0 - reach);
    double slackY = std::max(0.0, cell.height / 2.0 - reach);
    cv::Point2f centre(
        static_cast<float>(cell.x + cell.width / 2.0 + uniform(layout, -slackX, slackX)),
        static_cast<float>(cell.y + cell.height / 2.0 + uniform(layout, -slackY, slackY)));
    std::array<cv::Point2f, 4> corners = projectFace(side, roll, tilt, axis, centre);

    // Shrink the face first (INTER_AREA), then warp: no aliasing from a big source picture.
    const cv::Mat& source = m_faces.at(number);
    int sourcePx = std::max(16, static_cast<int>(side * 2));
    cv::Mat face;
    cv::resize(source, face, cv::Size(sourcePx, sourcePx), 0, 0, cv::INTER_AREA);
    double paper = uniform(layout, 0.78, 1.0);
    face.convertTo(face, -1, paper, 0);

    cv::Rect box = cv::boundingRect(std::vector<cv::Point2f>(corners.begin(), corners.end()));
    box &= cv::Rect(0, 0, frame.cols, frame.rows);
    const float s = static_cast<float>(sourcePx);
    std::vector<cv::Point2f> from = {{0, 0}, {s, 0}, {s, s}, {0, s}};
    std::vector<cv::Point2f> to;
    for (const cv::Point2f& p : corners)
        to.push_back(p - cv::Point2f(static_cast<float>(box.x), static_cast<float>(box.y)));
    cv::Mat homography = cv::getPerspectiveTransform(from, to);
    cv::Mat roi = frame(box);
    cv::warpPerspective(face, roi, homography, roi.size(), cv::INTER_LINEAR,
                        cv::BORDER_TRANSPARENT);
    if (conditions.fingers)
        drawFinger(frame, corners, layout);

    PlacedCard placed{number, choice, {}};
    const float a = static_cast<float>(FaceGeometry::kMarkerOrigin) * s;
    const float b = static_cast<float>(FaceGeometry::kMarkerOrigin + FaceGeometry::kMarkerSide) * s;
    std::vector<cv::Point2f> marker = {{a, a}, {b, a}, {b, b}, {a, b}}, mapped;
    cv::perspectiveTransform(marker, mapped, homography);
    for (int k = 0; k < 4; ++k)
        placed.markerCorners[k] =
            mapped[k] + cv::Point2f(static_cast<float>(box.x), static_cast<float>(box.y));
    return placed;
}

void ClassroomGenerator::finishFrame(cv::Mat& frame, const Conditions& conditions) {
    if (conditions.unevenLight)
        applyUnevenLight(frame, m_random);
    if (conditions.blurSigma > 0) {
        double sigma = uniform(m_random, conditions.blurSigma * 0.5, conditions.blurSigma);
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), sigma);
    }
    if (conditions.motionBlurPx > 1) {
        // A line kernel at a random angle: the whole class shaking the same way is the worst case.
        int n = conditions.motionBlurPx;
        cv::Mat kernel = cv::Mat::zeros(n, n, CV_32F);
        double angle = uniform(m_random, 0, M_PI);
        cv::Point2d d(std::cos(angle) * (n - 1) / 2.0, std::sin(angle) * (n - 1) / 2.0);
        cv::Point2d c((n - 1) / 2.0, (n - 1) / 2.0);
        cv::line(kernel, c - d, c + d, cv::Scalar(1.0), 1, cv::LINE_AA);
        kernel /= cv::sum(kernel)[0];
        cv::filter2D(frame, frame, -1, kernel);
    }
    if (conditions.noiseSigma > 0) {
        cv::Mat noise(frame.size(), CV_16SC3);
        cv::theRNG().state = m_random();
        cv::randn(noise, 0, conditions.noiseSigma);
        cv::Mat wide;
        frame.convertTo(wide, CV_16SC3);
        wide += noise;
        wide.convertTo(frame, CV_8UC3);
    }
    if (conditions.mirrored)
        cv::flip(frame, frame, 1);
    if (conditions.jpegQuality > 0) {
        std::vector<unsigned char> bytes;
        cv::imencode(".jpg", frame, bytes, {cv::IMWRITE_JPEG_QUALITY, conditions.jpegQuality});
        frame = cv::imdecode(bytes, cv::IMREAD_COLOR);
    }
}

Score scoreFrame(const ClassroomFrame& frame, const std::vector<CardSighting>& sightings) {
    Score score;
    score.placed = static_cast<int>(frame.cards.size());
    for (const CardSighting& seen : sightings) {
        auto placed = std::find_if(frame.cards.begin(), frame.cards.end(),
                                   [&](const PlacedCard& p) { return p.number == seen.number; });
        if (placed == frame.cards.end() || placed->choice != seen.choice)
            ++score.wrong;
        else
            ++score.right;
    }
    score.missed = score.placed - score.right;
    return score;
}

}  // namespace dovui::cards::testing
