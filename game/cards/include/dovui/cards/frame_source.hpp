#pragma once
/// Where camera frames come from (--camera N|FILE): a webcam by index (V4L2 on Linux), a
/// video file, an image-sequence pattern (`frames/%04d.png`), a folder of pictures, or one
/// picture. Every failure is a std::runtime_error that says what to fix.
#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

namespace dovui::cards {

class FrameSource {
public:
    /// Opens `spec`: digits = camera index, anything else = a path. Throws when the camera is
    /// missing or busy, the file does not exist, or it is not a video or pictures.
    explicit FrameSource(const std::string& spec);

    /// The next frame into `frame`; false at the end of a file (a camera never ends; a camera
    /// that stops delivering throws). With `loop`, a file starts again from its first frame.
    bool next(cv::Mat& frame, bool loop = false);

    /// Frames per second a file was made at (pictures: 10), or the camera's rate.
    double framesPerSecond() const { return m_fps; }
    bool isCamera() const { return m_isCamera; }
    const std::string& description() const { return m_description; }

private:
    bool nextPicture(cv::Mat& frame, bool loop);
    bool nextVideo(cv::Mat& frame, bool loop);

    std::string m_spec;
    std::string m_description;
    bool m_isCamera = false;
    double m_fps = 10;
    cv::VideoCapture m_capture;
    std::vector<std::string> m_pictures;  ///< a folder or one picture
    size_t m_nextPicture = 0;
    int m_failedReads = 0;
};

/// True when `spec` names a camera by index ("0", "1").
bool isCameraIndex(const std::string& spec);

}  // namespace dovui::cards
