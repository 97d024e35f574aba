// The message table validates itself (field_rules.hpp): the limits declared with the fields in
// protocol.hpp hold for both decoders, the wire and the browser's JSON, with the same error.
#include <doctest/doctest.h>

#include "dovui/core/protocol_json.hpp"
#include "protocol_samples.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

namespace {

/// Both decoders' verdict on a server message that an honest encoder would never send.
struct Verdicts {
    DecodeError wire;
    DecodeError json;
};

Verdicts decodeBoth(const ServerMsg& msg) {
    std::string bytes = encode(msg);
    auto wire = decodeServerMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    auto json = decodeServerJson(encodeJson(msg));
    Verdicts v;
    v.wire = wire ? DecodeError{} : wire.error;
    v.json = json ? DecodeError{} : json.error;
    REQUIRE_MESSAGE(!wire, "the wire decoder accepted it");
    REQUIRE_MESSAGE(!json, "the JSON decoder accepted it");
    return v;
}

void checkRefused(const ServerMsg& msg, DecodeErrorCode code, const std::string& field) {
    Verdicts v = decodeBoth(msg);
    CHECK(v.wire.code == code);
    CHECK(v.json.code == code);
    CHECK_MESSAGE(v.wire.detail.find('"' + field + '"') != std::string::npos, v.wire.detail);
    CHECK_MESSAGE(v.json.detail.find('"' + field + '"') != std::string::npos, v.json.detail);
}

void checkAccepted(const ServerMsg& msg) {
    std::string bytes = encode(msg);
    auto wire = decodeServerMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    CHECK_MESSAGE(wire, wire.error.detail);
    auto json = decodeServerJson(encodeJson(msg));
    CHECK_MESSAGE(json, json.error.detail);
}

RevealMsg sampleReveal() {
    for (const auto& sample : serverSamples())
        if (const auto* reveal = std::get_if<RevealMsg>(&sample.msg))
            return *reveal;
    FAIL("no reveal sample");
    return {};
}

}  // namespace

SCENARIO("a question's declared limits hold in both decoders") {
    QuestionMsg q = sampleQuestion(std::nullopt);
    WHEN("the values are at their limits") {
        q.optionCount = kMaxOptions;
        q.pointsMultiplier = 2;
        q.options.assign(kMaxOptions, "a");
        THEN("it decodes") {
            checkAccepted(q);
        }
    }
    WHEN("it claims more option tiles than a question can have") {
        q.optionCount = kMaxOptions + 1;
        THEN("it is refused, naming the field") {
            checkRefused(q, DecodeErrorCode::BadValue, "optionCount");
        }
    }
    WHEN("its points multiplier is 3") {
        q.pointsMultiplier = 3;
        THEN("it is refused") {
            checkRefused(q, DecodeErrorCode::BadValue, "pointsMultiplier");
        }
    }
    WHEN("it lists six options") {
        q.options.assign(kMaxOptions + 1, "a");
        THEN("it is refused as oversize") {
            checkRefused(q, DecodeErrorCode::Oversize, "options");
        }
    }
}

SCENARIO("a reveal's declared limits and enum bounds hold in both decoders") {
    RevealMsg r = sampleReveal();
    WHEN("it names every technique once") {
        r.techniques.clear();
        for (std::size_t t = 0; t < kTechniqueCount; ++t)
            r.techniques.push_back(static_cast<Technique>(t));
        THEN("it decodes") {
            checkAccepted(r);
        }
    }
    WHEN("it lists more techniques than there are") {
        r.techniques.assign(kTechniqueCount + 1, Technique::Urgency);
        THEN("it is refused as oversize") {
            checkRefused(r, DecodeErrorCode::Oversize, "techniques");
        }
    }
    WHEN("a technique is past the last one") {
        r.techniques = {static_cast<Technique>(kTechniqueCount)};
        THEN("it is refused") {
            checkRefused(r, DecodeErrorCode::BadValue, "techniques");
        }
    }
    WHEN("the card verdict is past Genuine") {
        r.cardVerdict = static_cast<CardVerdict>(3);
        THEN("it is refused") {
            checkRefused(r, DecodeErrorCode::BadValue, "cardVerdict");
        }
    }
    WHEN("it counts answers for six options") {
        r.counts.assign(kMaxOptions + 1, 1);
        THEN("it is refused") {
            checkRefused(r, DecodeErrorCode::Oversize, "counts");
        }
    }
    WHEN("its correct answer lists six options") {
        r.correct.assign(kMaxOptions + 1, 0);
        THEN("it is refused") {
            checkRefused(r, DecodeErrorCode::Oversize, "correct");
        }
    }
}

SCENARIO("enum fields are checked by their type wherever they are") {
    WelcomeMsg w;
    w.phase = static_cast<Phase>(5);
    checkRefused(w, DecodeErrorCode::BadValue, "phase");
    checkRefused(JoinRefusedMsg{static_cast<JoinRefusal>(13), ""}, DecodeErrorCode::BadValue,
                 "reason");
    checkRefused(AnswerAckMsg{1, static_cast<AnswerRefusal>(9)}, DecodeErrorCode::BadValue,
                 "refusal");
    QuestionMsg q = sampleQuestion(std::nullopt);
    q.kind = static_cast<QuestionKind>(static_cast<int>(kLastQuestionKind) + 1);
    checkRefused(q, DecodeErrorCode::BadValue, "kind");
}

SCENARIO("the protocol version is the first field of a join, checked before the rest") {
    for (const ClientMsg& msg :
         {ClientMsg{JoinMsg{9, 1, {"An"}, true}}, ClientMsg{RejoinMsg{9, 1, {"token"}, true}}}) {
        std::string bytes = encode(msg);
        auto wire = decodeClientMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), 3);
        CHECK(wire.error.code == DecodeErrorCode::WrongVersion);
        CHECK(wire.error.peerVersion == 9);
        auto json = decodeClientJson(encodeJson(msg));
        CHECK(json.error.code == DecodeErrorCode::WrongVersion);
        CHECK(json.error.peerVersion == 9);
    }
}
