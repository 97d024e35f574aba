// dovui-cards: `print` writes answer cards to a PDF; `read` lists every card seen in pictures.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>

#include "dovui/cards/card_pdf.hpp"
#include "dovui/cards/reader.hpp"
#include "dovui/cards/roster.hpp"

namespace {

using namespace dovui::cards;

int print(int count, const std::string& rosterPath, const std::string& size,
          const std::string& out) {
    std::vector<CardFace> cards;
    if (!rosterPath.empty()) {
        for (const RosterEntry& entry : loadRoster(rosterPath))
            cards.push_back({entry.number, entry.name});
    } else {
        cards = numberedCards(count);
    }
    writeCardsPdf(out, cards, parsePaperSize(size));
    std::printf("%zu thẻ → %s\n", cards.size(), out.c_str());
    return 0;
}

/// One line per card: `IMAGE number=N answer=A corners=x,y x,y x,y x,y`.
int read(const std::vector<std::string>& images, int maxNumber) {
    CardReader reader({maxNumber});
    int unreadable = 0;
    for (const std::string& path : images) {
        cv::Mat frame = cv::imread(path, cv::IMREAD_COLOR);
        if (frame.empty()) {
            std::fprintf(stderr,
                         "%s: không đọc được ảnh (không có tệp, tệp hỏng hoặc không phải ảnh)\n",
                         path.c_str());
            ++unreadable;
            continue;
        }
        std::vector<CardSighting> cards = reader.read(frame);
        std::printf("%s: %zu thẻ\n", path.c_str(), cards.size());
        for (const CardSighting& card : cards) {
            std::printf("%s number=%d answer=%s corners=", path.c_str(), card.number,
                        choiceLetter(card.choice).c_str());
            for (int k = 0; k < 4; ++k)
                std::printf("%s%.1f,%.1f", k ? " " : "", card.corners[k].x, card.corners[k].y);
            std::printf("\n");
        }
    }
    return unreadable == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Đố Vui Số — thẻ trả lời in giấy (printed answer cards)"};
    app.require_subcommand(1);

    CLI::App* printCmd = app.add_subcommand("print", "write cards to a print-ready PDF");
    int count = 60;
    std::string roster, size = "a4", out;
    printCmd->add_option("--count", count, "cards 1..N (without a roster)")
        ->check(CLI::Range(1, kMaxCardNumber));
    printCmd->add_option("--names", roster,
                         "roster CSV: NAME or NUMBER,NAME per line; names go under the number");
    printCmd->add_option("--size", size, "a4 or a5 (one card per page), a6 (four per A4 page)")
        ->check(CLI::IsMember({"a4", "a5", "a6", "A4", "A5", "A6"}));
    printCmd->add_option("-o,--output", out, "the PDF to write")->required();

    CLI::App* readCmd = app.add_subcommand("read", "list every card seen in pictures");
    std::vector<std::string> images;
    int maxNumber = kMaxCardNumber;
    readCmd->add_option("images", images, "pictures (PNG, JPEG…)")->required();
    readCmd->add_option("--max", maxNumber, "ignore cards above this number")
        ->check(CLI::Range(1, kMaxCardNumber));
    CLI11_PARSE(app, argc, argv);
    // Every failure gets its own message below; OpenCV's warnings would only repeat it.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);

    try {
        if (*printCmd)
            return print(count, roster, size, out);
        return read(images, maxNumber);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dovui-cards: %s\n", e.what());
        return 2;
    }
}
