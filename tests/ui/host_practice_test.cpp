// The host's practice corner (issue 14) over a real embedded server: the packs the facilitator
// switched on are the ones the phones' page lists, a switch flipped in the corner reaches the
// server and the settings file, practice answers from a phone show up on the projector, and
// the command line's --practice-packs / --no-practice become the server's configuration.
#include <doctest/doctest.h>

#include <SFML/Graphics/RenderTexture.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "dovui/host/app.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/practice_choice.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/report/report.hpp"
#include "fixtures.hpp"
#include "server_test_support.hpp"
#include "web_test_support.hpp"

using namespace dovui;

namespace {

const std::string kFirstClass = "en-first-class", kAnToan = "vi-an-toan-so",
                  kBuoiDau = "vi-buoi-hoc-dau-tien";

/// The ids /packs/index.json lists, in order ("" when the page answers no index).
std::vector<std::string> listedPacks(std::uint16_t webPort) {
    auto reply = server::webtest::httpGet(webPort, "/packs/index.json");
    std::vector<std::string> ids;
    if (reply.status != 200)
        return ids;
    for (const std::string& id : {kFirstClass, kAnToan, kBuoiDau})
        if (reply.body.find("\"id\":\"" + id + "\"") != std::string::npos)
            ids.push_back(id);
    return ids;
}

/// Waits (up to 5 s) for the server thread to publish a snapshot where `done` holds.
bool waitFor(host::ServerRunner& runner,
             const std::function<bool(const server::ServerSnapshot&)>& done) {
    for (int i = 0; i < 500; ++i) {
        if (auto snap = runner.snapshot(); snap && done(*snap))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

/// The projector's frame at 1024×768 after one update: every text drawn, by label.
std::map<std::string, std::vector<std::string>> drawnTexts(uitest::HostContextHolder& h,
                                                           sf::RenderTexture& target) {
    h.stack.update(1.f / 60.f);
    h.stack.applyPending();
    ui::LayoutProbe probe;
    sf::Vector2f logical;
    target.setView(host::letterboxView(target.getSize(), logical));
    ui::Canvas canvas{target, h.fonts, logical, 0.64f, &probe, host::kMinTextPixels};
    h.stack.draw(canvas);
    std::map<std::string, std::vector<std::string>> texts;
    for (const auto& t : probe.texts)
        texts[t.label].push_back(t.content);
    return texts;
}

void press(uitest::HostContextHolder& h, sf::Keyboard::Key code) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {code, false, false, false, false};
    h.stack.handleEvent(e, {-1.f, -1.f});
    h.stack.applyPending();
}

/// Lets the corner's switches settle: the server restarts a moment after the last one.
void settle(uitest::HostContextHolder& h) {
    h.stack.update(2.f);
    h.stack.applyPending();
}

/// A phone's practice report: three answers to questions of one topic, the first one right.
std::string practiceReport(const core::Pack& pack, std::string& topicName) {
    std::map<std::string, int> questionsOf;  // the topic with the most questions to answer
    for (const core::Question& q : pack.questions)
        for (const std::string& t : q.topics)
            questionsOf[t] += q.kind != core::QuestionKind::Poll ? 1 : 0;
    const std::string topic =
        std::max_element(questionsOf.begin(), questionsOf.end(), [](auto& a, auto& b) {
            return a.second < b.second;
        })->first;
    for (const core::Topic& t : pack.topics)
        if (t.id == topic)
            topicName = t.name;
    std::string answers;
    int turn = 0;
    for (const core::Question& q : pack.questions) {
        if (turn == 3 || q.kind == core::QuestionKind::Poll ||
            std::find(q.topics.begin(), q.topics.end(), topic) == q.topics.end())
            continue;
        answers += std::string(turn ? "," : "") + "{\"turn\":" + std::to_string(turn + 1) +
                   ",\"question\":\"" + q.id + "\",\"correct\":" + (turn == 0 ? "true" : "false") +
                   "}";
        ++turn;
    }
    REQUIRE(turn == 3);
    return "{\"learner\":\"phone-0001\",\"pack\":\"" + pack.id + "\",\"answers\":[" + answers +
           "]}";
}

}  // namespace

TEST_CASE(
    "practice corner: the packs switched on reach the phones' page, and its figures the "
    "projector") {
    server::test::TempDir dir;
    ui::Fonts fonts = ui::Fonts::load(server::assetsDir());
    REQUIRE(fonts.ok);
    uitest::HostContextHolder h(fonts);
    sf::RenderTexture target;
    REQUIRE(target.create(1024, 768));
    auto ports = server::test::freeUdpPorts(2);
    h.options.port = ports[0];
    h.options.infoPort = ports[1];
    h.options.webPort = server::webtest::freeTcpPort();
    h.options.dataDir = dir.str();
    h.ctx.settingsPath = dir.str() + "/host.conf";
    host::setPracticeOn(h.settings, "vi/an-toan-so.json", false);

    host::openPracticeCorner(h.ctx);
    h.stack.applyPending();
    REQUIRE(h.runner.running());
    // No match starts, and nobody can join one: the lobby is locked.
    REQUIRE(waitFor(h.runner, [](const auto& s) { return s.locked; }));
    CHECK(h.runner.snapshot()->phase == core::Phase::Lobby);
    CHECK(h.runner.snapshot()->practicePacks == 2);
    CHECK(listedPacks(h.options.webPort) == std::vector<std::string>{kFirstClass, kBuoiDau});
    CHECK(server::webtest::httpGet(h.options.webPort, "/packs/" + kAnToan + ".json").status == 404);
    auto texts = drawnTexts(h, target);
    CHECK(texts["practice:address"].at(0).find(":" + std::to_string(h.options.webPort) +
                                               "/?practice") != std::string::npos);
    CHECK(texts["practice:count"] == std::vector<std::string>{"0", "0"});
    CHECK(texts.count("practice:no-topics") == 1);

    // A phone practises: the corner counts it, anonymously, with the topic's share right.
    auto pack = uitest::loadPack("packs/en/first-class.json");
    std::string topic;
    std::string body = practiceReport(*pack, topic);
    auto reply = server::webtest::rawHttp(
        h.options.webPort,
        "POST /practice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
        "application/json\r\nContent-Length: " +
            std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    CHECK(reply.status == 202);
    REQUIRE(waitFor(h.runner, [](const auto& s) { return s.practice.answers == 3; }));
    texts = drawnTexts(h, target);
    CHECK(texts["practice:count"] == std::vector<std::string>{"1", "3"});
    CHECK(texts["practice:topic"] == std::vector<std::string>{topic});
    CHECK(texts["practice:topic-right"] == std::vector<std::string>{"đúng 33 %"});

    // Key 2 switches the second pack (vi/an-toan-so.json) back on: the server offers it, and
    // the settings file forgets it was off.
    press(h, sf::Keyboard::Num2);
    settle(h);
    REQUIRE(h.runner.running());
    REQUIRE(waitFor(h.runner, [](const auto& s) { return s.locked; }));
    CHECK(listedPacks(h.options.webPort) ==
          std::vector<std::string>{kFirstClass, kAnToan, kBuoiDau});
    CHECK(host::loadSettings(h.ctx.settingsPath).practiceOff.empty());

    // Every pack off: no practice at all, and the corner says so instead of showing a QR.
    // Three switches in a row restart the server once (each start opens a match in the store).
    const std::int64_t match = h.runner.matchId();
    for (auto key : {sf::Keyboard::Num1, sf::Keyboard::Num2, sf::Keyboard::Num3})
        press(h, key);
    CHECK(h.runner.matchId() == match);
    settle(h);
    CHECK(h.runner.matchId() == match + 1);
    REQUIRE(waitFor(h.runner, [](const auto& s) { return s.locked; }));
    CHECK_FALSE(h.runner.snapshot()->practiceOffered);
    CHECK(server::webtest::httpGet(h.options.webPort, "/packs/index.json").status == 404);
    texts = drawnTexts(h, target);
    CHECK(texts.count("practice:off") == 1);
    CHECK(texts.count("practice:address") == 0);
    CHECK(host::loadSettings(h.ctx.settingsPath).practiceOff.size() == 3);

    // Esc: back to setup, the server stopped.
    press(h, sf::Keyboard::Escape);
    CHECK_FALSE(h.runner.running());
    CHECK(drawnTexts(h, target).count("setup:title") == 1);
}

TEST_CASE("dovui-host --practice-packs and --no-practice become the server's practice packs") {
    auto parse = [](std::vector<std::string> args, host::HostOptions& options) {
        args.insert(args.begin(), "dovui-host");
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        return host::parseOptions(static_cast<int>(argv.size()), argv.data(), options);
    };
    const std::string packs = server::assetsDir() + "/packs/";
    SUBCASE("the bundled packs named are on, the others off and remembered; others are added") {
        host::HostOptions options;
        REQUIRE_FALSE(
            parse({"--practice-packs", packs + "vi/an-toan-so.json,extra/mine.json"}, options));
        host::HostSettings settings;
        host::applyOverrides(options, settings);
        CHECK(settings.practiceOff ==
              std::vector<std::string>{"en/first-class.json", "vi/buoi-hoc-dau-tien.json"});
        server::ServerConfig config = host::makeServerConfig(settings, options);
        CHECK(config.practice);
        REQUIRE(config.practicePacks.size() == 2);
        CHECK(host::practicePackKey(config.practicePacks[0]) == "vi/an-toan-so.json");
        CHECK(config.practicePacks[1] == "extra/mine.json");
    }
    SUBCASE("--no-practice: every switch off, practice off; a switch turned on works again") {
        host::HostOptions options;
        REQUIRE_FALSE(parse({"--no-practice"}, options));
        host::HostSettings settings;
        host::applyOverrides(options, settings);
        CHECK(settings.practiceOff.size() == 3);
        CHECK_FALSE(host::makeServerConfig(settings, options).practice);
        host::setPracticeOn(settings, "en/first-class.json", true);
        server::ServerConfig config = host::makeServerConfig(settings, options);
        CHECK(config.practice);
        CHECK(config.practicePacks.size() == 1);
    }
    SUBCASE("the two together are refused") {
        host::HostOptions options;
        CHECK(parse({"--no-practice", "--practice-packs", packs + "vi/an-toan-so.json"}, options)
                  .value_or(0) != 0);
    }
    SUBCASE("the switches survive a restart of the host") {
        server::test::TempDir dir;
        host::HostSettings settings;
        host::setPracticeOn(settings, "vi/an-toan-so.json", false);
        host::setPracticeOn(settings, "en/first-class.json", false);
        REQUIRE(host::saveSettings(settings, dir.str() + "/host.conf").empty());
        host::HostSettings again = host::loadSettings(dir.str() + "/host.conf");
        CHECK(again.practiceOff == settings.practiceOff);
        auto choices = host::practiceChoices(server::assetsDir(), again);
        REQUIRE(choices.size() == 3);
        CHECK_FALSE(choices[0].on);  // en/first-class.json, in path order
        CHECK_FALSE(choices[1].on);
        CHECK(choices[2].on);
        CHECK(choices[2].title == "Buổi học đầu tiên");
    }
}

TEST_CASE(
    "a practice corner opened after a crash hides the crashed match from neither --resume "
    "nor the reports") {
    server::test::TempDir dir;
    server::ServerConfig config =
        server::test::testConfig(server::test::writeTestPack(dir.path()), dir.str());
    config.webPort = 0;
    std::int64_t crashed = 0;
    {
        server::test::Harness match(config);
        match.join("An");
        match.command(server::CmdStart{});
        REQUIRE(match.waitPhase(core::Phase::Question, 0));
        crashed = match.server().matchId();
    }  // the server goes away mid-question, as in a crash

    // The laptop comes back and is left in the practice corner for the afternoon.
    ui::Fonts fonts = ui::Fonts::load(server::assetsDir());
    uitest::HostContextHolder h(fonts);
    auto ports = server::test::freeUdpPorts(2);
    h.options.port = ports[0];
    h.options.infoPort = ports[1];
    h.options.noWeb = true;
    h.options.dataDir = dir.str();
    h.ctx.settingsPath = dir.str() + "/host.conf";
    host::openPracticeCorner(h.ctx);
    h.stack.applyPending();
    REQUIRE(h.runner.running());
    CHECK(h.runner.matchId() > crashed);  // its empty lobby is in the store, unfinished
    h.runner.stop();

    // The reports see one match: the latest is the crashed one, the summary lists it alone.
    const std::string store = dir.str() + "/results.sqlite";
    CHECK(report::resolveMatchId(store, report::kLatestMatch, core::Lang::Vi) == crashed);
    report::writeSummaryReport(store, {}, dir.path() / "summary", core::Lang::Vi);
    std::ifstream csv(dir.path() / "summary" / "summary-matches.csv");
    std::string line;
    int rows = -1;  // the header
    while (std::getline(csv, line))
        rows += line.empty() ? 0 : 1;
    CHECK(rows == 1);

    config.resume = true;
    server::MatchServer resumed(config);
    CHECK(resumed.resumed());
    CHECK(resumed.matchId() == crashed);
    CHECK(resumed.snapshot()->phase == core::Phase::Question);
}
