#pragma once
/// The reveal: the right tile highlighted and the others dimmed, a bar of how many chose
/// each option, and the explanation (red flag + right action) in large type.
#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/card_view.hpp"

namespace dovui::host {

/// The names of the techniques `q` teaches, in `lang`, in the pack's order.
std::vector<std::string> techniqueNames(const core::Question& q, core::Lang lang);

class RevealView {
public:
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env);
    /// True while the chart's bars grow in.
    static bool animating(const ViewEnv& env);
    /// The card as last drawn (where a spot question's spans went).
    const ui::CardView& card() const { return m_card; }

private:
    /// "ĐÃ BỎ QUA" and why: the facilitator skipped it, nobody scored on it.
    void drawSkippedStamp(ui::Canvas& canvas, const ViewEnv& env, sf::FloatRect band);
    void drawOptions(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                     sf::FloatRect area);
    void drawExplanation(ui::Canvas& canvas, const core::Question& q, const ViewEnv& env,
                         sf::FloatRect area);

    /// The tiles of the chart in `area`, in the order drawn (ordering: the right order).
    struct OptionRows {
        std::vector<std::size_t> rows;  ///< option index per row
        std::vector<sf::FloatRect> tiles;
        std::vector<std::string> labels;
        std::vector<ui::TileState> states;
    };
    static OptionRows optionRows(const core::Question& q, sf::FloatRect area);
    /// The chart's share of `area` (beside a card) at which the chart and the explanation
    /// both fit uncut, or 0 when none does (then the card is left out, unless spot).
    float chartShareFor(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                        sf::FloatRect area) const;
    static sf::FloatRect explanationBox(ui::Canvas& canvas, const core::Question& q,
                                        const ViewEnv& env, sf::FloatRect area);
    static bool explanationFits(ui::Canvas& canvas, const core::Question& q, const ViewEnv& env,
                                sf::FloatRect area);

    ui::CardView m_card;
};

}  // namespace dovui::host
