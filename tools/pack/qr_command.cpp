#include "qr_command.hpp"

#include <algorithm>
#include <charconv>

#include "dovui/core/text.hpp"
#include "dovui/core/vietqr.hpp"

namespace dovui::pack {
namespace {

using namespace dovui::core;

void printField(std::ostream& out, const std::string& label, const std::string& value) {
    constexpr std::size_t kLabelWidth = 12;
    std::size_t n = codePointCount(label);
    out << label << ':' << std::string(kLabelWidth > n ? kLabelWidth - n : 1, ' ') << value << '\n';
}

int printDecoded(const VietQrDecoded& d, Lang lang, std::ostream& out) {
    const VietQr& qr = d.qr;
    std::string bank = d.bank
                           ? std::string(d.bank->shortName) + " — " + std::string(d.bank->fullName)
                           : tr(lang, "không có trong danh sách ngân hàng (kiểm tra lại!)",
                                "not in the bank list (check it!)");
    printField(out, tr(lang, "Ngân hàng", "Bank"), bank);
    printField(out, "BIN", qr.bin);
    printField(out, tr(lang, "Tài khoản", "Account"), qr.account);
    printField(out, tr(lang, "Dịch vụ", "Service"),
               qr.service == VietQrService::ToCard
                   ? tr(lang, "chuyển đến thẻ (QRIBFTTC)", "transfer to card (QRIBFTTC)")
                   : tr(lang, "chuyển đến tài khoản (QRIBFTTA)", "transfer to account (QRIBFTTA)"));
    printField(out, tr(lang, "Loại QR", "QR type"),
               d.initiation == VietQrInitiation::Dynamic ? tr(lang, "động (12)", "dynamic (12)")
                                                         : tr(lang, "tĩnh (11)", "static (11)"));
    printField(out, tr(lang, "Số tiền", "Amount"),
               qr.amount ? formatVnd(*qr.amount)
                         : tr(lang, "(người trả tự nhập)", "(the payer types it)"));
    printField(out, tr(lang, "Nội dung", "Message"), qr.message.value_or("—"));
    printField(out, "CRC", d.crc + tr(lang, " (đúng)", " (ok)"));
    return 0;
}

int decode(const QrOptions& o, std::ostream& out, std::ostream& err) {
    VietQrDecodeResult r = decodeVietQr(o.payload);
    if (!r.ok()) {
        err << tr(o.lang, "lỗi: ", "error: ") << describe(*r.error, o.lang) << '\n';
        return 1;
    }
    return printDecoded(*r.decoded, o.lang, out);
}

int make(const QrOptions& o, std::ostream& out, std::ostream& err) {
    VietQr transfer{
        o.bank, o.account, {}, {}, o.toCard ? VietQrService::ToCard : VietQrService::ToAccount};
    if (!o.amount.empty()) {
        std::uint64_t amount = 0;
        const char* end = o.amount.data() + o.amount.size();
        bool digits = std::all_of(o.amount.begin(), o.amount.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || std::from_chars(o.amount.data(), end, amount).ptr != end) {
            err << tr(o.lang, "lỗi: --amount chỉ gồm chữ số, ví dụ 50000; thấy \"",
                      "error: --amount takes digits only, e.g. 50000; found \"")
                << o.amount << "\"\n";
            return 1;
        }
        transfer.amount = amount;
    }
    if (!o.message.empty())
        transfer.message = o.message;
    VietQrEncodeResult r = encodeVietQr(transfer);
    if (!r.ok()) {
        err << tr(o.lang, "lỗi: ", "error: ") << describe(*r.error, o.lang) << '\n';
        return 1;
    }
    if (!findBank(o.bank))
        err << tr(o.lang, "cảnh báo: BIN ", "warning: BIN ") << o.bank
            << tr(o.lang, " không có trong danh sách ngân hàng", " is not in the bank list")
            << '\n';
    out << r.payload << '\n';
    return 0;
}

}  // namespace

int runQr(const QrOptions& options, std::ostream& out, std::ostream& err) {
    return options.make ? make(options, out, err) : decode(options, out, err);
}

}  // namespace dovui::pack
