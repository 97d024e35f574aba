#pragma once
/// Helpers shared by the core suites: questions and packs built in code, outbox readers.
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/core/pack.hpp"

namespace dovui::core::test {

inline Question makeQuestion(std::string id, QuestionKind kind, std::vector<std::string> options,
                             std::vector<std::uint8_t> correct, std::uint16_t timeLimitSec = 20,
                             std::uint8_t multiplier = 1) {
    Question q;
    q.id = std::move(id);
    q.kind = kind;
    q.text = "Câu hỏi " + q.id;
    q.options = std::move(options);
    q.correct = std::move(correct);
    q.timeLimitSec = timeLimitSec;
    q.pointsMultiplier = multiplier;
    q.explanation = "Giải thích " + q.id;
    q.topics = {"sms"};
    return q;
}

/// Single choice with four options; option 1 is right.
inline Question singleQuestion(std::string id, std::uint16_t timeLimitSec = 20,
                               std::uint8_t multiplier = 1) {
    return makeQuestion(std::move(id), QuestionKind::Single, {"A", "B", "C", "D"}, {1},
                        timeLimitSec, multiplier);
}

inline std::shared_ptr<const Pack> makePack(std::vector<Question> questions) {
    auto pack = std::make_shared<Pack>();
    pack->id = "test";
    pack->language = "vi";
    pack->title = "Gói thử";
    pack->topics = {{"sms", "Tin nhắn"}};
    pack->questions = std::move(questions);
    return pack;
}

/// Every message of type T in `outbox`, with its envelope.
template <class T>
std::vector<std::pair<Envelope, T>> messagesOf(const std::vector<Envelope>& outbox) {
    std::vector<std::pair<Envelope, T>> found;
    for (const Envelope& e : outbox)
        if (const T* m = std::get_if<T>(&e.msg))
            found.emplace_back(e, *m);
    return found;
}

/// The last message of type T addressed to `player` alone.
template <class T>
std::optional<T> lastFor(const std::vector<Envelope>& outbox, PlayerId player) {
    std::optional<T> found;
    for (const Envelope& e : outbox)
        if (e.to == Envelope::To::Player && e.player == player)
            if (const T* m = std::get_if<T>(&e.msg))
                found = *m;
    return found;
}

/// Every bundled pack file under assets/packs: its path and its text.
inline std::vector<std::pair<std::filesystem::path, std::string>> bundledPackTexts() {
    namespace fs = std::filesystem;
    std::vector<std::pair<fs::path, std::string>> out;
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(DOVUI_ASSETS_DIR) / "packs")) {
        if (entry.path().extension() != ".json")
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        out.emplace_back(entry.path(), buffer.str());
    }
    return out;
}

}  // namespace dovui::core::test
