#pragma once
/// The results store's failure policy (design.md §6: an answer is never acknowledged unless
/// it is stored). Writes queue in order and go in one transaction; when the store refuses
/// (busy, full, read-only, I/O error) the whole queue is kept, the acknowledgements of what it
/// holds wait, the fault is put in words the facilitator can act on, and the transaction is
/// tried again every second until it goes through.
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/store/store.hpp"

namespace dovui::server {

class StoreQueue {
public:
    /// A write carries copies of what it records, so a refused one is retried as it was.
    using Write = std::function<void(store::Store&)>;
    enum class Flush {
        Stored,     ///< everything queued is in the store (or nothing was queued)
        Recovered,  ///< stored, and the fault before it has cleared
        Refused,    ///< the store refused: the queue is kept, problem() says why
        Waiting,    ///< a refused queue waits for its retry time
    };
    static constexpr core::Millis kRetryAfterMs = 1000;

    /// `store` and `path` belong to the server, which may open the file before the queue
    /// needs it; the queue reopens a connection SQLite made read-only (see flush()).
    StoreQueue(std::unique_ptr<store::Store>& store, const std::string& path)
        : m_store(store), m_path(path) {}

    void later(Write write) { m_writes.push_back(std::move(write)); }
    [[nodiscard]] bool empty() const { return m_writes.empty(); }
    /// Writes the queue in one transaction, unless a refused one is not due again yet.
    Flush flush(core::Millis now);
    /// In plain words while the store refuses writes; empty otherwise.
    [[nodiscard]] const std::string& problem() const { return m_problem; }
    /// Takes the answer acknowledgements out of `outbox` while something is not stored (and
    /// from a reveal on, every message: a reveal confirms answers too), and puts the held ones
    /// back at its front, in order, once everything is.
    void holdUnstoredAcks(std::vector<core::Envelope>& outbox);

private:
    std::unique_ptr<store::Store>& m_store;
    const std::string& m_path;
    std::deque<Write> m_writes;
    std::vector<core::Envelope> m_heldAcks;
    std::string m_problem;
    core::Millis m_retryAt = 0;
};

}  // namespace dovui::server
