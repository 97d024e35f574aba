#include "dovui/play/app/match_views.hpp"

#include <algorithm>

#include "dovui/play/app/question_panel.hpp"
#include "dovui/play/app/result_panel.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/play/session/session_words.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

/// The strip every match view starts with: the learner's name and score.
sf::FloatRect matchHeader(ViewEnv& env, const SessionState& st) {
    const float h = 84.f;
    ui::fillRect(env.canvas.target, {0.f, 0.f, env.canvas.size.x, h}, ui::theme::kPanel);
    float w = env.canvas.size.x - 2 * kPad;
    text(env, st.nickname, {kPad, 8.f, w * 0.6f, h - 16.f}, 32.f, "me-name", true, ui::theme::kText,
         ui::Align::Left, ui::VAlign::Middle);
    std::string score = std::to_string(st.score) + env.tr(" điểm", " points");
    text(env, score, {kPad + w * 0.6f, 8.f, w * 0.4f, h - 16.f}, 32.f, "me-score", true,
         ui::theme::kAccent, ui::Align::Right, ui::VAlign::Middle);
    return {kPad, h + kPad, w, env.canvas.size.y - h - 2 * kPad};
}

/// A big centred message with an optional smaller line under it.
void centredMessage(ViewEnv& env, sf::FloatRect area, std::string_view big, std::string_view small,
                    sf::Color colour = ui::theme::kText) {
    Column col({area.left, area.top + area.height * 0.22f, area.width, area.height * 0.78f});
    text(env, big, col.take(env.text(140.f)), 54.f, "big", true, colour, ui::Align::Center,
         ui::VAlign::Middle);
    if (!small.empty())
        text(env, small, col.take(env.text(230.f)), 32.f, "small", false, ui::theme::kTextDim,
             ui::Align::Center, ui::VAlign::Top);
}

/// A filled circle with a check mark, centred in `row` (as tall as the row).
void bigCheck(ViewEnv& env, sf::FloatRect row, sf::Color colour) {
    float side = row.height;
    sf::Vector2f centre{row.left + row.width / 2.f, row.top + side / 2.f};
    ui::fillCircle(env.canvas.target, centre, side / 2.f, colour);
    ui::drawCheck(env.canvas.target,
                  {centre.x - side * 0.3f, row.top + side * 0.2f, side * 0.6f, side * 0.6f},
                  sf::Color::White);
}

void homeButton(ViewEnv& env, sf::FloatRect area, bool primary) {
    bigButton(env, {area.left, area.top + area.height - kButtonHeight, area.width, kButtonHeight},
              env.tr("Về trang đầu", "Back to start"), {Intent::Kind::Home}, primary);
}

std::vector<std::string> rightAnswers(const SessionState& st) {
    std::vector<std::string> out;
    if (!st.reveal || !st.question)
        return out;
    const bool order = st.question->kind == core::QuestionKind::Order;
    for (std::size_t i = 0; i < st.reveal->correct.size(); ++i) {
        std::size_t option = st.reveal->correct[i];
        if (option < st.question->options.size())
            out.push_back((order ? std::to_string(i + 1) + ". " : std::string()) +
                          st.question->options[option]);
    }
    return out;
}

Verdict verdictOf(const SessionState& st) {
    const core::RevealMsg& r = *st.reveal;
    if (r.voided)
        return Verdict::Voided;
    if (st.question && st.question->kind == core::QuestionKind::Poll)
        return Verdict::Poll;
    if (!r.answered)
        return Verdict::NoAnswer;
    if (r.correctAnswer)
        return Verdict::Right;
    return r.pointsGained > 0 ? Verdict::Partly : Verdict::Wrong;
}

std::string rankText(ViewEnv& env, std::uint32_t rank, std::uint32_t of) {
    return env.tr("Hạng ", "Rank ") + std::to_string(rank) + "/" + std::to_string(of);
}

}  // namespace

void drawConnectingView(ViewEnv& env, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    centredMessage(env, area, env.tr("Đang vào phòng…", "Joining…"),
                   env.tr("Chờ một chút nhé.", "One moment, please."));
}

void drawLobbyView(ViewEnv& env, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    Column col(area);
    bigCheck(env, col.take(env.portrait() ? 200.f : 130.f), ui::theme::kGood);
    text(env, env.tr("Bạn đã vào phòng!", "You are in!"), col.take(env.text(80.f)), 50.f,
         "lobby-title", true, ui::theme::kText, ui::Align::Center, ui::VAlign::Middle);
    std::string room = st.welcome ? st.welcome->matchName : std::string();
    text(env, room, col.take(env.text(60.f)), 34.f, "lobby-room", false, ui::theme::kAccent,
         ui::Align::Center, ui::VAlign::Middle);
    text(env,
         env.tr("Hãy nhìn lên màn hình lớn. Trò chơi bắt đầu khi người hướng dẫn bấm nút.",
                "Look at the big screen. The game starts when the facilitator says so."),
         col.take(env.text(env.portrait() ? 170.f : 110.f)), 34.f, "lobby-wait", false,
         ui::theme::kTextDim, ui::Align::Center, ui::VAlign::Middle);
    if (st.lobbyCount > 0)
        text(env, std::to_string(st.lobbyCount) + env.tr(" người đã vào phòng", " players are in"),
             col.take(env.text(60.f)), 36.f, "lobby-count", true, ui::theme::kText,
             ui::Align::Center, ui::VAlign::Middle);
}

void drawQuestionView(ViewEnv& env, ui::CardView& cards, const SessionState& st,
                      const std::vector<std::uint8_t>& picked) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    if (!st.question) {
        centredMessage(env, area, env.tr("Câu hỏi sắp đến…", "A question is coming…"), "");
        return;
    }
    const core::QuestionMsg& q = *st.question;
    QuestionLook look;
    look.kind = q.kind;
    look.text = q.text;
    look.options = q.options;
    look.card = q.card ? &*q.card : nullptr;
    look.topLine =
        env.tr("Câu ", "Question ") + std::to_string(q.index + 1) + "/" + std::to_string(q.total);
    look.secondsLeft = (st.remainingMs(env.nowMs) + 999) / 1000;
    look.picked = picked;
    if (st.paused)
        look.topLine += env.tr(" · TẠM DỪNG", " · PAUSED");
    drawQuestion(env, cards, area, look);
}

void drawSentView(ViewEnv& env, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    Column col(area);
    const bool refused = st.ack && *st.ack != core::AnswerRefusal::None;
    text(env, refused ? env.tr("KHÔNG ĐƯỢC TÍNH", "NOT COUNTED") : env.tr("ĐÃ GỬI", "SENT"),
         col.take(env.text(110.f)), 64.f, "sent-title", true,
         refused ? ui::theme::kBad : ui::theme::kGood, ui::Align::Center, ui::VAlign::Middle);
    if (refused)
        text(env, answerRefusalText(*st.ack, env.lang), col.take(env.text(110.f)), 32.f,
             "sent-refusal", false, ui::theme::kText, ui::Align::Center, ui::VAlign::Middle);
    else
        bigCheck(env, col.take(env.portrait() ? 180.f : 90.f), ui::theme::kGood);
    if (st.sentChoice && st.question) {
        text(env, env.tr("Bạn đã chọn:", "You chose:"), col.take(env.text(46.f), 8.f), 30.f,
             "sent-label", true, ui::theme::kTextDim);
        const float tileH = env.portrait() ? 120.f : 96.f;
        for (std::size_t i = 0; i < st.sentChoice->size() && col.left() > tileH * 2; ++i) {
            std::size_t option = (*st.sentChoice)[i];
            if (option < st.question->options.size())
                ui::drawAnswerTile(env.canvas, col.take(tileH, 10.f), option,
                                   st.question->options[option], ui::TileState::Normal,
                                   "sent-tile");
        }
    }
    text(env, env.tr("Chờ mọi người trả lời xong…", "Waiting for everyone to answer…"),
         {area.left, area.top + area.height - env.text(120.f), area.width, env.text(120.f)}, 34.f,
         "sent-wait", false, ui::theme::kTextDim, ui::Align::Center, ui::VAlign::Middle);
}

void drawRevealView(ViewEnv& env, ui::CardView& cards, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    if (!st.reveal)
        return;
    ResultLook look;
    look.verdict = verdictOf(st);
    look.rightAnswers = rightAnswers(st);
    look.explanation = st.reveal->explanation;
    if (st.reveal->cardVerdict != core::CardVerdict::NoCard)
        look.cardGenuine = st.reveal->cardVerdict == core::CardVerdict::Genuine;
    look.techniques = techniqueNames(st.reveal->techniques, env.lang);
    if (st.question && st.question->card && st.question->index == st.reveal->index) {
        look.card = &*st.question->card;
        look.spans = revealedSpans(st.question->kind, look.card, st.reveal->correct);
    }
    if (look.verdict != Verdict::Voided && look.verdict != Verdict::Poll) {
        look.facts.push_back("+" + std::to_string(st.reveal->pointsGained) +
                             env.tr(" điểm", " pts"));
        if (st.reveal->streak >= 2)
            look.facts.push_back(env.tr("Chuỗi đúng: ", "Streak: ") +
                                 std::to_string(st.reveal->streak));
        if (st.reveal->rank > 0)
            look.facts.push_back(rankText(env, st.reveal->rank, st.reveal->playerCount));
    }
    if (st.reveal->eliminated)
        look.facts.push_back(env.tr("Bị loại", "Out"));
    drawResult(env, area, look, &cards);
}

void drawBoardView(ViewEnv& env, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    Column col(area);
    text(env, env.tr("Bảng xếp hạng", "Leaderboard"), col.take(env.text(70.f)), 46.f, "board-title",
         true, ui::theme::kAccent, ui::Align::Center, ui::VAlign::Middle);
    const float rowH = env.text(72.f);
    if (st.board)
        for (const core::BoardRow& row : st.board->top) {
            if (col.left() < rowH + env.text(90.f))
                break;
            sf::FloatRect r = col.take(rowH, 8.f);
            const bool me = row.name == st.nickname;
            panel(env, r, me ? ui::theme::kPanelLight : ui::theme::kPanel);
            sf::FloatRect in = ui::inset(r, 10.f);
            text(env, std::to_string(row.rank) + ". " + row.name,
                 {in.left, in.top, in.width * 0.7f, in.height}, 32.f, "board-name", me,
                 me ? ui::theme::kAccent : ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
            text(env, std::to_string(row.score),
                 {in.left + in.width * 0.7f, in.top, in.width * 0.3f, in.height}, 32.f,
                 "board-score", true, ui::theme::kText, ui::Align::Right, ui::VAlign::Middle);
        }
    if (st.rank > 0)
        text(env, env.tr("Bạn: ", "You: ") + rankText(env, st.rank, st.playerCount),
             {area.left, area.top + area.height - env.text(80.f), area.width, env.text(80.f)}, 36.f,
             "board-me", true, ui::theme::kText, ui::Align::Center, ui::VAlign::Middle);
}

void drawPodiumView(ViewEnv& env, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    // Landscape: the result and the way home on the left, what to remember on the right.
    sf::FloatRect body{area.left, area.top, area.width, area.height - kButtonHeight - kGap};
    sf::FloatRect notes = body;
    if (!env.portrait()) {
        body.width = area.width * 0.44f;
        notes = {body.left + body.width + kPad, area.top, area.width - body.width - kPad,
                 area.height};
        area.width = body.width;
    }
    Column col(body);
    text(env, env.tr("Kết thúc!", "The end!"), col.take(env.text(70.f), 8.f), 48.f, "podium-title",
         true, ui::theme::kAccent, ui::Align::Center, ui::VAlign::Middle);
    if (st.podium) {
        const core::PodiumMsg& p = *st.podium;
        text(env,
             env.tr("Bạn đứng thứ ", "You came ") + std::to_string(p.rank) +
                 env.tr(" trong ", " of ") + std::to_string(p.playerCount),
             col.take(env.text(80.f)), 50.f, "podium-rank", true, ui::theme::kText,
             ui::Align::Center, ui::VAlign::Middle);
        text(env,
             std::to_string(p.score) + env.tr(" điểm  ·  Đúng ", " points  ·  ") +
                 std::to_string(p.correctCount) + "/" + std::to_string(p.questionCount) +
                 env.tr(" câu", " right"),
             col.take(env.text(56.f)), 34.f, "podium-score", false, ui::theme::kTextDim,
             ui::Align::Center, ui::VAlign::Middle);
    }
    // What to remember: the explanations of the questions missed (or the last ones).
    std::vector<const RevealedItem*> remember;
    for (const auto& item : st.history)
        if (item.scored && !item.correct && !item.explanation.empty())
            remember.push_back(&item);
    if (remember.empty())
        for (const auto& item : st.history)
            if (!item.explanation.empty())
                remember.push_back(&item);
    if (!env.portrait())
        col = Column(notes);
    if (!remember.empty()) {
        text(env, env.tr("Điều cần nhớ:", "Remember:"), col.take(env.text(46.f), 6.f), 32.f,
             "remember-label", true, ui::theme::kAccent);
        std::size_t shown = std::min<std::size_t>(remember.size(), 3);
        float each =
            (col.left() - kGap * static_cast<float>(shown - 1)) / static_cast<float>(shown);
        for (std::size_t i = 0; i < shown; ++i) {
            sf::FloatRect box = col.take(each);
            panel(env, box, sf::Color(240, 236, 220));
            text(env, remember[i]->explanation, ui::inset(box, 14.f), 30.f, "remember", false,
                 ui::theme::kInk, ui::Align::Left, ui::VAlign::Middle);
        }
    }
    homeButton(env, area, true);
}

void drawReconnectingView(ViewEnv& env, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    int dots = static_cast<int>((env.nowMs / 500) % 4);
    centredMessage(
        env, {area.left, area.top, area.width, area.height - kButtonHeight},
        std::string(env.tr("Mất kết nối, đang kết nối lại", "Connection lost, reconnecting")) +
            std::string(static_cast<std::size_t>(dots), '.'),
        env.tr("Điểm của bạn vẫn được giữ. Đừng tắt ứng dụng, hãy đứng gần bộ phát "
               "Wi-Fi hơn.",
               "Your score is kept. Keep the app open and move closer to the Wi-Fi."),
        ui::theme::kAccent);
    homeButton(env, area, false);
}

void drawEndedView(ViewEnv& env, const SessionState& st) {
    drawBackground(env);
    sf::FloatRect area = matchHeader(env, st);
    Column col({area.left, area.top, area.width, area.height - kButtonHeight - kGap});
    const bool gone = st.endReason == EndReason::HostGone;
    const bool kicked = st.endReason == EndReason::Kicked;
    std::string title =
        kicked ? env.tr("Bạn đã được mời ra khỏi lớp", "You were removed from the class")
        : gone ? env.tr("Trò chơi đã dừng", "The game stopped")
               : env.tr("Không thể tiếp tục", "Cannot continue");
    text(env, title, col.take(env.text(kicked ? 130.f : 100.f)), 48.f, "ended-title", true,
         kicked ? ui::theme::kAccent : ui::theme::kBad, ui::Align::Center, ui::VAlign::Middle);
    // Kicked: what happened and what is still open to them, not a dead end.
    std::string message =
        kicked ? env.tr(
                     "Người hướng dẫn đã mời bạn ra khỏi trận đấu này, nên bạn không vào lại "
                     "được. Nếu có nhầm lẫn, hãy hỏi người hướng dẫn. Ở trang đầu bạn vẫn có "
                     "thể tự luyện tập.",
                     "The facilitator removed you from this match, so you cannot join it "
                     "again. If this is a mistake, ask the facilitator. From the start page "
                     "you can still practise on your own.")
               : st.message;
    sf::FloatRect box = col.take(std::min(col.left(), env.text(kicked ? 380.f : 320.f)));
    panel(env, box, ui::theme::kPanel);
    text(env, message, ui::inset(box, 20.f), 36.f, "ended-message", false, ui::theme::kText,
         ui::Align::Center, ui::VAlign::Middle);
    homeButton(env, area, true);
}

void drawMatchView(ViewEnv& env, ui::CardView& cards, const SessionState& st,
                   const std::vector<std::uint8_t>& picked) {
    switch (st.stage) {
        case Stage::Idle:
        case Stage::Connecting:
            return drawConnectingView(env, st);
        case Stage::Lobby:
            return drawLobbyView(env, st);
        case Stage::Question:
            return drawQuestionView(env, cards, st, picked);
        case Stage::Answered:
            return drawSentView(env, st);
        case Stage::Reveal:
            return drawRevealView(env, cards, st);
        case Stage::Leaderboard:
            return drawBoardView(env, st);
        case Stage::Podium:
            return drawPodiumView(env, st);
        case Stage::Reconnecting:
            return drawReconnectingView(env, st);
        case Stage::Refused:
        case Stage::Ended:
            return drawEndedView(env, st);
    }
}

}  // namespace dovui::play
