// dovui-lossy-link: a user-space lossy Wi-Fi between two network namespaces, for kernels
// without sch_netem. It joins two TUN devices (one in each namespace, made beforehand with
// `ip tuntap add`) and forwards every IP packet both ways, dropping some and delaying the
// rest by a random time (so packets may also arrive out of order, as over real Wi-Fi).
// SIGUSR1 cuts the link completely (every packet dropped), SIGUSR2 restores it; SIGTERM
// prints the counts and exits. The random generator is seeded (--seed): the same packets in
// the same order meet the same losses and delays.
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <queue>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t g_cut = 0;
volatile std::sig_atomic_t g_stop = 0;

/// Opens the TUN device `dev` that lives in the network namespace `netns` (/run/netns/NAME).
int openTunIn(const std::string& netns, const std::string& dev) {
    int nsFd = open(("/run/netns/" + netns).c_str(), O_RDONLY | O_CLOEXEC);
    if (nsFd < 0 || setns(nsFd, CLONE_NEWNET) != 0)
        throw std::runtime_error("cannot enter network namespace " + netns);
    close(nsFd);
    int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    ifreq request{};
    request.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::snprintf(request.ifr_name, IFNAMSIZ, "%s", dev.c_str());
    if (fd < 0 || ioctl(fd, TUNSETIFF, &request) != 0)
        throw std::runtime_error("cannot attach TUN device " + dev + " in " + netns + ": " +
                                 std::strerror(errno));
    return fd;
}

struct Packet {
    Clock::time_point due;
    std::uint64_t order;  ///< ties keep arrival order
    int toFd;
    std::vector<char> bytes;
    bool operator>(const Packet& other) const {
        return due != other.due ? due > other.due : order > other.order;
    }
};

struct Direction {
    const char* name;
    int fromFd;
    int toFd;
    long forwarded = 0;
    long lost = 0;  ///< dropped by the loss rate
    long cut = 0;   ///< dropped while the link was cut
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Two TUN devices joined by a lossy, jittery link (SIGUSR1 cuts, SIGUSR2 restores)"};
    std::string netnsA, devA, netnsB, devB;
    double loss = 0.1;
    int delayMs = 100, jitterMs = 50;
    unsigned seed = 12;
    app.add_option("--netns-a", netnsA, "namespace of the first device")->required();
    app.add_option("--dev-a", devA, "first TUN device")->required();
    app.add_option("--netns-b", netnsB, "namespace of the second device")->required();
    app.add_option("--dev-b", devB, "second TUN device")->required();
    app.add_option("--loss", loss, "share of packets dropped, each way")
        ->check(CLI::Range(0.0, 1.0));
    app.add_option("--delay-ms", delayMs, "mean one-way delay")->check(CLI::Range(0, 10000));
    app.add_option("--jitter-ms", jitterMs, "delay varies uniformly by ± this")
        ->check(CLI::Range(0, 10000));
    app.add_option("--seed", seed, "random seed");
    CLI11_PARSE(app, argc, argv);

    struct sigaction action {};  // no SA_RESTART: a signal wakes poll()
    action.sa_handler = [](int signal) {
        if (signal == SIGUSR1)
            g_cut = 1;
        else if (signal == SIGUSR2)
            g_cut = 0;
        else
            g_stop = 1;
    };
    for (int signal : {SIGUSR1, SIGUSR2, SIGTERM, SIGINT})
        sigaction(signal, &action, nullptr);

    Direction directions[2] = {{"a→b", -1, -1}, {"b→a", -1, -1}};
    try {
        int fdA = openTunIn(netnsA, devA);
        int fdB = openTunIn(netnsB, devB);
        directions[0].fromFd = directions[1].toFd = fdA;
        directions[0].toFd = directions[1].fromFd = fdB;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dovui-lossy-link: %s\n", e.what());
        return 2;
    }
    std::printf("READY loss=%.2f delay=%d±%d ms seed=%u\n", loss, delayMs, jitterMs, seed);
    std::fflush(stdout);

    std::mt19937 rng(seed);
    std::bernoulli_distribution dropped(loss);
    std::uniform_int_distribution<int> delay(std::max(0, delayMs - jitterMs), delayMs + jitterMs);
    std::priority_queue<Packet, std::vector<Packet>, std::greater<>> inFlight;
    std::uint64_t order = 0;
    std::vector<char> buffer(65536);
    while (!g_stop) {
        auto now = Clock::now();
        while (!inFlight.empty() && inFlight.top().due <= now) {
            const Packet& p = inFlight.top();
            if (!g_cut)  // a packet in the air when the link is cut never arrives
                (void)!write(p.toFd, p.bytes.data(), p.bytes.size());
            inFlight.pop();
        }
        int waitMs = 50;
        if (!inFlight.empty()) {
            auto untilDue = std::chrono::ceil<std::chrono::milliseconds>(inFlight.top().due - now);
            waitMs = std::min<int>(waitMs, static_cast<int>(untilDue.count()));
        }
        pollfd fds[2] = {{directions[0].fromFd, POLLIN, 0}, {directions[1].fromFd, POLLIN, 0}};
        if (poll(fds, 2, waitMs) <= 0)
            continue;
        for (int i = 0; i < 2; ++i) {
            Direction& d = directions[i];
            ssize_t n;
            while ((fds[i].revents & POLLIN) &&
                   (n = read(d.fromFd, buffer.data(), buffer.size())) > 0) {
                if (g_cut) {
                    ++d.cut;
                } else if (dropped(rng)) {
                    ++d.lost;
                } else {
                    ++d.forwarded;
                    inFlight.push({Clock::now() + std::chrono::milliseconds(delay(rng)), order++,
                                   d.toFd, std::vector<char>(buffer.begin(), buffer.begin() + n)});
                }
            }
        }
    }
    for (const Direction& d : directions)
        std::printf("LINK %s forwarded=%ld lost=%ld cut=%ld\n", d.name, d.forwarded, d.lost, d.cut);
    return 0;
}
