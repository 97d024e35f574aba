// libFuzzer target for the browser's JSON (design.md §9): decoding never crashes, never
// aborts, and whatever decodes encodes back to the same message.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dovui/core/protocol_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dovui::core;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto client = decodeClientJson(text)) {
        std::string again = encodeJson(*client.msg);
        auto back = decodeClientJson(again);
        if (again.size() <= kMaxJsonMessageBytes && (!back || !(*back.msg == *client.msg)))
            std::abort();
    }
    if (auto server = decodeServerJson(text)) {
        auto back = decodeServerJson(encodeJson(*server.msg));
        if (!back || !(*back.msg == *server.msg))
            std::abort();
    }
    return 0;
}
