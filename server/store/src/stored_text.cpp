#include "stored_text.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace dovui::store {

std::vector<std::string> splitAt(const std::string& text, char separator) {
    std::vector<std::string> out;
    if (text.empty())
        return out;
    std::size_t at = 0;
    while (true) {
        const std::size_t end = text.find(separator, at);
        out.push_back(text.substr(at, end == std::string::npos ? std::string::npos : end - at));
        if (end == std::string::npos)
            return out;
        at = end + 1;
    }
}

std::vector<std::string> splitLines(const std::string& text) {
    return splitAt(text, '\n');
}

std::string joinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : "\n") + s;
    return out;
}

std::string jsonArray(const std::vector<std::string>& items) {
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> writer(out);
    writer.StartArray();
    for (const std::string& item : items)
        writer.String(item.data(), static_cast<rapidjson::SizeType>(item.size()));
    writer.EndArray();
    return std::string(out.GetString(), out.GetSize());
}

std::vector<std::string> jsonStrings(const std::string& text) {
    std::vector<std::string> out;
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    if (doc.HasParseError() || !doc.IsArray())
        return out;
    for (const auto& v : doc.GetArray())
        if (v.IsString())
            out.emplace_back(v.GetString(), v.GetStringLength());
    return out;
}

}  // namespace dovui::store
