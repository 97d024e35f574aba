// Reading back the unfinished match for `--resume` (design.md §6).
#include <sqlite3.h>

#include <algorithm>
#include <charconv>

#include "dovui/store/sql_statement.hpp"
#include "dovui/store/store.hpp"

namespace dovui::store {
namespace {

std::vector<std::uint8_t> splitIndexes(const std::string& text) {
    std::vector<std::uint8_t> out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t comma = text.find(',', at);
        if (comma == std::string::npos)
            comma = text.size();
        // A damaged value becomes 255, which no question has: the core refuses it by name.
        int value = 0;
        std::string_view item(text.data() + at, comma - at);
        auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), value);
        bool bad =
            error != std::errc() || end != item.data() + item.size() || value < 0 || value > 254;
        out.push_back(static_cast<std::uint8_t>(bad ? 255 : value));
        at = comma + 1;
    }
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= text.size() && !text.empty()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos)
            nl = text.size();
        out.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    return out;
}

}  // namespace

std::optional<SavedMatch> Store::loadUnfinished() {
    SqlStatement m(m_db,
                   "SELECT id, pin, name, pack_json, mode, time_scale, max_players, team_names, "
                   "question_limit, phase, question_index, locked, revived, easy_first "
                   "FROM matches m "
                   "WHERE ended_at IS NULL AND (phase != 0 OR EXISTS (SELECT 1 FROM players p "
                   "WHERE p.match_id = m.id)) ORDER BY id DESC LIMIT 1");
    if (!m.step())
        return std::nullopt;
    SavedMatch saved;
    saved.matchId = m.int64(0);
    saved.pin = static_cast<std::uint32_t>(m.int64(1));
    saved.config.matchName = m.text(2);
    saved.packJson = m.text(3);
    saved.config.mode = core::parseMode(m.text(4)).value_or(core::MatchMode::Classic);
    saved.config.timeScalePercent = static_cast<int>(m.int64(5));
    saved.config.maxPlayers = static_cast<std::uint32_t>(m.int64(6));
    saved.config.teamNames = splitLines(m.text(7));
    saved.config.questionLimit = static_cast<std::uint16_t>(m.int64(8));
    // Out-of-range values are passed on as they are (within the byte): the core names them.
    saved.state.phase = static_cast<core::Phase>(std::clamp<std::int64_t>(m.int64(9), 0, 255));
    saved.state.questionIndex = static_cast<std::uint16_t>(m.int64(10));
    saved.state.locked = m.int64(11) != 0;
    saved.state.revived = m.int64(12) != 0;
    saved.config.easyFirst = m.int64(13) != 0;

    SqlStatement ps(
        m_db,
        "SELECT player_id, nickname, token, team, score, streak, correct_count, eliminated, "
        "left_match, kicked FROM players WHERE match_id=? ORDER BY player_id");
    ps.bind(saved.matchId);
    while (ps.step()) {
        core::Player p;
        p.id = static_cast<core::PlayerId>(ps.int64(0));
        p.nickname = ps.text(1);
        p.token = ps.text(2);
        p.team = static_cast<std::uint8_t>(std::clamp<std::int64_t>(ps.int64(3), 0, 255));
        p.score = static_cast<std::int32_t>(ps.int64(4));
        p.streak = static_cast<std::uint16_t>(ps.int64(5));
        p.correctCount = static_cast<std::uint16_t>(ps.int64(6));
        p.eliminated = ps.int64(7) != 0;
        p.left = ps.int64(8) != 0;
        p.connected = false;  // everyone must come back by token
        if (ps.int64(9) != 0)
            saved.state.bannedTokens.push_back(p.token);
        saved.state.players.push_back(std::move(p));  // a gap in ids: the core refuses it
    }
    SqlStatement skipped(m_db, "SELECT q_index FROM questions WHERE match_id=? AND voided=1");
    skipped.bind(saved.matchId);
    while (skipped.step())
        saved.state.voidedQuestions.push_back(static_cast<std::uint16_t>(skipped.int64(0)));
    // The open question's answers (not graded yet), or the revealed question's (graded: their
    // points are what the first reveal gave each player).
    const bool revealing =
        saved.state.phase == core::Phase::Reveal || saved.state.phase == core::Phase::Leaderboard;
    SqlStatement as(m_db, revealing ? "SELECT player_id, choice, response_ms, points FROM answers "
                                      "WHERE match_id=? AND q_index=? AND points IS NOT NULL"
                                    : "SELECT player_id, choice, response_ms, points FROM answers "
                                      "WHERE match_id=? AND q_index=? AND points IS NULL");
    as.bind(saved.matchId).bind(saved.state.questionIndex);
    while (as.step()) {
        auto player = static_cast<core::PlayerId>(as.int64(0));
        saved.state.currentAnswers.push_back(
            {player, saved.state.questionIndex, splitIndexes(as.text(1)), as.int64(2)});
        auto& players = saved.state.players;
        auto owner = std::find_if(players.begin(), players.end(),
                                  [&](const core::Player& p) { return p.id == player; });
        if (revealing && owner != players.end())
            owner->lastGain = static_cast<std::int32_t>(as.int64(3));
    }
    return saved;
}

}  // namespace dovui::store
