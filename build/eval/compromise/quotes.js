// Direct quotes as compromise finds them: doc.quotations(), with offsets. compromise
// includes the quotation marks in a match; they are trimmed off here so that spans
// compare with Parallax's, which cover the quoted words only.
'use strict';
const marks = '"\'“”‘’«»„';

module.exports = function quotes(nlp, text) {
  return nlp(text).quotations().json({ offset: true }).map((q) => {
    let start = q.offset.start;
    let end = start + q.offset.length;
    while (start < end && (marks.includes(text[start]) || text[start] === ' ')) start++;
    while (end > start && (marks.includes(text[end - 1]) || text[end - 1] === ' ')) end--;
    return { type: 'quote', start, end, text: text.slice(start, end) };
  });
};
