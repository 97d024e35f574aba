#include <cereal/archives/json.hpp>  // before anything that includes rapidjson

#include "dovui/play/session/rejoin_ticket.hpp"

#include <cereal/types/string.hpp>
#include <sstream>

#include "dovui/play/session/data_folder.hpp"

namespace dovui::play {

template <class A>
void RejoinTicket::serialize(A& ar) {
    ar(CEREAL_NVP(address), CEREAL_NVP(port), CEREAL_NVP(pin), CEREAL_NVP(token),
       CEREAL_NVP(nickname), CEREAL_NVP(matchName), CEREAL_NVP(savedAtUnix));
}

TicketStore::TicketStore(std::filesystem::path file) : m_file(std::move(file)) {}

std::optional<RejoinTicket> TicketStore::load(std::int64_t nowUnix) const {
    std::string bytes, error;
    if (!readSmallFile(m_file, 64 * 1024, bytes, error))
        return std::nullopt;
    try {
        RejoinTicket ticket;
        std::istringstream in(bytes);
        cereal::JSONInputArchive archive(in);
        archive(cereal::make_nvp("ticket", ticket));
        const std::int64_t age = nowUnix - ticket.savedAtUnix;
        if (ticket.token.empty() || ticket.port == 0 || age < 0 || age > kTicketMaxAgeSeconds)
            return std::nullopt;
        return ticket;
    } catch (const std::exception&) {
        return std::nullopt;  // a damaged ticket only costs the offer to rejoin
    }
}

bool TicketStore::save(const RejoinTicket& ticket) const {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive archive(out);
        archive(cereal::make_nvp("ticket", ticket));
    }
    try {
        writeFileAtomically(m_file, out.str());
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

void TicketStore::clear() const {
    std::error_code ec;
    std::filesystem::remove(m_file, ec);
}

}  // namespace dovui::play
