// The web gateway against a real MatchServer on 127.0.0.1 (design.md §5, §9): the page's files
// with their types and caching headers, hostile paths and malformed requests refused, the
// WebSocket limits, and a player on JSON who joins and answers while the match goes on.
#include <doctest/doctest.h>

#include <thread>
#include <vector>

#include "dovui/server/web_transport.hpp"
#include "web_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::webtest;

namespace {

/// A browser that joins under `name`; returns its welcome.
std::optional<core::WelcomeMsg> joinAs(WsClient& ws, const std::string& name) {
    ws.send(core::JoinMsg{core::kProtocolVersion, kPin, {name}, true});
    return ws.readUntil<core::WelcomeMsg>();
}

}  // namespace

SCENARIO("the host serves the page with types and caching headers") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    std::uint16_t port = running.webPort();
    REQUIRE(port != 0);

    HttpReply page = httpGet(port, "/?pin=135790");
    CHECK(page.status == 200);
    CHECK(page.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(page.header("Cache-Control") == "no-cache");
    CHECK(page.header("X-Content-Type-Options") == "nosniff");
    CHECK(page.body.find("<script src=\"app.js\">") != std::string::npos);
    std::string etag = page.header("ETag");
    REQUIRE(!etag.empty());

    CHECK(httpGet(port, "/app.js").header("Content-Type") == "text/javascript; charset=utf-8");
    CHECK(httpGet(port, "/style.css").header("Content-Type") == "text/css; charset=utf-8");
    CHECK(httpGet(port, "/icon.svg").header("Content-Type") == "image/svg+xml");
    HttpReply banks = httpGet(port, "/banks.json");
    CHECK(banks.status == 200);
    CHECK(banks.body.find("\"970436\":\"Vietcombank\"") != std::string::npos);

    HttpReply again = httpGet(port, "/", "If-None-Match: " + etag + "\r\n");
    CHECK(again.status == 304);
    CHECK(again.body.empty());
    HttpReply head = rawHttp(port, "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    CHECK(head.status == 200);
    CHECK(head.body.empty());
    CHECK(head.header("Content-Length") == std::to_string(page.body.size()));
    CHECK(httpGet(port, "/missing.js").status == 404);
    CHECK(rawHttp(port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi").status == 405);
    CHECK(running.server().snapshot()->webPort == port);
}

SCENARIO("path traversal is refused in every spelling") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    for (const char* target :
         {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
          "/..%2f..%2fetc/passwd", "/css/..%5c..%5cetc", "/./index.html", "//etc/passwd",
          "/index.html%00.js", "/%zz", "/..", "/a/../index.html"}) {
        CAPTURE(target);
        HttpReply reply = httpGet(running.webPort(), target);
        CHECK((reply.status == 400 || reply.status == 404));
        CHECK(reply.body.find("root:") == std::string::npos);
    }
}

SCENARIO("malformed and oversize HTTP requests get an error answer, and the match goes on") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    std::uint16_t port = running.webPort();
    CHECK(rawHttp(port, "HELLO THERE\r\n\r\n").status == 400);
    CHECK(rawHttp(port, "GET / HTTP/9.9\r\n\r\n").status == 400);
    CHECK(rawHttp(port, std::string("GET / HTTP/1.1\r\nHost: x\r\nX-Big: ") +
                            std::string(20000, 'a') + "\r\n\r\n")
              .status == 431);
    CHECK(rawHttp(port, "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n").status ==
          413);
    CHECK(rawHttp(port, std::string(3000, '\0')).status == 400);
    CHECK(httpGet(port, "/ws").status == 404);  // a plain GET on the socket's path
    CHECK(
        rawHttp(port,
                "GET /other HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
            .status == 404);
    WsClient ws(port);
    REQUIRE(ws.ok());
    CHECK(joinAs(ws, "Bà Năm"));
}

SCENARIO("a browser plays over JSON: join, question, answer, acknowledgement") {
    TempFolder data;
    ServerConfig config = webTestConfig(data.path.string());
    RunningServer running(config);
    WsClient ws(running.webPort());
    REQUIRE(ws.ok());
    auto welcome = joinAs(ws, "Chú Tư");
    REQUIRE(welcome);
    CHECK(welcome->nickname == "Chú Tư");
    CHECK(welcome->token.size() == 32);

    running.server().post(CmdStart{});
    auto question = ws.readUntil<core::QuestionMsg>();
    REQUIRE(question);
    CHECK(question->options.size() == question->optionCount);  // browsers are rich
    CHECK(ws.lastText.find("\"correct\"") == std::string::npos);
    core::AnswerMsg answer{question->index, {{0}}};
    if (question->kind == core::QuestionKind::Order || question->kind == core::QuestionKind::Multi)
        for (std::uint8_t i = 1; i < question->optionCount; ++i)
            answer.choice.value.push_back(i);
    ws.send(answer);
    auto ack = ws.readUntil<core::AnswerAckMsg>();
    REQUIRE(ack);
    CHECK(ack->refusal == core::AnswerRefusal::None);

    // The same player comes back on a new socket with the token; the old one is replaced.
    WsClient again(running.webPort());
    again.send(core::RejoinMsg{core::kProtocolVersion, kPin, {welcome->token}, true});
    auto back = again.readUntil<core::WelcomeMsg>();
    REQUIRE(back);
    CHECK(back->playerId == welcome->playerId);
    CHECK(back->phase != core::Phase::Lobby);
    for (int i = 0; i < 16 && !ws.closed(); ++i)
        ws.read(2000);
    CHECK(ws.closed());
    CHECK(ws.closeCode() == webCloseCode(net::CloseReason::None));
}

SCENARIO("bad WebSocket messages close that socket with a reason; others play on") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    std::uint16_t port = running.webPort();
    WsClient player(port);
    REQUIRE(joinAs(player, "Cô Hạnh"));

    SUBCASE("over the 4 KiB message limit: 1009") {
        WsClient ws(port);
        ws.sendText(std::string(5000, ' '));
        CHECK(!ws.read(3000));
        CHECK(ws.closeCode() == 1009);
    }
    SUBCASE("not JSON: an error message, then 4003") {
        WsClient ws(port);
        ws.sendText("hello, server");
        auto error = ws.readUntil<core::ErrorMsg>();
        REQUIRE(error);
        CHECK(error->reason == "bad message: bad-value");
        CHECK(!ws.read(3000));
        CHECK(ws.closeCode() == webCloseCode(net::CloseReason::Misbehaving));
    }
    SUBCASE("a binary frame: error, 4003") {
        WsClient ws(port);
        ws.sendBinary(std::string("\x00\x01", 2));
        CHECK(ws.readUntil<core::ErrorMsg>());
        CHECK(!ws.read(3000));
        CHECK(ws.closeCode() == 4003);
    }
    SUBCASE("over the server's per-message limit (512 bytes): error, 4003") {
        WsClient ws(port);
        ws.sendText(R"({"type":"leave","pad":")" + std::string(1000, 'x') + "\"}");
        auto error = ws.readUntil<core::ErrorMsg>();
        REQUIRE(error);
        CHECK(error->reason == "message too large");
    }
    SUBCASE("an answer before joining: error, 4003") {
        WsClient ws(port);
        ws.send(core::AnswerMsg{0, {{1}}});
        auto error = ws.readUntil<core::ErrorMsg>();
        REQUIRE(error);
        CHECK(error->reason == "message before joining");
    }
    SUBCASE("another protocol version: refused with the host's version, 4001") {
        WsClient ws(port);
        ws.sendText(
            R"({"type":"join","protocolVersion":99,"pin":135790,"nickname":"x","rich":true})");
        auto refused = ws.readUntil<core::JoinRefusedMsg>();
        REQUIRE(refused);
        CHECK(refused->reason == core::JoinRefusal::WrongVersion);
        CHECK(!ws.read(3000));
        CHECK(ws.closeCode() == 4001);
        // The facilitator reads it in the next snapshot (published every 50 ms).
        for (int i = 0; i < 100 && running.server().snapshot()->lastError.empty(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        CHECK(running.server().snapshot()->lastError.find("phiên bản giao thức 99") !=
              std::string::npos);
    }
    SUBCASE("a wrong PIN: refused, then closed at once; a new socket tries again") {
        WsClient ws(port);
        ws.send(core::JoinMsg{core::kProtocolVersion, 111111, {"Út"}, true});
        auto refused = ws.readUntil<core::JoinRefusedMsg>();
        REQUIRE(refused);
        CHECK(refused->reason == core::JoinRefusal::WrongPin);
        CHECK(!ws.read(3000));  // a refused join keeps no slot
        WsClient again(port);
        CHECK(joinAs(again, "Út"));
    }
    running.server().post(CmdStart{});
    CHECK(player.readUntil<core::QuestionMsg>());
}

SCENARIO("a burst of connections meets the cap, and the match goes on") {
    TempFolder data;
    ServerConfig config = webTestConfig(data.path.string());
    config.match.maxPlayers = 16;  // cap: 80 open connections
    RunningServer running(config);
    std::uint16_t port = running.webPort();
    std::vector<std::unique_ptr<WsClient>> flood;
    int refused = 0;
    for (int i = 0; i < 120; ++i) {
        auto ws = std::make_unique<WsClient>(port);
        if (!ws->ok())
            ++refused;
        flood.push_back(std::move(ws));
    }
    CHECK(refused >= 40);
    HttpReply busy = httpGet(port, "/");
    CHECK(busy.status == 503);
    CHECK(busy.header("Retry-After") == "5");
    flood.clear();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    WsClient player(port);
    REQUIRE(player.ok());
    CHECK(joinAs(player, "Sau cơn lũ"));
    CHECK(httpGet(port, "/").status == 200);
}
