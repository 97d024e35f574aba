#pragma once
/// Drawing of each stage of a class match from the session's state (views read, never
/// write). The match screen picks one per frame; screenshot tests call them with made-up
/// states.
#include <vector>

#include "dovui/play/app/screen.hpp"
#include "dovui/play/session/class_session.hpp"
#include "dovui/ui/card_view.hpp"

namespace dovui::play {

void drawConnectingView(ViewEnv& env, const SessionState& st);
void drawLobbyView(ViewEnv& env, const SessionState& st);
/// `picked`: the learner's selection so far (multi-select / ordering).
void drawQuestionView(ViewEnv& env, ui::CardView& cards, const SessionState& st,
                      const std::vector<std::uint8_t>& picked);
void drawSentView(ViewEnv& env, const SessionState& st);
void drawRevealView(ViewEnv& env, ui::CardView& cards, const SessionState& st);
void drawBoardView(ViewEnv& env, const SessionState& st);
void drawPodiumView(ViewEnv& env, const SessionState& st);
void drawReconnectingView(ViewEnv& env, const SessionState& st);
/// Ended or refused: the reason in words and the way home.
void drawEndedView(ViewEnv& env, const SessionState& st);

/// The view for the state's stage.
void drawMatchView(ViewEnv& env, ui::CardView& cards, const SessionState& st,
                   const std::vector<std::uint8_t>& picked);

}  // namespace dovui::play
