#include "report_text.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "dovui/core/technique.hpp"
#include "match_stats.hpp"

namespace dovui::report {
namespace {

std::tm localTime(std::int64_t unixSeconds) {
    std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm out{};
#ifdef _WIN32
    localtime_s(&out, &t);
#else
    localtime_r(&t, &out);
#endif
    return out;
}

std::string format(std::int64_t unixSeconds, const char* pattern) {
    std::tm tm = localTime(unixSeconds);
    char buffer[64];
    std::size_t n = std::strftime(buffer, sizeof buffer, pattern, &tm);
    return std::string(buffer, n);
}

}  // namespace

std::string formatDateTime(std::int64_t unixSeconds, Lang lang) {
    return format(unixSeconds, lang == Lang::Vi ? "%d/%m/%Y %H:%M" : "%Y-%m-%d %H:%M");
}

std::string formatDate(std::int64_t unixSeconds, Lang lang) {
    return format(unixSeconds, lang == Lang::Vi ? "%d/%m/%Y" : "%Y-%m-%d");
}

std::string formatMonth(std::int64_t unixSeconds) {
    return format(unixSeconds, "%Y-%m");
}

std::string formatPercent(double share) {
    return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%";
}

std::string formatSeconds(double milliseconds, Lang lang) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::round(milliseconds / 100.0) / 10.0);
    std::string out = buffer;
    if (lang == Lang::Vi)
        for (char& c : out)
            if (c == '.')
                c = ',';
    return out + " s";
}

std::string modeLabel(std::string_view mode, Lang lang) {
    if (mode == "classic")
        return tr(lang, "Cổ điển", "Classic");
    if (mode == "teams")
        return tr(lang, "Thi đấu theo đội", "Teams");
    if (mode == "elimination")
        return tr(lang, "Rung chuông vàng (loại trực tiếp)", "Golden bell (elimination)");
    if (mode == "accuracy")
        return tr(lang, "Chính xác là chính (không tính tốc độ)",
                  "Accuracy first (no speed points)");
    return std::string(mode);
}

std::string kindLabel(std::string_view kind, Lang lang) {
    if (kind == "single")
        return tr(lang, "Một đáp án", "Single choice");
    if (kind == "truefalse")
        return tr(lang, "Đúng/Sai", "True/false");
    if (kind == "multi")
        return tr(lang, "Nhiều đáp án", "Multiple choice");
    if (kind == "order")
        return tr(lang, "Sắp xếp thứ tự", "Ordering");
    if (kind == "poll")
        return tr(lang, "Khảo sát (không tính đúng sai)", "Poll (no right answer)");
    if (kind == "spot")
        return tr(lang, "Chạm chỗ đáng ngờ", "Tap the red flag");
    return std::string(kind);
}

std::string optionLetter(int index) {
    return std::string(1, static_cast<char>('A' + index));
}

std::string techniqueLabel(std::string_view id, Lang lang) {
    if (auto t = core::parseTechnique(id))
        return std::string(core::techniqueName(*t, lang));
    if (id == kNoTechnique)
        return tr(lang, "Không gắn thủ đoạn (tin thật, kiến thức chung)",
                  "No technique tagged (genuine messages, facts)");
    if (id == kUnrecordedTechnique)
        return tr(lang, "Chưa ghi (tệp kết quả cũ)", "Not recorded (older results file)");
    return std::string(id);
}

}  // namespace dovui::report
