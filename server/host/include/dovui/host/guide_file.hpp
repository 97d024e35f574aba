#pragma once
/// The facilitator's guide (docs/, built to PDF by the docs test and shipped beside the
/// programs): where it is, and opening it with the desktop's viewer from the setup screen.
#include <filesystem>
#include <optional>

#include "dovui/core/lang.hpp"

namespace dovui::host {

/// facilitator-guide.<vi|en>.pdf from $DOVUI_DOCS, <exe dir>/docs (the build folder and the
/// Windows zip) or <exe dir>/../share/doc/dovui (installed); nullopt when none is there.
std::optional<std::filesystem::path> findGuide(core::Lang lang);

/// Opens `file` with the desktop's default program (xdg-open / ShellExecute), without a
/// shell and without waiting; false when nothing could be started.
bool openWithDesktop(const std::filesystem::path& file);

}  // namespace dovui::host
