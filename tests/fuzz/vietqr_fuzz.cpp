// libFuzzer target for the VietQR decoder (design.md §9). Besides "never crash", it checks
// that whatever decodes also re-encodes to a payload that decodes to the same transfer, and
// that every refusal can be described in both languages.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dovui/core/vietqr.hpp"

using namespace dovui::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view payload(reinterpret_cast<const char*>(data), size);
    VietQrDecodeResult decoded = decodeVietQr(payload);
    if (!decoded.ok()) {
        if (!decoded.error || decoded.error->offset > size)
            __builtin_trap();
        if (describe(*decoded.error, Lang::Vi).empty() ||
            describe(*decoded.error, Lang::En).empty())
            __builtin_trap();
        return 0;
    }
    VietQrEncodeResult encoded = encodeVietQr(decoded.decoded->qr);
    if (!encoded.ok())
        __builtin_trap();
    VietQrDecodeResult again = decodeVietQr(encoded.payload);
    if (!again.ok() || again.decoded->qr != decoded.decoded->qr)
        __builtin_trap();
    return 0;
}
