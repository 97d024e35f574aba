#pragma once
/// A scenario card in three spreadsheet columns (the README's table):
///   type        card_from     card_detail   card_text
///   sms         sender        time          body
///   call        caller        number        transcript, one spoken line per line
///   chat        contact       app           bubbles, one per line; "> " starts my own
///   web         url           title         what the page asks for
///   qr_payment  accountName   shop          VietQR payload
/// Marked spans have no columns; export says when it drops them.
#include <optional>
#include <string>
#include <string_view>

#include "dovui/core/card.hpp"

namespace dovui::pack {

struct CardColumns {
    std::string from;
    std::string detail;
    std::string text;
};

/// nullopt when `type` is not a card type (spelling as in packs, or Vietnamese: "tin nhắn",
/// "cuộc gọi", "trò chuyện", "trang web", "mã qr").
std::optional<core::ScenarioCard> cardFromColumns(std::string_view type,
                                                  const CardColumns& columns);

CardColumns cardToColumns(const core::ScenarioCard& card);

/// The spreadsheet column that holds a pack field: "card.sender" -> "card_from",
/// "options[2]" -> "option3", "text" -> "question".
std::string columnForField(std::string_view field);

}  // namespace dovui::pack
