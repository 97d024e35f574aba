#pragma once
/// Pack -> the simple spreadsheet layout (`dovui-pack export`); importing the result gives the
/// same questions back. Spans, the description and the sources have no columns: `notes` says
/// what was left out.
#include <string>
#include <vector>

#include "dovui/core/pack.hpp"
#include "messages.hpp"

namespace dovui::pack {

/// CSV text: UTF-8 with BOM, comma-separated, CRLF rows.
std::string packToSheet(const core::Pack& pack, Lang lang, std::vector<std::string>& notes);

}  // namespace dovui::pack
