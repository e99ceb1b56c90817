// Package charset turns the bytes of a page or text file into UTF-8 text, the way
// a browser reads them: a byte-order mark first (UTF-8, UTF-16 LE or BE), then
// valid UTF-8 as it is, then the encoding the page declares in <meta charset> or
// <meta http-equiv="Content-Type">, and for anything else a guess between UTF-8
// with a few bad bytes and Windows-1252.
//
// Only the single-byte encodings European news pages still use are known, from
// small tables; a page declared in any other (GB2312, Shift_JIS, ...) is read as
// UTF-8 with its bad bytes replaced, which keeps its markup and ASCII intact.
package charset

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding names, as the WHATWG Encoding Standard spells them.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
)

// singleByte maps an encoding's name to its upper half, bytes 0x80 to 0xFF.
var singleByte = map[string][]rune{
	"windows-1250": []rune(upperWindows1250),
	"windows-1251": []rune(upperWindows1251),
	Windows1252:    []rune(upperWindows1252),
	"iso-8859-2":   []rune(upperISO8859_2),
	"iso-8859-15":  []rune(upperISO8859_15),
}

// labels maps the labels pages use to the encodings they mean (a selection of the
// WHATWG table: ISO-8859-1 and ASCII mean Windows-1252 there).
var labels = map[string]string{
	"utf-8": UTF8, "utf8": UTF8, "unicode-1-1-utf-8": UTF8,
	"utf-16": UTF16LE, "utf-16le": UTF16LE, "unicode": UTF16LE, "utf-16be": UTF16BE,
	"windows-1252": Windows1252, "cp1252": Windows1252, "x-cp1252": Windows1252,
	"iso-8859-1": Windows1252, "iso8859-1": Windows1252, "iso_8859-1": Windows1252,
	"latin1": Windows1252, "l1": Windows1252, "ascii": Windows1252, "us-ascii": Windows1252,
	"iso-8859-15": "iso-8859-15", "iso8859-15": "iso-8859-15", "iso_8859-15": "iso-8859-15",
	"latin9": "iso-8859-15", "latin-9": "iso-8859-15", "l9": "iso-8859-15",
	"iso-8859-2": "iso-8859-2", "iso8859-2": "iso-8859-2", "iso_8859-2": "iso-8859-2",
	"latin2": "iso-8859-2", "l2": "iso-8859-2",
	"windows-1250": "windows-1250", "cp1250": "windows-1250", "x-cp1250": "windows-1250",
	"windows-1251": "windows-1251", "cp1251": "windows-1251", "x-cp1251": "windows-1251",
}

// Decode returns b as UTF-8 text, with the name of the encoding it was read in.
func Decode(b []byte) (text, encoding string) {
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD"), UTF8
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		return decodeUTF16(b[2:], false), UTF16LE
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		return decodeUTF16(b[2:], true), UTF16BE
	case utf8.Valid(b):
		if bigEndian, ok := looksUTF16(b); ok {
			return decodeUTF16(b, bigEndian), utf16Name(bigEndian)
		}
		return string(b), UTF8
	}
	if enc := Declared(b); singleByte[enc] != nil {
		return decodeSingleByte(b, singleByte[enc]), enc
	}
	if bigEndian, ok := looksUTF16(b); ok {
		return decodeUTF16(b, bigEndian), utf16Name(bigEndian)
	}
	if mostlyUTF8(b) {
		return strings.ToValidUTF8(string(b), "\uFFFD"), UTF8
	}
	return decodeSingleByte(b, singleByte[Windows1252]), Windows1252
}

func utf16Name(bigEndian bool) string {
	if bigEndian {
		return UTF16BE
	}
	return UTF16LE
}

// prescan is how far into a page Declared looks for the declaration: further than
// a browser's 1,024 bytes, since real pages put long scripts before it.
const prescan = 16 << 10

// Declared returns the encoding the page declares in a <meta> tag near its start,
// or "" when it declares none this package knows by name.
func Declared(b []byte) string {
	head := b[:min(len(b), prescan)]
	for {
		i := indexFold(head, "<meta")
		if i < 0 {
			return ""
		}
		head = head[i+len("<meta"):]
		tag := head[:max(0, bytes.IndexByte(head, '>'))]
		if label := charsetParam(tag); label != "" {
			return labels[label]
		}
	}
}

// charsetParam returns the lower-cased label after "charset=" in a tag's
// attributes, whether it is an attribute of its own or inside a content type.
func charsetParam(tag []byte) string {
	i := indexFold(tag, "charset")
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(tag[i+len("charset"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
	end := bytes.IndexAny(rest, " \t\r\n\"';/>")
	if end < 0 {
		end = len(rest)
	}
	return strings.ToLower(string(rest[:end]))
}

// indexFold is bytes.Index ignoring ASCII case; sub is lower case.
func indexFold(b []byte, sub string) int {
	for i := 0; i+len(sub) <= len(b); i++ {
		if b[i]|0x20 == sub[0] && strings.EqualFold(string(b[i:i+len(sub)]), sub) {
			return i
		}
	}
	return -1
}

// looksUTF16 reports whether b is UTF-16 without a byte-order mark, and in which
// byte order: text in Latin script then has a zero in every other byte.
func looksUTF16(b []byte) (bigEndian, ok bool) {
	sample := b[:min(len(b), 1024)]
	if len(sample) < 4 {
		return false, false
	}
	var zeros [2]int
	for i, c := range sample {
		if c == 0 {
			zeros[i%2]++
		}
	}
	half := len(sample) / 2
	switch {
	case zeros[0] > half*2/3 && zeros[1] < half/10:
		return true, true
	case zeros[1] > half*2/3 && zeros[0] < half/10:
		return false, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		hi, lo := b[2*i+1], b[2*i]
		if bigEndian {
			hi, lo = lo, hi
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	return string(utf16.Decode(units))
}

// mostlyUTF8 reports whether b is UTF-8 with a few bad bytes rather than text in a
// single-byte encoding: its well-formed multi-byte sequences outnumber the bytes
// that fit none.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid > invalid
}

func decodeSingleByte(b []byte, upper []rune) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(upper[c-0x80])
		}
	}
	return sb.String()
}
