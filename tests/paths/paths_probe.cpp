// Prints what paths:: finds, one per line, for paths_test: the probe is copied into the layouts
// the programs ship in (…/usr/bin beside …/usr/share/dovui, a folder with assets/ beside it).
#include <iostream>

#include "dovui/paths/paths.hpp"

int main() {
    std::cout << dovui::paths::assetsDir().string() << "\n"
              << dovui::paths::userDataDir().string() << "\n"
              << dovui::paths::userConfigDir().string() << "\n";
}
