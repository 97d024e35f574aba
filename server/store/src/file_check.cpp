#include "dovui/store/file_check.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <vector>

#include "dovui/store/results_file.hpp"

namespace dovui::store {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kWalHeaderBytes = 32;
constexpr std::size_t kFrameHeaderBytes = 24;

std::uint32_t bigEndian(const unsigned char* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 |
           std::uint32_t(p[3]);
}

/// SQLite's WAL checksum (wal.c walChecksumBytes), continuing from `sum`.
void walChecksum(bool bigEndianWords, const unsigned char* data, std::size_t bytes,
                 std::array<std::uint32_t, 2>& sum) {
    for (std::size_t at = 0; at + 8 <= bytes; at += 8) {
        std::uint32_t x0 = 0, x1 = 0;
        if (bigEndianWords) {
            x0 = bigEndian(data + at);
            x1 = bigEndian(data + at + 4);
        } else {
            for (int i = 3; i >= 0; --i) {
                x0 = x0 << 8 | data[at + i];
                x1 = x1 << 8 | data[at + 4 + i];
            }
        }
        sum[0] += x0 + sum[1];
        sum[1] += x1 + sum[0];
    }
}

std::vector<unsigned char> readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path withSuffix(fs::path path, const char* suffix) {
    return path += suffix;
}

/// Whether SQLite's error says the file itself is bad (not busy, locked or unreadable now).
bool damagedCode(int code) {
    return (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
}

/// quick_check's first finding, or the damage that stopped it; "" when the file is sound or
/// cannot be checked now (busy, locked: the store's own open says that).
/// Raw SQLite calls here, not SqlStatement: a damaged file's verdict is in the error codes,
/// which the wrapper turns into exceptions.
std::string sqliteFinding(sqlite3* db) {
    sqlite3_stmt* check = nullptr;
    std::string verdict;
    int code = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &check, nullptr);
    if (code == SQLITE_OK && (code = sqlite3_step(check)) == SQLITE_ROW)
        verdict = reinterpret_cast<const char*>(sqlite3_column_text(check, 0));
    else if (damagedCode(code) || damagedCode(sqlite3_extended_errcode(db)))
        verdict = sqlite3_errmsg(db);
    else
        verdict = "ok";
    sqlite3_finalize(check);
    if (verdict == "ok")
        return "";
    if (verdict.rfind("***", 0) == 0 && verdict.find('\n') != std::string::npos)
        verdict = verdict.substr(verdict.find('\n') + 1);  // "*** in database main ***\n…"
    return verdict.substr(0, verdict.find('\n'));
}

/// How many tables the file has, and whether the game's own are among them.
std::pair<int, bool> tablesOf(sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    int tables = 0;
    bool ours = false;
    if (sqlite3_prepare_v2(
            db,
            "SELECT COUNT(*), SUM(name IN ('matches', 'answers')) FROM sqlite_master "
            "WHERE type = 'table'",
            -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        tables = sqlite3_column_int(st, 0);
        ours = sqlite3_column_int(st, 1) == 2;
    }
    sqlite3_finalize(st);
    return {tables, ours};
}

}  // namespace

int walCommitsLost(const fs::path& walPath) {
    const std::vector<unsigned char> wal = readAll(walPath);
    if (wal.size() < kWalHeaderBytes)
        return 0;
    const std::uint32_t magic = bigEndian(wal.data());
    const std::uint32_t pageSize = bigEndian(wal.data() + 8);
    const std::size_t frameBytes = kFrameHeaderBytes + pageSize;
    const bool bigEndianWords = (magic & 1) != 0;
    std::array<std::uint32_t, 2> sum{0, 0};
    walChecksum(bigEndianWords, wal.data(), 24, sum);
    bool sound = (magic & ~1u) == 0x377f0682 && pageSize >= 512 && pageSize <= 65536 &&
                 (pageSize & (pageSize - 1)) == 0 && sum[0] == bigEndian(wal.data() + 24) &&
                 sum[1] == bigEndian(wal.data() + 28);
    if (pageSize < 512 || pageSize > 65536)
        return wal.size() > kWalHeaderBytes ? 1 : 0;  // nothing can be read past the header
    int lost = 0;
    for (std::size_t at = kWalHeaderBytes; at + frameBytes <= wal.size(); at += frameBytes) {
        const unsigned char* frame = wal.data() + at;
        // Frames of this WAL carry its salts; older ones beyond (a reused WAL) do not.
        const bool ofThisWal = std::equal(frame + 8, frame + 16, wal.data() + 16);
        const bool commit = bigEndian(frame + 4) != 0;
        if (sound) {
            walChecksum(bigEndianWords, frame, 8, sum);
            walChecksum(bigEndianWords, frame + kFrameHeaderBytes, pageSize, sum);
            sound = ofThisWal && bigEndian(frame) != 0 && sum[0] == bigEndian(frame + 16) &&
                    sum[1] == bigEndian(frame + 20);
            if (sound)
                continue;
        }
        lost += ofThisWal && commit ? 1 : 0;
    }
    return lost;
}

std::string resultsFileDamage(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) == 0)
        return "";
    char magic[16] = {};
    std::ifstream(path, std::ios::binary).read(magic, sizeof magic);
    if (std::string(magic, sizeof magic) != std::string("SQLite format 3\0", 16))
        return "không phải tệp SQLite (bị ghi đè hoặc hỏng)";
    if (int lost = walCommitsLost(withSuffix(path, "-wal")); lost > 0)
        return "có tệp nhật ký ghi (-wal) bị hỏng: " + std::to_string(lost) +
               " lần ghi đã lưu nằm sau chỗ hỏng và sẽ mất";
    sqlite3* db = nullptr;
    std::string damage;
    if (sqlite3_open_v2(store::utf8Path(path).c_str(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        // Not openable now (permissions, a read-only folder without its -shm): not damage.
    } else if (std::string finding = sqliteFinding(db); !finding.empty()) {
        damage = "bị hỏng, không đọc được (" + finding + ")";
    } else if (auto [tables, ours] = tablesOf(db); tables > 0 && !ours) {
        damage = "là cơ sở dữ liệu SQLite của chương trình khác, không phải tệp kết quả";
    }
    sqlite3_close(db);
    return damage;
}

fs::path keepAside(const fs::path& path) {
    std::time_t now = std::time(nullptr);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    char stamp[32];
    std::strftime(stamp, sizeof stamp, ".hong-%Y%m%d-%H%M%S", &local);
    fs::path aside =
        path.parent_path() / (path.stem().string() + stamp + path.extension().string());
    for (int n = 2; fs::exists(aside); ++n)
        aside = path.parent_path() / (path.stem().string() + stamp + "-" + std::to_string(n) +
                                      path.extension().string());
    fs::rename(path, aside);
    std::error_code ec;
    for (const char* suffix : {"-wal", "-shm"})
        if (fs::exists(withSuffix(path, suffix), ec))
            fs::rename(withSuffix(path, suffix), withSuffix(aside, suffix), ec);
    return aside;
}

}  // namespace dovui::store
