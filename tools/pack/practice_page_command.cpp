#include "practice_page_command.hpp"

#include <fstream>

#include "assets.hpp"
#include "dovui/core/pack.hpp"
#include "dovui/server/practice.hpp"
#include "file_read.hpp"

namespace dovui::pack {

int runPracticePage(const PracticePageOptions& options, std::ostream& out, std::ostream& err) {
    const Lang lang = options.lang;
    FileText pack = readTextFile(options.pack, lang);
    if (!pack.text) {
        err << pack.error << '\n';
        return 1;
    }
    core::PackLoadResult loaded = core::parsePack(*pack.text);
    if (!loaded.pack) {
        err << options.pack << tr(lang, ": gói câu hỏi có lỗi:", ": the pack has problems:")
            << '\n';
        for (const auto& problem : loaded.problems)
            err << "  " << core::describe(problem, lang) << '\n';
        return 1;
    }
    const std::filesystem::path web = assetsDir() / "web";
    std::string page;
    try {
        page = server::assembleHomePage(
            [&](std::string_view name) -> std::optional<std::string> {
                FileText file = readTextFile(web / std::string(name), lang);
                return file.text;
            },
            *pack.text);
    } catch (const std::exception& e) {
        err << tr(lang, "không dựng được trang: ", "cannot build the page: ") << e.what() << '\n';
        return 1;
    }
    std::ofstream file(options.output, std::ios::binary);
    file << page;
    file.close();
    if (!file) {
        err << tr(lang, "không ghi được tệp ", "cannot write ") << options.output << '\n';
        return 1;
    }
    out << options.output << ": " << page.size() / 1024 << " KB, " << loaded.pack->questions.size()
        << tr(lang, " câu; mở bằng trình duyệt, không cần mạng",
              " questions; open it in a browser, no network needed")
        << '\n';
    return 0;
}

}  // namespace dovui::pack
