#pragma once
/// Temp folders for the suites: fresh folders under the system temp folder.
#include <filesystem>
#include <string>

namespace dovui::testsupport {

/// A fresh empty folder `<temp>/<prefix>-<pid>-<random>`, left in place (the caller owns it).
std::filesystem::path makeTempDir(const std::string& prefix = "dovui-test");

/// A fresh folder, removed with everything in it at scope exit.
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "dovui-test") : m_path(makeTempDir(prefix)) {}
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::string str() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

}  // namespace dovui::testsupport
