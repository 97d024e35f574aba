// libFuzzer target for the message decoder (design.md §5, §9). Every input goes through both
// decoders. Besides "never crash, never allocate beyond the input", whatever decodes must
// re-encode to bytes that decode to the same message, and re-encoding must be stable.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dovui/core/protocol.hpp"

using namespace dovui::core;

namespace {

template <class Msg, class Decode>
void checkRoundTrip(const std::uint8_t* data, std::size_t size, Decode decode) {
    auto decoded = decode(data, size);
    if (!decoded) {
        if (decodeErrorName(decoded.error.code)[0] == '?' || decoded.error.detail.empty())
            __builtin_trap();
        return;
    }
    std::string bytes = encode(Msg{*decoded.msg});
    if (bytes.size() > size)  // the wire form is never longer than what it was read from
        __builtin_trap();
    auto again = decode(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    if (!again || !(*again.msg == *decoded.msg) || encode(Msg{*again.msg}) != bytes)
        __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    checkRoundTrip<ClientMsg>(data, size, decodeClientMsg);
    checkRoundTrip<ServerMsg>(data, size, decodeServerMsg);
    return 0;
}
