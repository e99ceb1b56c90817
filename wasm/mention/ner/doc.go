// Package ner tags the words of a sentence as parts of names of people,
// organisations, places or other things (the CoNLL-2003 classes, IOB2 labels).
//
// The tagger is an averaged structured perceptron over hashed features: the word,
// its shape ("Xx", "X.X."), affixes, neighbouring words and shapes, how the text
// writes the word elsewhere (in lower case, or capitalised after a word in lower
// case, as names are), how the sentence uses capitals, and hits in word lists
// (given names, places, organisations, titles, nationalities, months and days, and
// a long list of towns from GeoNames) as features like any other, never as
// overrides. Each word's features score the nine labels; learned
// transition scores weigh each label after each other one, and Decode picks the
// label sequence with the highest total (Viterbi). Features are hashed into a table
// of 1<<18 buckets with one signed byte per label; the weights are trained by
// build/train on CoNLL++ and embedded (weights.bin), and the word lists are the
// lexicon's.
package ner
