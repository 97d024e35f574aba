#include "dovui/host/podium_view.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <algorithm>
#include <cmath>

#include "dovui/host/chrome.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

namespace {

const sf::Color kMedals[3] = {sf::Color(236, 190, 20), sf::Color(180, 190, 205),
                              sf::Color(205, 127, 50)};

const server::PlayerView* findByName(const server::ServerSnapshot& snap, const std::string& name) {
    for (const auto& p : snap.players)
        if (p.nickname == name)  // nicknames are unique among those still in the match
            return &p;
    return nullptr;
}

/// A deterministic pseudo-random number in [0, 1) for confetti piece `i`, channel `k`.
float noise(std::size_t i, unsigned k) {
    std::uint32_t x = static_cast<std::uint32_t>(i) * 2654435761u + k * 40503u;
    x ^= x >> 13;
    x *= 0x5bd1e995u;
    x ^= x >> 15;
    return static_cast<float>(x % 10000) / 10000.f;
}

constexpr float kConfettiSeconds = 20.f;

}  // namespace

bool PodiumView::animating(const ViewEnv& env) {
    return env.phaseTime < kConfettiSeconds;
}

void PodiumView::drawConfetti(Canvas& canvas, const ViewEnv& env) {
    constexpr std::size_t kPieces = 140;
    // The clock stops when the confetti settles.
    const float clock = env.clock - std::max(0.f, env.phaseTime - kConfettiSeconds);
    sf::RectangleShape piece;
    for (std::size_t i = 0; i < kPieces; ++i) {
        float speed = 90.f + 160.f * noise(i, 1);
        float y = std::fmod(noise(i, 2) * canvas.size.y + clock * speed, canvas.size.y + 40.f);
        float x = noise(i, 3) * canvas.size.x + 30.f * std::sin(clock * 2.f + noise(i, 4) * 6.f);
        piece.setSize({14.f, 8.f});
        piece.setOrigin(7.f, 4.f);
        piece.setPosition(x, y - 20.f);
        piece.setRotation(clock * 180.f * (noise(i, 5) - 0.5f) * 2.f + noise(i, 6) * 360.f);
        piece.setFillColor(tileLook(i % 4).fill);
        canvas.target.draw(piece);
    }
}

void PodiumView::draw(Canvas& canvas, const server::ServerSnapshot& snap, const ViewEnv& env) {
    drawBackground(canvas);
    drawConfetti(canvas, env);
    drawTopBar(canvas, snap.name, tr(Str::Congratulations, env.lang),
               snap.pack ? snap.pack->title : std::string());
    sf::FloatRect area = contentArea(canvas);
    float buttonsH = 96.f;
    float y = area.top;
    if (m_note.state != ReportNote::State::None)
        y += drawReportNote(canvas, env, area) + 16.f;
    if (snap.config.mode == core::MatchMode::Teams && !snap.teams.empty()) {
        TextStyle team;
        team.size = 44.f;
        team.minSize = kMinText;
        team.bold = true;
        team.color = theme::kAccent;
        team.align = Align::Center;
        team.maxLines = 1;
        drawText(canvas, format(tr(Str::WinningTeam, env.lang), snap.teams.front().name),
                 {area.left, y, area.width, 56.f}, team, "podium:team");
        y += 66.f;
    }
    float stageH = area.top + area.height - buttonsH - 24.f - y;
    float blockW = std::min(380.f, area.width / 3.f - 30.f);
    float centreX = area.left + area.width / 2.f;
    // Order on the stage: second, first, third.
    const int places[3] = {1, 0, 2};
    const float heights[3] = {0.46f, 0.34f, 0.26f};
    float rise = std::clamp(env.phaseTime / 1.2f, 0.f, 1.f);
    TextStyle name;
    name.size = 44.f;
    name.minSize = kMinText;
    name.bold = true;
    name.align = Align::Center;
    name.valign = VAlign::Bottom;
    name.maxLines = 2;
    TextStyle score = name;
    score.size = 32.f;
    score.bold = false;
    score.maxLines = 1;
    score.color = theme::kTextDim;
    TextStyle rank = name;
    rank.size = 90.f;
    rank.valign = VAlign::Top;
    rank.color = theme::kInk;
    rank.maxLines = 1;

    for (int slot = 0; slot < 3; ++slot) {
        int place = places[slot];
        if (static_cast<std::size_t>(place) >= snap.top.size())
            continue;
        const core::BoardRow& row = snap.top[static_cast<std::size_t>(place)];
        float x = centreX + static_cast<float>(slot - 1) * (blockW + 30.f) - blockW / 2.f;
        float h = stageH * heights[place] * rise;
        sf::FloatRect block{x, y + stageH - h, blockW, h};
        fillRoundedRect(canvas.target, block, 14.f, kMedals[place]);
        if (h > 100.f)
            drawText(canvas, std::to_string(row.rank), inset(block, 8.f), rank, "podium:rank");

        float labelBottom = block.top - 8.f;
        // "Câu đúng" counts scored questions only: polls and skipped questions are left out.
        const server::PlayerView* player = findByName(snap, row.name);
        if (player && snap.scoredQuestionCount > 0) {
            drawText(
                canvas,
                format(tr(Str::CorrectOf, env.lang), std::to_string(player->correctCount) + "/" +
                                                         std::to_string(snap.scoredQuestionCount)),
                {x - 10.f, labelBottom - 44.f, blockW + 20.f, 44.f}, score, "podium:correct");
            labelBottom -= 44.f;
        }
        drawText(canvas, format(tr(Str::Points, env.lang), std::to_string(row.score)),
                 {x - 10.f, labelBottom - 44.f, blockW + 20.f, 44.f}, score, "podium:score");
        drawText(canvas, row.name, {x - 10.f, labelBottom - 164.f, blockW + 20.f, 118.f}, name,
                 "podium:name");
    }
    float bw = std::min(460.f, area.width / 2.f - 40.f);
    float by = area.top + area.height - buttonsH;
    m_buttons = {
        Button{{centreX - bw - 20.f, by, bw, buttonsH}, tr(Str::OpenReports, env.lang), "O"},
        Button{{centreX + 20.f, by, bw, buttonsH}, tr(Str::PlayAgain, env.lang), "N", true}};
    for (auto& b : m_buttons) {
        b.hovered = b.hit(m_mouse);
        drawButton(canvas, b);
    }
    drawBanner(canvas, env.banner);
    drawHintBar(canvas, tr(Str::PodiumHints, env.lang));
}

float PodiumView::drawReportNote(Canvas& canvas, const ViewEnv& env, sf::FloatRect area) {
    using State = ReportNote::State;
    const bool failed = m_note.state == State::Failed;
    sf::FloatRect box{area.left, area.top, area.width, 200.f};
    fillRoundedRect(canvas.target, box, 16.f, theme::kPanel, 4.f,
                    failed ? theme::kBad : theme::kGood);
    sf::FloatRect in = inset(box, 18.f);
    TextStyle head;
    head.size = 36.f;
    head.minSize = kMinText;
    head.bold = true;
    head.maxLines = 1;
    head.color = failed ? theme::kBad : theme::kAccent;
    const bool exported = m_note.state == State::Exported;
    std::string title = failed     ? format(tr(Str::ReportFailed, env.lang), m_note.error)
                        : exported ? tr(Str::ExportWritten, env.lang)
                                   : tr(Str::ReportWritten, env.lang);
    head.maxLines = failed ? 2 : 1;
    auto headLayout = drawText(canvas, title, {in.left, in.top, in.width, failed ? 96.f : 48.f},
                               head, "podium:report-title");
    float y = headLayout.bounds.top + headLayout.bounds.height + 6.f;
    TextStyle path;
    path.size = 32.f;
    path.minSize = kMinText;
    path.maxLines = 2;
    drawText(canvas, failed ? format(tr(Str::ResultsKeptIn, env.lang), m_note.path) : m_note.path,
             {in.left, y, in.width, 84.f}, path, "podium:report-path");
    if (!failed && !exported) {
        TextStyle status = path;
        status.maxLines = 1;
        status.color = theme::kTextDim;
        Str what = m_note.state == State::Opened      ? Str::ReportOpened
                   : m_note.state == State::NoBrowser ? Str::ReportNoBrowser
                                                      : Str::ReportOpening;
        drawText(canvas, tr(what, env.lang), {in.left, in.top + in.height - 40.f, in.width, 40.f},
                 status, "podium:report-status");
    }
    return box.height;
}

PodiumView::Action PodiumView::hit(sf::Vector2f point) const {
    if (m_buttons.size() == 2) {
        if (m_buttons[0].hit(point))
            return Action::OpenReports;
        if (m_buttons[1].hit(point))
            return Action::PlayAgain;
    }
    return Action::None;
}

void PodiumView::hover(sf::Vector2f point) {
    m_mouse = point;
}

}  // namespace dovui::host
