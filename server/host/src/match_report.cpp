#include "dovui/host/match_report.hpp"

#include "dovui/store/store.hpp"

namespace dovui::host {

void printMatchReport(std::ostream& out, const server::ServerSnapshot& snap,
                      const std::string& storePath, std::int64_t matchId) {
    long answers = -1;
    try {
        store::Store store(storePath);  // a second reader of the WAL file
        answers = static_cast<long>(store.count("answers", matchId));
    } catch (const std::exception& e) {
        out << "HOST store error: " << e.what() << "\n";
    }
    out << "HOST RESULT phase=podium players=" << snap.players.size()
        << " questions=" << snap.questionCount << " answers_stored=" << answers
        << " match=" << matchId << "\n";
    for (const auto& row : snap.top)
        out << "HOST TOP " << row.rank << " " << row.score << " " << row.name << "\n";
    out.flush();
}

}  // namespace dovui::host
