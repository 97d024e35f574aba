#pragma once
/// Pack -> the simple spreadsheet layout (`dovui-pack export`); importing the result gives the
/// same pack back: the pack's id, title, language, description, sources and topics sit in rows
/// above the header, a card's spans are marked [[…]] in its columns (span_markup.hpp).
#include <string>
#include <vector>

#include "dovui/core/pack.hpp"
#include "messages.hpp"

namespace dovui::pack {

/// CSV text: UTF-8 with BOM, comma-separated, CRLF rows.
std::string packToSheet(const core::Pack& pack, Lang lang);

}  // namespace dovui::pack
