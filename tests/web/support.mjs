// Helpers for the web tests: free ports, a dovui-server child process, the results store.
import { spawn, execFileSync } from 'node:child_process';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A TCP port that was free a moment ago (the kernel picks it). */
export function freeTcpPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '0.0.0.0', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A UDP port that was free a moment ago. */
export function freeUdpPort() {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    socket.on('error', reject);
    socket.bind(0, () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Writes a pack made of the named questions of the bundled default pack, each with
 * `seconds` to answer, and returns its path.
 */
export function writePack(assets, folder, ids, seconds) {
  const pack = JSON.parse(fs.readFileSync(path.join(assets, 'packs/vi/buoi-hoc-dau-tien.json'), 'utf8'));
  pack.questions = ids.map((id) => {
    const q = pack.questions.find((x) => x.id === id);
    if (!q) throw new Error(`question ${id} is not in the default pack`);
    return { ...q, time: seconds };
  });
  const file = path.join(folder, 'web-test-pack.json');
  fs.writeFileSync(file, JSON.stringify(pack));
  return file;
}

/** dovui-server as a child process; resolves once it printed READY (with its ports). */
export function startServer(exe, args, log = () => {}) {
  const child = spawn(exe, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = [];
  let buffered = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('dovui-server printed no READY in 15 s:\n' + lines.join('\n'))), 15000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk.toString();
      let at;
      while ((at = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, at);
        buffered = buffered.slice(at + 1);
        lines.push(line);
        log(line);
        if (line.startsWith('READY')) {
          clearTimeout(timer);
          resolve(Object.fromEntries(line.split(' ').slice(1).map((kv) => kv.split('='))));
        }
      }
    });
    child.stderr.on('data', (chunk) => log('stderr: ' + chunk.toString().trim()));
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`dovui-server exited (${code}):\n${lines.join('\n')}`)); });
  });
  return {
    child, lines, ready,
    command(text) { child.stdin.write(text + '\n'); },
    async quit() {
      if (child.exitCode !== null) return child.exitCode;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.write('quit\n');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      const code = await done;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Rows of `sql` from the results store, through Debian's sqlite3 command-line tool. */
export function query(dbFile, sql) {
  const out = execFileSync('sqlite3', ['-readonly', '-separator', '\t', dbFile, sql], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Waits until `page`'s screen is one of `names`. */
export function waitScreen(page, names, timeout = 60000) {
  return page.waitForFunction((n) => n.includes(DoVui.state.screen), names, { timeout, polling: 50 });
}

/** A phone at the given size, touch and mobile on, Vietnamese. */
export async function newPhone(browser, width, height, onError) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1,
    hasTouch: true, isMobile: true, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => onError(e));
  return page;
}

/** Opens the join URL and joins under `name`; resolves in the waiting room. */
export async function joinPhone(page, url, name) {
  await page.goto(url);
  await waitScreen(page, ['join']);
  await page.locator('#nickname').fill(name);
  await page.locator('button[type=submit]').click();
  await waitScreen(page, ['waiting']);
}

/** Waits for a question other than `lastIndex`, or the podium; resolves with { screen, question }. */
export async function nextQuestionOrPodium(page, lastIndex, timeout = 90000) {
  await page.waitForFunction((last) => {
    const s = DoVui.state;
    return s.screen === 'podium' || (s.screen === 'question' && s.question.index !== last);
  }, lastIndex, { timeout, polling: 50 });
  return page.evaluate(() => ({ screen: DoVui.state.screen, question: DoVui.state.question }));
}
