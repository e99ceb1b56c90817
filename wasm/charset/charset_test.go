package charset

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string
		encoding string
	}{
		{"utf-8", []byte("Grüße aus Köln"), "Grüße aus Köln", UTF8},
		{"utf-8 bom", []byte("\xEF\xBB\xBFé"), "é", UTF8},
		{"utf-16le bom", append([]byte{0xFF, 0xFE}, utf16Bytes("“Zoë” said", false)...), "“Zoë” said", UTF16LE},
		{"utf-16be bom", append([]byte{0xFE, 0xFF}, utf16Bytes("Ärger €", true)...), "Ärger €", UTF16BE},
		{"utf-16le without bom", utf16Bytes("The mayor said on Monday", false), "The mayor said on Monday", UTF16LE},
		{"utf-16be without bom", utf16Bytes("The mayor said on Monday", true), "The mayor said on Monday", UTF16BE},
		{"meta charset latin1", []byte("<meta charset=\"ISO-8859-1\"><p>Stra\xDFe \x93quoted\x94"), "<meta charset=\"ISO-8859-1\"><p>Straße “quoted”", Windows1252},
		{"http-equiv latin-2", []byte("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=iso-8859-2'>\xB3\xF3d\xBC"), "<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=iso-8859-2'>łódź", "iso-8859-2"},
		{"windows-1250", []byte("<meta charset=windows-1250>\x9Cl\xB9sk"), "<meta charset=windows-1250>śląsk", "windows-1250"},
		{"windows-1251", []byte("<meta charset=cp1251>\xCC\xEE\xF1\xEA\xE2\xE0"), "<meta charset=cp1251>Москва", "windows-1251"},
		{"latin-9 euro", []byte("<meta charset=latin9>5 \xA4"), "<meta charset=latin9>5 €", "iso-8859-15"},
		{"undeclared windows-1252", []byte("caf\xE9 \x96 na\xEFve"), "café – naïve", Windows1252},
		{"mostly utf-8 with a bad byte", []byte("Grüße, Zoë, café \xFF!"), "Grüße, Zoë, café \uFFFD!", UTF8},
		{"unknown declared charset", []byte("<meta charset=gb2312>ab\xC4\xE3"), "<meta charset=gb2312>abÄã", Windows1252}, // two bad bytes in a row: more Windows-1252 than UTF-8
		{"empty", nil, "", UTF8},
		{"odd utf-16 tail", []byte{0xFF, 0xFE, 'a', 0, 'b'}, "a", UTF16LE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := Decode(tt.in)
			if got != tt.want || enc != tt.encoding {
				t.Errorf("Decode = %q, %s; want %q, %s", got, enc, tt.want, tt.encoding)
			}
		})
	}
}

func TestDeclared(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta charset="utf-8">`, UTF8},
		{`<meta name=x><meta http-equiv="content-type" content="text/html;charset=Windows-1252">`, Windows1252},
		{`<meta charset=koi8-r>`, ""},
		{`<meta content="charset">`, ""},
		{`<p>charset=latin1</p>`, ""},
		{`<meta`, ""},
	}
	for _, tt := range tests {
		if got := Declared([]byte(tt.in)); got != tt.want {
			t.Errorf("Declared(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, seed := range []string{"", "\xff\xfe", "\xfe\xff\x00", "<meta charset=latin2>\xb3", "caf\xe9", "a\x00b\x00", "<meta charset"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, enc := Decode(b)
		if !utf8.ValidString(text) {
			t.Errorf("Decode(%q) = %q (%s): not UTF-8", b, text, enc)
		}
	})
}
