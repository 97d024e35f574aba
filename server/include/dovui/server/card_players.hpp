#pragma once
/// Learners who answer with printed cards read by the host's camera (issue 15). They are
/// players of the Match like any other (joined with a token the server makes, always
/// "connected" while in the room) but have no connection: their answers arrive as camera
/// readings through the command queue. A reading is held here, not given to the Match at once,
/// so that turning the card changes the answer until the question closes.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/server/commands.hpp"
#include "dovui/server/snapshot.hpp"

namespace dovui::server {

class CardPlayers {
public:
    /// Joins each seat as a player (token "card-NN-…" from `newToken`) and hands it to
    /// `record` (the server queues it for the store, so a store fault holds it like any write).
    /// Returns a plain-words problem per seat that could not join (number taken, name refused).
    std::vector<std::string> add(core::Match& match, const std::vector<CardSeat>& seats,
                                 const std::function<std::string()>& newToken, core::Millis now,
                                 const std::function<void(const core::Player&)>& record);

    /// Keeps a steady reading (answered at `answeredAt`, server time) as the card's answer to
    /// the open question. Cards not in the match and readings of another question are ignored.
    void post(const core::Match& match, const CmdCardReading& reading, core::Millis answeredAt);

    /// Call right before Match::tick(now): when the question is about to close (time up, or
    /// every other player answered and every card player has a reading) the held answers go to
    /// the Match, which scores them like any answer.
    void flushIfClosing(core::Match& match, core::Millis now);

    /// After --resume: card players are found again by their tokens and put back in the room.
    void restore(core::Match& match, core::Millis now);

    /// For the snapshot: each card player, and whether their card was read for the open
    /// question (never which answer: that stays hidden until the reveal).
    std::vector<CardPlayerView> view(const core::Match& match) const;

    bool empty() const { return m_byNumber.empty(); }

private:
    struct Held {
        std::uint8_t choice = 0;
        core::Millis answeredAt = 0;
    };
    const core::Player* seated(const core::Match& match, int number) const;
    void followQuestion(const core::Match& match);

    std::map<int, core::PlayerId> m_byNumber;
    std::map<int, Held> m_held;  ///< by card number, for m_question
    int m_question = -1;         ///< the question m_held belongs to
    bool m_flushed = false;      ///< m_held went to the Match: the question is closing
};

/// "card-07-…": the token of card 7's player (how --resume finds card players again).
std::string cardToken(int number, const std::string& random);
/// The card number in a card player's token, or 0.
int cardOfToken(const std::string& token);

}  // namespace dovui::server
