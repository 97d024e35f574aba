#pragma once
/// Spreadsheet files arrive as UTF-8 (with or without a BOM) or in Windows-1258, the
/// Vietnamese code page old Excel versions save. Both become NFC UTF-8 here.
#include <optional>
#include <string>
#include <string_view>

namespace dovui::csv {

enum class Encoding { Auto, Utf8, Windows1258 };

/// "auto", "utf-8"/"utf8", "windows-1258"/"cp1258"; nullopt for anything else.
std::optional<Encoding> parseEncoding(std::string_view name);
const char* encodingName(Encoding encoding);

struct DecodedText {
    std::optional<std::string> text;  ///< NFC UTF-8 without BOM, when decoding worked
    Encoding used = Encoding::Utf8;   ///< what the bytes turned out to be
    std::size_t badOffset = 0;        ///< on failure: the byte offset of the first bad byte
};

/// Auto: valid UTF-8 (BOM or not) is UTF-8, anything else is read as Windows-1258.
DecodedText decode(std::string_view bytes, Encoding encoding = Encoding::Auto);

}  // namespace dovui::csv
