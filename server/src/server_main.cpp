// dovui-server: the match server without a window. Facilitator commands on stdin.
#include <CLI/CLI.hpp>

#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

#include "dovui/server/match_server.hpp"
#include "dovui/server/status_printer.hpp"

namespace {

std::atomic<bool> g_stop{false};  // set by SIGINT/SIGTERM; the only global, as signals demand

void onSignal(int) {
    g_stop = true;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace dovui;
    CLI::App app{"Đố Vui Số — máy chủ trò chơi (không cửa sổ)"};
    server::ServerConfig config;
    std::string mode = "classic";
    double timeScale = 1.0;
    std::string teams;
    app.add_option("--pack", config.packPath, "bộ câu hỏi (.json); mặc định: Buổi học đầu tiên");
    app.add_option("--port", config.port, "cổng UDP của trò chơi")->check(CLI::Range(1, 65535));
    app.add_option("--info-port", config.infoPort, "cổng UDP để máy học viên tìm thấy trò chơi");
    app.add_option("--web-port", config.webPort, "cổng HTTP cho điện thoại (trình duyệt)")
        ->check(CLI::Range(1, 65535));
    bool noWeb = false;
    app.add_flag("--no-web", noWeb, "tắt trang web cho điện thoại");
    app.add_option("--web-root", config.webRoot, "thư mục trang web (mặc định: assets/web)");
    app.add_option("--name", config.name, "tên hiển thị, ví dụ \"Nhà văn hóa thôn 3\"");
    app.add_option("--mode", mode, "classic | teams | elimination | accuracy")
        ->check(CLI::IsMember({"classic", "teams", "elimination", "accuracy"}));
    app.add_option("--teams", teams, "tên các đội, cách nhau bởi dấu phẩy (chế độ teams)");
    app.add_option("--time-scale", timeScale, "1 | 1.5 | 2: thêm thời gian cho người lớn tuổi")
        ->check(CLI::IsMember({1.0, 1.5, 2.0}));
    app.add_option("--max-players", config.match.maxPlayers, "số người chơi tối đa")
        ->check(CLI::Range(1, 4000));
    app.add_option("--questions", config.match.questionLimit, "chỉ hỏi N câu đầu");
    app.add_flag("--easy-first", config.match.easyFirst,
                 "câu dễ trước: độ khó 1, rồi 2, rồi 3 / plain questions first");
    app.add_option("--data-dir", config.dataDir, "thư mục lưu kết quả (SQLite)");
    app.add_option("--pin", config.pin, "mã PIN cố định (6 chữ số)")
        ->check(CLI::Range(100000, 999999));
    app.add_option("--join-rate", config.joinsPerSecondPerAddress,
                   "lượt tham gia mỗi giây từ một địa chỉ");
    app.add_option("--join-burst", config.joinBurstPerAddress,
                   "số lượt tham gia dồn tối đa từ một địa chỉ");
    app.add_option("--connections-per-address", config.connectionsPerAddress,
                   "số kết nối người chơi tối đa từ một địa chỉ (127.x không giới hạn)");
    app.add_option("--auto-start", config.autoStartPlayers,
                   "tự bắt đầu khi đủ N người (0 = chờ lệnh start)");
    app.add_option("--auto-advance-ms", config.autoAdvanceMs,
                   "tự chuyển tiếp sau N ms ở màn đáp án/bảng xếp hạng");
    app.add_flag("--resume", config.resume, "tiếp tục trận đấu chưa xong gần nhất (sau sự cố)");
    app.add_option("--practice-packs", config.practicePacks,
                   "các bộ câu hỏi cho điện thoại tự luyện tập (mặc định: mọi bộ có sẵn)")
        ->delimiter(',');
    bool noPractice = false;
    app.add_flag("--no-practice", noPractice, "không mở phần tự luyện tập trên điện thoại");
    CLI11_PARSE(app, argc, argv);
    config.practice = !noPractice;

    if (noWeb)
        config.webPort = 0;
    config.match.mode = *core::parseMode(mode);
    config.match.timeScalePercent = static_cast<int>(timeScale * 100 + 0.5);
    for (std::size_t at = 0; !teams.empty() && at <= teams.size();) {
        std::size_t comma = std::min(teams.find(',', at), teams.size());
        if (comma > at)
            config.match.teamNames.push_back(teams.substr(at, comma - at));
        at = comma + 1;
    }
    if (config.match.mode == core::MatchMode::Teams && config.match.teamNames.empty())
        config.match.teamNames = {"Đội Xanh", "Đội Đỏ", "Đội Vàng", "Đội Tím"};

#ifdef SIGXFSZ
    // A file size limit must fail the write (the store holds the answers and retries), not
    // kill the match.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    std::unique_ptr<server::MatchServer> srv;
    try {
        srv = std::make_unique<server::MatchServer>(config);
    } catch (const std::exception& e) {
        std::cerr << "Lỗi: " << e.what() << "\n";
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    server::StatusPrinter printer(std::cout);
    printer.printBanner(*srv->snapshot(), srv->storePath(), srv->resumed());

    std::atomic<bool> wantStatus{false};
    std::thread reader([&] {
        std::string line;
        while (!g_stop && std::getline(std::cin, line)) {
            if (line == "status") {
                wantStatus = true;
            } else if (line == "quit" || line == "exit") {
                g_stop = true;
            } else if (auto command = server::parseCommand(line)) {
                srv->post(*command);
            } else if (!line.empty()) {
                std::cout << "Không hiểu lệnh \"" << line << "\". " << server::StatusPrinter::kHelp
                          << std::endl;
            }
        }
    });
    reader.detach();  // blocked in getline; the process exit ends it

    while (!g_stop) {
        srv->runOnce(5);
        auto snap = srv->snapshot();
        printer.printChanges(*snap);
        if (wantStatus.exchange(false))
            printer.printStatus(*snap);
    }
    std::cout << "Đã dừng máy chủ. Kết quả: " << srv->storePath() << std::endl;
    return 0;
}
