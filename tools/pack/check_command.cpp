#include "check_command.hpp"

#include <deque>
#include <filesystem>
#include <map>

#include "assets.hpp"
#include "dovui/core/pack.hpp"
#include "dovui/core/pack_audit.hpp"
#include "dovui/core/pack_rules.hpp"
#include "file_read.hpp"
#include "pack_table.hpp"

namespace dovui::pack {
namespace {

namespace fs = std::filesystem;
using namespace dovui::core;

class PackChecker {
public:
    PackChecker(Lang lang, std::ostream& out) : m_lang(lang), m_out(out) {}

    void checkFile(const fs::path& path) {
        m_out << "== " << path.string() << '\n';
        ++m_packs;
        FileText file = readTextFile(path, m_lang);
        if (!file.text) {
            report({false, file.error});
            return;
        }
        PackLoadResult loaded = parsePack(*file.text);
        for (const PackProblem& problem : loaded.problems)
            report({false, describe(problem, m_lang)});
        if (!loaded.pack)
            return;
        m_keep.push_back(std::move(*loaded.pack));
        const Pack& pack = m_keep.back();
        m_out << "  " << pack.id << " — " << pack.title << " (" << pack.questions.size()
              << tr(m_lang, " câu)", " questions)") << '\n';
        m_questions += pack.questions.size();
        m_packsPerLanguage[pack.language]++;
        checkIdsAcrossPacks(pack, path);
        for (const PackFinding& finding : checkPackRules(pack, m_lang))
            report(finding);
        for (const std::string& warning : teachingWarnings(pack, m_lang))
            report({true, warning});
        std::vector<const Question*> questions;
        for (const Question& q : pack.questions)
            questions.push_back(&q);
        reportGuessability(questions);
        m_all[pack.language].insert(m_all[pack.language].end(), questions.begin(), questions.end());
        printTopicTable(m_out, countByTopic(pack, m_lang), m_lang);
    }

    /// The same figures over every pack of each language, when more than one was checked.
    void reportOverall() {
        for (const auto& [language, questions] : m_all) {
            if (m_packsPerLanguage[language] < 2)
                continue;
            m_out << tr(m_lang, "== Mọi gói tiếng ", "== All packs in ") << language << " ("
                  << questions.size() << tr(m_lang, " câu)", " questions)") << '\n';
            reportGuessability(questions);
        }
    }

    void reportGuessability(const std::vector<const Question*>& questions) {
        GuessFigures figures = measureGuessability(questions);
        for (const std::string& line : describeFigures(figures, m_lang))
            m_out << "  " << line << '\n';
        for (const AuditWarning& warning : guessWarnings(figures))
            report({true, describe(warning, m_lang)});
    }

    int finish() {
        reportOverall();
        m_out << tr(m_lang, "Tổng: ", "Total: ") << m_packs << tr(m_lang, " gói, ", " packs, ")
              << m_questions << tr(m_lang, " câu, ", " questions, ") << m_errors
              << tr(m_lang, " lỗi, ", " problems, ") << m_warnings
              << tr(m_lang, " cảnh báo", " warnings") << '\n';
        return m_errors == 0 ? 0 : 1;
    }

    void fail(const std::string& message) { report({false, message}); }

private:
    void report(const PackFinding& finding) {
        (finding.warning ? m_warnings : m_errors)++;
        m_out << "  "
              << (finding.warning ? tr(m_lang, "cảnh báo: ", "warning: ")
                                  : tr(m_lang, "lỗi: ", "problem: "))
              << finding.message << '\n';
    }

    void checkIdsAcrossPacks(const Pack& pack, const fs::path& path) {
        for (std::size_t i = 0; i < pack.questions.size(); ++i) {
            const std::string& id = pack.questions[i].id;
            auto [it, fresh] = m_idOwners.emplace(id, path.string());
            if (!fresh)
                report({false, questionLabel(i, id, m_lang) +
                                   tr(m_lang, ": mã câu hỏi đã dùng trong ",
                                      ": question id already used in ") +
                                   it->second});
        }
    }

    Lang m_lang;
    std::ostream& m_out;
    std::map<std::string, std::string> m_idOwners;  ///< question id -> first pack using it
    std::deque<Pack> m_keep;  ///< the packs checked, so the overall figures can point into them
    std::map<std::string, std::vector<const Question*>> m_all;  ///< by language
    std::map<std::string, int> m_packsPerLanguage;
    std::size_t m_packs = 0, m_questions = 0, m_errors = 0, m_warnings = 0;
};

}  // namespace

int runCheck(const CheckOptions& options, std::ostream& out) {
    PackChecker checker(options.lang, out);
    std::vector<fs::path> files(options.packs.begin(), options.packs.end());
    if (files.empty()) {
        fs::path folder = assetsDir() / "packs";
        files = findPackFiles(folder);
        if (files.empty())
            checker.fail(tr(options.lang, "không tìm thấy gói câu hỏi (*.json) nào trong ",
                            "no packs (*.json) found in ") +
                         folder.string());
    }
    for (const fs::path& file : files)
        checker.checkFile(file);
    return checker.finish();
}

}  // namespace dovui::pack
