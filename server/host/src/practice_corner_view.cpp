#include "dovui/host/practice_corner_view.hpp"

#include <algorithm>
#include <cmath>

#include "dovui/host/chrome.hpp"
#include "dovui/host/join_url.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/button.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

namespace {

constexpr float kGap = 12.f, kHeadingH = 48.f;

/// Pack switches one a row when the column is tall (a 4:3 projector, where a third of its
/// width is too narrow for a title at the smallest size) and they are few, else three across.
std::size_t packsAcross(float columnHeight, std::size_t count) {
    return columnHeight > 900.f && count <= 4 ? 1 : 3;
}
float packHeight(std::size_t across) {
    return across == 1 ? 64.f : 84.f;
}
float packsHeight(std::size_t count, std::size_t across) {
    std::size_t rows = (count + across - 1) / across;
    return kHeadingH + static_cast<float>(rows) * (packHeight(across) + kGap);
}

/// The share right in colour as well as in words: red under half, yellow under three
/// quarters, green above.
sf::Color shareColour(std::uint32_t right, std::uint32_t answers) {
    if (right * 2 < answers)
        return sf::Color(255, 140, 140);
    if (right * 4 < answers * 3)
        return theme::kAccent;
    return sf::Color(120, 220, 140);
}

TextStyle heading(float size) {
    TextStyle style;
    style.size = size;
    style.minSize = kMinText;
    style.bold = true;
    style.maxLines = 1;
    style.valign = VAlign::Middle;
    return style;
}

}  // namespace

void PracticeCornerView::draw(Canvas& canvas, const server::ServerSnapshot& snap,
                              const ViewEnv& env, const std::vector<PracticeChoice>& packs) {
    drawBackground(canvas);
    drawTopBar(canvas, snap.name, tr(Str::PracticeCorner, env.lang),
               format(tr(Str::PracticePacksOffered, env.lang), std::to_string(snap.practicePacks)));
    sf::FloatRect area = contentArea(canvas);
    // The QR is as tall as the column allows; on a wide screen the rest goes to the topics.
    float leftW =
        std::round(std::clamp(area.height * 0.78f, area.width * 0.36f, area.width * 0.44f));
    drawScanColumn(canvas, snap, env, {area.left, area.top, leftW, area.height});
    sf::FloatRect right{area.left + leftW + 36.f, area.top, area.width - leftW - 36.f, area.height};
    float used = drawCounts(canvas, snap.practice, env, right);
    std::size_t across = packsAcross(right.height, packs.size());
    float packsH = packsHeight(packs.size(), across);
    drawWeakest(canvas, snap.practice, env,
                {right.left, right.top + used, right.width, right.height - used - packsH - 16.f});
    drawPacks(canvas, packs, env,
              {right.left, right.top + right.height - packsH, right.width, packsH}, across);
    drawBanner(canvas, env.banner);  // no page or no pack: said where the QR would be
    drawHintBar(canvas, tr(Str::PracticeHints, env.lang));
}

void PracticeCornerView::drawScanColumn(Canvas& canvas, const server::ServerSnapshot& snap,
                                        const ViewEnv& env, sf::FloatRect area) {
    fillRoundedRect(canvas.target, area, 20.f, theme::kPanel);
    sf::FloatRect in = inset(area, 20.f);
    TextStyle title = heading(60.f);
    title.color = theme::kAccent;
    title.align = Align::Center;
    drawText(canvas, tr(Str::PracticeScan, env.lang), {in.left, in.top, in.width, 76.f}, title,
             "practice:scan");
    TextStyle sub = heading(30.f);
    sub.bold = false;
    sub.color = theme::kTextDim;
    sub.align = Align::Center;
    sub.maxLines = 2;
    drawText(canvas, tr(Str::PracticeNoPin, env.lang), {in.left, in.top + 80.f, in.width, 80.f},
             sub, "practice:no-pin");

    const float addressH = 96.f;
    sf::FloatRect qrBox{in.left, in.top + 172.f, in.width, in.height - 172.f - addressH - 16.f};
    std::string address = pickLanAddress(snap.addresses);
    std::string url = server::practiceUrl(address, snap.webPort);
    if (snap.webPort == 0 || !snap.practiceOffered) {
        // Nothing to scan: an empty square says so better than a code that leads nowhere.
        fillRoundedRect(canvas.target, qrBox, 16.f, theme::kPanelLight);
        TextStyle off = sub;
        off.maxLines = 8;
        off.color = theme::kText;
        std::string why = tr(Str::PracticeOff, env.lang);
        if (snap.webPort == 0 && snap.webError.empty())
            why = format(tr(Str::PracticeWebOff, env.lang), "--no-web");
        else if (snap.webPort == 0)  // the port was busy: what to do about it
            why = format(tr(Str::PracticeWebOff, env.lang), snap.webError) + "\n\n" +
                  tr(Str::PracticeWebFix, env.lang);
        drawText(canvas, why, inset(qrBox, 24.f), off, "practice:off");
        return;
    }
    if (url != m_qr.text())
        m_qr = QrImage(url);
    sf::FloatRect qr = m_qr.draw(canvas, qrBox);
    if (canvas.probe)
        canvas.probe->addRegion("qr", qr);
    TextStyle words = sub;
    words.bold = true;
    words.color = theme::kText;
    drawText(canvas, format(tr(Str::PracticeAddress, env.lang), url.substr(url.find("//") + 2)),
             {in.left, in.top + in.height - addressH, in.width, addressH}, words,
             "practice:address");
}

float PracticeCornerView::drawCounts(Canvas& canvas, const server::PracticeStats& stats,
                                     const ViewEnv& env, sf::FloatRect area) {
    const float boxH = 104.f;
    float boxW = (area.width - kGap) / 2.f;
    const std::pair<std::uint32_t, Str> counts[] = {{stats.phonesLately, Str::PracticePhones},
                                                    {stats.answers, Str::PracticeAnswers}};
    for (int i = 0; i < 2; ++i) {
        sf::FloatRect box{area.left + static_cast<float>(i) * (boxW + kGap), area.top, boxW, boxH};
        fillRoundedRect(canvas.target, box, 16.f, theme::kPanel);
        TextStyle number = heading(76.f);
        number.color = theme::kAccent;
        number.align = Align::Right;
        const float numberW = std::round(box.width * 0.36f);
        drawText(canvas, std::to_string(counts[i].first),
                 {box.left + 8.f, box.top + 6.f, numberW, box.height - 12.f}, number,
                 "practice:count");
        TextStyle label = heading(30.f);
        label.bold = false;
        label.maxLines = 2;
        sf::FloatRect labelBox{box.left + numberW + 24.f, box.top + 6.f, box.width - numberW - 36.f,
                               box.height - 12.f};
        drawText(canvas, tr(counts[i].second, env.lang), labelBox, label, "practice:count-label");
    }
    TextStyle note = heading(kMinText);
    note.bold = false;
    note.color = theme::kTextDim;
    note.maxLines = 2;
    drawText(canvas, tr(Str::PracticeAnonymous, env.lang),
             {area.left, area.top + boxH + 6.f, area.width, 40.f}, note, "practice:anonymous");
    return boxH + 6.f + 40.f + 10.f;
}

void PracticeCornerView::drawWeakest(Canvas& canvas, const server::PracticeStats& stats,
                                     const ViewEnv& env, sf::FloatRect area) {
    drawText(canvas, tr(Str::PracticeWeakest, env.lang),
             {area.left, area.top, area.width, kHeadingH}, heading(38.f), "practice:weakest");
    sf::FloatRect list{area.left, area.top + kHeadingH + 8.f, area.width,
                       area.height - kHeadingH - 8.f};
    if (stats.weakest.empty()) {
        TextStyle wait = heading(32.f);
        wait.bold = false;
        wait.color = theme::kTextDim;
        wait.maxLines = 3;
        wait.valign = VAlign::Top;
        drawText(canvas, tr(Str::PracticeNoWeakYet, env.lang), list, wait, "practice:no-topics");
        return;
    }
    const std::size_t rows = stats.weakest.size();
    float rowH = std::min(
        96.f, (list.height - kGap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
    const float shareW = 200.f;
    for (std::size_t i = 0; i < rows; ++i) {
        const server::PracticeStats::Topic& topic = stats.weakest[i];
        sf::FloatRect row{list.left, list.top + static_cast<float>(i) * (rowH + kGap), list.width,
                          rowH};
        fillRoundedRect(canvas.target, row, 12.f, theme::kPanelLight);
        // The share right as a bar along the row's foot: long when the class knows it well.
        float share = topic.answers ? static_cast<float>(topic.right) / topic.answers : 0.f;
        sf::Color colour = shareColour(topic.right, topic.answers);
        fillRect(canvas.target,
                 {row.left + 14.f, row.top + row.height - 10.f, (row.width - 28.f) * share, 5.f},
                 colour);
        TextStyle name = heading(32.f);
        name.bold = false;  // a long name keeps its last word on a wide, low screen
        name.maxLines = 2;
        drawText(canvas, topic.name,
                 {row.left + 16.f, row.top + 2.f, row.width - shareW - 52.f, row.height - 16.f},
                 name, "practice:topic");
        TextStyle right = heading(34.f);
        right.color = colour;
        right.align = Align::Right;
        int percent = static_cast<int>(std::lround(share * 100.f));
        drawText(canvas, format(tr(Str::PracticeTopicRight, env.lang), std::to_string(percent)),
                 {row.left + row.width - shareW - 16.f, row.top + 2.f, shareW, row.height - 16.f},
                 right, "practice:topic-right");
        if (canvas.probe)
            canvas.probe->addRegion("topics", row);
    }
}

void PracticeCornerView::drawPacks(Canvas& canvas, const std::vector<PracticeChoice>& packs,
                                   const ViewEnv& env, sf::FloatRect area, std::size_t across) {
    m_packRects.clear();
    TextStyle head = heading(30.f);
    head.color = theme::kTextDim;
    drawText(canvas, tr(Str::PracticePacks, env.lang),
             {area.left, area.top, area.width, kHeadingH - 8.f}, head, "practice:packs");
    const float h = packHeight(across);
    float w = (area.width - kGap * static_cast<float>(across - 1)) / static_cast<float>(across);
    std::vector<Button> buttons;
    for (std::size_t i = 0; i < packs.size(); ++i) {
        sf::FloatRect rect{area.left + static_cast<float>(i % across) * (w + kGap),
                           area.top + kHeadingH + static_cast<float>(i / across) * (h + kGap), w,
                           h};
        // The mark says on or off as well as the colour does.
        std::string label = (packs[i].on ? "✓ " : "✗ ") + packs[i].title;
        buttons.push_back(
            {rect, label, i < 9 ? std::to_string(i + 1) : std::string(), packs[i].on, false});
        m_packRects.push_back(rect);
    }
    const float even = evenButtonTextSize(canvas, buttons);
    for (Button& button : buttons) {
        button.maxTextSize = even;
        button.hovered = button.hit(m_pointer);
        drawButton(canvas, button);
        if (canvas.probe)
            canvas.probe->addRegion("packs", button.rect);
    }
}

int PracticeCornerView::packAt(sf::Vector2f point) const {
    for (std::size_t i = 0; i < m_packRects.size(); ++i)
        if (m_packRects[i].contains(point))
            return static_cast<int>(i);
    return -1;
}

}  // namespace dovui::host
