// Easy questions first (issue 13): the setup screen's "Câu dễ trước" switch and --easy-first
// reach the embedded server's match and host.conf; over a real server, the first question a
// learner gets is the pack's first plain one, and the projector shows that same question.
#include <doctest/doctest.h>

#include <SFML/Graphics/RenderTexture.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "dovui/host/app.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "fixtures.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

std::optional<int> parse(std::vector<std::string> args, host::HostOptions& options) {
    args.insert(args.begin(), "dovui-host");
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    return host::parseOptions(static_cast<int>(argv.size()), argv.data(), options);
}

/// One frame of the host at 1024×768 (after an update); what it drew.
ui::LayoutProbe frame(uitest::HostContextHolder& h, sf::RenderTexture& target) {
    return uitest::drawFrame(h, target);
}

void click(uitest::HostContextHolder& h, sf::Vector2f at) {
    sf::Event e;
    e.type = sf::Event::MouseButtonPressed;
    e.mouseButton = {sf::Mouse::Left, static_cast<int>(at.x), static_cast<int>(at.y)};
    h.stack.handleEvent(e, at);
    h.stack.applyPending();
}

void key(uitest::HostContextHolder& h, sf::Keyboard::Key code) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {code, false, false, false, false};
    h.stack.handleEvent(e, {-1.f, -1.f});
    h.stack.applyPending();
}

sf::Vector2f middle(sf::FloatRect r) {
    return {r.left + r.width / 2.f, r.top + r.height / 2.f};
}

/// Polls the learner and lets the server thread work until `done` (or 5 s).
bool pump(Learner& learner, const std::function<bool()>& done) {
    for (int i = 0; i < 1000; ++i) {
        learner.poll(5);
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

}  // namespace

TEST_CASE("dovui-host --easy-first is a remembered setup choice that reaches the match") {
    TempDir dir;
    host::HostOptions options;
    REQUIRE_FALSE(parse({"--easy-first"}, options));
    host::HostSettings settings;
    host::applyOverrides(options, settings);
    CHECK(settings.easyFirst);
    CHECK(host::makeServerConfig(settings, options).match.easyFirst);
    REQUIRE(host::saveSettings(settings, dir.str() + "/host.conf").empty());
    CHECK(host::loadSettings(dir.str() + "/host.conf").easyFirst);
    // Without the option the remembered choice stands, and off is remembered too.
    host::HostOptions plain;
    REQUIRE_FALSE(parse({}, plain));
    host::HostSettings remembered = host::loadSettings(dir.str() + "/host.conf");
    host::applyOverrides(plain, remembered);
    CHECK(remembered.easyFirst);
    remembered.easyFirst = false;
    REQUIRE(host::saveSettings(remembered, dir.str() + "/host.conf").empty());
    CHECK_FALSE(host::loadSettings(dir.str() + "/host.conf").easyFirst);
}

TEST_CASE("setup: 'Câu dễ trước' on, the class gets the plain questions first, as projected") {
    TempDir dir;
    net::EnetLibrary enet;
    ui::Fonts fonts = ui::Fonts::load(server::assetsDir());
    REQUIRE(fonts.ok);
    uitest::HostContextHolder h(fonts);
    sf::RenderTexture target;
    REQUIRE(target.create(1024, 768));
    auto ports = freeUdpPorts(2);
    h.options.port = ports[0];
    h.options.infoPort = ports[1];
    h.options.noWeb = true;
    h.options.pin = kTestPin;
    h.options.dataDir = dir.str();
    h.ctx.settingsPath = dir.str() + "/host.conf";
    const std::string packPath =
        (std::filesystem::path(h.ctx.assetsDir) / "packs" / "vi" / "an-toan-so.json").string();
    h.settings.packPath = packPath;
    auto pack = uitest::loadPack("packs/vi/an-toan-so.json");
    std::size_t firstPlain = 0;
    while (pack->questions[firstPlain].difficulty != 1)
        ++firstPlain;
    REQUIRE(firstPlain > 0);  // else the order would prove nothing

    h.stack.replaceAll(host::makeSetupScreen(h.ctx));
    h.stack.applyPending();
    ui::LayoutProbe probe = frame(h, target);
    // The row's label, and its "Bật" (On) button on the same row.
    std::optional<sf::FloatRect> row, on;
    for (const auto& t : probe.texts)
        if (t.label == "setup:label" && t.content == "Câu dễ trước")
            row = t.box;
    REQUIRE(row.has_value());
    for (const auto& t : probe.texts)
        if (t.content == "Bật" && t.box.top < row->top + row->height &&
            t.box.top + t.box.height > row->top)
            on = t.box;
    REQUIRE(on.has_value());
    CHECK_FALSE(h.settings.easyFirst);
    click(h, middle(*on));
    CHECK(h.settings.easyFirst);

    key(h, sf::Keyboard::Enter);  // start: remembered, and the server's match is told
    REQUIRE(h.runner.running());
    CHECK(host::loadSettings(h.ctx.settingsPath).easyFirst);
    auto snap = h.runner.snapshot();
    for (int i = 0; i < 500 && !snap; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        snap = h.runner.snapshot();
    }
    REQUIRE(snap);
    CHECK(snap->config.easyFirst);

    Learner learner;
    REQUIRE(learner.client().connect("127.0.0.1", h.options.port));
    REQUIRE(pump(learner, [&] { return learner.connected(); }));
    learner.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {"Bà Tư"}, true});
    REQUIRE(pump(learner, [&] { return learner.count<core::WelcomeMsg>() > 0; }));
    REQUIRE(pump(learner, [&] { return h.runner.snapshot()->players.size() == 1; }));
    frame(h, target);
    key(h, sf::Keyboard::Space);  // the facilitator starts the match
    REQUIRE(pump(learner, [&] { return learner.count<core::QuestionMsg>() > 0; }));
    const core::QuestionMsg asked = *learner.last<core::QuestionMsg>();
    CHECK(asked.text == pack->questions[firstPlain].text);
    // The projector shows the question the learner is answering.
    REQUIRE(pump(learner, [&] { return h.runner.snapshot()->phase == core::Phase::Question; }));
    probe = frame(h, target);
    std::string projected;
    for (const auto& t : probe.texts)
        if (t.label == "question:text")
            projected = t.content;
    CHECK(projected == asked.text);
    h.runner.stop();
}
