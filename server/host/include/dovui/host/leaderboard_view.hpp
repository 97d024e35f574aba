#pragma once
/// The leaderboard between questions: the top five slide from their previous rank to the
/// new one and show the points just gained; team standings in team mode; in Rung chuông
/// vàng, who is still in and who went out at this question.
#include <string>
#include <vector>

#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/canvas.hpp"

namespace dovui::host {

class LeaderboardView {
public:
    /// Names eliminated by the question just revealed (the host tracks them between phases).
    void setNewlyEliminated(std::vector<std::string> names) { m_outNow = std::move(names); }
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env);
    /// True while the rows slide to their new ranks.
    static bool animating(const ViewEnv& env);

private:
    struct Row {
        std::string name;
        std::int32_t score = 0, gain = 0;
        std::uint32_t rank = 0, previousRank = 0;
    };
    void refreshRows(const server::ServerSnapshot& snap);
    void drawRows(ui::Canvas& canvas, const ViewEnv& env, sf::FloatRect area);
    void drawTeams(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                   sf::FloatRect area);
    void drawElimination(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                         sf::FloatRect area);

    std::uint64_t m_version = 0;
    std::vector<Row> m_rows;
    std::size_t m_stillIn = 0;
    std::vector<std::string> m_outNow;
};

}  // namespace dovui::host
