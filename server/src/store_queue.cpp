#include "dovui/server/store_queue.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace dovui::server {
namespace {

/// The store's refusal in words a facilitator can act on.
std::string storeProblemWords(const std::string& cause) {
    auto has = [&](const char* text) { return cause.find(text) != std::string::npos; };
    std::string why = has("full")       ? "ổ đĩa đầy"
                      : has("readonly") ? "thư mục kết quả chỉ cho đọc"
                      : has("locked")   ? "tệp kết quả đang bị chương trình khác giữ"
                      : has("malformed") ? "tệp kết quả bị hỏng"
                      : has("I/O")       ? "lỗi đọc ghi ổ đĩa"
                                         : cause;
    return "Không ghi được kết quả: " + why + " — đang thử lại, câu trả lời vẫn được giữ";
}

/// SQLite opens a file in a read-only folder read-only and keeps it so: open it again after a
/// failed write, so the retry can write once the folder is writable.
void reopenIfReadOnly(std::unique_ptr<store::Store>& open, const std::string& path) {
    if (!open || sqlite3_db_readonly(open->handle(), "main") != 1)
        return;
    // Closed first: a second connection in this process would share the first one's read-only
    // WAL index. Should the file not open at all now, flush() opens it at its next retry.
    open.reset();
    try {
        open = std::make_unique<store::Store>(path);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dovui: results store: cannot open again: %s\n", e.what());
    }
}

bool isReveal(const core::Envelope& e) {
    return std::holds_alternative<core::RevealMsg>(e.msg);
}

}  // namespace

StoreQueue::Flush StoreQueue::flush(core::Millis now) {
    if (m_writes.empty())
        return Flush::Stored;
    if (!m_problem.empty() && now < m_retryAt)
        return Flush::Waiting;
    try {
        if (!m_store)
            m_store = std::make_unique<store::Store>(m_path);
        m_store->begin();
        for (auto& write : m_writes)
            write(*m_store);
        m_store->commit();
    } catch (const std::exception& e) {
        if (m_store)
            m_store->rollback();
        reopenIfReadOnly(m_store, m_path);
        m_problem = storeProblemWords(e.what());
        m_retryAt = now + kRetryAfterMs;
        std::fprintf(stderr, "dovui: results store: %s (will retry)\n", e.what());
        return Flush::Refused;
    }
    m_writes.clear();
    if (m_problem.empty())
        return Flush::Stored;
    m_problem.clear();
    std::fprintf(stderr, "dovui: results store: writing again, every held answer stored\n");
    return Flush::Recovered;
}

void StoreQueue::holdUnstoredAcks(std::vector<core::Envelope>& outbox) {
    if (m_writes.empty()) {  // the store took them: the held acks go first
        outbox.insert(outbox.begin(), std::make_move_iterator(m_heldAcks.begin()),
                      std::make_move_iterator(m_heldAcks.end()));
        m_heldAcks.clear();
        return;
    }
    // A reveal confirms an answer too ("answered, +N"): it waits for the store as the
    // acknowledgements do, and everything after it waits behind it, so no phone sees the next
    // step before the reveal it is owed.
    bool holdingAll = std::any_of(m_heldAcks.begin(), m_heldAcks.end(), isReveal);
    std::vector<core::Envelope> sendable;
    for (core::Envelope& e : outbox) {
        holdingAll = holdingAll || isReveal(e);
        if (holdingAll || std::holds_alternative<core::AnswerAckMsg>(e.msg))
            m_heldAcks.push_back(std::move(e));
        else
            sendable.push_back(std::move(e));
    }
    outbox = std::move(sendable);
}

}  // namespace dovui::server
