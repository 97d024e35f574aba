#include "dovui/cards/card_drawing.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <opencv2/imgproc.hpp>

#include "dovui/cards/layout.hpp"
#include "dovui/paths/paths.hpp"

namespace dovui::cards {

namespace {

constexpr const char* kInstruction = "Xoay đáp án bạn chọn lên trên cùng, rồi giơ thẻ về phía máy";

std::string fontPath(const char* file) {
    std::string bundled = (paths::assetsDir() / "fonts" / file).string();
    if (std::filesystem::exists(bundled))
        return bundled;
    std::string system = std::string("/usr/share/fonts/truetype/dejavu/") + file;
    if (std::filesystem::exists(system))
        return system;
    throw std::runtime_error("không tìm thấy phông chữ " + bundled);
}

void setRgb(cairo_t* cr, const std::array<double, 3>& c) {
    cairo_set_source_rgb(cr, c[0], c[1], c[2]);
}

void roundedRect(cairo_t* cr, double x, double y, double w, double h, double r) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

/// One of the tile shapes centred at (cx, cy), `size` across.
void shapePath(cairo_t* cr, int choice, double cx, double cy, double size) {
    double h = size / 2;
    switch (choice) {
        case 0:  // triangle
            cairo_move_to(cr, cx, cy - h);
            cairo_line_to(cr, cx + h, cy + h * 0.8);
            cairo_line_to(cr, cx - h, cy + h * 0.8);
            cairo_close_path(cr);
            break;
        case 1:  // diamond
            cairo_move_to(cr, cx, cy - h);
            cairo_line_to(cr, cx + h, cy);
            cairo_line_to(cr, cx, cy + h);
            cairo_line_to(cr, cx - h, cy);
            cairo_close_path(cr);
            break;
        case 2:  // circle
            cairo_new_sub_path(cr);
            cairo_arc(cr, cx, cy, h, 0, 2 * M_PI);
            break;
        default:  // square
            cairo_rectangle(cr, cx - h * 0.85, cy - h * 0.85, h * 1.7, h * 1.7);
            break;
    }
}

/// Text whose left edge is at x and vertical centre at cy; returns its advance.
double showText(cairo_t* cr, cairo_font_face_t* face, const std::string& text, double size,
                double x, double cy) {
    cairo_set_font_face(cr, face);
    cairo_set_font_size(cr, size);
    cairo_text_extents_t e;
    cairo_text_extents(cr, text.c_str(), &e);
    cairo_move_to(cr, x - e.x_bearing, cy - e.y_bearing - e.height / 2);
    cairo_show_text(cr, text.c_str());
    return e.x_advance;
}

double textWidth(cairo_t* cr, cairo_font_face_t* face, const std::string& text, double size) {
    cairo_set_font_face(cr, face);
    cairo_set_font_size(cr, size);
    cairo_text_extents_t e;
    cairo_text_extents(cr, text.c_str(), &e);
    return e.x_advance;
}

/// Text centred at (cx, cy), shrunk until it fits `maxWidth`.
void centredText(cairo_t* cr, cairo_font_face_t* face, const std::string& text, double size,
                 double cx, double cy, double maxWidth) {
    double w = textWidth(cr, face, text, size);
    if (w > maxWidth) {
        size *= maxWidth / w;
        w = maxWidth;
    }
    showText(cr, face, text, size, cx - w / 2, cy);
}

/// The label of `choice` along the top edge of a face `side` across.
void drawTopLabel(cairo_t* cr, const CardFonts& fonts, int choice, double side) {
    const AnswerLook& look = answerLook(choice);
    double w = FaceGeometry::kLabelWidth * side;
    double h = (FaceGeometry::kLabelDepth - FaceGeometry::kLabelInset) * side;
    double x = (side - w) / 2;
    double y = FaceGeometry::kLabelInset * side;
    setRgb(cr, look.fill);
    roundedRect(cr, x, y, w, h, h * 0.25);
    cairo_fill(cr);

    std::string letter(1, look.letter);
    std::string word = look.trueFalseWord ? look.trueFalseWord : "";
    double textSize = h * 0.72;
    double shape = h * 0.62;
    double gap = h * 0.3;
    double wordGap = word.empty() ? 0 : gap * 1.5;
    double total = shape + gap + textWidth(cr, fonts.bold(), letter, textSize) + wordGap +
                   textWidth(cr, fonts.regular(), word, textSize * 0.8);
    double cx = side / 2 - total / 2;
    double cy = y + h / 2;
    setRgb(cr, look.ink);
    shapePath(cr, choice, cx + shape / 2, cy, shape);
    cairo_fill(cr);
    cx += shape + gap;
    cx += showText(cr, fonts.bold(), letter, textSize, cx, cy);
    if (!word.empty())
        showText(cr, fonts.regular(), word, textSize * 0.8, cx + wordGap, cy);
}

void drawMarker(cairo_t* cr, int number, double side) {
    cv::Mat bits;
    cv::aruco::drawMarker(cardDictionary(), number, kMarkerBits + 2, bits, 1);
    double cell = FaceGeometry::kMarkerSide * side / (kMarkerBits + 2);
    double origin = FaceGeometry::kMarkerOrigin * side;
    // One path for every black cell, filled once: no hairline seams between neighbours.
    for (int r = 0; r < bits.rows; ++r)
        for (int c = 0; c < bits.cols; ++c)
            if (bits.at<unsigned char>(r, c) == 0)
                cairo_rectangle(cr, origin + c * cell, origin + r * cell, cell, cell);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
    cairo_fill(cr);
}

cv::Mat toBgr(cairo_surface_t* surface) {
    cairo_surface_flush(surface);
    int w = cairo_image_surface_get_width(surface);
    int h = cairo_image_surface_get_height(surface);
    cv::Mat argb(h, w, CV_8UC4, cairo_image_surface_get_data(surface),
                 static_cast<size_t>(cairo_image_surface_get_stride(surface)));
    cv::Mat bgr;
    cv::cvtColor(argb, bgr, cv::COLOR_BGRA2BGR);  // cairo's ARGB32 is B,G,R,A in memory
    return bgr;
}

template <typename Draw>
cv::Mat renderImage(int width, int height, Draw draw) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    draw(cr);
    cairo_destroy(cr);
    cv::Mat image = toBgr(surface);
    cairo_surface_destroy(surface);
    return image;
}

}  // namespace

struct CardFonts::FreeType {
    FT_Library library = nullptr;
    FT_Face regular = nullptr;
    FT_Face bold = nullptr;
    ~FreeType() {
        if (regular)
            FT_Done_Face(regular);
        if (bold)
            FT_Done_Face(bold);
        if (library)
            FT_Done_FreeType(library);
    }
};

CardFonts::CardFonts() : m_freeType(std::make_unique<FreeType>()) {
    if (FT_Init_FreeType(&m_freeType->library) != 0)
        throw std::runtime_error("FreeType không khởi động được");
    std::string regular = fontPath("DejaVuSans.ttf");
    std::string bold = fontPath("DejaVuSans-Bold.ttf");
    if (FT_New_Face(m_freeType->library, regular.c_str(), 0, &m_freeType->regular) != 0)
        throw std::runtime_error("không đọc được phông chữ " + regular);
    if (FT_New_Face(m_freeType->library, bold.c_str(), 0, &m_freeType->bold) != 0)
        throw std::runtime_error("không đọc được phông chữ " + bold);
    m_regular = cairo_ft_font_face_create_for_ft_face(m_freeType->regular, 0);
    m_bold = cairo_ft_font_face_create_for_ft_face(m_freeType->bold, 0);
}

CardFonts::~CardFonts() {
    cairo_font_face_destroy(m_regular);
    cairo_font_face_destroy(m_bold);
}

void drawCardFace(cairo_t* cr, const CardFonts& fonts, int number, double side) {
    if (!isPrintableNumber(number))
        throw std::out_of_range("card number " + std::to_string(number) + " is outside 1.." +
                                std::to_string(kMaxCardNumber));
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, side, side);
    cairo_fill(cr);
    drawMarker(cr, number, side);
    // Edge k's label is the top label turned k quarter turns clockwise about the centre: held
    // with that edge up, it reads upright.
    for (int edge = 0; edge < kEdgeCount; ++edge) {
        cairo_save(cr);
        cairo_translate(cr, side / 2, side / 2);
        cairo_rotate(cr, edge * M_PI / 2);
        cairo_translate(cr, -side / 2, -side / 2);
        drawTopLabel(cr, fonts, edge, side);
        cairo_restore(cr);
    }
    // The number small in the top-left corner, so a learner can check the card while turning it.
    cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
    centredText(cr, fonts.bold(), std::to_string(number), side * 0.045, side * 0.09, side * 0.09,
                side * 0.12);
    cairo_restore(cr);
}

FaceRect faceRectInCell(double width, double height) {
    double side = std::min(width * 0.92, height * 0.70);
    return {(width - side) / 2, std::min(width, height) * 0.04, side};
}

void drawCardCell(cairo_t* cr, const CardFonts& fonts, const CardFace& card, double width,
                  double height) {
    FaceRect face = faceRectInCell(width, height);
    double side = face.side;
    double faceY = face.y;
    cairo_save(cr);
    cairo_translate(cr, face.x, face.y);
    drawCardFace(cr, fonts, card.number, side);
    cairo_set_source_rgb(cr, 0.7, 0.7, 0.7);
    cairo_set_line_width(cr, side * 0.002);
    cairo_rectangle(cr, 0, 0, side, side);
    cairo_stroke(cr);
    cairo_restore(cr);

    double below = faceY + side;
    double rest = height - below;
    double cx = width / 2;
    cairo_set_source_rgb(cr, 0, 0, 0);
    std::string number = "Thẻ số " + std::to_string(card.number);
    double textWidthMax = width * 0.9;
    if (card.name.empty()) {
        centredText(cr, fonts.bold(), number, rest * 0.42, cx, below + rest * 0.36, textWidthMax);
    } else {
        centredText(cr, fonts.bold(), number, rest * 0.32, cx, below + rest * 0.26, textWidthMax);
        centredText(cr, fonts.regular(), card.name, rest * 0.2, cx, below + rest * 0.56,
                    textWidthMax);
    }
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    centredText(cr, fonts.regular(), kInstruction, rest * 0.09, cx, below + rest * 0.84,
                textWidthMax);
}

cv::Mat renderFaceImage(const CardFonts& fonts, int number, int pixels) {
    return renderImage(pixels, pixels,
                       [&](cairo_t* cr) { drawCardFace(cr, fonts, number, pixels); });
}

cv::Mat renderCellImage(const CardFonts& fonts, const CardFace& card, int width, int height) {
    return renderImage(width, height,
                       [&](cairo_t* cr) { drawCardCell(cr, fonts, card, width, height); });
}

}  // namespace dovui::cards
