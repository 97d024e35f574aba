#pragma once
/// A match as the results store holds it, read back for reports: the store's own records
/// (dovui/store/records.hpp), under the names the report code uses.
#include "dovui/store/records.hpp"

namespace dovui::report {

using store::AnswerRecord;
using store::MatchRecord;
using store::PlayerRecord;
using store::PracticeRecord;
using store::QuestionRecord;

}  // namespace dovui::report
