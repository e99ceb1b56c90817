package ner

// A Class is the kind of name a word belongs to, in the CoNLL-2003 scheme.
type Class uint8

// The classes. Misc covers names that are none of the others: nationalities
// ("Russian"), events, works, products. It is learned so that those words are not
// mistaken for the other three, and callers usually drop it.
const (
	None Class = iota
	Per
	Org
	Loc
	Misc
)

var classNames = [...]string{"", "PER", "ORG", "LOC", "MISC"}

func (c Class) String() string { return classNames[c] }

// A Label is the tag of one word: outside any name, or beginning or inside a name of
// a class (IOB2).
type Label uint8

// NumLabels is the number of labels: O, then B- and I- for each class.
const NumLabels = 1 + 2*(len(classNames)-1)

// O marks a word outside any name.
const O Label = 0

// LabelOf returns the label that begins (begin) or continues a name of class c.
func LabelOf(c Class, begin bool) Label {
	if c == None {
		return O
	}
	l := Label(2*c - 1)
	if !begin {
		l++
	}
	return l
}

// Class returns the class of the name the label is part of.
func (l Label) Class() Class { return Class((l + 1) / 2) }

// Begins reports whether the label starts a name.
func (l Label) Begins() bool { return l != O && l%2 == 1 }

// follows reports whether l may come right after prev: a name is continued only by
// a word of the same class.
func (l Label) follows(prev Label) bool {
	return l == O || l.Begins() || prev.Class() == l.Class()
}

func (l Label) String() string {
	if l == O {
		return "O"
	}
	if l.Begins() {
		return "B-" + l.Class().String()
	}
	return "I-" + l.Class().String()
}

// ParseLabel reads a CoNLL tag ("B-PER", "I-LOC", "O").
func ParseLabel(s string) (Label, bool) {
	if s == "O" {
		return O, true
	}
	if len(s) < 3 || s[1] != '-' || (s[0] != 'B' && s[0] != 'I') {
		return O, false
	}
	for c := Per; c <= Misc; c++ {
		if s[2:] == c.String() {
			return LabelOf(c, s[0] == 'B'), true
		}
	}
	return O, false
}
