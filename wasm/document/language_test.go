package document

import (
	"errors"
	"strings"
	"testing"
)

func TestReadsAsEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		english    bool
	}{
		{"english", strings.Repeat("The mayor of the small town said on Tuesday that the new bridge over the river would not be finished before next spring. ", 3), true},
		{"english in capitals", strings.Repeat("THE MAYOR SAID ON TUESDAY THAT THE BRIDGE WOULD BE LATE, AND HE BLAMED THE RAIN. ", 3), true},
		{"german", strings.Repeat("Der Bürgermeister der kleinen Stadt hat am Dienstag gesagt, dass die neue Brücke erst im nächsten Frühjahr fertig wird. ", 3), false},
		{"french", strings.Repeat("Le maire de la petite ville a dit mardi que le nouveau pont ne serait pas terminé avant le printemps prochain. ", 3), false},
		{"spanish", strings.Repeat("El alcalde de la pequeña ciudad dijo el martes que el nuevo puente no estará terminado hasta la próxima primavera. ", 3), false},
		{"russian", strings.Repeat("Мэр небольшого города сказал во вторник, что новый мост будет готов только весной. ", 4), false},
		{"too short to tell", "Der Bürgermeister hat am Dienstag gesagt, dass die Brücke später fertig wird.", true},
		{"names only", "Ada Lovelace, Alan Turing, Grace Hopper", true},
	}
	for _, tt := range tests {
		if got := readsAsEnglish(tt.text); got != tt.english {
			t.Errorf("%s: readsAsEnglish = %v, want %v", tt.name, got, tt.english)
		}
	}
}

func TestParseRefusesOtherLanguages(t *testing.T) {
	text := strings.Repeat("Le maire de la petite ville a dit mardi que le nouveau pont ne serait pas terminé avant le printemps prochain. ", 3)
	if _, err := Parse("fr.txt", text); !errors.Is(err, ErrNotEnglish) {
		t.Errorf("Parse of French text: error %v, want %v", err, ErrNotEnglish)
	}
}
