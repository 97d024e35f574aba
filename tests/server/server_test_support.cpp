#include "server_test_support.hpp"

#include <sqlite3.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <stdexcept>
#include <tuple>

#include "dovui/store/sql_statement.hpp"
#include "dovui/store/store_reader.hpp"

namespace dovui::server::test {
namespace {

using Clock = std::chrono::steady_clock;

std::uint32_t msSince(Clock::time_point start) {
    return static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
}

constexpr const char* kTestPack = R"json({
  "schemaVersion": 1,
  "id": "server-test",
  "language": "vi",
  "title": "Gói thử máy chủ",
  "topics": [{"id": "sms", "name": "Tin nhắn"}],
  "questions": [
    {"id": "q1", "kind": "single", "text": "Câu một?", "options": ["A", "B", "C", "D"],
     "correct": [1], "time": 5, "explanation": "Vì B.", "topics": ["sms"]},
    {"id": "q2", "kind": "truefalse", "text": "Câu hai?", "correct": [0], "time": 5,
     "explanation": "Đúng.", "topics": ["sms"]},
    {"id": "q3", "kind": "multi", "text": "Câu ba?", "options": ["A", "B", "C", "D"],
     "correct": [0, 2], "time": 5, "points": 2, "explanation": "A và C.", "topics": ["sms"]}
  ]
})json";

}  // namespace

std::string writeTestPack(const std::filesystem::path& folder) {
    auto path = folder / "test-pack.json";
    std::ofstream(path, std::ios::binary) << kTestPack;
    return path.string();
}

std::string startupError(const ServerConfig& config) {
    try {
        MatchServer server(config);
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

ServerConfig testConfig(const std::string& packPath, const std::string& dataDir) {
    auto ports = freeUdpPorts(2);
    ServerConfig config;
    config.packPath = packPath;
    config.name = "Phòng thử " + std::to_string(ports[0]);
    config.port = ports[0];
    config.infoPort = ports[1];
    config.dataDir = dataDir;
    config.pin = kTestPin;
    return config;
}

// ---------------------------------------------------------------- learners and harness

void Learner::poll(std::uint32_t waitMs) {
    m_client.poll(waitMs, [this](net::ClientEvent& e) {
        using Kind = net::ClientEvent::Kind;
        switch (e.kind) {
            case Kind::Connected:
                m_connected = true;
                break;
            case Kind::Message:
                if (const auto* welcome = std::get_if<core::WelcomeMsg>(&*e.msg);
                    welcome && token.empty())
                    token = welcome->token;
                m_inbox.push_back(std::move(*e.msg));
                break;
            case Kind::BadMessage:
                ++m_bad;
                break;
            case Kind::Disconnected:
                m_connected = false;
                m_closed = true;
                m_close = e.close;
                break;
        }
    });
}

Harness::Harness(ServerConfig config, Mode mode) : m_config(std::move(config)), m_mode(mode) {
    m_server = std::make_unique<MatchServer>(m_config);
    m_port = m_server->port();
    if (m_mode == Mode::Threaded)
        m_thread = std::thread([this] { m_server->run(m_stop); });
}

Harness::~Harness() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_learners.clear();
    m_server.reset();
}

void Harness::pollLearners(std::uint32_t waitMs) {
    for (auto& l : m_learners)
        l->poll(0);
    if (waitMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
}

void Harness::step(std::uint32_t waitMs) {
    REQUIRE(m_mode == Mode::Stepped);
    m_server->runOnce(waitMs);
}

bool Harness::pumpUntil(const std::function<bool()>& done, std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (!done()) {
        if (msSince(start) > timeoutMs)
            return false;
        if (m_mode == Mode::Stepped)
            m_server->runOnce(1);
        pollLearners(m_mode == Mode::Stepped ? 0 : 1);
    }
    return true;
}

void Harness::pumpFor(std::uint32_t ms) {
    auto start = Clock::now();
    pumpUntil([&] { return msSince(start) >= ms; }, ms + 1000);
}

Learner& Harness::connect(std::uint16_t connectVersion, const std::string& host) {
    m_learners.push_back(std::make_unique<Learner>(connectVersion));
    Learner& l = *m_learners.back();
    REQUIRE(l.client().connect(host, m_port));
    return l;
}

Learner& Harness::join(const std::string& nickname, bool rich) {
    Learner& l = connect();
    REQUIRE(pumpUntil([&] { return l.connected(); }));
    l.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {nickname}, rich});
    REQUIRE(pumpUntil([&] { return l.count<core::WelcomeMsg>() > 0; }));
    return l;
}

void Harness::drop(Learner& learner) {
    std::erase_if(m_learners, [&](const auto& l) { return l.get() == &learner; });
}

bool Harness::waitPhase(core::Phase phase, int index, std::uint32_t timeoutMs) {
    return pumpUntil(
        [&] {
            auto s = snapshot();
            return s->phase == phase && (index < 0 || s->questionIndex == index);
        },
        timeoutMs);
}

void answer(Learner& l, std::uint16_t index, std::vector<std::uint8_t> choice) {
    core::AnswerMsg msg;
    msg.questionIndex = index;
    msg.choice.value = std::move(choice);
    l.client().send(msg);
}

std::optional<core::AnswerRefusal> ackFor(const Learner& l, std::uint16_t index) {
    std::optional<core::AnswerRefusal> found;
    for (const auto& ack : l.all<core::AnswerAckMsg>())
        if (ack.questionIndex == index)
            found = ack.refusal;
    return found;
}

// ---------------------------------------------------------------- results file

// Rows are read through the store's one reader (store::StoreReader), as --resume and the
// reports read them: a damaged value fails the test instead of being parsed leniently here.

ResultsFile::ResultsFile(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path);
    sqlite3_busy_timeout(m_db, 2000);
}

ResultsFile::~ResultsFile() {
    sqlite3_close(m_db);
}

std::int64_t ResultsFile::lastMatchId() {
    store::SqlStatement q(m_db, "SELECT MAX(id) FROM matches");
    return q.step() ? q.int64(0) : 0;
}

std::vector<StoredAnswer> ResultsFile::answers(std::int64_t matchId) {
    const store::MatchRecord m = store::StoreReader(m_db, core::Lang::En).loadMatch(matchId);
    std::vector<StoredAnswer> out;
    for (const store::AnswerRecord& a : m.answers) {
        StoredAnswer stored;
        stored.questionIndex = static_cast<std::uint16_t>(a.questionIndex);
        stored.player = static_cast<core::PlayerId>(a.playerId);
        stored.choice.assign(a.choice.begin(), a.choice.end());
        stored.responseMs = a.responseMs;
        if (a.points)
            stored.points = static_cast<std::int32_t>(*a.points);
        out.push_back(std::move(stored));
    }
    // In the order they were answered, as a replay feeds them to the core.
    std::stable_sort(out.begin(), out.end(), [](const StoredAnswer& x, const StoredAnswer& y) {
        return std::tie(x.questionIndex, x.responseMs, x.player) <
               std::tie(y.questionIndex, y.responseMs, y.player);
    });
    return out;
}

std::vector<StoredPlayer> ResultsFile::players(std::int64_t matchId) {
    const store::MatchRecord m = store::StoreReader(m_db, core::Lang::En).loadMatch(matchId);
    std::vector<StoredPlayer> out;
    for (const store::PlayerRecord& p : m.players)
        out.push_back({static_cast<core::PlayerId>(p.id), p.nickname, p.token,
                       static_cast<std::int32_t>(p.score), p.left, p.kicked});
    return out;
}

bool ResultsFile::ended(std::int64_t matchId) {
    return store::StoreReader(m_db, core::Lang::En).loadMatch(matchId).endedAt.has_value();
}

void ResultsFile::holdWriteLock() {
    REQUIRE(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
}

void ResultsFile::rollback() {
    REQUIRE(sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
}

Replay replayMatch(const core::Pack& pack, const core::MatchConfig& config,
                   const std::vector<StoredPlayer>& players,
                   const std::vector<StoredAnswer>& answers) {
    core::Match match(std::make_shared<const core::Pack>(pack), config);
    for (const StoredPlayer& p : players) {
        auto outcome = match.join(p.nickname, "replay-" + std::to_string(p.id), false, 0);
        REQUIRE_MESSAGE(!outcome.refusal, "replay could not join " << p.nickname);
        REQUIRE(outcome.player == p.id);
    }
    Replay replay;
    core::Millis t = 0;
    REQUIRE(match.start(t));
    for (std::uint16_t q = 0; q < match.questionCount(); ++q) {
        const core::Millis openedAt = t;
        for (const StoredAnswer& a : answers)
            if (a.questionIndex == q)
                CHECK(match.answer(a.player, q, a.choice, openedAt + a.responseMs) ==
                      core::AnswerRefusal::None);
        t = openedAt + match.limitMs() + 1;
        match.tick(t);
        REQUIRE(match.phase() == core::Phase::Reveal);
        for (const StoredAnswer& a : answers)
            if (a.questionIndex == q)
                replay.points[{q, a.player}] = match.findPlayer(a.player)->lastGain;
        match.next(t);
        match.next(t);
    }
    REQUIRE(match.phase() == core::Phase::Podium);
    for (const core::Player& p : match.players())
        replay.scores[p.id] = p.score;
    return replay;
}

std::string field(const std::string& line, const std::string& key) {
    std::string needle = key + "=";
    auto at = line.find(" " + needle);
    if (at == std::string::npos)
        return {};
    at += needle.size() + 1;
    return line.substr(at, line.find(' ', at) - at);
}

void playQuestion(Harness& h, const std::vector<Learner*>& learners, std::uint16_t q,
                  const std::vector<std::vector<std::uint8_t>>& choices) {
    REQUIRE(h.waitPhase(core::Phase::Question, q));
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(learners.begin(), learners.end(), [&](Learner* l) {
            auto question = l->last<core::QuestionMsg>();
            return question && question->index == q;
        });
    }));
    for (std::size_t i = 0; i < learners.size(); ++i) {
        h.pumpFor(40);
        answer(*learners[i], q, choices[i]);
    }
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(learners.begin(), learners.end(),
                           [&](Learner* l) { return ackFor(*l, q).has_value(); });
    }));
    for (Learner* l : learners)
        CHECK(ackFor(*l, q) == core::AnswerRefusal::None);
    REQUIRE(h.waitPhase(core::Phase::Reveal, q));
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(learners.begin(), learners.end(), [&](Learner* l) {
            auto reveal = l->last<core::RevealMsg>();
            return reveal && reveal->index == q;
        });
    }));
}

void nextQuestion(Harness& h, std::uint16_t q) {
    h.command(CmdNext{});
    REQUIRE(h.waitPhase(core::Phase::Leaderboard, q));
    h.command(CmdNext{});
}

}  // namespace dovui::server::test
