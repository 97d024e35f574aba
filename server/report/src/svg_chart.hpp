#pragma once
/// Inline SVG charts: plain shapes and text, so they print sharply and need nothing else.
#include <string>
#include <vector>

namespace dovui::report {

/// A horizontal bar filled to `share` (0..1) over a light track; green when `highlight`.
std::string shareBar(double share, bool highlight);

struct ColumnValue {
    std::string label;    ///< under the column ("2026-11")
    double share = 0;     ///< 0..1, the column height
    std::string caption;  ///< above the column ("73%")
};

/// Vertical columns on a 0–100% axis with grid lines at 25% steps.
std::string columnChart(const std::vector<ColumnValue>& values, const std::string& title);

}  // namespace dovui::report
