// The single-file practice page a learner takes home (issue 14), and the JSON text helpers the
// practice files share.
#include <stdexcept>

#include "dovui/core/vietqr.hpp"
#include "dovui/server/practice.hpp"

namespace dovui::server {

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else if (c == '/' && i > 0 && text[i - 1] == '<') {
            out += "\\/";
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

namespace {

/// Text that goes inside <script>…</script>: no "</script" (nor "<!--") can end it early.
std::string scriptSafe(std::string text) {
    for (std::size_t at = text.find("</"); at != std::string::npos; at = text.find("</", at + 3))
        text.replace(at, 2, "<\\/");
    for (std::size_t at = text.find("<!--"); at != std::string::npos; at = text.find("<!--", at))
        text.replace(at, 4, "<\\!--");
    return text;
}

void replaceOnce(std::string& text, const std::string& what, const std::string& with) {
    std::size_t at = text.find(what);
    if (at == std::string::npos)
        throw std::runtime_error("the page's index.html has no " + what);
    text.replace(at, what.size(), with);
}

}  // namespace

std::string banksJson() {
    std::string out = "{";
    for (const core::BankInfo& bank : core::knownBanks()) {
        if (out.size() > 1)
            out += ",";
        out += jsonString(bank.bin) + ":" + jsonString(bank.shortName);
    }
    return out + "}";
}

std::string assembleHomePage(
    const std::function<std::optional<std::string>(std::string_view)>& fileText,
    const std::string& packJson) {
    auto need = [&](std::string_view name) {
        auto text = fileText(name);
        if (!text)
            throw std::runtime_error("the page file " + std::string(name) + " is missing");
        return *text;
    };
    std::string page = need("index.html");
    // Nothing may leave the page: no fetch, no socket, no image from anywhere.
    replaceOnce(page, "<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" "
                "content=\"default-src 'none'; script-src 'unsafe-inline'; style-src "
                "'unsafe-inline'; img-src data:\">");
    replaceOnce(page, "<link rel=\"icon\" href=\"icon.svg\" type=\"image/svg+xml\">\n", "");
    replaceOnce(page, "<link rel=\"stylesheet\" href=\"style.css\">",
                "<style>\n" + scriptSafe(need("style.css")) + "\n</style>");
    std::string data = "<script type=\"application/json\" id=\"homePack\">" + scriptSafe(packJson) +
                       "</script>\n<script type=\"application/json\" id=\"homeBanks\">" +
                       scriptSafe(banksJson()) + "</script>\n";
    bool first = true;
    for (std::size_t at = page.find("<script src=\""); at != std::string::npos;
         at = page.find("<script src=\"", at)) {
        std::size_t nameAt = at + 13;
        std::size_t end = page.find("\"></script>", nameAt);
        if (end == std::string::npos)
            throw std::runtime_error("the page's index.html has a broken <script> tag");
        std::string name = page.substr(nameAt, end - nameAt);
        std::string inlined =
            (first ? data : "") + "<script>\n" + scriptSafe(need(name)) + "\n</script>";
        first = false;
        page.replace(at, end + 11 - at, inlined);
        at += inlined.size();
    }
    return page;
}

}  // namespace dovui::server
