// The bundled packs teach judgement (issue 13): measured with the same code `dovui-pack check`
// uses, they give no guessability warning, mix genuine messages in, tag techniques their
// explanations name, and hold enough tap-the-red-flag questions.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core_test_support.hpp"
#include "dovui/core/pack_audit.hpp"

using namespace dovui::core;

namespace {

std::vector<Pack> bundledPacks() {
    std::vector<Pack> packs;
    for (const auto& [path, text] : test::bundledPackTexts()) {
        PackLoadResult r = parsePack(text);
        REQUIRE_MESSAGE(r.pack, path.string());
        packs.push_back(std::move(*r.pack));
    }
    return packs;
}

std::vector<const Question*> questionsOf(const std::vector<const Pack*>& packs) {
    std::vector<const Question*> out;
    for (const Pack* p : packs)
        for (const Question& q : p->questions)
            out.push_back(&q);
    return out;
}

std::string warningsText(const GuessFigures& f) {
    std::string out;
    for (const AuditWarning& w : guessWarnings(f))
        out += describe(w, Lang::En) + "\n";
    return out;
}

}  // namespace

TEST_CASE("every bundled pack, and every language's packs together, give no guessability warning") {
    std::vector<Pack> packs = bundledPacks();
    REQUIRE(packs.size() >= 3);
    std::map<std::string, std::vector<const Pack*>> byLanguage;
    for (const Pack& pack : packs) {
        CAPTURE(pack.id);
        GuessFigures f = measureGuessability(questionsOf({&pack}));
        INFO(warningsText(f));
        CHECK(guessWarnings(f).empty());
        std::vector<std::string> teaching = teachingWarnings(pack, Lang::En);
        INFO((teaching.empty() ? "" : teaching.front()));
        CHECK(teaching.empty());
        byLanguage[pack.language].push_back(&pack);
    }
    for (const auto& [language, group] : byLanguage) {
        CAPTURE(language);
        GuessFigures f = measureGuessability(questionsOf(group));
        INFO(warningsText(f));
        CHECK(guessWarnings(f).empty());
    }
}

TEST_CASE("the Vietnamese content is big and varied enough to teach every technique") {
    std::vector<Pack> packs = bundledPacks();
    std::vector<const Pack*> vi;
    for (const Pack& p : packs)
        if (p.language == "vi")
            vi.push_back(&p);
    GuessFigures f = measureGuessability(questionsOf(vi));
    const Pack* main = nullptr;
    for (const Pack* p : vi)
        if (p->questions.size() > (main ? main->questions.size() : 0))
            main = p;
    REQUIRE(main);
    CHECK(main->questions.size() >= 240);
    for (const Topic& topic : main->topics) {
        CAPTURE(topic.id);
        auto count =
            std::count_if(main->questions.begin(), main->questions.end(), [&](const Question& q) {
                return std::find(q.topics.begin(), q.topics.end(), topic.id) != q.topics.end();
            });
        CHECK(count >= 20);
    }
    CHECK(f.spots >= 25);
    CHECK(f.genuineCards * 100 >= 30 * f.cards);
    for (const TechniqueInfo& info : techniqueTable()) {
        CAPTURE(info.id);
        CHECK(f.byTechnique[static_cast<std::size_t>(info.technique)] >= 10);
    }
    for (std::size_t d = 1; d <= kMaxDifficulty; ++d)
        CHECK(f.byDifficulty[d] * 10 >= f.questions);  // every difficulty ≥ 10 %
    for (const Question* q : questionsOf(vi))
        if (q->kind == QuestionKind::Spot) {
            CAPTURE(q->id);
            CHECK_FALSE(q->genuineCard);  // a red flag to tap means a scam
        }
}

TEST_CASE("no card, question or option names a domain authorities reported as a scam site") {
    // From ../shared/content-facts.md §3.2, §3.5 and §5.3: look-alike sites seen in real scams.
    const std::vector<std::string> reported = {
        "dichvucongg",          "dichvucongs",         "nfgov", "lgovn", "dienlucevn",
        "dinhdanh-vneid[.]top", "dichvucong-gov[.]top"};
    for (const Pack& pack : bundledPacks())
        for (const Question& q : pack.questions) {
            std::string text = q.text + " " + q.explanation;
            for (const std::string& o : q.options)
                text += " " + o;
            if (q.card)
                for (const CardField& f : cardFields(q.card->body))
                    text += " " + f.text;
            for (const std::string& domain : reported) {
                CAPTURE(q.id);
                CAPTURE(domain);
                CHECK(text.find(domain) == std::string::npos);
            }
        }
}
