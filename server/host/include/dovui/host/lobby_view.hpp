#pragma once
/// The lobby on the projector: the PIN in huge digits, the join QR (and the Wi-Fi QR when
/// the facilitator gave one), the address in words, the player count and a paged name wall
/// (a thousand names never slow it down: only one page is drawn).
#include <cstdint>
#include <string>

#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/qr_image.hpp"

namespace dovui::host {

class LobbyView {
public:
    /// Shows a second QR that joins the phone to this Wi-Fi network.
    void setWifi(const std::string& ssid, const std::string& password);
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env);
    /// The text the join QR encodes (tests decode the screenshot and compare).
    const std::string& joinText() const { return m_joinQr.text(); }
    /// What of `env.clock` the last drawn wall shows (its page and whether the newest name is
    /// lit): the picture changes when this does.
    [[nodiscard]] std::uint64_t clockState(const ViewEnv& env) const;

private:
    void drawJoinColumn(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                        sf::FloatRect area);
    void drawNameWall(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                      sf::FloatRect area);
    void drawTeams(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                   sf::FloatRect area);

    ui::QrImage m_joinQr;
    ui::QrImage m_wifiQr;
    std::string m_wifiSsid, m_wifiPassword;
    std::size_t m_lastCount = 0;
    float m_lastJoinAt = -100.f;  ///< a join shows the newest page for a few seconds
    std::size_t m_pages = 1;      ///< pages of the wall last drawn
};

}  // namespace dovui::host
