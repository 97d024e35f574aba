// A class at a real pace (issue 11), in Debian's chromium against dovui-server: four phones at
// 360×740; a learner who thinks 28 s before answering, a facilitator who talks 30 s over the
// explanation, a phone that reloads during a pause, one whose Wi-Fi is cut for 15 s while it has
// ticks on a multi-select, a wrong PIN, a long Vietnamese name, an emoji name, a kick. Nobody is
// dropped who did not drop, no question is lost, every phone's score equals the store's, and
// the end is final (the podium stays when the host quits).
//
// usage: node browser_class_hour.test.mjs --server EXE --assets DIR [--shots DIR]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, freeTcpPort, freeUdpPort, joinPhone, newPhone, query, startServer, tempDir, waitScreen,
  writePack } from './support.mjs';

const { values: opt } = parseArgs({ options: {
  server: { type: 'string' }, bots: { type: 'string' }, assets: { type: 'string' }, shots: { type: 'string' } } });
for (const key of ['server', 'assets']) if (!opt[key]) throw new Error(`--${key} is required`);
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PIN = 580321;
const SECONDS = 40;
// The starter pack's first single-choice SMS question, multi-select with 2+ right options and
// ordering question; the taps follow their keys, so the content may change under the test.
const STARTER = JSON.parse(fs.readFileSync(path.join(opt.assets, 'packs/vi/buoi-hoc-dau-tien.json'), 'utf8')).questions;
const Q1 = STARTER.find((q) => q.kind === 'single' && q.card && q.card.type === 'sms');
const Q2 = STARTER.find((q) => q.kind === 'multi' && q.correct.length >= 2);
const Q3 = STARTER.find((q) => q.kind === 'order');
const QUESTIONS = [Q1.id, Q2.id, Q3.id];
const KEY = {
  single: Q1.correct[0], singleWrong: (Q1.correct[0] + 1) % Q1.options.length,
  multi: Q2.correct, multiPartial: Q2.correct.slice(0, -1),
  multiWrong: [...Q2.options.keys()].find((i) => !Q2.correct.includes(i)),
  order: Q3.correct, orderWrong: [...Q3.correct.slice(0, -2), ...Q3.correct.slice(-2).reverse()],
};
const NAMES = { thinker: 'Trần Thị Thanh Hương', quick: 'Chú Tư', cut: 'Cô Hạnh', reload: 'Ông Bảy' };
const shotsDir = opt.shots || null;

async function shot(page, name) {
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, `web-${name}.png`) });
}
const tiles = (page) => page.locator('#screen .tile');
const state = (page, fn) => page.evaluate(fn);
async function waitQuestion(page, index) {
  await page.waitForFunction((n) => DoVui.state.question && DoVui.state.question.index === n &&
    ['question', 'sent'].includes(DoVui.state.screen), index, { timeout: 60000, polling: 50 });
}
async function tapAll(page, order) {
  for (const i of order) await tiles(page).nth(i).tap();
}
async function confirm(page) {
  await page.locator('#screen [data-action=confirm]').tap();
  // The last answer in closes the question at once: "sent" may last less than one poll.
  await waitScreen(page, ['sent', 'reveal']);
}
async function offline(page, on) {
  const cdp = page.cdp || (page.cdp = await page.context().newCDPSession(page));
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: on, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

async function lobbyChecks(browser, url, server, pageError) {
  // A wrong PIN: the box stays editable with the reason beside it, and the right PIN works.
  const e = await newPhone(browser, 360, 740, pageError);
  await e.goto(url.replace(String(PIN), '111111'));
  await waitScreen(e, ['join']);
  await e.locator('#nickname').fill('Bà Năm');
  await e.locator('button[type=submit]').click();
  await e.waitForFunction(() => DoVui.state.screen === 'join' && document.querySelector('#pin'), null, { timeout: 10000 });
  const refused = await state(e, () => ({ pin: document.querySelector('#pin').value, error: document.querySelector('.error').textContent,
    editable: !document.querySelector('#pin').disabled }));
  assert.equal(refused.pin, '111111', 'the wrong PIN stays in its box to be corrected');
  assert.ok(refused.editable && /Sai mã phòng/.test(refused.error), `the reason is beside it: ${refused.error}`);
  await shot(e, 'join-wrong-pin');
  await e.locator('#pin').fill(String(PIN));
  await e.locator('button[type=submit]').click();
  await waitScreen(e, ['waiting']);

  // Names: emoji refused with a message that says why; 25 characters refused before sending.
  const f = await newPhone(browser, 360, 740, pageError);
  await f.goto(url);
  await waitScreen(f, ['join']);
  await f.locator('#nickname').fill('Lan 😀');
  await f.locator('button[type=submit]').click();
  await f.waitForFunction(() => DoVui.state.screen === 'join' && document.querySelector('.error'), null, { timeout: 10000 });
  assert.match(await state(f, () => document.querySelector('.error').textContent), /biểu tượng cảm xúc/);
  await f.locator('#nickname').fill('Nguyễn Thị Thanh Hương Anh');  // 26 characters
  await f.locator('button[type=submit]').click();
  assert.match(await state(f, () => document.querySelector('.error').textContent), /tối đa 24 ký tự/);
  assert.equal(await state(f, () => document.querySelector('#nickname').maxLength >= 24), true);
  await f.context().close();

  // A kick names the learner and leaves them a way back, not a dead end.
  server.command('kick Bà Năm');
  await e.waitForFunction(() => DoVui.state.screen === 'final', null, { timeout: 10000 });
  assert.match(await state(e, () => document.getElementById('screen').textContent), /mời ra khỏi lớp/);
  await shot(e, 'kicked');
  await e.locator('#screen button').tap();
  await waitScreen(e, ['join']);
  await e.context().close();
}

async function main() {
  const work = tempDir('dovui-class-hour-');
  const pack = writePack(opt.assets, work, QUESTIONS, SECONDS);
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const server = startServer(opt.server, ['--pack', pack, '--port', gamePort, '--info-port', infoPort,
    '--web-port', webPort, '--pin', PIN, '--data-dir', work, '--name', 'Nhà văn hóa thôn 3'].map(String));
  await server.ready;
  const url = `http://127.0.0.1:${webPort}/?pin=${PIN}`;
  if (shotsDir) fs.mkdirSync(shotsDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const errors = [];
  const pageError = (e) => errors.push(e.message);
  const closes = {};
  const lostSeen = {};
  let monitor;
  try {
    const P = {};
    for (const [role, name] of Object.entries(NAMES)) {
      P[role] = await newPhone(browser, 360, 740, pageError);
      closes[role] = 0;
      lostSeen[role] = 0;
      P[role].on('websocket', (ws) => ws.on('close', () => { closes[role]++; }));
      await joinPhone(P[role], url, name);
    }
    await lobbyChecks(browser, url, server, pageError);
    monitor = setInterval(async () => {
      for (const role of Object.keys(P)) {
        try { if (await state(P[role], () => DoVui.state.lost)) lostSeen[role]++; } catch (e) { /* reloading */ }
      }
    }, 500);

    // ---- Question 1: the thinker answers after 28 s; one phone reloads mid-question.
    server.command('start');
    await Promise.all(Object.values(P).map((p) => waitQuestion(p, 0)));
    const q1 = Date.now();
    log('question 1 open');
    await sleep(3000); await tiles(P.quick).nth(KEY.single).tap();
    await sleep(2000); await tiles(P.cut).nth(KEY.singleWrong).tap();
    await sleep(1000);
    await P.reload.reload();
    await waitQuestion(P.reload, 0);
    await tiles(P.reload).nth(KEY.single).tap();
    await sleep(Math.max(0, q1 + 28000 - Date.now()));
    assert.equal(await state(P.thinker, () => DoVui.state.screen), 'question', 'still open after 28 s of thought');
    await tiles(P.thinker).nth(KEY.single).tap();
    await waitScreen(P.thinker, ['sent', 'reveal']);
    await Promise.all(Object.values(P).map((p) => waitScreen(p, ['reveal'])));
    const r1 = await state(P.thinker, () => DoVui.state.reveal);
    assert.ok(r1.answered && r1.correctAnswer, 'the thinker\'s answer after 28 s counted');
    log(`question 1 closed after ${((Date.now() - q1) / 1000).toFixed(1)} s; the facilitator talks for 30 s`);
    await sleep(30000);
    for (const [role, p] of Object.entries(P)) {
      assert.equal(await state(p, () => DoVui.state.screen), 'reveal', `${role} still on the explanation`);
      assert.ok(await state(p, () => DoVui.connection.isOpen()), `${role} still connected after 30 s of silence`);
    }
    server.command('next');
    await sleep(2000);
    server.command('next');

    // ---- Question 2 (multi): ticks survive a 15 s Wi-Fi cut; a reload during a pause shows it.
    await Promise.all(Object.values(P).map((p) => waitQuestion(p, 1)));
    const q2 = Date.now();
    log('question 2 open');
    await tapAll(P.cut, KEY.multiPartial);  // all but one of the right options: partly right
    await offline(P.cut, true);
    await state(P.cut, () => DoVui.connection.socket.close());
    await sleep(2000);
    await tapAll(P.quick, KEY.multi); await confirm(P.quick);
    server.command('pause');
    await sleep(2000);
    await P.reload.reload();
    await P.reload.waitForFunction(() => DoVui.state.screen === 'question' && DoVui.state.pausedRemaining !== null &&
      !document.getElementById('pauseOverlay').hidden, null, { timeout: 15000, polling: 50 });
    await shot(P.reload, 'rejoined-paused');
    log('a phone that reloaded during the pause shows the pause');
    await sleep(Math.max(0, q2 + 19000 - Date.now()));
    await offline(P.cut, false);
    await P.cut.waitForFunction(() => !DoVui.state.lost && DoVui.connection.isOpen() && DoVui.state.screen === 'question',
      null, { timeout: 20000, polling: 50 });
    // The rejoin brings the question, then the pause (two messages: wait for the second).
    await P.cut.waitForFunction(() => !document.getElementById('pauseOverlay').hidden, null, { timeout: 5000, polling: 50 })
      .catch(() => assert.fail('the cut phone came back during the pause but shows no pause'));
    const ticks = await state(P.cut, () => [...document.querySelectorAll('#screen .tile.selected')].map((t) => Number(t.dataset.option)));
    assert.deepEqual(ticks, [...KEY.multiPartial].sort((a, b) => a - b), 'the ticks made before the cut are still there');
    log(`the cut phone is back after ${((Date.now() - q2) / 1000).toFixed(1)} s with its ticks`);
    server.command('resume');
    await P.cut.waitForFunction(() => document.getElementById('pauseOverlay').hidden, null, { timeout: 5000 });
    await confirm(P.cut);
    await tiles(P.reload).nth(KEY.multiWrong).tap(); await confirm(P.reload);
    await sleep(Math.max(0, q2 + 30000 - Date.now()));
    await tapAll(P.thinker, KEY.multi); await confirm(P.thinker);
    await Promise.all(Object.values(P).map((p) => waitScreen(p, ['reveal'])));
    const r2 = await state(P.cut, () => ({ r: DoVui.state.reveal, text: document.querySelector('.verdict').textContent }));
    assert.ok(r2.r.answered && !r2.r.correctAnswer && r2.r.pointsGained > 0, 'the cut phone\'s answer counted');
    assert.match(r2.text, /Đúng một phần: \+\d/, `partial credit says so: ${r2.text}`);
    await shot(P.cut, 'reveal-partial');
    await sleep(5000);
    server.command('next');
    await sleep(1000);
    server.command('next');

    // ---- Question 3 (ordering): the thinker takes 26 s.
    await Promise.all(Object.values(P).map((p) => waitQuestion(p, 2)));
    const q3 = Date.now();
    for (const role of ['quick', 'cut', 'reload']) { await tapAll(P[role], KEY.order); await confirm(P[role]); }
    await sleep(Math.max(0, q3 + 26000 - Date.now()));
    await tapAll(P.thinker, KEY.orderWrong); await confirm(P.thinker);
    await Promise.all(Object.values(P).map((p) => waitScreen(p, ['reveal'])));
    server.command('next');
    await sleep(1000);
    server.command('next');
    await Promise.all(Object.values(P).map((p) => waitScreen(p, ['podium'])));
    clearInterval(monitor);
    log('podium');

    // ---- The end is final: the host quits, the podium stays, nobody "reconnects" forever.
    const closesBeforeQuit = { ...closes };
    assert.equal(await server.quit(), 0, 'the server stops cleanly');
    await sleep(4000);
    for (const [role, p] of Object.entries(P)) {
      const s = await state(p, () => ({ screen: DoVui.state.screen, banner: !document.getElementById('banner').hidden,
        retrying: DoVui.connection.wanted }));
      assert.deepEqual(s, { screen: 'podium', banner: false, retrying: false }, `${role}: the podium stays`);
    }
    await shot(P.thinker, 'podium-after-quit');

    const rows = query(path.join(work, 'results.sqlite'),
      'SELECT p.nickname, p.score, p.kicked, (SELECT COUNT(*) FROM answers a WHERE a.match_id=p.match_id AND a.player_id=p.player_id) FROM players p');
    const stored = Object.fromEntries(rows.map(([n, s, k, a]) => [n, { score: Number(s), kicked: k === '1', answers: Number(a) }]));
    for (const [role, name] of Object.entries(NAMES)) {
      const podium = await state(P[role], () => DoVui.state.podium);
      log(`${name}: page ${podium.score}, store ${stored[name].score}, answers ${stored[name].answers}`);
      assert.equal(podium.score, stored[name].score, `${role}: the phone's score is the store's`);
      assert.equal(stored[name].answers, QUESTIONS.length, `${role}: no question lost`);
      assert.equal(podium.questionCount, QUESTIONS.length);
    }
    assert.ok(stored['Bà Năm'].kicked, 'the kicked learner is recorded as kicked');
    assert.equal(closesBeforeQuit.thinker, 0, 'the thinker\'s socket never dropped');
    assert.equal(closesBeforeQuit.quick, 0, 'the quick learner\'s socket never dropped');
    assert.equal(closesBeforeQuit.cut, 1, 'the cut phone dropped once, when cut');
    assert.equal(closesBeforeQuit.reload, 2, 'the reloading phone closed a socket per reload only');
    assert.deepEqual([lostSeen.thinker, lostSeen.quick, lostSeen.reload], [0, 0, 0], 'no "Mất kết nối" where nothing dropped');
    assert.ok(lostSeen.cut > 0, 'the cut phone said it lost the connection');

    // English writes numbers the English way.
    await P.thinker.locator('#langButton').click();
    const en = await state(P.thinker, () => ({ n: DoVui.formatNumber(1916), bar: document.getElementById('barScore').textContent }));
    assert.equal(en.n, '1,916');
    assert.ok(!/\d\.\d{3}/.test(en.bar), `the English bar has no Vietnamese separators: ${en.bar}`);
    assert.deepEqual(errors, [], 'no page errors');
    log('PASS: a class hour at a real pace');
  } finally {
    clearInterval(monitor);
    await browser.close();
    await server.quit();
  }
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
