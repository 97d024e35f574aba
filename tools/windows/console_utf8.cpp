// Linked into every Windows console program (tools/windows/windows.cmake): the console shows
// the programs' UTF-8 output (Vietnamese) and reads UTF-8 input. The manifest already makes
// UTF-8 the process code page; the console's own code page is separate.
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

namespace {
const bool kUtf8Console = [] {
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    return true;
}();
}  // namespace
