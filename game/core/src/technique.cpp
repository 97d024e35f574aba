#include "dovui/core/technique.hpp"

#include <vector>

#include "dovui/core/text.hpp"

namespace dovui::core {
namespace {

using T = Technique;

constexpr std::array<TechniqueInfo, kTechniqueCount> kTechniques{{
    {T::Impersonation, "impersonation", "Giả danh cơ quan, ngân hàng, người quen",
     "Impersonating an agency, a bank or someone you know",
     "Kẻ gian xưng là công an, ngân hàng, điện lực hay người thân để bác tin.",
     "The scammer claims to be the police, a bank, the power company or family so you trust them."},
    {T::Urgency, "urgency", "Đe dọa, hối thúc", "Threat and hurry",
     "Dọa khóa tài khoản, dọa bắt, đòi làm ngay để bác không kịp hỏi ai.",
     "Threats of a blocked account or arrest, and a deadline, so you act before you ask anyone."},
    {T::Secrecy, "secrecy", "Bắt giữ bí mật", "\"Keep it secret\"",
     "Dặn không được kể với ai, kể cả con cháu, để không ai can bác.",
     "You are told to tell no one, not even family, so nobody can stop you."},
    {T::Bait, "bait", "Mồi nhử: quà, trúng thưởng, lãi cao",
     "The bait: a prize, a gift, easy money",
     "Hứa quà, trúng thưởng, việc nhẹ lương cao hay lãi cao để bác ham.",
     "A prize, a gift, easy work or high returns to make you want it."},
    {T::AppSwitch, "app-switch", "Kéo sang ứng dụng, kênh khác", "Moving you to another app",
     "Bảo kết bạn Zalo, nhắn riêng hay sang ứng dụng khác, nơi không ai kiểm soát.",
     "You are moved to a private chat or another app where nobody checks them."},
    {T::LinkApp, "link-app", "Đường link lạ, ứng dụng lạ", "A strange link or app",
     "Gửi đường link lạ hay tệp cài ứng dụng để lấy tiền và điều khiển máy.",
     "A strange link or an app file that steals money or takes over the phone."},
    {T::OtpPassword, "otp-password", "Hỏi mã OTP, mật khẩu", "Asking for an OTP or password",
     "Xin mã OTP, mật khẩu, mã PIN: ai có mã là lấy được tiền của bác.",
     "They ask for the OTP, a password or a PIN: whoever has the code can take your money."},
    {T::Transfer, "transfer", "Bảo chuyển tiền, nộp phí \"để xác minh\"",
     "\"Transfer to verify\", a fee first",
     "Bảo chuyển tiền để xác minh, nộp phí, đặt cọc trước: tiền đi là mất.",
     "Transfer money to be checked, a fee or a deposit first: money sent is gone."},
}};

/// Plain words that name each technique in an explanation (case-folded on use).
const std::vector<std::string_view>& keywords(Technique t) {
    static const std::array<std::vector<std::string_view>, kTechniqueCount> kWords{{
        {"giả danh", "mạo danh", "giả làm", "đóng giả", "xưng là", "impersonat", "pretend",
         "posing as", "claims to be"},
        {"dọa", "hối thúc", "thúc ép", "gấp", "vội", "threat", "hurry", "rush", "urgent"},
        {"bí mật", "giấu", "đừng nói", "không được nói", "secret", "tell no one", "don't tell"},
        {"mồi", "quà", "trúng thưởng", "lãi cao", "hoa hồng", "ưu đãi", "miễn phí", "dễ kiếm",
         "bait", "prize", "gift", "free", "easy money", "high return"},
        {"kéo sang", "chuyển sang", "ứng dụng khác", "kết bạn", "nhắn riêng", "another app",
         "move you", "switch"},
        {"link lạ", "đường link", "ứng dụng lạ", "cài ứng dụng", "tệp cài", "apk", "link",
         "install"},
        {"otp", "mật khẩu", "mã xác thực", "mã pin", "password", "pin"},
        {"chuyển tiền", "chuyển khoản", "nộp tiền", "nộp phí", "phí", "đặt cọc", "transfer", "fee",
         "deposit", "pay"},
    }};
    return kWords[static_cast<std::size_t>(t)];
}

}  // namespace

const std::array<TechniqueInfo, kTechniqueCount>& techniqueTable() {
    return kTechniques;
}

const TechniqueInfo& techniqueInfo(Technique t) {
    return kTechniques[static_cast<std::size_t>(t) % kTechniqueCount];
}

std::optional<Technique> parseTechnique(std::string_view id) {
    for (const TechniqueInfo& info : kTechniques)
        if (info.id == id)
            return info.technique;
    return std::nullopt;
}

std::string_view techniqueName(Technique t, Lang lang) {
    const TechniqueInfo& info = techniqueInfo(t);
    return lang == Lang::En ? info.nameEn : info.nameVi;
}

bool explanationNames(std::string_view explanation, Technique t) {
    const std::string folded = foldCase(explanation);
    for (std::string_view word : keywords(t))
        if (folded.find(foldCase(word)) != std::string::npos)
            return true;
    return false;
}

}  // namespace dovui::core
