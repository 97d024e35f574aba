#pragma once
/// Spreadsheet -> pack, without any file IO (the command and the tests share it). Every bad row
/// is reported with its spreadsheet row number and the reason; the pack is built only when no
/// row is bad, or from the good rows when skipBad is set.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/core/pack.hpp"
#include "messages.hpp"
#include "sheet_layout.hpp"
#include "text_encoding.hpp"

namespace dovui::pack {

/// Pack facts given here win over the rows above the sheet's header ("mã gói", "tên gói",
/// "ngôn ngữ", "mô tả", "nguồn", "chủ đề": what `export` writes), which win over the defaults.
struct ImportSettings {
    Lang lang = Lang::Vi;  ///< message language
    std::string packId;    ///< [a-z0-9-]; also the prefix of numbered question ids
    std::string title;
    std::string language;  ///< the pack's language ("" = the sheet's, else "vi")
    std::string defaultPackId;
    std::string defaultTitle;
    std::string defaultTopic;  ///< for rows without a topic; "" = "Chung" / "General"
    csv::Encoding encoding = csv::Encoding::Auto;
    bool skipBad = false;
};

struct RowProblem {
    int row = 0;  ///< spreadsheet row number; 0 for the whole file
    std::string message;
};

struct ImportResult {
    std::optional<core::Pack> pack;
    std::vector<RowProblem> errors;    ///< every bad row (with --skip-bad: the rows left out)
    std::vector<RowProblem> warnings;  ///< accepted, but worth a look
    Layout layout = Layout::Simple;
    csv::Encoding encoding = csv::Encoding::Utf8;
    char delimiter = ',';
    std::size_t rowsRead = 0;  ///< data rows that were not blank
};

ImportResult importSheet(std::string_view bytes, const ImportSettings& settings);

/// "hàng 12: …" / "row 12: …"
std::string describe(const RowProblem& problem, Lang lang);

/// Lower-case ASCII letters, digits and single dashes ("Tin nhắn lừa đảo" -> "tin-nhan-lua-dao"),
/// at most `maxLength` characters, cut at a dash when possible.
std::string slugify(std::string_view text, std::size_t maxLength);

}  // namespace dovui::pack
