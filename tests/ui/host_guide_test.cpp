// "Hướng dẫn" on the setup screen (issue 17): H opens the facilitator's guide PDF with the
// desktop's viewer and the banner says where it is; without the file the banner says so.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <SFML/Graphics/RenderTexture.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "dovui/host/app.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/guide_file.hpp"
#include "dovui/host/screens.hpp"
#include "fixtures.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

/// The texts one frame of the setup screen draws at 1024×768.
std::string drawnText(uitest::HostContextHolder& h, sf::RenderTexture& target) {
    std::string all;
    for (const auto& t : uitest::drawFrame(h, target).texts)
        all += t.content + "\n";
    return all;
}

void pressH(uitest::HostContextHolder& h) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {sf::Keyboard::H, false, false, false, false};
    h.stack.handleEvent(e, {-1.f, -1.f});
    h.stack.applyPending();
}

}  // namespace

TEST_CASE("setup: H opens the facilitator's guide; the banner says where it is") {
    TempDir dir;
    ui::Fonts fonts = ui::Fonts::load(server::assetsDir());
    REQUIRE(fonts.ok);
    uitest::HostContextHolder h(fonts);
    sf::RenderTexture target;
    REQUIRE(target.create(1024, 768));
    h.stack.replaceAll(host::makeSetupScreen(h.ctx));
    h.stack.applyPending();

    // A viewer stand-in on PATH that writes down what it was asked to open.
    const auto bin = dir.path() / "bin";
    std::filesystem::create_directories(bin);
    const auto opened = dir.path() / "opened.txt";
    {
        std::ofstream viewer(bin / "xdg-open");
        viewer << "#!/bin/sh\nprintf '%s' \"$1\" > '" << opened.string() << "'\n";
    }
    std::filesystem::permissions(bin / "xdg-open", std::filesystem::perms::owner_all);
    const std::string oldPath = getenv("PATH") ? getenv("PATH") : "";
    setenv("PATH", (bin.string() + ":" + oldPath).c_str(), 1);

    SUBCASE("no guide beside the program") {
        setenv("DOVUI_DOCS", (dir.path() / "none").c_str(), 1);
        if (host::findGuide(core::Lang::Vi)) {
            MESSAGE("a built guide sits beside the test program; only the found case is checked");
        } else {
            pressH(h);
            CHECK(drawnText(h, target).find("Không thấy tệp hướng dẫn") != std::string::npos);
        }
    }
    SUBCASE("the guide is there: it is opened and named") {
        const auto docs = dir.path() / "docs";
        std::filesystem::create_directories(docs);
        std::ofstream(docs / "facilitator-guide.vi.pdf") << "%PDF-1.4\n";
        setenv("DOVUI_DOCS", docs.c_str(), 1);
        pressH(h);
        std::string text = drawnText(h, target);
        CHECK(text.find("Hướng dẫn: ") != std::string::npos);
        CHECK(text.find("facilitator-guide.vi.pdf") != std::string::npos);
        for (int i = 0; i < 200 && !std::filesystem::exists(opened); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::ifstream in(opened);
        std::string arg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(arg.find("facilitator-guide.vi.pdf") != std::string::npos);
    }
    setenv("PATH", oldPath.c_str(), 1);
    unsetenv("DOVUI_DOCS");
}
