#!/usr/bin/env node
// peers.js asks the npm peers of the leakscope comparison about one leaf at
// a time. It reads NDJSON on stdin, one leaf a line:
//
//   {"i": 7, "name": "email", "path": "user.email", "v": "ana@example.org"}
//
// and writes one line per leaf, in input order, with what each tool flagged
// under each way of feeding it:
//
//   {"i": 7, "rp": {"value": ["EMAIL_ADDRESS"], "name": [...], "path": [...]},
//    "zs": {"name": false, "path": false}}
//
// rp is redact-pii's SyncRedactor, given the value alone ("value"), the text
// "name: value" ("name") or "path: value" ("path"); the types are the
// replacement tokens of the built-in redactors that changed the text, found
// by running the redactor's own children in its own order. zs is
// @zapier/secret-scrubber's findSensitiveValues, given {name: v} or
// {path: v}: true when it returned anything. The last line is
// {"timing": {"redact-pii/value": ns, ...}, "bytes": {...}}: time spent
// inside each tool and the bytes it was given. No value is ever written out.
//
// Usage: node peers.js [--tools redact-pii,secret-scrubber]
'use strict';

const readline = require('readline');

let tools = ['redact-pii', 'secret-scrubber'];
const ti = process.argv.indexOf('--tools');
if (ti >= 0 && process.argv[ti + 1] !== undefined) {
  tools = process.argv[ti + 1].split(',').filter((t) => t !== '');
}
const useRP = tools.includes('redact-pii');
const useZS = tools.includes('secret-scrubber');

let children = [];
if (useRP) {
  const { SyncRedactor } = require('redact-pii');
  // The redactor's own children, in its order, so that each one's effect
  // can be seen; the composite applies exactly these one after the other.
  children = new SyncRedactor().childRedactors.map((c) => ({
    type: c.replaceWith,
    redact: c.redact.bind(c),
  }));
}
let findSensitiveValues = null;
if (useZS) {
  findSensitiveValues = require('@zapier/secret-scrubber').findSensitiveValues;
}

// One call each before timing, so that compiling the expressions (redact-pii's
// list of names is one expression of 11,539 alternatives) is not charged
// to the first leaf.
if (useRP) redactPII('warm up: Hi Ana, 10.0.0.1, ana@example.org');
if (useZS) findSensitiveValues({ password: 'warm-up-value' });

const timing = {};
const bytes = {};
function account(key, start, n) {
  timing[key] = (timing[key] || 0) + Number(process.hrtime.bigint() - start);
  bytes[key] = (bytes[key] || 0) + n;
}

function redactPII(text) {
  const types = [];
  for (const c of children) {
    const out = c.redact(text);
    if (out !== text && !types.includes(c.type)) {
      types.push(c.type);
    }
    text = out;
  }
  return types;
}

function asText(v) {
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

const out = [];
function flush() {
  if (out.length > 0) {
    process.stdout.write(out.join(''));
    out.length = 0;
  }
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (line === '') return;
  const leaf = JSON.parse(line);
  const res = { i: leaf.i };
  if (useRP) {
    const v = asText(leaf.v);
    const feeds = { value: v, name: leaf.name + ': ' + v, path: leaf.path + ': ' + v };
    res.rp = {};
    for (const [how, text] of Object.entries(feeds)) {
      const t0 = process.hrtime.bigint();
      res.rp[how] = redactPII(text);
      account('redact-pii/' + how, t0, Buffer.byteLength(text));
    }
  }
  if (useZS) {
    res.zs = {};
    for (const how of ['name', 'path']) {
      const obj = { [leaf[how]]: leaf.v };
      const t0 = process.hrtime.bigint();
      res.zs[how] = findSensitiveValues(obj).length > 0;
      account('secret-scrubber/' + how, t0, Buffer.byteLength(leaf[how]) + Buffer.byteLength(asText(leaf.v)));
    }
  }
  out.push(JSON.stringify(res) + '\n');
  if (out.length >= 256) flush();
});
rl.on('close', () => {
  flush();
  process.stdout.write(JSON.stringify({ timing, bytes }) + '\n');
});
