// Untrusted bytes (design.md §5): a 15-byte packet that claims a 2 GiB string must be refused
// at once, with no allocation sized by the claim. This file replaces the global operator new
// for the whole test binary to see every allocation the decoder makes.
#include <doctest/doctest.h>

#include <cstdlib>
#include <new>

#include "dovui/core/protocol.hpp"

namespace {

/// What the replaced operator new saw while `active`.
struct AllocationProbe {
    bool active = false;
    std::size_t largest = 0;
    std::size_t total = 0;
};
AllocationProbe g_probe;  // the replaced operator new can reach nothing else

}  // namespace

void* operator new(std::size_t size) {
    if (g_probe.active) {
        // Recorded before allocating: a 2 GiB attempt counts even if malloc refuses it.
        g_probe.largest = std::max(g_probe.largest, size);
        g_probe.total += size;
    }
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

using namespace dovui::core;

namespace {

/// The decoder's error text ("size tag 2147483648 over the limit 64") is the only thing it
/// may allocate beyond the packet's own size: a short, fixed-shape message.
constexpr std::size_t kErrorTextAllowance = 96;

template <class Decode>
AllocationProbe probe(const std::string& bytes, Decode decode) {
    g_probe = {};
    g_probe.active = true;
    auto result = decode(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    g_probe.active = false;
    AllocationProbe seen = g_probe;
    CHECK_FALSE(result);
    CHECK(result.error.code == DecodeErrorCode::Oversize);
    return seen;
}

const std::string kClaim2GiB("\x80\x80\x80\x80\x08", 5);  // varint 2^31

}  // namespace

TEST_CASE("the allocation probe sees what the decoder allocates") {
    // Without this, a probe that saw nothing would pass the tests below.
    std::string bytes =
        encode(ClientMsg{JoinMsg{kProtocolVersion, 1, {std::string(60, 'n')}, true}});
    g_probe = {};
    g_probe.active = true;
    auto result =
        decodeClientMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    g_probe.active = false;
    REQUIRE(result);
    CHECK(g_probe.largest >= 60);
}

SCENARIO("a 15-byte packet claiming a 2 GiB string is refused without allocating it") {
    GIVEN("a join whose nickname claims 2 GiB") {
        // id, version (2 bytes, ours), pin (4), nickname size tag (5), three filler bytes.
        const std::string version{static_cast<char>(kProtocolVersion & 0xff),
                                  static_cast<char>(kProtocolVersion >> 8)};
        std::string bytes = std::string("\x00", 1) + version + std::string("\x01\x00\x00\x00", 4) +
                            kClaim2GiB + "abc";
        REQUIRE(bytes.size() == 15);
        AllocationProbe seen = probe(bytes, decodeClientMsg);
        THEN("nothing near the claim is allocated") {
            CHECK(seen.largest <= bytes.size() + kErrorTextAllowance);
            CHECK(seen.total <= 4 * (bytes.size() + kErrorTextAllowance));
        }
    }
    GIVEN("a server error message whose reason claims 2 GiB") {
        std::string bytes = std::string("\x0b", 1) + kClaim2GiB + "123456789";
        REQUIRE(bytes.size() == 15);
        AllocationProbe seen = probe(bytes, decodeServerMsg);
        CHECK(seen.largest <= bytes.size() + kErrorTextAllowance);
    }
    GIVEN("a leaderboard whose list of rows claims 2^31 entries") {
        std::string bytes = std::string("\x06\x01\x00", 3) + kClaim2GiB + "1234567";
        REQUIRE(bytes.size() == 15);
        AllocationProbe seen = probe(bytes, decodeServerMsg);
        CHECK(seen.largest <= bytes.size() + kErrorTextAllowance);
    }
    GIVEN("an answer whose choice claims 2^31 options") {
        std::string bytes = std::string("\x02\x00\x00", 3) + kClaim2GiB + "1234567";
        REQUIRE(bytes.size() == 15);
        AllocationProbe seen = probe(bytes, decodeClientMsg);
        CHECK(seen.largest <= bytes.size() + kErrorTextAllowance);
    }
}
