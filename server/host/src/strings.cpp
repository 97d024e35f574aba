#include "dovui/host/strings.hpp"

namespace dovui::host {
namespace {

struct Pair {
    const char* vi;
    const char* en;
};

// Order follows enum Str.
const Pair kStrings[] = {
    {"Đố Vui Số", "Đố Vui Số"},
    {"Trò chơi đố vui kỹ năng số cho cả lớp", "A digital-skills quiz for the whole class"},
    {"Bộ câu hỏi", "Question pack"},
    {"Chế độ chơi", "Game mode"},
    {"Thời gian trả lời", "Answer time"},
    {"Đọc to câu hỏi", "Read questions aloud"},
    {"Ngôn ngữ", "Language"},
    {"Bật", "On"},
    {"Tắt", "Off"},
    {"Bắt đầu", "Start"},
    {"Cổ điển", "Classic"},
    {"Đồng đội", "Teams"},
    {"Rung chuông vàng", "Golden bell"},
    {"Chính xác trước", "Accuracy first"},
    {"{} câu", "{} questions"},
    {"có lỗi", "has errors"},
    {"Không tìm thấy bộ câu hỏi nào trong assets/packs", "No question pack found in assets/packs"},
    {"↑↓ chọn dòng · ←→ đổi · Enter: bắt đầu · H: hướng dẫn · F: toàn màn hình · Esc: thoát",
     "↑↓ row · ←→ change · Enter: start · H: guide · F: fullscreen · Esc: quit"},
    {"Mã PIN", "PIN"},
    {"Quét mã QR, hoặc mở ứng dụng Đố Vui Số và chọn \"Chơi cùng lớp\"",
     "Scan the QR code, or open the Đố Vui Số app and choose \"Play with the class\""},
    {"Địa chỉ: {}", "Address: {}"},
    {"Wi-Fi: {}", "Wi-Fi: {}"},
    {"Mật khẩu: {}", "Password: {}"},
    {"{} người đã vào", "{} players joined"},
    {"Đang chờ người chơi vào…", "Waiting for players…"},
    {"Trang {}", "Page {}"},
    {"Đã khóa: không nhận thêm người", "Locked: no new players"},
    {"Đang mở cho người chơi vào", "Open for players"},
    {"Space: bắt đầu · L: khóa · K: mời ra · F: toàn màn hình · M: âm thanh · Esc: menu",
     "Space: start · L: lock · K: kick · F: fullscreen · M: sound · Esc: menu"},
    {"Câu {}", "Question {}"},
    {"Đã trả lời: {}", "Answered: {}"},
    {"{} giây", "{} s"},
    {"TẠM DỪNG", "PAUSED"},
    {"P: tạm dừng · S: bỏ câu · R: đọc lại · K: mời ra · M: âm thanh · Esc: menu",
     "P: pause · S: skip · R: read again · K: kick · M: sound · Esc: menu"},
    {"Chọn TẤT CẢ ý đúng", "Choose ALL the right ones"},
    {"Sắp xếp theo đúng thứ tự", "Put them in the right order"},
    {"Thăm dò ý kiến: không có đáp án sai", "Poll: there is no wrong answer"},
    {"Đúng hay sai?", "True or false?"},
    {"Đáp án", "Answer"},
    {"Vì sao?", "Why?"},
    {"Đúng: {}", "Right: {}"},
    {"người chọn", "chose it"},
    {"xếp đúng chỗ", "placed right"},
    {"Cả lớp nghĩ gì", "What the class thinks"},
    {"Người hướng dẫn đã bỏ qua câu này: không ai được tính điểm",
     "The facilitator skipped this question: it scores for nobody"},
    {"Space/→: bảng xếp hạng · R: đọc lại · Esc: menu",
     "Space/→: leaderboard · R: read again · Esc: menu"},
    {"Bảng xếp hạng", "Leaderboard"},
    {"sau câu {}", "after question {}"},
    {"Các đội", "Teams"},
    {"Còn lại: {}", "Still in: {}"},
    {"Bị loại ở câu này", "Out at this question"},
    {"và {} người khác", "and {} more"},
    {"{} điểm", "{} points"},
    {"Space/→: câu tiếp theo · Esc: menu", "Space/→: next question · Esc: menu"},
    {"Chúc mừng!", "Congratulations!"},
    {"Mở báo cáo kết quả", "Open the match report"},
    {"Chơi lại", "Play again"},
    {"O: mở kết quả · X: xuất kết quả để gửi · N: chơi lại · Esc: menu",
     "O: open results · X: export results to send · N: play again · Esc: menu"},
    {"Đội thắng: {}", "Winning team: {}"},
    {"Chưa bắt đầu được trận đấu", "The match could not start"},
    {"Cần sửa:", "What to fix:"},
    {"Quay lại", "Back"},
    {"Menu", "Menu"},
    {"Tiếp tục", "Continue"},
    {"Kết thúc trận", "End match"},
    {"Kết thúc trận đấu ngay? Điểm đến giờ đã được lưu.",
     "End the match now? Scores so far are saved."},
    {"Có", "Yes"},
    {"Không", "No"},
    {"Thoát", "Quit"},
    {"Đóng cửa sổ? Trận đấu đã được lưu; mở lại bằng: dovui-host --resume",
     "Close the window? The match is saved; continue with: dovui-host --resume"},
    {"Mời người chơi ra", "Remove a player"},
    {"↑↓ chọn · ←→ trang · gõ để lọc · Enter: mời ra · Esc: đóng",
     "↑↓ pick · ←→ page · type to filter · Enter: remove · Esc: close"},
    {"Lọc: {}", "Filter: {}"},
    {"Chưa có người chơi", "No players yet"},
    {"Đã tắt tiếng (M)", "Muted (M)"},
    {"Âm lượng {}", "Volume {}"},
    {"Phông chữ: {}", "Font: {}"},
    {"Không có âm thanh: {}", "No sound: {}"},
    {"Đã cứu cả lớp một lần", "Everyone was revived once"},
    {"Space/→: tiếp", "Space/→: next"},
    {"Đã tiếp tục trận đấu đang dở", "Resumed the unfinished match"},
    {"Enter/Esc: quay lại", "Enter/Esc: back"},
    {"cả lớp", "everyone"},
    {"Quét mã để vào chơi", "Scan to join the game"},
    {"Mời \"{}\" ra khỏi lớp? Người này sẽ không vào lại được trận này.",
     "Remove \"{}\" from the class? They cannot come back into this match."},
    {"ĐÃ BỎ QUA", "SKIPPED"},
    {"Đúng {} câu", "{} right"},
    {"Đã lưu báo cáo kết quả vào tệp:", "The match report was saved to this file:"},
    {"Đang mở báo cáo bằng trình duyệt…", "Opening the report in the browser…"},
    {"Đã mở báo cáo trong trình duyệt.", "The report is open in the browser."},
    {"Máy này không mở được trình duyệt: hãy mở tệp trên bằng tay.",
     "No browser could open it here: open the file above by hand."},
    {"Chưa ghi được báo cáo: {}", "The report could not be written: {}"},
    {"Kết quả trận vẫn được lưu an toàn trong thư mục {}",
     "The match results are still safe in the folder {}"},
    {"Máy này không có thiết bị âm thanh: đã tắt âm thanh ({})",
     "No sound device on this machine: sound is off ({})"},
    {"Chưa bắt đầu được: chưa có ai vào lớp", "Cannot start yet: nobody has joined"},
    {"Trận đấu đã bắt đầu rồi", "The match has already started"},
    {"Câu hỏi đang mở: bấm S nếu muốn bỏ qua câu này", "A question is open: press S to skip it"},
    {"Chỉ tạm dừng được khi đang có câu hỏi", "Pause works only while a question is open"},
    {"Trận đấu không tạm dừng", "The match is not paused"},
    {"Chỉ bỏ qua được khi đang có câu hỏi", "Skip works only while a question is open"},
    {"{} đã rời lớp: không cần mời ra nữa", "{} has already left the class"},
    {"Không có ai tên {}", "Nobody is called {}"},
    {"Chỉ cứu cả lớp được một lần, trong Rung chuông vàng", "Revive works once, in Golden bell"},
    // The practice corner (issue 14).
    {"Góc tự luyện tập", "Practice corner"},
    {"Quét để tự luyện tập", "Scan to practise"},
    {"Không cần mã PIN, không cần Internet: chỉ cần Wi-Fi này",
     "No PIN, no internet: just this Wi-Fi"},
    {"Hoặc mở trình duyệt, gõ: {}", "Or open the browser and type: {}"},
    {"điện thoại đang luyện tập", "phones practising now"},
    {"câu đã trả lời", "answers so far"},
    {"Không ghi tên ai · điện thoại: trong 15 phút qua",
     "No names kept · phones: the last 15 minutes"},
    {"Chủ đề cả lớp cần ôn thêm", "Topics the class should go over again"},
    {"đúng {} %", "{} % right"},
    {"Chưa đủ câu trả lời để biết chủ đề nào khó: mỗi chủ đề cần ít nhất 3 câu trả lời.",
     "Not enough answers yet to tell which topics are hard: each needs 3 answers or more."},
    {"Bộ câu hỏi trên điện thoại (bấm để bật/tắt)", "Packs on the phones (click to switch)"},
    {"{} bộ câu hỏi", "{} packs"},
    {"Tự luyện tập đang tắt: hãy bật ít nhất một bộ câu hỏi bên dưới",
     "Practice is off: switch on at least one pack below"},
    {"Trang cho điện thoại đang tắt ({}): điện thoại chưa luyện tập được",
     "The phones' page is off ({}): phones cannot practise"},
    {"1–9: bật/tắt bộ câu hỏi · F: toàn màn hình · Esc: quay lại",
     "1–9: switch a pack · F: fullscreen · Esc: back"},
    {"Đóng chương trình đang dùng cổng đó, hoặc mở lại với cổng khác: dovui-host "
     "--practice-corner --web-port 8081",
     "Close the program using that port, or start again with another one: dovui-host "
     "--practice-corner --web-port 8081"},
    {"Chạm vào chỗ đáng ngờ trên thẻ: số nào?", "Which numbered part of the card is the red flag?"},
    {"Thủ đoạn: {}", "Tricks: {}"},
    {"Câu dễ trước", "Easy questions first"},
    {"Đã xuất kết quả để gửi (USB, Zalo…):", "Results exported to send (USB, messaging app):"},
};

}  // namespace

const char* tr(Str id, core::Lang lang) {
    const Pair& p = kStrings[static_cast<int>(id)];
    return lang == core::Lang::Vi ? p.vi : p.en;
}

const char* modeLabel(core::MatchMode mode, core::Lang lang) {
    switch (mode) {
        case core::MatchMode::Classic:
            return tr(Str::ModeClassic, lang);
        case core::MatchMode::Teams:
            return tr(Str::ModeTeams, lang);
        case core::MatchMode::Elimination:
            return tr(Str::ModeElimination, lang);
        case core::MatchMode::AccuracyFirst:
            return tr(Str::ModeAccuracy, lang);
    }
    return "";
}

std::string format(const char* pattern, const std::string& value) {
    std::string out = pattern;
    if (auto at = out.find("{}"); at != std::string::npos)
        out.replace(at, 2, value);
    return out;
}

std::string refusalText(server::CommandRefusal why, const std::string& subject, core::Lang lang) {
    using R = server::CommandRefusal;
    switch (why) {
        case R::None:
            return {};
        case R::NoPlayersYet:
            return tr(Str::RefusedNoPlayers, lang);
        case R::AlreadyStarted:
            return tr(Str::RefusedStarted, lang);
        case R::QuestionOpen:
            return tr(Str::RefusedQuestionOpen, lang);
        case R::NothingToPause:
            return tr(Str::RefusedPause, lang);
        case R::NotPaused:
            return tr(Str::RefusedResume, lang);
        case R::NothingToSkip:
            return tr(Str::RefusedSkip, lang);
        case R::PlayerGone:
            return format(tr(Str::RefusedKickGone, lang), subject);
        case R::NoSuchName:
            return format(tr(Str::RefusedKickName, lang), subject);
        case R::ReviveNotNow:
            return tr(Str::RefusedRevive, lang);
    }
    return {};
}

std::string groupPin(std::uint32_t pin) {
    std::string digits = std::to_string(pin);
    if (digits.size() == 6)
        return digits.substr(0, 3) + " " + digits.substr(3);
    return digits;
}

}  // namespace dovui::host
