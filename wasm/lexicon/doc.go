// Package lexicon holds the English words the stages look for and the one way they
// fold case and accents. Each list is a plain text file embedded from this
// directory, one word or phrase a line, opening with a comment that says what it
// holds and where it came from; the Go files give the lookups: [Month], [Weekday],
// [IsMonthAbbreviation], [IsCalendarWord] and [IsCalendarName] for the calendar, [Set] for a set of
// words, [Fold], [IndexFold] and [LookupFold] for comparing spellings.
//
// The plan (issue 12): word lists lived in the stage that used them, so one fact
// had several owners. The inventory, and where each one goes:
//
//   - month names and abbreviations: document/sentence.go (abbreviations),
//     document/clutter.go (stampWords), claim/lexicon.go (timeWords),
//     compare/stamp.go (monthNumbers), mention/time.go (months, fullMonths),
//     ner's calendar.txt → months.txt and monthabbreviations.txt;
//   - weekday names: document/clutter.go, claim/lexicon.go, mention/time.go,
//     ner's calendar.txt → weekdays.txt;
//   - sets of words: claim's setOf and wordSet, mention's setOf → [Set];
//   - folding: compare's foldRune and indexFold → [Fold] and [IndexFold].
//     htmltext and charset keep their own byte-level searches for markup ("<meta",
//     "charset="), which are about HTML, not words;
//   - titles and their qualifiers ("former"): mention/ner/lists (titles.txt,
//     titlemodifiers.txt), claim (titleWords, titleNouns, plainModifiers) and
//     compare/role.go (statusWords, officeWords). The copies differ, and the tagger
//     was trained with the ner lists, so they move here one at a time, each with
//     the evaluation before and after;
//   - clock times: compare/stamp.go (clockAt) and mention/time.go (the token
//     scanner's clock) read the same "18:05" in two ways; document/clutter.go only
//     asks whether a line holds one.
package lexicon
