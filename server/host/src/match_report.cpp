#include "dovui/host/match_report.hpp"

#include "dovui/store/store_reader.hpp"

namespace dovui::host {

void printMatchReport(std::ostream& out, const server::ServerSnapshot& snap,
                      const std::string& storePath, std::int64_t matchId) {
    long answers = -1;
    try {
        // Read-only through the one reader, beside the server's own connection to the file.
        store::StoreReader reader(storePath, core::Lang::En);
        answers = static_cast<long>(reader.loadMatch(matchId).answers.size());
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
