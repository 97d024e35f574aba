// The running match: draws the view for the snapshot's phase and turns keys and clicks into
// facilitator commands. It never touches the Match itself.
#ifdef _WIN32
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
// after windows.h
#include <shellapi.h>
#else
#include <spawn.h>
#include <sys/wait.h>
#endif

#include <ctime>
#include <filesystem>
#include <iostream>

#include "dovui/host/card_scanner.hpp"
#include "dovui/host/card_views.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/host/leaderboard_view.hpp"
#include "dovui/host/lobby_view.hpp"
#include "dovui/host/match_director.hpp"
#include "dovui/host/match_report.hpp"
#include "dovui/host/picture_key.hpp"
#include "dovui/host/podium_view.hpp"
#include "dovui/host/question_view.hpp"
#include "dovui/host/reveal_view.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/sound_bank.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/report/report.hpp"
#include "dovui/ui/button.hpp"
#include "dovui/ui/voice.hpp"

#ifndef _WIN32
extern char** environ;
#endif

namespace dovui::host {
namespace {

using core::Phase;

class MatchScreen : public Screen {
public:
    explicit MatchScreen(HostContext& ctx) : m_ctx(ctx), m_director(ctx.sounds, ctx.voice) {
        m_lobby.setWifi(ctx.options.wifiSsid, ctx.options.wifiPassword);
    }

    ~MatchScreen() override { reapOpener(); }

    void handleEvent(const sf::Event& event, sf::Vector2f mouse) override {
        if (!m_snap)
            return;
        if (event.type == sf::Event::MouseMoved)
            m_podium.hover(mouse);
        if (event.type == sf::Event::MouseButtonPressed && m_snap->phase == Phase::Podium) {
            auto action = m_podium.hit(mouse);
            if (action == PodiumView::Action::OpenReports)
                openReports();
            else if (action == PodiumView::Action::PlayAgain)
                startMatch(m_ctx, false);
        }
        if (event.type == sf::Event::MouseButtonPressed && m_ctx.cards &&
            m_snap->phase == Phase::Question && m_scanButton.hit(mouse))
            m_ctx.stack.push(makeScanOverlay(m_ctx));
        if (event.type == sf::Event::KeyPressed)
            key(event.key.code);
    }

    void update(float seconds) override {
        reapOpener();
        m_snap = m_ctx.runner.snapshot();
        if (!m_snap)
            return;
        m_director.update(*m_snap, seconds, m_ctx.settings.readAloud, m_ctx.lang());
        m_clock += seconds;
        if (m_snap->phase == Phase::Reveal)
            m_board.setNewlyEliminated(m_director.newlyEliminated());
        if (m_snap->phase == Phase::Podium && m_ctx.options.exitAtPodium && !m_reported &&
            m_director.phaseTime() > 1.0f) {
            m_reported = true;
            std::string store = m_ctx.runner.storePath();
            std::int64_t matchId = m_ctx.runner.matchId();
            m_ctx.runner.stop();  // the store is closed and complete before it is counted
            printMatchReport(std::cout, *m_snap, store, matchId);
            m_ctx.quitRequested = true;
        }
    }

    void draw(ui::Canvas& canvas) override {
        if (!m_snap)
            return;
        const ViewEnv env = viewEnv();
        drawPhase(canvas, env);
        m_drawnKey = pictureKey(env);
    }

    bool needsRedraw() const override {
        if (!m_snap)
            return false;
        const ViewEnv env = viewEnv();
        return animating(env) || pictureKey(env) != m_drawnKey;
    }

    bool allowClose() override {
        bool idle = !m_snap || m_snap->phase == Phase::Podium ||
                    (m_snap->phase == Phase::Lobby && m_snap->players.empty());
        if (idle)
            return true;
        HostContext& ctx = m_ctx;
        ctx.stack.push(makeConfirmOverlay(ctx, tr(Str::ConfirmClose, ctx.lang()),
                                          [&ctx] { ctx.quitRequested = true; }));
        return false;
    }

private:
    ViewEnv viewEnv() const {
        ViewEnv env{m_ctx.lang(), m_clock, m_director.phaseTime(), m_director.remainingMs(*m_snap),
                    m_director.banner()};
        if (env.banner.empty() && !m_ctx.warning.empty() && m_clock < 10.f)
            env.banner = m_ctx.warning;
        // No camera: said for the lobby's first seconds (the scan view keeps saying it).
        if (env.banner.empty() && m_ctx.cards && m_snap->phase == Phase::Lobby && m_clock < 15.f)
            env.banner = m_ctx.cards->problem();
        return env;
    }

    /// An animation runs: every frame differs from the last.
    bool animating(const ViewEnv& env) const {
        switch (m_snap->phase) {
            case Phase::Question:
                return QuestionView::animating(*m_snap, env);
            case Phase::Reveal:
                return RevealView::animating(env);
            case Phase::Leaderboard:
                return LeaderboardView::animating(env);
            case Phase::Podium:
                return PodiumView::animating(env);
            case Phase::Lobby:
                break;
        }
        return false;
    }

    /// Everything else the picture shows that changes without input: the snapshot, the
    /// countdown's second, the banner, the report's note, the lobby wall's page.
    std::uint64_t pictureKey(const ViewEnv& env) const {
        PictureKey key;
        key.add(m_snap->version).add(static_cast<std::uint64_t>((env.remainingMs + 999) / 1000));
        key.add(env.banner).add(static_cast<std::uint64_t>(m_ctx.lang()));
        key.add(static_cast<std::uint64_t>(m_reportNote.state));  // xdg-open's answer
        if (m_snap->phase == Phase::Lobby)
            key.add(m_lobby.clockState(env));
        return key.value();
    }

    void drawPhase(ui::Canvas& canvas, const ViewEnv& env) {
        switch (m_snap->phase) {
            case Phase::Lobby:
                m_lobby.draw(canvas, *m_snap, env);
                break;
            case Phase::Question:
                m_question.draw(canvas, *m_snap, env);
                drawScanButton(canvas);
                break;
            case Phase::Reveal:
                m_reveal.draw(canvas, *m_snap, env);
                break;
            case Phase::Leaderboard:
                m_board.draw(canvas, *m_snap, env);
                break;
            case Phase::Podium:
                m_podium.draw(canvas, *m_snap, env);
                break;
        }
    }

    void key(sf::Keyboard::Key code) {
        auto post = [&](server::FacilitatorCommand c) { m_ctx.runner.post(std::move(c)); };
        Phase phase = m_snap->phase;
        switch (code) {
            case sf::Keyboard::Space:
            case sf::Keyboard::Right:
            case sf::Keyboard::Enter:
                if (phase == Phase::Lobby)
                    post(server::CmdStart{});
                else if (phase == Phase::Reveal || phase == Phase::Leaderboard)
                    post(server::CmdNext{});
                break;
            case sf::Keyboard::P:
                if (phase == Phase::Question)
                    post(m_snap->paused ? server::FacilitatorCommand{server::CmdResume{}}
                                        : server::FacilitatorCommand{server::CmdPause{}});
                break;
            case sf::Keyboard::S:
                if (phase == Phase::Question)
                    post(server::CmdSkip{});
                break;
            case sf::Keyboard::L:
                post(server::CmdLock{!m_snap->locked});
                break;
            case sf::Keyboard::V:
                if (m_snap->config.mode == core::MatchMode::Elimination)
                    post(server::CmdRevive{});
                break;
            case sf::Keyboard::K:
                m_ctx.stack.push(makeKickOverlay(m_ctx));
                break;
            case sf::Keyboard::C:
                if (m_ctx.cards)
                    m_ctx.stack.push(makeScanOverlay(m_ctx));
                break;
            case sf::Keyboard::T:
                if (m_ctx.cards && phase == Phase::Lobby)
                    m_ctx.stack.push(makeCardSeatOverlay(m_ctx));
                break;
            case sf::Keyboard::R:
                if (phase == Phase::Question || phase == Phase::Reveal)
                    m_director.readQuestion(*m_snap, m_ctx.lang());
                break;
            case sf::Keyboard::O:
                if (phase == Phase::Podium)
                    openReports();
                break;
            case sf::Keyboard::X:
                if (phase == Phase::Podium)
                    exportForSending();
                break;
            case sf::Keyboard::N:
                if (phase == Phase::Podium)
                    startMatch(m_ctx, false);
                break;
            case sf::Keyboard::Escape:
                m_ctx.stack.push(makeMenuOverlay(m_ctx));
                break;
            default:
                break;
        }
    }

    /// The scan view's button at the right end of the hint bar (only with answer cards).
    void drawScanButton(ui::Canvas& canvas) {
        m_scanButton.rect = {};
        if (!m_ctx.cards)
            return;
        // Over the hint bar's free right end and the margin above it: clear of the tiles.
        m_scanButton.rect = {canvas.size.x - 262.f, canvas.size.y - kHintBarHeight - 22.f, 254.f,
                             kHintBarHeight + 18.f};
        m_scanButton.label = m_ctx.lang() == core::Lang::En ? "Scan cards" : "Quét thẻ";
        m_scanButton.shortcut = "C";
        ui::drawButton(canvas, m_scanButton);
    }

    /// Writes this match's report (HTML + CSV) next to the store, says on the projector where
    /// it went, then opens it with xdg-open, without a shell. A report that cannot be written
    /// shows why, and the folder holding the results is opened instead.
    void openReports() {
        if (m_opener > 0)
            return;
        std::filesystem::path store = m_ctx.runner.storePath();
        std::string target = store.parent_path().string();
        ReportNote note;
        try {
            std::int64_t id = m_ctx.runner.matchId();
            auto dir = store.parent_path() / "reports" / ("match-" + std::to_string(id));
            target = report::writeMatchReport(store, id, dir, m_ctx.lang()).string();
            note = {ReportNote::State::Opening, target, ""};
            std::cout << "HOST REPORT " << target << std::endl;
        } catch (const std::exception& e) {
            note = {ReportNote::State::Failed, target, e.what()};
            std::cerr << "report: " << e.what() << "\n";
        }
#ifdef _WIN32
        // The default browser opens the report; ShellExecute says at once whether one could.
        const std::wstring file = std::filesystem::path(target).wstring();
        auto opened = reinterpret_cast<INT_PTR>(
            ShellExecuteW(nullptr, L"open", file.c_str(), nullptr, nullptr, SW_SHOWNORMAL));
        if (note.state == ReportNote::State::Opening)
            note.state = opened > 32 ? ReportNote::State::Opened : ReportNote::State::NoBrowser;
#else
        char program[] = "xdg-open";
        char* argv[] = {program, target.data(), nullptr};
        if (posix_spawnp(&m_opener, program, nullptr, nullptr, argv, environ) != 0) {
            std::cerr << "xdg-open failed; the results are in " << target << "\n";
            m_opener = 0;
            if (note.state == ReportNote::State::Opening)
                note.state = ReportNote::State::NoBrowser;
        }
#endif
        m_reportNote = note;
        m_podium.setReportNote(note);
    }

    /// "Xuất kết quả để gửi" (issue 17): this laptop's results as one file in the data folder's
    /// gui-di/, named by site and date, its path shown on the podium to copy to a USB stick.
    void exportForSending() {
        const std::filesystem::path store = m_ctx.runner.storePath();
        try {
            auto file =
                report::exportResults(store, store.parent_path() / "gui-di",
                                      static_cast<std::int64_t>(std::time(nullptr)), m_ctx.lang());
            m_reportNote = {ReportNote::State::Exported, file.string(), ""};
            std::cout << "HOST EXPORT " << file.string() << std::endl;
        } catch (const std::exception& e) {
            m_reportNote = {ReportNote::State::Failed, store.parent_path().string(), e.what()};
            std::cerr << "export: " << e.what() << "\n";
        }
        m_podium.setReportNote(m_reportNote);
    }

    /// xdg-open's exit status says whether anything could open the report.
    void reapOpener() {
#ifndef _WIN32
        int status = 0;
        if (m_opener <= 0 || waitpid(m_opener, &status, WNOHANG) == 0)
            return;
        m_opener = 0;
        if (m_reportNote.state == ReportNote::State::Opening) {
            bool opened = WIFEXITED(status) && WEXITSTATUS(status) == 0;
            m_reportNote.state = opened ? ReportNote::State::Opened : ReportNote::State::NoBrowser;
            m_podium.setReportNote(m_reportNote);
        }
#endif
    }

    HostContext& m_ctx;
    MatchDirector m_director;
    std::shared_ptr<const server::ServerSnapshot> m_snap;
    LobbyView m_lobby;
    QuestionView m_question;
    RevealView m_reveal;
    LeaderboardView m_board;
    PodiumView m_podium;
    float m_clock = 0.f;
    bool m_reported = false;
    pid_t m_opener = 0;
    ReportNote m_reportNote;
    ui::Button m_scanButton;
    std::uint64_t m_drawnKey = 0;  ///< pictureKey() of the last frame drawn
};

}  // namespace

std::unique_ptr<Screen> makeMatchScreen(HostContext& ctx) {
    return std::make_unique<MatchScreen>(ctx);
}

void startMatch(HostContext& ctx, bool resume) {
    if (std::string error = saveSettings(ctx.settings, ctx.settingsPath); !error.empty())
        std::cerr << "dovui-host: " << error << "\n";
    server::ServerConfig config = makeServerConfig(ctx.settings, ctx.options);
    config.resume = resume;
    std::string error = ctx.runner.start(config);
    if (error.empty()) {
        ctx.stack.replaceAll(makeMatchScreen(ctx));
        return;
    }
    std::cerr << "dovui-host: " << error << "\n";
    if (ctx.options.exitAtPodium || ctx.options.benchFrames > 0) {
        ctx.exitCode = 1;
        ctx.quitRequested = true;
    }
    ctx.stack.replaceAll(makeErrorScreen(ctx, error));
}

}  // namespace dovui::host
