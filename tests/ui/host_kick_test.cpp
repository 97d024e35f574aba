// The host's kick list over a real embedded match server and learners over ENet: the K that
// opens it does not land in its filter, Enter asks first naming the learner, and Yes kicks the
// id of the row the facilitator saw, never someone who took that name since.
#include <doctest/doctest.h>

#include <sqlite3.h>
#include <SFML/Graphics/RenderTexture.hpp>
#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include "dovui/host/app.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/sound_bank.hpp"
#include "fixtures.hpp"
#include "layout_checks.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

/// The host's shared context around a real ServerRunner, with keys and frames.
struct Host {
    ui::Fonts fonts = ui::Fonts::load(server::assetsDir());
    uitest::HostContextHolder holder{fonts};
    host::ServerRunner& runner = holder.runner;
    host::ScreenStack& stack = holder.stack;
    host::HostContext& ctx = holder.ctx;
    sf::RenderTexture target;

    /// A 1024×768 frame and the embedded server running `config`.
    void start(const server::ServerConfig& config) {
        REQUIRE(fonts.ok);
        REQUIRE(target.create(1024, 768));
        REQUIRE(runner.start(config).empty());
    }
    void key(sf::Keyboard::Key code) {
        sf::Event e;
        e.type = sf::Event::KeyPressed;
        e.key = {code, false, false, false, false};
        stack.handleEvent(e, {-1.f, -1.f});
        stack.applyPending();
    }
    void text(sf::Uint32 c) {
        sf::Event e;
        e.type = sf::Event::TextEntered;
        e.text.unicode = c;
        stack.handleEvent(e, {-1.f, -1.f});
        stack.applyPending();
    }
    /// One frame: update, then draw with a probe; returns what was drawn.
    /// `png` non-empty: the frame is saved there and its layout checked (nothing out of its
    /// box, nothing under 18 px on this 1024×768 projector).
    ui::LayoutProbe frame(const std::string& png = {}) {
        stack.update(1.f / 60.f);
        stack.applyPending();
        ui::LayoutProbe probe;
        sf::Vector2f logical;
        sf::View view = host::letterboxView(target.getSize(), logical);
        target.setView(view);
        target.clear();
        float scale = view.getViewport().width * static_cast<float>(target.getSize().x) / logical.x;
        ui::Canvas canvas{target, fonts, logical, scale, &probe, host::kMinTextPixels};
        stack.draw(canvas);
        target.display();
        if (!png.empty()) {
            std::filesystem::create_directories(DOVUI_SCREENSHOT_DIR);
            CHECK(target.getTexture().copyToImage().saveToFile(std::string(DOVUI_SCREENSHOT_DIR) +
                                                               "/" + png));
            auto problems = uitest::checkLayout(probe, logical);
            for (auto& p : uitest::checkGlyphs(probe, 18))
                problems.push_back(p);
            CAPTURE(png);
            for (const auto& p : problems)
                CHECK_MESSAGE(false, p);
        }
        return probe;
    }
    static std::string textOf(const ui::LayoutProbe& probe, const std::string& label) {
        for (const auto& t : probe.texts)
            if (t.label == label)
                return t.content;
        return {};
    }
};

/// Polls the learners and lets the server thread work until `done` (or 5 s).
bool pump(std::vector<Learner*> learners, const std::function<bool()>& done) {
    for (int i = 0; i < 500; ++i) {
        for (Learner* l : learners)
            l->poll(5);
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

Learner& join(std::vector<std::unique_ptr<Learner>>& all, std::uint16_t port,
              const std::string& nickname) {
    all.push_back(std::make_unique<Learner>());
    Learner& l = *all.back();
    REQUIRE(l.client().connect("127.0.0.1", port));
    REQUIRE(pump({&l}, [&] { return l.connected(); }));
    l.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {nickname}, false});
    REQUIRE(pump({&l}, [&] { return l.count<core::WelcomeMsg>() > 0; }));
    return l;
}

}  // namespace

TEST_CASE(
    "host kick list: no stray K in the filter, a confirmation naming the learner, the "
    "row's id kicked") {
    TempDir dir;
    server::ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    config.webPort = 0;
    net::EnetLibrary enet;
    Host host;
    host.start(config);
    std::vector<std::unique_ptr<Learner>> learners;
    Learner& an = join(learners, config.port, "An");
    Learner& leaver = join(learners, config.port, "Trêu");
    auto players = [&] { return host.runner.snapshot()->players.size(); };
    REQUIRE(pump({&an, &leaver}, [&] { return players() == 2; }));
    host.stack.replaceAll(host::makeMatchScreen(host.ctx));
    host.stack.applyPending();
    host.frame();

    // K opens the list; its text event follows at once and must not become the filter.
    host.key(sf::Keyboard::K);
    host.text('k');
    auto probe = host.frame();
    CHECK(Host::textOf(probe, "kick:filter") == "Lọc: ▏");
    host.text('t');
    host.text('r');
    probe = host.frame();
    probe = host.frame("kick-list-1024x768.png");  // the list filters on the next snapshot
    CHECK(Host::textOf(probe, "kick:filter") == "Lọc: tr▏");
    REQUIRE(Host::textOf(probe, "kick:name") == "Trêu");

    // Enter asks first, naming the learner.
    host.key(sf::Keyboard::Enter);
    probe = host.frame("kick-confirm-1024x768.png");
    std::string question = Host::textOf(probe, "overlay:title");
    CHECK(question.find("\"Trêu\"") != std::string::npos);
    CHECK(leaver.count<core::KickedMsg>() == 0);

    // While the question is up, that learner leaves and a newcomer takes the freed name.
    leaver.client().send(core::LeaveMsg{});
    REQUIRE(pump({&an, &leaver}, [&] { return players() == 1; }));
    Learner& newcomer = join(learners, config.port, "Trêu");
    REQUIRE(pump({&an, &newcomer}, [&] { return players() == 2; }));

    host.key(sf::Keyboard::Y);  // yes: kick the row that was picked
    REQUIRE(pump({&an, &newcomer}, [&] { return host.runner.snapshot()->problemCount == 1; }));
    pump({&an, &newcomer}, [] { return false; });  // give a wrong kick time to land
    CHECK_FALSE(newcomer.closed());
    CHECK(newcomer.count<core::KickedMsg>() == 0);
    CHECK(players() == 2);
    // The projector says so in the facilitator's words.
    probe = host.frame("kick-refused-1024x768.png");
    CHECK(Host::textOf(probe, "banner") == "Trêu đã rời lớp: không cần mời ra nữa");

    // Picking the newcomer's own row removes them.
    host.key(sf::Keyboard::Escape);  // close the list
    host.frame();
    host.key(sf::Keyboard::K);
    for (char c : std::string("treu"))
        host.text(static_cast<sf::Uint32>(c));
    host.frame();
    probe = host.frame();
    REQUIRE(Host::textOf(probe, "kick:name") == "Trêu");
    host.key(sf::Keyboard::Enter);
    host.frame();
    host.key(sf::Keyboard::Y);
    REQUIRE(pump({&an, &newcomer}, [&] { return newcomer.closed(); }));
    CHECK(newcomer.count<core::KickedMsg>() == 1);
    CHECK_FALSE(an.closed());
    host.runner.stop();
}

TEST_CASE("podium: X writes 'Xuất kết quả để gửi' beside the results and shows where it went") {
    TempDir dir;
    server::ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    config.webPort = 0;
    config.autoStartPlayers = 1;
    config.autoAdvanceMs = 50;
    config.match.questionLimit = 1;
    net::EnetLibrary enet;
    Host host;
    host.start(config);
    std::vector<std::unique_ptr<Learner>> learners;
    Learner& an = join(learners, config.port, "An");
    auto phase = [&] { return host.runner.snapshot()->phase; };
    REQUIRE(pump({&an}, [&] { return phase() == core::Phase::Question; }));
    answer(an, 0, {0});
    REQUIRE(pump({&an}, [&] { return phase() == core::Phase::Podium; }));
    host.stack.replaceAll(host::makeMatchScreen(host.ctx));
    host.stack.applyPending();
    host.frame();

    host.key(sf::Keyboard::X);
    auto probe = host.frame("podium-export-real-1024x768.png");
    CHECK(Host::textOf(probe, "podium:report-title") == "Đã xuất kết quả để gửi (USB, Zalo…):");
    const std::string shown = Host::textOf(probe, "podium:report-path");
    // Named by site (the match name, ASCII) and date, in the data folder's gui-di/.
    const std::filesystem::path file(shown);
    CHECK(file.parent_path() == dir.path() / "gui-di");
    CHECK(std::regex_match(file.filename().string(),
                           std::regex("ket-qua-Phong-thu-" + std::to_string(config.port) +
                                      "-20[0-9]{2}-[01][0-9]-[0-3][0-9]\\.sqlite")));
    REQUIRE(std::filesystem::is_regular_file(file));
    host.runner.stop();
    // One file holding the match, with the same uid as the laptop's own results.
    sqlite3* sent = nullptr;
    sqlite3* own = nullptr;
    REQUIRE(sqlite3_open_v2(shown.c_str(), &sent, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_open_v2((dir.path() / "results.sqlite").string().c_str(), &own,
                            SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto uids = [](sqlite3* db) {
        std::vector<std::string> out;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT uid FROM matches ORDER BY id", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return out;
    };
    CHECK_FALSE(uids(own).empty());
    CHECK(uids(sent) == uids(own));
    sqlite3_close(sent);
    sqlite3_close(own);
    CHECK_FALSE(std::filesystem::exists(shown + "-wal"));
}
