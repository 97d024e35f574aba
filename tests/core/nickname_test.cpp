// Nickname rules (design.md §6): 1–24 visible characters, trimmed, NFC, no control
// characters, nothing the projector font cannot draw, not on the word list.
#include <doctest/doctest.h>

#include "dovui/core/nickname.hpp"

using namespace dovui::core;

namespace {
std::optional<JoinRefusal> refusalOf(std::string_view raw) {
    return checkNickname(raw).refusal;
}
std::string repeat(std::string_view s, int times) {
    std::string out;
    for (int i = 0; i < times; ++i)
        out += s;
    return out;
}
}  // namespace

TEST_CASE("a nickname is trimmed, its inner spaces collapsed, and NFC-normalised") {
    NicknameCheck c = checkNickname("  B\xC3\xA0    N\xC4\x83m  ");
    CHECK_FALSE(c.refusal);
    CHECK(c.nickname == "B\xC3\xA0 N\xC4\x83m");
    CHECK(checkNickname("Lu\xCC\x9B\xCC\x80"
                        "a")
              .nickname ==
          "L\xE1\xBB\xAB"
          "a");
}

TEST_CASE("an empty or blank nickname is refused") {
    CHECK(refusalOf("") == JoinRefusal::NicknameEmpty);
    CHECK(refusalOf("   \t ") == JoinRefusal::NicknameEmpty);
    CHECK(refusalOf("\xC2\xA0") == JoinRefusal::NicknameEmpty);
}

TEST_CASE("24 visible characters fit; 25 do not") {
    // "Nguyễn" etc. typed with combining marks: more code points than characters.
    std::string twentyFour = repeat("e\xCC\x82\xCC\x83", 24);  // ễ decomposed, 24 times
    CHECK_FALSE(refusalOf(twentyFour));
    CHECK(refusalOf(repeat("a", 24)) == std::nullopt);
    CHECK(refusalOf(repeat("a", 25)) == JoinRefusal::NicknameTooLong);
    CHECK(refusalOf(repeat("\xE1\xBB\x85", 24)) == std::nullopt);  // 72 bytes of "ễ"
    CHECK(refusalOf(repeat("\xE1\xBB\x85", 25)) == JoinRefusal::NicknameTooLong);
    CHECK(refusalOf(repeat(" ", 200) + "a") == JoinRefusal::NicknameTooLong);  // raw cap
}

TEST_CASE("a common full Vietnamese name fits") {
    NicknameCheck c = checkNickname("Tr\xE1\xBA\xA7n Th\xE1\xBB\x8B Thanh H\xC6\xB0\xC6\xA1ng");
    CHECK_FALSE(c.refusal);
    CHECK(checkNickname("Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B Ph\xC6\xB0\xE1\xBB\xA3ng Th\xE1\xBA\xA3o")
              .refusal == std::nullopt);  // "Nguyễn Thị Phượng Thảo": 22 characters
}

TEST_CASE("emoji and characters the projector font cannot draw are refused, not boxed") {
    CHECK(refusalOf("Lan \xF0\x9F\x98\x80") == JoinRefusal::NicknameInvalid);              // 😀
    CHECK(refusalOf("\xF0\x9F\x87\xBB\xF0\x9F\x87\xB3") == JoinRefusal::NicknameInvalid);  // flag
    CHECK(refusalOf("Hoa \xE2\x9D\xA4\xEF\xB8\x8F") == JoinRefusal::NicknameInvalid);      // ❤️
    CHECK(refusalOf("\xE7\x8E\x8B") == JoinRefusal::NicknameInvalid);                      // 王
    CHECK(refusalOf("a\xCC\xB4\xCC\xB5") == JoinRefusal::NicknameInvalid);  // stray marks
    CHECK_FALSE(refusalOf("B\xC3\xA0 N\xC4\x83m (t\xE1\xBB\x95 3)"));       // "Bà Năm (tổ 3)"
    CHECK_FALSE(refusalOf("Anh Ba - 0912"));
}

TEST_CASE("control characters and broken UTF-8 are refused") {
    CHECK(refusalOf("ab\x01"
                    "c") == JoinRefusal::NicknameInvalid);
    CHECK(refusalOf("ab\x7F") == JoinRefusal::NicknameInvalid);
    CHECK(refusalOf("a\xE2\x80\x8B"
                    "b") == JoinRefusal::NicknameInvalid);  // zero-width space
    CHECK(refusalOf("a\xE2\x80\xAE"
                    "b") == JoinRefusal::NicknameInvalid);  // right-to-left override
    CHECK(refusalOf("abc\xFF") == JoinRefusal::NicknameInvalid);
    CHECK(refusalOf("\xC3") == JoinRefusal::NicknameInvalid);
}

TEST_CASE("insults are refused, with or without accents and in any case") {
    CHECK(refusalOf("vcl") == JoinRefusal::NicknameRude);
    CHECK(refusalOf("Anh VCL") == JoinRefusal::NicknameRude);
    CHECK(refusalOf("\xC3\xB3"
                    "c ch\xC3\xB3") == JoinRefusal::NicknameRude);  // "óc chó"
    CHECK(refusalOf("\xC3\x93"
                    "C CH\xC3\x93") == JoinRefusal::NicknameRude);  // "ÓC CHÓ"
    CHECK(refusalOf("oc cho") == JoinRefusal::NicknameRude);
    CHECK(refusalOf("FUCK") == JoinRefusal::NicknameRude);
    CHECK(refusalOf("\xC4\x91\xC3\xA9o") == JoinRefusal::NicknameRude);  // "đéo"
}

TEST_CASE("ordinary names that contain a blocked word inside another word are fine") {
    CHECK_FALSE(refusalOf("Dickens"));
    CHECK_FALSE(refusalOf("L\xE1\xBB\x9Bn"));  // "Lớn" folds to "lon"
    CHECK_FALSE(refusalOf("Scunthorpe"));
    CHECK_FALSE(refusalOf("\xC4\x90\xE1\xBB\x97 V\xC4\x83n T\xC3\xA9o"));  // "Đỗ Văn Téo"
}
