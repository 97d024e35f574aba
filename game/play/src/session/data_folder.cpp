#include "dovui/play/session/data_folder.hpp"

#include <fcntl.h>
#ifdef _WIN32
#include <io.h>
#include <sys/stat.h>
#else
#include <unistd.h>
#endif

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "dovui/paths/paths.hpp"

namespace dovui::play {

std::filesystem::path userDataFolder() {
    return paths::userDataDir();
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    const std::filesystem::path temp = path.string() + ".tmp";
#ifdef _WIN32  // wide path: a Vietnamese user name is in it; _commit is Windows' fsync
    int fd =
        ::_wopen(temp.c_str(), _O_WRONLY | _O_CREAT | _O_TRUNC | _O_BINARY, _S_IREAD | _S_IWRITE);
    auto fsync = [](int f) { return ::_commit(f); };
#else
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
#endif
    if (fd < 0)
        throw std::runtime_error(temp.string() + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < bytes.size()) {
#ifdef _WIN32
        int n = ::_write(fd, bytes.data() + written, static_cast<unsigned>(bytes.size() - written));
#else
        ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
#endif
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            std::string reason = std::strerror(errno);
            ::close(fd);
            throw std::runtime_error(temp.string() + ": " + reason);
        }
        written += static_cast<std::size_t>(n);
    }
    // The data must be on disk before the rename makes it the real file.
    if (fsync(fd) != 0 || ::close(fd) != 0)
        throw std::runtime_error(temp.string() + ": " + std::strerror(errno));
    std::filesystem::rename(temp, path, ec);
    if (ec)
        throw std::runtime_error(path.string() + ": " + ec.message());
}

bool readSmallFile(const std::filesystem::path& path, std::size_t maxBytes, std::string& out,
                   std::string& error) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return false;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = ec.message();
        return false;
    }
    if (size > maxBytes) {
        error = "file too large (" + std::to_string(size) + " bytes)";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    out.assign(static_cast<std::size_t>(size), '\0');
    if (!in.read(out.data(), static_cast<std::streamsize>(size))) {
        error = "cannot read";
        return false;
    }
    return true;
}

}  // namespace dovui::play
