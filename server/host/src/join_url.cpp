#include "dovui/host/join_url.hpp"

#include "dovui/server/snapshot.hpp"

namespace dovui::host {
namespace {

std::string escapeWifi(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',' || c == ':' || c == '"')
            out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

bool isPrivate(const std::string& a) {
    return a.starts_with("192.168.") || a.starts_with("10.") ||
           (a.starts_with("172.") && a.size() > 6 && std::stoi(a.substr(4, 2)) >= 16 &&
            std::stoi(a.substr(4, 2)) <= 31);
}

}  // namespace

std::string buildJoinUrl(const std::string& address, std::uint16_t gamePort, std::uint16_t webPort,
                         std::uint32_t pin) {
    if (webPort != 0)
        return server::joinUrl(address, webPort, pin);
    return "dovui://" + address + ":" + std::to_string(gamePort) + "?pin=" + std::to_string(pin);
}

std::string pickLanAddress(const std::vector<std::string>& addresses) {
    for (const auto& a : addresses)
        if (isPrivate(a))
            return a;
    return addresses.empty() ? "127.0.0.1" : addresses.front();
}

std::string buildWifiQrText(const std::string& ssid, const std::string& password) {
    if (password.empty())
        return "WIFI:T:nopass;S:" + escapeWifi(ssid) + ";;";
    return "WIFI:T:WPA;S:" + escapeWifi(ssid) + ";P:" + escapeWifi(password) + ";;";
}

}  // namespace dovui::host
