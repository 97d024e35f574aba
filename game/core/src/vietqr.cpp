// VietQR encode/decode. A payload is a list of TLV fields (2-digit id, 2-digit length,
// value); 38 and 62 hold nested lists. Decoding checks structure, then the CRC, then values,
// and stops at the first problem so the message names exactly one thing to fix.
#include <algorithm>
#include <vector>

#include "dovui/core/vietqr.hpp"

namespace dovui::core {
namespace {

using Code = VietQrError::Code;

/// One TLV field; offsets are positions in the whole payload.
struct Field {
    std::string id;
    std::string_view value;
    std::size_t offset = 0;  ///< of the id
};

struct Fields {
    std::vector<Field> list;
    const Field* find(std::string_view id) const {
        auto it =
            std::find_if(list.begin(), list.end(), [&](const Field& f) { return f.id == id; });
        return it == list.end() ? nullptr : &*it;
    }
};

VietQrError error(Code code, std::string tag, std::size_t offset, std::string expected = {},
                  std::string found = {}) {
    return VietQrError{code, std::move(tag), offset, std::move(expected), std::move(found)};
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAlnum(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isPrintable(char c) {
    return c >= 0x20 && c <= 0x7E;
}
bool allOf(std::string_view s, bool (*pred)(char)) {
    return std::all_of(s.begin(), s.end(), pred);
}

std::string path(std::string_view parent, std::string_view id) {
    return parent.empty() ? std::string(id) : std::string(parent) + "." + std::string(id);
}

/// Splits `text` (starting at payload position `base`) into fields; ids must be unique.
std::optional<VietQrError> splitTlv(std::string_view text, std::size_t base,
                                    std::string_view parent, Fields& out) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t left = text.size() - pos;
        if (left < 4)
            return error(Code::Truncated, std::string(parent), base + pos, "4",
                         std::to_string(left));
        std::string_view header = text.substr(pos, 4);
        if (!allOf(header, isDigit))
            return error(Code::BadHeader, std::string(parent), base + pos, {}, std::string(header));
        std::string id(header.substr(0, 2));
        std::size_t length = static_cast<std::size_t>((header[2] - '0') * 10 + (header[3] - '0'));
        if (length == 0)
            return error(Code::BadLength, path(parent, id), base + pos, "01–99", "00");
        if (length > left - 4)
            return error(Code::Truncated, path(parent, id), base + pos, std::to_string(length),
                         std::to_string(left - 4));
        if (out.find(id))
            return error(Code::DuplicateTag, path(parent, id), base + pos);
        out.list.push_back({id, text.substr(pos + 4, length), base + pos});
        pos += 4 + length;
    }
    return std::nullopt;
}

std::optional<VietQrError> splitNested(const Field& f, std::string_view tag, Fields& out) {
    return splitTlv(f.value, f.offset + 4, tag, out);
}

std::optional<VietQrError> checkBin(std::string_view bin, std::size_t offset) {
    if (bin.size() != 6 || !allOf(bin, isDigit))
        return error(Code::BadBin, "38.01.00", offset, "6", std::string(bin));
    return std::nullopt;
}

std::optional<VietQrError> checkAccount(std::string_view account, std::size_t offset) {
    if (account.empty() || account.size() > kMaxAccountChars || !allOf(account, isAlnum))
        return error(Code::BadAccount, "38.01.01", offset, std::to_string(kMaxAccountChars),
                     std::string(account));
    return std::nullopt;
}

std::optional<VietQrError> checkMessage(std::string_view message, std::size_t offset) {
    if (message.empty() || message.size() > kMaxVietQrMessage || !allOf(message, isPrintable))
        return error(Code::BadMessage, "62.08", offset, std::to_string(kMaxVietQrMessage),
                     std::string(message));
    return std::nullopt;
}

/// Digits only, no leading zero, at most 13 digits, above zero.
std::optional<std::uint64_t> parseAmount(std::string_view text) {
    if (text.empty() || text.size() > kMaxAmountDigits || !allOf(text, isDigit) || text[0] == '0')
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text)
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    return value;
}

const Field* require(const Fields& fields, std::string_view id, std::string_view parent,
                     std::size_t offset, std::optional<VietQrError>& err) {
    const Field* f = fields.find(id);
    if (!f && !err)
        err = error(Code::MissingTag, path(parent, id), offset);
    return f;
}

/// Decodes after the structure and CRC are known good.
class ValueReader {
public:
    explicit ValueReader(const Fields& top) : m_top(top) {}

    std::optional<VietQrError> read(VietQrDecoded& out) {
        if (auto e = readHeader(out))
            return e;
        if (auto e = readAccount(out.qr))
            return e;
        if (auto e = readMoney(out.qr))
            return e;
        return readAdditional(out.qr);
    }

private:
    std::optional<VietQrError> readHeader(VietQrDecoded& out) {
        std::optional<VietQrError> err;
        const Field* format = require(m_top, "00", "", 0, err);
        const Field* init = require(m_top, "01", "", 0, err);
        if (err)
            return err;
        if (format->value != "01")
            return error(Code::BadFormatIndicator, "00", format->offset, "01",
                         std::string(format->value));
        if (init->value != "11" && init->value != "12")
            return error(Code::BadInitiation, "01", init->offset, "11/12",
                         std::string(init->value));
        out.initiation = init->value == "12" ? VietQrInitiation::Dynamic : VietQrInitiation::Static;
        return std::nullopt;
    }

    std::optional<VietQrError> readAccount(VietQr& qr) {
        std::optional<VietQrError> err;
        const Field* mai = require(m_top, "38", "", 0, err);
        if (err)
            return err;
        Fields inner;
        if (auto e = splitNested(*mai, "38", inner))
            return e;
        const Field* guid = require(inner, "00", "38", mai->offset, err);
        const Field* org = require(inner, "01", "38", mai->offset, err);
        const Field* service = require(inner, "02", "38", mai->offset, err);
        if (err)
            return err;
        if (guid->value != kNapasGuid)
            return error(Code::WrongGuid, "38.00", guid->offset, std::string(kNapasGuid),
                         std::string(guid->value));
        Fields beneficiary;
        if (auto e = splitNested(*org, "38.01", beneficiary))
            return e;
        const Field* bin = require(beneficiary, "00", "38.01", org->offset, err);
        const Field* account = require(beneficiary, "01", "38.01", org->offset, err);
        if (err)
            return err;
        if (auto e = checkBin(bin->value, bin->offset))
            return e;
        if (auto e = checkAccount(account->value, account->offset))
            return e;
        if (service->value == "QRIBFTTA")
            qr.service = VietQrService::ToAccount;
        else if (service->value == "QRIBFTTC")
            qr.service = VietQrService::ToCard;
        else
            return error(Code::BadService, "38.02", service->offset, "QRIBFTTA/QRIBFTTC",
                         std::string(service->value));
        qr.bin = bin->value;
        qr.account = account->value;
        return std::nullopt;
    }

    std::optional<VietQrError> readMoney(VietQr& qr) {
        std::optional<VietQrError> err;
        const Field* currency = require(m_top, "53", "", 0, err);
        const Field* country = require(m_top, "58", "", 0, err);
        if (err)
            return err;
        if (currency->value != kVndCurrency)
            return error(Code::WrongCurrency, "53", currency->offset, std::string(kVndCurrency),
                         std::string(currency->value));
        if (country->value != kVietnamCountry)
            return error(Code::WrongCountry, "58", country->offset, std::string(kVietnamCountry),
                         std::string(country->value));
        if (const Field* amount = m_top.find("54")) {
            qr.amount = parseAmount(amount->value);
            if (!qr.amount)
                return error(Code::BadAmount, "54", amount->offset,
                             std::to_string(kMaxAmountDigits), std::string(amount->value));
        }
        return std::nullopt;
    }

    std::optional<VietQrError> readAdditional(VietQr& qr) {
        const Field* additional = m_top.find("62");
        if (!additional)
            return std::nullopt;
        Fields inner;
        if (auto e = splitNested(*additional, "62", inner))
            return e;
        if (const Field* purpose = inner.find("08")) {
            if (auto e = checkMessage(purpose->value, purpose->offset))
                return e;
            qr.message = std::string(purpose->value);
        }
        return std::nullopt;
    }

    const Fields& m_top;
};

/// Payload-wide checks: size, characters, TLV structure, 00 first, 63 last and correct.
std::optional<VietQrError> checkFrame(std::string_view payload, Fields& top, std::string& crc) {
    if (payload.empty())
        return error(Code::Empty, "", 0);
    if (payload.size() > kMaxVietQrChars)
        return error(Code::TooLong, "", kMaxVietQrChars, std::to_string(kMaxVietQrChars),
                     std::to_string(payload.size()));
    for (std::size_t i = 0; i < payload.size(); ++i) {
        if (!isPrintable(payload[i])) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            auto byte = static_cast<unsigned char>(payload[i]);
            return error(Code::BadCharacter, "", i, {},
                         std::string("0x") + kHex[byte >> 4] + kHex[byte & 0xF]);
        }
    }
    if (auto e = splitTlv(payload, 0, "", top))
        return e;
    if (!top.find("00"))
        return error(Code::MissingTag, "00", 0);
    if (top.list.front().id != "00")
        return error(Code::MisplacedTag, "00", top.find("00")->offset, "first");
    const Field* crcField = top.find("63");
    if (!crcField)
        return error(Code::MissingTag, "63", payload.size());
    if (crcField != &top.list.back())
        return error(Code::MisplacedTag, "63", crcField->offset, "last");
    if (crcField->value.size() != 4)
        return error(Code::BadLength, "63", crcField->offset, "04",
                     std::string(payload.substr(crcField->offset + 2, 2)));
    auto upperHex = [](char c) { return isDigit(c) || (c >= 'A' && c <= 'F'); };
    if (!std::all_of(crcField->value.begin(), crcField->value.end(), upperHex))
        return error(Code::CrcFormat, "63", crcField->offset + 4, {}, std::string(crcField->value));
    std::string computed = crcHex(crc16CcittFalse(payload.substr(0, crcField->offset + 4)));
    if (computed != crcField->value)
        return error(Code::BadCrc, "63", crcField->offset + 4, computed,
                     std::string(crcField->value));
    crc = computed;
    return std::nullopt;
}

std::string tlv(std::string_view id, std::string_view value) {
    std::string out(id);
    out += static_cast<char>('0' + value.size() / 10);
    out += static_cast<char>('0' + value.size() % 10);
    out += value;
    return out;
}

std::optional<VietQrError> checkTransfer(const VietQr& t) {
    if (auto e = checkBin(t.bin, 0))
        return e;
    if (auto e = checkAccount(t.account, 0))
        return e;
    if (t.amount && (*t.amount == 0 || std::to_string(*t.amount).size() > kMaxAmountDigits))
        return error(Code::BadAmount, "54", 0, std::to_string(kMaxAmountDigits),
                     std::to_string(*t.amount));
    if (t.message)
        return checkMessage(*t.message, 0);
    return std::nullopt;
}

}  // namespace

std::uint16_t crc16CcittFalse(std::string_view bytes) {
    std::uint16_t crc = 0xFFFF;
    for (char c : bytes) {
        crc ^= static_cast<std::uint16_t>(static_cast<unsigned char>(c) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021)
                                 : static_cast<std::uint16_t>(crc << 1);
    }
    return crc;
}

std::string crcHex(std::uint16_t crc) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out(4, '0');
    for (int i = 3; i >= 0; --i, crc >>= 4)
        out[static_cast<std::size_t>(i)] = kHex[crc & 0xF];
    return out;
}

std::string formatVnd(std::uint64_t amount) {
    std::string digits = std::to_string(amount);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += '.';
        out += digits[i];
    }
    return out + " đ";
}

VietQrDecodeResult decodeVietQr(std::string_view payload) {
    VietQrDecodeResult result;
    Fields top;
    VietQrDecoded decoded;
    if (auto e = checkFrame(payload, top, decoded.crc)) {
        result.error = std::move(e);
        return result;
    }
    if (auto e = ValueReader(top).read(decoded)) {
        result.error = std::move(e);
        return result;
    }
    decoded.bank = findBank(decoded.qr.bin);
    result.decoded = std::move(decoded);
    return result;
}

VietQrEncodeResult encodeVietQr(const VietQr& t) {
    VietQrEncodeResult result;
    if (auto e = checkTransfer(t)) {
        result.error = std::move(e);
        return result;
    }
    std::string beneficiary = tlv("00", t.bin) + tlv("01", t.account);
    std::string service = t.service == VietQrService::ToCard ? "QRIBFTTC" : "QRIBFTTA";
    std::string account = tlv("00", kNapasGuid) + tlv("01", beneficiary) + tlv("02", service);
    std::string out = tlv("00", "01") + tlv("01", t.amount ? "12" : "11") + tlv("38", account) +
                      tlv("53", kVndCurrency);
    if (t.amount)
        out += tlv("54", std::to_string(*t.amount));
    out += tlv("58", kVietnamCountry);
    if (t.message)
        out += tlv("62", tlv("08", *t.message));
    out += "6304";
    out += crcHex(crc16CcittFalse(out));
    result.payload = std::move(out);
    return result;
}

}  // namespace dovui::core
