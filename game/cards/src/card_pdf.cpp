#include "dovui/cards/card_pdf.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <cairo-pdf.h>

#include "dovui/cards/layout.hpp"

namespace dovui::cards {

namespace {

constexpr double kMm = 72.0 / 25.4;  // PDF points per millimetre
constexpr double kA4Width = 210 * kMm, kA4Height = 297 * kMm;
constexpr double kA5Width = 148 * kMm, kA5Height = 210 * kMm;

struct PageLayout {
    double pageWidth, pageHeight;
    int columns, rows;
};

PageLayout layoutFor(PaperSize size) {
    switch (size) {
        case PaperSize::A4:
            return {kA4Width, kA4Height, 1, 1};
        case PaperSize::A5:
            return {kA5Width, kA5Height, 1, 1};
        case PaperSize::A6:
            return {kA4Width, kA4Height, 2, 2};
    }
    throw std::invalid_argument("paper size");
}

void drawCutLines(cairo_t* cr, const PageLayout& page) {
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(cr, 0.5);
    const double dash[] = {4.0, 3.0};
    cairo_set_dash(cr, dash, 2, 0);
    for (int c = 1; c < page.columns; ++c) {
        double x = page.pageWidth * c / page.columns;
        cairo_move_to(cr, x, 0);
        cairo_line_to(cr, x, page.pageHeight);
    }
    for (int r = 1; r < page.rows; ++r) {
        double y = page.pageHeight * r / page.rows;
        cairo_move_to(cr, 0, y);
        cairo_line_to(cr, page.pageWidth, y);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
}

}  // namespace

PaperSize parsePaperSize(const std::string& text) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "a4")
        return PaperSize::A4;
    if (lower == "a5")
        return PaperSize::A5;
    if (lower == "a6")
        return PaperSize::A6;
    throw std::invalid_argument("khổ giấy không hợp lệ: " + text + " (a4, a5 hoặc a6)");
}

std::vector<CardFace> numberedCards(int count, const std::vector<std::string>& names) {
    if (count < 1 || count > kMaxCardNumber)
        throw std::invalid_argument("số thẻ phải từ 1 đến " + std::to_string(kMaxCardNumber));
    std::vector<CardFace> cards;
    for (int n = 1; n <= count; ++n)
        cards.push_back({n, n <= static_cast<int>(names.size()) ? names[n - 1] : std::string()});
    return cards;
}

void writeCardsPdf(const std::string& path, const std::vector<CardFace>& cards, PaperSize size) {
    if (cards.empty())
        throw std::invalid_argument("không có thẻ nào để in");
    CardFonts fonts;
    PageLayout page = layoutFor(size);
    cairo_surface_t* surface =
        cairo_pdf_surface_create(path.c_str(), page.pageWidth, page.pageHeight);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        throw std::runtime_error("không ghi được tệp " + path);
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Đố Vui Số — thẻ trả lời");
    cairo_t* cr = cairo_create(surface);
    const int perPage = page.columns * page.rows;
    const double cellWidth = page.pageWidth / page.columns;
    const double cellHeight = page.pageHeight / page.rows;
    for (size_t i = 0; i < cards.size(); ++i) {
        int slot = static_cast<int>(i % perPage);
        cairo_save(cr);
        cairo_translate(cr, (slot % page.columns) * cellWidth, (slot / page.columns) * cellHeight);
        drawCardCell(cr, fonts, cards[i], cellWidth, cellHeight);
        cairo_restore(cr);
        if (slot == perPage - 1 || i + 1 == cards.size()) {
            if (perPage > 1)
                drawCutLines(cr, page);
            cairo_show_page(cr);
        }
    }
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("không ghi được tệp " + path + ": " +
                                 cairo_status_to_string(status));
}

}  // namespace dovui::cards
