#pragma once
/// The browser's encoding of the one message table (design.md §5): a JSON object per message,
/// `{"type": "answer", "questionIndex": 3, "choice": [1]}`. The keys are the field names in
/// protocol.hpp's serialize functions, so the binary and the JSON encodings come from the same
/// table; enums travel as names ("multi", "question", "wrongPin"), scenario cards as
/// `{"type": "sms", ...}`. Decoding parses a bounded DOM and checks every field's type, range
/// and size limit; it never throws and never aborts.
#include <cstddef>
#include <string>
#include <string_view>

#include "dovui/core/protocol.hpp"

namespace dovui::core {

/// Largest JSON text a browser may send (the WebSocket message limit uses the same number).
inline constexpr std::size_t kMaxJsonMessageBytes = 4096;

/// The "type" of each message, in variant order ("join", "rejoin", "answer", "leave", "ping").
const char* messageTypeName(const ClientMsg& msg);
/// "welcome", "joinRefused", "lobby", "question", "answerAck", "reveal", "leaderboard",
/// "pause", "podium", "kicked", "revived", "error", "pong".
const char* messageTypeName(const ServerMsg& msg);

std::string encodeJson(const ClientMsg& msg);
std::string encodeJson(const ServerMsg& msg);

/// Texts over kMaxJsonMessageBytes are refused (Oversize) before parsing. A join or rejoin
/// of another protocol version decodes to WrongVersion with error.peerVersion set.
Decoded<ClientMsg> decodeClientJson(std::string_view text);
/// For tests and tools (a server message may be longer than a client's: no size cap).
Decoded<ServerMsg> decodeServerJson(std::string_view text);

}  // namespace dovui::core
