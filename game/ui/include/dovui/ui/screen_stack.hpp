#pragma once
/// The one screen stack of both apps (SFML Game Development's state stack): a screen may ask
/// for a change while it handles input or updates; the change waits in a queue and happens in
/// applyPending(), between frames, never under the screen's feet. Screens are torn down top
/// first, in replaceAll() and in the destructor alike: an overlay may refer to the screen below
/// it, never the other way round.
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace dovui::ui {

template <class ScreenT>
class ScreenStack {
public:
    ScreenStack() = default;
    ScreenStack(const ScreenStack&) = delete;
    ScreenStack& operator=(const ScreenStack&) = delete;
    ~ScreenStack() { destroyAll(); }

    /// Queues `screen` to go on top.
    void push(std::unique_ptr<ScreenT> screen) {
        m_pending.push_back({Change::Kind::Push, std::move(screen)});
    }
    /// Queues removing the top screen (nothing when the stack is empty by then).
    void pop() { m_pending.push_back({Change::Kind::Pop, nullptr}); }
    /// Queues emptying the stack, top first, then pushing `screen`.
    void replaceAll(std::unique_ptr<ScreenT> screen) {
        m_pending.push_back({Change::Kind::ReplaceAll, std::move(screen)});
    }

    /// Applies the queued changes in order; true when there were any. A screen's destructor
    /// may queue more: they wait for the next call.
    bool applyPending() {
        auto pending = std::move(m_pending);
        m_pending.clear();
        for (Change& change : pending) {
            if (change.kind == Change::Kind::Pop) {
                if (!m_screens.empty())
                    m_screens.pop_back();
                continue;
            }
            if (change.kind == Change::Kind::ReplaceAll)
                destroyAll();
            m_screens.push_back(std::move(change.screen));
        }
        return !pending.empty();
    }

    [[nodiscard]] bool empty() const { return m_screens.empty(); }
    [[nodiscard]] std::size_t size() const { return m_screens.size(); }
    [[nodiscard]] ScreenT* top() const {
        return m_screens.empty() ? nullptr : m_screens.back().get();
    }
    /// The screen at `index`, 0 being the bottom.
    [[nodiscard]] ScreenT& at(std::size_t index) const { return *m_screens.at(index); }

private:
    struct Change {
        enum class Kind { Push, Pop, ReplaceAll } kind;
        std::unique_ptr<ScreenT> screen;
    };

    /// Top first (a vector's own destructor gives no such promise).
    void destroyAll() {
        while (!m_screens.empty())
            m_screens.pop_back();
    }

    std::vector<std::unique_ptr<ScreenT>> m_screens;
    std::vector<Change> m_pending;
};

}  // namespace dovui::ui
