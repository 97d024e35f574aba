#pragma once
/// Every sentence the host shows, in Vietnamese (default) and English.
#include <string>

#include "dovui/core/lang.hpp"
#include "dovui/core/match.hpp"
#include "dovui/server/commands.hpp"

namespace dovui::host {

enum class Str {
    AppTitle,
    AppSubtitle,
    Pack,
    Mode,
    TimeScale,
    ReadAloud,
    Language,
    On,
    Off,
    Start,
    ModeClassic,
    ModeTeams,
    ModeElimination,
    ModeAccuracy,
    Questions,
    BrokenPack,
    NoPacks,
    SetupHints,
    Pin,
    JoinSteps,
    JoinAddress,
    WifiLabel,
    WifiPassword,
    PlayersJoined,
    WaitingForPlayers,
    Page,
    Locked,
    Open,
    LobbyHints,
    Question,
    Answered,
    Seconds,
    Paused,
    QuestionHints,
    KindMulti,
    KindOrder,
    KindPoll,
    KindTrueFalse,
    RevealTitle,
    Why,
    Correct,
    Chose,
    PlacedRight,
    PollNoAnswer,
    Voided,
    RevealHints,
    Leaderboard,
    AfterQuestion,
    Teams,
    StillIn,
    EliminatedNow,
    AndMore,
    Points,
    LeaderboardHints,
    Congratulations,
    OpenReports,
    PlayAgain,
    PodiumHints,
    WinningTeam,
    CannotStart,
    WhatToFix,
    Back,
    MenuTitle,
    Continue,
    EndMatch,
    ConfirmEnd,
    Yes,
    No,
    QuitApp,
    ConfirmClose,
    KickTitle,
    KickHints,
    KickFilter,
    NoPlayers,
    Muted,
    Volume,
    FontProblem,
    SoundProblem,
    Revived,
    NextHint,
    ResumeHint,
    ErrorHints,
    Everyone,
    ScanToJoin,
    KickConfirm,
    Skipped,
    CorrectOf,
    ReportWritten,
    ReportOpening,
    ReportOpened,
    ReportNoBrowser,
    ReportFailed,
    ResultsKeptIn,
    SoundOff,
    RefusedNoPlayers,
    RefusedStarted,
    RefusedQuestionOpen,
    RefusedPause,
    RefusedResume,
    RefusedSkip,
    RefusedKickGone,
    RefusedKickName,
    RefusedRevive,
    PracticeCorner,
    PracticeScan,
    PracticeNoPin,
    PracticeAddress,
    PracticePhones,
    PracticeAnswers,
    PracticeAnonymous,
    PracticeWeakest,
    PracticeTopicRight,
    PracticeNoWeakYet,
    PracticePacks,
    PracticePacksOffered,
    PracticeOff,
    PracticeWebOff,
    PracticeHints,
    PracticeWebFix,
    KindSpot,
    Techniques,
    EasyFirst,
    ExportWritten,
};

/// The text of `id` in `lang` (UTF-8).
const char* tr(Str id, core::Lang lang);

/// "Cổ điển", "Đồng đội", "Rung chuông vàng", "Chính xác trước".
const char* modeLabel(core::MatchMode mode, core::Lang lang);

/// Replaces the first "{}" in `pattern` by `value`.
std::string format(const char* pattern, const std::string& value);

/// A refused facilitator command in words ("Chỉ bỏ qua được khi đang có câu hỏi"); empty for
/// CommandRefusal::None.
std::string refusalText(server::CommandRefusal why, const std::string& subject, core::Lang lang);

/// "123 456": a PIN read in two groups, as people read it aloud.
std::string groupPin(std::uint32_t pin);

}  // namespace dovui::host
