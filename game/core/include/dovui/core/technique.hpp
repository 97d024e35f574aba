#pragma once
/// The fixed list of manipulation techniques a question can teach (design.md §4, issue 13).
/// Inoculation research: protection is per technique taught, so every question tags its own.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "dovui/core/lang.hpp"

namespace dovui::core {

/// Append-only: the values travel on the wire (RevealMsg) and into the results store.
enum class Technique : uint8_t {
    Impersonation = 0,  ///< pretending to be an agency, a bank or someone you know
    Urgency = 1,        ///< threats and hurry
    Secrecy = 2,        ///< "keep it secret"
    Bait = 3,           ///< a prize, a gift, easy money
    AppSwitch = 4,      ///< moving you to another app or channel
    LinkApp = 5,        ///< a strange link or an app to install
    OtpPassword = 6,    ///< asking for an OTP, a password or a PIN
    Transfer = 7,       ///< "transfer to verify", a fee or a deposit first
};
inline constexpr std::size_t kTechniqueCount = 8;
/// The decoders' bound (field_rules.hpp).
constexpr Technique lastEnumValue(Technique) {
    return Technique::Transfer;
}
static_assert(static_cast<std::size_t>(Technique::Transfer) + 1 == kTechniqueCount);

/// What the pack format, the screens and the reports say about one technique.
struct TechniqueInfo {
    Technique technique;
    std::string_view id;  ///< pack-file id ("impersonation")
    std::string_view nameVi, nameEn;
    std::string_view describeVi, describeEn;  ///< one line for the guide and the reports
};

const std::array<TechniqueInfo, kTechniqueCount>& techniqueTable();
const TechniqueInfo& techniqueInfo(Technique t);
[[nodiscard]] std::optional<Technique> parseTechnique(std::string_view id);
std::string_view techniqueName(Technique t, Lang lang);

/// True when `explanation` names `t` in plain words (one of the technique's keywords, in
/// either language, ignoring case). `dovui-pack check` warns on explanations that do not.
[[nodiscard]] bool explanationNames(std::string_view explanation, Technique t);

}  // namespace dovui::core
