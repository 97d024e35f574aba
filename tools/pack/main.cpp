// dovui-pack: validate question packs and inspect/make VietQR payloads. Options only here;
// each subcommand lives in its own file.
#include <CLI/CLI.hpp>
#include <iostream>

#include "check_command.hpp"
#include "qr_command.hpp"

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
    CLI::App* checkCmd = addCheck(app, check);
    CLI::App* qrCmd = addQr(app, qr);
    CLI11_PARSE(app, argc, argv);

    check.lang = qr.lang = parseLang(lang);
    if (checkCmd->parsed())
        return runCheck(check, std::cout);
    if (qrCmd->parsed() && !qr.make && qr.payload.empty()) {
        std::cerr << tr(qr.lang, "lỗi: cần mã VietQR cần đọc, hoặc --make",
                        "error: give a VietQR payload to decode, or --make")
                  << '\n';
        return 1;
    }
    return runQr(qr, std::cout, std::cerr);
}
