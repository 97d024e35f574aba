// UTF-8 helpers: NFC, counting, spaces, case folding (text.hpp).
#include <doctest/doctest.h>

#include "dovui/core/text.hpp"

using namespace dovui::core;

namespace {
// "Lừa" with the marks as separate combining code points (how some keyboards type it).
const std::string kDecomposedLua =
    "Lu\xCC\x9B\xCC\x80"
    "a";  // u + horn + grave + a
const std::string kComposedLua =
    "L\xE1\xBB\xAB"
    "a";  // Lừa
}  // namespace

TEST_CASE("NFC composes Vietnamese combining marks") {
    REQUIRE(toNfc(kDecomposedLua).has_value());
    CHECK(*toNfc(kDecomposedLua) == kComposedLua);
    CHECK(*toNfc(kComposedLua) == kComposedLua);
    CHECK(*toNfc("") == "");
}

TEST_CASE("NFC refuses bytes that are not UTF-8") {
    CHECK_FALSE(toNfc("abc\xFF").has_value());
    CHECK_FALSE(toNfc("\xC3").has_value());          // truncated sequence
    CHECK_FALSE(toNfc("\xED\xA0\x80").has_value());  // a lone surrogate
}

TEST_CASE("code points and graphemes") {
    CHECK(codePointCount(kComposedLua) == 3);
    CHECK(codePointCount(kDecomposedLua) == 5);
    CHECK(graphemeCount(kDecomposedLua) == 3);                      // what a reader sees
    CHECK(graphemeCount("B\xC3\xA0 N\xC4\x83m") == 6);              // "Bà Năm"
    CHECK(graphemeCount("\xF0\x9F\x87\xBB\xF0\x9F\x87\xB3") == 1);  // flag VN: two code points
    CHECK(graphemeCount("") == 0);
}

TEST_CASE("collapseSpaces trims and collapses every kind of white space") {
    CHECK(collapseSpaces("  B\xC3\xA0   N\xC4\x83m \t") == "B\xC3\xA0 N\xC4\x83m");
    CHECK(collapseSpaces("a\xC2\xA0\xC2\xA0"
                         "b") == "a b");  // no-break spaces
    CHECK(collapseSpaces("a\nb") == "a b");
    CHECK(collapseSpaces(" \t ") == "");
}

TEST_CASE("foldCase compares names without case, keeping the accents") {
    CHECK(foldCase("B\xC3\x80 N\xC4\x82M") == foldCase("b\xC3\xA0 n\xC4\x83m"));  // BÀ NĂM
    CHECK(foldCase("B\xC3\xA0") != foldCase("Ba"));                               // Bà is not Ba
    CHECK(foldCase(kDecomposedLua) == foldCase(kComposedLua));
}

TEST_CASE("foldToAscii strips Vietnamese marks, including đ") {
    CHECK(foldToAscii("\xC4\x90\xE1\xBB\x93 ng\xE1\xBB\x91"
                      "c") == "do ngoc");  // "Đồ ngốc"
    CHECK(foldToAscii("\xC4\x91\xC6\xB0\xE1\xBB\x9D"
                      "ng") == "duong");  // "đường"
    CHECK(foldToAscii("VCL") == "vcl");
}
