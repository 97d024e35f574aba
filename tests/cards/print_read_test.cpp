// dovui-cards print → PDF rasterised by pdftoppm → dovui-cards read; the CLI's errors; the
// frame source behind --camera (pictures, a folder, a video, and each way it fails).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "cards_test_support.hpp"
#include "dovui/cards/frame_source.hpp"
#include "dovui/cards/reader.hpp"
#include "dovui/cards/stability_filter.hpp"

using namespace dovui::cards;
using namespace dovui::cards::testing;
namespace fs = std::filesystem;

namespace {
const std::string kCards = DOVUI_CARDS_EXE;

std::string pageFile(const std::string& dir, const std::string& prefix, int page) {
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::string name = entry.path().filename().string();
        if (name.rfind(prefix + "-", 0) == 0 && std::stoi(name.substr(prefix.size() + 1)) == page)
            return entry.path().string();
    }
    return {};
}
}  // namespace

SCENARIO("printed cards are read back from the PDF") {
    std::string dir = freshTempDir("print");
    GIVEN("a roster printed one card per A4 page") {
        std::ofstream(dir + "/lop.csv")
            << "tên\nNguyễn Thị Hoa\nTrần Văn Bình\n12,Lê Thị Minh Khai\n";
        auto printed =
            runCommand(kCards + " print --names " + dir + "/lop.csv -o " + dir + "/a4.pdf");
        REQUIRE(printed.exitCode == 0);
        CHECK(printed.output.find("3 thẻ") != std::string::npos);
        REQUIRE(runCommand("pdftoppm -r 50 -png " + dir + "/a4.pdf " + dir + "/a4").exitCode == 0);
        THEN("each page reads as its card with A up") {
            auto read = runCommand(kCards + " read " + pageFile(dir, "a4", 3));
            CHECK(read.exitCode == 0);
            CHECK(read.output.find("number=12 answer=A corners=") != std::string::npos);
        }
        THEN("the page turned a quarter anticlockwise reads B, upside down C, clockwise D") {
            cv::Mat page = cv::imread(pageFile(dir, "a4", 1));
            cv::Mat turned;
            const std::pair<int, const char*> turns[] = {
                {cv::ROTATE_90_COUNTERCLOCKWISE, "answer=B"},
                {cv::ROTATE_180, "answer=C"},
                {cv::ROTATE_90_CLOCKWISE, "answer=D"}};
            for (auto [turn, answer] : turns) {
                cv::rotate(page, turned, turn);
                cv::imwrite(dir + "/turned.png", turned);
                auto read = runCommand(kCards + " read " + dir + "/turned.png");
                CHECK(read.output.find(std::string("number=1 ") + answer) != std::string::npos);
            }
        }
    }
    GIVEN("60 cards on A6, four to a page") {
        REQUIRE(runCommand(kCards + " print --count 60 --size a6 -o " + dir + "/a6.pdf").exitCode ==
                0);
        REQUIRE(runCommand("pdftoppm -r 60 -png -f 15 -l 15 " + dir + "/a6.pdf " + dir + "/a6")
                    .exitCode == 0);
        auto read = runCommand(kCards + " read " + pageFile(dir, "a6", 15));
        THEN("the last page holds cards 57–60") {
            CHECK(read.output.find("4 thẻ") != std::string::npos);
            for (int n = 57; n <= 60; ++n)
                CHECK(read.output.find("number=" + std::to_string(n) + " answer=A") !=
                      std::string::npos);
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("dovui-cards says what is wrong") {
    std::string dir = freshTempDir("cli");
    std::ofstream(dir + "/broken.png") << "not a picture";
    auto missing = runCommand(kCards + " read " + dir + "/none.png");
    CHECK(missing.exitCode != 0);
    CHECK(missing.output.find("không đọc được ảnh") != std::string::npos);
    CHECK(runCommand(kCards + " read " + dir + "/broken.png").exitCode != 0);
    CHECK(runCommand(kCards + " print --count 100 -o " + dir + "/x.pdf").exitCode != 0);
    auto unwritable = runCommand(kCards + " print --count 2 -o " + dir + "/no/such/x.pdf");
    CHECK(unwritable.exitCode != 0);
    CHECK(unwritable.output.find("không ghi được tệp") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("--camera: a missing camera, a missing file and a broken video give clear errors") {
    std::string dir = freshTempDir("source");
    CHECK_THROWS_WITH_AS(FrameSource("97"), doctest::Contains("không mở được máy ảnh số 97"),
                         std::runtime_error);
    CHECK_THROWS_WITH_AS(FrameSource(dir + "/none.avi"), doctest::Contains("không thấy tệp"),
                         std::runtime_error);
    std::ofstream(dir + "/broken.avi") << std::string(5000, 'x');
    CHECK_THROWS_WITH_AS(FrameSource(dir + "/broken.avi"),
                         doctest::Contains("tệp hỏng hoặc không phải video"), std::runtime_error);
    fs::create_directories(dir + "/empty");
    CHECK_THROWS_WITH_AS(FrameSource(dir + "/empty"), doctest::Contains("không có ảnh nào"),
                         std::runtime_error);
    fs::remove_all(dir);
}

SCENARIO("a generated video through the frame source and the stability filter") {
    std::string dir = freshTempDir("video");
    ClassroomGenerator generator(sharedFaces(), 2024);
    Conditions conditions = standardConditions().back();  // everything at once
    conditions.cards = 20;
    std::vector<int> numbers, choices;
    for (int n = 1; n <= 20; ++n) {
        numbers.push_back(n);
        choices.push_back(n % 4);
    }
    cv::VideoWriter writer(dir + "/class.avi", cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                           cv::Size(1280, 720));
    REQUIRE(writer.isOpened());
    for (int i = 0; i < 8; ++i)
        writer.write(generator.frameWithCards(conditions, numbers, choices, 5).image);
    writer.release();

    FrameSource source(dir + "/class.avi");
    CHECK_FALSE(source.isCamera());
    CardReader reader({20});
    StabilityFilter filter;
    cv::Mat frame;
    int frames = 0;
    while (source.next(frame))
        filter.update(reader.read(frame), 100 * frames++);
    CHECK(frames == 8);
    auto steady = filter.steady();
    CHECK(steady.size() == 20);
    for (const auto& [number, reading] : steady)
        CHECK(reading.choice == number % 4);
    THEN("looping starts the video again") {
        CHECK(source.next(frame, true));
        CHECK(frame.cols == 1280);
    }
    fs::remove_all(dir);
}

TEST_CASE("a folder of pictures is an image sequence") {
    std::string dir = freshTempDir("folder");
    ClassroomGenerator generator(sharedFaces(), 3);
    for (int i = 0; i < 3; ++i)
        cv::imwrite(dir + "/frame-" + std::to_string(i) + ".png",
                    generator.frame(standardConditions().front()).image);
    FrameSource source(dir);
    cv::Mat frame;
    int count = 0;
    while (source.next(frame))
        ++count;
    CHECK(count == 3);
    fs::remove_all(dir);
}
