#pragma once
/// The podium: the top three on rising blocks with confetti, and two buttons: open the
/// results folder, play again with the same settings.
#include <vector>

#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/button.hpp"
#include "dovui/ui/canvas.hpp"

namespace dovui::host {

class PodiumView {
public:
    enum class Action { None, OpenReports, PlayAgain };
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env);
    /// The action under the pointer (buttons are laid out by the last draw).
    Action hit(sf::Vector2f point) const;
    void hover(sf::Vector2f point);

private:
    void drawConfetti(ui::Canvas& canvas, const ViewEnv& env);
    std::vector<ui::Button> m_buttons;  ///< [0] open reports, [1] play again
    sf::Vector2f m_mouse{-1.f, -1.f};
};

}  // namespace dovui::host
