// StaticSite: only loaded files can be reached; hostile paths never get to a lookup.
#include <doctest/doctest.h>

#include <fstream>

#include "dovui/server/static_site.hpp"
#include "web_test_support.hpp"

using namespace dovui::server;

SCENARIO("the page's folder is loaded once and looked up by URL path") {
    webtest::TempFolder folder;
    std::filesystem::create_directories(folder.path / "img");
    std::ofstream(folder.path / "index.html") << "<!DOCTYPE html>";
    std::ofstream(folder.path / "img" / "a b.png") << "png";
    std::ofstream(folder.path / ".hidden") << "secret";
    StaticSite site(folder.path.string());
    CHECK(site.size() == 2);

    auto root = site.find("/?pin=123456");
    REQUIRE(root.file);
    CHECK(root.file->contentType == "text/html; charset=utf-8");
    CHECK(root.file->etag.size() == 18);
    auto image = site.find("/img/a%20b.png#x");
    REQUIRE(image.file);
    CHECK(image.file->body == "png");
    CHECK(site.find("/.hidden").status == 404);
    CHECK(site.find("/img/").status == 404);

    for (const char* bad : {"/../index.html", "/img/../index.html", "/%2e%2e/index.html",
                            "/img%2f..%2findex.html", "/img\\..\\index.html", "/index.html%00",
                            "index.html", "/%", "/%4", "//index.html", "/./index.html"}) {
        CAPTURE(bad);
        CHECK(site.find(bad).status == 400);
    }
}

SCENARIO("a missing page folder says which folder") {
    CHECK_THROWS_WITH(StaticSite("/nonexistent/web"),
                      doctest::Contains("the browser page folder is missing: /nonexistent/web"));
    webtest::TempFolder empty;
    CHECK_THROWS_WITH(StaticSite(empty.path.string()), doctest::Contains("no index.html"));
}

SCENARIO("content types") {
    CHECK(contentTypeFor("app.js") == "text/javascript; charset=utf-8");
    CHECK(contentTypeFor("x.webmanifest") == "application/manifest+json; charset=utf-8");
    CHECK(contentTypeFor("font.woff2") == "font/woff2");
    CHECK(contentTypeFor("README") == "application/octet-stream");
    std::string out;
    CHECK(percentDecode("a%C3%A0b", out));
    CHECK(out ==
          "a\xC3\xA0"
          "b");
    CHECK(!percentDecode("%G0", out));
    CHECK(!percentDecode("%00", out));
}
