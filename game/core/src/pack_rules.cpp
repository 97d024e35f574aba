#include "dovui/core/pack_rules.hpp"

#include <algorithm>

#include "dovui/core/vietqr.hpp"

namespace dovui::core {
namespace {

class RuleChecker {
public:
    RuleChecker(const Pack& pack, Lang lang) : m_pack(pack), m_lang(lang) {}

    std::vector<PackFinding> run() {
        for (std::size_t i = 0; i < m_pack.questions.size(); ++i) {
            const Question& q = m_pack.questions[i];
            m_label = questionLabel(i, q.id, m_lang);
            if (q.explanation.empty())
                error(tr(m_lang, "thiếu lời giải thích [explanation]",
                         "missing explanation [explanation]"));
            if (q.card)
                checkCard(*q.card);
        }
        m_label.clear();
        checkTopicSizes();
        return std::move(m_findings);
    }

private:
    void add(bool warning, const std::string& message) {
        m_findings.push_back({warning, m_label.empty() ? message : m_label + ": " + message});
    }
    void error(const std::string& message) { add(false, message); }
    void warn(const std::string& message) { add(true, message); }

    void checkCard(const ScenarioCard& card) {
        std::vector<CardField> fields = cardFields(card.body);
        for (const CardField& f : fields)
            if (f.required && f.text.empty())
                error(tr(m_lang, "thẻ tình huống thiếu nội dung", "scenario card field is empty") +
                      " [card." + f.name + "]");
        if (const auto* call = std::get_if<CallCard>(&card.body); call && call->transcript.empty())
            error(tr(m_lang, "cuộc gọi chưa có lời thoại", "call has no transcript") +
                  " [card.transcript]");
        if (const auto* chat = std::get_if<ChatCard>(&card.body); chat && chat->bubbles.empty())
            error(tr(m_lang, "cuộc trò chuyện chưa có tin nhắn", "chat has no bubbles") +
                  " [card.bubbles]");
        if (const auto* qr = std::get_if<QrPaymentCard>(&card.body))
            checkQr(*qr);
    }

    void checkQr(const QrPaymentCard& qr) {
        VietQrDecodeResult r = decodeVietQr(qr.payload);
        if (!r.ok()) {
            error(tr(m_lang, "mã VietQR không hợp lệ", "invalid VietQR payload") +
                  " [card.payload]: " + describe(*r.error, m_lang));
        } else if (!r.decoded->knownBank()) {
            warn(tr(m_lang, "BIN ngân hàng không có trong danh sách", "bank BIN not in the list") +
                 " [card.payload]: " + r.decoded->qr.bin);
        }
    }

    /// A full bank (100+ questions) needs every topic covered; a small pack (a first class)
    /// may touch a topic once: its topic table shows the counts, no warning needed.
    void checkTopicSizes() {
        if (m_pack.questions.size() < kTopicRuleFromQuestions)
            return;
        for (const Topic& topic : m_pack.topics) {
            auto count = std::count_if(
                m_pack.questions.begin(), m_pack.questions.end(), [&](const Question& q) {
                    return std::find(q.topics.begin(), q.topics.end(), topic.id) != q.topics.end();
                });
            if (static_cast<std::size_t>(count) < kMinQuestionsPerTopic)
                error(tr(m_lang, "chủ đề \"", "topic \"") + topic.id + "\" " +
                      tr(m_lang, "chỉ có ", "has only ") + std::to_string(count) +
                      tr(m_lang, " câu, cần ít nhất ", " questions, needs at least ") +
                      std::to_string(kMinQuestionsPerTopic));
        }
    }

    const Pack& m_pack;
    Lang m_lang;
    std::string m_label;
    std::vector<PackFinding> m_findings;
};

}  // namespace

std::string questionLabel(std::size_t index, const std::string& id, Lang lang) {
    std::string out = tr(lang, "câu ", "question ") + std::to_string(index + 1);
    return id.empty() ? out : out + " (" + id + ")";
}

std::vector<PackFinding> checkPackRules(const Pack& pack, Lang lang) {
    return RuleChecker(pack, lang).run();
}

std::vector<std::string> packRuleErrors(const Pack& pack, Lang lang) {
    std::vector<std::string> errors;
    for (PackFinding& finding : checkPackRules(pack, lang))
        if (!finding.warning)
            errors.push_back(std::move(finding.message));
    return errors;
}

}  // namespace dovui::core
