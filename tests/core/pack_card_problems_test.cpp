// Pack loading (docs/pack-format.md): scenario card problems name the card field.
#include <doctest/doctest.h>

#include "dovui/core/pack.hpp"
#include "pack_json.hpp"

using namespace dovui::core;
using namespace dovui::core::test;
using Code = PackProblem::Code;

TEST_CASE("scenario card problems name the card field") {
    SUBCASE("an unknown card type") {
        PackProblem p = onlyProblem(singleQ("q", R"(, "card": { "type": "email" })"));
        CHECK(p.code == Code::UnknownCard);
        CHECK(p.field == "card.type");
        CHECK(p.detail == "email");
    }
    SUBCASE("a card without a type") {
        PackProblem p = onlyProblem(singleQ("q", R"(, "card": { "sender": "x" })"));
        CHECK(p.code == Code::MissingField);
        CHECK(p.field == "card.type");
    }
    SUBCASE("a card that is not an object") {
        CHECK(onlyProblem(singleQ("q", R"(, "card": "sms")")).code == Code::WrongType);
    }
    SUBCASE("an SMS card without a sender") {
        PackProblem p = onlyProblem(singleQ("q", R"(, "card": { "type": "sms", "body": "x" })"));
        CHECK(p.code == Code::MissingField);
        CHECK(p.field == "card.sender");
        CHECK(describe(p, Lang::Vi) == "câu 1 (q): thiếu trường [card.sender]");
    }
    SUBCASE("a misspelt card field") {
        PackLoadResult r = parsePack(packJson(
            singleQ("q", R"(, "card": { "type": "web", "url": "u", "title": "t", "ask": "x" })")));
        CHECK(hasProblem(r, Code::UnknownField, "card.ask"));
    }
    SUBCASE("a chat card without bubbles, or with a bad bubble") {
        CHECK(onlyProblem(
                  singleQ("q", R"(, "card": { "type": "chat", "app": "Zalo", "contact": "A" })"))
                  .field == "card.bubbles");
        PackProblem p = onlyProblem(singleQ(
            "q",
            R"(, "card": { "type": "chat", "app": "Zalo", "contact": "A", "bubbles": [ { "me": "yes", "text": "x" } ] })"));
        CHECK(p.code == Code::WrongType);
        CHECK(p.field == "card.bubbles[0].me");
        PackProblem notObject = onlyProblem(singleQ(
            "q",
            R"(, "card": { "type": "chat", "app": "Zalo", "contact": "A", "bubbles": [ "hi" ] })"));
        CHECK(notObject.field == "card.bubbles[0].");
    }
    SUBCASE("a call card whose transcript is not a list") {
        PackProblem p = onlyProblem(
            singleQ("q", R"(, "card": { "type": "call", "caller": "A", "transcript": "x" })"));
        CHECK(p.code == Code::WrongType);
        CHECK(p.field == "card.transcript");
    }
    SUBCASE("a QR card without the account holder's name") {
        PackProblem p =
            onlyProblem(singleQ("q", R"(, "card": { "type": "qr_payment", "payload": "0002" })"));
        CHECK(p.field == "card.accountName");
    }
    SUBCASE("a span with begin after end") {
        PackProblem p =
            onlyProblem(singleQ("q", R"(, "card": { "type": "sms", "sender": "A", "body": "B",
            "spans": [ { "id": "s", "field": "body", "begin": 3, "end": 1 } ] })"));
        CHECK(p.code == Code::BadSpan);
        CHECK(p.field == "card.spans[0].begin");
    }
    SUBCASE("a span without its id is numbered") {
        PackLoadResult r = parsePack(
            packJson(singleQ("q", R"(, "card": { "type": "sms", "sender": "A", "body": "B",
            "spans": [ { "field": "body", "begin": 0, "end": 1 } ] })")));
        REQUIRE(r.pack);
        CHECK(r.pack->questions[0].card->spans.at(0).id == "s1");
    }
    SUBCASE("spans that are not a list") {
        CHECK(onlyProblem(
                  singleQ("q",
                          R"(, "card": { "type": "sms", "sender": "A", "body": "B", "spans": 1 })"))
                  .field == "card.spans");
    }
    SUBCASE("more than 20 spans are reported, not silently dropped") {
        std::string spans;
        for (int i = 0; i < 21; ++i)
            spans += std::string(i ? "," : "") +
                     R"({ "id": "s", "field": "body", "begin": 0, "end": 1 })";
        PackLoadResult r = parsePack(packJson(
            singleQ("q", R"(, "card": { "type": "sms", "sender": "A", "body": "B", "spans": [)" +
                             spans + "] }")));
        CHECK(hasProblem(r, Code::TooMany, "card.spans"));
        CHECK_FALSE(r.pack);
    }
}
