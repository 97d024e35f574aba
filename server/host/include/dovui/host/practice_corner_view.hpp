#pragma once
/// The practice corner on the projector (issue 14): no match, a big QR that opens the page's
/// practice, the address in words, and — anonymously — how many phones practise now, the
/// answers so far and the class's weakest topics; the packs offered, each a switch.
#include <string>
#include <vector>

#include "dovui/host/practice_choice.hpp"
#include "dovui/host/view_env.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/qr_image.hpp"

namespace dovui::host {

class PracticeCornerView {
public:
    void draw(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
              const std::vector<PracticeChoice>& packs);
    /// The text the QR encodes: server::practiceUrl (tests decode the screenshot and compare).
    const std::string& practiceText() const { return m_qr.text(); }
    /// The pack switch under `point` after the last draw (an index into `packs`), or -1.
    int packAt(sf::Vector2f point) const;
    /// Where the mouse pointer is (a switch under it is drawn lit).
    void setPointer(sf::Vector2f point) { m_pointer = point; }

private:
    void drawScanColumn(ui::Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env,
                        sf::FloatRect area);
    /// Returns the height used.
    float drawCounts(ui::Canvas& canvas, const server::PracticeStats& stats, const ViewEnv& env,
                     sf::FloatRect area);
    void drawWeakest(ui::Canvas& canvas, const server::PracticeStats& stats, const ViewEnv& env,
                     sf::FloatRect area);
    void drawPacks(ui::Canvas& canvas, const std::vector<PracticeChoice>& packs, const ViewEnv& env,
                   sf::FloatRect area, std::size_t across);

    ui::QrImage m_qr;
    std::vector<sf::FloatRect> m_packRects;
    sf::Vector2f m_pointer{-1.f, -1.f};
};

}  // namespace dovui::host
