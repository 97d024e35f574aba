#include "dovui/host/lobby_view.hpp"

#include <algorithm>
#include <cmath>

#include "dovui/host/card_views.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/join_url.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

namespace {
constexpr float kPageSeconds = 6.f;
constexpr float kNewestSeconds = 4.f;
}  // namespace

void LobbyView::setWifi(const std::string& ssid, const std::string& password) {
    m_wifiSsid = ssid;
    m_wifiPassword = password;
    m_wifiQr = ssid.empty() ? QrImage() : QrImage(buildWifiQrText(ssid, password));
}

void LobbyView::draw(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env) {
    drawBackground(canvas);
    std::string title = snap.pack ? snap.pack->title : std::string();
    drawTopBar(canvas, snap.name, modeLabel(snap.config.mode, env.lang),
               snap.locked ? tr(Str::Locked, env.lang) : tr(Str::Open, env.lang));
    sf::FloatRect area = contentArea(canvas);
    float leftW = std::round(area.width * 0.43f);
    drawJoinColumn(canvas, snap, env, {area.left, area.top, leftW, area.height});
    sf::FloatRect right{area.left + leftW + 40.f, area.top, area.width - leftW - 40.f, area.height};
    if (snap.config.mode == core::MatchMode::Teams && !snap.config.teamNames.empty())
        drawTeams(canvas, snap, env, right);
    else
        drawNameWall(canvas, snap, env, right);
    drawBanner(canvas, env.banner);
    drawHintBar(canvas, tr(Str::LobbyHints, env.lang));
}

void LobbyView::drawJoinColumn(Canvas& canvas, const server::ServerSnapshot& snap,
                               const ViewEnv& env, sf::FloatRect area) {
    std::string address = pickLanAddress(snap.addresses);
    std::string url = buildJoinUrl(address, snap.port, snap.webPort, snap.pin);
    if (url != m_joinQr.text())
        m_joinQr = QrImage(url);

    fillRoundedRect(canvas.target, area, 20.f, theme::kPanel);
    sf::FloatRect in = inset(area, 20.f);
    TextStyle label;
    label.size = 32.f;
    label.minSize = kMinText;
    label.color = theme::kTextDim;
    label.align = Align::Center;
    label.maxLines = 1;
    drawText(canvas, tr(Str::Pin, env.lang), {in.left, in.top, in.width, 40.f}, label,
             "lobby:pin-label");
    TextStyle pin;
    pin.size = 150.f;
    pin.minSize = 60.f;
    pin.bold = true;
    pin.color = theme::kAccent;
    pin.align = Align::Center;
    pin.valign = VAlign::Middle;
    pin.maxLines = 1;
    float pinH = std::min(170.f, in.height * 0.2f);
    drawText(canvas, groupPin(snap.pin), {in.left, in.top + 40.f, in.width, pinH}, pin,
             "lobby:pin");

    float wordsH = 180.f;
    float qrTop = in.top + 40.f + pinH + 10.f;
    float qrSpace = in.top + in.height - wordsH - qrTop;
    TextStyle words;
    words.size = 30.f;
    words.minSize = kMinText;
    words.align = Align::Center;
    words.maxLines = 3;
    words.valign = VAlign::Middle;
    if (m_wifiQr.ok() && qrSpace > in.width * 0.9f) {
        float side = std::min(in.width * 0.5f, (qrSpace - 20.f) / 2.f);
        TextStyle cap = words;
        cap.align = Align::Left;
        cap.valign = VAlign::Middle;
        cap.maxLines = 4;
        float capLeft = in.left + side + 20.f, capW = in.width - side - 20.f;
        sf::FloatRect wifi = m_wifiQr.draw(canvas, {in.left, qrTop, side, side});
        sf::FloatRect join = m_joinQr.draw(canvas, {in.left, qrTop + side + 20.f, side, side});
        if (canvas.probe) {
            canvas.probe->addRegion("qr", wifi);
            canvas.probe->addRegion("qr", join);
        }
        drawText(canvas,
                 "1. " + format(tr(Str::WifiLabel, env.lang), m_wifiSsid) + "\n" +
                     format(tr(Str::WifiPassword, env.lang), m_wifiPassword),
                 {capLeft, wifi.top, capW, side}, cap, "lobby:wifi");
        drawText(canvas, std::string("2. ") + tr(Str::ScanToJoin, env.lang),
                 {capLeft, join.top, capW, side}, cap, "lobby:join-caption");
    } else if (m_wifiQr.ok()) {
        float side = std::min((in.width - 20.f) / 2.f, qrSpace - 84.f);
        float left = in.left + (in.width - 2 * side - 20.f) / 2.f;
        sf::FloatRect wifi = m_wifiQr.draw(canvas, {left, qrTop, side, side});
        sf::FloatRect join = m_joinQr.draw(canvas, {left + side + 20.f, qrTop, side, side});
        if (canvas.probe) {
            canvas.probe->addRegion("qr", wifi);
            canvas.probe->addRegion("qr", join);
        }
        TextStyle cap = words;
        cap.size = kMinText;
        cap.maxLines = 1;
        drawText(canvas, "1. " + format(tr(Str::WifiLabel, env.lang), m_wifiSsid),
                 {wifi.left, wifi.top + side + 6.f, side, 36.f}, cap, "lobby:wifi-ssid");
        drawText(canvas, format(tr(Str::WifiPassword, env.lang), m_wifiPassword),
                 {wifi.left, wifi.top + side + 42.f, side, 36.f}, cap, "lobby:wifi-password");
        drawText(canvas, std::string("2. ") + tr(Str::ScanToJoin, env.lang),
                 {join.left, join.top + side + 6.f, side, 36.f}, cap, "lobby:join-caption");
    } else {
        float side = qrSpace;
        sf::FloatRect qr = m_joinQr.draw(canvas, {in.left, qrTop, in.width, side});
        if (canvas.probe)
            canvas.probe->addRegion("qr", qr);
    }
    float wordsTop = in.top + in.height - wordsH;
    drawText(canvas, tr(Str::JoinSteps, env.lang), {in.left, wordsTop, in.width, 120.f}, words,
             "lobby:join-steps");
    TextStyle addr = words;
    addr.bold = true;
    addr.size = 30.f;
    addr.maxLines = 1;
    addr.valign = VAlign::Middle;
    drawText(canvas,
             format(tr(Str::JoinAddress, env.lang),
                    snap.webPort ? url.substr(url.find("//") + 2)  // what a phone's browser takes
                                 : address + ":" + std::to_string(snap.port)),
             {in.left, wordsTop + 126.f, in.width, 50.f}, addr, "lobby:address");
}

std::uint64_t LobbyView::clockState(const ViewEnv& env) const {
    auto page = static_cast<std::uint64_t>(env.clock / kPageSeconds) % m_pages;
    return page * 2 + (env.clock - m_lastJoinAt < kNewestSeconds ? 1 : 0);
}

void LobbyView::drawNameWall(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                             sf::FloatRect area) {
    std::size_t count = snap.players.size();
    if (count != m_lastCount) {
        if (count > m_lastCount)
            m_lastJoinAt = env.clock;
        m_lastCount = count;
    }
    TextStyle big;
    big.size = 64.f;
    big.minSize = 28.f;
    big.bold = true;
    big.maxLines = 1;
    big.valign = VAlign::Middle;
    drawText(canvas, format(tr(Str::PlayersJoined, env.lang), std::to_string(count)),
             {area.left, area.top, area.width, 84.f}, big, "lobby:count");
    sf::FloatRect wall{area.left, area.top + 100.f, area.width, area.height - 150.f};
    if (count == 0) {
        m_pages = 1;
        TextStyle wait;
        wait.size = 40.f;
        wait.color = theme::kTextDim;
        wait.align = Align::Center;
        wait.valign = VAlign::Middle;
        drawText(canvas, tr(Str::WaitingForPlayers, env.lang), wall, wait, "lobby:waiting");
        return;
    }
    // Two columns unless the wall is wide: a 24-character name at the wall's smallest size
    // needs about 420 units.
    const std::size_t columns = area.width >= 1300.f ? 3 : 2;
    const float chipH = 64.f, gap = 12.f;
    std::size_t rows =
        std::max<std::size_t>(1, static_cast<std::size_t>((wall.height + gap) / (chipH + gap)));
    std::size_t perPage = rows * columns;
    std::size_t pages = (count + perPage - 1) / perPage;
    perPage = (count + pages - 1) / pages;  // even pages: no last page with four names
    m_pages = pages;
    std::size_t page = static_cast<std::size_t>(env.clock / kPageSeconds) % pages;
    if (env.clock - m_lastJoinAt < kNewestSeconds)
        page = pages - 1;  // someone just joined: show the newest names
    float chipW = (wall.width - gap * (columns - 1)) / columns;
    TextStyle name;
    name.size = 34.f;
    name.minSize = kMinText;
    name.bold = true;
    name.maxLines = 1;
    name.valign = VAlign::Middle;
    // One size for the whole page: the longest name sets it, so the wall looks even.
    std::size_t first = page * perPage, last = std::min(count, (page + 1) * perPage);
    float even = name.size;
    for (std::size_t i = first; i < last; ++i)
        even = std::min(even, layoutText(canvas, fromUtf8(snap.players[i].nickname),
                                         {0, 0, chipW - 24.f, chipH - 24.f}, name)
                                  .size);
    name.size = even;
    for (std::size_t i = first; i < last; ++i) {
        std::size_t slot = i - page * perPage;
        sf::FloatRect chip{wall.left + static_cast<float>(slot % columns) * (chipW + gap),
                           wall.top + static_cast<float>(slot / columns) * (chipH + gap), chipW,
                           chipH};
        bool fresh = i + 1 == count && env.clock - m_lastJoinAt < kNewestSeconds;
        fillRoundedRect(canvas.target, chip, 12.f, fresh ? theme::kAccent : theme::kPanelLight);
        name.color = fresh ? theme::kInk : theme::kText;
        sf::FloatRect nameBox = inset(chip, 12.f);
        if (cardNumberOf(snap, snap.players[i].id) > 0) {  // plays with a printed card
            drawCardIcon(canvas, {nameBox.left, nameBox.top, nameBox.height, nameBox.height});
            nameBox.left += nameBox.height + 10.f;
            nameBox.width -= nameBox.height + 10.f;
        }
        drawText(canvas, snap.players[i].nickname, nameBox, name, "lobby:name");
        if (canvas.probe)
            canvas.probe->addRegion("chips", chip);
    }
    TextStyle pageStyle;
    pageStyle.size = 30.f;
    pageStyle.minSize = kMinText;
    pageStyle.color = theme::kTextDim;
    pageStyle.align = Align::Right;
    pageStyle.maxLines = 1;
    if (pages > 1)
        drawText(
            canvas,
            format(tr(Str::Page, env.lang), std::to_string(page + 1) + "/" + std::to_string(pages)),
            {area.left, area.top + area.height - 40.f, area.width, 40.f}, pageStyle, "lobby:page");
}

void LobbyView::drawTeams(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                          sf::FloatRect area) {
    TextStyle big;
    big.size = 64.f;
    big.minSize = 28.f;
    big.bold = true;
    big.maxLines = 1;
    big.valign = VAlign::Middle;
    drawText(canvas, format(tr(Str::PlayersJoined, env.lang), std::to_string(snap.players.size())),
             {area.left, area.top, area.width, 84.f}, big, "lobby:count");
    const auto& teams = snap.config.teamNames;
    std::size_t n = teams.size();
    // Boxes two across (four side by side would leave ten letters a line at the wall's
    // smallest size); one row of boxes for two teams, two rows for three or four.
    const std::size_t across = std::min<std::size_t>(n, 2);
    const std::size_t down = (n + across - 1) / across;
    float gap = 16.f;
    float colW = (area.width - gap * static_cast<float>(across - 1)) / static_cast<float>(across);
    float top = area.top + 100.f;
    float height =
        (area.height - 100.f - gap * static_cast<float>(down - 1)) / static_cast<float>(down);
    TextStyle head;
    head.size = 34.f;
    head.minSize = kMinText;
    head.bold = true;
    head.align = Align::Center;
    head.valign = VAlign::Middle;
    head.maxLines = 1;
    TextStyle name;
    name.size = kMinText;
    name.minSize = kMinText;
    name.maxLines = 1;
    for (std::size_t t = 0; t < n; ++t) {
        sf::FloatRect col{area.left + static_cast<float>(t % across) * (colW + gap),
                          top + static_cast<float>(t / across) * (height + gap), colW, height};
        fillRoundedRect(canvas.target, col, 14.f, theme::kPanel);
        const TileLook& look = tileLook(t);
        sf::FloatRect header{col.left, col.top, col.width, 60.f};
        fillRoundedRect(canvas.target, header, 14.f, look.fill);
        head.color = look.ink;
        std::vector<const server::PlayerView*> members;
        for (const auto& p : snap.players)
            if (p.team == t + 1)
                members.push_back(&p);
        drawText(canvas, teams[t] + " (" + std::to_string(members.size()) + ")",
                 inset(header, 10.f), head, "lobby:team");
        float y = header.top + header.height + 10.f;
        std::size_t shown = 0;
        const float rowH = 38.f;
        for (const auto* p : members) {
            bool last = shown + 1 == members.size();
            if (y + rowH * (last ? 1.f : 2.f) > col.top + col.height - 6.f)
                break;  // keep a row for "and N more"
            drawText(canvas, p->nickname, {col.left + 14.f, y, col.width - 28.f, rowH}, name,
                     "lobby:team-member");
            y += rowH;
            ++shown;
        }
        if (shown < members.size()) {
            TextStyle more = name;
            more.color = theme::kTextDim;
            drawText(canvas,
                     format(tr(Str::AndMore, env.lang), std::to_string(members.size() - shown)),
                     {col.left + 14.f, y, col.width - 28.f, rowH}, more, "lobby:team-more");
        }
    }
}

}  // namespace dovui::host
