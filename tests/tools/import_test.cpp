// dovui-pack import/export: the simple layout, Kahoot's template, encodings, every error path
// with its row number, and round trips.
#include <doctest/doctest.h>
#include <iconv.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "dovui/core/pack.hpp"
#include "dovui/core/pack_writer.hpp"
#include "import_sheet.hpp"
#include "sheet_export.hpp"
#include "sheet_test_support.hpp"

using namespace dovui;
using namespace dovui::pack;
using dovui::pack::test::errors;

namespace {

const std::string kHeader =
    "id,kind,question,option1,option2,option3,option4,correct,time,points,explanation,topic,"
    "card_type,card_from,card_detail,card_text\n";

ImportSettings settings(bool skipBad = false) {
    ImportSettings s;
    s.packId = "thu-nghiem";
    s.title = "Thử nghiệm";
    s.skipBad = skipBad;
    return s;
}

std::string readAsset(const std::string& name) {
    std::ifstream in(std::string(DOVUI_ASSETS_DIR) + "/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string toWindows1258(const std::string& utf8) {
    iconv_t cd = iconv_open("WINDOWS-1258", "UTF-8");
    std::string out(utf8.size() * 2 + 8, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t inLeft = utf8.size(), outLeft = out.size();
    char* dst = out.data();
    REQUIRE(iconv(cd, &in, &inLeft, &dst, &outLeft) != static_cast<std::size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}

const std::string kKahoot =
    ",Quiz template,,,,,,\n"
    ",\"Add questions, at least two answer alternatives, time limit and choose correct answers "
    "(at least one).\",,,,,,\n"
    ",,,,,,,\n"
    ",Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 "
    "characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,\"Time limit (sec) – "
    "5, 10, 20, 30, 60, 90, 120, or 240 secs\",Correct answer(s) - choose at least one\n"
    "1,\"Ai được hỏi mã OTP, mã xác thực của bác?\",Nhân viên ngân hàng,Công an,Không ai "
    "cả,\"Người thân,\nbạn bè\",20,3\n"
    "2,Những việc nào giữ an toàn tài khoản?,Bật xác thực hai lớp,Cho người lạ mượn máy,Đặt mật "
    "khẩu khó đoán,,30,\"1,3\"\n"
    "3,Tin trúng thưởng bắt nộp phí trước là lừa đảo.,Đúng,Sai,,,10,1\n"
    "4,,,,,,,\n";

}  // namespace

SCENARIO("the simple layout becomes a valid pack") {
    ImportResult r = importSheet(readAsset("import-example.csv"), settings());
    REQUIRE_MESSAGE(r.pack, errors(r));
    const core::Pack& pack = *r.pack;
    CHECK(r.layout == Layout::Simple);
    CHECK(pack.questions.size() == 11);
    THEN("ids are numbered after the pack and topics get ids from their names") {
        CHECK(pack.questions[0].id == "thu-nghiem-01");
        CHECK(pack.findTopic("tin-nhan-lua-dao")->name == "Tin nhắn lừa đảo");
        CHECK(pack.questions[2].topics ==
              std::vector<std::string>{"mang-xa-hoi", "tin-nhan-lua-dao"});
    }
    THEN("answers written from 1, as letters or as Đúng/Sai become 0-based indexes") {
        CHECK(pack.questions[0].correct == std::vector<std::uint8_t>{2});
        CHECK(pack.questions[1].kind == core::QuestionKind::TrueFalse);
        CHECK(pack.questions[1].options == std::vector<std::string>{"Đúng", "Sai"});
        CHECK(pack.questions[1].correct == std::vector<std::uint8_t>{1});
        CHECK(pack.questions[2].correct == std::vector<std::uint8_t>{0, 1, 3});
        CHECK(pack.questions[3].correct == std::vector<std::uint8_t>{2});  // "C"
        CHECK(pack.questions[4].kind == core::QuestionKind::Order);
        CHECK(pack.questions[5].kind == core::QuestionKind::Poll);
        CHECK(pack.questions[5].pointsMultiplier == 0);
    }
    THEN("scenario cards come from the card columns") {
        const auto& sms = std::get<core::SmsCard>(pack.questions[0].card->body);
        CHECK(sms.sender == "VCB-Bank");
        CHECK(sms.body.find('\n') != std::string::npos);
        const auto& call = std::get<core::CallCard>(pack.questions[1].card->body);
        CHECK(call.transcript.size() == 3);
        const auto& chat = std::get<core::ChatCard>(pack.questions[2].card->body);
        CHECK(chat.app == "Zalo");
        REQUIRE(chat.bubbles.size() == 3);
        CHECK(chat.bubbles[1].fromMe);
        CHECK(chat.bubbles[1].text == "Cháu gọi cho bác được không?");
        CHECK(std::holds_alternative<core::QrPaymentCard>(pack.questions[6].card->body));
    }
    THEN("what a question teaches: difficulty, techniques, genuine cards, a spot question") {
        CHECK(pack.questions[1].techniques.size() == 3);
        CHECK(pack.questions[2].difficulty == 2);
        CHECK(pack.questions[6].genuineCard);
        CHECK_FALSE(pack.questions[0].genuineCard);
        CHECK(pack.questions[8].kind == core::QuestionKind::Spot);
        CHECK(pack.questions[8].options ==
              std::vector<std::string>{"SenVangBank", "senvang-baomat[.]vip", "23h59"});
        CHECK(pack.questions[8].techniques ==
              std::vector{core::Technique::LinkApp, core::Technique::Urgency});
        CHECK(pack.questions[9].genuineCard);
    }
    THEN("the written JSON loads again unchanged") {
        core::PackLoadResult again = core::parsePack(core::packToJson(pack));
        REQUIRE(again.pack);
        CHECK(again.pack->questions == pack.questions);
    }
}

SCENARIO("Kahoot's spreadsheet template, saved as CSV") {
    auto check = [](const ImportResult& r) {
        REQUIRE_MESSAGE(r.pack, errors(r));
        CHECK(r.layout == Layout::Kahoot);
        const auto& qs = r.pack->questions;
        REQUIRE(qs.size() == 3);
        CHECK(qs[0].text == "Ai được hỏi mã OTP, mã xác thực của bác?");
        CHECK(qs[0].options[3] == "Người thân,\nbạn bè");
        CHECK(qs[0].correct == std::vector<std::uint8_t>{2});
        CHECK(qs[1].kind == core::QuestionKind::Multi);
        CHECK(qs[1].options.size() == 3);
        CHECK(qs[1].correct == std::vector<std::uint8_t>{0, 2});
        CHECK(qs[1].timeLimitSec == 30);
        CHECK(qs[2].kind == core::QuestionKind::TrueFalse);
        THEN("a missing explanation is filled in and said out loud") {
            CHECK(qs[0].explanation.find("Chưa có lời giải thích") != std::string::npos);
            CHECK(std::any_of(r.warnings.begin(), r.warnings.end(), [](const RowProblem& w) {
                return w.row == 0 && w.message.find("3 câu chưa có lời giải thích") == 0;
            }));
        }
    };
    WHEN("UTF-8 without BOM, with title rows above the header") {
        check(importSheet(kKahoot, settings()));
    }
    WHEN("UTF-8 with a BOM and CRLF rows") {
        std::string crlf;
        for (char c : kKahoot)
            crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        check(importSheet("\xEF\xBB\xBF" + crlf, settings()));
    }
    WHEN("Windows-1258, as old Excel saves it") {
        ImportResult r = importSheet(toWindows1258(kKahoot), settings());
        CHECK(r.encoding == csv::Encoding::Windows1258);
        check(r);
    }
    WHEN("semicolon-separated, as Excel saves in a Vietnamese locale") {
        std::string semi =
            "Question - max 120 characters;Answer 1 - max 75 characters;Answer 2 - "
            "max 75 characters;Correct answer(s) - choose at least one\n"
            "Bác có nên bấm link lạ, dù gửi từ số quen?;Có;Không;2\n";
        ImportResult r = importSheet(semi, settings());
        REQUIRE_MESSAGE(r.pack, errors(r));
        CHECK(r.delimiter == ';');
        CHECK(r.pack->questions[0].text == "Bác có nên bấm link lạ, dù gửi từ số quen?");
    }
    THEN("the bundled Kahoot example imports") {
        ImportResult r = importSheet(readAsset("import-kahoot-example.csv"), settings());
        REQUIRE_MESSAGE(r.pack, errors(r));
        CHECK(r.pack->questions.size() == 5);
    }
}

SCENARIO("every bad row is reported with its row number and the reason") {
    const std::string good = ",single,Câu đúng mẫu,A,B,,,1,20,1,Giải thích,Chủ đề,,,,\n";
    const std::vector<test::BadRow> cases = {
        {",single,,A,B,,,1,20,1,Giải thích,Chủ đề,,,,", "hàng 3: cột question: thiếu nội dung"},
        {",single,Câu?,A,B,,,5,20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột correct: không có phương án số 5 (câu này có 2 phương án)"},
        {",single,Câu?,A,B,,,x2,20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột correct: không hiểu \"x2\""},
        {",single,Câu?,A,,C,,1,20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột option2: phương án bị bỏ trống"},
        {",chon,Câu?,A,B,,,1,20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột kind: loại câu hỏi \"chon\""},
        {",single,Câu?,A,B,,,1,300,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột time: thời gian phải từ 5 đến 240 giây"},
        {",single,Câu?,A,B,,,1,hai mươi,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột time: cần một số, thấy \"hai mươi\""},
        {",single,Câu?,A,B,,,1,20,3,Giải thích,Chủ đề,,,,", "hàng 3: cột points: phải từ 0 đến 2"},
        {",single,Câu?,A,B,,,1,20,1,,Chủ đề,,,,", "hàng 3: cột explanation: thiếu lời giải thích"},
        {",single,Câu?,A,B,,,,20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột correct: thiếu đáp án đúng"},
        {",single,Câu?,A,B,,,\"1,2\",20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột correct: đáp án đúng không hợp lệ: exactly one"},
        {",single,Câu?,A,,,,1,20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột option1…option5: số phương án không hợp lệ"},
        {",single,Câu?,A,B,,,1,20,1,Giải thích,Chủ đề,fax,x,,y",
         "hàng 3: cột card_type: loại thẻ \"fax\""},
        {",single,Câu?,A,B,,,1,20,1,Giải thích,Chủ đề,,VCB,,",
         "hàng 3: cột card_type: có nội dung thẻ tình huống nhưng thiếu loại thẻ"},
        {",single,Câu?,A,B,,,1,20,1,Giải thích,Chủ đề,sms,,08:15,Nội dung",
         "hàng 3: cột card_from: không được để trống"},
        {",single,Câu?,A,B,,,1,20,1,Giải thích,Chủ đề,qr_payment,NGUYEN VAN A,,000201",
         "hàng 3: mã VietQR không hợp lệ"},
        {"Sai_ID,single,Câu?,A,B,,,1,20,1,Giải thích,Chủ đề,,,,",
         "hàng 3: cột id: mã câu hỏi chỉ gồm chữ thường"},
    };
    test::checkBadRows(kHeader, good, cases, settings());
    WHEN("an option is longer than 120 characters") {
        std::string row = ",single,Câu?," + std::string(121, 'x') + ",B,,,1,20,1,Giải,Chủ đề,,,,\n";
        CHECK(errors(importSheet(kHeader + row, settings())).find("hàng 2: cột option1: quá dài") !=
              std::string::npos);
    }
    WHEN("two rows use the same id") {
        std::string rows =
            "a-1,single,Câu một,A,B,,,1,20,1,Giải,Chủ đề,,,,\n"
            "a-1,single,Câu hai,A,B,,,1,20,1,Giải,Chủ đề,,,,\n";
        CHECK(errors(importSheet(kHeader + rows, settings()))
                  .find("hàng 3: cột id: mã câu hỏi trùng với hàng 2") != std::string::npos);
    }
    WHEN("a cell with a line break sits above the bad row") {
        std::string rows =
            ",single,\"Câu\nhai dòng\",A,B,,,1,20,1,Giải,Chủ đề,,,,\n"
            ",single,Câu?,A,B,,,9,20,1,Giải,Chủ đề,,,,\n";
        THEN("the row number is the spreadsheet's, not the line's") {
            CHECK(errors(importSheet(kHeader + rows, settings())).find("hàng 3: cột correct") !=
                  std::string::npos);
        }
    }
    WHEN("the file has no header row, no questions, or is not text") {
        CHECK(
            errors(importSheet("a,b,c\n1,2,3\n", settings())).find("không tìm thấy hàng tiêu đề") !=
            std::string::npos);
        CHECK(errors(importSheet(kHeader + "\n,,,\n", settings())).find("không có câu hỏi nào") !=
              std::string::npos);
        ImportSettings utf8 = settings();
        utf8.encoding = csv::Encoding::Utf8;
        CHECK(errors(importSheet(kHeader + "\xFF\n", utf8)).find("không phải văn bản UTF-8") !=
              std::string::npos);
    }
    WHEN("--skip-bad is given") {
        std::string rows =
            ",single,Câu một,A,B,,,1,20,1,Giải,Chủ đề,,,,\n"
            ",single,Câu hỏng,A,B,,,7,20,1,Giải,Chủ đề khác,,,,\n"
            ",single,Câu ba,A,B,,,2,20,1,Giải,Chủ đề,,,,\n";
        ImportResult r = importSheet(kHeader + rows, settings(true));
        THEN("the good rows are kept and the bad one is still reported") {
            REQUIRE(r.pack);
            CHECK(r.pack->questions.size() == 2);
            CHECK(r.pack->questions[1].id == "thu-nghiem-02");
            CHECK(r.pack->topics.size() == 1);  // the skipped row's topic is not listed
            CHECK(errors(r).find("hàng 3: cột correct") != std::string::npos);
        }
    }
    WHEN("messages are asked for in English") {
        ImportSettings en = settings();
        en.lang = core::Lang::En;
        ImportResult r = importSheet(kHeader + ",single,Q?,A,B,,,5,20,1,Why,T,,,,\n", en);
        REQUIRE_FALSE(r.errors.empty());
        CHECK(describe(r.errors[0], core::Lang::En) ==
              "row 2: column correct: there is no option 5 (this row has 2 options)");
    }
}

SCENARIO("import → export → import gives the same pack") {
    ImportResult first = importSheet(readAsset("import-example.csv"), settings());
    REQUIRE(first.pack);
    std::string sheet = packToSheet(*first.pack, core::Lang::Vi);
    THEN("the pack's facts come first, then the header") {
        CHECK(sheet.rfind("\xEF\xBB\xBF"
                          "mã gói,thu-nghiem\r\n",
                          0) == 0);
        CHECK(sheet.find("\r\nid,kind,question,option1") != std::string::npos);
    }
    ImportResult second = importSheet(sheet, settings());
    REQUIRE_MESSAGE(second.pack, errors(second));
    CHECK(second.pack->topics == first.pack->topics);
    CHECK(second.pack->questions == first.pack->questions);
    CHECK(core::packToJson(*second.pack) == core::packToJson(*first.pack));
}
