#pragma once
/// Ports for servers under test: the kernel picks ports that are free a moment ago, so suites
/// running in parallel do not collide.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace dovui::testsupport {

/// `count` distinct UDP ports (held open together while they are picked).
std::vector<std::uint16_t> freeUdpPorts(std::size_t count);
std::uint16_t freeUdpPort();
std::uint16_t freeTcpPort();

}  // namespace dovui::testsupport
