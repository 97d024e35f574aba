#include "html_page.hpp"

namespace dovui::report {
namespace {

// One style sheet for every report. Screen: a centred column; print: A4 with 12 mm margins,
// question cards never split across pages, table headers repeated.
constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef1f5; color: #1c2733;
  font: 14px/1.45 "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 28px 32px 40px; background: #fff; }
.brand { color: #0f5e7a; font-weight: 700; letter-spacing: .06em; text-transform: uppercase;
  font-size: 12px; }
h1 { font-size: 26px; margin: 4px 0 14px; line-height: 1.2; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 5px; border-bottom: 2px solid #0f5e7a;
  color: #0f3f52; break-after: avoid; }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px 18px; margin: 0 0 16px;
  padding: 12px 14px; background: #f5f8fa; border: 1px solid #dde5ec; border-radius: 8px; }
.facts div { min-width: 0; }
.facts dt { font-size: 11px; color: #5b6b7a; text-transform: uppercase; letter-spacing: .04em; }
.facts dd { margin: 1px 0 0; font-weight: 600; overflow-wrap: anywhere; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 14px 0 4px; }
.kpi { border: 1px solid #dde5ec; border-radius: 8px; padding: 10px 12px; }
.kpi b { display: block; font-size: 24px; color: #0f5e7a; line-height: 1.1; }
.kpi span { font-size: 12px; color: #5b6b7a; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { padding: 5px 8px; text-align: left; vertical-align: top; }
th { font-size: 12px; color: #42515f; background: #f0f4f7; border-bottom: 1px solid #cfd8e0; }
td { border-bottom: 1px solid #e6ebf0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.top td { font-weight: 600; }
.ranking th:first-child { width: 8%; }
.ranking th:nth-child(2) { width: 40%; }
.ranking th.num { width: 11%; }
.medal { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 11px;
  text-align: center; background: #e6ebf0; font-weight: 700; }
.medal.m1 { background: #f5c542; } .medal.m2 { background: #cfd6dd; } .medal.m3 { background: #e2a877; }
.note { color: #6b7a89; font-size: 12px; }
.revisit { border-left: 4px solid #d97706; background: #fff8ec; border-radius: 0 8px 8px 0;
  padding: 10px 14px; margin: 0 0 10px; break-inside: avoid; }
.revisit h3 { margin: 0 0 4px; font-size: 15px; }
.revisit p { margin: 4px 0; }
.revisit .why { color: #7a4a05; }
.q { border: 1px solid #dde5ec; border-radius: 8px; padding: 10px 14px 8px; margin: 0 0 12px;
  break-inside: avoid; }
.q header { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; }
.qno { font-weight: 700; color: #0f5e7a; }
.tag { font-size: 11px; padding: 1px 7px; border-radius: 9px; background: #eef2f6; color: #42515f; }
.q .stat { margin-left: auto; font-size: 12px; color: #42515f; white-space: nowrap; }
.qtext { margin: 6px 0 8px; font-weight: 600; }
.bars td { border: 0; padding: 3px 6px; vertical-align: middle; }
.bars td.letter { width: 26px; font-weight: 700; color: #42515f; }
.bars td.opt { width: 48%; }
.bars td.bar { width: 34%; vertical-align: middle; }
.bars td.pct { width: 70px; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.bars tr.right td.opt, .bars tr.right td.letter { color: #156b2f; font-weight: 700; }
.bars svg { display: block; width: 100%; height: 14px; }
.answer { margin: 6px 0 2px; font-size: 13px; }
.explain { margin: 2px 0 4px; font-size: 13px; color: #42515f; }
.grid { font-size: 11.5px; table-layout: fixed; }
.grid th, .grid td { padding: 3px 2px; text-align: center; vertical-align: middle;
  border-left: 1px solid #fff; overflow-wrap: anywhere; }
.grid th.name { width: 20%; }
.grid th.total { width: 9%; }
.grid td.name, .grid th.name { text-align: left; padding-left: 6px; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; }
.grid td.total, .grid th.total { text-align: right; padding-right: 6px; }
.grid td.ok { background: #e3f4e8; color: #145c29; }
.grid td.no { background: #fbe7e6; color: #8c1d18; }
.grid td.poll { background: #f0f2f5; }
.grid td small { display: block; color: #5b6b7a; font-size: 10px; }
.heat td.cell { text-align: center; font-variant-numeric: tabular-nums; }
.tally td:first-child, .tally th:first-child { width: 40%; }
.chart svg { width: 100%; height: auto; display: block; }
footer { margin-top: 26px; padding-top: 8px; border-top: 1px solid #dde5ec; font-size: 11px;
  color: #6b7a89; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 13.5pt; margin-top: 16pt; }
  .facts, .kpis { grid-template-columns: repeat(4, 1fr); }
  .grid { font-size: 8pt; }
}
)css";

}  // namespace

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

HtmlPage::HtmlPage(Lang lang, std::string_view title) {
    m_html = "<!DOCTYPE html>\n<html lang=\"";
    m_html += lang == Lang::Vi ? "vi" : "en";
    m_html += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    m_html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    m_html += "<meta name=\"generator\" content=\"dovui-report\">\n<title>";
    m_html += escapeHtml(title);
    m_html += "</title>\n<style>";
    m_html += kStyle;
    m_html += "</style>\n</head>\n<body>\n<main>\n";
}

HtmlPage& HtmlPage::raw(std::string_view html) {
    m_html += html;
    return *this;
}

HtmlPage& HtmlPage::text(std::string_view text) {
    m_html += escapeHtml(text);
    return *this;
}

HtmlPage& HtmlPage::element(std::string_view tag, std::string_view cls, std::string_view text) {
    m_html += "<";
    m_html += tag;
    if (!cls.empty()) {
        m_html += " class=\"";
        m_html += cls;
        m_html += "\"";
    }
    m_html += ">";
    m_html += escapeHtml(text);
    m_html += "</";
    m_html += tag;
    m_html += ">";
    return *this;
}

std::string HtmlPage::finish() {
    m_html += "</main>\n</body>\n</html>\n";
    return std::move(m_html);
}

void kpi(HtmlPage& page, const std::string& value, const std::string& label) {
    page.raw("<div class=\"kpi\"><b>")
        .text(value)
        .raw("</b><span>")
        .text(label)
        .raw("</span></div>");
}

}  // namespace dovui::report
