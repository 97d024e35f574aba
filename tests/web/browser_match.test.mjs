// Browser test (design.md §9): Debian's chromium driven by playwright-core. Three phones on the
// page and 20 dovui-bots play a whole match against dovui-server; one phone reloads mid-match
// and comes back with its score, another loses its socket and reconnects by itself; every phone's final score equals the SQLite store's; no
// question message carries the answer. Saves a screenshot of each page state at 360×740.
//
// usage: node browser_match.test.mjs --server EXE --bots EXE --assets DIR [--shots DIR]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, freeTcpPort, freeUdpPort, query, startServer, tempDir, writePack } from './support.mjs';

const { values: opt } = parseArgs({ options: {
  server: { type: 'string' }, bots: { type: 'string' }, assets: { type: 'string' }, shots: { type: 'string' },
  verbose: { type: 'boolean', default: false } } });
for (const key of ['server', 'bots', 'assets']) if (!opt[key]) throw new Error(`--${key} is required`);

const PIN = 246813;
const BOTS = 20;
const NAMES = ['Bà Năm', 'Chú Tư', 'Cô Hạnh'];
// sms spot (tap the red flag), multi-select, VietQR payment, ordering, true/false, web page (spot).
const QUESTIONS = ['bhdt-02', 'bhdt-08', 'bhdt-09', 'bhdt-19', 'bhdt-03', 'bhdt-11'];
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);
const shotsDir = opt.shots || tempDir('dovui-web-shots-');
fs.mkdirSync(shotsDir, { recursive: true });
const taken = new Set();

async function shot(page, name) {
  if (taken.has(name)) return;
  taken.add(name);
  await page.screenshot({ path: path.join(shotsDir, `web-${name}.png`), fullPage: false });
}

const screenOf = (page) => page.evaluate(() => DoVui.state.screen);
const waitScreen = (page, names, timeout = 60000) =>
  page.waitForFunction((n) => n.includes(DoVui.state.screen), names, { timeout, polling: 50 });

/** Plays one phone from the waiting room to the podium. */
async function play(page, index, leaks) {
  let lastIndex = -1;
  let reloaded = false;
  for (;;) {
    await page.waitForFunction((last) => {
      const s = DoVui.state;
      return s.screen === 'podium' || (s.screen === 'question' && s.question.index !== last);
    }, lastIndex, { timeout: 90000, polling: 50 });
    if ((await screenOf(page)) === 'podium') break;
    const q = await page.evaluate(() => DoVui.state.question);
    lastIndex = q.index;
    assert.equal(q.options.length, q.optionCount, 'rich clients get the option texts');
    if (index === 0) {
      const card = q.card ? q.card.body.type : q.kind;
      await shot(page, `question-${card}`);
    }
    const tiles = page.locator('.tile');
    if (q.kind === 'multi') {
      for (const i of [0, 2 + (index % 2)]) await tiles.nth(i).tap();
      if (index === 0) await shot(page, 'question-multi-chosen');
      await page.locator('[data-action=confirm]').tap();
    } else if (q.kind === 'order') {
      const order = [...Array(q.optionCount).keys()];
      if (index === 1) order.reverse();
      for (const i of order) await tiles.nth(i).tap();
      if (index === 0) await shot(page, 'question-order-chosen');
      await page.locator('[data-action=confirm]').tap();
    } else if (q.kind === 'spot') {
      // Tap the red flag: a span on the card, then the confirm.
      await page.locator(`#screen .card .spot[data-option="${(index + q.index) % q.optionCount}"]`).tap();
      if (index === 0) await shot(page, 'question-spot-chosen');
      await page.locator('[data-action=confirm]').tap();
    } else {
      await tiles.nth((index + q.index) % q.optionCount).tap();
    }
    await waitScreen(page, ['sent', 'reveal', 'leaderboard', 'podium']);
    if (index === 0) await shot(page, 'sent');
    await waitScreen(page, ['reveal', 'leaderboard', 'podium']);
    if (index === 0 && (await screenOf(page)) === 'reveal') {
      await page.waitForTimeout(150);
      await shot(page, (await page.evaluate(() => DoVui.state.reveal.correctAnswer)) ? 'reveal-right' : 'reveal-wrong');
    }
    if (index === 1 && !reloaded && q.index === 1) {
      // A reload mid-match (a learner pulls down the page): the token in localStorage brings
      // the same player back with the same score.
      reloaded = true;
      await waitScreen(page, ['reveal']);
      const before = await page.evaluate(() => ({ score: DoVui.state.score, name: DoVui.state.nickname }));
      log(`${NAMES[index]} reloads with score ${before.score}`);
      await page.reload();
      await page.waitForFunction(() => DoVui.state && DoVui.state.joined, null, { timeout: 20000, polling: 50 });
      const after = await page.evaluate(() => ({ score: DoVui.state.score, name: DoVui.state.nickname }));
      assert.deepEqual(after, before, 'a reload keeps name and score');
      leaks.reloads++;
    }
    if (index === 2 && q.index === 2) {
      // A Wi-Fi blip: the socket drops; the page reconnects by itself and rejoins.
      const before = await page.evaluate(() => DoVui.state.score);
      await page.evaluate(() => DoVui.connection.socket.close());
      await page.waitForFunction(() => DoVui.state.lost, null, { timeout: 5000, polling: 20 });
      await page.waitForFunction(() => !DoVui.state.lost && DoVui.connection.isOpen(), null,
        { timeout: 20000, polling: 50 });
      assert.equal(await page.evaluate(() => DoVui.state.score), before, 'a blip keeps the score');
      leaks.blips++;
    }
    if (index === 0) {
      await waitScreen(page, ['leaderboard', 'podium']);
      if ((await screenOf(page)) === 'leaderboard') await shot(page, 'leaderboard');
    }
  }
  if (index === 0) await shot(page, 'podium');
  return page.evaluate(() => ({ name: DoVui.state.nickname, podium: DoVui.state.podium, score: DoVui.state.score }));
}

async function main() {
  const work = tempDir('dovui-web-test-');
  const pack = writePack(opt.assets, work, QUESTIONS, 12);
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const server = startServer(opt.server, ['--pack', pack, '--port', gamePort, '--info-port', infoPort,
    '--web-port', webPort, '--pin', PIN, '--data-dir', work, '--auto-start', BOTS + NAMES.length,
    '--auto-advance-ms', 2500, '--join-rate', 1000, '--join-burst', 1000, '--name', 'Lớp thử nghiệm']
    .map(String), opt.verbose ? (l) => log('server:', l) : () => {});
  const ready = await server.ready;
  assert.equal(Number(ready.web), webPort, 'the server reports its web port');
  const url = `http://127.0.0.1:${webPort}/?pin=${PIN}`;
  log('server ready:', url);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  let bots;
  try {
    const leaks = { questionsSeen: 0, leaked: 0, reloads: 0, blips: 0 };
    const pages = [];
    for (let i = 0; i < NAMES.length; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1,
        hasTouch: true, isMobile: true, locale: 'vi-VN' });
      const page = await context.newPage();
      page.on('pageerror', (e) => { throw new Error(`${NAMES[i]}: page error ${e.message}`); });
      page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => {
        const msg = JSON.parse(payload);
        if (msg.type !== 'question') return;
        leaks.questionsSeen++;
        if ('correct' in msg || JSON.stringify(msg).includes('"correct"')) leaks.leaked++;
      }));
      await page.goto(url);
      await waitScreen(page, ['join']);
      if (i === 0) await shot(page, 'join');
      if (i === 2) {
        await page.locator('#langButton').click();
        await shot(page, 'join-en');
      }
      await page.locator('#nickname').fill(NAMES[i]);
      await page.locator('button[type=submit]').click();
      await waitScreen(page, ['waiting']);
      if (i === 0) await shot(page, 'waiting');
      pages.push(page);
    }
    log('3 phones in the waiting room; starting', BOTS, 'bots');
    bots = spawn(opt.bots, ['--port', gamePort, '--pin', PIN, '--players', BOTS, '--think-ms', '500..5000',
      '--pack', pack, '--timeout', 240, '--seed', 11].map(String), { stdio: ['ignore', 'pipe', 'pipe'] });
    let botOut = '';
    bots.stdout.on('data', (c) => { botOut += c; });
    bots.stderr.on('data', (c) => { botOut += c; });
    const botsDone = new Promise((resolve) => bots.on('exit', resolve));

    const results = await Promise.all(pages.map((p, i) => play(p, i, leaks)));
    const botCode = await botsDone;
    log('bots:', botOut.split('\n').find((l) => l.startsWith('RESULT')) || botOut);
    assert.equal(botCode, 0, 'every bot joined and no answer was lost');
    assert.equal(await server.quit(), 0, 'the server stops cleanly');

    const rows = query(path.join(work, 'results.sqlite'), 'SELECT nickname, score FROM players');
    assert.equal(rows.length, BOTS + NAMES.length, 'one player row each: the reload did not add a player');
    const stored = Object.fromEntries(rows.map(([name, score]) => [name, Number(score)]));
    for (const r of results) {
      log(`${r.name}: page ${r.podium.score} (rank ${r.podium.rank}/${r.podium.playerCount}), store ${stored[r.name]}`);
      assert.equal(r.podium.score, stored[r.name], `${r.name}: the page's score is the store's`);
      assert.equal(r.podium.playerCount, BOTS + NAMES.length);
      assert.equal(r.podium.questionCount, QUESTIONS.length);
    }
    assert.ok(results.some((r) => r.podium.score > 0), 'someone scored');
    assert.equal(leaks.reloads, 1, 'the reload happened');
    assert.equal(leaks.blips, 1, 'the Wi-Fi blip happened');
    assert.ok(leaks.questionsSeen >= NAMES.length * QUESTIONS.length, 'questions reached the phones');
    assert.equal(leaks.leaked, 0, 'no question message carries the correct answer');
    log(`PASS: screenshots in ${shotsDir}`);
  } finally {
    if (bots && bots.exitCode === null) bots.kill('SIGKILL');
    await browser.close();
    await server.quit();
  }
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
