// dovui_host_screens: renders every host screen at 1024×768 and 1920×1080 to PNG, then checks
// the layout (text inside its boxes, tiles apart) and that the lobby QR decodes to the join
// address. Usage: dovui_host_screens --out DIR
#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>

#include "dovui/host/app.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/join_url.hpp"
#include "dovui/host/leaderboard_view.hpp"
#include "dovui/host/lobby_view.hpp"
#include "dovui/host/podium_view.hpp"
#include "dovui/host/practice_corner_view.hpp"
#include "dovui/host/question_view.hpp"
#include "dovui/host/reveal_view.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/server/match_server.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/card_view.hpp"
#include "fixtures.hpp"
#include "layout_checks.hpp"

using namespace dovui;

namespace {

/// ", card message 24 px" for a screen with a scenario card: the size of its lesson text.
std::string cardText(const ui::LayoutProbe& probe) {
    unsigned px = 0;
    for (const auto& t : probe.texts)
        if (t.label == "card:bubble" || t.label == "card:asks" || t.label == "card:value")
            px = px == 0 ? t.pixelSize : std::min(px, t.pixelSize);
    return px ? ", card message " + std::to_string(px) + " px" : std::string();
}

/// Projected text is never smaller than this many pixels, at 1024×768 too (issue 11).
constexpr unsigned kMinGlyphPixels = 18;

/// Checks on the finished picture: the probe, the pixels, and the target (for its view).
using PixelCheck = std::function<std::vector<std::string>(const ui::LayoutProbe&, const sf::Image&,
                                                          const sf::RenderTarget&)>;

struct Shot {
    std::string name;
    std::function<void(ui::Canvas&)> draw;
    std::vector<std::string> expectQr;  ///< texts zbar must find in the PNG
    bool noQr = false;  ///< a scenario card's QR is on it: zbar must read nothing at all
    PixelCheck check;
    Shot(std::string n, std::function<void(ui::Canvas&)> d, std::vector<std::string> qr = {},
         bool noCode = false, PixelCheck c = {})
        : name(std::move(n)),
          draw(std::move(d)),
          expectQr(std::move(qr)),
          noQr(noCode),
          check(std::move(c)) {}
};

/// The device pixels a logical rectangle covers in `target` (its current view).
sf::IntRect toPixels(const sf::RenderTarget& target, sf::FloatRect r) {
    sf::Vector2i a = target.mapCoordsToPixel({r.left, r.top});
    sf::Vector2i b = target.mapCoordsToPixel({r.left + r.width, r.top + r.height});
    return {a.x, a.y, b.x - a.x, b.y - a.y};
}

/// The share of the pixels of `r` for which `near` holds.
template <class Near>
float share(const sf::Image& image, sf::IntRect r, Near near) {
    int hits = 0, all = 0;
    for (int y = std::max(0, r.top); y < r.top + r.height && y < int(image.getSize().y); ++y)
        for (int x = std::max(0, r.left); x < r.left + r.width && x < int(image.getSize().x); ++x) {
            ++all;
            hits += near(image.getPixel(unsigned(x), unsigned(y))) ? 1 : 0;
        }
    return all ? float(hits) / float(all) : 0.f;
}

bool closeTo(sf::Color a, sf::Color b, int within = 48) {
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b) <= within;
}

bool greenish(sf::Color c) {
    return c.g > c.r + 40 && c.g > c.b + 20;
}

bool drew(const ui::LayoutProbe& probe, const std::string& label, const std::string& content) {
    for (const auto& t : probe.texts)
        if (t.label == label && t.content == content)
            return true;
    return false;
}

/// Every span of a spot question's card is a numbered highlight in its tile's colour (open),
/// or, on the reveal, the right one lit green and the others without their tile's colour.
std::vector<std::string> checkSpans(const core::Question& q, const ui::CardView& card,
                                    bool revealed, const ui::LayoutProbe& probe,
                                    const sf::Image& image, const sf::RenderTarget& target) {
    std::vector<std::string> problems;
    const auto& rects = card.spanRects();
    if (!q.card || rects.size() != q.card->spans.size())
        return {"spot " + q.id + ": " + std::to_string(rects.size()) + " spans drawn, want " +
                std::to_string(q.card ? q.card->spans.size() : 0)};
    for (std::size_t i = 0; i < rects.size(); ++i) {
        std::string which = "spot " + q.id + " span " + std::to_string(i + 1);
        const bool right = q.correct[0] == i;
        if (rects[i].empty()) {
            if (!revealed || right)  // a reveal may leave a wrong one out for room
                problems.push_back(which + " is not on the card");
            continue;
        }
        if (!drew(probe, "card:span-number", std::to_string(i + 1)))
            problems.push_back(which + ": its number is not drawn");
        sf::IntRect first = toPixels(target, rects[i][0]);
        const sf::Color tile = ui::tileLook(i).fill;
        float tileShare = share(image, first, [&](sf::Color c) { return closeTo(c, tile); });
        if (!revealed && tileShare < 0.12f)
            problems.push_back(which + ": only " + std::to_string(int(tileShare * 100)) +
                               " % of its pixels in its tile's colour");
        if (revealed && right) {
            float lit = 0.f, area = 0.f;
            for (const auto& piece : rects[i]) {
                sf::IntRect r = toPixels(target, piece);
                lit += share(image, r, greenish) * float(r.width * r.height);
                area += float(r.width * r.height);
            }
            lit = area > 0.f ? lit / area : 0.f;
            if (lit < 0.25f)
                problems.push_back(which + " (the right one) is not lit: " +
                                   std::to_string(int(lit * 100)) + " % green");
        }
        const sf::Color grey(150, 150, 160);  // a dimmed span's badge
        if (revealed && !right &&
            share(image, first, [&](sf::Color c) { return closeTo(c, grey, 30); }) < 0.05f)
            problems.push_back(which + " (a wrong one) is not dimmed");
    }
    return problems;
}

/// The reveal of a card question says genuine or scam, and names each technique.
std::vector<std::string> checkTeaching(const core::Question& q, core::Lang lang,
                                       const ui::LayoutProbe& probe) {
    std::vector<std::string> problems;
    if (q.card && !drew(probe, "card:verdict", ui::cardVerdictWord(q.genuineCard, lang)))
        problems.push_back(q.id + ": the verdict \"" +
                           std::string(ui::cardVerdictWord(q.genuineCard, lang)) +
                           "\" is not drawn");
    std::string line;
    for (const auto& t : probe.texts)
        if (t.label == "reveal:technique" && !t.truncated)
            line += t.content;
    for (core::Technique t : q.techniques)
        if (line.find(core::techniqueName(t, lang)) == std::string::npos)
            problems.push_back(q.id + ": technique \"" + std::string(core::techniqueName(t, lang)) +
                               "\" is not named");
    return problems;
}

host::ViewEnv env(core::Lang lang = core::Lang::Vi, float phaseTime = 10.f) {
    host::ViewEnv e;
    e.lang = lang;
    e.clock = 3.f;
    e.phaseTime = phaseTime;
    return e;
}

/// The setup, error and overlay screens need the host's shared context.
using ContextHolder = uitest::HostContextHolder;

std::vector<Shot> buildShots(ui::Fonts& fonts, ContextHolder& holder) {
    auto vi = uitest::loadPack("packs/vi/buoi-hoc-dau-tien.json");
    auto big = uitest::loadPack("packs/vi/an-toan-so.json");
    auto en = uitest::loadPack("packs/en/first-class.json");
    (void)fonts;
    std::vector<Shot> shots;
    auto joinUrl = [](const server::ServerSnapshot& s) {
        return host::buildJoinUrl(host::pickLanAddress(s.addresses), s.port, s.webPort, s.pin);
    };
    auto lobby = [&](std::string name, server::ServerSnapshot s, bool wifi, float clock) {
        std::vector<std::string> qr = {joinUrl(s)};
        if (wifi)
            qr.push_back(host::buildWifiQrText("NhaVanHoa-Thon3", "hoctap2025"));
        auto view = std::make_shared<host::LobbyView>();
        if (wifi)
            view->setWifi("NhaVanHoa-Thon3", "hoctap2025");
        shots.push_back({name,
                         [view, s, clock](ui::Canvas& c) {
                             auto e = env();
                             e.clock = clock;
                             view->draw(c, s, e);
                         },
                         qr});
    };
    lobby("lobby-empty", uitest::lobbySnapshot(vi, core::MatchMode::Classic, 0), false, 0.f);
    lobby("lobby-40", uitest::lobbySnapshot(vi, core::MatchMode::Classic, 40), false, 30.f);
    lobby("lobby-wifi", uitest::lobbySnapshot(vi, core::MatchMode::Classic, 40), true, 30.f);
    lobby("lobby-teams", uitest::lobbySnapshot(vi, core::MatchMode::Teams, 40), false, 30.f);
    lobby("lobby-1000", uitest::lobbySnapshot(vi, core::MatchMode::Classic, 1000), false, 30.f);

    auto phase = [&](std::string name, std::shared_ptr<const core::Pack> pack,
                     const std::string& which, core::MatchMode mode, core::Phase p,
                     core::Lang lang = core::Lang::Vi, bool paused = false, bool voided = false) {
        int index = uitest::findQuestion(*pack, which);
        if (index < 0) {
            std::cerr << "no question for " << which << "\n";
            if (which.starts_with("spot:"))  // the spot shots are the point: never left out
                shots.push_back({name,
                                 [](ui::Canvas&) {},
                                 {},
                                 false,
                                 [which](auto&&...) {
                                     return std::vector<std::string>{"no question for " + which};
                                 }});
            return;
        }
        auto s = uitest::matchSnapshot(pack, mode, p, static_cast<std::uint16_t>(index));
        s.paused = paused;
        s.voided = voided;
        const auto& q = pack->questions[static_cast<std::size_t>(index)];
        // A card's QR is a sample: nothing may decode from the picture (issue 13).
        const bool qrCard = q.card && std::holds_alternative<core::QrPaymentCard>(q.card->body);
        auto question = std::make_shared<host::QuestionView>();
        auto reveal = std::make_shared<host::RevealView>();
        auto board = std::make_shared<host::LeaderboardView>();
        auto podium = std::make_shared<host::PodiumView>();
        board->setNewlyEliminated({"Võ Thị Ngữ", "Hà Văn Thuấn", "Ông Chín Đầu Làng",
                                   "Bà Tám Bán Xôi", "Chu Thị Thuỷ", "Lâm Thị Ửng"});
        shots.push_back(
            {name,
             [=](ui::Canvas& c) {
                 auto e = env(lang);
                 e.remainingMs = s.remainingMs;
                 if (p == core::Phase::Question)
                     question->draw(c, s, e);
                 else if (p == core::Phase::Reveal)
                     reveal->draw(c, s, e);
                 else if (p == core::Phase::Leaderboard)
                     board->draw(c, s, e);
                 else
                     podium->draw(c, s, e);
             },
             {},
             qrCard,
             [=](const ui::LayoutProbe& probe, const sf::Image& image,
                 const sf::RenderTarget& target) {
                 std::vector<std::string> problems;
                 const bool open = p == core::Phase::Question && !paused;
                 if (p == core::Phase::Reveal && !voided)
                     problems = checkTeaching(q, lang, probe);
                 if (q.kind == core::QuestionKind::Spot && !voided &&
                     (open || p == core::Phase::Reveal))
                     for (auto& problem : checkSpans(
                              q, p == core::Phase::Question ? question->card() : reveal->card(),
                              p == core::Phase::Reveal, probe, image, target))
                         problems.push_back(std::move(problem));
                 return problems;
             }});
    };
    using M = core::MatchMode;
    using P = core::Phase;
    for (const char* card : {"sms", "call", "chat", "web", "qr_payment"})
        phase(std::string("question-") + card, big, card, M::Classic, P::Question);
    phase("question-multi", big, "none:multi", M::Classic, P::Question);
    phase("question-order", big, "none:order", M::Classic, P::Question);
    phase("question-truefalse", big, "none:truefalse", M::Classic, P::Question);
    phase("question-paused", vi, "sms", M::Classic, P::Question, core::Lang::Vi, true);
    phase("question-en-qr", en, "qr_payment", M::Classic, P::Question, core::Lang::En);
    // Tap the red flag (issue 13): numbered spans on each kind of card, then the right one lit.
    for (const char* card : {"sms", "call", "chat", "web", "qr_payment"}) {
        phase(std::string("question-spot-") + card, big, std::string("spot:") + card, M::Classic,
              P::Question);
        phase(std::string("reveal-spot-") + card, big, std::string("spot:") + card, M::Classic,
              P::Reveal);
    }
    phase("reveal-spot-en", en, "spot:sms", M::Classic, P::Reveal, core::Lang::En);
    phase("reveal-qr_payment", big, "qr_payment", M::Classic, P::Reveal);
    // Every QR card of the bundled Vietnamese pack, as drawn: none may scan into a payment.
    for (std::size_t i = 0, n = 0; i < big->questions.size(); ++i) {
        const auto& q = big->questions[i];
        if (q.card && std::holds_alternative<core::QrPaymentCard>(q.card->body))
            phase("qr-card-" + std::to_string(++n) + "-" + q.id, big, "id:" + q.id, M::Classic,
                  P::Question);
    }
    phase("reveal-single", big, "sms", M::Classic, P::Reveal);
    phase("reveal-multi", big, "none:multi", M::Classic, P::Reveal);
    phase("reveal-order", big, "none:order", M::Classic, P::Reveal);
    phase("reveal-poll", big, "none:poll", M::Classic, P::Reveal);
    phase("reveal-en", en, "web", M::Classic, P::Reveal, core::Lang::En);
    phase("reveal-skipped", big, "chat", M::Classic, P::Reveal, core::Lang::Vi, false, true);
    phase("leaderboard-classic", vi, "sms", M::Classic, P::Leaderboard);
    phase("leaderboard-teams", vi, "sms", M::Teams, P::Leaderboard);
    phase("leaderboard-elimination", vi, "sms", M::Elimination, P::Leaderboard);
    phase("leaderboard-accuracy-en", en, "sms", M::AccuracyFirst, P::Leaderboard, core::Lang::En);
    phase("podium-classic", vi, "sms", M::Classic, P::Podium);
    phase("podium-teams", vi, "sms", M::Teams, P::Podium);
    // After the report button: where the report went, or why it could not be written.
    auto podiumWith = [&](std::string name, host::ReportNote note) {
        auto view = std::make_shared<host::PodiumView>();
        view->setReportNote(std::move(note));
        auto s = uitest::matchSnapshot(vi, M::Classic, P::Podium, 14);
        shots.push_back({name, [view, s](ui::Canvas& c) { view->draw(c, s, env()); }, {}});
    };
    const std::string reportDir = "/home/nhavanhoa/.local/share/dovui/reports/match-12";
    podiumWith("podium-report", {host::ReportNote::State::Opened, reportDir + "/report.html", ""});
    podiumWith("podium-report-no-browser",
               {host::ReportNote::State::NoBrowser, reportDir + "/report.html", ""});
    podiumWith("podium-report-failed",
               {host::ReportNote::State::Failed, "/home/nhavanhoa/.local/share/dovui",
                "không ghi được vào thư mục reports (ổ đĩa đầy)"});
    podiumWith("podium-export",  // X: "Xuất kết quả để gửi" (issue 17)
               {host::ReportNote::State::Exported,
                "/home/nhavanhoa/.local/share/dovui/gui-di/"
                "ket-qua-Nha-van-hoa-thon-3-2026-12-01.sqlite",
                ""});

    // The practice corner: the class's weakest topics, a pack switched off; just opened; English.
    auto corner = [&](std::string name, server::ServerSnapshot s, core::Lang lang,
                      std::vector<host::PracticeChoice> packs) {
        auto view = std::make_shared<host::PracticeCornerView>();
        std::vector<std::string> qr;  // no code to scan when the page is off
        if (s.webPort && s.practiceOffered)
            qr.push_back(server::practiceUrl(host::pickLanAddress(s.addresses), s.webPort));
        shots.push_back({name, [=](ui::Canvas& c) { view->draw(c, s, env(lang), packs); }, qr});
    };
    host::HostSettings oneOff;
    host::setPracticeOn(oneOff, "vi/buoi-hoc-dau-tien.json", false);
    auto packs = host::practiceChoices(server::assetsDir(), oneOff);
    corner("practice-corner", uitest::practiceSnapshot(big, 7, 186), core::Lang::Vi, packs);
    corner("practice-corner-new", uitest::practiceSnapshot(big, 0, 0), core::Lang::Vi,
           host::practiceChoices(server::assetsDir(), {}));
    corner("practice-corner-en", uitest::practiceSnapshot(en, 3, 42), core::Lang::En, packs);
    auto webOff = uitest::practiceSnapshot(big, 0, 0);
    webOff.webPort = 0;
    webOff.webError = "cannot open TCP port 8080: Address already in use";
    corner("practice-corner-web-off", webOff, core::Lang::Vi, packs);

    host::HostContext& ctx = holder.ctx;
    auto setup = std::shared_ptr<host::Screen>(host::makeSetupScreen(ctx));
    shots.push_back({"setup", [setup](ui::Canvas& c) { setup->draw(c); }, {}});
    std::string packError;
    try {
        server::loadPackFile(std::string(DOVUI_UI_TEST_DIR) + "/broken-pack.json");
    } catch (const std::exception& e) {
        packError = e.what();
    }
    auto error = std::shared_ptr<host::Screen>(host::makeErrorScreen(ctx, packError));
    shots.push_back({"error-pack", [error](ui::Canvas& c) { error->draw(c); }, {}});
    auto portError = std::shared_ptr<host::Screen>(
        host::makeErrorScreen(ctx, "cannot open UDP port 27960 (is another game server running?)"));
    shots.push_back({"error-port", [portError](ui::Canvas& c) { portError->draw(c); }, {}});
    auto lobbyUnder = std::make_shared<host::LobbyView>();
    auto lobbySnap = uitest::lobbySnapshot(vi, core::MatchMode::Classic, 40);
    auto menu = std::shared_ptr<host::Screen>(host::makeMenuOverlay(ctx));
    shots.push_back({"overlay-menu",
                     [=](ui::Canvas& c) {
                         lobbyUnder->draw(c, lobbySnap, env());
                         menu->draw(c);
                     },
                     {}});
    auto confirm = std::shared_ptr<host::Screen>(
        host::makeConfirmOverlay(ctx, host::tr(host::Str::ConfirmClose, core::Lang::Vi), [] {}));
    shots.push_back({"overlay-close",
                     [=](ui::Canvas& c) {
                         lobbyUnder->draw(c, lobbySnap, env());
                         confirm->draw(c);
                     },
                     {}});
    return shots;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out = "screenshots";
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--out")
            out = argv[i + 1];
    std::filesystem::create_directories(out);
    // The setup screen lists user packs too: point it at an empty folder.
    std::string home = out + "/xdg";
    std::filesystem::create_directories(home);
    setenv("XDG_DATA_HOME", home.c_str(), 1);

    if (std::string missing = uitest::zbarMissing(); !missing.empty()) {
        std::cerr << "FAIL " << missing << "\n";
        return 1;
    }
    ui::Fonts fonts = ui::Fonts::load(server::assetsDir());
    if (!fonts.ok) {
        std::cerr << fonts.warning << "\n";
        return 1;
    }
    ContextHolder holder(fonts);
    std::vector<Shot> shots = buildShots(fonts, holder);
    int failures = 0;
    for (sf::Vector2u size : {sf::Vector2u{1024, 768}, sf::Vector2u{1920, 1080}}) {
        sf::RenderTexture target;
        if (!target.create(size.x, size.y)) {
            std::cerr << "cannot create a " << size.x << "x" << size.y << " render texture\n";
            return 1;
        }
        for (const Shot& shot : shots) {
            sf::Vector2f logical;
            sf::View view = host::letterboxView(size, logical);
            target.setView(view);
            target.clear(sf::Color::Black);
            ui::LayoutProbe probe;
            float scale = view.getViewport().width * static_cast<float>(size.x) / logical.x;
            ui::Canvas canvas{target, fonts, logical, scale, &probe, host::kMinTextPixels};
            shot.draw(canvas);
            target.display();
            std::string file = out + "/" + shot.name + "-" + std::to_string(size.x) + "x" +
                               std::to_string(size.y) + ".png";
            if (!target.getTexture().copyToImage().saveToFile(file)) {
                std::cerr << "FAIL " << file << ": cannot save\n";
                ++failures;
                continue;
            }
            std::vector<std::string> problems = uitest::checkLayout(probe, logical);
            if (shot.check) {
                sf::Image image = target.getTexture().copyToImage();
                for (auto& p : shot.check(probe, image, target))
                    problems.push_back(std::move(p));
            }
            if (shot.noQr) {
                auto decoded = uitest::decodeQrCodes(file);
                for (const auto& text : decoded)
                    problems.push_back("a scenario card's QR code decodes: \"" + text + "\"");
            }
            for (auto& p : uitest::checkGlyphs(probe, kMinGlyphPixels))
                problems.push_back(std::move(p));
            if (!shot.expectQr.empty()) {
                auto decoded = uitest::decodeQrCodes(file);
                for (const auto& want : shot.expectQr)
                    if (std::find(decoded.begin(), decoded.end(), want) == decoded.end())
                        problems.push_back("QR code \"" + want + "\" does not decode from " + file +
                                           " (zbarimg found " + std::to_string(decoded.size()) +
                                           " codes)");
            }
            for (const auto& p : problems)
                std::cerr << "FAIL " << file << ": " << p << "\n";
            failures += problems.empty() ? 0 : 1;
            const ui::LayoutProbe::TextEntry* smallest = probe.smallestText();
            std::cout << (problems.empty() ? "ok   " : "FAIL ") << file << " ("
                      << probe.texts.size() << " texts, smallest "
                      << (smallest ? smallest->pixelSize : 0)
                      << " px: " << (smallest ? smallest->label : "-") << cardText(probe) << ")\n";
        }
    }
    std::cout << shots.size() * 2 << " screenshots in " << out << ", " << failures
              << " with problems\n";
    return failures == 0 ? 0 : 1;
}
