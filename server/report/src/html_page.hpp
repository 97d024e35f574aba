#pragma once
/// A self-contained HTML page: inline CSS, no scripts, no network; prints on A4.
#include <string>
#include <string_view>

#include "report_text.hpp"

namespace dovui::report {

/// Text made safe for HTML element content and attribute values.
std::string escapeHtml(std::string_view text);

/// Accumulates the page; `open` writes the head with the shared style sheet.
class HtmlPage {
public:
    HtmlPage(Lang lang, std::string_view title);

    HtmlPage& raw(std::string_view html);
    HtmlPage& text(std::string_view text);  ///< escaped
    /// <tag class="cls">escaped text</tag>
    HtmlPage& element(std::string_view tag, std::string_view cls, std::string_view text);

    /// Closes the page and returns it.
    std::string finish();

private:
    std::string m_html;
};

/// A key figure in the page's top row: the big value over its label.
void kpi(HtmlPage& page, const std::string& value, const std::string& label);

}  // namespace dovui::report
