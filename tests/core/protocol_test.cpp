// The message table (design.md §5): every message round-trips, the wire bytes are pinned by
// golden files, and the decoder turns every kind of bad packet into an error value.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "dovui/core/protocol.hpp"
#include "protocol_samples.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

namespace {

Decoded<ClientMsg> decodeClient(const std::string& bytes) {
    return decodeClientMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}
Decoded<ServerMsg> decodeServer(const std::string& bytes) {
    return decodeServerMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

std::string hexOf(const std::string& bytes) {
    static const char* kDigits = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto b = static_cast<unsigned char>(bytes[i]);
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
        out += (i % 16 == 15 || i + 1 == bytes.size()) ? '\n' : ' ';
    }
    return out;
}

// ------------------------------------------------------------------ golden files
// Format of tests/golden/<name>.hex: comment lines starting with '#', one of which is
// "# kProtocolVersion N", then the bytes as hex pairs, 16 per line.

struct Golden {
    int version = -1;
    std::string bytes;
};

std::optional<Golden> parseGolden(const std::string& text) {
    Golden g;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("# kProtocolVersion ", 0) == 0) {
            g.version = std::atoi(line.c_str() + 19);
            continue;
        }
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream pairs(line);
        std::string pair;
        while (pairs >> pair) {
            if (pair.size() != 2 || !std::isxdigit(static_cast<unsigned char>(pair[0])) ||
                !std::isxdigit(static_cast<unsigned char>(pair[1])))
                return std::nullopt;
            g.bytes.push_back(static_cast<char>(std::stoi(pair, nullptr, 16)));
        }
    }
    if (g.version < 0)
        return std::nullopt;
    return g;
}

std::string goldenText(const std::string& name, const std::string& bytes) {
    return "# " + name + ": wire bytes of the sample in tests/core/protocol_samples.hpp\n" +
           "# kProtocolVersion " + std::to_string(kProtocolVersion) + "\n" + hexOf(bytes);
}

/// What a golden comparison says; `ok` false means the test must fail with `message`.
struct GoldenVerdict {
    bool ok = false;
    std::string message;
};

GoldenVerdict judgeGolden(const std::string& name, const std::optional<std::string>& fileText,
                          const std::string& bytes, int currentVersion) {
    const std::string regenerate =
        "run the core tests with DOVUI_UPDATE_GOLDEN=1 to rewrite tests/golden/, and commit it";
    if (!fileText)
        return {false, "tests/golden/" + name + ".hex is missing: " + regenerate};
    auto golden = parseGolden(*fileText);
    if (!golden)
        return {false, "tests/golden/" + name + ".hex is unreadable: " + regenerate};
    if (golden->version != currentVersion)
        return {false, "kProtocolVersion is " + std::to_string(currentVersion) + " but " + name +
                           " was recorded at version " + std::to_string(golden->version) + ": " +
                           regenerate};
    if (golden->bytes != bytes)
        return {false, "the wire bytes of " + name +
                           " changed without a kProtocolVersion bump (still " +
                           std::to_string(currentVersion) +
                           "): peers of the same version would misread them. Bump "
                           "kProtocolVersion in protocol.hpp (append fields and messages only), "
                           "then " +
                           regenerate + ".\nexpected:\n" + hexOf(golden->bytes) + "actual:\n" +
                           hexOf(bytes)};
    return {true, ""};
}

std::filesystem::path goldenPath(const std::string& name) {
    return std::filesystem::path(DOVUI_GOLDEN_DIR) / (name + ".hex");
}

std::optional<std::string> readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool updatingGoldens() {
    const char* flag = std::getenv("DOVUI_UPDATE_GOLDEN");
    return flag && std::string(flag) == "1";
}

void checkGolden(const std::string& name, const std::string& bytes) {
    CAPTURE(name);
    if (updatingGoldens()) {
        std::ofstream(goldenPath(name), std::ios::binary) << goldenText(name, bytes);
        MESSAGE("rewrote " << goldenPath(name).string());
        return;
    }
    GoldenVerdict verdict = judgeGolden(name, readFile(goldenPath(name)), bytes, kProtocolVersion);
    if (!verdict.ok)
        FAIL_CHECK(verdict.message);
}

template <class T>
std::string encodeClient(T msg) {
    return encode(ClientMsg{std::move(msg)});
}
template <class T>
std::string encodeServer(T msg) {
    return encode(ServerMsg{std::move(msg)});
}

std::string varint(std::uint64_t value) {
    std::string out;
    do {
        auto byte = static_cast<char>(value & 0x7f);
        value >>= 7;
        if (value != 0)
            byte = static_cast<char>(byte | 0x80);
        out.push_back(byte);
    } while (value != 0);
    return out;
}

std::string u16(std::uint16_t v) {
    return std::string{static_cast<char>(v & 0xff), static_cast<char>(v >> 8)};
}
std::string u32(std::uint32_t v) {
    return u16(static_cast<std::uint16_t>(v)) + u16(static_cast<std::uint16_t>(v >> 16));
}

}  // namespace

TEST_CASE("every message type of both directions has a sample") {
    std::set<std::size_t> client, server;
    for (const auto& s : clientSamples())
        client.insert(s.msg.index());
    for (const auto& s : serverSamples())
        server.insert(s.msg.index());
    CHECK(client.size() == std::variant_size_v<ClientMsg>);
    CHECK(server.size() == std::variant_size_v<ServerMsg>);
}

TEST_CASE("every message round-trips, and its first byte is its wire id") {
    for (const auto& s : clientSamples()) {
        CAPTURE(s.name);
        std::string bytes = encode(s.msg);
        REQUIRE_FALSE(bytes.empty());
        CHECK(static_cast<std::size_t>(bytes[0]) == s.msg.index());
        auto decoded = decodeClient(bytes);
        INFO(decoded.error.detail);
        REQUIRE(decoded);
        CHECK(*decoded.msg == s.msg);
    }
    for (const auto& s : serverSamples()) {
        CAPTURE(s.name);
        std::string bytes = encode(s.msg);
        CHECK(static_cast<std::size_t>(bytes[0]) == s.msg.index());
        auto decoded = decodeServer(bytes);
        INFO(decoded.error.detail);
        REQUIRE(decoded);
        CHECK(*decoded.msg == s.msg);
    }
}

TEST_CASE("default-constructed messages round-trip too") {
    for (std::size_t i = 0; i < std::variant_size_v<ServerMsg>; ++i) {
        CAPTURE(i);
        ServerMsg msg;
        // Visit each alternative by decoding its default encoding.
        std::string bytes;
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            ((i == I ? (msg = std::variant_alternative_t<I, ServerMsg>{}, 0) : 0), ...);
        }
        (std::make_index_sequence<std::variant_size_v<ServerMsg>>{});
        bytes = encode(msg);
        auto decoded = decodeServer(bytes);
        REQUIRE(decoded);
        CHECK(*decoded.msg == msg);
    }
}

TEST_CASE("wire bytes match the golden files in tests/golden/") {
    for (const auto& s : clientSamples())
        checkGolden(s.name, encode(s.msg));
    for (const auto& s : serverSamples())
        checkGolden(s.name, encode(s.msg));
}

TEST_CASE("no golden file is left without its sample (the table is append-only)") {
    std::set<std::string> names;
    for (const auto& s : clientSamples())
        names.insert(s.name);
    for (const auto& s : serverSamples())
        names.insert(s.name);
    for (const auto& entry : std::filesystem::directory_iterator(DOVUI_GOLDEN_DIR)) {
        if (entry.path().extension() != ".hex")
            continue;
        CAPTURE(entry.path().string());
        CHECK(names.count(entry.path().stem().string()) == 1);
    }
}

SCENARIO("the golden check fails loudly and says what to do") {
    const std::string bytes = encode(ClientMsg{LeaveMsg{}});
    const std::string current = goldenText("client_leave", bytes);
    GIVEN("the golden file is missing") {
        GoldenVerdict v = judgeGolden("client_leave", std::nullopt, bytes, kProtocolVersion);
        CHECK_FALSE(v.ok);
        CHECK(v.message.find("missing") != std::string::npos);
        CHECK(v.message.find("DOVUI_UPDATE_GOLDEN=1") != std::string::npos);
    }
    GIVEN("the bytes changed and the version did not") {
        GoldenVerdict v =
            judgeGolden("client_leave", current, bytes + std::string(1, '\0'), kProtocolVersion);
        CHECK_FALSE(v.ok);
        CHECK(v.message.find("without a kProtocolVersion bump") != std::string::npos);
    }
    GIVEN("the version was bumped") {
        GoldenVerdict v = judgeGolden("client_leave", current, bytes + std::string(1, '\0'),
                                      kProtocolVersion + 1);
        CHECK_FALSE(v.ok);
        CHECK(v.message.find("recorded at version") != std::string::npos);
        CHECK(v.message.find("DOVUI_UPDATE_GOLDEN=1") != std::string::npos);
    }
    GIVEN("the file is garbage") {
        CHECK_FALSE(judgeGolden("client_leave", std::string("zz"), bytes, kProtocolVersion).ok);
    }
    GIVEN("nothing changed") {
        CHECK(judgeGolden("client_leave", current, bytes, kProtocolVersion).ok);
    }
}

// ------------------------------------------------------------------ decoder

TEST_CASE("an empty packet is an error, not a crash") {
    auto c = decodeClientMsg(nullptr, 0);
    CHECK_FALSE(c);
    CHECK(c.error.code == DecodeErrorCode::Empty);
    CHECK(decodeServerMsg(nullptr, 0).error.code == DecodeErrorCode::Empty);
}

TEST_CASE("an unknown message id is refused") {
    const int firstUnusedClient = static_cast<int>(std::variant_size_v<ClientMsg>);
    const int firstUnusedServer = static_cast<int>(std::variant_size_v<ServerMsg>);
    for (int id : {firstUnusedClient, firstUnusedClient + 1, 200, 255}) {
        CAPTURE(id);
        auto c = decodeClient(std::string(1, static_cast<char>(id)));
        CHECK(c.error.code == DecodeErrorCode::UnknownId);
    }
    CHECK(decodeServer(std::string(1, static_cast<char>(firstUnusedServer))).error.code ==
          DecodeErrorCode::UnknownId);
    CHECK(decodeServer(std::string(1, '\xff')).error.code == DecodeErrorCode::UnknownId);
}

TEST_CASE("every truncation of every message is refused as truncated") {
    for (const auto& s : clientSamples()) {
        std::string bytes = encode(s.msg);
        for (std::size_t n = 1; n < bytes.size(); ++n) {
            CAPTURE(s.name);
            CAPTURE(n);
            auto d = decodeClient(bytes.substr(0, n));
            CHECK_FALSE(d);
            CHECK(d.error.code == DecodeErrorCode::Truncated);
        }
    }
    for (const auto& s : serverSamples()) {
        std::string bytes = encode(s.msg);
        for (std::size_t n = 1; n < bytes.size(); ++n) {
            CAPTURE(s.name);
            CAPTURE(n);
            auto d = decodeServer(bytes.substr(0, n));
            CHECK_FALSE(d);
            CHECK(d.error.code == DecodeErrorCode::Truncated);
        }
    }
}

TEST_CASE("bytes after a complete message are refused") {
    for (const auto& s : clientSamples()) {
        CAPTURE(s.name);
        auto d = decodeClient(encode(s.msg) + "x");
        CHECK(d.error.code == DecodeErrorCode::TrailingBytes);
        CHECK(d.error.detail == "1 bytes after the message");
    }
    for (const auto& s : serverSamples()) {
        CAPTURE(s.name);
        CHECK(decodeServer(encode(s.msg) + "xy").error.code == DecodeErrorCode::TrailingBytes);
    }
}

SCENARIO("size tags over their limit are refused before anything is read") {
    WHEN("a nickname is 97 bytes") {
        auto d =
            decodeClient(encodeClient(JoinMsg{kProtocolVersion, 1, {std::string(97, 'a')}, true}));
        CHECK(d.error.code == DecodeErrorCode::Oversize);
        CHECK(d.error.detail == "size tag 97 over the limit 96");
    }
    WHEN("a nickname is exactly 96 bytes") {
        CHECK(
            decodeClient(encodeClient(JoinMsg{kProtocolVersion, 1, {std::string(96, 'a')}, true})));
    }
    WHEN("a token is 33 bytes") {
        auto d = decodeClient(
            encodeClient(RejoinMsg{kProtocolVersion, 1, {std::string(33, 't')}, true}));
        CHECK(d.error.code == DecodeErrorCode::Oversize);
    }
    WHEN("an answer lists 6 options") {
        auto d = decodeClient(encodeClient(AnswerMsg{0, {{0, 1, 2, 3, 4, 5}}}));
        CHECK(d.error.code == DecodeErrorCode::Oversize);
        CHECK(decodeClient(encodeClient(AnswerMsg{0, {{0, 1, 2, 3, 4}}})));
    }
    WHEN("a server string claims more than any message needs") {
        auto d = decodeServer(encodeServer(ErrorMsg{std::string(9000, 'e')}));
        CHECK(d.error.code == DecodeErrorCode::Oversize);
    }
    WHEN("a size tag claims more bytes than are left") {
        std::string bytes = std::string(1, '\x0b') + varint(100) + "short";
        auto d = decodeServer(bytes);
        CHECK(d.error.code == DecodeErrorCode::Truncated);
        CHECK(d.error.detail == "size tag 100 but only 5 bytes left");
    }
    WHEN("a size tag runs past 64 bits") {
        std::string bytes = std::string(1, '\x0b') + std::string(11, '\xff');
        CHECK(decodeServer(bytes).error.code == DecodeErrorCode::BadValue);
    }
}

TEST_CASE("values out of range are refused") {
    SUBCASE("a bool that is neither 0 nor 1") {
        std::string bytes = encodeClient(JoinMsg{kProtocolVersion, 1, {"An"}, true});
        bytes.back() = 2;
        CHECK(decodeClient(bytes).error.code == DecodeErrorCode::BadValue);
    }
    SUBCASE("enums past their last value") {
        std::string kind = encodeServer(sampleQuestion(std::nullopt));
        kind[5] =
            static_cast<char>(static_cast<int>(kLastQuestionKind) + 1);  // id, index, total, kind
        CHECK(decodeServer(kind).error.code == DecodeErrorCode::BadValue);

        std::string refused = encodeServer(JoinRefusedMsg{JoinRefusal::MatchOver, ""});
        CHECK(decodeServer(refused));
        refused[1] = static_cast<char>(static_cast<int>(JoinRefusal::MatchOver) + 1);
        CHECK(decodeServer(refused).error.code == DecodeErrorCode::BadValue);

        std::string ack = encodeServer(AnswerAckMsg{1, AnswerRefusal::NotJoined});
        CHECK(decodeServer(ack));
        ack[3] = static_cast<char>(static_cast<int>(AnswerRefusal::NotJoined) + 1);
        CHECK(decodeServer(ack).error.code == DecodeErrorCode::BadValue);

        WelcomeMsg w;
        w.phase = Phase::Podium;
        std::string welcome = encodeServer(w);
        CHECK(decodeServer(welcome));
        // id(1) playerId(4) token(1) nickname(1) team(1) teamName(1) score(4) streak(2) phase
        welcome[15] = static_cast<char>(static_cast<int>(Phase::Podium) + 1);
        CHECK(decodeServer(welcome).error.code == DecodeErrorCode::BadValue);
    }
    SUBCASE("a scenario card type past the last one") {
        QuestionMsg q;
        q.card = ScenarioCard{WebCard{}, {}};
        std::string bytes = encodeServer(q);
        // The card is last: cereal's "nullopt" flag (0 = present), variant index, three
        // empty strings, no spans.
        REQUIRE(bytes.substr(bytes.size() - 6) == std::string("\x00\x03\x00\x00\x00\x00", 6));
        bytes[bytes.size() - 5] = 5;
        CHECK(decodeServer(bytes).error.code == DecodeErrorCode::BadValue);
    }
    SUBCASE("an optional whose presence flag is not a bool") {
        std::string bytes = encodeServer(QuestionMsg{});
        bytes.back() = 2;
        CHECK(decodeServer(bytes).error.code == DecodeErrorCode::BadValue);
    }
}

SCENARIO("a learner app of another protocol version is told to update") {
    WHEN("it joins with the previous version") {
        auto d = decodeClient(encodeClient(JoinMsg{kProtocolVersion - 1, 1, {"An"}, true}));
        THEN("the error names both versions") {
            CHECK(d.error.code == DecodeErrorCode::WrongVersion);
            CHECK(d.error.detail == "peer runs version " + std::to_string(kProtocolVersion - 1) +
                                        ", this runs " + std::to_string(kProtocolVersion));
        }
    }
    WHEN("it rejoins with version 0") {
        CHECK(decodeClient(encodeClient(RejoinMsg{0, 1, {"t"}, true})).error.code ==
              DecodeErrorCode::WrongVersion);
    }
    WHEN("its join message has another shape altogether (more or fewer fields)") {
        std::string longer = encodeClient(JoinMsg{9, 1, {"An"}, true}) + "extra fields";
        std::string shorter = std::string(1, '\0') + u16(9) + u32(1);
        THEN("it still hears about the version, not about the shape") {
            CHECK(decodeClient(longer).error.code == DecodeErrorCode::WrongVersion);
            CHECK(decodeClient(shorter).error.code == DecodeErrorCode::WrongVersion);
            CHECK(decodeClient(std::string(1, '\x01') + u16(9)).error.code ==
                  DecodeErrorCode::WrongVersion);
        }
    }
}

TEST_CASE("decode error codes have distinct names") {
    std::set<std::string> names;
    for (int c = 0; c <= static_cast<int>(DecodeErrorCode::WrongVersion); ++c)
        names.insert(decodeErrorName(static_cast<DecodeErrorCode>(c)));
    CHECK(names.size() == 7);
    CHECK(names.count("?") == 0);
}

TEST_CASE("random and mutated packets never throw and never crash") {
    std::mt19937 rng(20261128);
    std::vector<std::string> seeds;
    for (const auto& s : clientSamples())
        seeds.push_back(encode(s.msg));
    for (const auto& s : serverSamples())
        seeds.push_back(encode(s.msg));
    std::size_t decodedOk = 0;
    for (int i = 0; i < 60000; ++i) {
        std::string bytes = seeds[rng() % seeds.size()];
        int flips = 1 + static_cast<int>(rng() % 4);
        for (int f = 0; f < flips; ++f) {
            switch (rng() % 3) {
                case 0:
                    bytes[rng() % bytes.size()] = static_cast<char>(rng());
                    break;
                case 1:
                    bytes.resize(rng() % (bytes.size() + 1));
                    break;
                default:
                    bytes.insert(
                        bytes.begin() + static_cast<std::ptrdiff_t>(rng() % (bytes.size() + 1)),
                        static_cast<char>(rng()));
            }
            if (bytes.empty())
                bytes.push_back(static_cast<char>(rng()));
        }
        try {
            if (decodeClient(bytes))
                ++decodedOk;
            if (decodeServer(bytes))
                ++decodedOk;
        } catch (...) {
            FAIL("the decoder threw on " << hexOf(bytes));
        }
    }
    CHECK(decodedOk > 0);  // the mutations are not all trivially rejected
}
