// Reading back the unfinished match for `--resume` (design.md §6), through the one reader:
// every value is checked on the way, so the core is never handed what it cannot hold.
#include <algorithm>
#include <limits>

#include "dovui/store/store.hpp"
#include "dovui/store/store_reader.hpp"

namespace dovui::store {
namespace {

[[noreturn]] void refuse(const std::string& detail) {
    throw DamagedStore("tệp kết quả bị hỏng: " + detail, detail);
}

/// `value` as a T, or a refusal naming the row and the field.
template <class T>
T fitting(std::int64_t value, const std::string& row, const char* field) {
    const bool below = value < static_cast<std::int64_t>(std::numeric_limits<T>::min());
    const bool above =
        value > 0 && static_cast<std::uint64_t>(value) > std::numeric_limits<T>::max();
    if (below || above)
        refuse(row + ": " + field + " " + std::to_string(value) + " ngoài khoảng cho phép");
    return static_cast<T>(value);
}

core::Player playerOf(const PlayerRecord& p, std::int64_t matchId) {
    const std::string row =
        "trận " + std::to_string(matchId) + ", người chơi " + std::to_string(p.id);
    core::Player out;
    out.id = fitting<core::PlayerId>(p.id, row, "số người chơi");
    out.nickname = p.nickname;
    out.token = p.token;
    out.team = fitting<std::uint8_t>(p.team, row, "đội");
    out.score = fitting<std::int32_t>(p.score, row, "điểm");
    out.streak = fitting<std::uint16_t>(p.streak, row, "chuỗi đúng");
    out.correctCount = fitting<std::uint16_t>(p.correctCount, row, "số câu đúng");
    out.eliminated = p.eliminated;
    out.left = p.left;
    out.connected = false;  // everyone must come back by token
    return out;
}

SavedMatch savedMatchOf(const MatchRecord& m) {
    const std::string row = "trận " + std::to_string(m.id);
    SavedMatch saved;
    saved.matchId = m.id;
    saved.pin = m.pin;
    saved.packJson = m.packJson;
    saved.config.matchName = m.place;
    const std::optional<core::MatchMode> mode = core::parseMode(m.mode);
    if (!mode)
        refuse(row + ": kiểu chơi \"" + m.mode + "\" không có");
    saved.config.mode = *mode;
    saved.config.timeScalePercent = fitting<int>(m.timeScalePercent, row, "hệ số thời gian");
    saved.config.maxPlayers = fitting<std::uint32_t>(m.maxPlayers, row, "số người tối đa");
    saved.config.teamNames = m.teamNames;
    saved.config.questionLimit = fitting<std::uint16_t>(m.questionLimit, row, "số câu");
    saved.config.easyFirst = m.easyFirst;
    // A phase the core does not know is passed on within the byte: the core names it.
    saved.state.phase = static_cast<core::Phase>(fitting<std::uint8_t>(m.phase, row, "giai đoạn"));
    saved.state.questionIndex = fitting<std::uint16_t>(m.questionIndex, row, "câu đang chơi");
    saved.state.locked = m.locked;
    saved.state.revived = m.revived;
    for (const PlayerRecord& p : m.players) {
        if (p.kicked)
            saved.state.bannedTokens.push_back(p.token);
        saved.state.players.push_back(playerOf(p, m.id));  // a gap in ids: the core refuses it
    }
    for (const QuestionRecord& q : m.questions)
        if (q.voided)
            saved.state.voidedQuestions.push_back(static_cast<std::uint16_t>(q.index));
    // The open question's answers (not graded yet), or the revealed question's (graded: their
    // points are what the first reveal gave each player).
    const bool revealing =
        saved.state.phase == core::Phase::Reveal || saved.state.phase == core::Phase::Leaderboard;
    for (const AnswerRecord& a : m.answers) {
        if (a.questionIndex != saved.state.questionIndex || a.points.has_value() != revealing)
            continue;
        const auto player = static_cast<core::PlayerId>(a.playerId);
        core::Choice choice(a.choice.begin(), a.choice.end());  // each below 255: the reader's
        saved.state.currentAnswers.push_back(
            {player, saved.state.questionIndex, std::move(choice), a.responseMs});
        auto& players = saved.state.players;
        auto owner = std::find_if(players.begin(), players.end(),
                                  [&](const core::Player& p) { return p.id == player; });
        if (revealing && owner != players.end())
            owner->lastGain = fitting<std::int32_t>(*a.points, row, "điểm câu trả lời");
    }
    return saved;
}

}  // namespace

std::optional<SavedMatch> Store::loadUnfinished() {
    StoreReader reader(m_db, core::Lang::Vi);
    const std::optional<std::int64_t> id = reader.unfinishedMatchId();
    if (!id)
        return std::nullopt;
    return savedMatchOf(reader.loadMatch(*id));
}

}  // namespace dovui::store
