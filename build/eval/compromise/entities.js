// Names as compromise finds them: doc.people(), doc.organizations(), doc.places(),
// with offsets. compromise's matches carry the punctuation around the words
// ("New York,", "(Acme Corp.)") and a possessive ("Putin's"); that is trimmed off
// here so that spans compare exactly with Parallax's and the annotators', which
// cover the name only.
'use strict';
const opening = '"\'“”‘’«»„([{';
const closing = '"\'“”‘’«»„)]},;:!?';

// abbreviated reports whether the word before a final dot keeps it: "U.S.", "Corp.".
function abbreviated(word) {
  return word.slice(0, -1).includes('.') || /^[A-Z][a-z]{0,3}\.$/.test(word);
}

function trim(text, start, end) {
  for (;;) {
    const before = [start, end];
    while (start < end && (opening.includes(text[start]) || /\s/.test(text[start]))) start++;
    while (end > start && (closing.includes(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
    if (/['’]s$/.test(text.slice(start, end))) end -= 2;
    const last = text.slice(start, end).split(/\s+/).pop();
    if (end > start && text[end - 1] === '.' && !abbreviated(last)) end--;
    if (before[0] === start && before[1] === end) return [start, end];
  }
}

module.exports = function entities(nlp, text) {
  const doc = nlp(text);
  const out = [];
  const views = { PER: doc.people(), ORG: doc.organizations(), LOC: doc.places() };
  for (const [type, view] of Object.entries(views)) {
    for (const m of view.json({ offset: true })) {
      const [start, end] = trim(text, m.offset.start, m.offset.start + m.offset.length);
      if (end > start) out.push({ type, start, end, text: text.slice(start, end) });
    }
  }
  return out;
};
