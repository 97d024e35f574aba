#pragma once
/// Realistic match states for the screenshot tests: a real bundled pack, 40 players with
/// long Vietnamese names, every mode, every scenario-card kind.
#include <SFML/Graphics/RenderTexture.hpp>
#include <memory>
#include <string>

#include "dovui/host/host_context.hpp"
#include "dovui/host/sound_bank.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/ui/canvas.hpp"

namespace dovui::uitest {

/// What the host's screens share, as the App builds it: silent, no match running until a
/// test starts one with `runner`.
struct HostContextHolder {
    ui::Fonts& fonts;
    host::HostSettings settings;
    host::HostOptions options;
    host::ServerRunner runner;
    host::SoundBank sounds{"", false};
    host::Voice voice{false};
    host::ScreenStack stack;
    host::HostContext ctx;
    explicit HostContextHolder(ui::Fonts& f);
};

/// Loads a bundled pack (path relative to assets/); throws if it does not load.
std::shared_ptr<const core::Pack> loadPack(const std::string& relativePath);

/// A lobby with `players` joined players in `mode` (teams get four hamlet teams).
server::ServerSnapshot lobbySnapshot(std::shared_ptr<const core::Pack> pack, core::MatchMode mode,
                                     std::size_t players);

/// The same match at `phase` on question `index` (answers, counts and ranks filled in).
server::ServerSnapshot matchSnapshot(std::shared_ptr<const core::Pack> pack, core::MatchMode mode,
                                     core::Phase phase, std::uint16_t index);

/// The practice corner's server (issue 14): no match started, the page on port 8080, three
/// packs offered; `answers` > 0 fills the class's weakest topics from `pack`'s topic names.
server::ServerSnapshot practiceSnapshot(std::shared_ptr<const core::Pack> pack,
                                        std::uint32_t phones, std::uint32_t answers);

/// Index of the first question in `pack` whose card is `cardType` ("sms", …) or, for
/// "none:<kind>", the first without a card of that kind ("none:multi"), or for
/// "spot:<cardType>" the first spot question on such a card; -1 if none.
int findQuestion(const core::Pack& pack, const std::string& what);

/// One frame of the host's screen stack into `target` (after an update): what it drew.
ui::LayoutProbe drawFrame(HostContextHolder& h, sf::RenderTexture& target);

}  // namespace dovui::uitest
