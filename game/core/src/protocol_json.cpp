#include "dovui/core/protocol_json.hpp"

#include <rapidjson/error/en.h>

#include "json_archive.hpp"

namespace dovui::core {
namespace {

// Message type names, in variant order (append-only, like the table).
constexpr const char* kClientTypes[] = {"join", "rejoin", "answer", "leave", "ping"};
constexpr const char* kServerTypes[] = {"welcome", "joinRefused", "lobby", "question", "answerAck",
                                        "reveal",  "leaderboard", "pause", "podium",   "kicked",
                                        "revived", "error",       "pong"};
static_assert(std::size(kClientTypes) == std::variant_size_v<ClientMsg>);
static_assert(std::size(kServerTypes) == std::variant_size_v<ServerMsg>);

template <class Variant>
std::span<const char* const> typeNames() {
    if constexpr (std::is_same_v<Variant, ClientMsg>)
        return kClientTypes;
    else
        return kServerTypes;
}

template <class Variant>
std::string encodeVariant(const Variant& msg) {
    rapidjson::StringBuffer buffer;
    json::Writer writer(buffer);
    writer.StartObject();
    writer.Key("type");
    writer.String(typeNames<Variant>()[msg.index()]);
    json::WriteArchive ar(writer);
    std::visit([&ar](const auto& m) { const_cast<std::decay_t<decltype(m)>&>(m).serialize(ar); },
               msg);
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

template <std::size_t I, class Variant>
void loadAlternative(const rapidjson::Value& root, std::size_t id, Variant& out) {
    if constexpr (I < std::variant_size_v<Variant>) {
        if (id == I) {
            std::variant_alternative_t<I, Variant> msg{};
            json::ReadArchive ar(root);
            msg.serialize(ar);  // in table order: a join's version is checked first
            out = std::move(msg);
            return;
        }
        loadAlternative<I + 1>(root, id, out);
    }
}

template <class Variant>
Decoded<Variant> decodeVariant(std::string_view text) {
    Decoded<Variant> result;
    try {
        if (text.empty())
            throw DecodeFailure(DecodeErrorCode::Empty, "empty message");
        rapidjson::Document doc;
        // Iterative: deep nesting cannot exhaust the stack; UTF-8 is validated.
        doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(
            text.data(), text.size());
        if (doc.HasParseError())
            throw DecodeFailure(DecodeErrorCode::BadValue,
                                std::string("not JSON: ") +
                                    rapidjson::GetParseError_En(doc.GetParseError()) +
                                    " at offset " + std::to_string(doc.GetErrorOffset()));
        if (!doc.IsObject())
            throw DecodeFailure(DecodeErrorCode::BadValue, "not a JSON object");
        const rapidjson::Value& root = doc;  // const iterators: one operator== (clang, C++20)
        auto type = root.FindMember("type");
        if (type == root.MemberEnd() || !type->value.IsString())
            throw DecodeFailure(DecodeErrorCode::UnknownId, "no \"type\"");
        std::string_view name(type->value.GetString(), type->value.GetStringLength());
        auto names = typeNames<Variant>();
        std::size_t id = 0;
        while (id < names.size() && name != names[id])
            ++id;
        if (id == names.size())
            throw DecodeFailure(DecodeErrorCode::UnknownId,
                                "unknown type \"" + std::string(name.substr(0, 32)) + "\"");
        Variant msg;
        loadAlternative<0>(root, id, msg);
        result.msg = std::move(msg);
    } catch (const DecodeFailure& failure) {
        result.error = {failure.code, failure.what(), failure.peerVersion};
    } catch (const std::exception& e) {  // allocation: still just a bad message
        result.error.code = DecodeErrorCode::BadValue;
        result.error.detail = e.what();
    }
    return result;
}

}  // namespace

const char* messageTypeName(const ClientMsg& msg) {
    return kClientTypes[msg.index()];
}
const char* messageTypeName(const ServerMsg& msg) {
    return kServerTypes[msg.index()];
}

std::string encodeJson(const ClientMsg& msg) {
    return encodeVariant(msg);
}
std::string encodeJson(const ServerMsg& msg) {
    return encodeVariant(msg);
}

Decoded<ClientMsg> decodeClientJson(std::string_view text) {
    if (text.size() > kMaxJsonMessageBytes) {
        Decoded<ClientMsg> result;
        result.error = {DecodeErrorCode::Oversize,
                        "message of " + std::to_string(text.size()) + " bytes", 0};
        return result;
    }
    return decodeVariant<ClientMsg>(text);
}

Decoded<ServerMsg> decodeServerJson(std::string_view text) {
    return decodeVariant<ServerMsg>(text);
}

}  // namespace dovui::core
