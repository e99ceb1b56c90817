// Package lexicon holds the English words the stages look for and the one way they
// fold case and accents. Each list is a plain text file embedded from this
// directory, one word or phrase a line, opening with a comment that says what it
// holds and where it came from. The Go files give the lookups:
//
//   - the calendar: [Month], [Weekday], [WeekdayName], [IsMonthAbbreviation],
//     [IsCalendarWord], [IsCalendarName] and [CalendarWords];
//   - titles: [IsTitle], [IsTitleModifier], [IsHonorific], [TitleStatus], and for
//     offices [ExpandTitle] ("PM") and [IsTitleJoint] ("of");
//   - any list: [List] for its entries, [Words] for the set of its words in lower
//     case, and [SetOf] for a [Set] of words matched as written;
//   - spelling: [Fold] for a letter's unaccented lower case, [IndexFold] for a
//     case-blind search and [LookupFold] for a case-blind map lookup.
//
// The name tagger (mention/ner) was trained with firstnames, places, orgs, orgwords,
// titles, titlemodifiers and demonyms and the calendar's lists: a change to them
// changes what it sees, so measure the tagger (make eval) before and after.
//
// Where the lists came from (issue 12), and what is still left in its stage:
//
//   - month and weekday names, in document, claim, compare/stamp.go, mention/time.go
//     and ner's calendar.txt, are months.txt, monthabbreviations.txt and weekdays.txt;
//   - titles: claim's titleNouns and titleWords are titles.txt and titlemodifiers.txt
//     (which gained the words only claim had); mention's courtesy titles are
//     honorifics.txt; compare/role.go's status words are former.txt and elect.txt;
//   - document's abbreviations, timestamp and share-button words, and the words that
//     never name what a number counts (mention) are lists here;
//   - claim's setOf and mention's setOf are [SetOf]; compare's foldRune and
//     indexFold and mention's lookup are [Fold], [IndexFold] and [LookupFold];
//   - left in their stage: compare/entity.go's honorifics (it also drops "Dr",
//     "Prof" and "the", which the tagger's titles keep); the function-word lists of
//     claim, mention/role.go and compare/figure.go, which differ in purpose;
//     compare/role.go's office, qualifier and single-holder tables; the two clock
//     readers (compare/stamp.go's clockAt on raw text, mention/time.go's on tokens);
//     and htmltext's and charset's case-blind searches, which read markup, not words.
package lexicon
