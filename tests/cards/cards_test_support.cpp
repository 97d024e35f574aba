#include "cards_test_support.hpp"

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <random>

namespace dovui::cards::testing {

const FaceSet& sharedFaces() {
    static const FaceSet faces = facesFromCairo(60, 240);
    return faces;
}

std::string freshTempDir(const std::string& name) {
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() /
        ("dovui-cards-" + name + "-" + std::to_string(std::random_device{}()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

CommandResult runCommand(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.output.append(buffer.data(), n);
    int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

}  // namespace dovui::cards::testing
