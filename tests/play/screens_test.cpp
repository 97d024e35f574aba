// Every learner screen rendered at a phone-like 720×1280 portrait and at 1366×768, with long
// Vietnamese text; nothing may be cut ("…") or spill out of its box, tiles may not overlap.
// PNGs go to <build>/screenshots/play/. Runs under xvfb-run (an OpenGL context is needed).
#include <doctest/doctest.h>

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <fstream>

#include "dovui/core/vietqr.hpp"
#include "dovui/play/app/app.hpp"
#include "dovui/play/app/match_views.hpp"
#include "dovui/play/app/screens.hpp"
#include "dovui/play/app/widgets.hpp"
#include "dovui/play/session/session_words.hpp"
#include "dovui/ui/card_view.hpp"
#include "dovui/ui/shapes.hpp"
#include "layout_checks.hpp"
#include "play_test_support.hpp"

using namespace dovui;
using namespace dovui::play;

namespace {

const std::vector<sf::Vector2u> kSizes = {{720, 1280}, {1366, 768}};

/// A long, realistic question and its options (Vietnamese is wider than English).
core::QuestionMsg longQuestion(core::QuestionKind kind, bool withCard) {
    core::QuestionMsg q;
    q.index = 6;
    q.total = 15;
    q.kind = kind;
    q.timeLimitMs = 30000;
    q.remainingMs = 17400;
    q.text =
        "Bác nhận được tin nhắn báo tài khoản ngân hàng sắp bị khóa vì chưa cập nhật sinh trắc "
        "học, kèm một đường link để xác thực ngay trong hôm nay. Bác nên làm gì trước tiên?";
    q.options = {"Bấm vào đường link và làm theo hướng dẫn cho nhanh kẻo bị khóa tài khoản",
                 "Gọi vào số điện thoại ghi trong tin nhắn để hỏi cho chắc chắn",
                 "Không bấm; tự mở ứng dụng ngân hàng hoặc gọi số in sau thẻ để kiểm tra",
                 "Chuyển tiếp tin nhắn cho con cháu trong nhóm Zalo gia đình để hỏi ý kiến"};
    if (kind == core::QuestionKind::TrueFalse)
        q.options = {"Đúng", "Sai"};
    if (kind == core::QuestionKind::Multi) {  // real teaching content: this PNG is in the README
        q.text =
            "Tin nhắn báo tài khoản sắp bị khóa vì chưa cập nhật sinh trắc học. Những dấu hiệu "
            "nào cho thấy đây là tin nhắn lừa đảo? Chọn tất cả các dấu hiệu đúng.";
        q.options = {"Hối thúc phải xác thực ngay trong hôm nay, nếu không sẽ bị khóa",
                     "Có tên người gửi giống tên ngân hàng quen thuộc của bác",
                     "Đường link lạ, có thêm chữ sau tên ngân hàng (…-baomat[.]vip)",
                     "Đòi bấm link để đăng nhập thay vì tự mở ứng dụng ngân hàng"};
    }
    if (kind == core::QuestionKind::Order)
        q.options = {"Tắt mạng Wi-Fi và dữ liệu di động ngay lập tức",
                     "Gọi tổng đài ngân hàng để khóa tài khoản tạm thời",
                     "Báo cho công an xã và lưu lại tin nhắn làm bằng chứng"};
    q.optionCount = static_cast<std::uint8_t>(q.options.size());
    if (withCard)
        q.card = core::ScenarioCard{
            core::SmsCard{"SenVangBank", "21:10",
                          "SenVangBank: Quy khach chua cap nhat sinh trac hoc. Tai khoan se tam "
                          "khoa luc 23h59 hom nay. Xac thuc ngay: senvangbank.com.vn-baomat[.]vip"},
            {}};
    return q;
}

SessionState baseState(Stage stage) {
    SessionState st;
    st.stage = stage;
    st.nickname = "Nguyễn Thị Hường";
    st.score = 4850;
    st.streak = 3;
    st.rank = 2;
    st.playerCount = 27;
    st.lobbyCount = 27;
    core::WelcomeMsg w;
    w.nickname = st.nickname;
    w.matchName = "Nhà văn hóa thôn Phú Mỹ, xã Tân Hòa — lớp Bình dân học vụ số";
    st.welcome = w;
    st.question = longQuestion(core::QuestionKind::Single, true);
    return st;
}

core::RevealMsg reveal(bool right) {
    core::RevealMsg r;
    r.index = 6;
    r.correct = {2};
    r.answered = true;
    r.correctAnswer = right;
    r.pointsGained = right ? 870 : 0;
    r.score = 4850;
    r.streak = right ? 3 : 0;
    r.rank = 2;
    r.playerCount = 27;
    r.explanation =
        "Ngân hàng không bao giờ gửi đường link yêu cầu xác thực qua tin nhắn. Dấu hiệu lừa "
        "đảo: hối thúc \"trong hôm nay\", tên miền lạ có thêm chữ. Hãy xóa tin, tự mở ứng dụng "
        "ngân hàng hoặc gọi số in sau thẻ.";
    return r;
}

/// The bundled Vietnamese pack.
const core::Pack& bundledPack() {
    static const core::Pack pack = [] {
        std::ifstream in(std::string(DOVUI_ASSETS_DIR) + "/packs/vi/an-toan-so.json");
        std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto loaded = core::parsePack(json);
        REQUIRE(loaded.pack);
        return *loaded.pack;
    }();
    return pack;
}

/// Question `q` as a learner gets it.
core::QuestionMsg asSent(const core::Question& q) {
    core::QuestionMsg msg;
    msg.index = 3;
    msg.total = 15;
    msg.kind = q.kind;
    msg.timeLimitMs = 30000;
    msg.remainingMs = 17400;
    msg.text = q.text;
    msg.options = q.options;
    msg.optionCount = static_cast<std::uint8_t>(q.options.size());
    msg.card = q.card;
    return msg;
}

/// The first question of the bundled Vietnamese pack with a `cardType` card (of `kind`, when
/// given), as a learner gets it.
core::QuestionMsg questionWithCard(const std::string& cardType,
                                   std::optional<core::QuestionKind> kind = std::nullopt) {
    for (const core::Question& q : bundledPack().questions) {
        if (!q.card || cardType != core::cardTypeName(q.card->body) || (kind && q.kind != *kind))
            continue;
        return asSent(q);
    }
    FAIL("no " << cardType << " card in the pack");
    return {};
}

/// Checks the probe: nothing cut, nothing outside its box or the view, tiles apart, and no
/// text under 18 px on a 720-wide phone (times "Chữ to"; in proportion at other sizes).
void checkLayout(const ui::LayoutProbe& probe, sf::Vector2f view, const std::string& name,
                 unsigned minPixels) {
    CAPTURE(name);
    CHECK(!probe.texts.empty());
    auto problems = uitest::checkLayout(probe, view, {.noTextCut = true, .boxesOnScreen = true});
    for (auto& p : uitest::checkGlyphs(probe, minPixels))
        problems.push_back(p);
    for (const auto& p : problems)
        CHECK_MESSAGE(false, p);
}

/// Renders `screen` at every size, checks it, and saves the PNGs.
struct Shooter {
    test::TempDir home;
    PlayContext ctx{home.path(), DOVUI_ASSETS_DIR};
    std::filesystem::path out = std::filesystem::path(DOVUI_SCREENSHOT_DIR);

    Shooter() {
        REQUIRE(ctx.fonts.ok);
        ctx.today = [] { return 20000; };
        ctx.wallSeconds = [] { return std::int64_t(1'700'000'000); };
        ctx.nowMs = 1000;
        std::filesystem::create_directories(out);
    }

    void shoot(Screen& screen, const std::string& name) {
        ScreenStack stack;
        screen.update(ctx, stack, ctx.nowMs);
        for (sf::Vector2u size : kSizes) {
            sf::RenderTexture texture;
            REQUIRE(texture.create(size.x, size.y));
            texture.clear();
            HitMap hits;
            ui::LayoutProbe probe;
            renderFrame(ctx, screen, texture, size, hits, &probe);
            texture.display();
            std::string file = name + "-" + std::to_string(size.x) + "x" + std::to_string(size.y) +
                               (ctx.settings.largeText ? "-large" : "") + ".png";
            CHECK(texture.getTexture().copyToImage().saveToFile((out / file).string()));
            lastFiles.push_back((out / file).string());
            lastHits = hits;
            float scale = static_cast<float>(std::min(size.x, size.y)) / kShortSide;
            float wanted = kMinText * (ctx.settings.largeText ? 1.25f : 1.f) * scale;
            checkLayout(probe, logicalSize(size), file, static_cast<unsigned>(std::lround(wanted)));
            const ui::LayoutProbe::TextEntry* smallest = probe.smallestText();
            unsigned card = 0;  // the card's message: its lesson
            for (const auto& t : probe.texts)
                if (t.label == "card:bubble" || t.label == "card:asks" || t.label == "card:value")
                    card = card == 0 ? t.pixelSize : std::min(card, t.pixelSize);
            MESSAGE(file << ": smallest text " << (smallest ? smallest->pixelSize : 0) << " px ("
                         << (smallest ? smallest->label : "-") << ")"
                         << (card ? ", card message " + std::to_string(card) + " px" : ""));
            lastProbe = probe;
        }
    }

    ui::LayoutProbe lastProbe;           ///< of the last size shot
    HitMap lastHits;                     ///< of the last size shot
    std::vector<std::string> lastFiles;  ///< every PNG saved, in order

    void shootMatch(const SessionState& st, const std::string& name) {
        ctx.fakeSession = st;
        auto screen = makeMatchScreen();
        shoot(*screen, name);
    }
};

}  // namespace

TEST_CASE("screens: home, games found, join") {
    Shooter s;
    s.ctx.tickets.save({"192.168.1.10", 27960, 246813, "tok", "Nguyễn Thị Hường",
                        "Nhà văn hóa thôn Phú Mỹ, xã Tân Hòa", 1'700'000'000});
    auto home = makeHomeScreen();
    s.shoot(*home, "home");
    s.ctx.settings.largeText = true;
    s.shoot(*home, "home");
    s.ctx.settings.largeText = false;

    net::GameInfo a{"Nhà văn hóa thôn Phú Mỹ — lớp Bình dân học vụ số buổi sáng",
                    core::kProtocolVersion,
                    27960,
                    8080,
                    23,
                    true,
                    "192.168.1.10"};
    net::GameInfo b{"Lớp cô Lan (máy cũ)", 7, 27961, 0, 4, true, "192.168.1.11"};
    net::GameInfo c{
        "Trường tiểu học Tân Hòa", core::kProtocolVersion, 27962, 0, 31, false, "192.168.1.12"};
    s.ctx.fakeGames =
        std::vector<FoundGame>{describeGame(a, core::Lang::Vi), describeGame(b, core::Lang::Vi),
                               describeGame(c, core::Lang::Vi)};
    auto games = makeGamesScreen();
    s.shoot(*games, "games");
    s.ctx.fakeGames = std::vector<FoundGame>{};
    s.shoot(*games, "games-none");

    JoinForm form;
    form.game = describeGame(a, core::Lang::Vi);
    form.pin = "246813";
    form.nickname = "Nguyễn Thị Hường";
    form.message =
        joinRefusalText(core::JoinRefusal::NicknameTaken, "Nguyễn Thị Hường", core::Lang::Vi);
    auto join = makeJoinScreen(form);
    s.shoot(*join, "join");
    auto manual = makeJoinScreen(JoinForm{std::nullopt, "192.168.1.10", "2468", "", ""});
    s.shoot(*manual, "join-manual");
}

TEST_CASE("screens: a class match from lobby to podium, drops and endings") {
    Shooter s;
    s.shootMatch(baseState(Stage::Lobby), "lobby");
    s.shootMatch(baseState(Stage::Question), "question");

    SessionState multi = baseState(Stage::Question);
    multi.question = longQuestion(core::QuestionKind::Multi, false);
    s.shootMatch(multi, "question-multi");
    SessionState order = baseState(Stage::Question);
    order.question = longQuestion(core::QuestionKind::Order, false);
    s.shootMatch(order, "question-order");
    {  // partly arranged: step numbers on the tiles, "start over" beside the send button
        s.ctx.fakeSession = order;
        auto screen = makeMatchScreen();
        ScreenStack stack;
        screen->update(s.ctx, stack, s.ctx.nowMs);
        screen->onIntent(s.ctx, stack, {Intent::Kind::Tile, 1});
        screen->onIntent(s.ctx, stack, {Intent::Kind::Tile, 0});
        s.shoot(*screen, "question-order-picked");
        s.ctx.fakeSession = multi;
        auto multiScreen = makeMatchScreen();
        multiScreen->update(s.ctx, stack, s.ctx.nowMs);
        multiScreen->onIntent(s.ctx, stack, {Intent::Kind::Tile, 2});
        s.shoot(*multiScreen, "question-multi-picked");
    }

    SessionState sent = baseState(Stage::Answered);
    sent.sentChoice = core::Choice{2};
    sent.ack = core::AnswerRefusal::None;
    s.shootMatch(sent, "sent");

    SessionState right = baseState(Stage::Reveal);
    right.reveal = reveal(true);
    s.shootMatch(right, "reveal-right");
    SessionState wrong = baseState(Stage::Reveal);
    wrong.reveal = reveal(false);
    wrong.question = longQuestion(core::QuestionKind::Multi, false);
    wrong.reveal->correct = {0, 2, 3};  // the sender's name alone proves nothing
    s.shootMatch(wrong, "reveal-wrong");
    s.ctx.settings.largeText = true;
    s.shootMatch(right, "reveal-right");
    s.shootMatch(baseState(Stage::Question), "question");
    s.ctx.settings.largeText = false;

    SessionState board = baseState(Stage::Leaderboard);
    board.board = core::LeaderboardMsg{6, {}, {}};
    const char* names[] = {"Trần Văn Phúc", "Nguyễn Thị Hường", "Lê Thị Bích Ngọc", "Phạm Minh",
                           "Hoàng Văn Thắng"};
    for (std::uint32_t i = 0; i < 5; ++i)
        board.board->top.push_back({names[i], 5200 - std::int32_t(i) * 350, i + 1});
    s.shootMatch(board, "leaderboard");

    SessionState podium = baseState(Stage::Podium);
    podium.podium = core::PodiumMsg{{}, {}, 2, 27, 9350, 11, 15};
    podium.history.push_back({"Câu 3", reveal(false).explanation, true, false});
    podium.history.push_back(
        {"Câu 9",
         "Mã OTP là chìa khóa tài khoản: không đọc cho ai, kể cả người xưng là nhân viên ngân "
         "hàng hay công an.",
         true, false});
    s.shootMatch(podium, "podium");

    s.shootMatch(baseState(Stage::Reconnecting), "reconnecting");
    SessionState gone = baseState(Stage::Ended);
    gone.endReason = EndReason::HostGone;
    gone.message =
        "Không còn liên lạc được với máy chủ. Có thể máy của người hướng dẫn đã tắt hoặc mất "
        "mạng. Hãy hỏi người hướng dẫn.";
    s.shootMatch(gone, "ended");

    // Kicked: a clear screen and the way home, not a dead end.
    SessionState kicked = baseState(Stage::Ended);
    kicked.endReason = EndReason::Kicked;
    kicked.message = "Người hướng dẫn đã mời bạn rời trò chơi.";
    s.shootMatch(kicked, "ended-kicked");
    bool title = false, home = false;
    for (const auto& t : s.lastProbe.texts) {
        title = title || (t.label == "ended-title" && t.content == "Bạn đã được mời ra khỏi lớp");
        home = home || t.label == "button:Về trang đầu";
    }
    CHECK(title);
    CHECK(home);
}

TEST_CASE("screens: every card kind is drawn readable on a portrait phone, with Chữ to too") {
    Shooter s;
    for (bool large : {false, true}) {
        s.ctx.settings.largeText = large;
        // Each kind with the text that carries its lesson (never left out for want of room).
        const std::pair<const char*, const char*> kinds[] = {{"sms", "card:bubble"},
                                                             {"call", "card:bubble"},
                                                             {"chat", "card:bubble"},
                                                             {"web", "card:asks"},
                                                             {"qr_payment", "card:value"}};
        for (const auto& [kind, key] : kinds) {
            SessionState st = baseState(Stage::Question);
            st.question = questionWithCard(kind);
            s.shootMatch(st, std::string("question-") + kind);
            bool found = false;
            for (const auto& t : s.lastProbe.texts)
                found = found || t.label == key;
            CAPTURE(std::string(kind));
            CAPTURE(large);
            CHECK(found);
        }
    }
}

TEST_CASE("screens: self-practice from pack list to progress") {
    Shooter s;
    // A broken pack among the good ones names its problem.
    std::filesystem::create_directories(s.home.path() / "packs");
    std::ofstream(s.home.path() / "packs" / "bo-cau-hoi-loi.json") << "{\"schemaVersion\": 1,";
    // A corrupted progress file: a clear message and a fresh start.
    std::filesystem::create_directories(s.home.path() / "practice");
    std::ofstream(s.home.path() / "practice" / "vi-an-toan-so.json") << "{ garbage";
    auto packs = makePackListScreen();
    s.shoot(*packs, "practice-packs");
    REQUIRE(!s.ctx.packs.empty());
    std::size_t index = 0;
    while (index < s.ctx.packs.size() &&
           !(s.ctx.packs[index].pack && s.ctx.packs[index].pack->id == "vi-an-toan-so"))
        ++index;
    REQUIRE(index < s.ctx.packs.size());
    CHECK_FALSE(s.ctx.progressOf("vi-an-toan-so").message.empty());

    auto topics = makeTopicScreen(index);
    s.shoot(*topics, "practice-topics");

    auto practice = makePracticeScreen(index, std::string("sms"));
    s.shoot(*practice, "practice-question");
    ScreenStack stack;
    practice->onIntent(s.ctx, stack, {Intent::Kind::Tile, 0});  // a wrong answer
    s.shoot(*practice, "practice-result");
    practice->onIntent(s.ctx, stack, {Intent::Kind::Next});
    practice->onIntent(s.ctx, stack, {Intent::Kind::Tile, 1});

    auto progress = makeProgressScreen(index);
    s.shoot(*progress, "practice-progress");
    CHECK(s.ctx.progressOf("vi-an-toan-so").progress.turn == 2);
    CHECK(std::filesystem::exists(s.home.path() / "practice" / "vi-an-toan-so.json.bad"));
}

namespace {

bool drew(const ui::LayoutProbe& probe, const std::string& label, const std::string& content) {
    for (const auto& t : probe.texts)
        if (t.label == label && t.content.find(content) != std::string::npos)
            return true;
    return false;
}

/// Nothing zbar can read in `png` (a scenario card's QR is a sample, never a payment).
void checkNoQr(const std::string& png) {
    const std::string missing = uitest::zbarMissing();
    INFO(missing);
    REQUIRE(missing.empty());
    CAPTURE(png);
    CHECK(uitest::decodeQrCodes(png).empty());
}

}  // namespace

TEST_CASE("screens: tap the red flag on each kind of card, at both sizes") {
    Shooter s;
    for (const char* kind : {"sms", "call", "chat", "web", "qr_payment"}) {
        CAPTURE(std::string(kind));
        SessionState st = baseState(Stage::Question);
        st.question = questionWithCard(kind, core::QuestionKind::Spot);
        const std::size_t spans = st.question->card->spans.size();
        s.shootMatch(st, std::string("question-spot-") + kind);
        // Every span is on the card, numbered, and its words are a target for a finger: the
        // middle of each piece, and 22 px above and below it, pick its option.
        const auto& rects = s.ctx.cardView.spanRects();
        REQUIRE(rects.size() == spans);
        const float scale = 768.f / kShortSide;  // the last size shot: 1366×768
        for (std::size_t i = 0; i < spans; ++i) {
            CAPTURE(i);
            REQUIRE_FALSE(rects[i].empty());
            CHECK(drew(s.lastProbe, "card:span-number", std::to_string(i + 1)));
            for (const sf::FloatRect& piece : rects[i]) {
                sf::Vector2f mid{piece.left + piece.width / 2.f, piece.top + piece.height / 2.f};
                for (float dy : {0.f, -22.f / scale, 22.f / scale}) {
                    auto intent = s.lastHits.at({mid.x, mid.y + dy});
                    REQUIRE(intent.has_value());
                    CHECK(intent->kind == Intent::Kind::Tile);
                    // Off the words, a nearer span (the line above or below) may win.
                    if (dy == 0.f)
                        CHECK(intent->arg == static_cast<int>(i));
                }
            }
        }
        // Picked on the card: marked, and the confirm button says what it sends.
        s.ctx.fakeSession = st;
        auto screen = makeMatchScreen();
        ScreenStack stack;
        screen->update(s.ctx, stack, s.ctx.nowMs);
        screen->onIntent(s.ctx, stack, {Intent::Kind::Tile, 1});
        s.shoot(*screen, std::string("question-spot-") + kind + "-picked");
        CHECK(drew(s.lastProbe, "button:Gửi chỗ đã chọn", "Gửi chỗ đã chọn"));
    }
}

TEST_CASE("screens: a span on the QR payload's message is marked on the bank app's row") {
    Shooter s;
    SessionState st = baseState(Stage::Question);
    st.question = questionWithCard("qr_payment", core::QuestionKind::Spot);
    core::ScenarioCard& card = *st.question->card;
    const std::string payload = std::get<core::QrPaymentCard>(card.body).payload;
    auto decoded = core::decodeVietQr(payload);
    REQUIRE(decoded.ok());
    REQUIRE(decoded.decoded->qr.message.has_value());
    const std::string message = *decoded.decoded->qr.message;
    const auto at = static_cast<std::uint16_t>(payload.rfind(message));
    card.spans.push_back(
        {"message", "payload", at, static_cast<std::uint16_t>(at + message.size())});
    st.question->options.push_back(message);
    st.question->optionCount = static_cast<std::uint8_t>(st.question->options.size());
    s.shootMatch(st, "question-spot-qr-message");
    REQUIRE(s.ctx.cardView.spanRects().size() == card.spans.size());
    CHECK_FALSE(s.ctx.cardView.spanRects().back().empty());
}

TEST_CASE("screens: no card's QR code can be scanned, the bank app still shows its fields") {
    Shooter s;
    int cards = 0;
    for (const core::Question& q : bundledPack().questions) {
        if (!q.card || !std::holds_alternative<core::QrPaymentCard>(q.card->body))
            continue;
        SessionState st = baseState(Stage::Question);
        st.question = asSent(q);
        s.lastFiles.clear();
        s.shootMatch(st, "qr-card-" + q.id);
        for (const auto& png : s.lastFiles)
            checkNoQr(png);
        // What the banking app shows after scanning is still there: who gets the money.
        const auto& card = std::get<core::QrPaymentCard>(q.card->body);
        CHECK(drew(s.lastProbe, "card:value", card.accountName));
        ++cards;
    }
    CHECK(cards >= 10);
}

TEST_CASE("screens: the reveal says genuine or scam and names the tricks") {
    Shooter s;
    for (bool genuine : {false, true}) {
        SessionState st = baseState(Stage::Reveal);
        st.reveal = reveal(!genuine);
        st.reveal->cardVerdict = genuine ? core::CardVerdict::Genuine : core::CardVerdict::Scam;
        st.reveal->techniques = {core::Technique::Impersonation, core::Technique::LinkApp};
        s.shootMatch(st, genuine ? "reveal-genuine" : "reveal-scam");
        CHECK(drew(s.lastProbe, "card:verdict", genuine ? "TIN THẬT" : "LỪA ĐẢO"));
        CHECK(
            drew(s.lastProbe, "techniques",
                 std::string(core::techniqueName(core::Technique::Impersonation, core::Lang::Vi))));
        CHECK(drew(s.lastProbe, "techniques",
                   std::string(core::techniqueName(core::Technique::LinkApp, core::Lang::Vi))));
    }
}
