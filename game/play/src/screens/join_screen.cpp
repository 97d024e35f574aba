// Join: the PIN from the big screen and a nickname (typed through the system's input method,
// so Vietnamese marks arrive composed through SFML's TextEntered); refusals in words.
#include <SFML/System/String.hpp>

#include "dovui/core/text.hpp"
#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {
namespace {

constexpr std::uint16_t kUsualGamePort = 27960;  ///< the server's default game port
enum Field { Address = 0, Pin = 1, Name = 2 };

class JoinScreen : public Screen {
public:
    explicit JoinScreen(JoinForm form) : m_form(std::move(form)) {
        m_focus = m_form.game ? Pin : Address;
    }

    void update(PlayContext& ctx, ScreenStack& stack, std::int64_t) override {
        if (!m_submitted)
            return;
        const SessionState& st = ctx.sessionState();
        if (st.stage == Stage::Refused) {
            m_form.message = st.message;
            m_submitted = false;
        } else if (st.welcome) {
            stack.pop();
            stack.push(makeMatchScreen());
            m_submitted = false;
        }
    }

    void draw(PlayContext&, ViewEnv& env) override {
        drawBackground(env);
        std::string title = m_form.game ? m_form.game->info.name
                                        : std::string(env.tr("Nhập địa chỉ", "Type the address"));
        sf::FloatRect area = formColumn(drawHeader(env, title, true));
        Column col(area);
        const float fieldH = env.text(40.f) + 96.f;
        if (!m_form.game)
            textField(
                env, col.take(fieldH, 24.f),
                env.tr("Địa chỉ máy chủ (trên màn hình lớn)", "Host address (on the big screen)"),
                m_form.address, "192.168.1.10", m_focus == Address, {Intent::Kind::Focus, Address});
        textField(env, col.take(fieldH, 24.f),
                  env.tr("Mã PIN (6 chữ số trên màn hình lớn)", "PIN (6 digits on the big screen)"),
                  m_form.pin, "123456", m_focus == Pin, {Intent::Kind::Focus, Pin});
        textField(env, col.take(fieldH, 24.f), env.tr("Tên của bạn", "Your name"), m_form.nickname,
                  env.tr("Ví dụ: Bà Tư", "e.g. Grandma Tu"), m_focus == Name,
                  {Intent::Kind::Focus, Name});
        if (!m_form.message.empty()) {
            sf::FloatRect box = col.take(env.text(150.f));
            panel(env, box, sf::Color(110, 28, 36));
            text(env, m_form.message, ui::inset(box, 16.f), 30.f, "join-message", true,
                 ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
        }
        sf::FloatRect button{area.left, std::min(col.y, area.top + area.height - kButtonHeight),
                             area.width, kButtonHeight};
        if (m_submitted)
            bigButton(env, button, env.tr("Đang vào phòng…", "Joining…"), {});
        else
            bigButton(env, button, env.tr("Vào chơi", "Join"), {Intent::Kind::Submit}, ready(),
                      "Enter");
    }

    std::optional<Intent> keyIntent(sf::Keyboard::Key key) const override {
        if (key == sf::Keyboard::Escape)
            return Intent{Intent::Kind::Back};
        return std::nullopt;  // everything else is typing (onText)
    }

    void onText(PlayContext& ctx, std::uint32_t cp) override {
        if (m_submitted)
            return;
        std::string& value = field(m_focus);
        if (cp == '\r' || cp == '\n')
            return submit(ctx);
        if (cp == '\t') {
            m_focus = m_focus == Name ? (m_form.game ? Pin : Address) : m_focus + 1;
            return;
        }
        if (cp == 8) {  // backspace: remove one code point
            sf::String s = sf::String::fromUtf8(value.begin(), value.end());
            if (!s.isEmpty())
                s.erase(s.getSize() - 1);
            auto bytes = s.toUtf8();
            value.assign(bytes.begin(), bytes.end());
            return;
        }
        if (cp < 32 || cp == 127)
            return;
        if (m_focus == Pin && (cp < '0' || cp > '9' || value.size() >= 6))
            return;
        if (m_focus == Address && (cp > 127 || value.size() >= 64))
            return;
        std::string candidate = value;
        sf::String one(static_cast<sf::Uint32>(cp));
        auto bytes = one.toUtf8();
        candidate.append(bytes.begin(), bytes.end());
        if (m_focus == Name) {
            auto nfc = core::toNfc(candidate);
            if (!nfc || core::graphemeCount(*nfc) > 16)
                return;
            candidate = *nfc;
        }
        value = candidate;
        m_form.message.clear();
    }

    void onIntent(PlayContext& ctx, ScreenStack& stack, const Intent& intent) override {
        if (intent.kind == Intent::Kind::Back && !m_submitted)
            stack.pop();
        else if (intent.kind == Intent::Kind::Focus)
            m_focus = intent.arg;
        else if (intent.kind == Intent::Kind::Submit)
            submit(ctx);
    }

private:
    std::string& field(int which) {
        return which == Address ? m_form.address : which == Pin ? m_form.pin : m_form.nickname;
    }

    bool ready() const {
        return m_form.pin.size() == 6 && !m_form.nickname.empty() &&
               (m_form.game || !m_form.address.empty());
    }

    void submit(PlayContext& ctx) {
        const bool vi = ctx.lang() == core::Lang::Vi;
        if (!ready()) {
            m_form.message = m_form.pin.size() != 6 ? (vi ? "Mã PIN có đúng 6 chữ số."
                                                          : "The PIN has exactly 6 digits.")
                             : m_form.nickname.empty()
                                 ? (vi ? "Hãy nhập tên của bạn." : "Please type your name.")
                                 : (vi ? "Hãy nhập địa chỉ máy chủ." : "Please type the address.");
            return;
        }
        std::string address = m_form.game ? m_form.game->info.address : m_form.address;
        std::uint16_t port = m_form.game ? m_form.game->info.gamePort : kUsualGamePort;
        if (!m_form.game)
            splitAddress(address, port);
        ctx.session.join(address, port, static_cast<std::uint32_t>(std::stoul(m_form.pin)),
                         m_form.nickname, ctx.nowMs);
        m_submitted = true;
        m_form.message.clear();
    }

    /// "192.168.1.10:27961" → address and port; without a port the usual one is kept.
    static void splitAddress(std::string& address, std::uint16_t& port) {
        auto colon = address.rfind(':');
        if (colon == std::string::npos)
            return;
        try {
            unsigned long p = std::stoul(address.substr(colon + 1));
            if (p > 0 && p < 65536)
                port = static_cast<std::uint16_t>(p);
        } catch (const std::exception&) {
        }
        address.resize(colon);
    }

    JoinForm m_form;
    int m_focus = Pin;
    bool m_submitted = false;
};

}  // namespace

std::unique_ptr<Screen> makeJoinScreen(JoinForm form) {
    return std::make_unique<JoinScreen>(std::move(form));
}

}  // namespace dovui::play
