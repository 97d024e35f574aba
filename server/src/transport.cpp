#include "dovui/server/transport.hpp"

#include "dovui/core/protocol_json.hpp"

namespace dovui::server {

const std::string& OutgoingMessage::binary() {
    if (!m_binary)
        m_binary = core::encode(m_msg);
    return *m_binary;
}

const std::shared_ptr<const std::string>& OutgoingMessage::json() {
    if (!m_json)
        m_json = std::make_shared<const std::string>(core::encodeJson(m_msg));
    return m_json;
}

}  // namespace dovui::server
