#pragma once
/// Writes a Pack as pack-format JSON (docs/pack-format.md), the inverse of core::parsePack.
#include <string>

#include "dovui/core/pack.hpp"

namespace dovui::core {

/// Pretty-printed UTF-8 JSON (two-space indent, newline at the end) that parsePack reads back
/// to an equal Pack.
[[nodiscard]] std::string packToJson(const Pack& pack);

}  // namespace dovui::core
