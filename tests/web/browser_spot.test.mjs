// Tap the red flag (issue 13), in Debian's chromium against dovui-server: two phones (360×740 and
// 320×568) see each spot question's spans as numbered regions in the card text itself, at least
// 44 px tall on every line they wrap onto and all on the first screen; a tap selects (marked,
// nothing sent), "Gửi câu trả lời" sends it; one phone taps the right span (on a wrapped line's
// second part once), the other a wrong one (once in the folded card's sheet; a reload before
// sending keeps it). The reveal lights the right span and marks the learner's own, says
// "Tin lừa đảo" / "Tin thật" and names the techniques as the core does (in English too); the
// phones' scores equal the store's. Screenshots at 360×740 and 320×568.
//
// usage: node browser_spot.test.mjs --server EXE --assets DIR [--shots DIR]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, freeTcpPort, freeUdpPort, joinPhone, newPhone, query, startServer, tempDir, waitScreen } from './support.mjs';

const { values: opt } = parseArgs({ options: {
  server: { type: 'string' }, bots: { type: 'string' }, assets: { type: 'string' }, shots: { type: 'string' } } });
for (const key of ['server', 'assets']) if (!opt[key]) throw new Error(`--${key} is required`);
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);
const PIN = 135792;
const shotsDir = opt.shots || tempDir('dovui-spot-shots-');
fs.mkdirSync(shotsDir, { recursive: true });
const shot = (page, name) => page.screenshot({ path: path.join(shotsDir, `web-spot-${name}.png`) });
const golden = JSON.parse(fs.readFileSync(path.join(here, '../golden/techniques.json'), 'utf8'));
const coreName = (id) => golden.find((t) => t.id === id).nameVi;

/** Every span's line boxes: on screen, tall enough to tap, and inside the card text. */
function spanBoxes(page) {
  return page.evaluate(() => [...document.querySelectorAll('#screen .card .spot')].map((s) => ({
    option: Number(s.dataset.option),
    rects: [...s.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height })),
    font: parseFloat(getComputedStyle(s).fontSize),
    inCard: !!s.closest('.card-body, .card-head'),
  })));
}

async function main() {
  const pack = JSON.parse(fs.readFileSync(path.join(here, 'packs/spot-test.json'), 'utf8'));
  const work = tempDir('dovui-spot-');
  const ids = ['spot-sms', 'spot-call', 'genuine-otp', 'spot-qr'];
  pack.questions = ids.map((id) => ({ ...pack.questions.find((q) => q.id === id), time: 120 }));
  const packFile = path.join(work, 'spot-pack.json');
  fs.writeFileSync(packFile, JSON.stringify(pack));
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const server = startServer(opt.server, ['--pack', packFile, '--port', gamePort, '--info-port', infoPort,
    '--web-port', webPort, '--pin', PIN, '--data-dir', work, '--name', 'Lớp chạm dấu hiệu'].map(String));
  await server.ready;
  const url = `http://127.0.0.1:${webPort}/?pin=${PIN}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const errors = [];
  try {
    const right = await newPhone(browser, 360, 740, (e) => errors.push('360: ' + e.message));
    const wrong = await newPhone(browser, 320, 568, (e) => errors.push('320: ' + e.message));
    await joinPhone(right, url, 'Bà Năm');
    await joinPhone(wrong, url, 'Chú Tư');
    server.command('start');
    let wrappedTapped = false;
    let sheetTried = false;
    for (let i = 0; i < pack.questions.length; i++) {
      const q = pack.questions[i];
      const key = q.correct[0];
      const miss = (key + 1) % (q.kind === 'spot' ? q.card.spans.length : q.options.length);
      for (const page of [right, wrong]) {
        await page.waitForFunction((n) => DoVui.state.screen === 'question' && DoVui.state.question.index === n,
          i, { timeout: 20000, polling: 50 });
        await page.waitForTimeout(80);
      }
      if (q.kind === 'spot') {
        for (const [page, w, h] of [[right, 360, 740], [wrong, 320, 568]]) {
          const boxes = await spanBoxes(page);
          assert.equal(boxes.length, q.card.spans.length, `${q.id} at ${w}: every span is drawn on the card`);
          for (const b of boxes) {
            assert.ok(b.inCard, `${q.id} span ${b.option + 1}: in the card's text`);
            assert.ok(b.font >= 15, `${q.id} span ${b.option + 1}: text ${b.font}px`);
            for (const r of b.rects) {
              assert.ok(r.height >= 44, `${q.id} at ${w}: span ${b.option + 1} is ${r.height.toFixed(1)}px tall to tap`);
              assert.ok(r.top >= -0.5 && r.bottom <= h + 0.5, `${q.id} at ${w}: span ${b.option + 1} on the first screen`);
            }
          }
          const confirm = await page.locator('#screen [data-action=confirm]').boundingBox();
          assert.ok(confirm && confirm.y + confirm.height <= h + 0.5, `${q.id} at ${w}: "Gửi câu trả lời" on the first screen`);
          assert.equal(await page.locator('#screen [data-action=confirm]').isDisabled(), true, 'nothing to send before a tap');
          assert.equal(await page.locator('#screen .tile').count(), 0, 'the spans are the answers: no tiles');
        }
        if (i === 0) await shot(right, 'question-sms');
        // The learner who is right: a wrong tap first, then the right span; only the confirm sends.
        await right.locator(`#screen .card .spot[data-option="${miss}"]`).tap();
        const boxes = await spanBoxes(right);
        const target = boxes.find((b) => b.option === key);
        if (target.rects.length > 1 && !wrappedTapped) {
          // A span that wraps: its second line answers too.
          const r = target.rects[target.rects.length - 1];
          await right.touchscreen.tap((r.left + r.right) / 2, (r.top + r.bottom) / 2);
          wrappedTapped = true;
        } else {
          await right.locator(`#screen .card .spot[data-option="${key}"]`).tap();
        }
        assert.deepEqual(await right.evaluate(() => [...document.querySelectorAll('#screen .spot.selected')].map((s) => Number(s.dataset.option))),
          [key], `${q.id}: the tapped span is marked, the earlier one no longer`);
        assert.equal(await right.evaluate(() => DoVui.state.screen), 'question', 'a tap alone sends nothing');
        if (i === 0) await shot(right, 'question-sms-chosen');
        if (i === 1) await shot(right, 'question-call-chosen');
        await right.locator('#screen [data-action=confirm]').tap();
        if (await wrong.evaluate(() => document.querySelector('#screen .card').classList.contains('cut'))) {
          // The folded card opens whole in the sheet; a span tapped there is chosen and the sheet closes.
          await wrong.locator('#screen .card .card-more').tap();
          await wrong.waitForFunction(() => !document.getElementById('cardSheet').hidden, null, { timeout: 3000 });
          assert.equal(await wrong.locator('#cardSheet .card .spot').count(), q.card.spans.length, `${q.id}: the sheet shows every span`);
          if (!sheetTried) await wrong.screenshot({ path: path.join(shotsDir, 'web-spot-320-sheet.png') });
          await wrong.locator(`#cardSheet .card .spot[data-option="${miss}"]`).tap();
          assert.ok(await wrong.evaluate(() => document.getElementById('cardSheet').hidden), `${q.id}: the sheet closes on a pick`);
          sheetTried = true;
        } else {
          await wrong.locator(`#screen .card .spot[data-option="${miss}"]`).tap();
        }
        assert.deepEqual(await wrong.evaluate(() => [...document.querySelectorAll('#screen .spot.selected')].map((s) => Number(s.dataset.option))),
          [miss], `${q.id}: the pick is marked on the question's card`);
        const fits = await wrong.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1 &&
          document.querySelector('#screen .spot-status').getBoundingClientRect().bottom <=
          document.querySelector('#screen [data-action=confirm]').getBoundingClientRect().top + 0.5);
        assert.ok(fits, `${q.id} at 320: still one screen after the pick, "Bạn chọn" above the send button`);
        if (i === 0) {
          // A reload before sending keeps the pick (kept on the phone like multi-select ticks).
          await wrong.reload();
          await wrong.waitForFunction((n) => DoVui.state.screen === 'question' && DoVui.state.question.index === n,
            i, { timeout: 20000, polling: 50 });
          assert.deepEqual(await wrong.evaluate(() => [...document.querySelectorAll('#screen .spot.selected')].map((s) => Number(s.dataset.option))),
            [miss], `${q.id}: the pick survives a reload`);
        }
        if (i === 1) await wrong.screenshot({ path: path.join(shotsDir, 'web-spot-320-call-chosen.png') });
        await wrong.locator('#screen [data-action=confirm]').tap();
      } else {
        await right.locator('#screen .tile').nth(key).tap();
        await wrong.locator('#screen .tile').nth(miss).tap();
      }
      for (const page of [right, wrong]) await waitScreen(page, ['reveal']);
      await right.waitForTimeout(100);
      const seen = await right.evaluate(() => ({ reveal: DoVui.state.reveal, text: document.getElementById('screen').innerText,
        lit: [...document.querySelectorAll('#screen .spot.lit')].map((s) => Number(s.dataset.option)) }));
      assert.equal(seen.reveal.correctAnswer, true, `${q.id}: the right answer counts`);
      assert.ok(seen.reveal.pointsGained > 0, `${q.id}: points for the right answer`);
      assert.deepEqual(seen.reveal.techniques, q.techniques, `${q.id}: the reveal names the question's techniques`);
      for (const id of q.techniques) assert.ok(seen.text.includes(coreName(id)), `${q.id}: "${coreName(id)}" shown`);
      assert.ok(seen.text.includes('Thủ đoạn:') || q.card.genuine, `${q.id}: "Thủ đoạn:" label`);
      const verdictWords = q.card.genuine ? 'Tin thật' : q.card.type === 'call' ? 'Cuộc gọi lừa đảo'
        : q.card.type === 'qr_payment' ? 'Mã QR lừa đảo' : 'Tin lừa đảo';
      assert.ok(seen.text.includes(verdictWords), `${q.id}: "${verdictWords}" on the reveal`);
      const verdictColour = await right.evaluate(() => getComputedStyle(document.querySelector('#screen .card-verdict')).backgroundColor);
      assert.equal(verdictColour, q.card.genuine ? 'rgb(27, 127, 58)' : 'rgb(179, 38, 30)', `${q.id}: green when genuine, red when a scam`);
      if (q.kind === 'spot') {
        assert.deepEqual(seen.lit, [key], `${q.id}: the right span is lit on the reveal`);
        const other = await wrong.evaluate(() => ({
          lit: [...document.querySelectorAll('#screen .spot.lit')].map((s) => Number(s.dataset.option)),
          mine: [...document.querySelectorAll('#screen .spot.mine')].map((s) => Number(s.dataset.option)),
          right: DoVui.state.reveal.correctAnswer }));
        assert.deepEqual(other, { lit: [key], mine: [miss], right: false }, `${q.id}: the wrong pick is marked as the learner's`);
      }
      await shot(right, `reveal-${q.id}`);
      if (i === pack.questions.length - 1) {
        // In English the reveal names the techniques as the core's English table does.
        await wrong.locator('#langButton').click();
        const english = await wrong.evaluate(() => document.getElementById('screen').innerText);
        for (const id of q.techniques) {
          const en = golden.find((t) => t.id === id).nameEn;
          assert.ok(english.includes(en), `${q.id}: "${en}" shown in English`);
        }
        assert.ok(english.includes('Tricks used:') && english.includes('Scam QR code'), `${q.id}: the English reveal`);
        await wrong.screenshot({ path: path.join(shotsDir, 'web-spot-320-reveal-en.png'), fullPage: true });
        await wrong.locator('#langButton').click();
      }
      if (i === 0) await wrong.screenshot({ path: path.join(shotsDir, 'web-spot-320-reveal-wrong.png'), fullPage: true });
      server.command('next');
      server.command('next');
    }
    assert.ok(wrappedTapped, 'a span that wraps onto two lines was tapped on its second line');
    assert.ok(sheetTried, 'a span was chosen in the sheet of a folded card');
    for (const page of [right, wrong]) await waitScreen(page, ['podium']);
    const scores = {};
    for (const page of [right, wrong]) {
      const s = await page.evaluate(() => ({ name: DoVui.state.nickname, score: DoVui.state.podium.score }));
      scores[s.name] = s.score;
    }
    assert.equal(await server.quit(), 0, 'the server stops cleanly');
    const stored = Object.fromEntries(query(path.join(work, 'results.sqlite'), 'SELECT nickname, score FROM players')
      .map(([n, sc]) => [n, Number(sc)]));
    log('phones', JSON.stringify(scores), 'store', JSON.stringify(stored));
    assert.deepEqual(scores, stored, 'the phones\' scores are the store\'s');
    assert.ok(stored['Bà Năm'] > 0 && stored['Chú Tư'] === 0, 'the right spans scored, the wrong ones did not');
    const answers = query(path.join(work, 'results.sqlite'), 'SELECT COUNT(*) FROM answers')[0][0];
    assert.equal(Number(answers), 2 * pack.questions.length, 'every answer is in the store');
    assert.deepEqual(errors, [], 'no page errors');
    log(`PASS: spot questions on the card; screenshots in ${shotsDir}`);
  } finally {
    await browser.close();
    await server.quit();
  }
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
