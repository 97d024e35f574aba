#include "fixtures.hpp"

#include <algorithm>
#include <stdexcept>

#include "dovui/host/app.hpp"
#include "dovui/host/chrome.hpp"
#include "dovui/server/match_server.hpp"

namespace dovui::uitest {
namespace {

// 16 visible characters at most, as the server allows; long, with stacked marks.
const char* const kNames[] = {
    "Nguyễn Thị Huyền",   "Trần Văn Thưởng",  "Lê Thị Phượng",   "Phạm Quốc Việt",
    "Hoàng Thị Ngọc Ánh", "Bà Sáu Xóm Đình",  "Ông Bảy Bến Đò",  "Đặng Thị Mỹ Dung",
    "Bùi Văn Khuyến",     "Đỗ Thị Thu Hường", "Hồ Sỹ Nghiêm",    "Ngô Thị Tuyết",
    "Dương Văn Trưởng",   "Lý Thị Kiều Oanh", "Vũ Đức Thắng",    "Võ Thị Ngữ",
    "Chú Tư Ruộng Muối",  "Cô Ba Chợ Huyện",  "Trịnh Văn Quyết", "Đinh Thị Hằng",
    "Lương Thế Vinh",     "Mai Thị Xuyến",    "Tạ Quang Bửu",    "Quách Thị Nguyệt",
    "Hà Văn Thuấn",       "Kiều Thị Diễm",    "Phùng Văn Khỏe",  "Lâm Thị Ửng",
    "Thân Văn Tuyển",     "Cao Thị Nguyễn",   "Âu Dương Phẩm",   "Ông Chín Đầu Làng",
    "Bà Tám Bán Xôi",     "Triệu Thị Hoà",    "Giáp Văn Kiểm",   "Nông Thị Lượng",
    "La Văn Cầu",         "Chu Thị Thuỷ",     "Ưng Hoàng Phúc",  "Ỷ Lan Phường Hai",
};

server::ServerSnapshot base(std::shared_ptr<const core::Pack> pack, core::MatchMode mode) {
    server::ServerSnapshot s;
    s.version = 1;
    s.pin = 482913;
    s.name = "Nhà văn hóa thôn Đông Xá";
    s.port = 27960;
    s.addresses = {"192.168.43.17"};
    s.pack = std::move(pack);
    s.config.mode = mode;
    if (mode == core::MatchMode::Teams)
        s.config.teamNames = {"Thôn Đông", "Thôn Đoài", "Xóm Chùa", "Xóm Bãi Giữa"};
    s.questionCount =
        static_cast<std::uint16_t>(std::min<std::size_t>(20, s.pack->questions.size()));
    return s;
}

}  // namespace

HostContextHolder::HostContextHolder(ui::Fonts& f)
    : fonts(f), ctx{fonts, settings, options, runner, sounds, voice, stack, server::assetsDir(),
                    "",    false,    false,   "",     0} {}

std::shared_ptr<const core::Pack> loadPack(const std::string& relativePath) {
    auto loaded = server::loadPackFile(server::assetsDir() + "/" + relativePath);
    return std::make_shared<const core::Pack>(std::move(loaded.pack));
}

server::ServerSnapshot lobbySnapshot(std::shared_ptr<const core::Pack> pack, core::MatchMode mode,
                                     std::size_t players) {
    server::ServerSnapshot s = base(std::move(pack), mode);
    for (std::size_t i = 0; i < players; ++i) {
        server::PlayerView p;
        p.id = static_cast<core::PlayerId>(i + 1);
        p.nickname = kNames[i % std::size(kNames)];
        if (i >= std::size(kNames))
            p.nickname = p.nickname.substr(0, p.nickname.find(' ')) + " " + std::to_string(i);
        p.connected = true;
        p.team = mode == core::MatchMode::Teams ? static_cast<std::uint8_t>(i % 4 + 1) : 0;
        s.players.push_back(p);
    }
    s.activePlayers = players;
    return s;
}

server::ServerSnapshot matchSnapshot(std::shared_ptr<const core::Pack> pack, core::MatchMode mode,
                                     core::Phase phase, std::uint16_t index) {
    server::ServerSnapshot s = lobbySnapshot(std::move(pack), mode, 40);
    const core::Question& q = s.pack->questions[index];
    s.phase = phase;
    s.questionIndex = index;
    s.questionCount =
        std::max<std::uint16_t>(s.questionCount, static_cast<std::uint16_t>(index + 1));
    s.limitMs = q.timeLimitSec * 1000;
    s.remainingMs = s.limitMs * 3 / 5;
    s.answersReceived = phase == core::Phase::Question ? 23 : 38;
    s.activePlayers = 31;
    // Two questions so far did not count for "Câu đúng" (a poll and a skipped one).
    s.scoredQuestionCount = static_cast<std::uint16_t>(std::max(1, index + 1 - 2));
    // Scores: a spread with rank changes; every fourth player eliminated in elimination mode.
    for (std::size_t i = 0; i < s.players.size(); ++i) {
        auto& p = s.players[i];
        p.score = static_cast<std::int32_t>(9800 - 230 * i);
        p.lastGain = i % 3 == 0 ? 0 : static_cast<std::int32_t>(950 - 10 * i);
        p.rank = static_cast<std::uint32_t>(i + 1);
        p.previousRank = static_cast<std::uint32_t>(i % 2 == 0 ? i + 3 : (i > 1 ? i - 1 : i + 1));
        p.answered = i < s.answersReceived;
        p.eliminated = mode == core::MatchMode::Elimination && i % 4 == 3;
        p.correctCount = static_cast<std::uint16_t>(
            s.scoredQuestionCount - std::min<std::size_t>(s.scoredQuestionCount, (i + 1) / 2));
    }
    s.lastCounts.assign(q.options.size(), 0);
    for (std::size_t o = 0; o < q.options.size(); ++o)
        s.lastCounts[o] = static_cast<std::uint32_t>(3 + 7 * o);
    if (!q.correct.empty() && q.kind != core::QuestionKind::Order)
        s.lastCounts[q.correct[0]] = 24;
    for (std::size_t i = 0; i < 5; ++i)
        s.top.push_back({s.players[i].nickname, s.players[i].score, s.players[i].rank});
    if (mode == core::MatchMode::Teams)
        s.teams = {{"Xóm Bãi Giữa", 6120, 1},
                   {"Thôn Đông", 5980, 2},
                   {"Xóm Chùa", 4410, 3},
                   {"Thôn Đoài", 3900, 4}};
    return s;
}

server::ServerSnapshot practiceSnapshot(std::shared_ptr<const core::Pack> pack,
                                        std::uint32_t phones, std::uint32_t answers) {
    server::ServerSnapshot s = base(std::move(pack), core::MatchMode::Classic);
    s.webPort = 8080;
    s.locked = true;
    s.practiceOffered = true;
    s.practicePacks = 3;
    s.practice.phonesLately = phones;
    s.practice.answers = answers;
    // Lowest share right first, as the tally sorts them; the pack's longest names included.
    const std::pair<std::uint32_t, std::uint32_t> shares[] = {
        {9, 31}, {14, 34}, {11, 20}, {17, 26}, {22, 27}};
    const std::size_t topics[] = {5, 4, 0, 7, 8};
    for (std::size_t i = 0; answers > 0 && i < std::size(shares); ++i)
        s.practice.weakest.push_back(
            {s.pack->topics.at(topics[i]).name, shares[i].first, shares[i].second});
    return s;
}

int findQuestion(const core::Pack& pack, const std::string& what) {
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const core::Question& q = pack.questions[i];
        if (what.starts_with("id:")) {
            if (q.id == what.substr(3))
                return static_cast<int>(i);
        } else if (what.starts_with("spot:")) {
            if (q.kind == core::QuestionKind::Spot && q.card &&
                what.substr(5) == core::cardTypeName(q.card->body))
                return static_cast<int>(i);
        } else if (what.starts_with("none:")) {
            if (!q.card && what.substr(5) == core::kindName(q.kind))
                return static_cast<int>(i);
        } else if (q.card && what == core::cardTypeName(q.card->body)) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

ui::LayoutProbe drawFrame(HostContextHolder& h, sf::RenderTexture& target) {
    h.stack.update(1.f / 60.f);
    h.stack.applyPending();
    ui::LayoutProbe probe;
    sf::Vector2f logical;
    sf::View view = host::letterboxView(target.getSize(), logical);
    target.setView(view);
    target.clear();
    float scale = view.getViewport().width * static_cast<float>(target.getSize().x) / logical.x;
    ui::Canvas canvas{target, h.fonts, logical, scale, &probe, host::kMinTextPixels};
    h.stack.draw(canvas);
    target.display();
    return probe;
}

}  // namespace dovui::uitest
