#include "layout_checks.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "dovui/ui/shapes.hpp"

namespace dovui::uitest {
namespace {

std::string describe(const sf::FloatRect& r) {
    char text[96];
    std::snprintf(text, sizeof text, "[%.0f,%.0f %.0fx%.0f]", r.left, r.top, r.width, r.height);
    return text;
}

/// Text that carries the lesson must never be cut: the question, options, explanation.
bool mustNotTruncate(const std::string& label) {
    return label == "question:text" || label == "question:tile" || label == "reveal:tile" ||
           label == "reveal:explanation" || label == "lobby:pin" || label == "lobby:address" ||
           label.starts_with("button:");
}

}  // namespace

std::vector<std::string> checkLayout(const ui::LayoutProbe& probe, sf::Vector2f screen,
                                     LayoutRules rules) {
    std::vector<std::string> problems;
    sf::FloatRect view{0, 0, screen.x, screen.y};
    for (const auto& t : probe.texts) {
        if (!ui::contains(t.box, t.text, 1.f))
            problems.push_back(t.label + ": text " + describe(t.text) + " spills out of its box " +
                               describe(t.box));
        if (!ui::contains(view, t.text, 1.f))
            problems.push_back(t.label + ": text " + describe(t.text) + " is off screen");
        if (rules.boxesOnScreen && !ui::contains(view, t.box, 1.f))
            problems.push_back(t.label + ": box " + describe(t.box) + " is off screen");
        if (t.truncated && (rules.noTextCut || mustNotTruncate(t.label)))
            problems.push_back(t.label + ": \"" + t.content.substr(0, 40) + "\" was cut short in " +
                               describe(t.box));
    }
    for (std::size_t i = 0; i < probe.regions.size(); ++i) {
        const auto& a = probe.regions[i];
        if (!ui::contains(view, a.rect, 1.f))
            problems.push_back(a.group + " " + describe(a.rect) + " is off screen");
        for (std::size_t j = i + 1; j < probe.regions.size(); ++j) {
            const auto& b = probe.regions[j];
            if (a.group == b.group && ui::overlaps(a.rect, b.rect))
                problems.push_back(a.group + " overlap: " + describe(a.rect) + " and " +
                                   describe(b.rect));
        }
    }
    return problems;
}

std::vector<std::string> checkGlyphs(const ui::LayoutProbe& probe, unsigned minPixels) {
    std::vector<std::string> problems;
    for (const auto& t : probe.texts)
        if (t.pixelSize < minPixels)
            problems.push_back(t.label + ": \"" + t.content.substr(0, 40) + "\" drawn at " +
                               std::to_string(t.pixelSize) + " px, under " +
                               std::to_string(minPixels) + " px");
    return problems;
}

std::string zbarMissing() {
    if (std::system("zbarimg --version >/dev/null 2>&1") == 0)
        return {};
    return "zbarimg not found: install zbar-tools (apt-get install zbar-tools, or tools/dev test "
           "installs it); QR codes cannot be checked without it";
}

std::vector<std::string> decodeQrCodes(const std::string& png) {
    std::vector<std::string> lines;
    std::string command = "zbarimg --raw -q '" + png + "' 2>/dev/null";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    if (!pipe)
        return lines;
    char buffer[2048];
    while (std::fgets(buffer, sizeof buffer, pipe.get())) {
        std::string line = buffer;
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.pop_back();
        if (!line.empty())
            lines.push_back(line);
    }
    return lines;
}

}  // namespace dovui::uitest
