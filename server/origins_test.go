package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseOrigins(t *testing.T) {
	tests := []struct {
		value string
		want  []string
		err   string // part of the error; "" when the value is good
	}{
		{"*", []string{"*"}, ""},
		{"https://news.example", []string{"https://news.example"}, ""},
		{"https://news.example/", []string{"https://news.example"}, ""},
		{" HTTPS://News.Example:443/  http://other.example:8080 ", []string{"https://news.example", "http://other.example:8080"}, ""},
		{"http://news.example:80 http://news.example", []string{"http://news.example"}, ""},
		{"http://[::1]:8080 http://127.0.0.1", []string{"http://[::1]:8080", "http://127.0.0.1"}, ""},
		{"https://xn--bcher-kva.example", []string{"https://xn--bcher-kva.example"}, ""},
		{"", nil, "no origin"},
		{"'self'", nil, "not an origin"},
		{"https://a.example,https://b.example", nil, "not commas"},
		{"https://a.example, https://b.example", nil, "not commas"},
		{"* https://a.example", nil, "cannot be listed"},
		{"news.example", nil, "not an origin"},
		{"//news.example", nil, "scheme"},
		{"ftp://news.example", nil, "http or https"},
		{"https://news.example/embed", nil, "without a path"},
		{"https://news.example?x=1", nil, "without a path"},
		{"https://user@news.example", nil, "without a path"},
		{"https://*.news.example", nil, "wildcards"},
		{"https://bücher.example", nil, "xn--"},
		{"https://news..example", nil, "not a host name"},
		{"https://news.example:0", nil, "between 1 and 65535"},
		{"https://news.example:99999", nil, "between 1 and 65535"},
		{"https://", nil, "not an origin"},
	}
	for _, tt := range tests {
		got, err := parseOrigins(tt.value)
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("parseOrigins(%q): %v", tt.value, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("parseOrigins(%q) = %q, %v; want an error about %q", tt.value, got, err, tt.err)
		case !reflect.DeepEqual(got, tt.want):
			t.Errorf("parseOrigins(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
