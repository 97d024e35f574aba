#include "svg_chart.hpp"

#include <algorithm>
#include <cstdio>

#include "html_page.hpp"

namespace dovui::report {
namespace {

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}  // namespace

std::string shareBar(double share, bool highlight) {
    share = std::clamp(share, 0.0, 1.0);
    std::string svg =
        "<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" +
        std::to_string(static_cast<int>(share * 100 + 0.5)) +
        "%\"><rect width=\"100\" height=\"10\" rx=\"2\" fill=\"#e9eef2\"/>";
    if (share > 0)
        svg += "<rect width=\"" + number(std::max(share * 100, 0.8)) +
               "\" height=\"10\" rx=\"2\" fill=\"" + (highlight ? "#2e9e4f" : "#7d8fa1") + "\"/>";
    return svg + "</svg>";
}

std::string columnChart(const std::vector<ColumnValue>& values, const std::string& title) {
    const double width = 720, height = 230, left = 44, right = 12, top = 24, bottom = 34;
    const double plotW = width - left - right, plotH = height - top - bottom;
    std::string svg = "<svg viewBox=\"0 0 " + number(width) + " " + number(height) +
                      "\" role=\"img\" aria-label=\"" + escapeHtml(title) + "\">";
    svg += "<g font-size=\"11\" fill=\"#5b6b7a\" font-family=\"inherit\">";
    for (int step = 0; step <= 4; ++step) {
        double y = top + plotH - plotH * step / 4.0;
        svg += "<line x1=\"" + number(left) + "\" x2=\"" + number(width - right) + "\" y1=\"" +
               number(y) + "\" y2=\"" + number(y) + "\" stroke=\"#e1e7ed\"/>";
        svg += "<text x=\"" + number(left - 6) + "\" y=\"" + number(y + 4) +
               "\" text-anchor=\"end\">" + std::to_string(step * 25) + "%</text>";
    }
    const std::size_t n = std::max<std::size_t>(values.size(), 1);
    const double slot = plotW / static_cast<double>(n);
    const double barW = std::min(56.0, slot * 0.6);
    for (std::size_t i = 0; i < values.size(); ++i) {
        double share = std::clamp(values[i].share, 0.0, 1.0);
        double x = left + slot * static_cast<double>(i) + (slot - barW) / 2;
        double h = plotH * share;
        double y = top + plotH - h;
        svg += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(barW) +
               "\" height=\"" + number(h) + "\" rx=\"3\" fill=\"#0f5e7a\"/>";
        svg += "<text x=\"" + number(x + barW / 2) + "\" y=\"" + number(y - 5) +
               "\" text-anchor=\"middle\" fill=\"#1c2733\" font-weight=\"600\">" +
               escapeHtml(values[i].caption) + "</text>";
        svg += "<text x=\"" + number(x + barW / 2) + "\" y=\"" + number(height - bottom + 16) +
               "\" text-anchor=\"middle\">" + escapeHtml(values[i].label) + "</text>";
    }
    return svg + "</g></svg>";
}

}  // namespace dovui::report
