// Package lexicon holds the English words the stages look for and the one way they
// fold case and accents. Each list is a plain text file embedded from this
// directory, one word or phrase a line, opening with a comment that says what it
// holds and where it came from. The Go files give the lookups:
//
//   - the calendar: [Month], [Weekday], [WeekdayName], [IsMonthAbbreviation],
//     [IsCalendarWord], [IsCalendarName], [CalendarWords] and [IsTimeZone];
//   - titles: [IsTitle], [IsTitleModifier], [IsHonorific], [IsAcademicTitle],
//     [TitleStatus], and for offices [ExpandTitle] ("PM") and [IsTitleJoint] ("of");
//   - any list: [List] for its entries, [Words] for the set of its words in lower
//     case, [Phrases] for the set of its entries, [Pairs] and [Numbers] for a list
//     of "word = meaning" lines, [SetOfLists] for a [Set] of the words of lists and
//     [SetOf] for one of words given in code, matched as written;
//   - spelling: [Fold] for a letter's unaccented lower case, [IndexFold] for a
//     case-blind search and [LookupFold] for a case-blind map lookup.
//
// The name tagger (mention/ner) was trained with firstnames, places, orgs, orgwords,
// titles, titlemodifiers and demonyms and the calendar's lists: a change to them
// changes what it sees, so measure the tagger (make eval) before and after.
//
// Where the lists came from (issue 12), and what is still left in its stage:
//
//   - month and weekday names, in document, claim, compare/stamp.go and event.go,
//     mention/time.go and ner's calendar.txt, are months.txt, monthabbreviations.txt
//     and weekdays.txt; the time zones of mention/time.go and of document's
//     stampwords are timezones.txt;
//   - titles: claim's titleNouns and titleWords are titles.txt and titlemodifiers.txt
//     (which gained the words only claim had); mention's courtesy titles are
//     honorifics.txt; compare/role.go's status words are former.txt and elect.txt,
//     its office tables officequalifiers, officespellings, officefillers,
//     singleoffices and officechanges; compare/entity.go's honorifics are
//     honorifics.txt and academictitles.txt; claim's spokesNouns, roleNouns and
//     plainModifiers are spokesnouns, rolenouns and rolemodifiers (which holds the
//     "former" claim/role.go wrote out);
//   - document's abbreviations, timestamp and share-button words, the units of time
//     in a date line (stampspans), credit openers, kickers and English markers, and
//     the words that never name what a number counts (mention) are lists here;
//   - the words of events: claim/event.go's event, incident and opening words and
//     the words around them, compare/event.go's families (eventfamilies);
//   - the words of amounts: mention's number words, multipliers, hedges, currencies
//     and units (quantity_words.go, quantity_unit.go), compare's measure concepts,
//     states, people nouns, revision and crowd verbs;
//   - the words of names: mention's place kinds, body tails (bodytails, beside
//     orgwords), weapon words, company words, org-only tails and the words that stop
//     a name (namestops); compare/age.go's age joiners and owner nouns; claim's and
//     compare's possessives are one list;
//   - claim's setOf and mention's setOf are [SetOf]; compare's foldRune and
//     indexFold and mention's lookup are [Fold], [IndexFold] and [LookupFold]; the
//     digits of a clock time are read by mention.ClockDigits alone;
//   - left in their stage: the grammar of claim's speakers (claim/lexicon.go's
//     speech verbs, lead words, function words and pronouns, claim/assign.go's tag
//     verbs, claim/speaker.go's joiners); the links of a few function words that
//     belong to one rule (compare's costLinks, linkWords, durationLinks and
//     anaphoric, claim/figure.go's measurePrepositions); mention/time.go's relative
//     phrases, built from periods; the comparison's concept keys; the name aliases
//     of mention/alias.go and compare/entity.go, which differ; and htmltext's and
//     charset's case-blind searches, which read markup, not words.
package lexicon
