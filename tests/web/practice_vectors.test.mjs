// One set of practice rules (issue 14): assets/web/practice.js replays the vectors the C++ core
// wrote (tests/core/practice_vectors_test.cpp → tests/golden/practice_vectors.json): the same
// question picked at every step, the same Leitner card after it, the same grading.
//
// usage: node practice_vectors.test.mjs --assets DIR --golden DIR
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({ options: { assets: { type: 'string' }, golden: { type: 'string' } } });
const context = vm.createContext({});
vm.runInContext(fs.readFileSync(path.join(opt.assets, 'web/practice.js'), 'utf8'), context);
const P = context.DoVui.practice;
const vectors = JSON.parse(fs.readFileSync(path.join(opt.golden, 'practice_vectors.json'), 'utf8'));

const progress = { v: 1, packId: vectors.pack.id, turn: 0, cards: {} };
const questions = vectors.pack.questions;
vectors.steps.forEach((step, n) => {
  const index = P.pickNext(questions, progress, step.topic, step.day);
  assert.ok(index >= 0, `step ${n}: something to practise`);
  assert.equal(questions[index].id, step.picked, `step ${n}: the same question is picked`);
  P.recordAnswer(progress, questions[index], step.correct, step.day);
  assert.deepEqual({ ...progress.cards[step.picked] }, step.card, `step ${n}: the same card after the answer`);
  // The whole pack as one topic (an empty topic id matches every question), as packMastery.
  const [whole] = P.mastery({ topics: [{ id: '', name: 'all' }], questions }, progress, step.day);
  assert.equal(whole.mastered, step.mastered, `step ${n}: the same number mastered`);
});
for (const g of vectors.grades) {
  const q = questions.find((x) => x.id === g.question);
  const got = P.grade(q, g.choice);
  assert.equal(got.correct, g.correct, `${g.question} ${JSON.stringify(g.choice)}: right or not`);
  assert.ok(Math.abs(got.credit - g.credit) < 1e-9, `${g.question} ${JSON.stringify(g.choice)}: credit ${got.credit} vs ${g.credit}`);
}
console.log(`PASS: ${vectors.steps.length} steps and ${vectors.grades.length} grades agree with the C++ core`);
