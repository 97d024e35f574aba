#pragma once
/// Rows of the results store as the reader gives them back (to `--resume` and to the reports),
/// and practice answers as the writer takes them. Every value has been checked on reading.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dovui::store {

struct PlayerRecord {
    std::int64_t id = 0;
    std::string nickname;
    int team = 0;  ///< 1-based index into MatchRecord::teamNames; 0 = none
    std::int64_t score = 0;
    std::int64_t correctCount = 0;
    bool eliminated = false;
    bool left = false;
    bool kicked = false;
    std::string token;  ///< what a learner rejoins with
    std::int64_t streak = 0;
};

struct QuestionRecord {
    int index = 0;  ///< 0-based order in the match
    std::string questionId;
    /// "single", "truefalse", "multi", "order", "poll", "spot" (options: span texts)
    std::string kind;
    std::string text;
    std::vector<std::string> options;
    std::vector<int> correct;  ///< option indexes (ordering: the sequence)
    std::vector<std::string> topics;
    std::string explanation;
    std::int64_t askedAt = 0;  ///< unix seconds
    bool voided = false;       ///< the facilitator skipped it: nobody scored, nothing to grade
    /// What the question teaches (issue 13); nullopt where a store from before recorded none.
    std::optional<std::vector<std::string>> techniques;  ///< technique ids; {} = tagged none
    std::optional<int> difficulty;                       ///< 1–3
    std::optional<bool> genuine;  ///< the card is a genuine message; nullopt: no card, or unknown
};

struct AnswerRecord {
    int questionIndex = 0;
    std::int64_t playerId = 0;
    std::vector<int> choice;  ///< option indexes, each within its question's options
    std::int64_t responseMs = 0;
    bool correct = false;  ///< from the store, or graded on reading when the question never closed
    std::optional<std::int64_t> points;  ///< null until the question closed
};

/// One practice answer a phone sent to the host (issue 14): not part of any match. A report
/// sent twice is stored once: learner, pack and turn are the key.
struct PracticeRecord {
    std::string site;     ///< the host's name when it was received
    std::string learner;  ///< the phone's random id
    std::string name;     ///< empty unless the learner typed one
    std::string packId;
    std::string packTitle;
    std::int64_t turn = 0;  ///< numbers the learner's answers in the pack
    std::string questionId;
    std::vector<std::string> topics;  ///< topic names
    bool correct = false;
    std::int64_t receivedAtMs = 0;
};

struct MatchRecord {
    std::int64_t id = 0;
    std::uint32_t pin = 0;
    std::string place;  ///< the match name the facilitator gave ("Nhà văn hóa thôn 3")
    std::string packId;
    std::string packTitle;
    std::string packJson;  ///< the pack as it was when the match started
    std::string packLanguage;
    std::string mode;  ///< "classic", "teams", "elimination", "accuracy"
    int timeScalePercent = 100;
    std::int64_t maxPlayers = 0;
    std::vector<std::string> teamNames;
    std::int64_t questionLimit = 0;
    bool easyFirst = false;
    std::int64_t startedAt = 0;           ///< unix seconds
    std::optional<std::int64_t> endedAt;  ///< unix seconds; null when never finished
    // Where the match stood at its last stored transition (what `--resume` continues from).
    std::int64_t phase = 0;  ///< core::Phase as a number
    std::int64_t questionIndex = 0;
    bool locked = false;
    bool revived = false;

    std::map<std::string, std::string> topicNames;  ///< topic id -> name, from the pack
    std::vector<PlayerRecord> players;              ///< by player id
    std::vector<QuestionRecord> questions;          ///< by index
    std::vector<AnswerRecord> answers;              ///< by question, then player

    std::string uid;      ///< the match's stable id (matches.uid): the same in every copy
    std::string siteUid;  ///< the file's site id (store_info), set by whoever reads many files

    const PlayerRecord* findPlayer(std::int64_t playerId) const;
    const QuestionRecord* findQuestion(int index) const;
    std::string topicName(const std::string& topicId) const;
    /// The player's team name, or "" outside teams mode.
    std::string teamName(const PlayerRecord& player) const;
};

}  // namespace dovui::store
