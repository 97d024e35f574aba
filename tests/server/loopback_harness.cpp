#include "loopback_harness.hpp"

#include <doctest/doctest.h>

namespace dovui::server::test {

void Phone::join(const std::string& nickname, std::uint32_t pin) {
    m_client.send(core::JoinMsg{core::kProtocolVersion, pin, {nickname}, false});
}

void Phone::answer(std::uint16_t questionIndex, std::vector<std::uint8_t> choice) {
    m_client.send(core::AnswerMsg{questionIndex, {std::move(choice)}});
}

void Phone::receive() {
    for (core::ServerMsg& msg : m_client.receive())
        m_inbox.push_back(std::move(msg));
}

ServerConfig loopbackConfig(const std::string& packPath, const std::string& dataDir) {
    ServerConfig config;
    config.packPath = packPath;
    config.name = "Phòng thử loopback";
    config.dataDir = dataDir;
    config.pin = kTestPin;
    config.openPorts = false;
    return config;
}

LoopbackHarness::LoopbackHarness(ServerConfig config)
    : m_clock(std::make_shared<ManualClock>(5'000)),
      m_loopback(std::make_shared<LoopbackTransport>()) {
    config.clock = m_clock;
    config.loopback = m_loopback;
    config.openPorts = false;
    m_server = std::make_unique<MatchServer>(std::move(config));
}

Phone& LoopbackHarness::connect(std::uint32_t address) {
    m_phones.push_back(std::make_unique<Phone>(m_loopback->connect(address)));
    return *m_phones.back();
}

Phone& LoopbackHarness::join(const std::string& nickname, std::uint32_t address) {
    Phone& phone = connect(address);
    phone.join(nickname);
    step();
    REQUIRE(phone.count<core::WelcomeMsg>() == 1);
    return phone;
}

void LoopbackHarness::step() {
    m_server->runOnce(0);
    m_server->runOnce(0);
    m_server->publishSnapshot();
    for (auto& phone : m_phones)
        phone->receive();
}

void LoopbackHarness::advance(core::Millis ms) {
    m_clock->advance(ms);
    step();
}

void LoopbackHarness::command(FacilitatorCommand c) {
    m_server->post(std::move(c));
    step();
}

}  // namespace dovui::server::test
