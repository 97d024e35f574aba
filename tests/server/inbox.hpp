#pragma once
/// Reading what a test learner received, whatever its transport.
#include <algorithm>
#include <optional>
#include <vector>

#include "dovui/core/protocol.hpp"

namespace dovui::server::test {

/// The last message of type T in `inbox`, if any.
template <class T>
std::optional<T> lastOf(const std::vector<core::ServerMsg>& inbox) {
    for (auto it = inbox.rbegin(); it != inbox.rend(); ++it)
        if (const T* m = std::get_if<T>(&*it))
            return *m;
    return std::nullopt;
}

template <class T>
std::size_t countOf(const std::vector<core::ServerMsg>& inbox) {
    return static_cast<std::size_t>(std::count_if(
        inbox.begin(), inbox.end(), [](const auto& m) { return std::holds_alternative<T>(m); }));
}

}  // namespace dovui::server::test
