#pragma once
/// The podium: the top three on rising blocks with confetti, how many scored questions each
/// got right, and two buttons: write and open the match report, play again.
#include <string>
#include <vector>

#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/button.hpp"
#include "dovui/ui/canvas.hpp"

namespace dovui::host {

/// What became of the report button: where the report was written, whether a browser
/// opened it, or why it could not be written.
struct ReportNote {
    enum class State { None, Opening, Opened, NoBrowser, Failed, Exported };
    State state = State::None;
    std::string path;   ///< the report or export file (Failed: the folder of the results)
    std::string error;  ///< Failed: why
};

class PodiumView {
public:
    enum class Action { None, OpenReports, PlayAgain };
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env);
    /// True while the podium rises and the confetti falls (it settles after a while, so a
    /// podium left on the projector costs no CPU).
    static bool animating(const ViewEnv& env);
    void setReportNote(ReportNote note) { m_note = std::move(note); }
    /// The action under the pointer (buttons are laid out by the last draw).
    Action hit(sf::Vector2f point) const;
    void hover(sf::Vector2f point);

private:
    void drawConfetti(ui::Canvas& canvas, const ViewEnv& env);
    /// The report's path and what happened to it, in a panel; returns its height.
    float drawReportNote(ui::Canvas& canvas, const ViewEnv& env, sf::FloatRect area);
    ReportNote m_note;
    std::vector<ui::Button> m_buttons;  ///< [0] open reports, [1] play again
    sf::Vector2f m_mouse{-1.f, -1.f};
};

}  // namespace dovui::host
