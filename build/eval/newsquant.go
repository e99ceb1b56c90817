package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// NewsQuant (newsquant/NewsQuant.json) is a list of news sentences, each with the
// quantities an annotator found: a value ("6.0", or a range "3000000-5000000"), the
// unit as written and a normalised unit ("dollar", "percentage", "kilometre", "-" for
// none, or the lemmatised counted noun: "residential burglary").
//
// Value+unit scoring. Each sentence is parsed on its own. A predicted quantity matches
// a gold one, each used at most once, when
//   - the values agree: equal within a relative 1e-6, ignoring the sign (the data
//     marks a fall sometimes with a minus and sometimes only with change "down"); a
//     gold range matches a predicted range with the same two ends; and
//   - the normalised units agree.
//
// Units are normalised to one key on both sides:
//   - currencies to ISO 4217 codes ("dollar" and "$" → USD, "japanese yen" → JPY),
//     with cents (and Malaysian sen) turned into hundredths of the main unit;
//   - "percentage" and "%" → "%"; "-" → no unit;
//   - "count", which the data uses for factors ("6.5 times earnings", "sixfold"),
//     → "times";
//   - units of measure and time to their singular British name as the data spells
//     them ("kilometre", "mile per hour"), which is also how Parallax names them;
//   - a rate to its unit, " per " and the unit of the rate ("USD per barrel").
//
// A predicted count, whose unit is the counted noun in the singular, also matches
// when that noun is one of the words of the gold unit, or one of them without a final
// "s" (gold "category product" for "5,700 categories of products"; the data leaves
// some nouns plural: "americans"). A gold value that does not parse counts against
// recall. A conversion the text states ("$23.8
// billion" in "€21 billion ($23.8 billion)") is a quantity of its own in the data, so
// it is scored as one. compromise's unit words go through the same tables
// (mention.UnitOf) before the same comparison.
func init() { evaluations = append(evaluations, evaluation{"newsquant", runNewsQuant}) }

type newsQuantSentence struct {
	Text       string `json:"text"`
	Quantities []struct {
		Value          string `json:"value"`
		NormalizedUnit string `json:"normalized_unit"`
	} `json:"quantities"`
}

// A valueUnit is one quantity reduced to what the score compares.
type valueUnit struct {
	lo, hi float64 // hi is zero unless the quantity is a range
	unit   string  // the normalised key
	count  bool    // the unit is a counted noun
}

// A tally counts matches for one system.
type tally struct{ predicted, gold, matched int }

func (t tally) scores() (p, r, f float64) {
	if t.predicted > 0 {
		p = float64(t.matched) / float64(t.predicted)
	}
	if t.gold > 0 {
		r = float64(t.matched) / float64(t.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func runNewsQuant(dir string, peer *compromise) ([]row, error) {
	data, err := os.ReadFile(filepath.Join(dir, "NewsQuant.json"))
	if err != nil {
		return nil, err
	}
	var sentences []newsQuantSentence
	if err := json.Unmarshal(data, &sentences); err != nil {
		return nil, err
	}
	var ours, theirs tally
	for _, s := range sentences {
		var gold []valueUnit
		for _, q := range s.Quantities {
			if g, ok := goldValueUnit(q.Value, q.NormalizedUnit); ok {
				gold = append(gold, g)
			} else {
				gold = append(gold, valueUnit{lo: math.NaN()}) // counts against recall only
			}
		}
		ours.add(parallaxQuantities(s.Text), gold)
		if peer != nil {
			spans, err := peer.run("quantities", s.Text)
			if err != nil {
				return nil, err
			}
			theirs.add(peerQuantities(spans), gold)
		}
	}
	rows := make([]row, 0, 3)
	p, r, f := ours.scores()
	cp, cr, cf := -1.0, -1.0, -1.0
	if peer != nil {
		cp, cr, cf = theirs.scores()
	}
	rows = append(rows,
		row{Data: "newsquant", Metric: "value+unit P", Parallax: p, Compromise: cp},
		row{Data: "newsquant", Metric: "value+unit R", Parallax: r, Compromise: cr},
		row{Data: "newsquant", Metric: "value+unit F1", Parallax: f, Compromise: cf, Target: 0.86},
	)
	return rows, nil
}

// add scores one sentence's predictions against its gold quantities.
func (t *tally) add(predicted, gold []valueUnit) {
	t.predicted += len(predicted)
	t.gold += len(gold)
	used := make([]bool, len(gold))
	for _, p := range predicted {
		for i, g := range gold {
			if !used[i] && matches(p, g) {
				used[i] = true
				t.matched++
				break
			}
		}
	}
}

func matches(p, g valueUnit) bool {
	if !sameValue(p.lo, g.lo) || !sameValue(p.hi, g.hi) {
		return false
	}
	if p.unit == g.unit {
		return true
	}
	if !p.count || p.unit == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(g.unit, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w == p.unit || strings.TrimSuffix(w, "s") == p.unit {
			return true
		}
	}
	return false
}

func sameValue(a, b float64) bool {
	a, b = math.Abs(a), math.Abs(b)
	return math.Abs(a-b) <= 1e-6*math.Max(math.Max(a, b), 1e-9)
}

// parallaxQuantities runs the engine over one sentence.
func parallaxQuantities(text string) []valueUnit {
	d, err := document.Parse("sentence", text)
	if err != nil {
		return nil
	}
	var out []valueUnit
	for _, q := range mention.FindQuantities(d) {
		out = append(out, ourValueUnit(q))
		if q.Converted != nil {
			out = append(out, ourValueUnit(*q.Converted))
		}
	}
	return out
}

func ourValueUnit(q mention.Quantity) valueUnit {
	unit := q.Unit
	if q.Per != "" {
		unit += " per " + q.Per
	}
	return valueUnit{lo: q.Value, hi: q.Upper, unit: unit, count: q.Kind == mention.Count}
}

// peerQuantities turns compromise's answers into value-unit pairs, its unit words
// normalised by the same tables as Parallax's.
func peerQuantities(spans []peerSpan) []valueUnit {
	out := make([]valueUnit, 0, len(spans))
	for _, s := range spans {
		kind, unit := mention.UnitOf(s.Unit)
		out = append(out, valueUnit{lo: s.Value, unit: unit, count: kind == mention.Count})
	}
	return out
}

// goldCurrencies maps NewsQuant's currency names to ISO 4217 codes.
var goldCurrencies = map[string]string{
	"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "japanese yen": "JPY",
	"chinese yuan": "CNY", "australian dollar": "AUD", "hong kong dollar": "HKD",
	"canadian dollar": "CAD", "new zealand dollar": "NZD", "singapore dollar": "SGD",
	"shekel": "ILS", "malaysian ringgit": "MYR", "danish krone": "DKK", "indian rupee": "INR",
	"swiss franc": "CHF", "south korean won": "KRW", "russian ruble": "RUB",
	"swedish krona": "SEK", "norwegian krone": "NOK", "brazilian real": "BRL",
}

// goldValueUnit reads one gold quantity; ok is false for a value it cannot parse.
func goldValueUnit(value, unit string) (valueUnit, bool) {
	var g valueUnit
	value = strings.ReplaceAll(value, " ", "")
	var err error
	if g.lo, err = strconv.ParseFloat(value, 64); err != nil {
		// A range "lo-hi"; the first character may be a minus sign.
		lo, hi, ok := strings.Cut(value[min(1, len(value)):], "-")
		if !ok {
			return g, false
		}
		if g.lo, err = strconv.ParseFloat(value[:min(1, len(value))]+lo, 64); err != nil {
			return g, false
		}
		if g.hi, err = strconv.ParseFloat(hi, 64); err != nil {
			return g, false
		}
	}
	u := strings.TrimSpace(unit)
	lower := strings.ToLower(u)
	switch {
	case u == "-" || u == "":
		g.unit = ""
	case lower == "count" || strings.HasPrefix(lower, "count per "):
		g.unit = "times" + strings.TrimPrefix(lower, "count") // "6.5 times earnings"
	case lower == "percentage" || strings.HasPrefix(lower, "percentage per "):
		g.unit = "%" + strings.TrimPrefix(lower, "percentage")
	case lower == "cent" || strings.HasPrefix(lower, "cent per "):
		g.lo, g.hi = g.lo/100, g.hi/100
		g.unit = "USD" + strings.TrimPrefix(lower, "cent")
	case lower == "sen":
		g.lo, g.hi = g.lo/100, g.hi/100
		g.unit = "MYR"
	default:
		g.unit = lower
		for name, code := range goldCurrencies {
			if lower == name || strings.HasPrefix(lower, name+" per ") {
				g.unit = code + strings.TrimPrefix(lower, name)
			}
		}
	}
	return g, true
}
