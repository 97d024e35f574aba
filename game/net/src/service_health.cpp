#include "dovui/net/service_health.hpp"

#ifdef _WIN32
#include <winsock2.h>
#else
#include <cerrno>
#include <cstring>
#endif

#include <chrono>
#include <cstdio>
#include <thread>

namespace dovui::net {
namespace {

std::string describeError(int error) {
#ifdef _WIN32
    return "Winsock error " + std::to_string(error);
#else
    return std::strerror(error) + std::string(" (errno ") + std::to_string(error) + ")";
#endif
}

}  // namespace

int lastSocketError() {
#ifdef _WIN32
    return WSAGetLastError();
#else
    return errno;
#endif
}

void ServiceHealth::note(int status, int error, std::uint32_t timeoutMs) {
    if (status >= 0) {
        if (m_failing) {
            m_failing = false;
            ++m_logLines;
            std::fprintf(stderr, "dovui: %s: the network socket works again\n", m_who.c_str());
        }
        return;
    }
    ++m_failedPolls;
    m_lastCause = describeError(error);
    if (!m_failing) {
        m_failing = true;
        ++m_logLines;
        std::fprintf(stderr, "dovui: %s: enet_host_service failed: %s (still serving)\n",
                     m_who.c_str(), m_lastCause.c_str());
    }
    // ENet returns at once on a socket error: without this the loop would spin a core.
    std::this_thread::sleep_for(std::chrono::milliseconds(timeoutMs > 0 ? timeoutMs : 1));
}

}  // namespace dovui::net
