#pragma once
/// Rows of the results store as the writer takes them and the reader gives them back.
#include <cstdint>
#include <string>
#include <vector>

namespace dovui::store {

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

}  // namespace dovui::store
