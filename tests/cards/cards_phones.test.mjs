// The issue-15 class (design.md §1): one match on dovui-host (under Xvfb) with 20 learners
// holding printed cards, read from a generated classroom video through --camera FILE, 5 phones
// on the browser page (Debian's chromium through playwright-core, as tests/web does) and 8
// dovui-bots on ENet. Every answer must be in the SQLite store: each card's (card N shows
// answer N % 2), each phone's, each bot's that was acknowledged.
//
// usage: node cards_phones.test.mjs --host EXE --bots EXE --video EXE --assets DIR --display RUNNER
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { chromiumArgs, freeTcpPort, freeUdpPort, joinPhone, newPhone, query, tempDir, waitScreen }
  from '../web/support.mjs';

// playwright-core lives in tests/web's node_modules (run-browser-test installs it there).
const { chromium } = createRequire(new URL('../web/package.json', import.meta.url))('playwright-core');

const { values: opt } = parseArgs({ options: {
  host: { type: 'string' }, bots: { type: 'string' }, video: { type: 'string' },
  assets: { type: 'string' }, display: { type: 'string' } } });
for (const key of ['host', 'bots', 'video', 'assets', 'display']) if (!opt[key]) throw new Error(`--${key} is required`);

const CARDS = 20;
const PHONES = ['Bà Năm', 'Chú Tư', 'Cô Hạnh', 'Anh Sáu', 'Chị Bảy'];
const BOTS = 8;
const QUESTIONS = 5;
const PIN = 357913;
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);

async function waitForHttp(url, ms) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    if (Date.now() > until) throw new Error(`${url} did not answer in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One phone from the waiting room to the podium, tapping an option on every question. */
async function play(page, index) {
  let last = -1;
  for (;;) {
    await page.waitForFunction((l) => {
      const s = DoVui.state;
      return s.screen === 'podium' || (s.screen === 'question' && s.question.index !== l);
    }, last, { timeout: 90000, polling: 50 });
    if (await page.evaluate(() => DoVui.state.screen) === 'podium') return;
    const q = await page.evaluate(() => DoVui.state.question);
    last = q.index;
    const tiles = page.locator('.tile');
    if (q.kind === 'multi' || q.kind === 'order') {
      const order = q.kind === 'order' ? [...Array(q.optionCount).keys()] : [0];
      for (const i of order) await tiles.nth(i).tap();
      await page.locator('[data-action=confirm]').tap();
    } else if (q.kind === 'spot') {
      // Tap the red flag on the card (or its fallback tile), then the confirm.
      const pick = (index + q.index) % q.optionCount;
      const span = page.locator(`#screen .card .spot[data-option="${pick}"]`);
      await ((await span.count()) ? span.first() : tiles.nth(pick)).tap();
      await page.locator('[data-action=confirm]').tap();
    } else {
      await tiles.nth((index + q.index) % q.optionCount).tap();
    }
    await waitScreen(page, ['sent', 'reveal', 'leaderboard', 'podium']);
  }
}

async function main() {
  const work = tempDir('dovui-cards-phones-');
  execFileSync(opt.video, [path.join(work, 'class.avi'), '--cards', String(CARDS), '--lowered', '10',
    '--frames', '12', '--seed', '15']);
  fs.writeFileSync(path.join(work, 'lop.csv'),
    'số,tên\n' + [...Array(CARDS).keys()].map((i) => `${i + 1},Học viên thẻ ${i + 1}\n`).join(''));
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const host = spawn(opt.display, [opt.host, '--pack', path.join(opt.assets, 'packs/vi/buoi-hoc-dau-tien.json'),
    '--port', gamePort, '--info-port', infoPort, '--web-port', webPort, '--pin', PIN,
    '--data-dir', path.join(work, 'data'), '--settings', path.join(work, 'host.conf'),
    '--questions', QUESTIONS, '--camera', path.join(work, 'class.avi'), '--cards', path.join(work, 'lop.csv'),
    '--auto-start', CARDS + PHONES.length + BOTS, '--auto-advance-ms', 1500, '--exit-at-podium',
    '--no-sound', '--width', 1024, '--height', 768].map(String), { stdio: ['ignore', 'pipe', 'pipe'] });
  let hostOut = '';
  host.stdout.on('data', (c) => { hostOut += c; });
  host.stderr.on('data', (c) => { hostOut += c; });
  const hostDone = new Promise((resolve) => host.on('exit', resolve));
  const url = `http://127.0.0.1:${webPort}/?pin=${PIN}`;
  await waitForHttp(url, 20000);
  log('host up:', url);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  let bots;
  try {
    const pages = [];
    for (const name of PHONES) {
      const page = await newPhone(browser, 360, 740, (e) => { throw new Error(`${name}: page error ${e.message}`); });
      await joinPhone(page, url, name);
      pages.push(page);
    }
    log(`${PHONES.length} phones waiting; ${BOTS} bots join`);
    bots = spawn(opt.bots, ['--port', gamePort, '--pin', PIN, '--players', BOTS, '--think-ms', '300..1500',
      '--timeout', 150, '--seed', 5].map(String), { stdio: ['ignore', 'pipe', 'pipe'] });
    let botOut = '';
    bots.stdout.on('data', (c) => { botOut += c; });
    await Promise.all(pages.map((p, i) => play(p, i)));
    const hostCode = await hostDone;
    assert.equal(hostCode, 0, `dovui-host exits at the podium:\n${hostOut}`);
    await new Promise((resolve) => (bots.exitCode !== null ? resolve() : bots.on('exit', resolve)));
    const acked = Number((botOut.match(/^RESULT .*\backed=(\d+)/m) || [])[1]);
    const db = path.join(work, 'data', 'results.sqlite');
    const one = (sql) => Number(query(db, sql)[0][0]);
    const cardIds = "SELECT player_id FROM players WHERE token LIKE 'card-%'";
    const phoneNames = PHONES.map((n) => `'${n}'`).join(',');
    const phoneIds = `SELECT player_id FROM players WHERE nickname IN (${phoneNames})`;
    assert.equal(one("SELECT COUNT(*) FROM players WHERE token LIKE 'card-%'"), CARDS, 'card players stored');
    assert.equal(one(`SELECT COUNT(*) FROM answers WHERE player_id IN (${cardIds})`), CARDS * QUESTIONS,
      'every card player answered every question');
    assert.equal(one(`SELECT COUNT(*) FROM answers a JOIN players p USING (match_id, player_id)
      WHERE p.token LIKE 'card-%' AND a.choice != CAST(CAST(substr(p.token, 6, 2) AS INTEGER) % 2 AS TEXT)`),
    0, 'each card answer is the edge the card held up');
    assert.equal(one(`SELECT COUNT(*) FROM answers WHERE player_id IN (${phoneIds})`), PHONES.length * QUESTIONS,
      'every phone answered every question');
    assert.equal(one(`SELECT COUNT(*) FROM answers WHERE player_id NOT IN (${cardIds}) AND player_id NOT IN (${phoneIds})`),
      acked, 'every acknowledged bot answer is stored');
    log(`PASS: ${CARDS} cards, ${PHONES.length} phones and ${BOTS} bots; ` +
        `${one('SELECT COUNT(*) FROM answers')} answers in the store`);
  } finally {
    if (bots && bots.exitCode === null) bots.kill('SIGKILL');
    if (host.exitCode === null) host.kill('SIGKILL');
    await browser.close();
  }
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
