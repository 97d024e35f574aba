// The README's photo-style sample: one printed page held up in a room.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "classroom.hpp"

namespace dovui::cards::testing {

cv::Mat photoOfPage(const cv::Mat& page, std::uint64_t seed, int width, int height) {
    std::mt19937_64 rng(seed);
    cv::Mat photo(height, width, CV_8UC3);
    // A classroom wall with a window's light from the left, and a desk below.
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            double t = 0.55 + 0.45 * (1.0 - double(x) / width);
            bool desk = y > height * 0.78;
            cv::Vec3d wall = desk ? cv::Vec3d(60, 90, 130) : cv::Vec3d(170, 190, 200);
            photo.at<cv::Vec3b>(y, x) = cv::Vec3b(cv::saturate_cast<uchar>(wall[0] * t),
                                                  cv::saturate_cast<uchar>(wall[1] * t),
                                                  cv::saturate_cast<uchar>(wall[2] * t));
        }
    const float h = static_cast<float>(height) * 0.86f;
    const float w = h * page.cols / page.rows;
    const cv::Point2f c(width * 0.5f, height * 0.5f);
    // The page leans back at the top and turns a little: a learner holding it up.
    std::vector<cv::Point2f> to = {{c.x - w * 0.44f, c.y - h * 0.5f},
                                   {c.x + w * 0.40f, c.y - h * 0.47f},
                                   {c.x + w * 0.52f, c.y + h * 0.5f},
                                   {c.x - w * 0.50f, c.y + h * 0.46f}};
    std::vector<cv::Point2f> from = {
        {0, 0}, {float(page.cols), 0}, {float(page.cols), float(page.rows)}, {0, float(page.rows)}};
    std::vector<cv::Point> shadow;
    for (const auto& p : to)
        shadow.push_back(cv::Point(static_cast<int>(p.x + 18), static_cast<int>(p.y + 14)));
    cv::Mat shade = photo.clone();
    cv::fillConvexPoly(shade, shadow, cv::Scalar(40, 50, 60), cv::LINE_AA);
    cv::GaussianBlur(shade, shade, cv::Size(0, 0), 9);
    cv::addWeighted(photo, 0.45, shade, 0.55, 0, photo);
    cv::Mat paper;
    page.convertTo(paper, -1, 0.93, 0);
    cv::warpPerspective(paper, photo, cv::getPerspectiveTransform(from, to), photo.size(),
                        cv::INTER_AREA, cv::BORDER_TRANSPARENT);
    cv::Scalar skin(105, 140, 200);
    for (int k : {2, 3}) {
        cv::Point2f inward = (c - to[k]) * 0.09f;
        cv::line(photo, to[k] - inward * 2.5f, to[k] + inward, skin, static_cast<int>(w * 0.07f),
                 cv::LINE_AA);
    }
    applyUnevenLight(photo, rng);
    cv::GaussianBlur(photo, photo, cv::Size(0, 0), 0.7);
    cv::Mat noise(photo.size(), CV_16SC3), wide;
    cv::theRNG().state = rng();
    cv::randn(noise, 0, 4);
    photo.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(photo, CV_8UC3);
    std::vector<unsigned char> bytes;
    cv::imencode(".jpg", photo, bytes, {cv::IMWRITE_JPEG_QUALITY, 82});
    return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

}  // namespace dovui::cards::testing
