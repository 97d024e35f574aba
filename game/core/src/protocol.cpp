#include "dovui/core/protocol.hpp"

namespace dovui::core {
namespace {

template <class Variant>
std::string encodeVariant(const Variant& msg) {
    std::string out;
    WireOutputArchive ar(out);
    auto id = static_cast<std::uint8_t>(msg.index());
    ar(id);
    std::visit([&ar](const auto& m) { ar(m); }, msg);
    return out;
}

template <class E>
void checkEnum(E value, E last, const char* what) {
    if (static_cast<std::uint8_t>(value) > static_cast<std::uint8_t>(last))
        throw DecodeFailure(DecodeErrorCode::BadValue, std::string("bad ") + what);
}

void checkVersion(std::uint16_t version) {
    if (version != kProtocolVersion)
        throw DecodeFailure(DecodeErrorCode::WrongVersion,
                            "peer runs version " + std::to_string(version) + ", this runs " +
                                std::to_string(kProtocolVersion));
}

// Range checks for every enum that arrives from the network.
void validate(const JoinMsg& m) {
    checkVersion(m.protocolVersion);
}
void validate(const RejoinMsg& m) {
    checkVersion(m.protocolVersion);
}
void validate(const QuestionMsg& m) {
    checkEnum(m.kind, kLastQuestionKind, "question kind");
}
void validate(const RevealMsg& m) {
    checkEnum(m.cardVerdict, CardVerdict::Genuine, "card verdict");
    if (m.techniques.size() > kTechniqueCount)
        throw DecodeFailure(DecodeErrorCode::Oversize, "too many techniques");
    for (Technique t : m.techniques)
        checkEnum(t, Technique::Transfer, "technique");
}
void validate(const WelcomeMsg& m) {
    checkEnum(m.phase, Phase::Podium, "phase");
}
void validate(const JoinRefusedMsg& m) {
    checkEnum(m.reason, JoinRefusal::MatchOver, "refusal");
}
void validate(const AnswerAckMsg& m) {
    checkEnum(m.refusal, AnswerRefusal::NotJoined, "refusal");
}
template <class T>
void validate(const T&) {}

/// Join and Rejoin carry the protocol version first: check it before the rest, whose shape
/// may differ in another version, so that an old app hears "update" and not "truncated".
template <class Variant>
void checkLeadingVersion(std::uint8_t id, const std::uint8_t* data, std::size_t size) {
    if constexpr (std::is_same_v<Variant, ClientMsg>) {
        static_assert(std::is_same_v<std::variant_alternative_t<0, ClientMsg>, JoinMsg>);
        static_assert(std::is_same_v<std::variant_alternative_t<1, ClientMsg>, RejoinMsg>);
        if ((id == 0 || id == 1) && size >= 3)
            checkVersion(static_cast<std::uint16_t>(data[1] | (data[2] << 8)));
    }
}

template <std::size_t I, class Variant>
void loadAlternative(WireInputArchive& ar, std::size_t id, Variant& out) {
    if constexpr (I < std::variant_size_v<Variant>) {
        if (id == I) {
            std::variant_alternative_t<I, Variant> msg{};
            ar(msg);
            validate(msg);
            out = std::move(msg);
            return;
        }
        loadAlternative<I + 1>(ar, id, out);
    } else {
        throw DecodeFailure(DecodeErrorCode::UnknownId, "unknown message id " + std::to_string(id));
    }
}

template <class Variant>
Decoded<Variant> decodeVariant(const std::uint8_t* data, std::size_t size) {
    Decoded<Variant> result;
    if (size == 0) {
        result.error = {DecodeErrorCode::Empty, "empty message"};
        return result;
    }
    try {
        WireInputArchive ar(data, size);
        std::uint8_t id = 0;
        ar(id);
        checkLeadingVersion<Variant>(id, data, size);
        Variant msg;
        loadAlternative<0>(ar, id, msg);
        if (ar.remaining() != 0)
            throw DecodeFailure(DecodeErrorCode::TrailingBytes,
                                std::to_string(ar.remaining()) + " bytes after the message");
        result.msg = std::move(msg);
    } catch (const DecodeFailure& failure) {
        result.error = {failure.code, failure.what()};
        if (failure.code == DecodeErrorCode::WrongVersion && size >= 3)
            result.error.peerVersion = static_cast<std::uint32_t>(data[1] | (data[2] << 8));
    } catch (const std::exception& e) {  // cereal or allocation: still just a bad packet
        result.error = {DecodeErrorCode::BadValue, e.what()};
    }
    return result;
}

}  // namespace

std::string encode(const ClientMsg& msg) {
    return encodeVariant(msg);
}
std::string encode(const ServerMsg& msg) {
    return encodeVariant(msg);
}

Decoded<ClientMsg> decodeClientMsg(const std::uint8_t* data, std::size_t size) {
    return decodeVariant<ClientMsg>(data, size);
}
Decoded<ServerMsg> decodeServerMsg(const std::uint8_t* data, std::size_t size) {
    return decodeVariant<ServerMsg>(data, size);
}

const char* decodeErrorName(DecodeErrorCode code) {
    switch (code) {
        case DecodeErrorCode::Empty:
            return "empty";
        case DecodeErrorCode::UnknownId:
            return "unknown-id";
        case DecodeErrorCode::Truncated:
            return "truncated";
        case DecodeErrorCode::Oversize:
            return "oversize";
        case DecodeErrorCode::TrailingBytes:
            return "trailing-bytes";
        case DecodeErrorCode::BadValue:
            return "bad-value";
        case DecodeErrorCode::WrongVersion:
            return "wrong-version";
    }
    return "?";
}

}  // namespace dovui::core
