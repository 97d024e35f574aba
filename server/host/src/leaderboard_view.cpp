#include "dovui/host/leaderboard_view.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "dovui/host/chrome.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

namespace {

constexpr float kSlideSeconds = 1.2f;

float easeOut(float t) {
    t = std::clamp(t, 0.f, 1.f);
    return 1.f - (1.f - t) * (1.f - t) * (1.f - t);
}

sf::Color medal(std::uint32_t rank) {
    switch (rank) {
        case 1:
            return sf::Color(236, 190, 20);
        case 2:
            return sf::Color(180, 190, 205);
        case 3:
            return sf::Color(205, 127, 50);
        default:
            return theme::kPanelLight;
    }
}

}  // namespace

bool LeaderboardView::animating(const ViewEnv& env) {
    return env.phaseTime < kSlideSeconds;
}

void LeaderboardView::refreshRows(const server::ServerSnapshot& snap) {
    if (snap.version == m_version && !m_rows.empty())
        return;
    m_version = snap.version;
    std::unordered_map<std::string_view, const server::PlayerView*> byName;
    m_stillIn = 0;
    for (const auto& p : snap.players) {
        byName.emplace(p.nickname, &p);
        m_stillIn += p.eliminated ? 0 : 1;
    }
    m_rows.clear();
    for (const auto& row : snap.top) {
        Row r{row.name, row.score, 0, row.rank, 0};
        if (auto it = byName.find(row.name); it != byName.end()) {
            r.gain = it->second->lastGain;
            r.previousRank = it->second->previousRank;
        }
        m_rows.push_back(r);
    }
}

void LeaderboardView::draw(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env) {
    refreshRows(snap);
    drawBackground(canvas);
    drawTopBar(canvas, tr(Str::Leaderboard, env.lang), modeLabel(snap.config.mode, env.lang),
               format(tr(Str::AfterQuestion, env.lang), std::to_string(snap.questionIndex + 1)) +
                   "/" + std::to_string(snap.questionCount));
    sf::FloatRect area = contentArea(canvas);
    bool teams = snap.config.mode == core::MatchMode::Teams && !snap.teams.empty();
    bool elimination = snap.config.mode == core::MatchMode::Elimination;
    if (teams || elimination) {
        float leftW = area.width * 0.6f;
        drawRows(canvas, env, {area.left, area.top, leftW, area.height});
        sf::FloatRect side{area.left + leftW + 32.f, area.top, area.width - leftW - 32.f,
                           area.height};
        if (teams)
            drawTeams(canvas, snap, env, side);
        else
            drawElimination(canvas, snap, env, side);
    } else {
        float w = std::min(area.width, 1200.f);
        drawRows(canvas, env, {area.left + (area.width - w) / 2.f, area.top, w, area.height});
    }
    drawBanner(canvas, env.banner);
    drawHintBar(canvas, tr(Str::LeaderboardHints, env.lang));
}

void LeaderboardView::drawRows(Canvas& canvas, const ViewEnv& env, sf::FloatRect area) {
    const float gap = 14.f;
    const std::size_t slots = 5;
    float rowH = std::min(140.f, (area.height - gap * (slots - 1)) / slots);
    float t = easeOut(env.phaseTime / kSlideSeconds);
    // Where each row stood before this question: its place among the shown rows by old rank.
    std::vector<float> from(m_rows.size(), static_cast<float>(slots) + 0.5f);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].previousRank == 0 || m_rows[i].previousRank > slots)
            continue;
        std::size_t before = 0;
        for (std::size_t j = 0; j < m_rows.size(); ++j)
            if (m_rows[j].previousRank != 0 && m_rows[j].previousRank <= slots &&
                (m_rows[j].previousRank < m_rows[i].previousRank ||
                 (m_rows[j].previousRank == m_rows[i].previousRank && j < i)))
                ++before;
        from[i] = static_cast<float>(before);
    }
    TextStyle name;
    name.size = std::min(46.f, rowH * 0.42f);
    name.minSize = kMinText;
    name.bold = true;
    name.maxLines = 1;
    name.valign = VAlign::Middle;
    TextStyle score = name;
    score.align = Align::Right;
    TextStyle gain = name;
    gain.size = std::min(32.f, rowH * 0.3f);
    gain.color = sf::Color(120, 230, 140);
    gain.align = Align::Right;
    // One size for every name on the board (the longest sets it): a ragged column of names
    // is harder to read from the back.
    const float badgeW = rowH * 0.7f;
    const float nameW = area.width - 40.f - badgeW - area.width * 0.36f - 30.f;
    TextStyle evenName = name;
    for (std::size_t i = 0; i < m_rows.size() && i < slots; ++i)
        evenName.size = std::min(
            evenName.size,
            layoutText(canvas, fromUtf8(m_rows[i].name), {0.f, 0.f, nameW, rowH}, name).size);
    for (std::size_t i = 0; i < m_rows.size() && i < slots; ++i) {
        const Row& row = m_rows[i];
        float slot = from[i] + (static_cast<float>(i) - from[i]) * t;
        sf::FloatRect rect{area.left, area.top + slot * (rowH + gap), area.width, rowH};
        rect.top = std::min(rect.top, area.top + area.height - rowH);
        fillRoundedRect(canvas.target, rect, 16.f, theme::kPanel, row.rank == 1 ? 4.f : 0.f,
                        medal(1));
        float badge = rowH * 0.7f;
        sf::Vector2f centre{rect.left + 20.f + badge / 2.f, rect.top + rowH / 2.f};
        fillCircle(canvas.target, centre, badge / 2.f, medal(row.rank));
        TextStyle rank = name;
        rank.align = Align::Center;
        rank.color = row.rank <= 3 ? theme::kInk : theme::kText;
        drawText(canvas, std::to_string(row.rank),
                 {centre.x - badge / 2.f, centre.y - badge / 2.f, badge, badge}, rank,
                 "board:rank");
        float scoreW = rect.width * 0.2f, gainW = rect.width * 0.16f;
        float nameLeft = rect.left + 40.f + badge;
        float nameRight = rect.left + rect.width - scoreW - gainW - 30.f;
        drawText(canvas, row.name, {nameLeft, rect.top, nameRight - nameLeft, rowH}, evenName,
                 "board:name");
        if (row.gain > 0)
            drawText(canvas, "+" + std::to_string(row.gain),
                     {nameRight + 10.f, rect.top, gainW, rowH}, gain, "board:gain");
        // The score counts up as the row slides.
        int shown = static_cast<int>(std::lround(row.score - row.gain * (1.f - t)));
        drawText(canvas, std::to_string(shown),
                 {rect.left + rect.width - scoreW - 20.f, rect.top, scoreW, rowH}, score,
                 "board:score");
    }
}

void LeaderboardView::drawTeams(Canvas& canvas, const server::ServerSnapshot& snap,
                                const ViewEnv& env, sf::FloatRect area) {
    fillRoundedRect(canvas.target, area, 18.f, theme::kPanel);
    sf::FloatRect in = inset(area, 20.f);
    TextStyle head;
    head.size = 40.f;
    head.bold = true;
    head.color = theme::kAccent;
    head.maxLines = 1;
    drawText(canvas, tr(Str::Teams, env.lang), {in.left, in.top, in.width, 52.f}, head,
             "board:teams");
    std::int32_t best = 1;
    for (const auto& t : snap.teams)
        best = std::max(best, t.score);
    float y = in.top + 70.f;
    float rowH = std::min(110.f, (in.height - 70.f) / static_cast<float>(snap.teams.size()));
    TextStyle name;
    name.size = std::min(34.f, rowH * 0.36f);
    name.minSize = kMinText;
    name.bold = true;
    name.maxLines = 1;
    TextStyle score = name;
    score.align = Align::Right;
    for (const auto& team : snap.teams) {
        std::size_t index = 0;
        for (; index < snap.config.teamNames.size(); ++index)
            if (snap.config.teamNames[index] == team.name)
                break;
        const TileLook& look = tileLook(index);
        drawText(canvas, std::to_string(team.rank) + ". " + team.name,
                 {in.left, y, in.width * 0.7f, rowH * 0.5f}, name, "board:team-name");
        drawText(canvas, std::to_string(team.score),
                 {in.left + in.width * 0.7f, y, in.width * 0.3f, rowH * 0.5f}, score,
                 "board:team-score");
        float w = in.width * static_cast<float>(team.score) / static_cast<float>(best);
        fillRoundedRect(canvas.target, {in.left, y + rowH * 0.52f, std::max(8.f, w), rowH * 0.3f},
                        6.f, look.fill);
        y += rowH;
    }
}

void LeaderboardView::drawElimination(Canvas& canvas, const server::ServerSnapshot& snap,
                                      const ViewEnv& env, sf::FloatRect area) {
    fillRoundedRect(canvas.target, area, 18.f, theme::kPanel);
    sf::FloatRect in = inset(area, 20.f);
    TextStyle big;
    big.size = 52.f;
    big.minSize = kMinText;
    big.bold = true;
    big.color = theme::kAccent;
    big.maxLines = 1;
    drawText(canvas,
             format(tr(Str::StillIn, env.lang),
                    std::to_string(m_stillIn) + "/" + std::to_string(snap.players.size())),
             {in.left, in.top, in.width, 66.f}, big, "board:still-in");
    float y = in.top + 80.f;
    if (snap.revived) {
        TextStyle note;
        note.size = 30.f;
        note.color = theme::kTextDim;
        note.maxLines = 1;
        drawText(canvas, tr(Str::Revived, env.lang), {in.left, y, in.width, 36.f}, note,
                 "board:revived");
        y += 44.f;
    }
    TextStyle head;
    head.size = 34.f;
    head.minSize = kMinText;
    head.bold = true;
    head.maxLines = 1;
    drawText(canvas,
             tr(Str::EliminatedNow, env.lang) + std::string(": ") + std::to_string(m_outNow.size()),
             {in.left, y, in.width, 46.f}, head, "board:out-head");
    y += 56.f;
    // As many names as fit, then "and N more".
    constexpr std::size_t kMaxNames = 24;
    std::string names;
    std::size_t shown = std::min(m_outNow.size(), kMaxNames);
    for (std::size_t i = 0; i < shown; ++i)
        names += (i ? ", " : "") + m_outNow[i];
    if (shown < m_outNow.size())
        names += " " + format(tr(Str::AndMore, env.lang), std::to_string(m_outNow.size() - shown));
    TextStyle body;
    body.size = 32.f;
    body.minSize = kMinText;
    body.color = sf::Color(255, 150, 150);
    drawText(canvas, names, {in.left, y, in.width, in.top + in.height - y}, body, "board:out");
}

}  // namespace dovui::host
