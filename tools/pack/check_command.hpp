#pragma once
/// `dovui-pack check [PACK…]`: every parsePack rule, the content rules, ids unique across
/// packs, and a per-topic count table. Returns the process exit code (1 on any problem).
#include <ostream>
#include <string>
#include <vector>

#include "messages.hpp"

namespace dovui::pack {

struct CheckOptions {
    std::vector<std::string> packs;  ///< empty: every *.json under <assets>/packs
    Lang lang = Lang::Vi;
};

int runCheck(const CheckOptions& options, std::ostream& out);

}  // namespace dovui::pack
