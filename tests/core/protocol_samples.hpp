#pragma once
/// One fixed sample value per wire message (and per scenario card type), shared by the
/// round-trip, golden-bytes and decoder suites. Changing a sample changes its golden file.
#include <string>
#include <vector>

#include "dovui/core/protocol.hpp"

namespace dovui::core::test {

struct ClientSample {
    std::string name;  ///< golden file stem
    ClientMsg msg;
};
struct ServerSample {
    std::string name;
    ServerMsg msg;
};

inline std::vector<ClientSample> clientSamples() {
    return {
        {"client_join", JoinMsg{kProtocolVersion, 123456, {"B\xC3\xA0 N\xC4\x83m"}, true}},
        {"client_rejoin",
         RejoinMsg{kProtocolVersion, 654321, {"0123456789abcdef0123456789abcdef"}, false}},
        {"client_answer", AnswerMsg{7, {{3, 0, 2}}}},
        {"client_leave", LeaveMsg{}},
        {"client_ping", PingMsg{300001}},
    };
}

inline QuestionMsg sampleQuestion(std::optional<ScenarioCard> card) {
    QuestionMsg q;
    q.index = 2;
    q.total = 10;
    q.kind = QuestionKind::Multi;
    q.optionCount = 3;
    q.pointsMultiplier = 2;
    q.timeLimitMs = 30000;
    q.remainingMs = 29500;
    q.text = "Tin nh\xE1\xBA\xAFn n\xC3\xA0y c\xC3\xB3 g\xC3\xAC l\xE1\xBA\xA1?";
    q.options = {"Link l\xE1\xBA\xA1", "Xin OTP", "Gi\xE1\xBB\x9D g\xE1\xBB\xADi"};
    q.card = std::move(card);
    return q;
}

inline std::vector<ServerSample> serverSamples() {
    WelcomeMsg welcome{42,
                       "0123456789abcdef0123456789abcdef",
                       "B\xC3\xA0 N\xC4\x83m",
                       2,
                       "Th\xC3\xB4n 3",
                       2300,
                       3,
                       Phase::Question,
                       4,
                       true,
                       false,
                       "Nh\xC3\xA0 v\xC4\x83n h\xC3\xB3"
                       "a"};
    RevealMsg reveal;
    reveal.index = 4;
    reveal.correct = {0, 2};
    reveal.counts = {5, 1, 7};
    reveal.explanation = "Ng\xC3\xA2n h\xC3\xA0ng kh\xC3\xB4ng xin OTP.";
    reveal.voided = false;
    reveal.answered = true;
    reveal.correctAnswer = true;
    reveal.pointsGained = 1350;
    reveal.score = 4200;
    reveal.streak = 4;
    reveal.rank = 2;
    reveal.playerCount = 31;
    reveal.eliminated = false;
    reveal.cardVerdict = CardVerdict::Scam;
    reveal.techniques = {Technique::Impersonation, Technique::OtpPassword};
    std::vector<BoardRow> top = {{"An", 5000, 1}, {"B\xC3\xACnh", 5000, 1}, {"Chi", 800, 3}};
    std::vector<BoardRow> teams = {{"Th\xC3\xB4n 1", 2500, 1}, {"Th\xC3\xB4n 2", 1200, 2}};
    ScenarioCard sms{SmsCard{"VCB-Bank", "08:15", "Tai khoan bi khoa. Bam vcb-xacminh[.]top"},
                     {CardSpan{"link", "body", 20, 40}}};
    ScenarioCard call{
        CallCard{"C\xC3\xB4ng an", "09xx xxx xxx", {"Alo", "Chuy\xE1\xBB\x83n ti\xE1\xBB\x81n"}},
        {}};
    ScenarioCard chat{
        ChatCard{
            "Zalo", "M\xE1\xBA\xB9", {{false, "G\xE1\xBB\xADi m\xC3\xA3"}, {true, "Kh\xC3\xB4ng"}}},
        {}};
    ScenarioCard web{WebCard{"vcb-xacminh[.]top", "VCB", "Nh\xE1\xBA\xADp OTP"}, {}};
    ScenarioCard qr{QrPaymentCard{"00020101021238570010A000000727", "NGUYEN VAN A", "Qu\xC3\xA1n"},
                    {CardSpan{"name", "accountName", 0, 6}}};
    // Tap the red flag: two spans of the SMS are the options.
    QuestionMsg spot = sampleQuestion(
        ScenarioCard{SmsCard{"VCB-Bank", "08:15", "Tai khoan bi khoa. Bam vcb-xacminh[.]top"},
                     {CardSpan{"s1", "sender", 0, 8}, CardSpan{"s2", "body", 23, 40}}});
    spot.kind = QuestionKind::Spot;
    spot.optionCount = 2;
    spot.options = {"VCB-Bank", "vcb-xacminh[.]top"};
    return {
        {"server_welcome", welcome},
        {"server_join_refused", JoinRefusedMsg{JoinRefusal::WrongVersion, "host 1"}},
        {"server_lobby", LobbyMsg{37, true}},
        {"server_question", sampleQuestion(sms)},
        {"server_question_compact", sampleQuestion(std::nullopt)},
        {"server_question_card_call", sampleQuestion(call)},
        {"server_question_card_chat", sampleQuestion(chat)},
        {"server_question_card_web", sampleQuestion(web)},
        {"server_question_card_qr", sampleQuestion(qr)},
        {"server_answer_ack", AnswerAckMsg{4, AnswerRefusal::Late}},
        {"server_reveal", reveal},
        {"server_leaderboard", LeaderboardMsg{4, top, teams}},
        {"server_pause", PauseMsg{true, 12345}},
        {"server_podium", PodiumMsg{top, teams, 2, 31, 4200, 7, 10}},
        {"server_kicked", KickedMsg{"T\xC3\xAAn kh\xC3\xB4ng ph\xC3\xB9 h\xE1\xBB\xA3p"}},
        {"server_revived", RevivedMsg{}},
        {"server_error", ErrorMsg{"host runs version 3, this app runs 2: update"}},
        {"server_question_spot", spot},
        {"server_pong", PongMsg{300001}},
    };
}

}  // namespace dovui::core::test
