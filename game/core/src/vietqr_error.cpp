// VietQR error messages in Vietnamese and English: what is wrong, where, and what was found.
#include <array>
#include <string>

#include "dovui/core/vietqr.hpp"

namespace dovui::core {
namespace {

using Code = VietQrError::Code;

struct TagName {
    std::string_view tag;
    std::string_view vi;
    std::string_view en;
};

constexpr std::array kTagNames = {
    TagName{"00", "định dạng", "payload format"},
    TagName{"01", "cách khởi tạo", "point of initiation"},
    TagName{"38", "tài khoản thụ hưởng", "merchant account"},
    TagName{"38.00", "GUID NAPAS", "NAPAS GUID"},
    TagName{"38.01", "tổ chức thụ hưởng", "beneficiary organisation"},
    TagName{"38.01.00", "BIN ngân hàng", "bank BIN"},
    TagName{"38.01.01", "số tài khoản/thẻ", "account/card number"},
    TagName{"38.02", "mã dịch vụ", "service code"},
    TagName{"53", "loại tiền", "currency"},
    TagName{"54", "số tiền", "amount"},
    TagName{"58", "quốc gia", "country"},
    TagName{"62", "dữ liệu bổ sung", "additional data"},
    TagName{"62.08", "nội dung chuyển khoản", "purpose of transfer"},
    TagName{"63", "CRC", "CRC"},
};

/// "thẻ 38.01.00 (BIN ngân hàng)" / "tag 38.01.00 (bank BIN)".
std::string tagLabel(std::string_view tag, bool vi) {
    std::string out = (vi ? "thẻ " : "tag ") + std::string(tag);
    for (const TagName& n : kTagNames)
        if (n.tag == tag)
            return out + " (" + std::string(vi ? n.vi : n.en) + ")";
    return out;
}

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

std::string describeVi(const VietQrError& e) {
    const std::string at = "vị trí " + std::to_string(e.offset);
    const std::string tag = "thẻ " + e.tag;           // the message already names the field
    const std::string label = tagLabel(e.tag, true);  // "thẻ 58 (quốc gia)"
    switch (e.code) {
        case Code::Empty:
            return "mã QR trống";
        case Code::TooLong:
            return "mã QR quá dài: tối đa " + e.expected + " ký tự, thấy " + e.found;
        case Code::BadCharacter:
            return "ký tự không hợp lệ ở " + at + ": " + e.found +
                   " (chỉ dùng chữ không dấu, số và dấu câu ASCII)";
        case Code::BadHeader:
            return "đầu trường không hợp lệ ở " + at + (e.tag.empty() ? "" : ", trong " + label) +
                   ": mã thẻ và độ dài phải là 4 chữ số, thấy " + quoted(e.found);
        case Code::Truncated:
            return "TLV bị cắt ở " + at + (e.tag.empty() ? "" : ", trong " + label) + ": cần " +
                   e.expected + " ký tự, chỉ còn " + e.found;
        case Code::BadLength:
            return "độ dài sai ở " + label + ": mong đợi " + e.expected + ", thấy " + e.found;
        case Code::MissingTag:
            return "thiếu " + label;
        case Code::DuplicateTag:
            return label + " xuất hiện hai lần (lần hai ở " + at + ")";
        case Code::MisplacedTag:
            return label + (e.expected == "first" ? " phải đứng đầu" : " phải đứng cuối");
        case Code::BadFormatIndicator:
            return "định dạng sai (" + tag + "): mong đợi 01, thấy " + e.found;
        case Code::BadInitiation:
            return "cách khởi tạo sai (" + tag +
                   "): mong đợi 11 (QR tĩnh) hoặc 12 (QR động), thấy " + e.found;
        case Code::WrongGuid:
            return "không phải mã VietQR của NAPAS (" + tag + "): mong đợi " + e.expected +
                   ", thấy " + e.found;
        case Code::BadBin:
            return "BIN ngân hàng sai (" + tag + "): phải đúng 6 chữ số, thấy " + quoted(e.found);
        case Code::BadAccount:
            return "số tài khoản sai (" + tag + "): phải có 1–" + e.expected +
                   " chữ hoặc số, thấy " + quoted(e.found);
        case Code::BadService:
            return "mã dịch vụ sai (" + tag +
                   "): mong đợi QRIBFTTA (tài khoản) hoặc QRIBFTTC (thẻ), thấy " + e.found;
        case Code::WrongCurrency:
            return "sai loại tiền (" + tag + "): mong đợi " + e.expected + " (VND), thấy " +
                   e.found;
        case Code::BadAmount:
            return "số tiền sai (" + tag + "): chỉ gồm chữ số, tối đa " + e.expected +
                   " chữ số, lớn hơn 0, không bắt đầu bằng 0; thấy " + quoted(e.found);
        case Code::WrongCountry:
            return "sai mã quốc gia (" + tag + "): mong đợi " + e.expected + ", thấy " + e.found;
        case Code::BadMessage:
            return "nội dung chuyển khoản sai (" + tag + "): 1–" + e.expected +
                   " ký tự ASCII, viết không dấu; thấy " + quoted(e.found);
        case Code::CrcFormat:
            return "CRC phải là 4 chữ số hex viết hoa, thấy " + quoted(e.found);
        case Code::BadCrc:
            return "CRC sai: mong đợi " + e.expected + ", thấy " + e.found;
    }
    return "?";
}

std::string describeEn(const VietQrError& e) {
    const std::string at = "position " + std::to_string(e.offset);
    const std::string tag = "tag " + e.tag;
    const std::string label = tagLabel(e.tag, false);
    switch (e.code) {
        case Code::Empty:
            return "empty QR payload";
        case Code::TooLong:
            return "QR payload too long: at most " + e.expected + " characters, found " + e.found;
        case Code::BadCharacter:
            return "invalid character at " + at + ": " + e.found +
                   " (printable ASCII only, no accents)";
        case Code::BadHeader:
            return "invalid field header at " + at + (e.tag.empty() ? "" : ", in " + label) +
                   ": tag id and length must be 4 digits, found " + quoted(e.found);
        case Code::Truncated:
            return "truncated TLV at " + at + (e.tag.empty() ? "" : ", in " + label) + ": needs " +
                   e.expected + " characters, only " + e.found + " left";
        case Code::BadLength:
            return "wrong length in " + label + ": expected " + e.expected + ", found " + e.found;
        case Code::MissingTag:
            return "missing " + label;
        case Code::DuplicateTag:
            return label + " appears twice (again at " + at + ")";
        case Code::MisplacedTag:
            return label + (e.expected == "first" ? " must come first" : " must come last");
        case Code::BadFormatIndicator:
            return "wrong payload format (" + tag + "): expected 01, found " + e.found;
        case Code::BadInitiation:
            return "wrong point of initiation (" + tag +
                   "): expected 11 (static) or 12 (dynamic), found " + e.found;
        case Code::WrongGuid:
            return "not a NAPAS VietQR (" + tag + "): expected " + e.expected + ", found " +
                   e.found;
        case Code::BadBin:
            return "wrong bank BIN (" + tag + "): must be exactly 6 digits, found " +
                   quoted(e.found);
        case Code::BadAccount:
            return "wrong account number (" + tag + "): must be 1–" + e.expected +
                   " letters or digits, found " + quoted(e.found);
        case Code::BadService:
            return "wrong service code (" + tag +
                   "): expected QRIBFTTA (account) or QRIBFTTC (card), found " + e.found;
        case Code::WrongCurrency:
            return "wrong currency (" + tag + "): expected " + e.expected + " (VND), found " +
                   e.found;
        case Code::BadAmount:
            return "wrong amount (" + tag + "): digits only, at most " + e.expected +
                   ", above 0, no leading zero; found " + quoted(e.found);
        case Code::WrongCountry:
            return "wrong country (" + tag + "): expected " + e.expected + ", found " + e.found;
        case Code::BadMessage:
            return "wrong purpose text (" + tag + "): 1–" + e.expected +
                   " ASCII characters without accents; found " + quoted(e.found);
        case Code::CrcFormat:
            return "CRC must be 4 upper-case hex digits, found " + quoted(e.found);
        case Code::BadCrc:
            return "wrong CRC: expected " + e.expected + ", found " + e.found;
    }
    return "?";
}

}  // namespace

std::string describe(const VietQrError& error, Lang lang) {
    return lang == Lang::Vi ? describeVi(error) : describeEn(error);
}

}  // namespace dovui::core
