// WebSocket load client for tools/bench/web-load: N browser players in one Node process, each
// answering every question within the think range. Prints a RESULT line like dovui-bots's.
//
// usage: node web-load-client.mjs --port WEBPORT --pin PIN --players N [--think-ms 0..2000]
//        [--timeout 600] [--seed 7]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../tests/web/package.json'));
const WebSocket = require('ws');

const { values: opt } = parseArgs({ options: {
  host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string' }, pin: { type: 'string' },
  players: { type: 'string', default: '100' }, 'think-ms': { type: 'string', default: '0..2000' },
  timeout: { type: 'string', default: '600' }, seed: { type: 'string', default: '7' } } });
const players = Number(opt.players);
const [thinkMin, thinkMax] = opt['think-ms'].split('..').map(Number);
let seed = Number(opt.seed) >>> 0 || 1;
const random = () => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; };
const pick = (n) => Math.floor(random() * n);

const stats = { joined: 0, finished: 0, sent: 0, acked: 0, refused: 0, latencies: [], questions: 0, bytes: 0, refusals: {} };
const url = `ws://${opt.host}:${opt.port}/ws`;

function choiceFor(q) {
  const all = [...Array(q.optionCount).keys()];
  if (q.kind === 'order') return all.sort(() => random() - 0.5);
  if (q.kind === 'multi') { const c = all.filter(() => random() < 0.5); return c.length ? c : [pick(q.optionCount)]; }
  return [pick(q.optionCount)];
}

function player(i) {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const pending = new Map();  // questionIndex -> sent time
    let done = false;
    const finish = () => { if (!done) { done = true; stats.bytes += ws._socket ? ws._socket.bytesRead : 0; resolve(); } };
    ws.on('open', () => ws.send(JSON.stringify({ type: 'join', protocolVersion: 3, pin: Number(opt.pin), nickname: `Web ${i + 1}`, rich: true })));
    ws.on('message', (data) => {
      const m = JSON.parse(data);
      if (m.type === 'welcome') stats.joined++;
      else if (m.type === 'question') {
        stats.questions = Math.max(stats.questions, m.index + 1);
        const delay = thinkMin + random() * (thinkMax - thinkMin);
        setTimeout(() => {
          pending.set(m.index, performance.now());
          stats.sent++;
          ws.send(JSON.stringify({ type: 'answer', questionIndex: m.index, choice: choiceFor(m) }));
        }, Math.min(delay, Math.max(0, m.remainingMs - 200)));
      } else if (m.type === 'answerAck') {
        const at = pending.get(m.questionIndex);
        pending.delete(m.questionIndex);
        if (m.refusal === 'none') { stats.acked++; if (at !== undefined) stats.latencies.push(performance.now() - at); }
        else { stats.refused++; stats.refusals[m.refusal] = (stats.refusals[m.refusal] || 0) + 1; }
      } else if (m.type === 'podium') {
        stats.finished++;
        ws.close();
        finish();
      } else if (m.type === 'joinRefused') {
        console.error(`player ${i + 1}: join refused: ${m.reason}`);
        ws.close();
        finish();
      }
    });
    ws.on('close', finish);
    ws.on('error', (e) => { console.error(`player ${i + 1}: ${e.message}`); finish(); });
  });
}

const percentile = (values, p) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};

const timer = setTimeout(() => { console.error('timeout'); report(); process.exit(1); }, Number(opt.timeout) * 1000);
const all = [];
for (let i = 0; i < players; i++) {
  all.push(player(i));
  if (i % 50 === 49) await new Promise((r) => setTimeout(r, 20));  // a room fills in bursts
}
await Promise.all(all);
clearTimeout(timer);
const lost = report();
process.exit(stats.joined === players && lost === 0 ? 0 : 1);

function report() {
  const lost = stats.sent - stats.acked - stats.refused;
  const perPlayerQuestion = stats.questions ? stats.bytes / players / stats.questions : 0;
  console.log(`RESULT players=${players} joined=${stats.joined} finished=${stats.finished} sent=${stats.sent} ` +
    `acked=${stats.acked} lost=${lost} refused=${stats.refused} questions=${stats.questions} ` +
    `p50=${percentile(stats.latencies, 0.5).toFixed(1)} p99=${percentile(stats.latencies, 0.99).toFixed(1)} ` +
    `bytes_per_player_question=${perPlayerQuestion.toFixed(0)}` +
    (stats.refused ? ` refusals=${JSON.stringify(stats.refusals)}` : ''));
  return lost;
}
