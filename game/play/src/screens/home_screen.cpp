// Home: two large choices, the language and large-text switches, and the offer to rejoin.
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

class HomeScreen : public Screen {
public:
    void update(PlayContext& ctx, ScreenStack&, std::int64_t nowMs) override {
        // The ticket is read now and then, not every frame: it is a file.
        if (nowMs - m_checkedAtMs > 2000 || m_checkedAtMs == 0) {
            m_ticket = ctx.tickets.load(ctx.wallSeconds());
            m_checkedAtMs = nowMs;
        }
    }

    void draw(PlayContext& ctx, ViewEnv& env) override {
        drawBackground(env);
        const sf::Vector2f size = env.canvas.size;
        sf::FloatRect area = formColumn({kPad, kPad, size.x - 2 * kPad, size.y - 2 * kPad});
        Column col(area);
        text(env, "Đố Vui Số", col.take(env.text(84.f), 4.f), 72.f, "title", true,
             ui::theme::kAccent, ui::Align::Center, ui::VAlign::Middle);
        text(env, env.tr("Học kỹ năng số, nhận biết lừa đảo", "Learn digital skills, spot scams"),
             col.take(env.text(48.f), env.portrait() ? 40.f : 16.f), 32.f, "subtitle", false,
             ui::theme::kTextDim, ui::Align::Center, ui::VAlign::Middle);

        if (m_ticket) {
            sf::FloatRect box = col.take(env.text(env.portrait() ? 250.f : 150.f));
            panel(env, box, ui::theme::kPanelLight);
            sf::FloatRect inner = ui::inset(box, 16.f);
            std::string line =
                std::string(env.tr("Bạn đang chơi dở trận \"", "You left the game \"")) +
                m_ticket->matchName + env.tr("\" với tên ", "\" as ") + m_ticket->nickname + ".";
            float buttonW = env.portrait() ? inner.width : inner.width * 0.4f;
            float buttonH = env.portrait() ? kButtonHeight * 0.9f : inner.height;
            sf::FloatRect msg = env.portrait()
                                    ? sf::FloatRect{inner.left, inner.top, inner.width,
                                                    inner.height - buttonH - kGap}
                                    : sf::FloatRect{inner.left, inner.top,
                                                    inner.width - buttonW - kGap, inner.height};
            text(env, line, msg, 30.f, "resume-text", false, ui::theme::kText, ui::Align::Left,
                 ui::VAlign::Middle);
            bigButton(env,
                      {inner.left + inner.width - buttonW, inner.top + inner.height - buttonH,
                       buttonW, buttonH},
                      env.tr("Vào lại trận", "Rejoin the game"), {Intent::Kind::Resume}, true);
        }

        const float switchesH = kButtonHeight * 0.85f;
        sf::FloatRect choices{area.left, col.y, area.width, col.left() - switchesH - kGap};
        sf::FloatRect first = choices, second = choices;
        if (env.portrait()) {
            first.height = second.height = std::min(260.f, (choices.height - kGap * 2) / 2.f);
            second.top = first.top + first.height + kGap * 2;
        } else {
            first.width = second.width = (choices.width - kGap) / 2.f;
            second.left = first.left + first.width + kGap;
            first.height = second.height = std::min(300.f, choices.height);
        }
        bigButton(env, first, env.tr("Chơi cùng lớp", "Play with the class"),
                  {Intent::Kind::PlayClass}, true, env.tr("phím 1", "key 1"));
        bigButton(env, second, env.tr("Tự luyện tập", "Practise alone"), {Intent::Kind::Practise},
                  false, env.tr("phím 2", "key 2"));

        sf::FloatRect row{area.left, area.top + area.height - switchesH, area.width, switchesH};
        float half = (row.width - kGap) / 2.f;
        bigButton(env, {row.left, row.top, half, row.height},
                  ctx.lang() == core::Lang::Vi ? "English" : "Tiếng Việt",
                  {Intent::Kind::ToggleLang});
        bigButton(env, {row.left + half + kGap, row.top, half, row.height},
                  ctx.settings.largeText ? env.tr("Chữ to: BẬT", "Large text: ON")
                                         : env.tr("Chữ to: TẮT", "Large text: OFF"),
                  {Intent::Kind::ToggleLargeText});
    }

    std::optional<Intent> keyIntent(sf::Keyboard::Key key) const override {
        if (key == sf::Keyboard::Num1 || key == sf::Keyboard::Numpad1)
            return Intent{Intent::Kind::PlayClass};
        if (key == sf::Keyboard::Num2 || key == sf::Keyboard::Numpad2)
            return Intent{Intent::Kind::Practise};
        return std::nullopt;
    }

    void onIntent(PlayContext& ctx, ScreenStack& stack, const Intent& intent) override {
        switch (intent.kind) {
            case Intent::Kind::PlayClass:
                stack.push(makeGamesScreen());
                break;
            case Intent::Kind::Practise:
                stack.push(makePackListScreen());
                break;
            case Intent::Kind::ToggleLang:
                ctx.settings.lang = ctx.lang() == core::Lang::Vi ? core::Lang::En : core::Lang::Vi;
                ctx.session.setLang(ctx.settings.lang);
                break;
            case Intent::Kind::ToggleLargeText:
                ctx.settings.largeText = !ctx.settings.largeText;
                break;
            case Intent::Kind::Resume:
                if (m_ticket) {
                    ctx.session.resume(*m_ticket, ctx.nowMs);
                    stack.push(makeMatchScreen());
                }
                break;
            default:
                break;
        }
    }

private:
    std::optional<RejoinTicket> m_ticket;
    std::int64_t m_checkedAtMs = 0;
};

}  // namespace

std::unique_ptr<Screen> makeHomeScreen() {
    return std::make_unique<HomeScreen>();
}

}  // namespace dovui::play
