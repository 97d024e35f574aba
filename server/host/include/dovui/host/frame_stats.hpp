#pragma once
/// Frame times for --bench-frames: collected per frame, summarised as p50/p99/max.
#include <string>
#include <vector>

namespace dovui::host {

class FrameStats {
public:
    void add(double milliseconds) { m_samples.push_back(milliseconds); }
    std::size_t count() const { return m_samples.size(); }
    /// "frames=N p50=… p99=… max=… ms".
    std::string summary() const;
    double percentile(double p) const;

private:
    std::vector<double> m_samples;
};

}  // namespace dovui::host
