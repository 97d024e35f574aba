#pragma once
/// The reveal: the right tile highlighted and the others dimmed, a bar of how many chose
/// each option, and the explanation (red flag + right action) in large type.
#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/canvas.hpp"

namespace dovui::host {

class RevealView {
public:
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env);

private:
    /// "ĐÃ BỎ QUA" and why: the facilitator skipped it, nobody scored on it.
    void drawSkippedStamp(ui::Canvas& canvas, const ViewEnv& env, sf::FloatRect band);
    void drawOptions(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                     sf::FloatRect area);
    void drawExplanation(ui::Canvas& canvas, const core::Question& q, const ViewEnv& env,
                         sf::FloatRect area);
};

}  // namespace dovui::host
