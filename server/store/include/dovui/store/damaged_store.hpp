#pragma once
#include <stdexcept>
#include <string>
#include <utility>

namespace dovui::store {

/// A row of the file holds a value the game never writes. what() names the file (when read
/// from a path) and the row; detail() is the row and the fault alone.
class DamagedStore : public std::runtime_error {
public:
    DamagedStore(const std::string& message, std::string detail)
        : std::runtime_error(message), m_detail(std::move(detail)) {}
    const std::string& detail() const { return m_detail; }

private:
    std::string m_detail;
};

}  // namespace dovui::store
