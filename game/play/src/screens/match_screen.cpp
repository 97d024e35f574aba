// The class match: follows the session's stage; sends answers as intents come in.
#include "dovui/play/app/match_views.hpp"
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/question_panel.hpp"
#include "dovui/play/app/screens.hpp"

namespace dovui::play {
namespace {

class MatchScreen : public Screen {
public:
    void update(PlayContext& ctx, ScreenStack&, std::int64_t) override {
        const SessionState& st = ctx.sessionState();
        const int index = st.question ? st.question->index : -1;
        if (index != m_questionIndex) {  // a new question: a fresh selection
            m_questionIndex = index;
            m_picked.clear();
        }
    }

    void draw(PlayContext& ctx, ViewEnv& env) override {
        drawMatchView(env, ctx.cardView, ctx.sessionState(), m_picked);
    }

    std::optional<Intent> keyIntent(sf::Keyboard::Key key) const override {
        if (auto intent = questionKey(key))
            return intent;
        return std::nullopt;  // no Escape: a stray key must not throw a learner out
    }

    void onIntent(PlayContext& ctx, ScreenStack& stack, const Intent& intent) override {
        const SessionState& st = ctx.sessionState();
        switch (intent.kind) {
            case Intent::Kind::Tile: {
                if (st.stage != Stage::Question || !st.question || intent.arg < 0 ||
                    intent.arg >= st.question->optionCount)
                    return;
                auto option = static_cast<std::uint8_t>(intent.arg);
                const auto kind = st.question->kind;
                if (kind == core::QuestionKind::Multi || kind == core::QuestionKind::Order ||
                    kind == core::QuestionKind::Spot)
                    pickOption(kind, m_picked, option);
                else
                    ctx.session.answer({option}, ctx.nowMs);
                break;
            }
            case Intent::Kind::Confirm:
                if (st.stage == Stage::Question && st.question &&
                    readyToSend(st.question->kind, m_picked, st.question->optionCount))
                    ctx.session.answer(m_picked, ctx.nowMs);
                break;
            case Intent::Kind::ClearOrder:
                m_picked.clear();
                break;
            case Intent::Kind::ReadAloud:
                if (st.question)
                    ctx.readAloud(st.question->text, st.question->options);
                break;
            case Intent::Kind::Home:
                if (st.stage != Stage::Podium && st.stage != Stage::Ended &&
                    st.stage != Stage::Refused)
                    ctx.session.leave();
                stack.replaceAll(makeHomeScreen());
                break;
            default:
                break;
        }
    }

private:
    int m_questionIndex = -2;
    std::vector<std::uint8_t> m_picked;
};

}  // namespace

std::unique_ptr<Screen> makeMatchScreen() {
    return std::make_unique<MatchScreen>();
}

}  // namespace dovui::play
