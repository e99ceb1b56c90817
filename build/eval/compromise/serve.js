// Answers the evaluation's requests with compromise: one JSON request a line on stdin
// ({task, text}), one JSON array of spans a line on stdout. Each task lives in its own
// file beside this one (entities.js, quotes.js, quantities.js) and exports
// function (nlp, text) returning [{type, start, end, text, value, unit}] with offsets
// in UTF-16 code units; they are turned into UTF-8 byte offsets here.
'use strict';
const nlp = require('compromise');
const readline = require('readline');

const tasks = {};
function task(name) {
  if (!tasks[name]) tasks[name] = require('./' + name + '.js');
  return tasks[name];
}

// byteOffsets maps UTF-16 offsets to UTF-8 byte offsets for one text.
function byteOffsets(text) {
  const map = new Int32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = bytes;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { bytes += 4; map[++i] = bytes; }
    else if (c >= 0xdc00 && c <= 0xdfff) bytes += 0;
    else bytes += 3;
  }
  map[text.length] = bytes;
  return map;
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  const req = JSON.parse(line);
  let spans = [];
  try {
    const map = byteOffsets(req.text);
    spans = task(req.task)(nlp, req.text).map((s) => ({ ...s, start: map[s.start], end: map[s.end] }));
  } catch (e) {
    process.stderr.write('compromise: ' + e.message + '\n');
  }
  process.stdout.write(JSON.stringify(spans) + '\n');
});
