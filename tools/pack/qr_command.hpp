#pragma once
/// `dovui-pack qr PAYLOAD` shows what a banking app would read from a VietQR payload;
/// `dovui-pack qr --make --bank BIN --account N [--amount VND] [--message TEXT]` makes one.
#include <ostream>
#include <string>

#include "messages.hpp"

namespace dovui::pack {

struct QrOptions {
    std::string payload;  ///< to decode (without --make)
    bool make = false;
    std::string bank;  ///< BIN, 6 digits
    std::string account;
    std::string amount;   ///< digits only; empty for none
    std::string message;  ///< empty for none
    bool toCard = false;  ///< QRIBFTTC instead of QRIBFTTA
    Lang lang = Lang::Vi;
};

/// Returns the process exit code; errors go to `err`.
int runQr(const QrOptions& options, std::ostream& out, std::ostream& err);

}  // namespace dovui::pack
