// Tap the red flag (issue 13) in dovui-play against a real dovui-server on loopback: the
// learner taps the right span on the card itself (a line piece of a span that wraps), the
// choice is marked, the confirm button sends it, and the server stores and grades that
// option; the reveal then says the card was a scam and names its tricks.
#include <doctest/doctest.h>

#include <SFML/Graphics/RenderTexture.hpp>
#include <fstream>

#include "dovui/net/enet_library.hpp"
#include "dovui/play/app/app.hpp"
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screens.hpp"
#include "play_test_support.hpp"

using namespace dovui;
using namespace dovui::play;

namespace {

constexpr std::uint32_t kPin = 135790;

// The right span (the link) is long enough to wrap on a phone; the body has Vietnamese
// marks before it, so its UTF-8 byte offsets are not code-point offsets.
constexpr const char* kSpotPack = R"json({
  "schemaVersion": 2,
  "id": "spot-tap-test",
  "language": "vi",
  "title": "Gói thử chạm vào chỗ đáng ngờ",
  "topics": [{"id": "sms", "name": "Tin nhắn"}],
  "questions": [
    {"id": "spot-1", "kind": "spot", "text": "Chạm vào chỗ cho thấy đây là tin giả.",
     "correct": [1], "time": 60, "difficulty": 1, "techniques": ["link-app", "urgency"],
     "explanation": "Đường link lạ là dấu hiệu lừa: không bấm, tự mở ứng dụng ngân hàng.",
     "topics": ["sms"],
     "card": {"type": "sms", "genuine": false, "sender": "SenVangBank", "time": "21:10",
              "body": "Quý khách bị khóa tài khoản. Xác thực ngay tại senvangbank-xacthuc-khuonmat-ngay-homnay[.]vip trước 23 giờ.",
              "spans": [{"field": "sender", "text": "SenVangBank"},
                        {"field": "body", "text": "senvangbank-xacthuc-khuonmat-ngay-homnay[.]vip"},
                        {"field": "time", "text": "21:10"}]}}
  ]
})json";

sf::Vector2f middle(sf::FloatRect r) {
    return {r.left + r.width / 2.f, r.top + r.height / 2.f};
}

}  // namespace

TEST_CASE("dovui-play: a tap on the card's right span sends that answer to a real server") {
    net::EnetLibrary enet;
    test::TempDir dir;
    auto ports = test::freeUdpPorts(2);
    std::ofstream(dir.path() / "pack.json", std::ios::binary) << kSpotPack;
    test::ServerProcess server(
        {DOVUI_SERVER_EXE, "--pack", (dir.path() / "pack.json").string(), "--port",
         std::to_string(ports[0]), "--info-port", std::to_string(ports[1]), "--pin",
         std::to_string(kPin), "--data-dir", (dir.path() / "data").string(), "--name",
         "Lớp thử chạm thẻ", "--auto-start", "1", "--auto-advance-ms", "300"},
        dir.path() / "server.log");
    {
        auto ready = server.waitForLine("READY", 15000);
        INFO(server.log());
        REQUIRE(ready.has_value());
    }

    test::TempDir home;
    PlayContext ctx(home.path(), DOVUI_ASSETS_DIR, ports[1]);
    REQUIRE(ctx.fonts.ok);
    ctx.session.join("127.0.0.1", ports[0], kPin, "Bà Tư", test::nowMs());
    auto screen = makeMatchScreen();
    ScreenStack stack;
    const sf::Vector2u size{720, 1280};  // a phone: one logical unit is one pixel
    sf::RenderTexture texture;
    REQUIRE(texture.create(size.x, size.y));
    HitMap hits;
    ui::LayoutProbe probe;
    auto frame = [&] {
        ctx.nowMs = test::nowMs();
        ctx.session.update(ctx.nowMs);
        screen->update(ctx, stack, ctx.nowMs);
        texture.clear();
        probe = {};
        renderFrame(ctx, *screen, texture, size, hits, &probe);
        texture.display();
    };
    auto waitFor = [&](auto done) { return test::pumpUntil(frame, done, 10000); };
    REQUIRE(waitFor([&] { return ctx.session.state().stage == Stage::Question; }));
    const auto& question = *ctx.session.state().question;
    CHECK(question.kind == core::QuestionKind::Spot);
    REQUIRE(question.card);
    REQUIRE(question.card->spans.size() == 3);

    // The link wraps over lines on the phone: every line piece of it is on the card.
    const auto pieces = ctx.cardView.spanRects();
    REQUIRE(pieces.size() == 3);
    REQUIRE(pieces[1].size() >= 2);
    for (const auto& piece : pieces[1]) {
        auto intent = hits.at(middle(piece));
        REQUIRE(intent.has_value());
        CHECK(intent->kind == Intent::Kind::Tile);
        CHECK(intent->arg == 1);
    }
    // A fingertip a little below the words of the sender still means the sender.
    const sf::FloatRect sender = pieces[0][0];
    auto near = hits.at({sender.left + sender.width / 2.f, sender.top + sender.height + 10.f});
    REQUIRE(near.has_value());
    CHECK(near->arg == 0);

    // Tap the last line of the link: picked, not yet sent.
    auto tap = hits.at(middle(pieces[1].back()));
    REQUIRE(tap.has_value());
    screen->onIntent(ctx, stack, *tap);
    frame();
    CHECK(ctx.session.state().stage == Stage::Question);
    CHECK(texture.getTexture().copyToImage().saveToFile(std::string(DOVUI_SCREENSHOT_DIR) +
                                                        "/spot-tapped-720x1280.png"));
    const ui::LayoutProbe::TextEntry* send = nullptr;
    for (const auto& t : probe.texts)
        if (t.label == "button:Gửi chỗ đã chọn")
            send = &t;
    REQUIRE(send != nullptr);
    auto confirm = hits.at(middle(send->box));
    REQUIRE(confirm.has_value());
    CHECK(confirm->kind == Intent::Kind::Confirm);
    screen->onIntent(ctx, stack, *confirm);
    CHECK(ctx.session.state().stage == Stage::Answered);
    REQUIRE(waitFor([&] { return ctx.session.state().ack.has_value(); }));
    CHECK(*ctx.session.state().ack == core::AnswerRefusal::None);

    // The reveal: right, a scam, its tricks named.
    REQUIRE(waitFor([&] { return ctx.session.state().stage == Stage::Reveal; }));
    const core::RevealMsg& reveal = *ctx.session.state().reveal;
    CHECK(reveal.correctAnswer);
    CHECK(reveal.pointsGained > 0);
    CHECK(reveal.cardVerdict == core::CardVerdict::Scam);
    CHECK(reveal.techniques ==
          std::vector<core::Technique>{core::Technique::LinkApp, core::Technique::Urgency});
    frame();
    CHECK(texture.getTexture().copyToImage().saveToFile(std::string(DOVUI_SCREENSHOT_DIR) +
                                                        "/spot-reveal-720x1280.png"));
    bool verdict = false, tricks = false;
    for (const auto& t : probe.texts) {
        verdict = verdict || (t.label == "card:verdict" && t.content == "LỪA ĐẢO");
        tricks = tricks || (t.label == "techniques" &&
                            t.content.find(core::techniqueName(
                                core::Technique::LinkApp, core::Lang::Vi)) != std::string::npos);
    }
    CHECK(verdict);
    CHECK(tricks);
    // The card is back under its stamp, the right span lit on it.
    REQUIRE(ctx.cardView.spanRects().size() == 3);
    CHECK_FALSE(ctx.cardView.spanRects()[1].empty());

    // What the server stored: option 1, graded right.
    auto rows = test::query(dir.path() / "data" / "results.sqlite",
                            "SELECT choice, correct FROM answers WHERE q_index = 0");
    REQUIRE(rows.size() == 1);
    CAPTURE(rows[0][0]);
    CHECK(rows[0][0].find('1') != std::string::npos);
    CHECK(rows[0][0].find('0') == std::string::npos);
    CHECK(rows[0][1] == "1");
}
