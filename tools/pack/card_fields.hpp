#pragma once
/// A scenario card seen as named text fields, for checking completeness and span targets.
#include <string>
#include <vector>

#include "dovui/core/card.hpp"

namespace dovui::pack {

struct CardField {
    std::string name;  ///< as spans name it: "body", "transcript.1", "bubbles.0"
    std::string text;
    bool required = true;  ///< docs/pack-format.md marks the others optional
};

/// Every text field of the card; list fields give one entry per item.
std::vector<CardField> cardFields(const core::CardBody& body);

}  // namespace dovui::pack
