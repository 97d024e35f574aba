// The facilitator's guide (A4) and the learner handout (A5), Vietnamese and English, built to PDF
// with Debian's chromium (--headless --print-to-pdf) from docs/*.html, with the screenshots the
// screenshot tests just wrote (CTest fixture docs_screenshots) and the bundled font, then checked:
//  - in Chromium (print media, the page's content width): the bundled font loaded, every image
//    decoded, no element wider than its box, no unbreakable block taller than a page, the handout
//    shorter than one page and no text of it under 14 pt;
//  - in the PDF (poppler-utils): page count and size, every screenshot embedded at its own pixel
//    size (pdfimages -list), only the bundled DejaVu fonts and all embedded (pdffonts), the text
//    extracts with its diacritics and holds every word the page shows (pdftotext: nothing cut at a
//    page's edge), and, rasterised (pdftoppm), a blank band along every
//    page edge (nothing clipped or printed into the paper's edge).
// The rasterised pages are kept in OUT/pages/ for a person to look at.
//
// usage: node docs.test.mjs --source ROOT --build BUILD --cards EXE --out DIR
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { chromiumArgs } from '../web/support.mjs';

const { chromium } = createRequire(new URL('../web/package.json', import.meta.url))('playwright-core');
const { values: opt } = parseArgs({ options: {
  source: { type: 'string' }, build: { type: 'string' }, cards: { type: 'string' }, out: { type: 'string' },
  only: { type: 'string' },  // one document while writing it
} });
for (const k of ['source', 'build', 'cards', 'out']) assert.ok(opt[k], `--${k} is required`);

const MM = 96 / 25.4;  // CSS px per millimetre
// The paper and its margins, as in docs/print.css's @page rules.
const A4 = { name: 'A4', w: 210, h: 297, margin: { t: 14, r: 15, b: 15, l: 15 }, pts: [595.28, 841.89] };
const A5 = { name: 'A5', w: 148, h: 210, margin: { t: 7, r: 9, b: 7, l: 9 }, pts: [419.53, 595.28] };
const DOCS = [
  { file: 'facilitator-guide.vi', paper: A4, pages: [8, 12], words: ['Hướng dẫn cho người hướng dẫn', 'Rung chuông vàng', '--resume', 'Mạng riêng'] },
  { file: 'facilitator-guide.en', paper: A4, pages: [8, 12], words: ['Facilitator', 'Golden bell', '--resume', 'Private networks'] },
  { file: 'learner-handout.vi', paper: A5, pages: [1, 1], words: ['Đố Vui Số', 'Vào chơi', 'Tệp đã tải xuống'] },
  { file: 'learner-handout.en', paper: A5, pages: [1, 1], words: ['Đố Vui Số', 'Join', 'Downloads'] },
].filter((d) => !opt.only || d.file === opt.only);
// Where each screenshot comes from (the fixture tests that write them).
const SHOT_DIRS = [
  [path.join(opt.build, 'screenshots'), 'ui_host_screens'],
  [path.join(opt.build, 'tests/web/screenshots'), 'web_browser'],
  [path.join(opt.build, 'tests/web/screenshots-practice'), 'web_practice'],
  [path.join(opt.build, 'tests/web/screenshots-spot'), 'web_spot'],
];

const out = path.resolve(opt.out);
const site = path.join(out, 'site');
const pagesDir = path.join(out, 'pages');
fs.rmSync(site, { recursive: true, force: true });
fs.rmSync(pagesDir, { recursive: true, force: true });
for (const d of [site, path.join(site, 'fonts'), path.join(site, 'shots'), pagesDir]) fs.mkdirSync(d, { recursive: true });
const run = (exe, args) => execFileSync(exe, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const fail = (msg) => { throw new Error(msg); };

// ---- stage: the HTML and CSS, the bundled font, the screenshots each document names ----
fs.copyFileSync(path.join(opt.source, 'docs/print.css'), path.join(site, 'print.css'));
for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVu-LICENSE.txt'])
  fs.copyFileSync(path.join(opt.source, 'assets/fonts', f), path.join(site, 'fonts', f));
const shotsOf = {};
for (const doc of DOCS) {
  const html = fs.readFileSync(path.join(opt.source, 'docs', doc.file + '.html'), 'utf8');
  fs.writeFileSync(path.join(site, doc.file + '.html'), html);
  shotsOf[doc.file] = [...new Set([...html.matchAll(/src="shots\/([^"]+)"/g)].map((m) => m[1]))];
}
const pngSize = (file) => {
  const b = fs.readFileSync(file);
  assert.equal(b.toString('latin1', 1, 4), 'PNG', `${file} is not a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};
const sizes = {};
for (const name of new Set(Object.values(shotsOf).flat())) {
  const to = path.join(site, 'shots', name);
  if (name === 'card-a6.png') {
    // A real answer card from this build's dovui-cards, rasterised: the top-left A6 quarter.
    const roster = path.join(out, 'card-roster.csv');
    fs.writeFileSync(roster, '12,Nguyễn Thị Hoa\n');
    run(opt.cards, ['print', '--names', roster, '--size', 'a6', '-o', path.join(out, 'card.pdf')]);
    run('pdftoppm', ['-png', '-r', '150', '-singlefile', '-x', '0', '-y', '0', '-W', '618', '-H', '874',
      path.join(out, 'card.pdf'), to.replace(/\.png$/, '')]);
  } else {
    const found = SHOT_DIRS.map(([dir, test]) => [path.join(dir, name), test]).find(([f]) => fs.existsSync(f));
    if (!found) fail(`screenshot ${name} is missing from ${SHOT_DIRS.map((d) => d[0]).join(', ')} ` +
                     `(made by the tests ${SHOT_DIRS.map((d) => d[1]).join(', ')}: the fixture docs_screenshots)`);
    fs.copyFileSync(found[0], to);
  }
  sizes[name] = pngSize(to);
}
console.log(`staged ${Object.keys(sizes).length} pictures in ${site}`);

// ---- check the layout in Chromium, print media, at each paper's content width ----
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  for (const doc of DOCS) {
    const p = doc.paper;
    const width = Math.floor((p.w - p.margin.l - p.margin.r) * MM);
    const pageHeight = (p.h - p.margin.t - p.margin.b) * MM;
    const page = await browser.newPage({ viewport: { width, height: Math.ceil(pageHeight) } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.emulateMedia({ media: 'print' });
    await page.goto('file://' + path.join(site, doc.file + '.html'), { waitUntil: 'load' });
    const report = await page.evaluate(async ({ pageHeight, handout }) => {
      await document.fonts.ready;
      const problems = [];
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'DoVuiDoc');
      if (faces.length < 2) problems.push(`the bundled font has ${faces.length} faces (want regular and bold)`);
      for (const f of faces) if (f.status !== 'loaded') problems.push(`font DoVuiDoc ${f.weight}: ${f.status}`);
      for (const img of document.images)
        if (!img.complete || img.naturalWidth === 0) problems.push(`image not decoded: ${img.getAttribute('src')}`);
      const bodyBox = document.body.getBoundingClientRect();
      const label = (el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') +
        ` "${(el.textContent || el.getAttribute('src') || '').trim().slice(0, 40)}"`;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < bodyBox.left - 0.5 || r.right > bodyBox.right + 0.5)
          problems.push(`${label(el)} leaves the page's width (${Math.round(r.left)}..${Math.round(r.right)} of ${Math.round(bodyBox.right)} px)`);
        const style = getComputedStyle(el);
        const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (handout && ownText && parseFloat(style.fontSize) < 14 * 96 / 72 - 0.05)
          problems.push(`${label(el)} is set in ${(parseFloat(style.fontSize) * 72 / 96).toFixed(1)} pt: the handout's floor is 14 pt`);
        if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
          problems.push(`${label(el)} overflows its box (${el.scrollWidth} > ${el.clientWidth} px)`);
        const unbreakable = el.matches('figure, tr, .row, .box, .tip, .warn, .shots, .phones, img') ||
          style.breakInside === 'avoid';
        if (unbreakable && r.height > pageHeight)
          problems.push(`${label(el)} is taller than a page (${Math.round(r.height)} > ${Math.round(pageHeight)} px)`);
      }
      const tall = Math.ceil(document.body.getBoundingClientRect().bottom);
      if (handout && tall > pageHeight)
        problems.push(`the handout is ${tall} px tall, one page holds ${Math.floor(pageHeight)}`);
      return { problems, images: document.images.length, text: document.body.innerText };
    }, { pageHeight, handout: p === A5 });
    await page.close();
    const problems = [...errors, ...report.problems];
    if (problems.length) fail(`${doc.file}.html:\n  ${problems.join('\n  ')}`);
    doc.text = report.text;
    console.log(`layout ok: ${doc.file}.html (${report.images} images, content width ${width} px)`);
  }
} finally {
  await browser.close();
}

// ---- print with Debian's chromium, then check each PDF ----
const profile = fs.mkdtempSync(path.join(out, 'profile-'));
const summary = [];
try {
  for (const doc of DOCS) {
    const pdf = path.join(out, doc.file + '.pdf');
    fs.rmSync(pdf, { force: true });
    run('/usr/bin/chromium', [...chromiumArgs, `--user-data-dir=${profile}`, '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`, 'file://' + path.join(site, doc.file + '.html')]);
    assert.ok(fs.existsSync(pdf), `chromium wrote no ${pdf}`);

    const info = run('pdfinfo', [pdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
    const [, pw, ph] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info).map(Number);
    if (pages < doc.pages[0] || pages > doc.pages[1])
      fail(`${doc.file}.pdf has ${pages} pages, want ${doc.pages[0]}–${doc.pages[1]}`);
    if (Math.abs(pw - doc.paper.pts[0]) > 1.5 || Math.abs(ph - doc.paper.pts[1]) > 1.5)
      fail(`${doc.file}.pdf pages are ${pw}×${ph} pt, want ${doc.paper.name}`);

    // Every screenshot embedded, each at its own pixel size (Chromium keeps the picture whole).
    const images = run('pdfimages', ['-list', pdf]).split('\n').slice(2).filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/)).filter((c) => c[2] === 'image').map((c) => `${c[3]}x${c[4]}`);
    for (const name of shotsOf[doc.file]) {
      const want = `${sizes[name][0]}x${sizes[name][1]}`;
      if (!images.includes(want)) fail(`${doc.file}.pdf: ${name} (${want}) is not embedded; images: ${images.join(' ')}`);
    }

    // Only the bundled font, embedded.
    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter((l) => l.trim()).map((l) => {
      const c = l.trim().split(/\s+/);
      return { name: c[0].replace(/^[A-Z]{6}\+/, ''), emb: c[c.length - 5] };
    });
    if (!fonts.length) fail(`${doc.file}.pdf has no fonts`);
    for (const f of fonts) {
      if (!/^DejaVuSans(-Bold)?$/.test(f.name)) fail(`${doc.file}.pdf uses ${f.name}, not the bundled DejaVu Sans`);
      if (f.emb !== 'yes') fail(`${doc.file}.pdf: ${f.name} is not embedded`);
    }

    // The words are there, diacritics and all, and every word of the page made it onto paper:
    // Chromium cuts what lies outside a page's box, so a clipped line is a missing word here.
    const text = run('pdftotext', ['-layout', pdf, '-']).normalize('NFC').replace(/\s+/g, ' ');
    for (const w of doc.words) if (!text.includes(w)) fail(`${doc.file}.pdf: "${w}" not found in its text`);
    // Counted character by character (the PDF's reading order is not the page's): the PDF holds
    // every character the page shows at least as often, plus its page numbers and list markers.
    const count = (t) => { const m = new Map(); for (const c of t.normalize('NFC').replace(/\s+/g, '')) m.set(c, (m.get(c) || 0) + 1); return m; };
    const onPaper = count(text);
    const lost = [...count(doc.text)].filter(([c, n]) => (onPaper.get(c) || 0) < n)
      .map(([c, n]) => `'${c}' ${n - (onPaper.get(c) || 0)}×`);
    if (lost.length) fail(`${doc.file}.pdf: characters of the page missing from the PDF (cut at a page's edge?): ${lost.join(', ')}`);

    // Rasterised: a blank band along every edge of every page; the PNGs stay for a person to see.
    const dpi = 50;
    run('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(pagesDir, doc.file)]);
    const band = Math.round(4 / 25.4 * dpi);  // 4 mm
    for (let n = 1; n <= pages; n++) {
      const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(n), '-l', String(n), pdf]);
      const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
      const [w, h] = [Number(m[1]), Number(m[2])];
      const px = pgm.subarray(m[0].length);
      let dark = 0;
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++)
          if ((x < band || x >= w - band || y < band || y >= h - band) && px[y * w + x] < 235) dark++;
      if (dark) fail(`${doc.file}.pdf page ${n}: ${dark} dark pixels within 4 mm of the paper's edge`);
    }
    const line = `${doc.file}.pdf: ${pages} × ${doc.paper.name}, ${images.length} images ` +
      `(${shotsOf[doc.file].length} screenshots), fonts ${[...new Set(fonts.map((f) => f.name))].join(', ')} embedded`;
    summary.push(line);
    console.log('ok ' + line);
  }
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`PASS: ${summary.length} PDFs in ${out} (pages as PNG in ${pagesDir})`);
