#pragma once
/// `dovui-pack import`, `export` and `new`: authoring packs in a spreadsheet. Each returns the
/// process exit code (1 when nothing useful was written).
#include <ostream>
#include <string>

#include "messages.hpp"

namespace dovui::pack {

struct ImportOptions {
    std::string input;     ///< FILE.csv
    std::string output;    ///< PACK.json
    std::string packId;    ///< default: the sheet's "mã gói" row, else the output file name
    std::string title;     ///< default: the sheet's "tên gói" row, else the input file name
    std::string language;  ///< default: the sheet's "ngôn ngữ" row, else vi
    std::string topic;     ///< topic name for rows without one
    std::string encoding = "auto";
    bool skipBad = false;
    Lang lang = Lang::Vi;
};

struct ExportOptions {
    std::string input;   ///< PACK.json
    std::string output;  ///< FILE.csv
    Lang lang = Lang::Vi;
};

struct NewOptions {
    std::string output;  ///< default: goi-moi.json / new-pack.json
    bool force = false;  ///< overwrite an existing file
    Lang lang = Lang::Vi;
};

int runImport(const ImportOptions& options, std::ostream& out, std::ostream& err);
int runExport(const ExportOptions& options, std::ostream& out, std::ostream& err);
int runNew(const NewOptions& options, std::ostream& out, std::ostream& err);

}  // namespace dovui::pack
