// The host plays only what `dovui-pack check` passes: loadPackFile applies the core's pack
// rules after parsing, and says which question breaks which rule.
#include <doctest/doctest.h>

#include <fstream>
#include <stdexcept>

#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server::test;

TEST_CASE("a pack with a broken VietQR payload is refused by the host, naming the question") {
    TempDir dir;
    std::string path = dir.str() + "/broken-qr.json";
    std::ofstream(path) << R"({"schemaVersion": 2, "id": "qr-rule", "language": "vi",
      "title": "Mã QR hỏng", "topics": [{"id": "qr", "name": "Mã QR"}],
      "questions": [{"id": "qr-7", "kind": "truefalse", "text": "Nên trả tiền không?",
        "correct": [1], "time": 20, "difficulty": 1, "techniques": ["transfer"],
        "explanation": "Tên người nhận lạ: đừng chuyển.", "topics": ["qr"],
        "card": {"type": "qr_payment", "payload": "000201010211", "accountName": "TRAN B",
                 "genuine": false}}]})";
    std::string message;
    try {
        (void)server::loadPackFile(path);
    } catch (const std::runtime_error& e) {
        message = e.what();
    }
    CHECK(message.find("broken-qr.json: bộ câu hỏi có lỗi:") != std::string::npos);
    CHECK(message.find("câu 1 (qr-7): mã VietQR không hợp lệ") != std::string::npos);
}
