// Quantities as compromise finds them: doc.numbers(), with offsets. Each number gives
// its value and a unit: an ISO 4217 code when doc.money() holds it, "%" when
// doc.percentages() does, the unit word compromise attaches to it, or else the noun
// compromise's own tagger marks as plural right after the number (what it counts:
// "164 deaths"). The evaluation normalises the unit words with Parallax's tables.
'use strict';

const currencies = {
  '$': 'USD', 'us$': 'USD', 'usd': 'USD', 'dollar': 'USD', 'dollars': 'USD',
  '€': 'EUR', 'eur': 'EUR', 'euro': 'EUR', 'euros': 'EUR',
  '£': 'GBP', 'gbp': 'GBP', 'pound': 'GBP', 'pounds': 'GBP',
  '¥': 'JPY', 'jpy': 'JPY', 'yen': 'JPY', 'yuan': 'CNY', 'cny': 'CNY',
  'aud': 'AUD', 'cad': 'CAD', 'hkd': 'HKD', 'chf': 'CHF', 'inr': 'INR', 'rupees': 'INR',
  'shekels': 'ILS', 'ringgit': 'MYR',
};

function currencyCode(name) {
  if (!name) return '';
  const key = String(name).toLowerCase();
  return currencies[key] || key.toUpperCase();
}

module.exports = function quantities(nlp, text) {
  const doc = nlp(text);
  const money = new Map();
  for (const m of doc.money().json({ offset: true })) {
    if (m.money && m.offset) money.set(m.offset.start, currencyCode(m.money.currency || m.number && m.number.prefix));
  }
  const percent = new Set();
  for (const p of doc.percentages().json({ offset: true })) {
    if (p.offset) percent.add(p.offset.start);
  }
  const terms = [];
  for (const sentence of doc.json({ offset: true })) {
    for (const t of sentence.terms) terms.push(t);
  }
  // countedAfter returns the plural noun that starts the next term after end, if any.
  function countedAfter(end) {
    const t = terms.find((t) => t.offset.start >= end);
    return t && t.tags.includes('Plural') && !t.tags.includes('Value') ? t.normal : '';
  }
  const out = [];
  for (const n of doc.numbers().json({ offset: true })) {
    if (!n.number || !n.offset || typeof n.number.num !== 'number') continue;
    let unit = n.number.unit || '';
    if (money.has(n.offset.start)) unit = money.get(n.offset.start);
    else if (percent.has(n.offset.start)) unit = '%';
    else if (currencies[n.number.prefix]) unit = currencies[n.number.prefix];
    else if (!unit) unit = countedAfter(n.offset.start + n.offset.length);
    out.push({
      type: 'quantity',
      start: n.offset.start,
      end: n.offset.start + n.offset.length,
      text: n.text,
      value: n.number.num,
      unit,
    });
  }
  return out;
};
