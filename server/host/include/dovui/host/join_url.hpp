#pragma once
/// What the lobby's QR codes say. The join address is built in ONE place: the phones' browser
/// page, http://<lan-address>:<web port>/?pin=NNNNNN (server::joinUrl).
#include <cstdint>
#include <string>
#include <vector>

namespace dovui::host {

/// "http://192.168.1.23:8080/?pin=123456": a phone's camera opens it in the browser. With the
/// web page off (webPort 0), the native app's "dovui://192.168.1.23:27960?pin=123456".
std::string buildJoinUrl(const std::string& address, std::uint16_t gamePort, std::uint16_t webPort,
                         std::uint32_t pin);

/// The address learners should use: the first private LAN address, else the first one,
/// else "127.0.0.1".
std::string pickLanAddress(const std::vector<std::string>& addresses);

/// "WIFI:T:WPA;S:<ssid>;P:<password>;;" with \ ; , : " escaped; T:nopass without password.
std::string buildWifiQrText(const std::string& ssid, const std::string& password);

}  // namespace dovui::host
