#include "text_encoding.hpp"

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <iconv.h>
#endif

#include <cerrno>

#include "dovui/core/text.hpp"

namespace dovui::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

#ifdef _WIN32
/// Windows-1258 → UTF-8 through Windows' own code page 1258 (no iconv in mingw); the result
/// still has combining tone marks. Code page 1258 maps every byte except 5 unused ones.
std::optional<std::string> fromWindows1258(std::string_view bytes, std::size_t& badOffset) {
    if (bytes.empty())
        return std::string();
    const int size = static_cast<int>(bytes.size());
    int wide = MultiByteToWideChar(1258, MB_ERR_INVALID_CHARS, bytes.data(), size, nullptr, 0);
    if (wide <= 0) {
        badOffset = 0;
        for (std::size_t i = 0; i < bytes.size(); ++i)  // name the first byte it refuses
            if (MultiByteToWideChar(1258, MB_ERR_INVALID_CHARS, bytes.data() + i, 1, nullptr, 0) <=
                0) {
                badOffset = i;
                break;
            }
        return std::nullopt;
    }
    std::wstring w(static_cast<std::size_t>(wide), L'\0');
    MultiByteToWideChar(1258, 0, bytes.data(), size, w.data(), wide);
    int n = WideCharToMultiByte(CP_UTF8, 0, w.data(), wide, nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, w.data(), wide, out.data(), n, nullptr, nullptr);
    return out;
}
#else
/// Windows-1258 → UTF-8 through glibc's iconv; the result still has combining tone marks.
std::optional<std::string> fromWindows1258(std::string_view bytes, std::size_t& badOffset) {
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1258");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    std::string out(bytes.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t inLeft = bytes.size();
    char* dst = out.data();
    std::size_t outLeft = out.size();
    std::size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
    if (rc != static_cast<std::size_t>(-1))
        rc = iconv(cd, nullptr, nullptr, &dst, &outLeft);  // flush a pending base letter
    iconv_close(cd);
    if (rc == static_cast<std::size_t>(-1)) {
        badOffset = bytes.size() - inLeft;
        return std::nullopt;
    }
    out.resize(out.size() - outLeft);
    return out;
}
#endif

/// Byte offset of the first byte that breaks UTF-8 (bytes.size() when none does).
std::size_t firstInvalidUtf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        auto c = static_cast<unsigned char>(bytes[i]);
        std::size_t length = c < 0x80           ? 1
                             : (c >> 5) == 0x6  ? 2
                             : (c >> 4) == 0xE  ? 3
                             : (c >> 3) == 0x1E ? 4
                                                : 0;
        if (length == 0 || i + length > bytes.size())
            return i;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return bytes.size();
}

}  // namespace

std::optional<Encoding> parseEncoding(std::string_view name) {
    if (name == "auto")
        return Encoding::Auto;
    if (name == "utf-8" || name == "utf8" || name == "UTF-8")
        return Encoding::Utf8;
    if (name == "windows-1258" || name == "cp1258" || name == "WINDOWS-1258" || name == "CP1258")
        return Encoding::Windows1258;
    return std::nullopt;
}

const char* encodingName(Encoding encoding) {
    switch (encoding) {
        case Encoding::Auto:
            return "auto";
        case Encoding::Utf8:
            return "UTF-8";
        case Encoding::Windows1258:
            return "Windows-1258";
    }
    return "?";
}

DecodedText decode(std::string_view bytes, Encoding encoding) {
    DecodedText out;
    bool bom = bytes.substr(0, kBom.size()) == kBom;
    if (bom)
        bytes.remove_prefix(kBom.size());
    if (encoding != Encoding::Windows1258) {
        if (auto nfc = core::toNfc(bytes)) {
            out.text = std::move(*nfc);
            out.used = Encoding::Utf8;
            return out;
        }
        if (encoding == Encoding::Utf8 || bom) {
            out.used = Encoding::Utf8;
            out.badOffset = firstInvalidUtf8(bytes) + (bom ? kBom.size() : 0);
            return out;
        }
    }
    out.used = Encoding::Windows1258;
    std::size_t badOffset = 0;
    if (auto utf8 = fromWindows1258(bytes, badOffset)) {
        out.text = core::toNfc(*utf8);
    } else {
        out.badOffset = badOffset;
    }
    return out;
}

}  // namespace dovui::csv
