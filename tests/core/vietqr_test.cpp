// VietQR codec. Expected payloads and CRCs were computed independently (a short Python
// CRC-16/CCITT-FALSE script) or come from content-facts.md §4.3, and are hard-coded here.
#include <doctest/doctest.h>

#include <string>

#include "dovui/core/vietqr.hpp"

using namespace dovui::core;
using Code = VietQrError::Code;

namespace {

// subiz/vietqr README: VietinBank, 120.000 đ, "ung ho lu lut".
const std::string kVietinbank =
    "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA5303704540612000058"
    "02VN62170813ung ho lu lut6304C15C";
// subiz/vietqr README: TPBank static QR, no amount.
const std::string kTpbank =
    "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4";
// content-facts.md §4.3 invented: Agribank, 50.000 đ, "mua rau".
const std::string kAgribank =
    "00020101021238570010A00000072701270006970405011312345678901230208QRIBFTTA53037045405500005802"
    "VN62110807mua rau63046435";
// Python-made: BIDV static; its CRC has a leading zero.
const std::string kLeadingZeroCrc =
    "00020101021138540010A00000072701240006970418011012000001060208QRIBFTTA53037045802VN6304083A";
// Python-made: MB card transfer, 75.000 đ.
const std::string kMbCard =
    "00020101021238600010A00000072701300006970422011697042299998888770208QRIBFTTC53037045405750005"
    "802VN630421EB";
// Python-made: Techcombank, 1.250.000 đ, "hoc phi thang 9".
const std::string kTechcombank =
    "00020101021238580010A000000727012800069704070114190365412345670208QRIBFTTA530370454071250000"
    "5802VN62190815hoc phi thang 9630486F4";
// Python-made: a well-formed BIN no bank in the table uses.
const std::string kUnknownBin =
    "00020101021238540010A00000072701240006123456011001234567890208QRIBFTTA53037045405200005802VN"
    "6304A126";

/// A plain TLV writer for building malformed payloads (independent of the codec's own).
std::string tlv(const std::string& id, const std::string& value) {
    std::string len = std::to_string(value.size());
    return id + (len.size() < 2 ? "0" : "") + len + value;
}

/// Payload fields; an empty string leaves the tag out.
struct Parts {
    std::string format = "01", init = "12", guid = std::string(kNapasGuid), bin = "970436",
                account = "0123456789", service = "QRIBFTTA", currency = "704", amount = "50000",
                country = "VN", message = "tien an trua";
};

std::string body(const Parts& p) {
    std::string beneficiary;
    if (!p.bin.empty())
        beneficiary += tlv("00", p.bin);
    if (!p.account.empty())
        beneficiary += tlv("01", p.account);
    std::string account;
    if (!p.guid.empty())
        account += tlv("00", p.guid);
    if (!beneficiary.empty())
        account += tlv("01", beneficiary);
    if (!p.service.empty())
        account += tlv("02", p.service);
    std::string out;
    for (auto [id, value] : {std::pair{"00", p.format},
                             {"01", p.init},
                             {"38", account},
                             {"53", p.currency},
                             {"54", p.amount},
                             {"58", p.country},
                             {"62", p.message.empty() ? "" : tlv("08", p.message)}})
        if (!value.empty())
            out += tlv(id, value);
    return out;
}

/// Appends a correct CRC (crc16CcittFalse is pinned to independent values below).
std::string sealed(const std::string& b) {
    std::string s = b + "6304";
    return s + crcHex(crc16CcittFalse(s));
}

VietQrError refused(const std::string& payload) {
    auto r = decodeVietQr(payload);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error);
    return *r.error;
}

}  // namespace

TEST_CASE("CRC-16/CCITT-FALSE matches the standard check value and keeps leading zeros") {
    CHECK(crc16CcittFalse("123456789") == 0x29B1);
    CHECK(crc16CcittFalse("") == 0xFFFF);
    CHECK(crcHex(0x083A) == "083A");
    CHECK(crcHex(0x0000) == "0000");
    CHECK(crcHex(0xC15C) == "C15C");
}

TEST_CASE("sealed() payloads built from the default parts decode (sanity of the test helper)") {
    std::string p = sealed(body(Parts{}));
    CHECK(p ==
          "00020101021238540010A00000072701240006970436011001234567890208QRIBFTTA53037045405500005"
          "802VN62160812tien an trua630465F0");
    CHECK(decodeVietQr(p).ok());
}

TEST_CASE("known-good payloads decode to their fields") {
    SUBCASE("VietinBank with amount and message") {
        auto r = decodeVietQr(kVietinbank);
        REQUIRE(r.ok());
        const VietQrDecoded& d = *r.decoded;
        CHECK(d.qr.bin == "970415");
        CHECK(d.qr.account == "0011001932418");
        CHECK(d.qr.amount == 120000u);
        CHECK(d.qr.message == "ung ho lu lut");
        CHECK(d.qr.service == VietQrService::ToAccount);
        CHECK(d.initiation == VietQrInitiation::Dynamic);
        CHECK(d.crc == "C15C");
        REQUIRE(d.knownBank());
        CHECK(d.bank->shortName == "VietinBank");
    }
    SUBCASE("TPBank static, no amount, no message") {
        auto r = decodeVietQr(kTpbank);
        REQUIRE(r.ok());
        CHECK(r.decoded->initiation == VietQrInitiation::Static);
        CHECK_FALSE(r.decoded->qr.amount);
        CHECK_FALSE(r.decoded->qr.message);
        CHECK(r.decoded->bank->shortName == "TPBank");
    }
    SUBCASE("CRC with a leading zero") {
        auto r = decodeVietQr(kLeadingZeroCrc);
        REQUIRE(r.ok());
        CHECK(r.decoded->crc == "083A");
        CHECK(r.decoded->bank->shortName == "BIDV");
    }
    SUBCASE("card transfer") {
        auto r = decodeVietQr(kMbCard);
        REQUIRE(r.ok());
        CHECK(r.decoded->qr.service == VietQrService::ToCard);
        CHECK(r.decoded->qr.account == "9704229999888877");
    }
    SUBCASE("an unknown but well-formed BIN is allowed and flagged") {
        auto r = decodeVietQr(kUnknownBin);
        REQUIRE(r.ok());
        CHECK(r.decoded->qr.bin == "123456");
        CHECK_FALSE(r.decoded->knownBank());
    }
}

TEST_CASE("encoding reproduces independently computed payloads byte for byte") {
    CHECK(encodeVietQr({"970415", "0011001932418", 120000, "ung ho lu lut"}).payload ==
          kVietinbank);
    CHECK(encodeVietQr({"970423", "0099999999", {}, {}}).payload == kTpbank);
    CHECK(encodeVietQr({"970405", "1234567890123", 50000, "mua rau"}).payload == kAgribank);
    CHECK(encodeVietQr({"970418", "1200000106", {}, {}}).payload == kLeadingZeroCrc);
    CHECK(encodeVietQr({"970422", "9704229999888877", 75000, {}, VietQrService::ToCard}).payload ==
          kMbCard);
    CHECK(encodeVietQr({"970407", "19036541234567", 1250000, "hoc phi thang 9"}).payload ==
          kTechcombank);
}

TEST_CASE("encode then decode gives the same transfer back") {
    for (const VietQr& t : {
             VietQr{"970436", "0123456789", {}, {}},
             VietQr{"970416", "ACB12345", 1000000000000, "thanh toan don hang 123"},
             VietQr{"970403", "060012345678", {}, std::string("ung ho")},
             VietQr{"970449", "1", 1, std::string(95, 'x'), VietQrService::ToCard},
         }) {
        CAPTURE(t.account);
        auto e = encodeVietQr(t);
        REQUIRE(e.ok());
        auto d = decodeVietQr(e.payload);
        REQUIRE(d.ok());
        CHECK(d.decoded->qr == t);
    }
}

TEST_CASE("amounts are shown the way banking apps show them") {
    CHECK(formatVnd(1250000) == "1.250.000 đ");
    CHECK(formatVnd(50000) == "50.000 đ");
    CHECK(formatVnd(999) == "999 đ");
    CHECK(formatVnd(1000) == "1.000 đ");
    CHECK(formatVnd(0) == "0 đ");
}

TEST_CASE("the bank table knows the major NAPAS members") {
    for (auto entry : {std::pair{"970436", "Vietcombank"},
                       {"970415", "VietinBank"},
                       {"970418", "BIDV"},
                       {"970405", "Agribank"},
                       {"970407", "Techcombank"},
                       {"970422", "MB"},
                       {"970416", "ACB"},
                       {"970432", "VPBank"},
                       {"970403", "Sacombank"},
                       {"970423", "TPBank"},
                       {"970441", "VIB"},
                       {"970443", "SHB"},
                       {"970437", "HDBank"},
                       {"970426", "MSB"},
                       {"970448", "OCB"},
                       {"970440", "SeABank"},
                       {"970449", "LPBank"},
                       {"970431", "Eximbank"}}) {
        const BankInfo* bank = findBank(entry.first);
        REQUIRE_MESSAGE(bank, entry.first);
        CHECK(bank->shortName == entry.second);
        CHECK_FALSE(bank->fullName.empty());
    }
    CHECK(findBank("000000") == nullptr);
}

TEST_CASE("a wrong CRC is refused with both CRCs in the message") {
    std::string bad = kVietinbank.substr(0, kVietinbank.size() - 4) + "0000";
    VietQrError e = refused(bad);
    CHECK(e.code == Code::BadCrc);
    CHECK(describe(e, Lang::Vi) == "CRC sai: mong đợi C15C, thấy 0000");
    CHECK(describe(e, Lang::En) == "wrong CRC: expected C15C, found 0000");

    SUBCASE("a tampered amount breaks the CRC") {
        std::string tampered = kVietinbank;
        tampered.replace(tampered.find("5406120000"), 10, "5406920000");
        CHECK(refused(tampered).code == Code::BadCrc);
    }
    SUBCASE("lower-case hex is refused") {
        std::string lower = kTechcombank.substr(0, kTechcombank.size() - 4) + "86f4";
        VietQrError f = refused(lower);
        CHECK(f.code == Code::CrcFormat);
        CHECK(describe(f, Lang::En) == "CRC must be 4 upper-case hex digits, found \"86f4\"");
    }
}

TEST_CASE("malformed payloads are refused with their reason") {
    auto expect = [](const std::string& payload, Code code, const std::string& tag) {
        CAPTURE(payload);
        VietQrError e = refused(payload);
        CHECK(e.code == code);
        CHECK(e.tag == tag);
        CHECK_FALSE(describe(e, Lang::Vi).empty());
        CHECK_FALSE(describe(e, Lang::En).empty());
        return e;
    };
    Parts p;

    SUBCASE("whole payload") {
        expect("", Code::Empty, "");
        expect(std::string(513, '0'), Code::TooLong, "");
        VietQrError accent =
            expect(sealed(body(Parts{.message = "mua rau ngọt"})), Code::BadCharacter, "");
        CHECK(accent.offset == body(Parts{.message = "mua rau ng"}).size());
        CHECK(describe(accent, Lang::En).find("0xE1") != std::string::npos);
    }
    SUBCASE("TLV structure") {
        VietQrError cut =
            expect(kVietinbank.substr(0, kVietinbank.size() - 2), Code::Truncated, "63");
        CHECK(describe(cut, Lang::En) == "truncated TLV at position " +
                                             std::to_string(kVietinbank.size() - 8) +
                                             ", in tag 63 (CRC): needs 4 characters, only 2 left");
        expect(body(p) + "63", Code::Truncated, "");
        expect("0002010x12", Code::BadHeader, "");
        expect(sealed("000201010012"), Code::BadLength, "01");
        expect(kTpbank.substr(0, kTpbank.size() - 8) + "6305CBB40", Code::BadLength, "63");
        expect(body(p), Code::MissingTag, "63");
        expect(sealed(body(p)) + "9902ab", Code::MisplacedTag, "63");
        expect(sealed("010212" + body(Parts{.init = ""})), Code::MisplacedTag, "00");
        expect(sealed(body(Parts{.format = ""})), Code::MissingTag, "00");
        expect(sealed(body(p) + "540410"), Code::DuplicateTag, "54");
    }
    SUBCASE("nested TLV inside 38 and 62") {
        expect(sealed(tlv("00", "01") + tlv("01", "11") + tlv("38", "0010A0000007270199") +
                      tlv("53", "704") + tlv("58", "VN")),
               Code::Truncated, "38.01");
        expect(sealed(body(Parts{.message = ""}) + tlv("62", "08xx")), Code::BadHeader, "62");
    }
    SUBCASE("missing required tags") {
        expect(sealed(body(Parts{.init = ""})), Code::MissingTag, "01");
        expect(sealed(tlv("00", "01") + tlv("01", "11") + tlv("53", "704") + tlv("58", "VN")),
               Code::MissingTag, "38");
        expect(sealed(body(Parts{.guid = ""})), Code::MissingTag, "38.00");
        expect(sealed(body(Parts{.bin = "", .account = ""})), Code::MissingTag, "38.01");
        expect(sealed(body(Parts{.bin = ""})), Code::MissingTag, "38.01.00");
        expect(sealed(body(Parts{.account = ""})), Code::MissingTag, "38.01.01");
        expect(sealed(body(Parts{.service = ""})), Code::MissingTag, "38.02");
        expect(sealed(body(Parts{.currency = ""})), Code::MissingTag, "53");
        VietQrError country = expect(sealed(body(Parts{.country = ""})), Code::MissingTag, "58");
        CHECK(describe(country, Lang::Vi) == "thiếu thẻ 58 (quốc gia)");
    }
    SUBCASE("wrong values") {
        expect(sealed(body(Parts{.format = "02"})), Code::BadFormatIndicator, "00");
        expect(sealed(body(Parts{.init = "13"})), Code::BadInitiation, "01");
        VietQrError guid =
            expect(sealed(body(Parts{.guid = "A000000728"})), Code::WrongGuid, "38.00");
        CHECK(describe(guid, Lang::En) ==
              "not a NAPAS VietQR (tag 38.00): expected A000000727, found A000000728");
        expect(sealed(body(Parts{.bin = "97043"})), Code::BadBin, "38.01.00");
        expect(sealed(body(Parts{.bin = "97O436"})), Code::BadBin, "38.01.00");
        expect(sealed(body(Parts{.account = std::string(20, '1')})), Code::BadAccount, "38.01.01");
        expect(sealed(body(Parts{.account = "0123-456"})), Code::BadAccount, "38.01.01");
        expect(sealed(body(Parts{.service = "QRPUSH"})), Code::BadService, "38.02");
        VietQrError currency =
            expect(sealed(body(Parts{.currency = "840"})), Code::WrongCurrency, "53");
        CHECK(describe(currency, Lang::Vi) ==
              "sai loại tiền (thẻ 53): mong đợi 704 (VND), thấy 840");
        expect(sealed(body(Parts{.country = "US"})), Code::WrongCountry, "58");
    }
    SUBCASE("amounts that are not plain digits") {
        for (const char* amount : {"12.5", "50,000", "-5000", "0", "0500", "12345678901234"}) {
            VietQrError e = expect(sealed(body(Parts{.amount = amount})), Code::BadAmount, "54");
            CHECK(e.found == amount);
        }
    }
}

TEST_CASE("encoding refuses a transfer that could not be decoded") {
    auto refusedEncode = [](const VietQr& t) {
        auto r = encodeVietQr(t);
        REQUIRE_FALSE(r.ok());
        CHECK(r.payload.empty());
        return r.error->code;
    };
    CHECK(refusedEncode({"97043", "0123456789", {}, {}}) == Code::BadBin);
    CHECK(refusedEncode({"970436", "", {}, {}}) == Code::BadAccount);
    CHECK(refusedEncode({"970436", "01234567890123456789", {}, {}}) == Code::BadAccount);
    CHECK(refusedEncode({"970436", "0123456789", 0, {}}) == Code::BadAmount);
    CHECK(refusedEncode({"970436", "0123456789", 10000000000000, {}}) == Code::BadAmount);
    CHECK(refusedEncode({"970436", "0123456789", {}, std::string("mua rau ngọt")}) ==
          Code::BadMessage);
    CHECK(refusedEncode({"970436", "0123456789", {}, std::string(96, 'x')}) == Code::BadMessage);
    CHECK(refusedEncode({"970436", "0123456789", {}, std::string()}) == Code::BadMessage);
}
