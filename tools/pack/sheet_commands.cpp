#include "sheet_commands.hpp"

#include <filesystem>
#include <fstream>

#include "assets.hpp"
#include "dovui/core/pack.hpp"
#include "dovui/core/pack_writer.hpp"
#include "file_read.hpp"
#include "import_sheet.hpp"
#include "sheet_export.hpp"

namespace dovui::pack {
namespace {

namespace fs = std::filesystem;

bool writeFile(const fs::path& path, const std::string& text, Lang lang, std::ostream& err) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) {
        err << tr(lang, "lỗi: không ghi được tệp ", "error: cannot write ") << path.string()
            << '\n';
        return false;
    }
    return true;
}

const char* layoutName(Layout layout, Lang lang) {
    if (layout == Layout::Kahoot)
        return lang == Lang::Vi ? "mẫu Kahoot" : "Kahoot template";
    return lang == Lang::Vi ? "mẫu đơn giản" : "simple layout";
}

}  // namespace

int runImport(const ImportOptions& options, std::ostream& out, std::ostream& err) {
    const Lang lang = options.lang;
    FileText file = readTextFile(options.input, lang);
    if (!file.text) {
        err << tr(lang, "lỗi: ", "error: ") << file.error << '\n';
        return 1;
    }
    ImportSettings settings;
    settings.lang = lang;
    settings.packId = options.packId;
    settings.defaultPackId = slugify(fs::path(options.output).stem().string(), 60);
    settings.title = options.title;
    settings.defaultTitle = fs::path(options.input).stem().string();
    settings.language = options.language;
    settings.defaultTopic = options.topic;
    settings.encoding = csv::parseEncoding(options.encoding).value_or(csv::Encoding::Auto);
    settings.skipBad = options.skipBad;
    ImportResult result = importSheet(*file.text, settings);

    for (const RowProblem& w : result.warnings)
        err << tr(lang, "cảnh báo: ", "warning: ") << describe(w, lang) << '\n';
    for (const RowProblem& e : result.errors)
        err << tr(lang, "lỗi: ", "error: ") << describe(e, lang) << '\n';
    if (!result.pack) {
        err << tr(lang, "Không ghi tệp nào", "Nothing written") << " (" << result.errors.size()
            << tr(lang, " lỗi", " problems");
        if (!result.errors.empty() && !options.skipBad)
            err << tr(lang, "; sửa các hàng trên, hoặc dùng --skip-bad để bỏ qua chúng",
                      "; fix the rows above, or pass --skip-bad to leave them out");
        err << ")\n";
        return 1;
    }
    if (!writeFile(options.output, core::packToJson(*result.pack), lang, err))
        return 1;
    out << tr(lang, "Đã nhập ", "Imported ") << result.pack->questions.size()
        << tr(lang, " câu, ", " questions, ") << result.pack->topics.size()
        << tr(lang, " chủ đề từ ", " topics from ") << options.input << " ("
        << layoutName(result.layout, lang) << ", " << csv::encodingName(result.encoding) << ")";
    if (!result.errors.empty())
        out << tr(lang, "; bỏ qua ", "; skipped ") << result.errors.size()
            << tr(lang, " lỗi", " problems");
    out << " → " << options.output << '\n';
    return 0;
}

int runExport(const ExportOptions& options, std::ostream& out, std::ostream& err) {
    const Lang lang = options.lang;
    FileText file = readTextFile(options.input, lang);
    if (!file.text) {
        err << tr(lang, "lỗi: ", "error: ") << file.error << '\n';
        return 1;
    }
    core::PackLoadResult loaded = core::parsePack(*file.text);
    for (const core::PackProblem& problem : loaded.problems)
        err << tr(lang, "lỗi: ", "error: ") << core::describe(problem, lang) << '\n';
    if (!loaded.pack) {
        err << tr(lang, "Gói có lỗi, không xuất được", "The pack has problems; nothing exported")
            << '\n';
        return 1;
    }
    std::string sheet = packToSheet(*loaded.pack, lang);
    if (!writeFile(options.output, sheet, lang, err))
        return 1;
    out << tr(lang, "Đã xuất ", "Exported ") << loaded.pack->questions.size()
        << tr(lang, " câu → ", " questions → ") << options.output << '\n';
    return 0;
}

int runNew(const NewOptions& options, std::ostream& out, std::ostream& err) {
    const Lang lang = options.lang;
    fs::path output = !options.output.empty() ? fs::path(options.output)
                      : lang == Lang::Vi      ? fs::path("goi-moi.json")
                                              : fs::path("new-pack.json");
    std::error_code ec;
    if (!options.force && fs::exists(output, ec)) {
        err << tr(lang, "lỗi: tệp đã có, dùng --force để ghi đè: ",
                  "error: the file exists; pass --force to overwrite: ")
            << output.string() << '\n';
        return 1;
    }
    fs::path templatePath =
        assetsDir() / "templates" / (lang == Lang::Vi ? "new-pack.vi.json" : "new-pack.en.json");
    FileText file = readTextFile(templatePath, lang);
    if (!file.text) {
        err << tr(lang, "lỗi: ", "error: ") << file.error << '\n';
        return 1;
    }
    if (!writeFile(output, *file.text, lang, err))
        return 1;
    out << tr(lang, "Đã tạo ", "Created ") << output.string()
        << tr(lang, ": sửa các câu hỏi theo lời chú thích, rồi chạy dovui-pack check ",
              ": edit the questions as the comments say, then run dovui-pack check ")
        << output.string() << '\n';
    return 0;
}

}  // namespace dovui::pack
