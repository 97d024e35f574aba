// Every tile on the first screen (issue 11): for the longest question of every kind and card
// kind in every bundled pack, a phone at 360×740 and one at 320×568 show the question, the
// card's key lines, every answer tile and the send button without scrolling, checked with the
// elements' bounding boxes in Debian's chromium. Also: the folded card opens whole on a tap.
// Spot questions (tap the red flag, issue 13): every span of the card on the first screen, each
// of its line boxes at least 44 px tall, text at least 15 px, "Gửi câu trả lời" in view (also
// after a span is chosen). The bundled packs' spot questions and those of tests/web/packs.
//
// usage: node browser_fit.test.mjs --server EXE --assets DIR [--shots DIR]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, freeTcpPort, freeUdpPort, joinPhone, newPhone, startServer, tempDir } from './support.mjs';

const { values: opt } = parseArgs({ options: {
  server: { type: 'string' }, bots: { type: 'string' }, assets: { type: 'string' }, shots: { type: 'string' } } });
for (const key of ['server', 'assets']) if (!opt[key]) throw new Error(`--${key} is required`);
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);
const PIN = 424242;
const SIZES = [[360, 740], [320, 568]];
const MIN_TILE_FONT_PX = 15;
const MIN_SPAN_HEIGHT_PX = 44;
const here = path.dirname(fileURLToPath(import.meta.url));

/** The longest two questions of each (kind, card kind) of a pack, the hardest to fit, and every
 *  spot question. */
function hardestQuestions(pack) {
  const groups = new Map();
  const size = (q) => q.text.length + (q.options || []).join('').length + JSON.stringify(q.card || {}).length;
  for (const q of pack.questions) {
    const key = `${q.kind}/${q.card ? q.card.type : '-'}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(q);
  }
  const picked = [];
  for (const list of groups.values()) picked.push(...list.sort((a, b) => size(b) - size(a)).slice(0, 2));
  // Every spot question: its spans are its answers, each must be on the first screen.
  for (const q of pack.questions) if (q.kind === 'spot' && !picked.includes(q)) picked.push(q);
  return picked;
}

/** What the learner sees without scrolling; every failure names the element. */
async function measure(page) {
  return page.evaluate(() => {
    const h = window.innerHeight;
    const box = (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; };
    const inView = (e) => { const b = box(e); return b.height > 0 && b.top >= -0.5 && b.bottom <= h + 0.5; };
    const tiles = [...document.querySelectorAll('#screen .tile')];
    const card = document.querySelector('#screen .card');
    const keys = card ? [...card.querySelectorAll('.card-body .key')].filter((k) => k.offsetParent !== null) : [];
    const confirm = document.querySelector('#screen [data-action=confirm]');
    // The spans on the card, and any the card cannot draw, offered as tiles below it.
    const spans = [...document.querySelectorAll('#screen .card .spot, #screen .spot-tiles .tile')].map((s) => ({
      rects: [...s.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom, height: r.height })),
      font: parseFloat(getComputedStyle(s).fontSize) }));
    return {
      spans: spans.map((s) => ({ inView: s.rects.length > 0 && s.rects.every((r) => r.top >= -0.5 && r.bottom <= h + 0.5),
        minHeight: Math.min(...s.rects.map((r) => r.height)), font: s.font })),
      fit: document.body.dataset.fit + (document.body.classList.contains('fit-max') ? '+' : ''), scrollY: window.scrollY,
      overflow: document.documentElement.scrollHeight - h,
      text: inView(document.querySelector('#screen .q-text')),
      tiles: tiles.map(inView), tileFonts: tiles.map((t) => parseFloat(getComputedStyle(t).fontSize)),
      card: card ? inView(card.querySelector('.card-head')) && keys.length > 0 && keys.every(inView) : null,
      cut: card ? card.classList.contains('cut') : false,
      confirm: confirm ? inView(confirm) : null,
    };
  });
}

async function checkPack(browser, packFile, shotsDir, failures) {
  const pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
  pack.questions = hardestQuestions(pack).map((q) => ({ ...q, time: 240 }));
  const work = tempDir('dovui-fit-');
  const file = path.join(work, 'fit-pack.json');
  fs.writeFileSync(file, JSON.stringify(pack));
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const server = startServer(opt.server, ['--pack', file, '--port', gamePort, '--info-port', infoPort,
    '--web-port', webPort, '--pin', PIN, '--data-dir', work, '--name', 'Thử bố cục'].map(String));
  await server.ready;
  const url = `http://127.0.0.1:${webPort}/?pin=${PIN}`;
  const phones = [];
  for (const [w, h] of SIZES) {
    const page = await newPhone(browser, w, h, (e) => failures.push(`${w}x${h}: page error ${e.message}`));
    await joinPhone(page, url, `Máy ${w}`);
    phones.push({ page, w, h });
  }
  server.command('start');
  let sheetChecked = false;
  for (let i = 0; i < pack.questions.length; i++) {
    const q = pack.questions[i];
    for (const { page, w, h } of phones) {
      await page.waitForFunction((n) => DoVui.state.screen === 'question' && DoVui.state.question.index === n,
        i, { timeout: 20000, polling: 50 });
      await page.waitForTimeout(60);
      const m = await measure(page);
      const where = `${path.basename(packFile)} ${q.id} (${q.kind}/${q.card ? q.card.type : '-'}) at ${w}x${h}, fit ${m.fit}`;
      if (m.scrollY !== 0 || m.overflow > 1) failures.push(`${where}: the page scrolls (${m.overflow}px too tall)`);
      if (!m.text) failures.push(`${where}: the question text is not all on screen`);
      m.tiles.forEach((ok, t) => { if (!ok) failures.push(`${where}: tile ${t + 1} is below the fold`); });
      m.tileFonts.forEach((px, t) => { if (px < MIN_TILE_FONT_PX) failures.push(`${where}: tile ${t + 1} text ${px}px`); });
      if (m.card === false) failures.push(`${where}: the card's head or key lines are not on screen`);
      if (m.confirm === false) failures.push(`${where}: the send button is below the fold`);
      if (q.kind === 'spot') {
        const count = q.card.spans.length;
        if (m.spans.length !== count) failures.push(`${where}: ${m.spans.length} of ${count} spans drawn on the card`);
        if (m.confirm !== true) failures.push(`${where}: no "Gửi câu trả lời" on the first screen`);
        m.spans.forEach((sp, n) => {
          if (!sp.inView) failures.push(`${where}: span ${n + 1} is not all on the first screen`);
          if (sp.minHeight < MIN_SPAN_HEIGHT_PX) failures.push(`${where}: span ${n + 1} is ${sp.minHeight.toFixed(1)}px tall to tap`);
          if (sp.font < MIN_TILE_FONT_PX) failures.push(`${where}: span ${n + 1} text ${sp.font}px`);
        });
        // Choosing a span (the last, often the longest line) keeps everything on the first screen.
        await page.locator(`#screen .spot[data-option="${count - 1}"]`).tap();
        await page.waitForTimeout(40);
        const after = await measure(page);
        if (after.scrollY !== 0 || after.overflow > 1) failures.push(`${where}: the page scrolls after a span is chosen`);
        if (after.confirm !== true) failures.push(`${where}: "Gửi câu trả lời" leaves the screen after a span is chosen`);
        if (after.spans.some((sp) => !sp.inView)) failures.push(`${where}: a span leaves the screen after one is chosen`);
        const status = await page.evaluate(() => {
          const st = document.querySelector('#screen .spot-status').getBoundingClientRect();
          const c = document.querySelector('#screen [data-action=confirm]').getBoundingClientRect();
          return st.height > 0 && st.bottom <= c.top + 0.5;
        });
        if (!status) failures.push(`${where}: the "Bạn chọn" line is hidden under the send button`);
        spotsChecked.push(`${q.id}@${w}`);
      }
      if (shotsDir && (q.card || q.kind === 'multi') && (w === 320 || q.kind === 'spot'))
        await page.screenshot({ path: path.join(shotsDir, `web-fit-${w}-${q.id}.png`) });
      if (!sheetChecked && m.cut && q.kind !== 'spot') {
        // The folded card opens whole over the tiles, and closes back to the same question.
        await page.locator('#screen .card').tap();
        await page.waitForFunction(() => !document.getElementById('cardSheet').hidden, null, { timeout: 3000 });
        if (shotsDir) await page.screenshot({ path: path.join(shotsDir, 'web-card-sheet.png') });
        await page.locator('#cardSheet button').tap();
        assert.ok(await page.evaluate(() => document.getElementById('cardSheet').hidden), 'the sheet closes');
        assert.equal(await page.evaluate(() => DoVui.state.screen), 'question');
        sheetChecked = true;
      }
    }
    server.command('skip');
    server.command('next');
    server.command('next');
  }
  await server.quit();
  for (const { page } of phones) await page.context().close();
  log(`${path.basename(packFile)}: ${pack.questions.length} questions at ${SIZES.map((s) => s.join('x')).join(', ')}`);
  return sheetChecked;
}

const spotsChecked = [];

async function main() {
  const packs = [];
  for (const lang of fs.readdirSync(path.join(opt.assets, 'packs')))
    for (const f of fs.readdirSync(path.join(opt.assets, 'packs', lang)))
      if (f.endsWith('.json')) packs.push(path.join(opt.assets, 'packs', lang, f));
  // The test pack's spot questions on every card kind (the bundled packs' own come with them).
  packs.push(path.join(here, 'packs', 'spot-test.json'));
  const shotsDir = opt.shots || null;
  if (shotsDir) fs.mkdirSync(shotsDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const failures = [];
  let sheets = 0;
  try {
    for (const p of packs) sheets += (await checkPack(browser, p, shotsDir, failures)) ? 1 : 0;
  } finally {
    await browser.close();
  }
  assert.ok(sheets > 0, 'some card was folded, and its sheet was tried');
  log(`spot questions checked: ${spotsChecked.length} (${spotsChecked.join(' ')})`);
  assert.ok(spotsChecked.length >= 10, 'spot questions of every card kind at both sizes');
  if (failures.length) {
    console.error(failures.join('\n'));
    throw new Error(`${failures.length} layout problems`);
  }
  log('PASS: every question, card key line, tile and send button on the first screen');
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
