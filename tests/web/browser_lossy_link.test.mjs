// Lossy Wi-Fi and outages (issue 12), for real: dovui-server in one network namespace, 40
// dovui-bots and two chromium phones in another, joined by a lossy link (netem.mjs: tc netem
// where the kernel has sch_netem, and always the user-space TUN link). Two whole matches:
//   (a) 10 % loss and 100 ± 50 ms delay each way;
//   (b) the same, plus a 30 s total outage that starts 3 s into a 40 s question.
// Asserts: the match completes; every answer a bot's ack log or a page's WebSocket saw
// acknowledged is stored exactly once; every learner is in their own seat afterwards (one
// player row each, the same player id in every welcome, the page's score = the store's).
// Prints the bots' ack p50/p99 under loss and the answers acknowledged/stored.
//
// usage: node browser_lossy_link.test.mjs --server EXE --bots EXE --lossy-link EXE --assets DIR
// Exits 77 (CTest: skipped) where network namespaces or TUN devices are not available.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, newPhone, nextQuestionOrPodium, query, startServer, tempDir, waitScreen } from './support.mjs';
import { SERVER_IP, chromiumIn, inNamespace, makeLink, namespacesUnavailable, netemAvailable } from './netns.mjs';

const { values: opt } = parseArgs({ options: {
  server: { type: 'string' }, bots: { type: 'string' }, 'lossy-link': { type: 'string' }, assets: { type: 'string' },
  verbose: { type: 'boolean', default: false } } });
for (const key of ['server', 'bots', 'lossy-link', 'assets']) if (!opt[key]) throw new Error(`--${key} is required`);

const PIN = 135792;
const BOTS = 40;
const PHONES = ['Bà Sáu', 'Anh Bảy'];
const OUTAGE_MS = 30000;
const log = (...a) => console.log(new Date().toISOString().slice(11, 23), ...a);

/** Single-choice and true/false questions of the default pack, `seconds` each (or per id). */
function writePack(folder, ids, seconds) {
  const pack = JSON.parse(fs.readFileSync(path.join(opt.assets, 'packs/vi/buoi-hoc-dau-tien.json'), 'utf8'));
  pack.questions = ids.map((id, i) => ({ ...pack.questions.find((q) => q.id === id), time: seconds[i] }));
  const file = path.join(folder, 'lossy-pack.json');
  fs.writeFileSync(file, JSON.stringify(pack));
  return file;
}

/** What one page was told: its welcomes' player ids and the questions acknowledged to it. */
function watchSocket(page) {
  const seen = { playerIds: new Set(), acked: new Set(), welcomedAt: [] };
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => {
    const m = JSON.parse(payload);
    if (m.type === 'welcome') {
      seen.playerIds.add(m.playerId);
      seen.welcomedAt.push(Date.now());
      if (m.phase === 'question' && m.answeredCurrent) seen.acked.add(m.questionIndex);
    } else if (m.type === 'answerAck' && (m.refusal === 'none' || m.refusal === 'duplicate')) {
      seen.acked.add(m.questionIndex);
    } else if (m.type === 'reveal' && m.answered) {
      seen.acked.add(m.index);
    }
  }));
  return seen;
}

/** Plays one phone to the podium: a tile for every question, once `beforeAnswer` resolves. */
async function play(page, index, beforeAnswer) {
  let last = -1;
  for (;;) {
    const state = await nextQuestionOrPodium(page, last, 120000);
    if (state.screen === 'podium') break;
    last = state.question.index;
    log(`${PHONES[index]}: question ${last + 1}`);
    await beforeAnswer(index, last);
    const tiles = page.locator('.tile');
    const count = await tiles.count();
    if (count > 0 && await page.evaluate((l) => DoVui.state.screen === 'question' && DoVui.state.question.index === l, last))
      await tiles.nth((index + last) % count).tap({ timeout: 5000 }).catch(() => {});  // closed meanwhile
  }
  return page.evaluate(() => ({ name: DoVui.state.nickname, score: DoVui.state.podium.score }));
}

const stat = (line, key) => Number((line.match(new RegExp(`\\b${key}=([\\d.]+)`)) || [])[1]);

/** One whole match over a fresh link; returns the figures printed at the end. */
async function match({ kind, outage }) {
  const work = tempDir('dovui-lossy-');
  const ids = ['bhdt-03', 'bhdt-05', 'bhdt-12', 'bhdt-14', 'bhdt-20'];
  const outageQuestion = 1;
  // (b): the cut question is long, and so is the next: the server may close the cut one early
  // (nobody is left to wait for) and the learners come back during the next.
  const seconds = ids.map((_, i) => (outage && i >= outageQuestion ? 40 : 8));
  const pack = writePack(work, outage ? ids.slice(0, 3) : ids, seconds);
  const questionCount = outage ? 3 : ids.length;
  const link = await makeLink({ kind, lossyLinkExe: opt['lossy-link'], loss: 0.1, delayMs: 100, jitterMs: 50, seed: 12 });
  const title = `${kind === 'tun' ? 'user-space TUN link' : 'tc netem'}, 10 % loss, 100 ± 50 ms${outage ? ', 30 s outage' : ''}`;
  log(`== ${title}`);
  const [exe, args] = inNamespace(link.server, [opt.server, '--pack', pack, '--pin', PIN, '--data-dir', work,
    '--auto-start', BOTS + PHONES.length, '--auto-advance-ms', 2500, '--join-rate', 1000, '--join-burst', 1000,
    '--connections-per-address', 2 * (BOTS + PHONES.length)]  // every player shares one address here
    .map(String));
  const server = startServer(exe, args, opt.verbose ? (l) => log('server:', l) : () => {});
  let browser;
  let bots;
  try {
    const ready = await server.ready;
    browser = await chromium.launch({ executablePath: chromiumIn(link.players, work), args: chromiumArgs });
    const url = `http://${SERVER_IP}:${ready.web}/?pin=${PIN}`;
    const pages = [];
    const seen = [];
    for (const name of PHONES) {
      const page = await newPhone(browser, 360, 740, (e) => log(`${name}: page error ${e.message}`));
      seen.push(watchSocket(page));
      await page.goto(url, { timeout: 30000 });
      await waitScreen(page, ['join']);
      await page.locator('#nickname').fill(name);
      await page.locator('button[type=submit]').click();
      await waitScreen(page, ['waiting']);
      pages.push(page);
    }
    log(`${PHONES.length} phones in the waiting room; ${BOTS} bots join`);
    const ackLog = path.join(work, 'acks.tsv');
    const [botExe, botArgs] = inNamespace(link.players, [opt.bots, '--host', SERVER_IP, '--port', ready.port,
      '--pin', PIN, '--players', BOTS, '--think-ms', outage ? '500..9000' : '300..3000', '--pack', pack,
      '--timeout', 200, '--seed', 11, '--ack-log', ackLog].map(String));
    bots = spawn(botExe, botArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    let botOut = '';
    bots.stdout.on('data', (c) => { botOut += c; });
    bots.stderr.on('data', (c) => { botOut += c; });
    const botsDone = new Promise((resolve) => bots.on('exit', resolve));

    // (b): the first phone answers before the cut, the second into the dead link.
    let cut = null;
    let restoredAt = 0;
    const beforeAnswer = async (index, q) => {
      if (!outage || q !== outageQuestion) return;
      if (!cut) {
        cut = new Promise((resolve) => setTimeout(() => {
          log(`link cut for ${OUTAGE_MS / 1000} s, 3 s into question ${q + 1}`);
          link.cut();
          setTimeout(() => { link.restore(); restoredAt = Date.now(); log('link restored'); }, OUTAGE_MS);
          resolve();
        }, 3000));
      }
      if (index === 1) await cut;
    };
    const results = await Promise.all(pages.map((p, i) => play(p, i, beforeAnswer)));
    const botCode = await botsDone;
    const resultLine = botOut.split('\n').find((l) => l.startsWith('RESULT')) || '';
    log('bots:', resultLine || botOut);
    assert.equal(stat(resultLine, 'joined'), BOTS, 'every bot joined');
    assert.equal(stat(resultLine, 'finished'), BOTS, 'every bot saw the podium: the match completed');
    if (!outage) assert.equal(botCode, 0, 'no bot answer went unacknowledged');
    assert.equal(await server.quit(), 0, 'the server stops cleanly');

    const db = path.join(work, 'results.sqlite');
    const players = query(db, 'SELECT player_id, nickname, score, left_match FROM players');
    assert.equal(players.length, BOTS + PHONES.length, 'one player row per learner: nobody came back as a new player');
    const stored = new Map(query(db, `SELECT p.nickname, a.q_index, count(*) FROM answers a JOIN players p
      ON p.match_id = a.match_id AND p.player_id = a.player_id GROUP BY p.nickname, a.q_index`)
      .map(([name, q, n]) => [`${name}\t${q}`, Number(n)]));
    const botAcks = new Set(fs.readFileSync(ackLog, 'utf8').split('\n').filter(Boolean)
      .map((l) => l.split('\t').slice(0, 2).join('\t')));
    for (const key of botAcks) assert.equal(stored.get(key), 1, `bot answer ${key} was acknowledged: stored once`);
    let phoneAcks = 0;
    const backAfter = [];
    for (let i = 0; i < PHONES.length; i++) {
      const row = players.find((p) => p[1] === PHONES[i]);
      assert.deepEqual([...seen[i].playerIds], [Number(row[0])], `${PHONES[i]}: the same seat in every welcome`);
      assert.equal(results[i].score, Number(row[2]), `${PHONES[i]}: the page's score is the store's`);
      for (const q of seen[i].acked) assert.equal(stored.get(`${PHONES[i]}\t${q}`), 1, `${PHONES[i]} q${q}: stored once`);
      phoneAcks += seen[i].acked.size;
      if (outage) {
        const back = seen[i].welcomedAt.find((t) => t >= restoredAt);
        assert.ok(back, `${PHONES[i]} came back after the outage`);
        // The page's own ping notices the dead socket (connection.js): back within seconds, not
        // after TCP's half-minute of retries (27-29 s before it), in time for the next question.
        assert.ok(back - restoredAt <= 12000, `${PHONES[i]} back ${(back - restoredAt) / 1000} s after the link returned (≤ 12 s)`);
        backAfter.push(((back - restoredAt) / 1000).toFixed(1));
      }
      log(`${PHONES[i]}: acknowledged questions ${[...seen[i].acked].map((q) => q + 1).join(', ')}; seat ${row[0]}`);
    }
    const storedCount = [...stored.values()].reduce((a, b) => a + b, 0);
    const figures = `${title}: ${questionCount} questions; bots acked ${botAcks.size} answers ` +
      `(p50 ${stat(resultLine, 'p50')} ms, p99 ${stat(resultLine, 'p99')} ms, resent ${stat(resultLine, 'resent')}, ` +
      `rejoins ${stat(resultLine, 'rejoins')}, never acked ${stat(resultLine, 'lost')}); phones acked ${phoneAcks} of ` +
      `${PHONES.length * questionCount}; ${storedCount} answers stored, each acknowledged one exactly once` +
      (outage ? `; phones back in their seats ${backAfter.join(' s, ')} s after the link returned` : '');
    return { figures, link };
  } finally {
    if (bots && bots.exitCode === null) bots.kill('SIGKILL');
    if (browser) await browser.close();
    await server.quit();
    await link.close();
    log('link:', link.stats());
  }
}

async function main() {
  const why = namespacesUnavailable();
  if (why) {
    console.log(`SKIP: ${why}`);
    process.exit(77);
  }
  const kinds = ['tun'];
  if (netemAvailable()) kinds.unshift('netem');
  else log('tc netem: this kernel has no sch_netem; the user-space link (TUN + dovui-lossy-link) only');
  const figures = [];
  if (!process.env.DOVUI_OUTAGE_ONLY) for (const kind of kinds) figures.push((await match({ kind, outage: false })).figures);
  figures.push((await match({ kind: kinds[kinds.length - 1], outage: true })).figures);
  for (const f of figures) log('FIGURES', f);
  log('PASS');
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
