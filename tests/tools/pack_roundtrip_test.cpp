// Every bundled pack (and a schema-2 test pack with every teaching field and span form) comes
// back unchanged from the JSON writer and from a spreadsheet export → import round trip.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dovui/core/pack.hpp"
#include "dovui/core/pack_writer.hpp"
#include "import_sheet.hpp"
#include "sheet_export.hpp"
#include "sheet_test_support.hpp"

using namespace dovui;
using namespace dovui::pack;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

core::Pack loadPack(const fs::path& path) {
    core::PackLoadResult loaded = core::parsePack(readFile(path));
    REQUIRE_MESSAGE(loaded.pack,
                    (loaded.problems.empty() ? std::string()
                                             : core::describe(loaded.problems[0], core::Lang::En)));
    return std::move(*loaded.pack);
}

/// Every pack a class can pick, plus the test pack that holds every schema-2 form.
std::vector<fs::path> packsToRoundTrip() {
    std::vector<fs::path> out;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(DOVUI_ASSETS_DIR) / "packs"))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    out.push_back(fs::path(DOVUI_TOOLS_TEST_DATA) / "teaching-pack.json");
    return out;
}

void checkSamePack(const core::Pack& a, const core::Pack& b) {
    CHECK(a.schemaVersion == b.schemaVersion);
    CHECK(a.id == b.id);
    CHECK(a.language == b.language);
    CHECK(a.title == b.title);
    CHECK(a.description == b.description);
    CHECK(a.topics == b.topics);
    CHECK(a.sources == b.sources);
    REQUIRE(a.questions.size() == b.questions.size());
    for (std::size_t i = 0; i < a.questions.size(); ++i) {
        const core::Question &qa = a.questions[i], &qb = b.questions[i];
        CAPTURE(qa.id);
        CHECK(qa.kind == qb.kind);
        CHECK(qa.text == qb.text);
        CHECK(qa.options == qb.options);
        CHECK(qa.correct == qb.correct);
        CHECK(qa.difficulty == qb.difficulty);
        CHECK(qa.techniques == qb.techniques);
        CHECK(qa.series == qb.series);
        CHECK(qa.genuineCard == qb.genuineCard);
        CHECK(qa.card == qb.card);
        CHECK(qa == qb);  // and every other field
    }
}

}  // namespace

SCENARIO("a bundled pack written as JSON reads back the same") {
    for (const fs::path& path : packsToRoundTrip()) {
        CAPTURE(path.string());
        core::Pack pack = loadPack(path);
        std::string json = core::packToJson(pack);
        CHECK(json.find("\"schemaVersion\": 2") != std::string::npos);
        core::PackLoadResult again = core::parsePack(json);
        REQUIRE_MESSAGE(again.pack, (again.problems.empty()
                                         ? std::string()
                                         : core::describe(again.problems[0], core::Lang::En)));
        checkSamePack(pack, *again.pack);
        CHECK(core::packToJson(*again.pack) == json);
    }
}

SCENARIO("a bundled pack exported to a spreadsheet imports back the same") {
    for (const fs::path& path : packsToRoundTrip()) {
        CAPTURE(path.string());
        core::Pack pack = loadPack(path);
        for (core::Lang lang : {core::Lang::Vi, core::Lang::En}) {
            std::string sheet = packToSheet(pack, lang);
            ImportSettings settings;  // no id, title or language given: the sheet's own
            settings.defaultPackId = "wrong-id";
            settings.defaultTitle = "wrong title";
            ImportResult back = importSheet(sheet, settings);
            REQUIRE_MESSAGE(back.pack, test::errors(back));
            CHECK(back.errors.empty());
            checkSamePack(pack, *back.pack);
        }
    }
}

SCENARIO("the schema-2 forms survive the spreadsheet as a teacher sees them") {
    core::Pack pack = loadPack(fs::path(DOVUI_TOOLS_TEST_DATA) / "teaching-pack.json");
    std::string sheet = packToSheet(pack, core::Lang::Vi);
    THEN("spans are marked [[…]] in the card columns, numbered only when out of reading order") {
        CHECK(sheet.find("[[SenVangBank]]") != std::string::npos);
        CHECK(sheet.find("Xac thuc ngay: [[senvang-baomat[.]vip]] [[truoc 23h59]]") !=
              std::string::npos);
        CHECK(sheet.find("[[2|0912 xxx 345]]") != std::string::npos);
        CHECK(sheet.find("Chào bác, tôi gọi từ [[3|ngân hàng]].") != std::string::npos);
        CHECK(sheet.find("Bác [[1 otp|đọc giúp tôi mã OTP]] vừa gửi nhé.") != std::string::npos);
        CHECK(sheet.find("Bác [[gửi cháu]] mã OTP nhé, gửi [[mã OTP]] ngay") != std::string::npos);
    }
    THEN("difficulty, technique ids, series and genuine have their columns") {
        CHECK(sheet.find("difficulty,techniques,series,explanation") != std::string::npos);
        CHECK(sheet.find(",2,\"link-app, urgency\",senvang,") != std::string::npos);
        CHECK(sheet.find("card_type,card_genuine,card_from") != std::string::npos);
        CHECK(sheet.find(",sms,thật,SenVangBank,") != std::string::npos);
        CHECK(sheet.find(",sms,giả,[[SenVangBank]],") != std::string::npos);
    }
    THEN("the JSON writes a span by its words, or by offsets when the words came earlier") {
        std::string json = core::packToJson(pack);
        CHECK(json.find("\"text\": \"senvang-baomat[.]vip\"") != std::string::npos);
        CHECK(json.find("\"begin\": 37") != std::string::npos);
        CHECK(json.find("\"id\": \"otp\"") != std::string::npos);
        CHECK(json.find("\"id\": \"s2\"") == std::string::npos);
    }
}

SCENARIO("dovui-pack new starts a teacher on schema 2") {
    for (const char* name : {"new-pack.vi.json", "new-pack.en.json"}) {
        CAPTURE(name);
        fs::path path = fs::path(DOVUI_ASSETS_DIR) / "templates" / name;
        CHECK(readFile(path).find("\"schemaVersion\": 2,") != std::string::npos);
        core::Pack pack = loadPack(path);
        bool spot = false, genuine = false;
        for (const core::Question& q : pack.questions) {
            CHECK_FALSE(q.techniques.empty());
            spot = spot || q.kind == core::QuestionKind::Spot;
            genuine = genuine || (q.card && q.genuineCard);
        }
        CHECK(spot);
        CHECK(genuine);
    }
}
