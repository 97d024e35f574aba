// dovui-join-flood: a prankster's ENet join flood from one address (issue 12): opens
// connections at a fixed rate and sends a join on each as soon as it connects. When its 4095
// peers are used up it drops the oldest. Prints what the server let in and what it refused.
// With --probe NAME it is one honest learner instead, and prints how long its join took.
#include <enet/enet.h>

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <deque>
#include <map>
#include <string>

#include "dovui/core/protocol.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Counts {
    long attempts = 0, connected = 0, welcomed = 0, refused = 0, closedByServer = 0;
    std::map<int, long> refusals;  ///< by JoinRefusal value
};

void onReceive(ENetPacket* packet, Counts& counts) {
    auto decoded = dovui::core::decodeServerMsg(packet->data, packet->dataLength);
    if (!decoded)
        return;
    if (std::holds_alternative<dovui::core::WelcomeMsg>(*decoded.msg))
        ++counts.welcomed;
    if (const auto* refused = std::get_if<dovui::core::JoinRefusedMsg>(&*decoded.msg)) {
        ++counts.refused;
        ++counts.refusals[static_cast<int>(refused->reason)];
    }
}

ENetPacket* joinPacket(std::uint32_t pin, const std::string& nickname) {
    std::string join = dovui::core::encode(dovui::core::ClientMsg{
        dovui::core::JoinMsg{dovui::core::kProtocolVersion, pin, {nickname}, false}});
    return enet_packet_create(join.data(), join.size(), ENET_PACKET_FLAG_RELIABLE);
}

/// One honest join: connect, join, wait for the welcome. Prints `PROBE ms=… result=…`.
int probe(ENetHost* client, const ENetAddress& server, std::uint32_t pin, const std::string& name,
          double seconds) {
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    ENetPeer* peer = enet_host_connect(client, &server, 1, dovui::core::kProtocolVersion);
    std::string result = "timeout";
    for (ENetEvent event; peer && Clock::now() < end && result == "timeout";) {
        if (enet_host_service(client, &event, 10) <= 0)
            continue;
        if (event.type == ENET_EVENT_TYPE_CONNECT) {
            enet_peer_send(peer, 0, joinPacket(pin, name));
        } else if (event.type == ENET_EVENT_TYPE_DISCONNECT) {
            result = "closed";
        } else if (event.type == ENET_EVENT_TYPE_RECEIVE) {
            Counts counts;
            onReceive(event.packet, counts);
            enet_packet_destroy(event.packet);
            result = counts.welcomed ? "welcome" : counts.refused ? "refused" : result;
        }
    }
    std::printf("PROBE ms=%.0f result=%s\n",
                std::chrono::duration<double, std::milli>(Clock::now() - start).count(),
                result.c_str());
    if (peer)
        enet_peer_disconnect_now(peer, 0);
    return result == "welcome" ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"An ENet join flood from one address"};
    std::string host = "127.0.0.1", from, probeName;
    std::uint16_t port = 27960;
    std::uint32_t pin = 0;
    double rate = 3000, seconds = 10;
    app.add_option("--host", host, "server address");
    app.add_option("--port", port, "server game port");
    app.add_option("--pin", pin, "match PIN (the flood knows it)")->required();
    app.add_option("--rate", rate, "connections a second")->check(CLI::Range(1.0, 20000.0));
    app.add_option("--seconds", seconds, "how long")->check(CLI::Range(0.1, 600.0));
    app.add_option("--from", from, "local address to send from (default: any)");
    app.add_option("--probe", probeName, "one honest learner of this name instead of a flood");
    CLI11_PARSE(app, argc, argv);

    if (enet_initialize() != 0)
        return 2;
    ENetAddress local{ENET_HOST_ANY, 0};
    ENetAddress server{};
    if ((!from.empty() && enet_address_set_host_ip(&local, from.c_str()) != 0) ||
        enet_address_set_host_ip(&server, host.c_str()) != 0) {
        std::fprintf(stderr, "dovui-join-flood: bad address %s or %s\n", from.c_str(),
                     host.c_str());
        return 2;
    }
    server.port = port;
    ENetHost* client =
        enet_host_create(&local, probeName.empty() ? ENET_PROTOCOL_MAXIMUM_PEER_ID : 1, 1, 0, 0);
    if (!client) {
        std::fprintf(stderr, "dovui-join-flood: cannot open a UDP socket on %s\n", from.c_str());
        return 2;
    }
    if (!probeName.empty())
        return probe(client, server, pin, probeName, seconds);
    Counts counts;
    std::deque<ENetPeer*> open;  ///< oldest first
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    std::printf("READY flooding %s:%u at %.0f joins/s for %.0f s\n", host.c_str(), port, rate,
                seconds);
    std::fflush(stdout);
    for (auto now = start; now < end; now = Clock::now()) {
        const double elapsed = std::chrono::duration<double>(now - start).count();
        while (counts.attempts < static_cast<long>(elapsed * rate)) {
            ENetPeer* peer = enet_host_connect(client, &server, 1, dovui::core::kProtocolVersion);
            if (!peer && !open.empty()) {  // every peer in use: give up the oldest
                enet_peer_reset(open.front());
                open.pop_front();
                peer = enet_host_connect(client, &server, 1, dovui::core::kProtocolVersion);
            }
            if (!peer)
                break;
            open.push_back(peer);
            ++counts.attempts;
        }
        ENetEvent event;
        for (int status = enet_host_service(client, &event, 1); status > 0;
             status = enet_host_check_events(client, &event)) {
            if (event.type == ENET_EVENT_TYPE_CONNECT) {
                ++counts.connected;
                enet_peer_send(event.peer, 0,
                               joinPacket(pin, "Lũ " + std::to_string(counts.connected)));
            } else if (event.type == ENET_EVENT_TYPE_RECEIVE) {
                onReceive(event.packet, counts);
                enet_packet_destroy(event.packet);
            } else if (event.type == ENET_EVENT_TYPE_DISCONNECT) {
                ++counts.closedByServer;
                std::erase(open, event.peer);
            }
        }
    }
    std::printf("FLOOD attempts=%ld connected=%ld welcomed=%ld refused=%ld closed=%ld",
                counts.attempts, counts.connected, counts.welcomed, counts.refused,
                counts.closedByServer);
    for (auto [reason, n] : counts.refusals)
        std::printf(" refusal%d=%ld", reason, n);
    std::printf("\n");
    enet_host_destroy(client);
    enet_deinitialize();
    return 0;
}
