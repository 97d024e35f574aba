// One table of techniques (issue 13): the page's names and descriptions (assets/web/techniques.js)
// are the core's (tests/golden/techniques.json, written from core::techniqueTable() by
// tests/core/technique_table_test.cpp): same ids in the same order, same words.
//
// usage: node techniques.test.mjs --assets DIR --golden DIR
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({ options: { assets: { type: 'string' }, golden: { type: 'string' } } });
const context = vm.createContext({});
vm.runInContext(fs.readFileSync(path.join(opt.assets, 'web/techniques.js'), 'utf8'), context);
const page = JSON.parse(JSON.stringify(context.DoVui.TECHNIQUES));
const core = JSON.parse(fs.readFileSync(path.join(opt.golden, 'techniques.json'), 'utf8'));
assert.deepEqual(page.map((t) => t.id), core.map((t) => t.id), 'the same technique ids, in the core\'s order');
core.forEach((c, i) => assert.deepEqual(page[i], c, `technique ${c.id}: the page's words are the core's`));
assert.deepEqual(context.DoVui.techniqueNames(['urgency', 'no-such', 'link-app'], 'vi'),
  ['Đe dọa, hối thúc', 'Đường link lạ, ứng dụng lạ'], 'names in Vietnamese; an unknown id is left out');
assert.deepEqual(context.DoVui.techniqueNames(['transfer'], 'en'), ['"Transfer to verify", a fee first']);
console.log(`PASS: the page's ${page.length} techniques are the core's`);
