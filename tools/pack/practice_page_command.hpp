#pragma once
/// dovui-pack practice-page: one self-contained HTML file to practise a pack at home with no
/// network (issue 14); the same file the host's page offers as "Mang về nhà luyện tiếp".
#include <ostream>
#include <string>

#include "messages.hpp"

namespace dovui::pack {

struct PracticePageOptions {
    std::string pack;    ///< PACK.json
    std::string output;  ///< FILE.html
    Lang lang = Lang::Vi;
};

/// 0 when written; 1 with a message naming the problem (bad pack, missing page file, …).
int runPracticePage(const PracticePageOptions& options, std::ostream& out, std::ostream& err);

}  // namespace dovui::pack
