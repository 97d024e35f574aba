// One message table (design.md §5): the phone page (assets/web/*.js) sends and reads exactly the
// JSON keys of the core's table, pinned by tests/golden/{client,server}_*.json, and compares
// fields only with the enum names of tests/golden/protocol_names.json (all written by
// tests/core/protocol_json_test.cpp). A C++ field or enum name changed and its golden rewritten
// fails here until the page follows it.
//
// usage: node protocol_keys.test.mjs --assets DIR --golden DIR
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({ options: { assets: { type: 'string' }, golden: { type: 'string' } } });

// ------------------------------------------------------------------ the core's keys
const keysOf = { client: {}, server: {} };  // side -> type -> Set of keys
const cardKeys = {};                         // card type -> Set of keys
for (const file of fs.readdirSync(opt.golden)) {
  const side = /^(client|server)_.*\.json$/.exec(file);
  if (!side) continue;
  const msg = JSON.parse(fs.readFileSync(path.join(opt.golden, file), 'utf8'));
  const keys = (keysOf[side[1]][msg.type] ??= new Set());
  Object.keys(msg).filter((k) => k !== 'type').forEach((k) => keys.add(k));
  if (msg.card) {
    const body = msg.card.body;
    const set = (cardKeys[body.type] ??= new Set());
    Object.keys(body).filter((k) => k !== 'type').forEach((k) => set.add(k));
  }
}
assert.ok(Object.keys(keysOf.client).length >= 4 && Object.keys(keysOf.server).length >= 12,
  `golden JSON of every message in ${opt.golden}`);

const web = path.join(opt.assets, 'web');
const sources = Object.fromEntries(fs.readdirSync(web).filter((f) => f.endsWith('.js'))
  .map((f) => [f, fs.readFileSync(path.join(web, f), 'utf8')]));

/** The text of the block that encloses `at` from there on: up to its closing brace. */
function restOfBlock(text, at) {
  let depth = 0;
  for (let i = at; i < text.length; ++i) {
    if (text[i] === '{') ++depth;
    else if (text[i] === '}' && --depth < 0) return text.slice(at, i);
  }
  return text.slice(at);
}
/** Every `name.key` in `text`: the first key after the name. */
function readsOf(text, name) {
  return [...text.matchAll(new RegExp(`(?<![\\w.])${name}\\.(\\w+)`, 'g'))].map((m) => m[1]);
}

// ------------------------------------------------------------------ browser -> server
const sent = {};
for (const [file, text] of Object.entries(sources))
  for (const call of text.matchAll(/\.send\(\{([^{}]*)\}\)/g)) {
    const keys = [...call[1].matchAll(/(\w+)\s*:/g)].map((m) => m[1]);
    const type = /type:\s*'(\w+)'/.exec(call[1])?.[1];
    assert.ok(keysOf.client[type], `${file}: sends "${type}", which is not a message of the table`);
    assert.deepEqual(keys.filter((k) => k !== 'type').sort(), [...keysOf.client[type]].sort(),
      `${file}: a "${type}" carries exactly the table's fields`);
    sent[type] = true;
  }
assert.deepEqual(Object.keys(sent).sort(), ['answer', 'join', 'rejoin'], 'the page sends join, rejoin and answer');
const golden = JSON.parse(fs.readFileSync(path.join(opt.golden, 'client_join.json'), 'utf8'));
assert.equal(Number(/DoVui\.PROTOCOL_VERSION = (\d+)/.exec(sources['connection.js'])[1]), golden.protocolVersion,
  'the page speaks the table\'s protocol version');

// ------------------------------------------------------------------ server -> browser
const read = {};  // type -> Set of keys the page reads
const note = (type, keys) => keys.forEach((k) => (read[type] ??= new Set()).add(k));
// The handlers: `type: function (m) { ... }` in app.js's `const on = { ... }`.
const app = sources['app.js'];
const on = restOfBlock(app, app.indexOf('{', app.indexOf('const on = {')) + 1);
for (const h of on.matchAll(/^ {4}(\w+): function \((\w*)\) \{/gm)) {
  assert.ok(keysOf.server[h[1]], `app.js handles "${h[1]}", which is not a message of the table`);
  if (h[2]) note(h[1], readsOf(restOfBlock(on, h.index + h[0].length), h[2]));
}
// Where the page keeps a message: S.question, S.reveal, …, and the names it gives them.
const held = { question: 'question', reveal: 'reveal', podium: 'podium', leaderboard: 'leaderboard' };
for (const text of Object.values(sources)) {
  for (const [field, type] of Object.entries(held)) {
    note(type, readsOf(text, `S\\.${field}`));
    for (const alias of text.matchAll(new RegExp(`const (\\w+) = S\\.${field}\\b`, 'g')))
      note(type, readsOf(restOfBlock(text, alias.index), alias[1]));
  }
}
for (const f of sources['tiles.js'].matchAll(/= function \(question\b[^)]*\) \{/g))  // answer tiles
  note('question', readsOf(restOfBlock(sources['tiles.js'], f.index + f[0].length), 'question'));

// What the page deliberately leaves unread: the projector shows it (the chart of choices, the
// lock), or the page has no use for it (ids, the team number beside its name).
const unread = {
  welcome: ['playerId', 'team', 'streak'],
  joinRefused: ['detail'],
  lobby: ['locked'],
  question: [],
  answerAck: [],
  reveal: ['counts'],
  leaderboard: ['afterQuestion'],
  pause: [],
  podium: [],
  kicked: ['reason'],
  revived: [],
  error: [],
  pong: ['seq'],  // connection.js: any message proves the link
};
for (const [type, keys] of Object.entries(keysOf.server)) {
  const reads = read[type] ?? new Set();
  for (const k of reads)
    assert.ok(keys.has(k), `the page reads "${type}.${k}", which the table does not send (renamed?)`);
  assert.deepEqual([...keys].filter((k) => !reads.has(k)).sort(), (unread[type] ?? []).slice().sort(),
    `"${type}": the fields the page leaves unread are the listed ones (a new or renamed field?)`);
}
// Every field of every scenario card is drawn (cards.js reads `body.<key>`).
const drawn = new Set(readsOf(sources['cards.js'], 'body'));
for (const [type, keys] of Object.entries(cardKeys))
  for (const k of keys) assert.ok(drawn.has(k), `cards.js never reads the ${type} card's "${k}" (renamed?)`);
assert.equal(Object.keys(cardKeys).length, 5, 'golden questions with each of the five card types');

// ------------------------------------------------------------------ enum names
// Every name the page compares a field with is one the core writes (tests/golden/protocol_names.json).
const names = JSON.parse(fs.readFileSync(path.join(opt.golden, 'protocol_names.json'), 'utf8'));
const namesOf = { phase: names.phase, reason: names.joinRefusal, refusal: names.answerRefusal, kind: names.kind,
  cardVerdict: names.cardVerdict, verdict: names.cardVerdict,
  type: [...names.cardType, ...Object.keys(keysOf.server)] };  // a card's type or a message's
let compared = 0;
for (const [file, text] of Object.entries(sources))
  for (const m of text.matchAll(/(typeof )?\b(?:\w+\.)*(phase|reason|refusal|kind|cardVerdict|verdict|type) [!=]== '([\w-]+)'/g)) {
    if (m[1]) continue;  // typeof x.type === 'string'
    assert.ok(namesOf[m[2]].includes(m[3]), `${file}: compares ${m[2]} with '${m[3]}', which the core never writes`);
    ++compared;
  }
// A refusal the page does not handle by itself is shown as t('refusal.' + reason): each has words.
const i18n = sources['i18n.js'];
const refusalBlocks = [...i18n.matchAll(/refusal: \{/g)].map((m) => restOfBlock(i18n, m.index + m[0].length));
assert.equal(refusalBlocks.length, 2, 'refusal words in Vietnamese and English');
for (const reason of names.joinRefusal.filter((r) => !['kicked', 'wrongVersion', 'matchOver'].includes(r)))
  refusalBlocks.forEach((block, i) => assert.match(block, new RegExp(`\\b${reason}:`),
    `i18n.js: no ${i ? 'English' : 'Vietnamese'} words for the refusal "${reason}"`));

console.log(`PASS: the page sends ${Object.keys(sent).length} and reads ${Object.keys(read).length} message types ` +
  `with the table's keys (${Object.keys(keysOf.client).length} + ${Object.keys(keysOf.server).length} golden types), ` +
  `and ${compared} comparisons with its enum names`);
