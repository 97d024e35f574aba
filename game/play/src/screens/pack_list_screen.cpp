// Self-practice, step 1: choose a pack. A pack that failed to load says why, greyed.
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

class PackListScreen : public Screen {
public:
    void draw(PlayContext& ctx, ViewEnv& env) override {
        ctx.ensurePacksLoaded();
        drawBackground(env);
        sf::FloatRect area =
            formColumn(drawHeader(env, env.tr("Tự luyện tập", "Practise alone"), true));
        Column col(area);
        text(env, env.tr("Chọn bộ câu hỏi:", "Choose a question pack:"), col.take(env.text(50.f)),
             32.f, "packs-hint", false, ui::theme::kTextDim);
        const float rowH = env.text(env.portrait() ? 170.f : 130.f);
        for (std::size_t i = 0; i < ctx.packs.size() && col.left() >= rowH; ++i) {
            const PackEntry& e = ctx.packs[i];
            sf::FloatRect row = col.take(rowH);
            const bool ok = e.pack != nullptr;
            ui::fillRoundedRect(env.canvas.target, row, 16.f,
                                ok ? ui::theme::kPanelLight : sf::Color(60, 30, 36));
            sf::FloatRect in = ui::inset(row, 16.f);
            if (!ok) {
                text(env, e.problem, in, 28.f, "pack-problem", false, sf::Color(240, 170, 170),
                     ui::Align::Left, ui::VAlign::Middle);
                continue;
            }
            core::TopicMastery all =
                core::packMastery(*e.pack, ctx.progressOf(e.pack->id).progress, ctx.today());
            text(env, e.pack->title, {in.left, in.top, in.width, in.height * 0.55f}, 36.f,
                 "pack-title", true, ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
            std::string line = std::to_string(all.total) +
                               env.tr(" câu · đã thuộc ", " questions · learnt ") +
                               std::to_string(all.mastered);
            text(env, line, {in.left, in.top + in.height * 0.55f, in.width, in.height * 0.45f},
                 28.f, "pack-line", false, ui::theme::kTextDim, ui::Align::Left,
                 ui::VAlign::Middle);
            env.hits.add(row, {Intent::Kind::PickPack, static_cast<int>(i)});
        }
    }

    void onIntent(PlayContext& ctx, ScreenStack& stack, const Intent& intent) override {
        if (intent.kind == Intent::Kind::Back)
            stack.pop();
        else if (intent.kind == Intent::Kind::PickPack &&
                 static_cast<std::size_t>(intent.arg) < ctx.packs.size() &&
                 ctx.packs[static_cast<std::size_t>(intent.arg)].pack)
            stack.push(makeTopicScreen(static_cast<std::size_t>(intent.arg)));
    }
};

}  // namespace

std::unique_ptr<Screen> makePackListScreen() {
    return std::make_unique<PackListScreen>();
}

}  // namespace dovui::play
