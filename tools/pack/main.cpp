// dovui-pack: validate question packs, inspect/make VietQR payloads, and author packs in a
// spreadsheet (import, export, new). Options only here; each subcommand lives in its own file.
#include <CLI/CLI.hpp>
#include <iostream>

#include "check_command.hpp"
#include "practice_page_command.hpp"
#include "qr_command.hpp"
#include "sheet_commands.hpp"

using namespace dovui::pack;

namespace {

CLI::App* addCheck(CLI::App& app, CheckOptions& check) {
    CLI::App* cmd = app.add_subcommand(
        "check", "Kiểm tra gói câu hỏi / check question packs (exit 1 on any problem)");
    cmd->add_option("packs", check.packs,
                    "Tệp gói; mặc định mọi *.json trong assets/packs / pack files; default: "
                    "every *.json under assets/packs");
    return cmd;
}

CLI::App* addQr(CLI::App& app, QrOptions& qr) {
    CLI::App* cmd = app.add_subcommand(
        "qr", "Đọc hoặc tạo mã VietQR / decode or make a VietQR payload (exit 1 on error)");
    CLI::Option* payload = cmd->add_option("payload", qr.payload, "Mã cần đọc / payload to decode");
    CLI::Option* make = cmd->add_flag("--make", qr.make, "Tạo mã mới / make a new payload");
    CLI::Option* bank = cmd->add_option("--bank", qr.bank, "BIN ngân hàng / bank BIN (970436)");
    CLI::Option* account =
        cmd->add_option("--account", qr.account, "Số tài khoản hoặc thẻ / account or card number");
    CLI::Option* amount = cmd->add_option("--amount", qr.amount, "Số tiền VND / amount in VND");
    CLI::Option* message =
        cmd->add_option("--message", qr.message, "Nội dung (không dấu) / purpose (no accents)");
    CLI::Option* card = cmd->add_flag("--card", qr.toCard, "Chuyển đến thẻ / transfer to a card");
    payload->excludes(make);
    make->needs(bank)->needs(account);
    for (CLI::Option* option : {bank, account, amount, message, card})
        option->needs(make);
    return cmd;
}

CLI::App* addImport(CLI::App& app, ImportOptions& import) {
    CLI::App* cmd = app.add_subcommand(
        "import", "Nhập câu hỏi từ bảng tính CSV / import questions from a spreadsheet (CSV)");
    cmd->add_option("file", import.input,
                    "Tệp CSV: mẫu đơn giản hoặc mẫu Kahoot / CSV file: simple layout or Kahoot "
                    "template")
        ->required();
    cmd->add_option("-o,--output", import.output, "Tệp gói cần ghi / pack file to write")
        ->required();
    cmd->add_option("--id", import.packId, "Mã gói / pack id (a-z, 0-9, -)");
    cmd->add_option("--title", import.title, "Tên gói / pack title");
    cmd->add_option("--language", import.language, "Ngôn ngữ của gói / pack language")
        ->check(CLI::IsMember({"vi", "en"}));
    cmd->add_option("--topic", import.topic,
                    "Chủ đề cho hàng không ghi chủ đề / topic for rows without one");
    cmd->add_option("--encoding", import.encoding,
                    "auto (mặc định / default) | utf-8 | windows-1258")
        ->check(CLI::IsMember({"auto", "utf-8", "utf8", "windows-1258", "cp1258"}));
    cmd->add_flag("--skip-bad", import.skipBad,
                  "Bỏ qua hàng lỗi, vẫn ghi gói / leave bad rows out and write the rest");
    return cmd;
}

CLI::App* addExport(CLI::App& app, ExportOptions& exportOptions) {
    CLI::App* cmd = app.add_subcommand(
        "export", "Xuất gói ra bảng tính CSV / export a pack to a spreadsheet (CSV)");
    cmd->add_option("pack", exportOptions.input, "Tệp gói / pack file")->required();
    cmd->add_option("-o,--output", exportOptions.output, "Tệp CSV cần ghi / CSV file to write")
        ->required();
    return cmd;
}

CLI::App* addNew(CLI::App& app, NewOptions& newOptions) {
    CLI::App* cmd = app.add_subcommand(
        "new", "Tạo gói mẫu có chú thích / write a commented example pack to start from");
    cmd->add_option("-o,--output", newOptions.output,
                    "Tệp cần ghi / file to write (goi-moi.json | new-pack.json)");
    cmd->add_flag("--force", newOptions.force, "Ghi đè tệp đã có / overwrite an existing file");
    return cmd;
}

CLI::App* addPracticePage(CLI::App& app, PracticePageOptions& page) {
    CLI::App* cmd =
        app.add_subcommand("practice-page",
                           "Tạo một tệp HTML để luyện tập ở nhà, không cần mạng / one HTML file to "
                           "practise at home with no network");
    cmd->add_option("pack", page.pack, "Tệp gói / pack file")->required();
    cmd->add_option("-o,--output", page.output, "Tệp HTML cần ghi / HTML file to write")
        ->required();
    return cmd;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"dovui-pack: gói câu hỏi và VietQR / question packs and VietQR"};
    app.require_subcommand(1);
    app.fallthrough();
    std::string lang = "vi";
    app.add_option("--lang", lang, "Ngôn ngữ / language: vi (mặc định / default) | en")
        ->check(CLI::IsMember({"vi", "en"}));
    CheckOptions check;
    QrOptions qr;
    ImportOptions import;
    ExportOptions exportOptions;
    NewOptions newOptions;
    CLI::App* checkCmd = addCheck(app, check);
    CLI::App* qrCmd = addQr(app, qr);
    CLI::App* importCmd = addImport(app, import);
    CLI::App* exportCmd = addExport(app, exportOptions);
    CLI::App* newCmd = addNew(app, newOptions);
    PracticePageOptions practicePage;
    CLI::App* practiceCmd = addPracticePage(app, practicePage);
    CLI11_PARSE(app, argc, argv);

    check.lang = qr.lang = import.lang = exportOptions.lang = newOptions.lang = parseLang(lang);
    if (checkCmd->parsed())
        return runCheck(check, std::cout);
    if (importCmd->parsed())
        return runImport(import, std::cout, std::cerr);
    if (exportCmd->parsed())
        return runExport(exportOptions, std::cout, std::cerr);
    if (newCmd->parsed())
        return runNew(newOptions, std::cout, std::cerr);
    practicePage.lang = check.lang;
    if (practiceCmd->parsed())
        return runPracticePage(practicePage, std::cout, std::cerr);
    if (qrCmd->parsed() && !qr.make && qr.payload.empty()) {
        std::cerr << tr(qr.lang, "lỗi: cần mã VietQR cần đọc, hoặc --make",
                        "error: give a VietQR payload to decode, or --make")
                  << '\n';
        return 1;
    }
    return runQr(qr, std::cout, std::cerr);
}
