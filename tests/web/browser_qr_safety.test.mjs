// Safety (issue 13): no QR code the phone page draws for a scenario can be scanned into a payment.
// In Debian's chromium: every qr_payment card of the bundled packs and the test pack is drawn by
// the page's own code, photographed at 1× and 3×, and zbarimg finds no code in any of them;
// the same picture box holding a real QR code of the card's payload (made here with libqrencode,
// never by the page) is read back by zbarimg, so the reader works at that size. The whole card in
// the "Xem cả tin" sheet of a live question still shows what a bank app shows after scanning:
// bank, account, holder, amount and message.
//
// usage: node browser_qr_safety.test.mjs --server EXE --assets DIR [--shots DIR]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, freeTcpPort, freeUdpPort, joinPhone, newPhone, startServer, tempDir } from './support.mjs';

const { values: opt } = parseArgs({ options: {
  server: { type: 'string' }, bots: { type: 'string' }, assets: { type: 'string' }, shots: { type: 'string' } } });
for (const key of ['server', 'assets']) if (!opt[key]) throw new Error(`--${key} is required`);
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);
const PIN = 975310;
const work = tempDir('dovui-qr-safety-');
const shotsDir = opt.shots || work;
fs.mkdirSync(shotsDir, { recursive: true });

/** What zbarimg reads in a PNG: the decoded texts (none when exit status 4). */
function zbar(file) {
  const r = spawnSync('zbarimg', ['-q', '--raw', file], { encoding: 'utf8' });
  if (r.error) throw new Error('zbarimg is missing (Debian package zbar-tools; tools/dev installs it)');
  if (r.status === 4) return [];
  if (r.status !== 0) throw new Error(`zbarimg failed on ${file}: ${r.stderr}`);
  return r.stdout.split('\n').filter((l) => l.length);
}

/** A real QR code's modules for `text`, through libqrencode (the control, not the page). */
function realQr(text) {
  const script = `
import ctypes, sys
lib = ctypes.CDLL('libqrencode.so.4')
class QR(ctypes.Structure):
    _fields_ = [('version', ctypes.c_int), ('width', ctypes.c_int), ('data', ctypes.POINTER(ctypes.c_ubyte))]
lib.QRcode_encodeString.restype = ctypes.POINTER(QR)
lib.QRcode_encodeString.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]
q = lib.QRcode_encodeString(sys.argv[1].encode(), 0, 1, 2, 1).contents
print(q.width)
print(''.join('1' if q.data[i] & 1 else '0' for i in range(q.width * q.width)))`;
  const [width, bits] = execFileSync('python3', ['-c', script, text], { encoding: 'utf8' }).trim().split('\n');
  return { width: Number(width), bits };
}

function qrCards() {
  const cards = [];
  const files = [path.join(here, 'packs', 'spot-test.json')];
  for (const lang of fs.readdirSync(path.join(opt.assets, 'packs')))
    for (const f of fs.readdirSync(path.join(opt.assets, 'packs', lang)))
      if (f.endsWith('.json')) files.push(path.join(opt.assets, 'packs', lang, f));
  for (const file of files)
    for (const q of JSON.parse(fs.readFileSync(file, 'utf8')).questions)
      if (q.card && q.card.type === 'qr_payment') cards.push({ id: `${path.basename(file)} ${q.id}`, card: q.card });
  return cards;
}

async function main() {
  const pack = JSON.parse(fs.readFileSync(path.join(here, 'packs', 'spot-test.json'), 'utf8'));
  pack.questions = pack.questions.filter((q) => q.id === 'qr-single').map((q) => ({ ...q, time: 120 }));
  const packFile = path.join(work, 'qr-pack.json');
  fs.writeFileSync(packFile, JSON.stringify(pack));
  const [webPort, gamePort, infoPort] = [await freeTcpPort(), await freeUdpPort(), await freeUdpPort()];
  const server = startServer(opt.server, ['--pack', packFile, '--port', gamePort, '--info-port', infoPort,
    '--web-port', webPort, '--pin', PIN, '--data-dir', work].map(String));
  await server.ready;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const errors = [];
  try {
    // ---- Every qr_payment card as the page draws it: nothing to scan, at 1× and at 3×.
    const cards = qrCards();
    assert.ok(cards.length >= 5, `qr_payment cards to try (${cards.length})`);
    for (const scale of [1, 3]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: scale });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${webPort}/`);
      await page.waitForFunction(() => DoVui.state.screen === 'home');
      let n = 0;
      for (const { id, card } of cards) {
        await page.evaluate((c) => {
          const body = Object.assign({}, c, { shopName: c.shop });
          const root = document.getElementById('screen');
          root.textContent = '';
          root.appendChild(DoVui.renderCard({ body: body }));
        }, card);
        const file = path.join(work, `qr-${scale}x-${n++}.png`);
        await page.locator('#screen .qr-art').screenshot({ path: file });
        const read = zbar(file);
        assert.deepEqual(read, [], `${id} at ${scale}×: the drawn QR must not scan (read ${JSON.stringify(read)})`);
        if (n === 1 && scale === 1) await page.locator('#screen .card').screenshot({ path: path.join(shotsDir, 'web-qr-card.png') });
      }
      // The control: a real code of the last card's payload in the same box is read back.
      const payload = cards[cards.length - 1].card.payload;
      const qr = realQr(payload);
      await page.evaluate(({ width, bits }) => {
        const svg = document.querySelector('#screen .qr-art');
        svg.setAttribute('viewBox', `-4 -4 ${width + 8} ${width + 8}`);
        svg.textContent = '';
        const ns = 'http://www.w3.org/2000/svg';
        const bg = document.createElementNS(ns, 'rect');
        Object.entries({ x: -4, y: -4, width: width + 8, height: width + 8, fill: '#fff' }).forEach(([k, v]) => bg.setAttribute(k, v));
        svg.appendChild(bg);
        let d = '';
        for (let i = 0; i < bits.length; i++) if (bits[i] === '1') d += `M${i % width} ${Math.floor(i / width)}h1v1h-1z`;
        const p = document.createElementNS(ns, 'path');
        p.setAttribute('d', d);
        svg.appendChild(p);
      }, qr);
      const control = path.join(work, `qr-control-${scale}x.png`);
      await page.locator('#screen .qr-art').screenshot({ path: control });
      assert.deepEqual(zbar(control), [payload], `at ${scale}×: a real QR code in the same box is read (the reader works)`);
      log(`${cards.length} cards at ${scale}×: none scans; the real control code does`);
      await context.close();
    }

    // ---- A live question: the whole card in the sheet shows the bank app's confirmation.
    const phone = await newPhone(browser, 360, 740, (e) => errors.push(e.message));
    await joinPhone(phone, `http://127.0.0.1:${webPort}/?pin=${PIN}`, 'Cô Hạnh');
    server.command('start');
    await phone.waitForFunction(() => DoVui.state.screen === 'question');
    await phone.waitForTimeout(100);
    if (await phone.evaluate(() => document.querySelector('#screen .card').classList.contains('cut'))) {
      await phone.locator('#screen .card').tap();
      await phone.waitForFunction(() => !document.getElementById('cardSheet').hidden);
    }
    const where = (await phone.evaluate(() => !document.getElementById('cardSheet').hidden)) ? '#cardSheet' : '#screen';
    await phone.screenshot({ path: path.join(shotsDir, 'web-qr-sheet.png') });
    const text = await phone.locator(`${where} .card`).innerText();
    for (const words of ['MẪU — KHÔNG QUÉT', 'Agribank', '3012205467891', 'TRAN THI HOA', '50.000 ₫', 'mua rau', 'Quầy rau cô Hoa'])
      assert.ok(text.includes(words), `the card shows "${words}"`);
    const sheetShot = path.join(work, 'sheet.png');
    await phone.screenshot({ path: sheetShot });
    assert.deepEqual(zbar(sheetShot), [], 'nothing scans on the phone\'s screen');
    assert.deepEqual(errors, [], 'no page errors');
    log('PASS: no drawn QR scans; the card still shows bank, account, holder, amount and message');
  } finally {
    await browser.close();
    await server.quit();
  }
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
