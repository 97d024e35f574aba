#pragma once
/// How the store writes lists inside one column, and reads them back (store.cpp, store_reader.cpp).
#include <string>
#include <vector>

namespace dovui::store {

/// "impersonation,otp-password" -> its items; "" -> none. Empty items are kept (as "").
std::vector<std::string> splitAt(const std::string& text, char separator);
/// Team names, one a line; "" -> none.
std::vector<std::string> splitLines(const std::string& text);
std::string joinLines(const std::vector<std::string>& items);
/// Options and topics: a JSON array of strings. Reading, anything else gives none.
std::string jsonArray(const std::vector<std::string>& items);
std::vector<std::string> jsonStrings(const std::string& text);

}  // namespace dovui::store
