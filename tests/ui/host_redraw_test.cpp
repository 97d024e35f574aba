// The host draws a frame only when its picture changes (issue 12): idle on the setup screen,
// in the lobby and on a paused question it draws nothing while the server's snapshot stays the
// same; a join draws; a running question's countdown draws every frame. The real App in a
// real window (under Xvfb), its embedded server on loopback, a learner over ENet; the App's
// frame counter says what was drawn. (The CPU it saves is measured by tools/bench/host-idle.)
#include <doctest/doctest.h>

#include <functional>

#include "dovui/host/app.hpp"
#include "dovui/net/enet_library.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

/// Host options for a silent 1024×768 window on free ports, everything in `dir`.
host::HostOptions idleOptions(const TempDir& dir) {
    host::HostOptions options;
    options.packPath = writeTestPack(dir.path());
    options.dataDir = dir.str();
    options.settingsPath = (dir.path() / "host.conf").string();
    options.noSound = true;
    options.noWeb = true;
    options.width = 1024;
    options.height = 768;
    auto ports = freeUdpPorts(2);
    options.port = ports[0];
    options.infoPort = ports[1];
    options.pin = kTestPin;
    return options;
}

/// Runs the host's loop `steps` times (about 1/60 s each), polling `learner`; frames drawn.
std::uint64_t framesOver(host::App& app, int steps, Learner* learner = nullptr) {
    std::uint64_t before = app.framesDrawn();
    for (int i = 0; i < steps; ++i) {
        if (learner)
            learner->poll(0);
        REQUIRE(app.step());
    }
    return app.framesDrawn() - before;
}

std::uint64_t version(host::App& app) {
    auto snap = app.context().runner.snapshot();
    REQUIRE(snap);
    return snap->version;
}

/// Frames drawn over a second in which the snapshot did not change (tries a few seconds for
/// such a second: a learner's link may still be settling).
std::uint64_t idleFrames(host::App& app, Learner* learner = nullptr) {
    for (int attempt = 0; attempt < 8; ++attempt) {
        std::uint64_t before = version(app);
        std::uint64_t frames = framesOver(app, 60, learner);
        if (version(app) == before)
            return frames;
    }
    FAIL("the snapshot never stayed the same for a second");
    return 0;
}

/// Steps the host until `done` (5 s at most).
bool stepUntil(host::App& app, Learner* learner, const std::function<bool()>& done) {
    for (int i = 0; i < 300 && !done(); ++i)
        framesOver(app, 1, learner);
    return done();
}

}  // namespace

TEST_CASE("host idle: the setup screen draws no frame until something changes") {
    TempDir dir;
    host::App app(idleOptions(dir), server::assetsDir());
    REQUIRE(app.open());
    CHECK(framesOver(app, 10) >= 1);  // the first frame, and the window's first events
    CHECK(framesOver(app, 60) == 0);
    app.finish();
}

TEST_CASE("host idle: lobby and paused question draw nothing; a join and a countdown do") {
    TempDir dir;
    host::HostOptions options = idleOptions(dir);
    options.startNow = true;
    net::EnetLibrary enet;
    host::App app(options, server::assetsDir());
    REQUIRE(app.open());
    framesOver(app, 10);
    CHECK(idleFrames(app) == 0);

    Learner learner;
    REQUIRE(learner.client().connect("127.0.0.1", options.port));
    REQUIRE(stepUntil(app, &learner, [&] { return learner.connected(); }));
    std::uint64_t beforeJoin = app.framesDrawn();
    learner.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {"An"}, false});
    auto players = [&] { return app.context().runner.snapshot()->players.size(); };
    REQUIRE(stepUntil(app, &learner, [&] { return players() == 1; }));
    framesOver(app, 2, &learner);
    CHECK(app.framesDrawn() > beforeJoin);  // the name wall shows An
    CHECK(idleFrames(app, &learner) == 0);

    app.context().runner.post(server::CmdStart{});
    auto phase = [&] { return app.context().runner.snapshot()->phase; };
    REQUIRE(stepUntil(app, &learner, [&] { return phase() == core::Phase::Question; }));
    CHECK(framesOver(app, 30, &learner) == 30);  // the countdown bar moves every frame

    app.context().runner.post(server::CmdPause{});
    REQUIRE(stepUntil(app, &learner, [&] { return app.context().runner.snapshot()->paused; }));
    framesOver(app, 5, &learner);
    CHECK(idleFrames(app, &learner) == 0);
    app.finish();
}
