#pragma once
/// Question packs: UTF-8 JSON with a schemaVersion (format in docs/pack-format.md).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/core/question.hpp"

namespace dovui::core {

/// 2 adds difficulty, techniques, series, card.genuine and the spot kind (required from 2).
inline constexpr int kPackSchemaVersion = 2;
inline constexpr int kOldestPackSchemaVersion = 1;  ///< still read: the new fields default

struct Topic {
    std::string id;    ///< short stable id used by questions ("sms")
    std::string name;  ///< shown to people ("Lừa đảo qua tin nhắn")
    template <class A>
    void serialize(A& ar) {
        ar(id, name);
    }
    bool operator==(const Topic&) const = default;
};

struct Pack {
    int schemaVersion = kPackSchemaVersion;
    std::string id;
    std::string language;  ///< "vi" or "en"
    std::string title;
    std::string description;
    std::vector<Topic> topics;
    std::vector<std::string> sources;
    std::vector<Question> questions;

    const Topic* findTopic(std::string_view topicId) const;
    template <class A>
    void serialize(A& ar) {
        ar(schemaVersion, id, language, title, description, topics, sources, questions);
    }
};

/// What is wrong with a pack, located precisely enough to fix it.
struct PackProblem {
    enum class Code {
        Syntax,            ///< JSON syntax; line/column set
        NotObject,         ///< top level is not an object
        BadSchema,         ///< schemaVersion missing or unsupported
        MissingField,      ///< required field absent
        WrongType,         ///< field has the wrong JSON type
        Empty,             ///< required text is empty
        TooLong,           ///< text over its limit
        TooMany,           ///< list over its limit
        BadUtf8,           ///< text is not valid UTF-8
        UnknownKind,       ///< question kind not known
        OptionCount,       ///< wrong number of options for the kind
        NoCorrect,         ///< no correct answer given
        BadCorrect,        ///< correct index out of range / repeated / not a permutation
        BadTime,           ///< time limit out of 5..240
        BadPoints,         ///< multiplier not 0/1/2
        DuplicateId,       ///< question id used twice
        UnknownTopic,      ///< question tag not in the pack's topics
        UnknownCard,       ///< card type not known
        UnknownField,      ///< a field nobody reads (likely a typo)
        BadDifficulty,     ///< difficulty not 1, 2 or 3
        UnknownTechnique,  ///< technique id not in the fixed list
        BadSpan,           ///< span text not in its field, outside it, overlapping, wrong count
    };
    Code code = Code::Syntax;
    int line = 0;            ///< syntax errors: 1-based line
    int column = 0;          ///< syntax errors: 1-based column
    int questionNumber = 0;  ///< 1-based; 0 for pack-level problems
    std::string questionId;
    std::string field;   ///< "options[2]", "card.sender"
    std::string detail;  ///< extra facts (the limit, the bad value)
};

/// One line a facilitator can act on: "câu 12 (sms-07): thiếu đáp án đúng".
std::string describe(const PackProblem& problem, Lang lang);

struct PackLoadResult {
    std::optional<Pack> pack;           ///< set only when problems is empty
    std::vector<PackProblem> problems;  ///< every problem found, in file order
};

/// Parses and validates a whole pack. Never throws on bad input; never half-loads.
[[nodiscard]] PackLoadResult parsePack(std::string_view json);

}  // namespace dovui::core
