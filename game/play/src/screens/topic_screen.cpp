// Self-practice, step 2: a topic or "mixed", the timed switch, and the progress screen.
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

class TopicScreen : public Screen {
public:
    explicit TopicScreen(std::size_t packIndex) : m_pack(packIndex) {}

    void draw(PlayContext& ctx, ViewEnv& env) override {
        const core::Pack& pack = *ctx.packs[m_pack].pack;
        LoadedProgress& loaded = ctx.progressOf(pack.id);
        const core::PracticeProgress& progress = loaded.progress;
        m_rows = core::topicMastery(pack, progress, ctx.today());
        drawBackground(env);
        sf::FloatRect area = formColumn(drawHeader(env, pack.title, true));
        const float bottomH = kButtonHeight * 0.85f;
        Column col({area.left, area.top, area.width, area.height - bottomH - kGap});
        if (!loaded.message.empty()) {  // a corrupted progress file: say so, once per run
            sf::FloatRect box = col.take(env.text(env.portrait() ? 230.f : 130.f));
            panel(env, box, sf::Color(110, 28, 36));
            text(env, loaded.message, ui::inset(box, 14.f), 26.f, "progress-problem", false,
                 ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
        }
        const float rowH = env.text(env.portrait() ? 104.f : 84.f);
        const float gap = 10.f;
        topicRow(env, col.take(rowH, gap), env.tr("Trộn tất cả chủ đề", "All topics mixed"),
                 core::packMastery(pack, progress, ctx.today()), -1);
        PageSlice page = pageSlice(m_rows.size(), col.left(), rowH, gap, m_page);
        for (std::size_t i = page.first; i < page.first + page.count; ++i)
            topicRow(env, col.take(rowH, gap), m_rows[i].name, m_rows[i], static_cast<int>(i));
        if (page.more)
            moreRow(env, col.take(rowH, gap), page);

        sf::FloatRect row{area.left, area.top + area.height - bottomH, area.width, bottomH};
        float half = (row.width - kGap) / 2.f;
        bigButton(env, {row.left, row.top, half, row.height},
                  ctx.settings.timedPractice ? env.tr("Tính giờ: BẬT", "Timed: ON")
                                             : env.tr("Tính giờ: TẮT", "Timed: OFF"),
                  {Intent::Kind::ToggleTimed});
        bigButton(env, {row.left + half + kGap, row.top, half, row.height},
                  env.tr("Xem tiến độ", "My progress"), {Intent::Kind::ShowProgress});
    }

    void onIntent(PlayContext& ctx, ScreenStack& stack, const Intent& intent) override {
        switch (intent.kind) {
            case Intent::Kind::Back:
                stack.pop();
                break;
            case Intent::Kind::Next:
                ++m_page;
                break;
            case Intent::Kind::ToggleTimed:
                ctx.settings.timedPractice = !ctx.settings.timedPractice;
                break;
            case Intent::Kind::ShowProgress:
                stack.push(makeProgressScreen(m_pack));
                break;
            case Intent::Kind::PickTopic:
                if (intent.arg < 0)
                    stack.push(makePracticeScreen(m_pack, std::nullopt));
                else if (static_cast<std::size_t>(intent.arg) < m_rows.size())
                    stack.push(makePracticeScreen(
                        m_pack, m_rows[static_cast<std::size_t>(intent.arg)].topicId));
                break;
            default:
                break;
        }
    }

private:
    static void topicRow(ViewEnv& env, sf::FloatRect row, const std::string& name,
                         const core::TopicMastery& m, int arg) {
        ui::fillRoundedRect(env.canvas.target, row, 14.f,
                            arg < 0 ? sf::Color(70, 60, 20) : ui::theme::kPanelLight);
        sf::FloatRect in = ui::inset(row, 12.f);
        float countW = in.width * 0.3f;
        text(env, name, {in.left, in.top, in.width - countW - kGap, in.height}, 32.f, "topic-name",
             true, ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
        std::string count = std::to_string(m.mastered) + "/" + std::to_string(m.total);
        text(env, count, {in.left + in.width - countW, in.top, countW, in.height * 0.6f}, 30.f,
             "topic-count", true, ui::theme::kAccent, ui::Align::Right, ui::VAlign::Middle);
        progressBar(
            env,
            {in.left + in.width - countW, in.top + in.height * 0.68f, countW, in.height * 0.22f},
            m.mastered, m.total, ui::theme::kGood);
        env.hits.add(row, {Intent::Kind::PickTopic, arg});
    }

    std::size_t m_pack;
    std::vector<core::TopicMastery> m_rows;
    int m_page = 0;
};

}  // namespace

std::unique_ptr<Screen> makeTopicScreen(std::size_t packIndex) {
    return std::make_unique<TopicScreen>(packIndex);
}

}  // namespace dovui::play
