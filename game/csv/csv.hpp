#pragma once
/// Spreadsheet CSV as Excel and LibreOffice write it: quoted cells, doubled quotes, line breaks
/// inside quotes, CRLF or LF rows. Reading keeps the spreadsheet row number of every record;
/// writing produces UTF-8 with a BOM so Excel on Windows shows Vietnamese intact.
#include <string>
#include <string_view>
#include <vector>

namespace dovui::csv {

/// One record; `number` is the 1-based row a spreadsheet shows (a cell with a line break
/// does not start a new row).
struct Row {
    int number = 0;
    std::vector<std::string> cells;

    /// The cell at `column`, or "" past the end (spreadsheets drop trailing empty cells).
    const std::string& cell(std::size_t column) const;
    /// True when every cell is empty or white space.
    bool blank() const;
};

/// Parses UTF-8 text (no BOM) with the given delimiter. Never throws: a quote left open runs
/// to the end of the text, as spreadsheets do.
std::vector<Row> parse(std::string_view text, char delimiter = ',');

/// The delimiter a spreadsheet most likely used (',', ';' or tab): the one that splits the
/// first non-blank lines into the most cells.
char guessDelimiter(std::string_view text);

/// Builds a CSV file: UTF-8 BOM, comma-separated, CRLF rows, cells quoted when needed.
class Writer {
public:
    /// `guardFormulas`: text starting with = + - @ or ' gets a leading apostrophe so a
    /// spreadsheet shows it as text instead of running it (CSV injection).
    explicit Writer(bool guardFormulas = true);

    Writer& text(std::string_view value);
    Writer& number(long long value);
    /// A number with one decimal digit and a dot ("12.5").
    Writer& decimal(double value);
    void endRow();

    const std::string& str() const { return m_out; }

private:
    void separate();

    std::string m_out;
    bool m_guardFormulas;
    bool m_rowStarted = false;
};

/// Undoes the formula guard: drops one leading apostrophe (a spreadsheet's "this is text"
/// mark, which Excel itself never writes to CSV).
std::string unguard(std::string_view cell);

}  // namespace dovui::csv
