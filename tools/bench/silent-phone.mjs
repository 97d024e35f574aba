// Soak benchmark (not a test): "a phone silent for 60 minutes stays in the match" (design.md §10).
// Debian's chromium opens the page at 360×740, joins dovui-server, and sends nothing for
// --minutes; the server is left at the default ping interval and idle timeout. Every minute it
// prints whether the socket is open and whether the page ever showed "Mất kết nối"; at the end
// the facilitator starts the match and the phone answers, and the store is checked.
//
// usage: node tools/bench/silent-phone.mjs [--minutes 60] [--server build/dovui-server]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');
const require = createRequire(path.join(root, 'tests/web/package.json'));
const { chromium } = require('playwright-core');
const support = await import(path.join(root, 'tests/web/support.mjs'));

const { values: opt } = parseArgs({ options: {
  minutes: { type: 'string', default: '60' }, server: { type: 'string', default: path.join(root, 'build/dovui-server') } } });
const minutes = Number(opt.minutes);
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
const PIN = 318642;

const work = support.tempDir('dovui-silent-');
const pack = support.writePack(path.join(root, 'assets'), work, ['bhdt-03'], 60);  // a single choice: four tiles
const [webPort, gamePort, infoPort] = [await support.freeTcpPort(), await support.freeUdpPort(), await support.freeUdpPort()];
const server = support.startServer(opt.server, ['--pack', pack, '--port', gamePort, '--info-port', infoPort,
  '--web-port', webPort, '--pin', PIN, '--data-dir', work].map(String));
await server.ready;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: support.chromiumArgs });
let closes = 0;
let lostSeconds = 0;
try {
  const page = await support.newPhone(browser, 360, 740, (e) => log('page error', e.message));
  page.on('websocket', (ws) => ws.on('close', () => { closes++; }));
  await support.joinPhone(page, `http://127.0.0.1:${webPort}/?pin=${PIN}`, 'Bà Năm');
  log(`joined; silent for ${minutes} min (server pings every 3 s, closes after 20 s unheard)`);
  for (let m = 1; m <= minutes; m++) {
    for (let s = 0; s < 60; s++) {
      await new Promise((r) => setTimeout(r, 1000));
      if (await page.evaluate(() => DoVui.state.lost)) lostSeconds++;
    }
    const open = await page.evaluate(() => DoVui.connection.isOpen());
    log(`minute ${m}: socket ${open ? 'open' : 'CLOSED'}, socket closes so far ${closes}`);
  }
  server.command('start');
  await page.waitForFunction(() => DoVui.state.screen === 'question', null, { timeout: 10000 });
  await page.locator('#screen .tile').nth(2).tap();
  await page.waitForFunction(() => DoVui.state.screen === 'reveal', null, { timeout: 70000 });
  const closesBeforeQuit = closes;
  await server.quit();
  const rows = support.query(path.join(work, 'results.sqlite'), 'SELECT COUNT(*) FROM answers');
  const ok = closesBeforeQuit === 0 && lostSeconds === 0 && rows[0][0] === '1';
  log(`RESULT minutes=${minutes} socket_closes=${closesBeforeQuit} lost_seconds=${lostSeconds} answers_stored=${rows[0][0]} ${ok ? 'OK' : 'FAILED'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await server.quit();
}
