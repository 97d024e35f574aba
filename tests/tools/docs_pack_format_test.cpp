// docs/pack-format.md says what the code does: its techniques table is the core's, word for
// word, and its spreadsheet example imports as the spot question it describes.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "dovui/core/technique.hpp"
#include "import_sheet.hpp"
#include "sheet_test_support.hpp"

using namespace dovui;

namespace {

std::string packFormatDoc() {
    std::ifstream in(std::string(DOVUI_DOCS_DIR) + "/pack-format.md", std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("the techniques table in docs/pack-format.md is the core's") {
    const std::string doc = packFormatDoc();
    for (const core::TechniqueInfo& t : core::techniqueTable()) {
        std::string row = "| `" + std::string(t.id) + "` | " + std::string(t.nameVi) + " | " +
                          std::string(t.nameEn) + " | " + std::string(t.describeVi) + " | " +
                          std::string(t.describeEn) + " |";
        CAPTURE(row);
        CHECK(doc.find(row) != std::string::npos);
    }
}

TEST_CASE("the documented spot row imports as documented") {
    const std::string sheet =
        "kind,question,correct,explanation,topic,card_type,card_from,card_detail,card_text\n"
        "spot,Chạm vào chỗ đáng ngờ.,2,Đường link lạ: không bấm.,SMS,sms,[[SenVangBank]],21:10,"
        "Xac thuc ngay: [[senvang-baomat[.]vip]] truoc 23h59\n";
    CHECK(packFormatDoc().find("| spot | 2 | sms | `[[SenVangBank]]` | 21:10 | `Xac thuc ngay: "
                               "[[senvang-baomat[.]vip]] truoc 23h59` |") != std::string::npos);
    pack::ImportSettings settings;
    settings.packId = "doc";
    pack::ImportResult r = pack::importSheet(sheet, settings);
    REQUIRE_MESSAGE(r.pack, pack::test::errors(r));
    const core::Question& q = r.pack->questions[0];
    CHECK(q.kind == core::QuestionKind::Spot);
    CHECK(q.options == std::vector<std::string>{"SenVangBank", "senvang-baomat[.]vip"});
    CHECK(q.correct == std::vector<std::uint8_t>{1});
}
