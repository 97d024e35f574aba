#include "csv.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dovui::csv {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool needsQuotes(std::string_view value) {
    if (value.empty())
        return false;
    if (isSpace(value.front()) || isSpace(value.back()))
        return true;
    return value.find_first_of(",;\"\r\n\t") != std::string_view::npos;
}

bool looksLikeFormula(std::string_view value) {
    return !value.empty() &&
           std::string_view("=+-@'").find(value.front()) != std::string_view::npos;
}

}  // namespace

const std::string& Row::cell(std::size_t column) const {
    static const std::string kEmpty;
    return column < cells.size() ? cells[column] : kEmpty;
}

bool Row::blank() const {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
        return std::all_of(c.begin(), c.end(), isSpace);
    });
}

std::vector<Row> parse(std::string_view text, char delimiter) {
    std::vector<Row> rows;
    Row row;
    std::string cell;
    int rowNumber = 1;
    bool inQuotes = false;
    bool any = false;  // something seen since the last row ended
    auto endCell = [&] {
        row.cells.push_back(std::move(cell));
        cell.clear();
    };
    auto endRow = [&] {
        endCell();
        row.number = rowNumber++;
        rows.push_back(std::move(row));
        row = Row{};
        any = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                continue;  // CRLF inside a cell is one line break
            } else {
                cell += c;
            }
            continue;
        }
        any = true;
        if (c == '"' && std::all_of(cell.begin(), cell.end(), isSpace)) {
            cell.clear();
            inQuotes = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRow();
        } else {
            cell += c;
        }
    }
    if (any || inQuotes || !cell.empty() || !row.cells.empty())
        endRow();
    return rows;
}

char guessDelimiter(std::string_view text) {
    char best = ',';
    std::size_t bestCells = 0;
    for (char candidate : {',', ';', '\t'}) {
        std::vector<Row> rows =
            parse(text.substr(0, std::min<std::size_t>(text.size(), 65536)), candidate);
        std::size_t cells = 0;
        int counted = 0;
        for (const Row& row : rows) {
            if (row.blank())
                continue;
            cells = std::max(cells, row.cells.size());
            if (++counted == 20)
                break;
        }
        if (cells > bestCells) {
            best = candidate;
            bestCells = cells;
        }
    }
    return best;
}

Writer::Writer(bool guardFormulas) : m_out("\xEF\xBB\xBF"), m_guardFormulas(guardFormulas) {}

void Writer::separate() {
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
}

Writer& Writer::text(std::string_view value) {
    separate();
    std::string guarded;
    if (m_guardFormulas && looksLikeFormula(value)) {
        guarded = "'" + std::string(value);
        value = guarded;
    }
    if (!needsQuotes(value)) {
        m_out += value;
        return *this;
    }
    m_out += '"';
    for (char c : value) {
        if (c == '"')
            m_out += '"';
        m_out += c;
    }
    m_out += '"';
    return *this;
}

Writer& Writer::number(long long value) {
    separate();
    m_out += std::to_string(value);
    return *this;
}

Writer& Writer::decimal(double value) {
    separate();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::round(value * 10.0) / 10.0);
    m_out += buffer;
    return *this;
}

void Writer::endRow() {
    m_out += "\r\n";
    m_rowStarted = false;
}

std::string unguard(std::string_view cell) {
    if (!cell.empty() && cell.front() == '\'')
        cell.remove_prefix(1);
    return std::string(cell);
}

}  // namespace dovui::csv
