package claim

import (
	"strings"

	"parallax/wasm/lexicon"
)

// speechVerbs are the verbs that attribute words to a speaker, by base form. Those
// marked with a star also introduce indirect speech ("X warned that …"); the others
// only frame a direct quote ("X praised the talks as “good”").
var speechVerbs = strings.Fields(`
	say* tell* add* state* write* tweet* post warn* argue* claim* insist* note* explain*
	ask reply* respond* declare* announce* emphasize* emphasise* stress* describe praise
	call urge acknowledge* admit* concede* suggest* reiterate* recall* remark* observe*
	mention* comment* testify* predict* vow* promise* maintain* assert* contend* counter*
	quip* joke* shout* complain* lament* confirm* deny* report* reveal* allege* boast*
	caution* conclude* estimate* hint* indicate* proclaim* repeat* retort* speculate*
	agree* believe* brag* scoff* muse* recount* concur* chime sing
	label brand dub deride slam blast mock tout hail decry condemn criticize criticise
	dismiss cite accuse characterize refer continue demand interject remember lecture
	advise`)

// cueNouns attribute words to the possessor before them ("Trump’s claim that …").
var cueNouns = lexicon.SetOf(`claim claims statement statements remarks comments comment words
	assertion warning description tweet tweets promise pledge accusation allegation
	argument message characterization answer response reply view position`)

// irregularForms are the inflections the regular rules in inflect would get wrong.
var irregularForms = map[string][]string{
	"say":   {"says", "said", "saying"},
	"tell":  {"tells", "told", "telling"},
	"write": {"writes", "wrote", "writing", "written"},
	"post":  {"posted", "posting"},
	"call":  {"called", "calling"},
	"chime": {"chimed", "chiming"},
	"sing":  {"sings", "sang", "sung", "singing"},
	"dub":   {"dubs", "dubbed", "dubbing"},
	"slam":  {"slams", "slammed", "slamming"},
	"refer": {"refers", "referred", "referring"},
}

// clauseVerbs may report speech without "that": "Trump said the talks went well".
var clauseVerbs = lexicon.SetOf("say tell claim insist argue write state believe predict warn")

// nounForms are forms of speech verbs that are as often nouns ("the state", "her
// claims"); they count as verbs only after a pronoun or a bare name.
var nounForms = lexicon.SetOf(`state states claim claims report reports call calls post comment
	comments note notes tweet tweets estimate estimates promise promises reply replies
	answer answers remarks counter counters hint hints demand demands cite`)

// openingCues are speech verbs that open an inverted sentence: "Said Comey, …".
var openingCues = map[string]string{"Said": "said", "Says": "says", "Added": "added", "Asked": "asked", "Wrote": "wrote"}

// cue describes one inflected speech verb.
type cue struct {
	lemma    string
	indirect bool // also introduces indirect speech
	gerund   bool // "saying", whose subject is the clause's subject
}

// cues maps every inflected form of a speech verb to what it is; cueStarts holds
// the first bytes of those forms, to pass over most words without a lookup.
var (
	cues      = buildCues()
	cueStarts = firstBytes(cues)
)

// lookupCue returns the speech verb w is a form of.
func lookupCue(w string) (cue, bool) {
	if len(w) < 3 || !cueStarts[w[0]] {
		return cue{}, false
	}
	c, ok := cues[w]
	return c, ok
}

// firstBytes returns which bytes begin the keys of m.
func firstBytes[V any](m map[string]V) *[256]bool {
	var first [256]bool
	for k := range m {
		first[k[0]] = true
	}
	return &first
}

func buildCues() map[string]cue {
	m := make(map[string]cue, 4*len(speechVerbs))
	for _, v := range speechVerbs {
		base, indirect := strings.CutSuffix(v, "*")
		forms, ok := irregularForms[base]
		if !ok {
			forms = inflect(base)
			forms = append(forms, base)
		}
		for _, f := range forms {
			m[f] = cue{lemma: base, indirect: indirect, gerund: strings.HasSuffix(f, "ing")}
		}
	}
	return m
}

// inflect returns the third-person, past and -ing forms of a regular verb.
func inflect(base string) []string {
	switch {
	case strings.HasSuffix(base, "e"):
		stem := base[:len(base)-1]
		return []string{base + "s", base + "d", stem + "ing"}
	case strings.HasSuffix(base, "y") && !strings.ContainsAny(base[len(base)-2:len(base)-1], "aeiou"):
		stem := base[:len(base)-1]
		return []string{stem + "ies", stem + "ied", base + "ing"}
	case strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ss"):
		return []string{base + "es", base + "ed", base + "ing"}
	}
	return []string{base + "s", base + "ed", base + "ing"}
}

// skippable are the words that may stand between a speaker and the speech verb
// ("Healey also noted", "he has repeatedly said").
var skippable = lexicon.SetOf(`also has have had later then further again previously recently
	reportedly once would will was is were been repeatedly earlier first simply flatly
	publicly privately quickly just already never not did does do could might may should
	only finally ultimately still even often frequently since subsequently separately`)

// spokesNouns head a speaker who gives a body's words: the body is the speaker.
var spokesNouns = lexicon.SetOfLists("spokesnouns")

// roleNouns head a speaker who is named only by role or group ("a NATO spokesperson",
// "officials", "the ministry").
var roleNouns = lexicon.SetOfLists("spokesnouns", "rolenouns")

// plainModifiers may stand inside a role speaker's phrase before its head noun
// ("the foreign ministry", "a senior administration official").
var plainModifiers = lexicon.SetOfLists("rolemodifiers")

// isTitleWord reports whether w is a capitalised word of a title that precedes a
// name; it is not part of the name ("German Defense Minister Boris Pistorius" →
// "Boris Pistorius").
func isTitleWord(w string) bool {
	return w != "" && 'A' <= w[0] && w[0] <= 'Z' && (lexicon.IsTitle(w) || lexicon.IsTitleModifier(w))
}

// leadWords open a sentence without being part of its subject.
var leadWords = lexicon.SetOf(`But And However Meanwhile Still Yet So Then Now Also In On At
	After Before When While As Later Earlier Separately Instead Indeed Asked Speaking
	Last Yesterday Today Previously Elsewhere Finally Moreover Furthermore Nonetheless
	Neither Both Even Either Although Though If Because Since Following Despite
	With Without For From Under Amid Among During Through According Like Unlike
	His Her Their Its Another Those These This That Some Many Most Other Such All Each
	Every Few Several One Two Conversely Notably Similarly Additionally Ultimately
	Specifically Importantly Clearly Apparently Obviously Currently Recently Initially
	Originally Eventually Likewise Regardless Accordingly Consequently Ironically`)

// prepositions lead phrases that are never a clause's subject ("with" is left out:
// in "with Mélanie Joly stating that" the phrase after it is the subject).
var prepositions = lexicon.SetOf("at in on for by from to after before during since into about against")

// possessivePronouns may lead a speaker named after the verb: "added his campaign
// manager Jeff Weaver".
var possessivePronouns = lexicon.SetOfLists("possessives")

// functionWords cannot head a speaker phrase.
var functionWords = lexicon.SetOf(`that which who whom whose what when where why how to of in on at
	by for with from and or but nor so as if than then there here this these those is
	are was were be been being am has have had do does did will would shall should can
	could may might must not no it its it's he she they we i you his her their our my
	your them him us me all any each every some such very more most much many also
	just only even still yet about after before over under into onto upon out up down
	off again further once since ago until while because although though unless`)

// IsFunctionWord reports whether w, in lower case, is a function word, which says
// nothing of what a passage is about.
func IsFunctionWord(w string) bool { return functionWords.Has(w) }

// personPronouns stand for a single speaker; groupPronouns for a group.
var (
	personPronouns = lexicon.SetOf("he she He She")
	groupPronouns  = lexicon.SetOf("they They we We it It")
)
