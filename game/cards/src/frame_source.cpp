#include "dovui/cards/frame_source.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>

namespace dovui::cards {

namespace fs = std::filesystem;

namespace {

bool isPicture(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".pgm" ||
           ext == ".ppm" || ext == ".tif" || ext == ".tiff" || ext == ".webp";
}

}  // namespace

bool isCameraIndex(const std::string& spec) {
    return !spec.empty() && spec.size() <= 3 &&
           std::all_of(spec.begin(), spec.end(), [](unsigned char c) { return std::isdigit(c); });
}

FrameSource::FrameSource(const std::string& spec) : m_spec(spec) {
    if (isCameraIndex(spec)) {
        m_isCamera = true;
        m_description = "máy ảnh số " + spec;
#ifdef __linux__
#ifdef _WIN32
        m_capture.open(std::stoi(spec), cv::CAP_DSHOW);  // Windows webcams: DirectShow
#else
        m_capture.open(std::stoi(spec), cv::CAP_V4L2);  // webcams are V4L2 devices here
#endif
#endif
        if (!m_capture.isOpened())
            m_capture.open(std::stoi(spec), cv::CAP_ANY);
        if (!m_capture.isOpened())
            throw std::runtime_error("không mở được " + m_description +
                                     ": chưa cắm webcam, hoặc một chương trình khác đang dùng nó");
        m_capture.set(cv::CAP_PROP_FRAME_WIDTH, 1280);
        m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, 720);
        double fps = m_capture.get(cv::CAP_PROP_FPS);
        m_fps = fps > 1 && fps < 240 ? fps : 30;
        return;
    }
    m_description = spec;
    bool pattern = spec.find('%') != std::string::npos;
    if (!pattern && !fs::exists(spec))
        throw std::runtime_error("không thấy tệp hay thư mục " + spec);
    if (!pattern && fs::is_directory(spec)) {
        for (const auto& entry : fs::directory_iterator(spec))
            if (entry.is_regular_file() && isPicture(entry.path()))
                m_pictures.push_back(entry.path().string());
        std::sort(m_pictures.begin(), m_pictures.end());
        if (m_pictures.empty())
            throw std::runtime_error("thư mục " + spec + " không có ảnh nào (.png, .jpg)");
        return;
    }
    if (!pattern && isPicture(spec)) {
        if (cv::imread(spec).empty())
            throw std::runtime_error("không đọc được ảnh " + spec +
                                     ": tệp hỏng hoặc không phải ảnh");
        m_pictures.push_back(spec);
        return;
    }
    // FFmpeg reads video files directly; other backends (GStreamer) only as a fallback.
    if (pattern || !m_capture.open(spec, cv::CAP_FFMPEG))
        m_capture.open(spec, pattern ? cv::CAP_IMAGES : cv::CAP_ANY);
    cv::Mat probe;
    if (!m_capture.isOpened() || !m_capture.read(probe) || probe.empty())
        throw std::runtime_error("không đọc được video " + spec +
                                 ": tệp hỏng hoặc không phải video");
    m_capture.set(cv::CAP_PROP_POS_FRAMES, 0);
    double fps = m_capture.get(cv::CAP_PROP_FPS);
    m_fps = fps > 1 && fps < 240 ? fps : 10;
}

bool FrameSource::next(cv::Mat& frame, bool loop) {
    if (!m_pictures.empty())
        return nextPicture(frame, loop);
    return nextVideo(frame, loop);
}

bool FrameSource::nextPicture(cv::Mat& frame, bool loop) {
    if (m_nextPicture >= m_pictures.size()) {
        if (!loop)
            return false;
        m_nextPicture = 0;
    }
    const std::string& path = m_pictures[m_nextPicture++];
    frame = cv::imread(path, cv::IMREAD_COLOR);
    if (frame.empty())
        throw std::runtime_error("không đọc được ảnh " + path + ": tệp hỏng hoặc không phải ảnh");
    return true;
}

bool FrameSource::nextVideo(cv::Mat& frame, bool loop) {
    if (m_capture.read(frame) && !frame.empty()) {
        m_failedReads = 0;
        return true;
    }
    if (m_isCamera) {
        // A webcam may drop a frame; one that stops for good was unplugged.
        if (++m_failedReads > 30)
            throw std::runtime_error(m_description + " ngừng gửi hình: kiểm tra dây cắm");
        frame.release();
        return true;
    }
    if (!loop)
        return false;
    m_capture.set(cv::CAP_PROP_POS_FRAMES, 0);
    if (!m_capture.read(frame) || frame.empty())
        throw std::runtime_error("không đọc lại được video " + m_description);
    return true;
}

}  // namespace dovui::cards
