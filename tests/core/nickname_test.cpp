// Nickname rules (design.md §6): 1–16 visible characters, trimmed, NFC, no control
// characters, not on the word list.
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

TEST_CASE("16 visible characters fit; 17 do not") {
    // "Nguyễn" etc. typed with combining marks: more code points than characters.
    std::string sixteen = repeat("e\xCC\x82\xCC\x83", 16);  // ễ decomposed, 16 times
    CHECK_FALSE(refusalOf(sixteen));
    CHECK(refusalOf(repeat("a", 16)) == std::nullopt);
    CHECK(refusalOf(repeat("a", 17)) == JoinRefusal::NicknameTooLong);
    CHECK(refusalOf(repeat("\xE1\xBB\x85", 17)) == JoinRefusal::NicknameTooLong);
}

TEST_CASE("a nickname over 64 bytes is refused even with few characters") {
    // Eight flags: 8 graphemes but 64 bytes fits; nine flags (72 bytes) does not.
    std::string flag = "\xF0\x9F\x87\xBB\xF0\x9F\x87\xB3";
    CHECK_FALSE(refusalOf(repeat(flag, 8)));
    CHECK(refusalOf(repeat(flag, 9)) == JoinRefusal::NicknameTooLong);
    CHECK(refusalOf(repeat(" ", 200) + "a") == JoinRefusal::NicknameTooLong);  // raw cap
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
