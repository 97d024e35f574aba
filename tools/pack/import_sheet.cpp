#include "import_sheet.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "card_columns.hpp"
#include "dovui/core/pack_rules.hpp"
#include "dovui/core/pack_writer.hpp"
#include "dovui/core/text.hpp"
#include "sheet_row.hpp"

namespace dovui::pack {
namespace {

using namespace dovui::core;

constexpr std::size_t kMaxTopicIdLength = 40;
constexpr std::size_t kMaxQuestionIdLength = 60;

/// Topic names -> ids, stable in order of first use; distinct names never share an id.
class TopicTable {
public:
    /// A topic the sheet declares above its header (kept even when no row uses it).
    void declare(const std::string& id, const std::string& name) {
        if (id.empty() || name.empty() || m_ids.count(id))
            return;
        m_ids.insert(id);
        m_byName.emplace(foldCase(name), m_topics.size());
        m_declared.insert(id);
        m_topics.push_back({id, name});
    }
    bool declared(const std::string& id) const { return m_declared.count(id) > 0; }

    /// A row's topic, by name, or by the id of a declared topic.
    std::string idFor(const std::string& name) {
        std::string key = foldCase(name);
        if (auto it = m_byName.find(key); it != m_byName.end())
            return m_topics[it->second].id;
        if (m_declared.count(name))
            return name;
        std::string base = slugify(name, kMaxTopicIdLength - 3);
        if (base.empty())
            base = "topic";
        std::string id = base;
        for (int n = 2; m_ids.count(id); ++n)
            id = base + "-" + std::to_string(n);
        m_ids.insert(id);
        m_byName[key] = m_topics.size();
        m_topics.push_back({id, name});
        return id;
    }
    const std::vector<Topic>& topics() const { return m_topics; }

private:
    std::vector<Topic> m_topics;
    std::map<std::string, std::size_t> m_byName;
    std::set<std::string> m_ids;
    std::set<std::string> m_declared;
};

/// The facts `export` writes above the header: one "key,value" row each, "chủ đề,id,name".
struct PackInfo {
    std::string id, title, language, description;
    std::vector<std::string> sources;
    std::vector<Topic> topics;
};

PackInfo readPackInfo(const std::vector<csv::Row>& rows, std::size_t headerIndex) {
    PackInfo info;
    for (std::size_t r = 0; r < headerIndex; ++r) {
        const csv::Row& row = rows[r];
        std::string key = headerKey(row.cell(0));
        std::string value = csv::unguard(row.cell(1));
        if (key == "magoi" || key == "pack")
            info.id = value;
        else if (key == "tengoi" || key == "title")
            info.title = value;
        else if (key == "ngonngu" || key == "language")
            info.language = value;
        else if (key == "mota" || key == "description")
            info.description = value;
        else if ((key == "nguon" || key == "source") && !value.empty())
            info.sources.push_back(value);
        else if (key == "chude" || key == "topic")
            info.topics.push_back({value, csv::unguard(row.cell(2))});
    }
    return info;
}

bool isIdText(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

class SheetImporter {
public:
    explicit SheetImporter(const ImportSettings& settings) : m_settings(settings) {}

    ImportResult run(std::string_view bytes) {
        csv::DecodedText decoded = csv::decode(bytes, m_settings.encoding);
        m_result.encoding = decoded.used;
        if (!decoded.text) {
            fileError(tr(lang(), "tệp không phải văn bản UTF-8 hay Windows-1258 hợp lệ (byte ",
                         "the file is not valid UTF-8 or Windows-1258 text (byte ") +
                      std::to_string(decoded.badOffset) + ")");
            return std::move(m_result);
        }
        std::vector<csv::Row> rows;
        std::optional<SheetLayout> layout;
        for (char delimiter : {',', ';', '\t'}) {
            rows = csv::parse(*decoded.text, delimiter);
            layout = findLayout(rows);
            if (layout) {
                m_result.delimiter = delimiter;
                break;
            }
        }
        if (!layout) {
            fileError(tr(lang(),
                         "không tìm thấy hàng tiêu đề: cần các cột question và correct (mẫu đơn "
                         "giản) hoặc \"Question - max 120 characters\" (mẫu Kahoot)",
                         "no header row found: expected question and correct columns (simple "
                         "layout) or \"Question - max 120 characters\" (Kahoot template)"));
            return std::move(m_result);
        }
        m_result.layout = layout->layout;
        usePackInfo(readPackInfo(rows, layout->headerIndex));
        for (std::size_t r = layout->headerIndex + 1; r < rows.size(); ++r)
            if (!isEmpty(rows[r], *layout))
                readRow(rows[r], *layout);
        finish();
        return std::move(m_result);
    }

private:
    Lang lang() const { return m_settings.lang; }

    /// The settings' facts, else the sheet's, else the defaults.
    void usePackInfo(PackInfo info) {
        auto pick = [](const std::string& given, const std::string& sheet,
                       const std::string& fallback) {
            return !given.empty() ? given : !sheet.empty() ? sheet : fallback;
        };
        m_shell.id = pick(m_settings.packId, info.id, m_settings.defaultPackId);
        if (m_shell.id.empty())
            m_shell.id = "imported";
        m_shell.title = pick(m_settings.title, info.title, m_settings.defaultTitle);
        if (m_shell.title.empty())
            m_shell.title = m_shell.id;
        m_shell.language = pick(m_settings.language, info.language, "vi");
        m_shell.description = info.description;
        m_shell.sources = info.sources;
        for (const Topic& t : info.topics)
            m_topics.declare(t.id, t.name);
        m_rowSettings.lang = m_settings.lang;
        m_rowSettings.packLanguage = m_shell.language;
        m_rowSettings.defaultTopic = !m_settings.defaultTopic.empty() ? m_settings.defaultTopic
                                     : m_shell.language == "en"       ? "General"
                                                                      : "Chung";
    }

    void fileError(const std::string& message) { m_result.errors.push_back({0, message}); }

    /// Empty in every column the layout reads (Kahoot's template numbers its empty rows).
    static bool isEmpty(const csv::Row& row, const SheetLayout& layout) {
        for (const auto& index : layout.columns)
            if (index && row.cell(*index).find_first_not_of(" \t\r\n") != std::string::npos)
                return false;
        return true;
    }

    void readRow(const csv::Row& row, const SheetLayout& layout) {
        ++m_result.rowsRead;
        SheetQuestion sheet = readSheetRow(row, layout, m_rowSettings);
        Question& q = sheet.question;
        for (const std::string& name : sheet.topicNames)
            q.topics.push_back(m_topics.idFor(name));
        if (q.id.empty()) {
            m_numbered.push_back(m_questions.size());
        } else if (!isIdText(q.id)) {
            sheet.problems.push_back(tr(lang(),
                                        "cột id: mã câu hỏi chỉ gồm chữ thường a-z, số "
                                        "và dấu -, thấy \"",
                                        "column id: question ids use only a-z, digits and -, "
                                        "found \"") +
                                     q.id + "\"");
        } else if (auto [it, fresh] = m_idRows.emplace(q.id, row.number); !fresh) {
            sheet.problems.push_back(tr(lang(), "cột id: mã câu hỏi trùng với hàng ",
                                        "column id: the same question id as row ") +
                                     std::to_string(it->second));
        }
        if (sheet.problems.empty())
            validate(sheet);
        if (!sheet.problems.empty()) {
            for (const std::string& message : sheet.problems)
                m_result.errors.push_back({row.number, message});
            if (q.id.empty())
                m_numbered.pop_back();
            return;
        }
        if (sheet.placeholderExplanation)
            ++m_placeholders;
        m_rows.push_back(row.number);
        m_questions.push_back(std::move(q));
    }

    /// The pack loader's and `check`'s rules on a one-question pack, reported against columns.
    void validate(SheetQuestion& sheet) {
        Pack single = packShell();
        single.topics = m_topics.topics();
        Question q = sheet.question;
        if (q.id.empty())
            q.id = "q";
        single.questions.push_back(q);
        PackLoadResult loaded = parsePack(packToJson(single));
        for (PackProblem problem : loaded.problems) {
            problem.questionNumber = 0;
            problem.questionId.clear();
            std::string field = columnForField(problem.field);
            problem.field.clear();
            sheet.problems.push_back(tr(lang(), "cột ", "column ") + field + ": " +
                                     core::describe(problem, lang()));
        }
        if (!loaded.pack)
            return;
        std::string label = questionLabel(0, q.id, lang()) + ": ";
        for (const PackFinding& finding : checkPackRules(*loaded.pack, lang())) {
            if (finding.message.rfind(label, 0) != 0)
                continue;  // pack-level rules (topic sizes) are checked once, in finish()
            std::string message = finding.message.substr(label.size());
            if (finding.warning)
                m_result.warnings.push_back({sheet.row, message});
            else
                sheet.problems.push_back(message);
        }
        // Keep the loader's normalised text (NFC, trimmed) so export round-trips exactly.
        std::string id = sheet.question.id;
        sheet.question = loaded.pack->questions.front();
        sheet.question.id = id;
    }

    Pack packShell() const { return m_shell; }

    void finish() {
        if (m_result.rowsRead == 0)
            fileError(tr(lang(), "không có câu hỏi nào dưới hàng tiêu đề",
                         "no questions below the header row"));
        if (m_placeholders > 0)
            m_result.warnings.push_back(
                {0, std::to_string(m_placeholders) +
                        tr(lang(),
                           " câu chưa có lời giải thích (mẫu Kahoot không có cột này): hãy bổ "
                           "sung trong tệp gói trước khi dùng",
                           " questions have no explanation (Kahoot's template has no such "
                           "column): add them to the pack before class")});
        if (m_questions.empty() || (!m_result.errors.empty() && !m_settings.skipBad))
            return;
        numberQuestions();
        Pack pack = packShell();
        pack.topics = usedTopics();
        pack.questions = std::move(m_questions);
        PackLoadResult check = parsePack(packToJson(pack));
        for (const PackProblem& problem : check.problems)
            fileError(core::describe(problem, lang()));
        if (!check.pack)
            return;
        // Pack-level rules (topic sizes) warn here; `dovui-pack check` enforces them later.
        const std::string questionPrefix = tr(lang(), "câu ", "question ");
        for (const PackFinding& finding : checkPackRules(*check.pack, lang()))
            if (finding.message.rfind(questionPrefix, 0) != 0)
                m_result.warnings.push_back({0, finding.message});
        m_result.pack = std::move(pack);
    }

    /// Rows without an id become <pack id>-01, -02, … skipping ids other rows use.
    void numberQuestions() {
        std::string prefix = slugify(m_shell.id, kMaxQuestionIdLength - 5);
        if (prefix.empty())
            prefix = "q";
        int width = m_questions.size() >= 100 ? 3 : 2;
        int next = 1;
        for (std::size_t index : m_numbered) {
            std::string id;
            do {
                std::string n = std::to_string(next++);
                id = prefix + "-" + std::string(std::max<int>(0, width - int(n.size())), '0') + n;
            } while (m_idRows.count(id));
            m_idRows[id] = m_rows[index];
            m_questions[index].id = id;
        }
    }

    /// Declared topics and those of the kept questions (a skipped row's topic does not appear).
    std::vector<Topic> usedTopics() const {
        std::vector<Topic> out;
        for (const Topic& t : m_topics.topics())
            if (m_topics.declared(t.id) ||
                std::any_of(m_questions.begin(), m_questions.end(), [&](const Question& q) {
                    return std::find(q.topics.begin(), q.topics.end(), t.id) != q.topics.end();
                }))
                out.push_back(t);
        return out;
    }

    const ImportSettings& m_settings;
    Pack m_shell;  ///< the pack's facts, no questions
    SheetSettings m_rowSettings;
    ImportResult m_result;
    TopicTable m_topics;
    std::vector<Question> m_questions;
    std::vector<int> m_rows;              ///< spreadsheet row of each kept question
    std::vector<std::size_t> m_numbered;  ///< kept questions that need a generated id
    std::map<std::string, int> m_idRows;  ///< question id -> row that uses it
    std::size_t m_placeholders = 0;
};

}  // namespace

ImportResult importSheet(std::string_view bytes, const ImportSettings& settings) {
    return SheetImporter(settings).run(bytes);
}

std::string describe(const RowProblem& problem, Lang lang) {
    if (problem.row == 0)
        return problem.message;
    return tr(lang, "hàng ", "row ") + std::to_string(problem.row) + ": " + problem.message;
}

std::string slugify(std::string_view text, std::size_t maxLength) {
    std::string folded = foldToAscii(text);
    std::string slug;
    for (char c : folded) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    if (slug.size() > maxLength) {
        std::size_t cut = slug.rfind('-', maxLength);
        slug.resize(cut != std::string::npos && cut > maxLength / 2 ? cut : maxLength);
        while (!slug.empty() && slug.back() == '-')
            slug.pop_back();
    }
    return slug;
}

}  // namespace dovui::pack
