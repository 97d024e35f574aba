#pragma once
/// VietQR codec: EMVCo merchant-presented TLV with the NAPAS template (design.md §4,
/// content-facts.md §4.2). Pure: no IO; every decode error says where and what is wrong.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "dovui/core/lang.hpp"

namespace dovui::core {

inline constexpr std::string_view kNapasGuid = "A000000727";
inline constexpr std::string_view kVndCurrency = "704";
inline constexpr std::string_view kVietnamCountry = "VN";
inline constexpr std::size_t kMaxVietQrChars = 512;   ///< EMVCo: a payload is ≤ 512 chars
inline constexpr std::size_t kMaxAccountChars = 19;   ///< 38.01.01: account or card number
inline constexpr std::size_t kMaxAmountDigits = 13;   ///< 54: VND, digits only
inline constexpr std::size_t kMaxVietQrMessage = 95;  ///< 62.08 inside a ≤ 99-char tag 62

/// 38.02: what the transfer goes to.
enum class VietQrService : std::uint8_t {
    ToAccount,  ///< "QRIBFTTA": 24/7 transfer to an account number
    ToCard,     ///< "QRIBFTTC": 24/7 transfer to a card number
};

/// 01: a static QR is printed once and reused; a dynamic one is for one transaction.
enum class VietQrInitiation : std::uint8_t { Static, Dynamic };

/// The transfer a payload asks for. Encoding writes "12" (dynamic) when an amount is set.
struct VietQr {
    std::string bin;                      ///< bank BIN, 6 digits ("970436")
    std::string account;                  ///< account or card number, 1–19 letters/digits
    std::optional<std::uint64_t> amount;  ///< VND; absent in a QR where the payer types it
    std::optional<std::string> message;   ///< 62.08 purpose, printable ASCII (no accents)
    VietQrService service = VietQrService::ToAccount;
    bool operator==(const VietQr&) const = default;
};

/// A bank in the NAPAS network, by the BIN that VietQR carries in 38.01.00.
struct BankInfo {
    std::string_view bin;        ///< "970436"
    std::string_view shortName;  ///< "Vietcombank"
    std::string_view fullName;   ///< "Ngân hàng TMCP Ngoại thương Việt Nam"
};

/// The banks the game knows (major NAPAS members); nullptr for a BIN not in the table.
std::span<const BankInfo> knownBanks();
const BankInfo* findBank(std::string_view bin);

/// Why a payload or a transfer was refused, located precisely enough to fix it.
struct VietQrError {
    enum class Code : std::uint8_t {
        Empty,               ///< nothing to decode
        TooLong,             ///< over kMaxVietQrChars
        BadCharacter,        ///< not printable ASCII
        BadHeader,           ///< tag id / length is not two digits
        Truncated,           ///< a length runs past the end of its container
        BadLength,           ///< a length is wrong for its field
        MissingTag,          ///< a required tag is absent
        DuplicateTag,        ///< a tag appears twice in one container
        MisplacedTag,        ///< 00 not first, or 63 not last
        BadFormatIndicator,  ///< 00 is not "01"
        BadInitiation,       ///< 01 is not "11" / "12"
        WrongGuid,           ///< 38.00 is not the NAPAS GUID
        BadBin,              ///< 38.01.00 is not 6 digits
        BadAccount,          ///< 38.01.01 is empty, too long or not letters/digits
        BadService,          ///< 38.02 is not QRIBFTTA / QRIBFTTC
        WrongCurrency,       ///< 53 is not 704
        BadAmount,           ///< 54 is not 1–13 digits, or is zero
        WrongCountry,        ///< 58 is not VN
        BadMessage,          ///< 62.08 too long or not printable ASCII
        CrcFormat,           ///< 63 is not four upper-case hex digits
        BadCrc,              ///< 63 does not match the computed CRC
    };
    Code code = Code::Empty;
    std::string tag;         ///< "38.01.00"; empty for whole-payload problems
    std::size_t offset = 0;  ///< 0-based character position in the payload
    std::string expected;    ///< what should be there ("1A2B", "A000000727")
    std::string found;       ///< what is there
    bool operator==(const VietQrError&) const = default;
};

/// One line a person can act on: "CRC sai: mong đợi 1A2B, thấy 0000".
std::string describe(const VietQrError& error, Lang lang);

/// A payload that passed every check, with what is only known after decoding.
struct VietQrDecoded {
    VietQr qr;
    VietQrInitiation initiation = VietQrInitiation::Static;
    std::string crc;                 ///< the four hex digits of tag 63 (verified)
    const BankInfo* bank = nullptr;  ///< nullptr: BIN valid but unknown (allowed, flagged)
    bool knownBank() const { return bank != nullptr; }
};

struct VietQrDecodeResult {
    std::optional<VietQrDecoded> decoded;  ///< set only when error is empty
    std::optional<VietQrError> error;
    [[nodiscard]] bool ok() const { return decoded.has_value(); }
};

struct VietQrEncodeResult {
    std::string payload;  ///< empty when error is set
    std::optional<VietQrError> error;
    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

/// Validates every length, tag and the CRC. Never throws on bad input.
[[nodiscard]] VietQrDecodeResult decodeVietQr(std::string_view payload);

/// Builds a payload; refuses a transfer that would not decode (bad BIN, account, message…).
[[nodiscard]] VietQrEncodeResult encodeVietQr(const VietQr& transfer);

/// CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final XOR.
std::uint16_t crc16CcittFalse(std::string_view bytes);

/// Four upper-case hex digits, leading zeros kept ("083A").
std::string crcHex(std::uint16_t crc);

/// "1.250.000 đ": Vietnamese thousands separators, as banking apps show amounts.
std::string formatVnd(std::uint64_t amount);

}  // namespace dovui::core
