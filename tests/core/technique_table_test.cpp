// One table of techniques (issue 13): the core's names and descriptions are written to
// tests/golden/techniques.json, which the phone page's table (assets/web/techniques.js) must
// match (tests/web/techniques.test.mjs). A change here fails until the file is rewritten with
// DOVUI_UPDATE_GOLDEN=1 and the page follows.
#include <doctest/doctest.h>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "dovui/core/technique.hpp"
#include "golden_text.hpp"

using namespace dovui::core;

namespace {

std::string tableJson() {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    auto str = [&](std::string_view s) {
        w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    };
    w.StartArray();
    for (const TechniqueInfo& info : techniqueTable()) {
        w.StartObject();
        w.Key("id");
        str(info.id);
        w.Key("nameVi");
        str(info.nameVi);
        w.Key("nameEn");
        str(info.nameEn);
        w.Key("describeVi");
        str(info.describeVi);
        w.Key("describeEn");
        str(info.describeEn);
        w.EndObject();
    }
    w.EndArray();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

TEST_CASE("the technique table the phone page shows is the core's own") {
    dovui::core::test::checkGoldenText(
        "techniques.json", tableJson(),
        "the technique table changed: rewrite tests/golden/techniques.json with "
        "DOVUI_UPDATE_GOLDEN=1, then make assets/web/techniques.js follow (the web test "
        "techniques_page checks it)");
    for (const TechniqueInfo& info : techniqueTable())
        CHECK(parseTechnique(info.id) == info.technique);
}
