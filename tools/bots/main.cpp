// dovui-bots: N simulated players over real ENet, one process. Prints one table; exits
// non-zero when a bot could not join or an answer was lost. `acked` counts each bot's answer
// to a question at most once, however many times the server confirmed it.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dovui/net/enet_library.hpp"
#include "swarm.hpp"

int main(int argc, char** argv) {
    using namespace dovui;
    CLI::App app{"Đố Vui Số — simulated players for tests and benchmarks"};
    bots::SwarmConfig config;
    std::string pack;
    std::string think = "300..4000";
    app.add_option("--host", config.host, "server address");
    app.add_option("--port", config.port, "server game port");
    app.add_option("--pin", config.pin, "match PIN")->required();
    app.add_option("--players", config.players, "number of bots")->check(CLI::Range(1, 4000));
    app.add_option("--accuracy", config.brain.accuracy, "chance of a right answer")
        ->check(CLI::Range(0.0, 1.0));
    app.add_option("--think-ms", think, "think time range, e.g. 300..4000");
    app.add_option("--seed", config.seed, "random seed");
    app.add_option("--pack", pack, "the pack the server plays (so bots can be right)");
    app.add_option("--timeout", config.timeoutSec, "give up after N seconds");
    app.add_option("--drop-every", config.dropEveryN,
                   "every Nth bot drops once after answering and rejoins");
    app.add_option("--lose-every", config.loseEveryN,
                   "every Nth bot loses its first answer with its link, rejoins and resends");
    app.add_option("--name-prefix", config.namePrefix, "bot nickname prefix");
    app.add_option("--ack-log", config.ackLogPath,
                   "write one line per acknowledged answer: nickname, question index "
                   "(0-based), how (None, Duplicate, Welcome, Reveal), tab-separated");
    app.add_option("--link-timeout-ms", config.linkTimeoutMs,
                   "a silent server counts as gone after this long (then the bot rejoins)")
        ->check(CLI::Range(500, 60000));
    app.add_flag("--rich", config.rich,
                 "ask for question text, cards and boards like the learner app");
    CLI11_PARSE(app, argc, argv);

    if (auto dots = think.find(".."); dots != std::string::npos) {
        config.brain.thinkMinMs = std::stoi(think.substr(0, dots));
        config.brain.thinkMaxMs = std::stoi(think.substr(dots + 2));
    } else {
        config.brain.thinkMinMs = config.brain.thinkMaxMs = std::stoi(think);
    }

    std::optional<core::Pack> loaded;
    if (!pack.empty()) {
        std::ifstream in(pack, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        auto result = core::parsePack(text.str());
        if (!result.pack) {
            std::cerr << "cannot load pack " << pack << "\n";
            return 2;
        }
        loaded = std::move(result.pack);
    }
    try {
        net::EnetLibrary enet;
        bots::Swarm swarm(config, loaded ? &*loaded : nullptr);
        bots::SwarmReport r = swarm.run();
        std::printf("%8s %7s %9s %7s %8s %5s %8s %6s %6s %6s %8s\n", "players", "joined",
                    "finished", "sent", "acked", "lost", "refused", "p50ms", "p95ms", "p99ms",
                    "B/pl/q");
        std::printf("%8d %7d %9d %7ld %8ld %5ld %8ld %6.1f %6.1f %6.1f %8.0f\n", r.players,
                    r.joined, r.finished, r.answersSent, r.answersAcked, r.answersLost,
                    r.answersRefused, r.p50Ms, r.p95Ms, r.p99Ms, r.wireBytesPerPlayerPerQuestion);
        std::printf(
            "RESULT players=%d joined=%d finished=%d sent=%ld acked=%ld lost=%ld refused=%ld "
            "rejoins=%ld "
            "unverified=%ld questions=%d p50=%.1f p95=%.1f p99=%.1f "
            "bytes_per_player_question=%.0f resent=%ld\n",
            r.players, r.joined, r.finished, r.answersSent, r.answersAcked, r.answersLost,
            r.answersRefused, r.rejoins, r.answersUnverified, r.questions, r.p50Ms, r.p95Ms,
            r.p99Ms, r.wireBytesPerPlayerPerQuestion, r.answersResent);
        for (std::size_t i = 0; i < r.finalScores.size(); ++i)
            std::printf("SCORE %s %04zu %d\n", config.namePrefix.c_str(), i + 1, r.finalScores[i]);
        for (const auto& failure : r.joinFailures)
            std::fprintf(stderr, "%s\n", failure.c_str());
        bool ok = r.joined == r.players && r.answersLost == 0;
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "dovui-bots: " << e.what() << "\n";
        return 2;
    }
}
