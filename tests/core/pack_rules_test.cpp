// The pack rules beyond well-formedness live in the core (design.md §4), so the host, the
// learner app and `dovui-pack check` refuse exactly the same packs.
#include <doctest/doctest.h>

#include <string>

#include "dovui/core/pack.hpp"
#include "dovui/core/pack_rules.hpp"
#include "dovui/core/pack_writer.hpp"

using namespace dovui::core;

namespace {

/// One question with a scenario card whose body is `cardJson`.
std::string packWithCard(const std::string& cardJson) {
    return R"({"schemaVersion": 2, "id": "rules", "language": "vi", "title": "Luật",
      "topics": [{"id": "qr", "name": "Mã QR"}],
      "questions": [{"id": "qr-1", "kind": "single", "text": "Có nên trả?",
        "options": ["Có", "Không"], "correct": [1], "time": 20, "difficulty": 1,
        "techniques": ["transfer"], "explanation": "Vì B.", "topics": ["qr"], "card": )" +
           cardJson + "}]}";
}

Pack parsed(const std::string& json) {
    PackLoadResult result = parsePack(json);
    REQUIRE_MESSAGE(result.pack,
                    (result.problems.empty() ? "" : describe(result.problems[0], Lang::En)));
    return *result.pack;
}

}  // namespace

TEST_CASE("a payment card whose VietQR payload is broken is a rule error naming the question") {
    Pack pack = parsed(packWithCard(
        R"({"type": "qr_payment", "payload": "000201", "accountName": "NGUYEN VAN A", "genuine": false})"));
    std::vector<std::string> errors = packRuleErrors(pack, Lang::Vi);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("câu 1 (qr-1)") == 0);
    CHECK(errors[0].find("mã VietQR không hợp lệ") != std::string::npos);
    CHECK(packRuleErrors(pack, Lang::En)[0].find("invalid VietQR payload") != std::string::npos);
}

TEST_CASE("an SMS card without its time parses, and the rules refuse it as the tool does") {
    Pack pack = parsed(packWithCard(
        R"({"type": "sms", "sender": "Ngân hàng", "body": "Mã OTP là 123456.", "genuine": true})"));
    std::vector<std::string> errors = packRuleErrors(pack, Lang::En);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "question 1 (qr-1): scenario card field is empty [card.time]");
}

TEST_CASE("warnings are not errors: the packs the rules pass are written and read back equal") {
    Pack pack = parsed(packWithCard(
        R"({"type": "sms", "sender": "Ngân hàng", "time": "09:12", "body": "Mã OTP của bạn là 123456. Không đưa mã này cho ai.", "genuine": true})"));
    std::vector<std::string> errors = packRuleErrors(pack, Lang::En);
    CHECK_MESSAGE(errors.empty(), (errors.empty() ? "" : errors[0]));
    PackLoadResult again = parsePack(packToJson(pack));
    REQUIRE(again.pack);
    CHECK(packToJson(*again.pack) == packToJson(pack));
}
