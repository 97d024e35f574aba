#pragma once
/// The rejoin ticket: what an app restarted mid-match needs to get its place back (the
/// server's token, where the server is, the PIN). Kept in <data>/rejoin.json.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace dovui::play {

struct RejoinTicket {
    std::string address;
    std::uint16_t port = 0;
    std::uint32_t pin = 0;
    std::string token;
    std::string nickname;
    std::string matchName;
    std::int64_t savedAtUnix = 0;  ///< seconds; a ticket older than kTicketMaxAge is ignored
    template <class A>
    void serialize(A& ar);
    bool operator==(const RejoinTicket&) const = default;
};

/// A class lasts a morning: an older ticket cannot belong to a match still running.
inline constexpr std::int64_t kTicketMaxAgeSeconds = 6 * 3600;

class TicketStore {
public:
    explicit TicketStore(std::filesystem::path file);
    /// The saved ticket if there is a readable, fresh one at `nowUnix`.
    std::optional<RejoinTicket> load(std::int64_t nowUnix) const;
    /// Saves crash-safely; returns false (and keeps going) when the disk refuses.
    bool save(const RejoinTicket& ticket) const;
    void clear() const;
    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
};

}  // namespace dovui::play
