#pragma once
/// Draws an answer card with cairo: onto a PDF page (card_pdf.hpp) or into a picture (tests,
/// the benchmark's synthetic classroom, the README's sample).
#include <memory>
#include <string>

#include <cairo.h>
#include <opencv2/core.hpp>

namespace dovui::cards {

/// The bundled DejaVu fonts, loaded once through FreeType (Vietnamese needs real glyphs, not
/// cairo's toy font lookup). Throws std::runtime_error naming the missing file.
class CardFonts {
public:
    CardFonts();
    ~CardFonts();
    CardFonts(const CardFonts&) = delete;
    CardFonts& operator=(const CardFonts&) = delete;

    cairo_font_face_t* regular() const { return m_regular; }
    cairo_font_face_t* bold() const { return m_bold; }

private:
    struct FreeType;
    std::unique_ptr<FreeType> m_freeType;
    cairo_font_face_t* m_regular = nullptr;
    cairo_font_face_t* m_bold = nullptr;
};

/// What is printed on one card.
struct CardFace {
    int number = 1;
    std::string name;  ///< the learner's name from the roster; may be empty
};

/// The square face (marker and the four edge labels) with its top-left corner at the current
/// origin, `side` user units across.
void drawCardFace(cairo_t* cr, const CardFonts& fonts, int number, double side);

/// Where drawCardCell puts the face in a `width`×`height` cell.
struct FaceRect {
    double x, y, side;
};
FaceRect faceRectInCell(double width, double height);

/// A whole card in a `width`×`height` cell: the face at the top, then the big number, the name
/// and the one-line instruction in Vietnamese.
void drawCardCell(cairo_t* cr, const CardFonts& fonts, const CardFace& card, double width,
                  double height);

/// The face as a BGR picture `pixels` across (white paper).
cv::Mat renderFaceImage(const CardFonts& fonts, int number, int pixels);

/// The whole cell as a BGR picture (for the README's sample and visual checks).
cv::Mat renderCellImage(const CardFonts& fonts, const CardFace& card, int width, int height);

}  // namespace dovui::cards
