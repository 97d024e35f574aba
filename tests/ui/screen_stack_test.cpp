// The one screen stack (game/ui) both apps use: changes wait for applyPending(), and screens
// are torn down top first, by replaceAll() and by the stack's end alike (an overlay may refer
// to the screen under it). The host's overlay rule on top of it: the topmost full screen and
// the overlays above it update, draw and say whether they need a new frame.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "dovui/host/screen_stack.hpp"
#include "dovui/ui/screen_stack.hpp"

using namespace dovui;

namespace {

/// Writes "+name" when made and "-name" when destroyed.
struct LoggedScreen {
    LoggedScreen(std::vector<std::string>& log, std::string name)
        : m_log(log), m_name(std::move(name)) {
        m_log.push_back("+" + m_name);
    }
    ~LoggedScreen() { m_log.push_back("-" + m_name); }
    std::vector<std::string>& m_log;
    std::string m_name;
};

using Stack = ui::ScreenStack<LoggedScreen>;

std::unique_ptr<LoggedScreen> make(std::vector<std::string>& log, const char* name) {
    return std::make_unique<LoggedScreen>(log, name);
}

/// A host screen that counts its updates and draws and asks for frames when told to.
struct CountingScreen : host::Screen {
    CountingScreen(bool overlay, bool wantsFrame) : overlay(overlay), wantsFrame(wantsFrame) {}
    void handleEvent(const sf::Event&, sf::Vector2f) override { ++events; }
    void update(float) override { ++updates; }
    void draw(ui::Canvas&) override { ++draws; }
    bool isOverlay() const override { return overlay; }
    bool needsRedraw() const override { return wantsFrame; }
    bool overlay, wantsFrame;
    int events = 0, updates = 0, draws = 0;
};

}  // namespace

SCENARIO("the screen stack changes between frames, never under a screen's feet") {
    std::vector<std::string> log;
    Stack stack;
    stack.push(make(log, "home"));
    CHECK(stack.empty());  // queued, not applied
    CHECK(stack.applyPending());
    REQUIRE(stack.size() == 1);
    CHECK(stack.top()->m_name == "home");
    CHECK_FALSE(stack.applyPending());  // nothing queued

    stack.push(make(log, "join"));
    stack.pop();
    stack.pop();  // the second pop takes "home"
    stack.push(make(log, "games"));
    CHECK(stack.top()->m_name == "home");
    stack.applyPending();
    REQUIRE(stack.size() == 1);
    CHECK(stack.top()->m_name == "games");
    CHECK(log == std::vector<std::string>{"+home", "+join", "+games", "-join", "-home"});
    stack.pop();
    stack.pop();  // popping an empty stack does nothing
    stack.applyPending();
    CHECK(stack.empty());
}

SCENARIO("screens are torn down top first") {
    std::vector<std::string> log;
    GIVEN("a screen with two overlays over it") {
        auto stack = std::make_unique<Stack>();
        for (const char* name : {"match", "menu", "confirm"})
            stack->push(make(log, name));
        stack->applyPending();
        log.clear();
        WHEN("replaceAll() swaps them for one screen") {
            stack->replaceAll(make(log, "setup"));
            stack->applyPending();
            THEN("the top goes first, the new screen comes last") {
                CHECK(log == std::vector<std::string>{"+setup", "-confirm", "-menu", "-match"});
                CHECK(stack->size() == 1);
                CHECK(stack->at(0).m_name == "setup");
            }
        }
        WHEN("the stack itself ends") {
            stack.reset();
            THEN("the top goes first there too") {
                CHECK(log == std::vector<std::string>{"-confirm", "-menu", "-match"});
            }
        }
    }
}

SCENARIO("the host's overlays: the top takes input; the last full screen and up are shown") {
    host::ScreenStack stack;
    auto buried = std::make_unique<CountingScreen>(false, true);
    auto full = std::make_unique<CountingScreen>(false, false);
    auto overlay = std::make_unique<CountingScreen>(true, false);
    CountingScreen *b = buried.get(), *f = full.get(), *o = overlay.get();
    stack.push(std::move(buried));
    stack.push(std::move(full));
    stack.push(std::move(overlay));
    stack.applyPending();
    stack.update(0.016f);
    stack.handleEvent(sf::Event{}, {});
    CHECK((b->updates == 0 && f->updates == 1 && o->updates == 1));
    CHECK((b->events == 0 && f->events == 0 && o->events == 1));
    // The buried screen wants frames, but nobody sees it: no frame for it.
    CHECK_FALSE(stack.needsRedraw());
    o->wantsFrame = true;
    CHECK(stack.needsRedraw());
}
