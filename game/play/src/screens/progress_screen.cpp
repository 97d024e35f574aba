// Per-topic progress: "Lừa đảo qua tin nhắn: 8/10 đã thuộc", with learning and new counts.
#include "dovui/core/practice.hpp"
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

class ProgressScreen : public Screen {
public:
    explicit ProgressScreen(std::size_t packIndex) : m_pack(packIndex) {}

    void draw(PlayContext& ctx, ViewEnv& env) override {
        const core::Pack& pack = *ctx.packs[m_pack].pack;
        const core::PracticeProgress& progress = ctx.progressOf(pack.id).progress;
        auto rows = core::topicMastery(pack, progress, ctx.today());
        core::TopicMastery all = core::packMastery(pack, progress, ctx.today());
        drawBackground(env);
        sf::FloatRect area =
            formColumn(drawHeader(env, env.tr("Tiến độ của bạn", "Your progress"), true));
        Column col(area);
        text(env,
             env.tr("Đã thuộc ", "Learnt ") + std::to_string(all.mastered) + "/" +
                 std::to_string(all.total) +
                 env.tr(" câu. Câu trả lời sai sẽ được hỏi lại sớm hơn.",
                        " questions. Questions you miss come back sooner."),
             col.take(env.text(env.portrait() ? 110.f : 70.f)), 30.f, "progress-total", false,
             ui::theme::kTextDim, ui::Align::Left, ui::VAlign::Middle);
        const float rowH = env.text(env.portrait() ? 150.f : 96.f);
        PageSlice page = pageSlice(rows.size(), col.left(), rowH, 10.f, m_page);
        for (std::size_t i = page.first; i < page.first + page.count; ++i) {
            const core::TopicMastery& row = rows[i];
            sf::FloatRect r = col.take(rowH, 10.f);
            panel(env, r, ui::theme::kPanel);
            sf::FloatRect in = ui::inset(r, 12.f);
            std::string line = row.name + ": " + std::to_string(row.mastered) + "/" +
                               std::to_string(row.total) + env.tr(" đã thuộc", " learnt");
            text(env, line, {in.left, in.top, in.width, in.height * 0.62f}, 30.f, "progress-row",
                 true, ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
            float barW = in.width * 0.45f;
            progressBar(env, {in.left, in.top + in.height * 0.72f, barW, in.height * 0.2f},
                        row.mastered, row.total, ui::theme::kGood);
            std::string detail = std::to_string(row.learning) +
                                 env.tr(" đang học · ", " learning · ") +
                                 std::to_string(row.unseen) + env.tr(" chưa làm", " new");
            text(env, detail,
                 {in.left + barW + kGap, in.top + in.height * 0.62f, in.width - barW - kGap,
                  in.height * 0.38f},
                 24.f, "progress-detail", false, ui::theme::kTextDim, ui::Align::Right,
                 ui::VAlign::Middle);
        }
        if (page.more)
            moreRow(env, col.take(rowH, 10.f), page);
    }

    void onIntent(PlayContext&, ScreenStack& stack, const Intent& intent) override {
        if (intent.kind == Intent::Kind::Back)
            stack.pop();
        else if (intent.kind == Intent::Kind::Next)
            ++m_page;
    }

private:
    std::size_t m_pack;
    int m_page = 0;
};

}  // namespace

std::unique_ptr<Screen> makeProgressScreen(std::size_t packIndex) {
    return std::make_unique<ProgressScreen>(packIndex);
}

}  // namespace dovui::play
