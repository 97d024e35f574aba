// The browser's JSON encoding of the message table (protocol_json.hpp): every message type
// round-trips, keys and enum names are what the page reads, and every kind of bad text from a
// browser turns into an error value.
#include <doctest/doctest.h>

#include <set>

#include "dovui/core/protocol_json.hpp"
#include "golden_text.hpp"
#include "protocol_samples.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

SCENARIO("every message type round-trips through JSON") {
    std::set<std::size_t> clientTypes;
    for (const auto& sample : clientSamples()) {
        CAPTURE(sample.name);
        std::string text = encodeJson(sample.msg);
        auto decoded = decodeClientJson(text);
        REQUIRE_MESSAGE(decoded, decoded.error.detail);
        CHECK(*decoded.msg == sample.msg);
        CHECK(encodeJson(*decoded.msg) == text);
        clientTypes.insert(sample.msg.index());
    }
    CHECK(clientTypes.size() == std::variant_size_v<ClientMsg>);

    std::set<std::size_t> serverTypes;
    std::set<std::size_t> cardTypes;
    for (const auto& sample : serverSamples()) {
        CAPTURE(sample.name);
        std::string text = encodeJson(sample.msg);
        auto decoded = decodeServerJson(text);
        REQUIRE_MESSAGE(decoded, decoded.error.detail);
        CHECK(*decoded.msg == sample.msg);
        serverTypes.insert(sample.msg.index());
        if (const auto* q = std::get_if<QuestionMsg>(&sample.msg); q && q->card)
            cardTypes.insert(q->card->body.index());
    }
    CHECK(serverTypes.size() == std::variant_size_v<ServerMsg>);
    CHECK(cardTypes.size() == std::variant_size_v<CardBody>);
}

SCENARIO("golden JSON pins the browser's keys in both directions (tests/golden/*.json)") {
    // A C++ field's name is the browser's key: renaming one changes what the page reads and
    // must send. tests/web/protocol_keys.test.mjs checks assets/web/ against the same files.
    const std::string changed =
        "the JSON a browser sees changed: rename the C++ field back, or change assets/web/ with "
        "it and rewrite tests/golden/ with DOVUI_UPDATE_GOLDEN=1";
    for (const auto& sample : clientSamples()) {
        CAPTURE(sample.name);
        std::string golden =
            checkGoldenText(sample.name + ".json", encodeJson(sample.msg) + "\n", changed);
        auto decoded = decodeClientJson(golden);  // what a page sending these keys gets
        REQUIRE_MESSAGE(decoded, decoded.error.detail);
        CHECK(*decoded.msg == sample.msg);
    }
    for (const auto& sample : serverSamples()) {
        CAPTURE(sample.name);
        std::string golden =
            checkGoldenText(sample.name + ".json", encodeJson(sample.msg) + "\n", changed);
        auto decoded = decodeServerJson(golden);
        REQUIRE_MESSAGE(decoded, decoded.error.detail);
        CHECK(*decoded.msg == sample.msg);
    }
}

namespace {

/// The string value of `"key":"…"` in one encoded message.
std::string stringValue(const std::string& json, const std::string& key) {
    std::size_t at = json.find("\"" + key + "\":\"");
    REQUIRE(at != std::string::npos);
    at += key.size() + 4;
    return json.substr(at, json.find('"', at) - at);
}

/// `"name":["a","b"]` with every value of the enum, as the encoder names it.
template <class E, class Make>
std::string enumNamesJson(const char* name, const char* key, Make make) {
    std::string out = std::string("  \"") + name + "\": [";
    for (int i = 0; i <= static_cast<int>(lastEnumValue(E{})); ++i)
        out += (i ? ", \"" : "\"") + stringValue(encodeJson(make(static_cast<E>(i))), key) + '"';
    return out + "]";
}

}  // namespace

SCENARIO("golden JSON pins the enum names a browser compares (tests/golden/protocol_names.json)") {
    std::string text = "{\n";
    text += enumNamesJson<Phase>("phase", "phase", [](Phase p) {
        WelcomeMsg w;
        w.phase = p;
        return ServerMsg{w};
    });
    text += ",\n" + enumNamesJson<JoinRefusal>("joinRefusal", "reason", [](JoinRefusal r) {
                return ServerMsg{JoinRefusedMsg{r, ""}};
            });
    text += ",\n" + enumNamesJson<AnswerRefusal>("answerRefusal", "refusal", [](AnswerRefusal r) {
                return ServerMsg{AnswerAckMsg{0, r}};
            });
    text += ",\n" + enumNamesJson<QuestionKind>("kind", "kind", [](QuestionKind k) {
                QuestionMsg q;
                q.kind = k;
                return ServerMsg{q};
            });
    text += ",\n" + enumNamesJson<CardVerdict>("cardVerdict", "cardVerdict", [](CardVerdict v) {
                RevealMsg r;
                r.cardVerdict = v;
                return ServerMsg{r};
            });
    text += ",\n  \"cardType\": [";
    const CardBody bodies[] = {SmsCard{}, CallCard{}, ChatCard{}, WebCard{}, QrPaymentCard{}};
    for (const CardBody& body : bodies) {
        CHECK(body.index() == static_cast<std::size_t>(&body - bodies));  // in variant order
        QuestionMsg q;
        q.card = ScenarioCard{body, {}};
        std::string json = encodeJson(ServerMsg{q});
        text += (body.index() ? ", \"" : "\"") +
                stringValue(json.substr(json.find("\"body\":")), "type") + '"';
    }
    CHECK(std::size(bodies) == std::variant_size_v<CardBody>);
    text += "]\n}\n";
    checkGoldenText("protocol_names.json", text,
                    "an enum's JSON names changed: the page compares them (assets/web/); rewrite "
                    "tests/golden/ with DOVUI_UPDATE_GOLDEN=1 and change the page with it");
}

SCENARIO("the JSON a browser reads: type names, field names, enum names") {
    CHECK(encodeJson(ClientMsg{AnswerMsg{3, {{1, 2}}}}) ==
          R"({"type":"answer","questionIndex":3,"choice":[1,2]})");
    CHECK(encodeJson(ClientMsg{LeaveMsg{}}) == R"({"type":"leave"})");
    CHECK(encodeJson(ServerMsg{AnswerAckMsg{4, AnswerRefusal::Late}}) ==
          R"({"type":"answerAck","questionIndex":4,"refusal":"late"})");
    CHECK(encodeJson(ServerMsg{JoinRefusedMsg{JoinRefusal::WrongPin, ""}}) ==
          R"({"type":"joinRefused","reason":"wrongPin","detail":""})");
    std::string question = encodeJson(ServerMsg{sampleQuestion(std::nullopt)});
    CHECK(question.find(R"("kind":"multi")") != std::string::npos);
    CHECK(question.find(R"("card":null)") != std::string::npos);
    ServerMsg withCard = sampleQuestion(ScenarioCard{QrPaymentCard{"000201", "A", ""}, {}});
    CHECK(encodeJson(withCard).find(R"("card":{"body":{"type":"qr_payment","payload":"000201")") !=
          std::string::npos);
    CHECK(std::string(messageTypeName(ServerMsg{RevivedMsg{}})) == "revived");
}

SCENARIO("a browser's message in the shape the page sends decodes") {
    auto join = decodeClientJson(
        R"({"type":"join","protocolVersion":3,"pin":123456,"nickname":"Bà Năm","rich":true})");
    REQUIRE(join);
    const auto& msg = std::get<JoinMsg>(*join.msg);
    CHECK(msg.pin == 123456);
    CHECK(msg.nickname.value == "Bà Năm");
    // Key order does not matter; unknown extra keys are ignored.
    auto answer = decodeClientJson(R"( {"choice":[2],"questionIndex":0,"type":"answer","x":1} )");
    REQUIRE(answer);
    CHECK(std::get<AnswerMsg>(*answer.msg).choice.value == std::vector<std::uint8_t>{2});
}

SCENARIO("bad browser text is an error value, never a crash") {
    auto codeOf = [](std::string_view text) { return decodeClientJson(text).error.code; };
    using C = DecodeErrorCode;
    CHECK(codeOf("") == C::Empty);
    CHECK(codeOf("hello") == C::BadValue);
    CHECK(codeOf("[1,2]") == C::BadValue);
    CHECK(codeOf(R"({"type":"answer","questionIndex":1,"choice":[1]} trailing)") == C::BadValue);
    CHECK(codeOf(R"({"type":"dance"})") == C::UnknownId);
    CHECK(codeOf(R"({"type":7})") == C::UnknownId);
    CHECK(codeOf(R"({"type":"answer","questionIndex":1})") == C::Truncated);
    CHECK(codeOf(R"({"type":"answer","questionIndex":-1,"choice":[1]})") == C::BadValue);
    CHECK(codeOf(R"({"type":"answer","questionIndex":70000,"choice":[1]})") == C::BadValue);
    CHECK(codeOf(R"({"type":"answer","questionIndex":1.5,"choice":[1]})") == C::BadValue);
    CHECK(codeOf(R"({"type":"answer","questionIndex":1,"choice":[300]})") == C::BadValue);
    CHECK(codeOf(R"({"type":"answer","questionIndex":1,"choice":[1,2,3,4,5,6]})") == C::Oversize);
    CHECK(codeOf(R"({"type":"answer","questionIndex":1,"choice":"1"})") == C::BadValue);
    CHECK(codeOf(R"({"type":"join","protocolVersion":3,"pin":1,"nickname":5,"rich":true})") ==
          C::BadValue);
    CHECK(codeOf(R"({"type":"join","protocolVersion":3,"pin":1,"nickname":"a","rich":1})") ==
          C::BadValue);
    std::string longName(kMaxNicknameBytes + 1, 'a');
    CHECK(codeOf(R"({"type":"join","protocolVersion":3,"pin":1,"nickname":")" + longName +
                 R"(","rich":true})") == C::Oversize);
    CHECK(codeOf("{\"type\":\"join\",\"protocolVersion\":2,\"pin\":1,\"nickname\":\"\xff\","
                 "\"rich\":true}") == C::BadValue);  // not UTF-8
    CHECK(codeOf(std::string(kMaxJsonMessageBytes + 1, ' ')) == C::Oversize);
    // A lone surrogate escape is not text: refused, in a client's name and a server's option
    // (the JSON fuzz target found that it decoded but did not encode back the same).
    CHECK(
        codeOf(R"({"type":"join","protocolVersion":3,"pin":1,"nickname":"a\uDDDD","rich":true})") ==
        C::BadValue);
    CHECK(
        codeOf(R"({"type":"join","protocolVersion":3,"pin":1,"nickname":"\uD83D","rich":true})") ==
        C::BadValue);
    auto server = decodeServerJson(
        R"({"type":"question","index":0,"total":1,"kind":"single","optionCount":2,)"
        R"("pointsMultiplier":1,"timeLimitMs":20000,"remainingMs":20000,"text":"x",)"
        R"("options":["a\uDDDD","b"],"card":null})");
    CHECK_FALSE(server);
    CHECK(server.error.code == C::BadValue);
    // A proper pair is a character, and round-trips.
    auto pair = decodeClientJson(
        R"({"type":"join","protocolVersion":3,"pin":1,"nickname":"Lan \uD83D\uDE00","rich":true})");
    REQUIRE(pair);
    CHECK(decodeClientJson(encodeJson(*pair.msg)).msg == pair.msg);
    // Deep nesting is parsed iteratively: no stack overflow.
    std::string deep =
        R"({"type":"leave","x":)" + std::string(2000, '[') + std::string(2000, ']') + "}";
    CHECK(decodeClientJson(deep));
}

SCENARIO("a join from another protocol version says which version it runs") {
    auto decoded = decodeClientJson(R"({"type":"join","protocolVersion":7})");
    CHECK(decoded.error.code == DecodeErrorCode::WrongVersion);
    CHECK(decoded.error.peerVersion == 7);
    // The binary decoder reports the same.
    std::string bytes = encode(ClientMsg{JoinMsg{9, 1, {"a"}, true}});
    auto binary =
        decodeClientMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    CHECK(binary.error.code == DecodeErrorCode::WrongVersion);
    CHECK(binary.error.peerVersion == 9);
}
