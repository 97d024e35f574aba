#include "dovui/host/host_options.hpp"

#include <CLI/CLI.hpp>

#include "dovui/host/practice_choice.hpp"

namespace dovui::host {

std::optional<int> parseOptions(int argc, char** argv, HostOptions& o) {
    CLI::App app{"Đố Vui Số — màn hình trình chiếu và điều khiển của người hướng dẫn"};
    app.add_option("--pack", o.packPath, "bộ câu hỏi (.json)");
    app.add_option("--mode", o.mode, "classic | teams | elimination | accuracy")
        ->check(CLI::IsMember({"classic", "teams", "elimination", "accuracy"}));
    app.add_option("--time-scale", o.timeScale, "1 | 1.5 | 2")
        ->check(CLI::IsMember({1.0, 1.5, 2.0}));
    app.add_option("--lang", o.lang, "vi | en")->check(CLI::IsMember({"vi", "en"}));
    app.add_option("--read-aloud", o.readAloud, "đọc to câu hỏi: true | false");
    app.add_flag("--easy-first", o.easyFirst,
                 "câu dễ trước: sắp câu hỏi từ dễ (1) đến khó (3), giữ thứ tự trong bộ");
    app.add_option("--name", o.name, "tên trận, ví dụ \"Nhà văn hóa thôn 3\"");
    app.add_option("--teams", o.teams, "tên các đội, cách nhau bởi dấu phẩy");
    app.add_option("--port", o.port, "cổng UDP của trò chơi")->check(CLI::Range(1, 65535));
    app.add_option("--info-port", o.infoPort, "cổng UDP tìm trò chơi trong mạng LAN");
    app.add_option("--web-port", o.webPort, "cổng HTTP cho điện thoại (trình duyệt)")
        ->check(CLI::Range(1, 65535));
    app.add_flag("--no-web", o.noWeb, "tắt trang web cho điện thoại");
    app.add_option("--pin", o.pin, "mã PIN cố định")->check(CLI::Range(100000, 999999));
    app.add_option("--data-dir", o.dataDir, "thư mục lưu kết quả (SQLite)");
    app.add_option("--questions", o.questions, "chỉ hỏi N câu đầu");
    app.add_option("--max-players", o.maxPlayers, "số người chơi tối đa")
        ->check(CLI::Range(1, 4000));
    app.add_flag("--resume", o.resume, "tiếp tục trận đấu chưa xong gần nhất");
    app.add_option("--wifi-ssid", o.wifiSsid, "tên Wi-Fi/điểm phát để in mã QR Wi-Fi ở sảnh chờ");
    app.add_option("--wifi-password", o.wifiPassword, "mật khẩu Wi-Fi");
    app.add_option("--auto-start", o.autoStart, "tự bắt đầu khi đủ N người");
    app.add_option("--auto-advance-ms", o.autoAdvanceMs, "tự chuyển tiếp sau N ms");
    app.add_flag("--start", o.startNow, "bỏ qua màn hình chọn, bắt đầu ngay");
    app.add_flag("--exit-at-podium", o.exitAtPodium, "in kết quả và thoát khi tới bục vinh danh");
    app.add_option("--bench-frames", o.benchFrames, "đo N khung hình rồi in p50/p99 và thoát");
    app.add_option("--width", o.width, "chiều rộng cửa sổ")->check(CLI::Range(320, 7680));
    app.add_option("--height", o.height, "chiều cao cửa sổ")->check(CLI::Range(240, 4320));
    app.add_flag("--fullscreen", o.fullscreen, "toàn màn hình (máy chiếu)");
    app.add_flag("--no-sound", o.noSound, "không phát âm thanh");
    app.add_option("--settings", o.settingsPath, "tệp lưu lựa chọn");
    app.add_option("--camera", o.camera,
                   "thẻ trả lời: số webcam (0, 1…) hoặc tệp video / thư mục ảnh");
    app.add_option("--cards", o.cardsRoster,
                   "danh sách lớp (CSV: TÊN hoặc SỐ,TÊN) cho người chơi bằng thẻ");
    app.add_option("--card-players", o.cardPlayers, "thêm N người chơi bằng thẻ (thẻ 1..N)")
        ->check(CLI::Range(0, 99));
    app.add_flag("--practice-corner", o.practiceCorner,
                 "mở ngay góc tự luyện tập (không có trận đấu): mã QR cho điện thoại");
    auto* packs = app.add_option("--practice-packs", o.practicePacks,
                                 "các bộ câu hỏi cho điện thoại tự luyện tập (mặc định: các "
                                 "bộ đã bật ở góc tự luyện tập)")
                      ->delimiter(',');
    app.add_flag("--no-practice", o.noPractice, "không mở phần tự luyện tập trên điện thoại")
        ->excludes(packs);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (o.benchFrames > 0 || o.exitAtPodium || o.autoStart > 0)
        o.startNow = true;
    return std::nullopt;
}

void applyOverrides(const HostOptions& o, HostSettings& s) {
    if (!o.packPath.empty())
        s.packPath = o.packPath;
    if (o.mode)
        s.mode = core::parseMode(*o.mode).value_or(s.mode);
    if (o.timeScale)
        s.timeScalePercent = static_cast<int>(*o.timeScale * 100 + 0.5);
    if (o.lang)
        s.lang = *o.lang == "en" ? core::Lang::En : core::Lang::Vi;
    if (o.readAloud)
        s.readAloud = *o.readAloud;
    if (o.easyFirst)
        s.easyFirst = true;
    applyPracticeOverrides(o, s);
}

server::ServerConfig makeServerConfig(const HostSettings& s, const HostOptions& o) {
    server::ServerConfig c;
    c.packPath = s.packPath;
    c.name = o.name;
    c.port = o.port;
    if (o.infoPort)
        c.infoPort = o.infoPort;
    c.webPort = o.noWeb ? 0 : o.webPort;
    c.pin = o.pin;
    c.dataDir = o.dataDir;
    c.resume = o.resume;
    c.match.mode = s.mode;
    c.match.timeScalePercent = s.timeScalePercent;
    c.match.easyFirst = s.easyFirst;
    c.match.maxPlayers = o.maxPlayers;
    c.match.questionLimit = o.questions;
    for (std::size_t at = 0; !o.teams.empty() && at <= o.teams.size();) {
        std::size_t comma = std::min(o.teams.find(',', at), o.teams.size());
        if (comma > at)
            c.match.teamNames.push_back(o.teams.substr(at, comma - at));
        at = comma + 1;
    }
    if (c.match.mode == core::MatchMode::Teams && c.match.teamNames.empty())
        c.match.teamNames =
            s.lang == core::Lang::Vi
                ? std::vector<std::string>{"Đội Xanh", "Đội Đỏ", "Đội Vàng", "Đội Tím"}
                : std::vector<std::string>{"Blue", "Red", "Yellow", "Purple"};
    applyPracticeChoice(s, o, c);
    c.autoStartPlayers = o.autoStart;
    c.autoAdvanceMs = o.autoAdvanceMs;
    if (o.autoStart > 0) {  // a crowd of bots joins from one address
        c.joinsPerSecondPerAddress = 100000;
        c.joinBurstPerAddress = 100000;
    }
    return c;
}

}  // namespace dovui::host
