#include <string>

#include "dovui/core/pack.hpp"

namespace dovui::core {
namespace {

using Code = PackProblem::Code;

const char* messageVi(Code code) {
    switch (code) {
        case Code::Syntax:
            return "lỗi cú pháp JSON";
        case Code::NotObject:
            return "tệp phải là một đối tượng JSON { … }";
        case Code::BadSchema:
            return "schemaVersion thiếu hoặc không được hỗ trợ";
        case Code::MissingField:
            return "thiếu trường";
        case Code::WrongType:
            return "sai kiểu dữ liệu";
        case Code::Empty:
            return "không được để trống";
        case Code::TooLong:
            return "quá dài";
        case Code::TooMany:
            return "quá nhiều mục";
        case Code::BadUtf8:
            return "văn bản không phải UTF-8 hợp lệ";
        case Code::UnknownKind:
            return "loại câu hỏi không hợp lệ";
        case Code::OptionCount:
            return "số phương án không hợp lệ";
        case Code::NoCorrect:
            return "thiếu đáp án đúng";
        case Code::BadCorrect:
            return "đáp án đúng không hợp lệ";
        case Code::BadTime:
            return "thời gian phải từ 5 đến 240 giây";
        case Code::BadPoints:
            return "hệ số điểm phải là 0, 1 hoặc 2";
        case Code::DuplicateId:
            return "mã câu hỏi bị trùng";
        case Code::UnknownTopic:
            return "chủ đề không có trong danh sách topics";
        case Code::UnknownCard:
            return "loại thẻ tình huống không hợp lệ";
        case Code::UnknownField:
            return "trường không được biết đến (gõ nhầm?)";
        case Code::BadDifficulty:
            return "độ khó phải là 1, 2 hoặc 3";
        case Code::UnknownTechnique:
            return "thủ đoạn không có trong danh sách (xem docs/pack-format.md)";
        case Code::BadSpan:
            return "vùng đánh dấu trên thẻ không hợp lệ";
    }
    return "?";
}

const char* messageEn(Code code) {
    switch (code) {
        case Code::Syntax:
            return "JSON syntax error";
        case Code::NotObject:
            return "the file must be a JSON object { … }";
        case Code::BadSchema:
            return "schemaVersion missing or unsupported";
        case Code::MissingField:
            return "missing field";
        case Code::WrongType:
            return "wrong type";
        case Code::Empty:
            return "must not be empty";
        case Code::TooLong:
            return "too long";
        case Code::TooMany:
            return "too many items";
        case Code::BadUtf8:
            return "text is not valid UTF-8";
        case Code::UnknownKind:
            return "unknown question kind";
        case Code::OptionCount:
            return "wrong number of options";
        case Code::NoCorrect:
            return "no correct option";
        case Code::BadCorrect:
            return "invalid correct answer";
        case Code::BadTime:
            return "time must be 5 to 240 seconds";
        case Code::BadPoints:
            return "points multiplier must be 0, 1 or 2";
        case Code::DuplicateId:
            return "duplicate question id";
        case Code::UnknownTopic:
            return "topic not listed in the pack's topics";
        case Code::UnknownCard:
            return "unknown scenario card type";
        case Code::UnknownField:
            return "unknown field (a typo?)";
        case Code::BadDifficulty:
            return "difficulty must be 1, 2 or 3";
        case Code::UnknownTechnique:
            return "technique not in the list (see docs/pack-format.md)";
        case Code::BadSpan:
            return "invalid marked span on the card";
    }
    return "?";
}

}  // namespace

std::string describe(const PackProblem& p, Lang lang) {
    const bool vi = lang == Lang::Vi;
    std::string out;
    if (p.code == Code::Syntax) {
        out = (vi ? "dòng " : "line ") + std::to_string(p.line) + (vi ? ", cột " : ", column ") +
              std::to_string(p.column) + ": ";
    } else if (p.questionNumber > 0) {
        out = (vi ? "câu " : "question ") + std::to_string(p.questionNumber);
        if (!p.questionId.empty())
            out += " (" + p.questionId + ")";
        out += ": ";
    }
    out += vi ? messageVi(p.code) : messageEn(p.code);
    if (!p.field.empty())
        out += " [" + p.field + "]";
    if (!p.detail.empty())
        out += ": " + p.detail;
    return out;
}

}  // namespace dovui::core
