#pragma once
/// What the server's refusals mean, in words a first-time learner can act on.
#include <string>

#include "dovui/core/lang.hpp"
#include "dovui/core/protocol.hpp"

namespace dovui::play {

/// "Tên này đã có người dùng, hãy thêm một chữ hoặc số." and friends.
std::string joinRefusalText(core::JoinRefusal reason, const std::string& detail, core::Lang lang);
/// Why an answer was not counted ("Hết giờ: câu trả lời đến muộn.").
std::string answerRefusalText(core::AnswerRefusal reason, core::Lang lang);

}  // namespace dovui::play
