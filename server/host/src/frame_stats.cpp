#include "dovui/host/frame_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dovui::host {

double FrameStats::percentile(double p) const {
    if (m_samples.empty())
        return 0.0;
    std::vector<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    auto index =
        static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, index > 0 ? index - 1 : 0)];
}

std::string FrameStats::summary() const {
    char line[160];
    std::snprintf(line, sizeof line, "frames=%zu p50=%.2f p99=%.2f max=%.2f ms", m_samples.size(),
                  percentile(50), percentile(99), percentile(100));
    return line;
}

}  // namespace dovui::host
