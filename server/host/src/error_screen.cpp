// The error screen: what stopped the match from starting, and what to do about it.
#include <iostream>

#include "dovui/host/chrome.hpp"
#include "dovui/host/screens.hpp"
#include "dovui/host/strings.hpp"
#include "dovui/ui/button.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {
namespace {

using namespace ui;

/// One sentence on what to do, from the kind of problem the server reported.
std::string fixHint(const std::string& message, core::Lang lang) {
    bool vi = lang == core::Lang::Vi;
    if (message.find("UDP port") != std::string::npos)
        return vi ? "Đóng chương trình Đố Vui Số khác đang chạy, hoặc mở lại với cổng khác: "
                    "dovui-host --port 27961"
                  : "Close the other Đố Vui Số program, or start with another port: "
                    "dovui-host --port 27961";
    if (message.find("--resume") != std::string::npos)
        return vi ? "Không có trận nào để tiếp tục: mở dovui-host không kèm --resume"
                  : "Nothing to resume: start dovui-host without --resume";
    if (message.find("results") != std::string::npos)
        return vi ? "Kiểm tra thư mục lưu kết quả còn chỗ trống và được phép ghi (--data-dir)"
                  : "Check that the results folder has space and is writable (--data-dir)";
    return vi ? "Sửa tệp bộ câu hỏi theo các dòng trên (kiểm tra bằng: dovui-pack check <tệp>), "
                "hoặc chọn bộ câu hỏi khác"
              : "Fix the pack file as listed above (check it with: dovui-pack check <file>), or "
                "pick another pack";
}

class ErrorScreen : public Screen {
public:
    ErrorScreen(HostContext& ctx, std::string message)
        : m_ctx(ctx), m_message(std::move(message)) {}

    void handleEvent(const sf::Event& event, sf::Vector2f mouse) override {
        if (event.type == sf::Event::MouseMoved)
            m_back.hovered = m_back.hit(mouse);
        bool click = event.type == sf::Event::MouseButtonPressed && m_back.hit(mouse);
        bool key = event.type == sf::Event::KeyPressed && (event.key.code == sf::Keyboard::Enter ||
                                                           event.key.code == sf::Keyboard::Escape ||
                                                           event.key.code == sf::Keyboard::Space);
        if (click || key)
            m_ctx.stack.replaceAll(makeSetupScreen(m_ctx));
    }

    bool needsRedraw() const override { return false; }  // changes with input only

    void draw(Canvas& canvas) override {
        core::Lang lang = m_ctx.lang();
        drawBackground(canvas);
        drawTopBar(canvas, tr(Str::AppTitle, lang), "", "");
        sf::FloatRect area = contentArea(canvas);
        TextStyle title;
        title.size = 56.f;
        title.minSize = 28.f;
        title.bold = true;
        title.color = sf::Color(255, 120, 120);
        title.maxLines = 1;
        drawText(canvas, tr(Str::CannotStart, lang), {area.left, area.top, area.width, 70.f}, title,
                 "error:title");
        float buttonH = 100.f;
        float hintH = 150.f;
        sf::FloatRect box{area.left, area.top + 90.f, area.width,
                          area.height - 90.f - hintH - buttonH - 40.f};
        fillRoundedRect(canvas.target, box, 16.f, theme::kPanel);
        TextStyle body;
        body.size = 32.f;
        body.minSize = kMinText;
        drawText(canvas, m_message, inset(box, 24.f), body, "error:message");
        TextStyle fix;
        fix.size = 34.f;
        fix.minSize = kMinText;
        fix.bold = true;
        fix.color = theme::kAccent;
        drawText(canvas, std::string(tr(Str::WhatToFix, lang)) + " " + fixHint(m_message, lang),
                 {area.left, box.top + box.height + 20.f, area.width, hintH}, fix, "error:fix");
        m_back.rect = {area.left + (area.width - 420.f) / 2.f, area.top + area.height - buttonH,
                       420.f, buttonH};
        m_back.label = tr(Str::Back, lang);
        m_back.shortcut = "Enter";
        m_back.primary = true;
        drawButton(canvas, m_back);
        drawHintBar(canvas, tr(Str::ErrorHints, lang));
    }

private:
    HostContext& m_ctx;
    std::string m_message;
    Button m_back;
};

}  // namespace

std::unique_ptr<Screen> makeErrorScreen(HostContext& ctx, std::string message) {
    return std::make_unique<ErrorScreen>(ctx, std::move(message));
}

}  // namespace dovui::host
