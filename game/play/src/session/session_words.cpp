#include "dovui/play/session/session_words.hpp"

namespace dovui::play {

std::string joinRefusalText(core::JoinRefusal reason, const std::string& detail, core::Lang lang) {
    const bool vi = lang == core::Lang::Vi;
    using R = core::JoinRefusal;
    switch (reason) {
        case R::WrongPin:
            return vi ? "Mã PIN chưa đúng. Hãy nhìn lại 6 chữ số trên màn hình lớn."
                      : "The PIN is not right. Look again at the 6 digits on the big screen.";
        case R::WrongVersion:
            return vi ? "Ứng dụng này khác phiên bản với máy chủ (" + detail +
                            "). Hãy nhờ người hướng dẫn cập nhật."
                      : "This app and the host run different versions (" + detail +
                            "). Ask the facilitator to update.";
        case R::NicknameEmpty:
            return vi ? "Hãy nhập tên của bạn." : "Please type your name.";
        case R::NicknameTooLong:
            return vi ? "Tên dài quá, hãy dùng tối đa 16 chữ."
                      : "The name is too long; use at most 16 letters.";
        case R::NicknameInvalid:
            return vi ? "Tên có ký tự không dùng được. Hãy chỉ dùng chữ và số."
                      : "The name has characters that cannot be used. Use letters and digits.";
        case R::NicknameTaken:
            return vi ? "Tên \"" + detail + "\" đã có người dùng. Hãy thêm một chữ hoặc số."
                      : "The name \"" + detail + "\" is taken. Add a letter or a digit.";
        case R::NicknameRude:
            return vi ? "Tên này không phù hợp. Hãy chọn tên khác."
                      : "This name is not allowed. Please choose another.";
        case R::Locked:
            return vi ? "Người hướng dẫn đã khóa phòng chơi. Hãy nhờ họ mở lại."
                      : "The facilitator locked the game. Ask them to open it.";
        case R::Full:
            return vi ? "Phòng chơi đã đủ người (" + detail + ")."
                      : "The game is full (" + detail + " players).";
        case R::UnknownToken:
            return vi ? "Máy chủ không còn nhớ lượt chơi của bạn. Hãy tham gia lại từ đầu."
                      : "The host no longer knows your place. Please join again.";
        case R::Kicked:
            return vi ? "Người hướng dẫn đã mời bạn rời trò chơi."
                      : "The facilitator removed you from the game.";
        case R::RateLimited:
            return vi ? "Thử nhiều lần quá nhanh. Hãy chờ vài giây rồi thử lại."
                      : "Too many tries too fast. Wait a few seconds and try again.";
        case R::MatchOver:
            return vi ? "Trò chơi này đã kết thúc." : "This game is already over.";
    }
    return vi ? "Không vào được trò chơi." : "Could not join the game.";
}

std::string answerRefusalText(core::AnswerRefusal reason, core::Lang lang) {
    const bool vi = lang == core::Lang::Vi;
    using R = core::AnswerRefusal;
    switch (reason) {
        case R::None:
            return vi ? "Đã nhận câu trả lời." : "Answer received.";
        case R::Late:
            return vi ? "Hết giờ: câu trả lời đến muộn nên không được tính."
                      : "Time was up: the answer came too late to count.";
        case R::Duplicate:
            return vi ? "Câu này bạn đã trả lời rồi." : "You already answered this question.";
        case R::Paused:
            return vi ? "Trò chơi đang tạm dừng." : "The game is paused.";
        case R::Eliminated:
            return vi ? "Bạn đã bị loại ở vòng này, hãy tiếp tục theo dõi."
                      : "You are out of this round; keep watching.";
        case R::NoQuestion:
        case R::WrongQuestion:
            return vi ? "Câu hỏi đã đóng." : "The question has closed.";
        case R::Malformed:
        case R::NotJoined:
            break;
    }
    return vi ? "Câu trả lời không được tính." : "The answer was not counted.";
}

}  // namespace dovui::play
