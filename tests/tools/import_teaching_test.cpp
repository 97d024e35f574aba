// dovui-pack import of what a question teaches (issue 13): difficulty, techniques by id or
// name, series, genuine cards, and spot questions marked [[…]] in the card text; each bad
// cell reported with its row.
#include <doctest/doctest.h>

#include "dovui/core/pack.hpp"
#include "import_sheet.hpp"
#include "sheet_test_support.hpp"

using namespace dovui;
using namespace dovui::pack;
using core::QuestionKind;
using core::Technique;
using dovui::pack::test::errors;

namespace {

const std::string kHeader =
    "id,kind,question,option1,option2,option3,option4,correct,difficulty,techniques,series,"
    "explanation,topic,card_type,card_genuine,card_from,card_detail,card_text\n";

ImportSettings settings() {
    ImportSettings s;
    s.packId = "day-hoc";
    s.title = "Dạy học";
    return s;
}

core::Pack imported(const ImportResult& r) {
    REQUIRE_MESSAGE(r.pack, errors(r));
    return *r.pack;
}

}  // namespace

SCENARIO("difficulty, techniques, series and genuine come from their columns") {
    const std::string rows =
        ",single,Tin này nên làm gì?,Bấm link,Xóa tin,,,2,3,\"impersonation; link-app\",bank,"
        "Giả danh ngân hàng và đường link lạ: xóa tin.,SMS,sms,giả,VCB-Bank,08:15,Bấm link\n"
        ",truefalse,Đây là tin thật.,,,,,Đúng,,\"Giả danh cơ quan, ngân hàng, người quen, "
        "Hỏi mã OTP, mật khẩu\",,Mã OTP thật: không đọc mã cho ai.,SMS,sms,thật,VCB,08:00,Ma OTP\n"
        ",single,Câu không thẻ?,A,B,,,1,,\"Threat and hurry;secrecy\",,Dọa và bắt giữ bí mật.,"
        "SMS,,,,,\n"
        ",single,Thẻ tiếng Anh?,A,B,,,1,1,,,Giải thích.,SMS,sms,genuine,X,08:00,Y\n"
        ",single,Thẻ true?,A,B,,,1,1,,,Giải thích.,SMS,sms,TRUE,X,08:00,Y\n";
    const core::Pack pack = imported(importSheet(kHeader + rows, settings()));
    const auto& q = pack.questions;
    REQUIRE(q.size() == 5);
    CHECK(q[0].difficulty == 3);
    CHECK(q[0].techniques == std::vector{Technique::Impersonation, Technique::LinkApp});
    CHECK(q[0].series == "bank");
    CHECK_FALSE(q[0].genuineCard);
    THEN("Vietnamese names holding commas are read whole, next to each other") {
        CHECK(q[1].techniques == std::vector{Technique::Impersonation, Technique::OtpPassword});
        CHECK(q[1].genuineCard);
    }
    THEN("a blank difficulty is 1; English names work too") {
        CHECK(q[2].difficulty == 1);
        CHECK(q[2].techniques == std::vector{Technique::Urgency, Technique::Secrecy});
        CHECK(q[3].genuineCard);
        CHECK(q[4].genuineCard);
    }
}

SCENARIO("a spot question marks its spans with [[…]] in the card text") {
    const std::string row =
        ",spot,Chạm vào chỗ đáng ngờ.,,,,,2,2,link-app,,Đường link lạ: không bấm.,SMS,sms,giả,"
        "[[SenVangBank]],21:10,\"Tai khoan bi khoa.\nXac thuc ngay: [[senvang-baomat[.]vip]] "
        "truoc [[23h59]]\"\n";
    const core::Pack pack = imported(importSheet(kHeader + row, settings()));
    const core::Question& q = pack.questions[0];
    CHECK(q.kind == QuestionKind::Spot);
    THEN("the spans become the options, in reading order, and the key names one") {
        CHECK(q.options ==
              std::vector<std::string>{"SenVangBank", "senvang-baomat[.]vip", "23h59"});
        CHECK(q.correct == std::vector<std::uint8_t>{1});
        const auto& sms = std::get<core::SmsCard>(q.card->body);
        CHECK(sms.sender == "SenVangBank");
        CHECK(sms.body == "Tai khoan bi khoa.\nXac thuc ngay: senvang-baomat[.]vip truoc 23h59");
        REQUIRE(q.card->spans.size() == 3);
        CHECK(q.card->spans[0].field == "sender");
        CHECK(q.card->spans[1].field == "body");
        CHECK(sms.body.substr(q.card->spans[1].begin,
                              q.card->spans[1].end - q.card->spans[1].begin) ==
              "senvang-baomat[.]vip");
    }
    WHEN("the kind is left blank and there are no options") {
        std::string blank = row;
        blank.replace(blank.find(",spot,"), 6, ",,");
        CHECK(imported(importSheet(kHeader + blank, settings())).questions[0].kind ==
              QuestionKind::Spot);
    }
    WHEN("a tag numbers the spans and names one") {
        const std::string tagged =
            ",spot,Chạm vào chỗ đáng ngờ.,,,,,1,1,otp-password,,Xin mã OTP là lừa đảo.,Gọi,call,"
            "giả,[[2|0912 xxx 345]],,\"Chào bác, tôi gọi từ ngân hàng.\nBác [[1 otp|đọc mã "
            "OTP]] giúp tôi.\"\n";
        const core::Question t = imported(importSheet(kHeader + tagged, settings())).questions[0];
        CHECK(t.options == std::vector<std::string>{"đọc mã OTP", "0912 xxx 345"});
        CHECK(t.card->spans[0].id == "otp");
        CHECK(t.card->spans[0].field == "transcript.1");
        CHECK(t.card->spans[1].id == "s2");
    }
}

SCENARIO("bad teaching cells are reported with their row and column") {
    const std::string good = ",single,Câu mẫu,A,B,,,1,1,,,Giải thích,Chủ đề,,,,,\n";
    const std::vector<test::BadRow> cases = {
        {",single,Câu?,A,B,,,1,4,,,Giải thích,Chủ đề,,,,,",
         "hàng 3: cột difficulty: độ khó phải là 1 (dễ nhận ra), 2 (ngụy trang khéo) hoặc 3 "
         "(rất khó), thấy \"4\""},
        {",single,Câu?,A,B,,,1,khó,,,Giải thích,Chủ đề,,,,,", "hàng 3: cột difficulty"},
        {",single,Câu?,A,B,,,1,1,\"urgency, phishing\",,Giải thích,Chủ đề,,,,,",
         "hàng 3: cột techniques: không có thủ đoạn \"phishing\"; ghi mã (impersonation, "
         "urgency"},
        {",single,Câu?,A,B,,,1,1,,,Giải thích,Chủ đề,sms,có lẽ,VCB,,Nội dung",
         "hàng 3: cột card_genuine: ghi \"thật\" (tin thật) hoặc \"giả\" (lừa đảo), thấy \"có "
         "lẽ\""},
        {",single,Câu?,A,B,,,1,1,,,Giải thích,Chủ đề,,thật,,,",
         "hàng 3: cột card_type: có nội dung thẻ tình huống nhưng thiếu loại thẻ"},
        {",spot,Câu?,,,,,1,1,,,Giải thích,Chủ đề,sms,giả,VCB,,Bấm [[link lạ ngay",
         "hàng 3: cột card_text: thiếu \"]]\" đóng đoạn đánh dấu \"[[link lạ ngay\""},
        {",spot,Câu?,,,,,1,1,,,Giải thích,Chủ đề,sms,giả,VCB]],,Bấm [[link]] [[đi]]",
         "hàng 3: cột card_from: có \"]]\" mà không có \"[[\" mở trước nó"},
        {",spot,Câu?,,,,,1,1,,,Giải thích,Chủ đề,sms,giả,VCB,,Bấm [[link [[lạ]]]]",
         "hàng 3: cột card_text: đoạn đánh dấu [[…]] lồng trong một đoạn khác"},
        {",spot,Câu?,,,,,1,1,,,Giải thích,Chủ đề,sms,giả,[[VCB]],,Bấm link",
         "hàng 3: cột card_text: câu chạm chỗ đáng ngờ cần 2–4 đoạn đánh dấu [[…]] trong thẻ, "
         "có 1"},
        {",spot,Câu?,,,,,1,1,,,Giải thích,Chủ đề,sms,giả,[[VCB]],[[08:15]],[[a]] [[b]] [[c]]",
         "hàng 3: cột card_text: câu chạm chỗ đáng ngờ cần 2–4 đoạn đánh dấu [[…]] trong thẻ, "
         "có 5"},
        {",spot,Câu?,A,B,,,1,1,,,Giải thích,Chủ đề,sms,giả,[[VCB]],,[[link]]",
         "hàng 3: cột option1: câu chạm chỗ đáng ngờ (spot) lấy phương án từ các đoạn [[…]]"},
        {",spot,Câu?,,,,,1,1,,,Giải thích,Chủ đề,,,,,",
         "hàng 3: cột card_type: câu chạm chỗ đáng ngờ (spot) cần một thẻ tình huống"},
        {",spot,Câu?,,,,,3,1,,,Giải thích,Chủ đề,sms,giả,[[VCB]],,[[link]]",
         "hàng 3: cột correct: không có phương án số 3 (câu này có 2 phương án)"},
        {",spot,Câu?,,,,,1,1,,,Giải thích,Chủ đề,sms,giả,[[3|VCB]],,[[link]]",
         "hàng 3: cột card_text: đoạn đánh dấu số 3 bị trùng hoặc ngoài 1–2"},
    };
    test::checkBadRows(kHeader, good, cases, settings());
    WHEN("messages are asked for in English") {
        ImportSettings en = settings();
        en.lang = core::Lang::En;
        ImportResult r =
            importSheet(kHeader + ",spot,Q?,,,,,1,1,,,Why,T,sms,scam,[[VCB]],,text\n", en);
        CHECK(errors(r).find("a spot question needs 2–4 [[…]] spans on its card, found 1") !=
              std::string::npos);
    }
}

SCENARIO("Kahoot's template still imports with the defaults") {
    const std::string kahoot =
        "Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 "
        "characters,Correct answer(s) - choose at least one\n"
        "Có nên bấm link lạ?,Có,Không,2\n";
    const core::Pack pack = imported(importSheet(kahoot, settings()));
    CHECK(pack.questions[0].difficulty == 1);
    CHECK(pack.questions[0].techniques.empty());
    CHECK_FALSE(pack.questions[0].card);
}
