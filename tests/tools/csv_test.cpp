// game/csv: spreadsheet CSV reading/writing and code page decoding.
#include <doctest/doctest.h>
#include <iconv.h>

#include "csv.hpp"
#include "text_encoding.hpp"

using namespace dovui::csv;

namespace {

/// UTF-8 -> Windows-1258 through glibc (which writes tone marks as combining bytes).
std::string toWindows1258(const std::string& utf8) {
    iconv_t cd = iconv_open("WINDOWS-1258", "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 2 + 8, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t inLeft = utf8.size(), outLeft = out.size();
    char* dst = out.data();
    REQUIRE(iconv(cd, &in, &inLeft, &dst, &outLeft) != static_cast<std::size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}

}  // namespace

SCENARIO("a spreadsheet's CSV is read cell by cell with its row numbers") {
    GIVEN("quoted commas, doubled quotes and a line break inside a cell") {
        std::vector<Row> rows = parse(
            "kind,question\r\nsingle,\"Bác nên làm gì, khi được hỏi \"\"mã OTP\"\"?\"\r\n"
            "multi,\"dòng một\r\ndòng hai\"\r\n\r\npoll,cuối\n");
        REQUIRE(rows.size() == 5);
        CHECK(rows[1].cells[1] == "Bác nên làm gì, khi được hỏi \"mã OTP\"?");
        CHECK(rows[2].cells[1] == "dòng một\ndòng hai");
        THEN("a line break inside a cell does not start a spreadsheet row") {
            CHECK(rows[2].number == 3);
            CHECK(rows[3].blank());
            CHECK(rows[4].number == 5);
            CHECK(rows[4].cell(1) == "cuối");
            CHECK(rows[4].cell(7).empty());
        }
    }
    GIVEN("a file without a final line break, and one with a quote left open") {
        CHECK(parse("a,b").size() == 1);
        std::vector<Row> open = parse("a,\"b\nc");
        REQUIRE(open.size() == 1);
        CHECK(open[0].cells[1] == "b\nc");
    }
    GIVEN("Excel in a Vietnamese locale, which separates cells with ';'") {
        CHECK(guessDelimiter("kind;question;option1\nsingle;Câu, có phẩy;A\n") == ';');
        CHECK(guessDelimiter("kind,question\nsingle,x\n") == ',');
    }
}

SCENARIO("CSV files open in Excel on Windows with Vietnamese intact") {
    Writer w;
    w.text("Nguyễn Thị Bưởi").text("có, dấu phẩy").text("nói \"không\"").number(42);
    w.endRow();
    w.text("=HYPERLINK(\"x\")").text("-5 điểm").text("'trích").decimal(2.25);
    w.endRow();
    const std::string& out = w.str();
    THEN("the file starts with a UTF-8 BOM and rows end with CRLF") {
        CHECK(out.rfind("\xEF\xBB\xBF", 0) == 0);
        CHECK(out.find("Nguyễn Thị Bưởi,\"có, dấu phẩy\",\"nói \"\"không\"\"\",42\r\n") !=
              std::string::npos);
    }
    THEN("text that a spreadsheet would run as a formula is marked as text") {
        CHECK(out.find("\"'=HYPERLINK(\"\"x\"\")\",'-5 điểm,''trích,2.3\r\n") != std::string::npos);
    }
    THEN("reading it back gives the same cells") {
        std::vector<Row> rows = parse(out.substr(3));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].cells[1] == "có, dấu phẩy");
        CHECK(unguard(rows[1].cells[0]) == "=HYPERLINK(\"x\")");
        CHECK(unguard(rows[1].cells[2]) == "'trích");
    }
}

SCENARIO("text arrives as UTF-8 or as Windows-1258") {
    const std::string vietnamese = "Câu hỏi: Tin nhắn lừa đảo, mã OTP, Đúng/Sai, người ở xã";
    WHEN("it is UTF-8 with a BOM") {
        DecodedText d = decode("\xEF\xBB\xBF" + vietnamese);
        CHECK(d.used == Encoding::Utf8);
        CHECK(d.text == vietnamese);
    }
    WHEN("it is Windows-1258 with combining tone marks") {
        std::string bytes = toWindows1258(vietnamese);
        REQUIRE(bytes != vietnamese);
        DecodedText d = decode(bytes);
        CHECK(d.used == Encoding::Windows1258);
        THEN("the marks are composed (NFC), as the game's fonts need") {
            CHECK(d.text == vietnamese);
        }
    }
    WHEN("UTF-8 is demanded but the bytes are not UTF-8") {
        DecodedText d = decode("ab\xC3(", Encoding::Utf8);
        CHECK_FALSE(d.text);
        CHECK(d.badOffset == 2);
    }
    CHECK(parseEncoding("cp1258") == Encoding::Windows1258);
    CHECK_FALSE(parseEncoding("latin1"));
}
