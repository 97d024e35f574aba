#include "span_markup.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

#include "sheet_layout.hpp"

namespace dovui::pack {
namespace {

using namespace dovui::core;

// U+E000 and U+E001 (private use): never in a card's text, untouched by the column readers.
constexpr std::string_view kOpen = "\xEE\x80\x80";
constexpr std::string_view kClose = "\xEE\x80\x81";

std::size_t runLength(std::string_view s, std::size_t at) {
    std::size_t end = at;
    while (end < s.size() && s[end] == s[at])
        ++end;
    return end - at;
}

bool isTagId(std::string_view token) {
    return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
}

/// "2", "link" or "2 link" before a bar; false when `tag` is none of these (then the bar is
/// part of the words).
bool parseTag(std::string_view tag, SpanMarker& marker) {
    std::vector<std::string_view> tokens;
    for (std::size_t at = 0; at < tag.size();) {
        std::size_t space = tag.find(' ', at);
        if (space == std::string_view::npos)
            space = tag.size();
        if (space > at)
            tokens.push_back(tag.substr(at, space - at));
        at = space + 1;
    }
    if (tokens.empty() || tokens.size() > 2)
        return false;
    SpanMarker parsed;
    for (std::string_view token : tokens) {
        bool digits =
            std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits && token.size() <= 2 && parsed.number == 0)
            parsed.number = std::stoi(std::string(token));
        else if (!digits && isTagId(token) && parsed.id.empty())
            parsed.id = std::string(token);
        else
            return false;
    }
    marker = parsed;
    return true;
}

/// Column order of a card's fields, as export writes them and reading order numbers spans.
std::vector<std::string> fieldsInColumnOrder(const CardBody& body) {
    std::vector<std::string> names;
    for (const CardField& f : cardFields(body))
        names.push_back(f.name);
    auto rank = [](const std::string& name) {
        std::string column = columnForField("card." + name);
        return column == columnName(Column::CardFrom)     ? 0
               : column == columnName(Column::CardDetail) ? 1
                                                          : 2;
    };
    std::stable_sort(names.begin(), names.end(),
                     [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
    return names;
}

std::string* mutableField(CardBody& body, const std::string& name) {
    // The card is ours and not const; the core hands out a read-only view of its fields.
    return const_cast<std::string*>(cardFieldText(body, name));
}

class MarkupReader {
public:
    MarkupReader(Lang lang, MarkedColumns& out) : m_lang(lang), m_out(out) {}

    std::string read(std::string_view cell, Column column) {
        m_column = column;
        std::string text;
        bool open = false;
        std::size_t contentStart = 0;
        for (std::size_t i = 0; i < cell.size();) {
            char c = cell[i];
            std::size_t run = (c == '[' || c == ']') ? runLength(cell, i) : 1;
            if (c == '[' && run >= 2) {
                if (open)
                    return fail(tr(m_lang, "đoạn đánh dấu [[…]] lồng trong một đoạn khác",
                                   "a [[…]] marker inside another one"));
                text += kOpen;
                contentStart = text.size();
                text.append(run - 2, '[');  // "[[[VCB]]]": the third bracket is text
                open = true;
            } else if (c == ']' && run >= 2 && open) {
                text.append(run - 2, ']');
                if (!closeMarker(text, contentStart))
                    return {};
                open = false;
            } else if (c == ']' && run >= 2) {
                return fail(tr(m_lang, "có \"]]\" mà không có \"[[\" mở trước nó",
                               "a \"]]\" with no \"[[\" before it"));
            } else {
                text.append(cell.substr(i, run));
            }
            i += run;
        }
        if (open)
            return fail(tr(m_lang, "thiếu \"]]\" đóng đoạn đánh dấu \"[[",
                           "missing \"]]\" to close the marker \"[[") +
                        snippet(text.substr(contentStart)) + "\"");
        return text;
    }

private:
    /// Reads the tag at the start of the span's words, takes it out, closes the span.
    bool closeMarker(std::string& text, std::size_t contentStart) {
        SpanMarker marker;
        std::size_t bar = text.find('|', contentStart);
        if (bar != std::string::npos &&
            parseTag(std::string_view(text).substr(contentStart, bar - contentStart), marker))
            text.erase(contentStart, bar + 1 - contentStart);
        if (text.size() == contentStart) {
            fail(tr(m_lang, "đoạn đánh dấu [[ ]] rỗng", "an empty [[ ]] marker"));
            return false;
        }
        text += kClose;
        m_out.markers.push_back(marker);
        return true;
    }

    std::string snippet(const std::string& s) const {
        std::size_t cut = std::min<std::size_t>(s.size(), 24);
        while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            ++cut;
        return s.substr(0, cut) + (cut < s.size() ? "…" : "");
    }

    std::string fail(const std::string& message) {
        m_out.problems.push_back(tr(m_lang, "cột ", "column ") + std::string(columnName(m_column)) +
                                 ": " + message);
        return {};
    }

    Lang m_lang;
    MarkedColumns& m_out;
    Column m_column = Column::CardText;
};

struct FoundSpan {
    std::string field;
    std::uint16_t begin = 0, end = 0;
};

/// Takes the sentinels out of one field, recording the spans between them.
bool stripField(std::string& text, const std::string& field, std::vector<FoundSpan>& found) {
    std::string plain;
    std::optional<std::size_t> begin;
    for (std::size_t i = 0; i < text.size();) {
        std::string_view rest = std::string_view(text).substr(i);
        if (rest.substr(0, kOpen.size()) == kOpen) {
            if (begin)
                return false;
            begin = plain.size();
            i += kOpen.size();
        } else if (rest.substr(0, kClose.size()) == kClose) {
            if (!begin)
                return false;
            found.push_back({field, static_cast<std::uint16_t>(*begin),
                             static_cast<std::uint16_t>(plain.size())});
            begin.reset();
            i += kClose.size();
        } else {
            plain += text[i++];
        }
    }
    text = std::move(plain);
    return !begin;
}

}  // namespace

MarkedColumns readSpanMarkup(const CardColumns& written, Lang lang) {
    MarkedColumns out;
    MarkupReader reader(lang, out);
    out.columns.from = reader.read(written.from, Column::CardFrom);
    out.columns.detail = reader.read(written.detail, Column::CardDetail);
    out.columns.text = reader.read(written.text, Column::CardText);
    return out;
}

void attachSpans(ScenarioCard& card, const std::vector<SpanMarker>& markers, Lang lang,
                 std::vector<std::string>& problems) {
    std::vector<FoundSpan> found;
    bool whole = true;
    for (const std::string& name : fieldsInColumnOrder(card.body))
        if (std::string* text = mutableField(card.body, name))
            whole = stripField(*text, name, found) && whole;
    if (!whole || found.size() != markers.size()) {
        problems.push_back(tr(lang, "cột card_text: một đoạn [[…]] phải nằm trọn trong một dòng",
                              "column card_text: a [[…]] marker must stay on one line"));
        return;
    }
    const std::size_t n = found.size();
    std::vector<std::optional<std::size_t>> slots(n);  // option number -> marker
    for (std::size_t k = 0; k < n; ++k) {
        int number = markers[k].number;
        if (number == 0)
            continue;
        if (number < 1 || static_cast<std::size_t>(number) > n || slots[number - 1]) {
            problems.push_back(
                tr(lang, "cột card_text: đoạn đánh dấu số ", "column card_text: marker number ") +
                std::to_string(number) +
                tr(lang, " bị trùng hoặc ngoài 1–", " repeats or is outside 1–") +
                std::to_string(n));
            return;
        }
        slots[number - 1] = k;
    }
    std::size_t next = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (markers[k].number != 0)
            continue;
        while (slots[next])
            ++next;
        slots[next] = k;
    }
    card.spans.clear();
    for (const auto& slot : slots) {
        const FoundSpan& f = found[*slot];
        card.spans.push_back({markers[*slot].id, f.field, f.begin, f.end});
    }
}

CardColumns markedCardColumns(const ScenarioCard& card) {
    if (card.spans.empty())
        return cardToColumns(card);
    const std::vector<std::string> order = fieldsInColumnOrder(card.body);
    auto position = [&](const CardSpan& s) {
        auto field = std::find(order.begin(), order.end(), s.field) - order.begin();
        return std::pair<std::ptrdiff_t, std::uint16_t>(field, s.begin);
    };
    std::vector<std::size_t> reading(card.spans.size());
    std::iota(reading.begin(), reading.end(), 0);
    std::stable_sort(reading.begin(), reading.end(), [&](std::size_t a, std::size_t b) {
        return position(card.spans[a]) < position(card.spans[b]);
    });
    const bool numbered = !std::is_sorted(reading.begin(), reading.end());
    ScenarioCard marked = card;
    // Insert from the last span back, so earlier offsets stay right.
    for (auto it = reading.rbegin(); it != reading.rend(); ++it) {
        const CardSpan& s = card.spans[*it];
        std::string tag = numbered ? std::to_string(*it + 1) : "";
        if (s.id != "s" + std::to_string(*it + 1))
            tag += (tag.empty() ? "" : " ") + s.id;
        std::string* text = mutableField(marked.body, s.field);
        if (!text || s.end > text->size() || s.begin > s.end)
            continue;
        text->insert(s.end, "]]");
        text->insert(s.begin, "[[" + (tag.empty() ? "" : tag + "|"));
    }
    return cardToColumns(marked);
}

}  // namespace dovui::pack
