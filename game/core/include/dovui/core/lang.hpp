#pragma once
/// UI/message language. Vietnamese is the default everywhere.
namespace dovui::core {
enum class Lang { Vi, En };
}  // namespace dovui::core
