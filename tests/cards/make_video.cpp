// Test helper: a classroom video for `dovui-host --camera FILE`: cards 1..N held up with
// answer N % 2 (A or B: valid on every single-choice, true/false and poll question), after
// --lowered frames with the cards down (a card up when a question opens must be lowered and
// raised again before it answers it; the video loops, as the host plays it), written
// as MJPEG AVI, or as numbered PNGs when the output ends in '/'. With --photo-of PAGE.png it
// writes a photo-style picture of one printed page instead (the README's sample).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include "classroom.hpp"

using namespace dovui::cards::testing;

int main(int argc, char** argv) {
    CLI::App app{"classroom video of answer cards (tests)"};
    std::string out;
    int cards = 20, frames = 12;
    std::uint64_t seed = 20;
    app.add_option("output", out, "video.avi, or a folder/ for PNG frames")->required();
    app.add_option("--cards", cards, "cards 1..N")->check(CLI::Range(1, 60));
    app.add_option("--frames", frames, "frames (10 per second)");
    app.add_option("--seed", seed, "random seed");
    int lowered = 0;
    app.add_option(
        "--lowered", lowered,
        "first this many frames without cards (the class lowers them between questions)");
    bool mirrored = false;
    app.add_flag("--mirrored", mirrored, "mirror every frame (a webcam driver that flips it)");
    std::string samplePage;
    app.add_option("--photo-of", samplePage,
                   "instead: a photo-style picture of this rasterised page, written to output");
    CLI11_PARSE(app, argc, argv);
    if (!samplePage.empty()) {
        cv::Mat page = cv::imread(samplePage, cv::IMREAD_COLOR);
        if (page.empty() || !cv::imwrite(out, photoOfPage(page, seed))) {
            std::fprintf(stderr, "cannot read %s or write %s\n", samplePage.c_str(), out.c_str());
            return 1;
        }
        return 0;
    }

    ClassroomGenerator generator(facesFromCairo(cards, 240), seed);
    Conditions conditions =
        standardConditions().back();  // tilt, roll, blur, noise, JPEG, light, fingers
    conditions.cards = cards;
    conditions.mirrored = mirrored;
    std::vector<int> numbers, choices;
    for (int n = 1; n <= cards; ++n) {
        numbers.push_back(n);
        choices.push_back(n % 2);
    }
    bool folder = !out.empty() && out.back() == '/';
    cv::VideoWriter writer;
    if (folder)
        std::filesystem::create_directories(out);
    else
        writer.open(out, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10, cv::Size(1280, 720));
    if (!folder && !writer.isOpened()) {
        std::fprintf(stderr, "cannot write %s\n", out.c_str());
        return 1;
    }
    for (int i = 0; i < lowered + frames; ++i) {
        bool up = i >= lowered;
        cv::Mat image = generator
                            .frameWithCards(conditions, up ? numbers : std::vector<int>{},
                                            up ? choices : std::vector<int>{}, seed + 1)
                            .image;
        if (folder) {
            char name[32];
            std::snprintf(name, sizeof name, "frame-%04d.png", i);
            cv::imwrite(out + name, image);
        } else {
            writer.write(image);
        }
    }
    std::printf("%d frames without cards, %d of %d cards -> %s\n", lowered, frames, cards,
                out.c_str());
    return 0;
}
