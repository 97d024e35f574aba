// Self-practice: one question at a time from the Leitner scheduler, untimed unless the learner
// asks; after every answer, right or wrong in words and colour and the explanation.
#include "dovui/core/practice.hpp"
#include "dovui/core/scoring.hpp"
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/question_panel.hpp"
#include "dovui/play/app/result_panel.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

class PracticeScreen : public Screen {
public:
    PracticeScreen(std::size_t packIndex, std::optional<std::string> topicId)
        : m_pack(packIndex), m_filter{std::move(topicId)} {}

    void update(PlayContext& ctx, ScreenStack&, std::int64_t nowMs) override {
        if (!m_started) {
            next(ctx);
            m_started = true;
        }
        if (m_current && !m_result && ctx.settings.timedPractice && secondsLeft(ctx, nowMs) == 0)
            finish(ctx, std::nullopt);  // time is up: counted as missed, explained all the same
    }

    void draw(PlayContext& ctx, ViewEnv& env) override {
        const core::Pack& pack = *ctx.packs[m_pack].pack;
        std::string title = m_filter.topicId && pack.findTopic(*m_filter.topicId)
                                ? pack.findTopic(*m_filter.topicId)->name
                                : pack.title;
        drawBackground(env);
        sf::FloatRect area = drawHeader(env, title, true);
        if (!m_current) {
            text(env,
                 env.tr("Chủ đề này chưa có câu hỏi để luyện.", "No questions to practise here."),
                 area, 36.f, "practice-empty", true, ui::theme::kText, ui::Align::Center,
                 ui::VAlign::Middle);
            return;
        }
        const core::Question& q = pack.questions[*m_current];
        if (m_result) {
            sf::FloatRect body = area;
            sf::FloatRect resultArea{body.left, body.top, body.width,
                                     body.height - kButtonHeight - kGap};
            drawResult(env, resultArea, *m_result, &ctx.cardView);
            bigButton(
                env, {body.left, body.top + body.height - kButtonHeight, body.width, kButtonHeight},
                env.tr("Câu tiếp theo", "Next question"), {Intent::Kind::Next}, true, "Enter");
            return;
        }
        QuestionLook look;
        look.kind = q.kind;
        look.text = q.text;
        look.options = q.options;
        look.card = q.card ? &*q.card : nullptr;
        look.topLine =
            env.tr("Đã làm ", "Answered ") + std::to_string(m_answeredHere) + env.tr(" câu", "");
        if (ctx.settings.timedPractice)
            look.secondsLeft = secondsLeft(ctx, env.nowMs);
        look.picked = m_picked;
        drawQuestion(env, ctx.cardView, area, look);
    }

    std::optional<Intent> keyIntent(sf::Keyboard::Key key) const override {
        if (key == sf::Keyboard::Escape)
            return Intent{Intent::Kind::Back};
        if (m_result && (key == sf::Keyboard::Enter || key == sf::Keyboard::Space))
            return Intent{Intent::Kind::Next};
        return questionKey(key);
    }

    void onIntent(PlayContext& ctx, ScreenStack& stack, const Intent& intent) override {
        if (intent.kind == Intent::Kind::Back)
            return stack.pop();
        if (!m_current)
            return;
        const core::Question& q = ctx.packs[m_pack].pack->questions[*m_current];
        if (intent.kind == Intent::Kind::Next && m_result) {
            next(ctx);
        } else if (intent.kind == Intent::Kind::Tile && !m_result && intent.arg >= 0 &&
                   static_cast<std::size_t>(intent.arg) < q.options.size()) {
            auto option = static_cast<std::uint8_t>(intent.arg);
            if (q.kind == core::QuestionKind::Multi || q.kind == core::QuestionKind::Order ||
                q.kind == core::QuestionKind::Spot)
                pickOption(q.kind, m_picked, option);
            else
                finish(ctx, core::Choice{option});
        } else if (intent.kind == Intent::Kind::Confirm && !m_result &&
                   readyToSend(q.kind, m_picked, q.options.size())) {
            finish(ctx, m_picked);
        } else if (intent.kind == Intent::Kind::ClearOrder) {
            m_picked.clear();
        } else if (intent.kind == Intent::Kind::ReadAloud) {
            ctx.readAloud(q.text, q.options);
        }
    }

private:
    std::uint32_t secondsLeft(PlayContext& ctx, std::int64_t nowMs) const {
        const core::Question& q = ctx.packs[m_pack].pack->questions[*m_current];
        std::int64_t left = std::int64_t(q.timeLimitSec) * 1000 - (nowMs - m_shownAtMs);
        return static_cast<std::uint32_t>(std::max<std::int64_t>(0, (left + 999) / 1000));
    }

    void next(PlayContext& ctx) {
        const core::Pack& pack = *ctx.packs[m_pack].pack;
        m_current = core::pickNext(pack, ctx.progressOf(pack.id).progress, m_filter, ctx.today());
        m_result.reset();
        m_picked.clear();
        m_shownAtMs = ctx.nowMs;
    }

    void finish(PlayContext& ctx, std::optional<core::Choice> choice) {
        const core::Pack& pack = *ctx.packs[m_pack].pack;
        const core::Question& q = pack.questions[*m_current];
        core::Grade grade = choice ? core::grade(q, *choice) : core::Grade{};
        LoadedProgress& loaded = ctx.progressOf(pack.id);
        core::recordAnswer(loaded.progress, q, grade.correct, ctx.today());
        ++m_answeredHere;
        const bool vi = ctx.lang() == core::Lang::Vi;
        ResultLook look;
        look.verdict = !choice            ? Verdict::NoAnswer
                       : grade.correct    ? Verdict::Right
                       : grade.credit > 0 ? Verdict::Partly
                                          : Verdict::Wrong;
        const bool order = q.kind == core::QuestionKind::Order;
        for (std::size_t i = 0; i < q.correct.size(); ++i)
            if (q.correct[i] < q.options.size())
                look.rightAnswers.push_back((order ? std::to_string(i + 1) + ". " : std::string()) +
                                            q.options[q.correct[i]]);
        look.explanation = q.explanation;
        if (q.card) {
            look.cardGenuine = q.genuineCard;
            look.card = &*q.card;  // the pack outlives the result
            look.spans = revealedSpans(q.kind, look.card, q.correct);
        }
        look.techniques = techniqueNames(q.techniques, ctx.lang());
        const core::CardState card = core::cardFor(loaded.progress, q.id);
        look.facts.push_back(grade.correct ? (vi ? "Hộp " : "Box ") + std::to_string(card.box) +
                                                 "/" + std::to_string(core::kBoxCount)
                                           : (vi ? "Sẽ hỏi lại sau " : "Back after ") +
                                                 std::to_string(core::kRetryGap) +
                                                 (vi ? " câu" : " questions"));
        try {
            ctx.progress.save(loaded.progress);
        } catch (const std::exception& e) {
            look.facts.push_back(vi ? "Chưa lưu được tiến độ" : "Progress not saved");
        }
        m_result = std::move(look);
    }

    std::size_t m_pack;
    core::PracticeFilter m_filter;
    std::optional<std::size_t> m_current;
    std::optional<ResultLook> m_result;
    std::vector<std::uint8_t> m_picked;
    std::int64_t m_shownAtMs = 0;
    int m_answeredHere = 0;
    bool m_started = false;
};

}  // namespace

std::unique_ptr<Screen> makePracticeScreen(std::size_t packIndex,
                                           std::optional<std::string> topicId) {
    return std::make_unique<PracticeScreen>(packIndex, std::move(topicId));
}

}  // namespace dovui::play
