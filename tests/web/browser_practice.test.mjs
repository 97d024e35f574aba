// Self-practice on the phone (issue 14), in Debian's chromium at 360×740 against dovui-server:
// ten questions from the host's page with a missed one back after three others, progress that
// survives a reload and a new browser with the same storage, a corrupted saved value, the
// answers reaching the host's store as practice; then the single file taken home, opened from
// file:// with every network request blocked (none is attempted), practising and keeping its
// progress across a reload. Practice by technique (issue 13): "Luyện theo thủ đoạn" lists the
// eight techniques with their question counts; one of them draws only the questions tagged with
// it, spot questions answered by a tap on the card, the result naming the technique.
//
// usage: node browser_practice.test.mjs --server EXE --assets DIR [--shots DIR]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, freeTcpPort, freeUdpPort, newPhone, query, startServer, tempDir, waitScreen } from './support.mjs';

const { values: opt } = parseArgs({ options: {
  server: { type: 'string' }, bots: { type: 'string' }, assets: { type: 'string' }, shots: { type: 'string' },
  report: { type: 'string' } } });
for (const key of ['server', 'assets']) if (!opt[key]) throw new Error(`--${key} is required`);
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);
const PACK = 'vi-buoi-hoc-dau-tien';
const shotsDir = opt.shots || null;
if (shotsDir) fs.mkdirSync(shotsDir, { recursive: true });
const shot = async (page, name) => { if (shotsDir) await page.screenshot({ path: path.join(shotsDir, `web-practice-${name}.png`) }); };

/** Answers the practice question on screen, right or wrong on purpose; returns its id. */
async function answer(page, right) {
  await waitScreen(page, ['p-question']);
  const q = await page.evaluate(() => {
    const PS = DoVui.practiceState;
    return PS.pack.questions[PS.current];
  });
  const n = q.kind === 'truefalse' && !(q.options && q.options.length) ? 2 : q.options.length;
  const tiles = page.locator('#screen .tile');
  if (q.kind === 'spot') {
    // Tap the red flag: on the card itself, then the confirm.
    const pick = right ? q.correct[0] : (q.correct[0] + 1) % n;
    await page.locator(`#screen .card .spot[data-option="${pick}"]`).tap();
    await page.locator('#screen [data-action=confirm]').tap();
  } else if (q.kind === 'single' || q.kind === 'truefalse') {
    const pick = right ? q.correct[0] : (q.correct[0] + 1) % n;
    await tiles.nth(pick).tap();
  } else {
    let picks = q.correct.slice();
    if (!right) picks = q.kind === 'order' ? picks.reverse() : [...Array(n).keys()].filter((i) => !q.correct.includes(i)).slice(0, 1);
    for (const i of picks) await tiles.nth(i).tap();
    await page.locator('#screen [data-action=confirm]').tap();
  }
  await waitScreen(page, ['p-result']);
  return q.id;
}

async function openPractice(page, url) {
  await page.goto(url);
  await waitScreen(page, ['home']);
  await page.locator('.choice.practice').tap();
  await waitScreen(page, ['p-packs', 'p-topics']);
  if ((await page.evaluate(() => DoVui.state.screen)) === 'p-packs')
    await page.locator('.choice', { hasText: 'Buổi học đầu tiên' }).tap();
  await waitScreen(page, ['p-topics']);
}

/** "Luyện theo thủ đoạn" against a server offering only the spot test pack (schema 2). */
async function practiseByTechnique(browser, errors) {
  const packFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'packs', 'spot-test.json');
  const pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
  const golden = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../golden/techniques.json'), 'utf8'));
  const work = tempDir('dovui-practice-technique-');
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const server = startServer(opt.server, ['--port', gamePort, '--info-port', infoPort, '--web-port', webPort,
    '--pin', 246811, '--data-dir', work, '--practice-packs', packFile].map(String));
  await server.ready;
  try {
    const page = await newPhone(browser, 360, 740, (e) => errors.push('technique: ' + e.message));
    await page.goto(`http://127.0.0.1:${webPort}/?practice`);
    await waitScreen(page, ['p-topics']);
    await page.locator('.choice.by-technique').tap();
    await waitScreen(page, ['p-techniques']);
    await shot(page, 'techniques');
    const rows = await page.evaluate(() => [...document.querySelectorAll('#screen [data-technique]')].map((r) => ({
      id: r.dataset.technique, text: r.innerText })));
    assert.deepEqual(rows.map((r) => r.id), golden.map((t) => t.id), 'the eight techniques, in the core\'s order');
    for (const [i, t] of golden.entries()) {
      const count = pack.questions.filter((q) => q.kind !== 'poll' && (q.techniques || []).includes(t.id)).length;
      assert.ok(rows[i].text.includes(t.nameVi), `${t.id}: named as the core names it`);
      assert.ok(rows[i].text.includes(count ? `0/${count} câu đã thuộc` : 'Chưa có câu'), `${t.id}: ${count} questions`);
    }
    // Practise one technique: every question drawn is tagged with it, spot ones tapped on the card.
    const technique = 'impersonation';
    const tagged = pack.questions.filter((q) => q.techniques.includes(technique)).map((q) => q.id);
    await page.locator(`#screen [data-technique="${technique}"]`).tap();
    const asked = [];
    for (let i = 0; i < tagged.length + 1; i++) {
      await waitScreen(page, ['p-question']);
      assert.match(await page.locator('#screen .practice-topic').innerText(), /Thủ đoạn: Giả danh/);
      const q = await page.evaluate(() => DoVui.practiceState.pack.questions[DoVui.practiceState.current]);
      if (q.kind === 'spot') {
        const spans = await page.locator('#screen .card .spot').count();
        assert.equal(spans, q.card.spans.length, `${q.id}: its spans are on the card`);
        if (i === 0) await shot(page, 'technique-spot');
      }
      asked.push(await answer(page, i !== 0));
      const result = await page.evaluate(() => document.getElementById('screen').innerText);
      assert.ok(result.includes(golden.find((t) => t.id === technique).nameVi), `${q.id}: the result names the technique`);
      assert.ok(result.includes('Tin lừa đảo') || result.includes('Cuộc gọi lừa đảo'), `${q.id}: scam or genuine said`);
      if (q.kind === 'spot') {
        const lit = await page.evaluate(() => [...document.querySelectorAll('#screen .spot.lit')].map((s) => Number(s.dataset.option)));
        assert.deepEqual(lit, q.correct, `${q.id}: the right span lit on the result`);
      }
      if (i === 0) await shot(page, 'technique-result-wrong');
      await page.locator('#screen [data-action=next]').tap();
    }
    log('by technique:', asked.join(' '));
    assert.ok(asked.every((id) => tagged.includes(id)), `only questions tagged ${technique}: ${asked.join(' ')}`);
    assert.deepEqual([...new Set(asked)].sort(), [...tagged].sort(), 'every tagged question came');
    await page.context().close();
  } finally {
    await server.quit();
  }
}

async function main() {
  const work = tempDir('dovui-practice-');
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const server = startServer(opt.server, ['--port', gamePort, '--info-port', infoPort, '--web-port', webPort,
    '--pin', 246810, '--data-dir', work, '--name', 'Góc tự luyện thôn 3'].map(String));
  await server.ready;
  const base = `http://127.0.0.1:${webPort}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const errors = [];
  try {
    // ---- Ten questions on the host's Wi-Fi; the first is missed on purpose.
    const page = await newPhone(browser, 360, 740, (e) => errors.push(e.message));
    await page.goto(base);
    await waitScreen(page, ['home']);
    await shot(page, 'home');
    await page.locator('.choice.practice').tap();
    await waitScreen(page, ['p-packs']);
    await shot(page, 'packs');
    await page.locator('.choice', { hasText: 'Buổi học đầu tiên' }).tap();
    await waitScreen(page, ['p-topics']);
    await shot(page, 'topics');
    // The bundled set's techniques: eight rows, each with the number of questions tagged with it.
    const starter = JSON.parse(fs.readFileSync(path.join(opt.assets, 'packs/vi/buoi-hoc-dau-tien.json'), 'utf8'));
    await page.locator('.choice.by-technique').tap();
    await waitScreen(page, ['p-techniques']);
    const counts = await page.evaluate(() => [...document.querySelectorAll('#screen [data-technique]')].map((r) => [r.dataset.technique, r.innerText]));
    assert.equal(counts.length, 8, 'eight techniques offered');
    for (const [id, text] of counts) {
      const n = starter.questions.filter((q) => q.kind !== 'poll' && (q.techniques || []).includes(id)).length;
      assert.ok(text.includes(n ? `0/${n} câu đã thuộc` : 'Chưa có câu'), `${id}: ${n} questions in the starter (${text})`);
    }
    await page.locator('#screen .secondary', { hasText: 'Quay lại' }).tap();
    await waitScreen(page, ['p-topics']);
    await page.locator('.choice.mix').tap();
    const asked = [];
    for (let i = 0; i < 10; i++) {
      if (i === 0) await shot(page, 'question');
      asked.push(await answer(page, i !== 0));
      if (i === 0) await shot(page, 'result-wrong');
      if (i < 9) await page.locator('#screen [data-action=next]').tap();
    }
    log('asked:', asked.join(' '));
    assert.equal(asked[4], asked[0], 'the missed question comes back after three others');
    assert.equal(new Set(asked.slice(0, 4)).size, 4, 'three other questions came in between');
    await page.locator('#screen button', { hasText: 'Xem tiến độ' }).tap();
    await waitScreen(page, ['p-progress']);
    await shot(page, 'progress');
    await page.locator('#screen .secondary').last().tap();
    await waitScreen(page, ['p-topics']);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `dovui.practice.${PACK}`);
    assert.equal(saved.turn, 10, 'ten answers are kept on the phone');
    await shot(page, 'topics-after');

    // ---- The answers reached the host's store as practice, apart from match results.
    await page.waitForFunction(() => localStorage.getItem('dovui.practice.outbox') === '[]', null, { timeout: 10000 });
    const rows = query(path.join(work, 'results.sqlite'),
      `SELECT COUNT(*), COUNT(DISTINCT learner), SUM(correct) FROM practice_answers WHERE pack_id='${PACK}'`);
    assert.deepEqual(rows[0].map(Number), [10, 1, 9], 'ten practice answers, one phone, nine right');
    assert.equal(query(path.join(work, 'results.sqlite'), 'SELECT COUNT(*) FROM answers')[0][0], '0',
      'no match answer was written');

    // ---- The cross-session summary reports them as practice, apart from the matches.
    if (opt.report) {
      const out = path.join(work, 'summary');
      execFileSync(opt.report, ['--data-dir', work, 'summary', '-o', out]);
      const summary = fs.readFileSync(path.join(out, 'summary.html'), 'utf8');
      assert.match(summary, /Tự luyện tập trên điện thoại/);
      assert.match(summary, /<b>10<\/b><span>câu đã làm/, "ten practice answers reported");
      const csv = fs.readFileSync(path.join(out, 'summary-practice.csv'), 'utf8');
      assert.ok(csv.split('\n').length > 2, 'per-topic practice rows in the CSV');
    }

    // ---- A reload and a new browser with the same storage keep the progress.
    await page.reload();
    await openPractice(page, base);
    const afterReload = await page.evaluate(() => DoVui.practiceState.progress.turn);
    assert.equal(afterReload, 10, 'a reload keeps the progress');
    const state = await page.context().storageState();
    const again = await browser.newContext({ viewport: { width: 360, height: 740 }, storageState: state, isMobile: true, hasTouch: true });
    const page2 = await again.newPage();
    await openPractice(page2, base);
    assert.equal(await page2.evaluate(() => DoVui.practiceState.progress.turn), 10, 'a new browser with the same storage keeps it');
    await page2.locator('.choice.mix').tap();
    await answer(page2, true);
    await page2.locator('#screen button', { hasText: 'Chọn chủ đề khác' }).tap();
    await waitScreen(page2, ['p-topics']);
    await again.close();

    // ---- A corrupted saved value: a plain message, a fresh start, the old value kept aside.
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"packId":"x", broken'), `dovui.practice.${PACK}`);
    await openPractice(page, base);
    const notice = await page.evaluate(() => document.querySelector('#screen .notice').textContent);
    assert.match(notice, /bị hỏng/, 'the learner is told, in words');
    assert.equal(await page.evaluate(() => DoVui.practiceState.progress.turn), 0);
    assert.match(await page.evaluate((key) => localStorage.getItem(key + '.bad'), `dovui.practice.${PACK}`), /broken/);
    await shot(page, 'corrupted');

    // ---- The pack changed since: the learner is told, and nothing learned is dropped.
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, packId: 'vi-buoi-hoc-dau-tien', turn: 1,
      cards: { 'gone-q': { box: 2, dueDay: 1, retryTurn: 0, lastTurn: 0, timesRight: 1, timesWrong: 0, lastWrong: false } } })),
    `dovui.practice.${PACK}`);
    await openPractice(page, base);
    assert.match(await page.evaluate(() => document.querySelector('#screen .notice').textContent), /câu cũ không còn/);
    await page.locator('.choice.mix').tap();
    await answer(page, true);
    assert.ok(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).cards['gone-q'].box === 2,
      `dovui.practice.${PACK}`), 'the old question\'s progress is kept');

    // ---- A full storage quota: said in words on the result, the practice goes on.
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith('dovui.practice.vi-')) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await page.locator('#screen [data-action=next]').tap();
    await answer(page, true);
    assert.match(await page.evaluate(() => document.querySelector('#screen .error').textContent), /đầy/);
    await shot(page, 'storage-full');
    await openPractice(page, base);  // a new page load: storage works again

    // ---- "Mang về nhà luyện tiếp": the host offers the file as a download.
    const href = await page.evaluate(() => document.getElementById('takeHome').getAttribute('href'));
    const res = await fetch(base + href);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') || '', /attachment/);
    const html = await res.text();
    log(`home file: ${(html.length / 1024).toFixed(0)} KB`);
    assert.ok(html.length < 300 * 1024, 'the home file stays under 300 KB');
    const homeFile = path.join(work, 'Do-Vui-So-luyen-tap.html');
    fs.writeFileSync(homeFile, html);

    // ---- At home: file://, every request blocked; none is attempted, and progress stays.
    const home = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
      offline: true });
    const requests = [];
    await home.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const hp = await home.newPage();
    hp.on('pageerror', (e) => errors.push('home: ' + e.message));
    hp.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await hp.goto('file://' + homeFile);
    await waitScreen(hp, ['p-topics']);
    await shot(hp, 'home-file');
    await hp.locator('.choice.mix').tap();
    for (let i = 0; i < 3; i++) {
      await answer(hp, i !== 1);
      if (i < 2) await hp.locator('#screen [data-action=next]').tap();
    }
    await hp.reload();
    await waitScreen(hp, ['p-topics']);
    assert.equal(await hp.evaluate(() => DoVui.practiceState.progress.turn), 3, 'the home file keeps its progress');
    assert.deepEqual(requests, [], 'no request left the home file');
    assert.equal(await hp.evaluate(() => localStorage.getItem('dovui.practice.outbox')), null, 'nothing queued to send at home');
    await home.close();
    await practiseByTechnique(browser, errors);
    assert.deepEqual(errors, [], 'no page errors');
    log('PASS: practice on the host\'s Wi-Fi and at home');
  } finally {
    await browser.close();
    await server.quit();
  }
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
