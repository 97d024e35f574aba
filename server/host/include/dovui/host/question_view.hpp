#pragma once
/// An open question on the projector: number and total, the text in large type, the scenario
/// card as a phone screen, the answer tiles (colour + shape), the countdown, and how many
/// have answered.
#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/card_view.hpp"

namespace dovui::host {

class QuestionView {
public:
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env);
    /// True while the countdown bar runs (not paused, time left).
    static bool animating(const server::ServerSnapshot& snap, const ViewEnv& env);
    /// The card as last drawn (where a spot question's spans went).
    const ui::CardView& card() const { return m_card; }

private:
    void drawCountdown(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                       sf::FloatRect bar);
    ui::CardView m_card;
};

/// How a spot question's spans are marked on its card: numbered while it is open; the right
/// one lit and the others dimmed on the reveal. Empty for the other kinds.
std::vector<ui::SpanState> spanStates(const core::Question& q, bool revealed);

/// "Câu 3/20".
std::string questionNumber(const server::ServerSnapshot& snap, core::Lang lang);
/// The line under the question that says how to answer (multi, order, poll, true/false).
std::string kindHint(const core::Question& q, core::Lang lang);

}  // namespace dovui::host
