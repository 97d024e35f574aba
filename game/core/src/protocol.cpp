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

template <std::size_t I, class Variant>
void loadAlternative(WireInputArchive& ar, std::size_t id, Variant& out) {
    if constexpr (I < std::variant_size_v<Variant>) {
        if (id == I) {
            std::variant_alternative_t<I, Variant> msg{};
            ar(msg);  // each field is checked as it is read (field_rules.hpp)
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
        Variant msg;
        loadAlternative<0>(ar, id, msg);
        if (ar.remaining() != 0)
            throw DecodeFailure(DecodeErrorCode::TrailingBytes,
                                std::to_string(ar.remaining()) + " bytes after the message");
        result.msg = std::move(msg);
    } catch (const DecodeFailure& failure) {
        result.error = {failure.code, failure.what(), failure.peerVersion};
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
