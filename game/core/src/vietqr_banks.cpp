// Bank BINs of the major NAPAS members. Checked against the SBV card-issuer list
// (subiz/vietqr bank.csv) and content-facts.md §4.4. LPBank was LienVietPostBank.
#include <algorithm>
#include <array>

#include "dovui/core/vietqr.hpp"

namespace dovui::core {
namespace {

constexpr std::array kBanks = {
    BankInfo{"970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"},
    BankInfo{"970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"},
    BankInfo{"970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"},
    BankInfo{"970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"},
    BankInfo{"970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"},
    BankInfo{"970422", "MB", "Ngân hàng TMCP Quân đội"},
    BankInfo{"970416", "ACB", "Ngân hàng TMCP Á Châu"},
    BankInfo{"970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"},
    BankInfo{"970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"},
    BankInfo{"970423", "TPBank", "Ngân hàng TMCP Tiên Phong"},
    BankInfo{"970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"},
    BankInfo{"970443", "SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội"},
    BankInfo{"970437", "HDBank", "Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh"},
    BankInfo{"970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"},
    BankInfo{"970448", "OCB", "Ngân hàng TMCP Phương Đông"},
    BankInfo{"970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"},
    BankInfo{"970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"},
    BankInfo{"970431", "Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"},
    BankInfo{"970428", "Nam A Bank", "Ngân hàng TMCP Nam Á"},
    BankInfo{"970454", "BVBank", "Ngân hàng TMCP Bản Việt"},
    BankInfo{"970446", "Co-opBank", "Ngân hàng Hợp tác xã Việt Nam"},
};

}  // namespace

std::span<const BankInfo> knownBanks() {
    return kBanks;
}

const BankInfo* findBank(std::string_view bin) {
    auto it =
        std::find_if(kBanks.begin(), kBanks.end(), [&](const BankInfo& b) { return b.bin == bin; });
    return it == kBanks.end() ? nullptr : &*it;
}

}  // namespace dovui::core
