package mention

import (
	"strings"

	"parallax/wasm/lexicon"
)

// The word lists behind FindQuantities. Keys are lower case; lookups go through
// lexicon.LookupFold, which lowers a word on the stack so that reading them costs no
// allocation.

// numberWords are the cardinal numbers written as words.
var numberWords = lexicon.Numbers("numberwords")

// multipliers scale the number before them: "21 billion", "£18bn", "35m".
var multipliers = lexicon.Numbers("multipliers")

// vagueAmounts are plural round numbers ("hundreds of", "thousands of"): the value is
// the lower bound of the order of magnitude, the upper bound the next one.
var vagueAmounts = lexicon.Numbers("vagueamounts")

// hedges qualify the number that follows them. Each is a sequence of lower-case words.
var hedges = phrasesOf(lexicon.List("hedges"))

// phrasesOf splits each entry into its words.
func phrasesOf(entries []string) [][]string {
	out := make([][]string, len(entries))
	for i, e := range entries {
		out[i] = strings.Fields(e)
	}
	return out
}

// currencySymbols are written before the amount; a prefix word may narrow "$".
var currencySymbols = lexicon.Pairs("currencysymbols")

// dollarPrefixes narrow "$": "US$", "A$", "HK$".
var dollarPrefixes = lexicon.Pairs("dollarprefixes")

// currencyCodes are ISO 4217 codes and common abbreviations, before or after the amount.
var currencyCodes = lexicon.Pairs("currencycodes")

// currencyWords name a currency after the amount: "100 dollars", "50 euros".
var currencyWords = lexicon.Pairs("currencywords")

// dollarNations narrow "dollars" after the amount: "50 Australian dollars".
var dollarNations = lexicon.Pairs("dollarnations")

// subunits are hundredths of a currency: "84 cents" is 0.84 dollars.
var subunits = lexicon.Pairs("currencysubunits")

// timeUnits are the units of a duration, by their canonical singular name.
var timeUnits = lexicon.Pairs("timeunits")

// measureUnits are other units of measurement, by canonical singular name.
var measureUnits = lexicon.Pairs("measureunits")

// rateNouns may follow "a" in a rate: "$52 a barrel", "$6 a share".
var rateNouns = lexicon.Phrases("ratenouns")

// nationalCurrencies narrow a currency word after a nationality: "Chinese yuan",
// "Danish crowns", "Australian dollars".
var nationalCurrencies = map[string]map[string]string{
	"dollar": dollarNations,
	"crown":  lexicon.Pairs("crownnations"),
}

// crownWords name the Scandinavian and Czech crowns.
var crownWords = lexicon.Phrases("crownwords")

// irregularPlurals are plural nouns that do not end in "s".
var irregularPlurals = lexicon.Pairs("irregularplurals")

// functionWords never name what a number counts.
var functionWords = lexicon.Words("uncounted")

// determiners may stand between "of" and what a number counts: "35m of its devices".
var determiners = lexicon.Phrases("determiners")

// notCounted are frequent words after a number that are not what it counts.
var notCounted = lexicon.Phrases("notcounted")
