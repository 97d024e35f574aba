// Games found on the LAN: live list, other versions greyed with the reason, manual address.
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

class GamesScreen : public Screen {
public:
    void update(PlayContext& ctx, ScreenStack&, std::int64_t) override {
        if (!ctx.fakeGames)
            ctx.browser.start();
        m_games = ctx.games();
    }

    void draw(PlayContext& ctx, ViewEnv& env) override {
        drawBackground(env);
        sf::FloatRect area =
            formColumn(drawHeader(env, env.tr("Chọn phòng chơi", "Choose a game"), true));
        Column col(area);
        const bool searching = !ctx.fakeGames && ctx.browser.rounds() == 0;
        std::string hint =
            m_games.empty()
                ? (searching ? env.tr("Đang tìm trò chơi trong mạng Wi-Fi…",
                                      "Looking for games on the Wi-Fi…")
                             : env.tr("Chưa thấy trò chơi nào. Hãy kiểm tra điện thoại đã vào "
                                      "đúng Wi-Fi của lớp, rồi chờ một chút.",
                                      "No game found yet. Check that you are on the class "
                                      "Wi-Fi, then wait a moment."))
                : env.tr("Chạm vào tên phòng mà người hướng dẫn đọc:",
                         "Tap the game the facilitator names:");
        text(env, hint, col.take(env.text(m_games.empty() ? 130.f : 50.f)), 30.f, "games-hint",
             false, ui::theme::kTextDim);

        const float manualH = kButtonHeight;
        const float rowH = env.text(env.portrait() ? 190.f : 130.f);
        for (std::size_t i = 0; i < m_games.size(); ++i) {
            if (col.left() < rowH + manualH + kGap)
                break;  // the rest would not fit: the first games are the joinable ones
            drawRow(env, col.take(rowH), m_games[i], static_cast<int>(i));
        }
        bigButton(env, {area.left, area.top + area.height - manualH, area.width, manualH},
                  env.tr("Nhập địa chỉ máy chủ", "Type the host's address"),
                  {Intent::Kind::Manual});
    }

    void onIntent(PlayContext&, ScreenStack& stack, const Intent& intent) override {
        if (intent.kind == Intent::Kind::Back) {
            stack.pop();
        } else if (intent.kind == Intent::Kind::Manual) {
            stack.push(makeJoinScreen(JoinForm{}));
        } else if (intent.kind == Intent::Kind::PickGame && intent.arg >= 0 &&
                   static_cast<std::size_t>(intent.arg) < m_games.size()) {
            const FoundGame& game = m_games[static_cast<std::size_t>(intent.arg)];
            if (game.compatible) {
                JoinForm form;
                form.game = game;
                stack.push(makeJoinScreen(form));
            }
        }
    }

private:
    static void drawRow(ViewEnv& env, sf::FloatRect row, const FoundGame& game, int index) {
        const bool ok = game.compatible;
        ui::fillRoundedRect(env.canvas.target, row, 16.f,
                            ok ? ui::theme::kPanelLight : sf::Color(40, 44, 54), ok ? 3.f : 0.f,
                            ui::theme::kAccent);
        sf::FloatRect inner = ui::inset(row, 16.f);
        sf::Color ink = ok ? ui::theme::kText : sf::Color(140, 146, 160);
        text(env, game.info.name, {inner.left, inner.top, inner.width, inner.height * 0.6f}, 36.f,
             "game-name", true, ink, ui::Align::Left, ui::VAlign::Middle);
        std::string players =
            std::to_string(game.info.players) +
            env.tr(" người đã vào", game.info.players == 1 ? " player in" : " players in");
        std::string second = ok ? players : game.why;
        text(env, second,
             {inner.left, inner.top + inner.height * 0.6f, inner.width, inner.height * 0.4f}, 28.f,
             "game-detail", false, ok ? ui::theme::kTextDim : sf::Color(230, 150, 150),
             ui::Align::Left, ui::VAlign::Middle);
        env.hits.add(row, {ok ? Intent::Kind::PickGame : Intent::Kind::None, index});
    }

    std::vector<FoundGame> m_games;
};

}  // namespace

std::unique_ptr<Screen> makeGamesScreen() {
    return std::make_unique<GamesScreen>();
}

}  // namespace dovui::play
