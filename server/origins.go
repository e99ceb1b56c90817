package main

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parseOrigins reads the value of -embed-origins: "*" alone for any site, or
// origins separated by spaces. Each is normalised to the form a browser gives in
// a message's origin, which the widget compares them with: lower case, without a
// trailing slash or a default port.
func parseOrigins(value string) ([]string, error) {
	fields := strings.Fields(value)
	switch {
	case len(fields) == 0:
		return nil, errors.New("no origin given: name the sites (https://news.example) or give * for any")
	case len(fields) == 1 && fields[0] == "*":
		return fields, nil
	}
	var origins []string
	for _, f := range fields {
		o, err := parseOrigin(f)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", f, err)
		}
		if !slices.Contains(origins, o) {
			origins = append(origins, o)
		}
	}
	return origins, nil
}

// parseOrigin normalises one origin, scheme://host[:port], or says what is wrong
// with it.
func parseOrigin(s string) (string, error) {
	switch {
	case s == "*":
		return "", errors.New("* allows any site, so it cannot be listed with others")
	case strings.Contains(s, ","):
		return "", errors.New("separate origins with spaces, not commas")
	case strings.HasPrefix(s, "'"):
		return "", errors.New("not an origin: give each site as scheme://host[:port], like https://news.example")
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.Host == "" {
		return "", errors.New("not an origin: give it as scheme://host[:port], like https://news.example")
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", errors.New("an origin's scheme is http or https")
	}
	if u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return "", errors.New("an origin is only scheme://host[:port], without a path, query or user")
	}
	host, err := originHost(u.Hostname())
	if err != nil {
		return "", err
	}
	port := u.Port()
	if port == defaultPorts[scheme] {
		port = ""
	}
	if n, err := strconv.Atoi(port); port != "" && (err != nil || n < 1 || n > 65535) {
		return "", fmt.Errorf("port %s is not between 1 and 65535", port)
	}
	if port != "" {
		return scheme + "://" + net.JoinHostPort(host, port), nil
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return scheme + "://" + host, nil
}

// defaultPorts are the ports a browser leaves out of an origin.
var defaultPorts = map[string]string{"http": "80", "https": "443"}

// originHost checks and lower-cases the host of an origin: an IP address or a
// name of ASCII letters, digits and hyphens between dots, the form browsers give
// even for internationalised names.
func originHost(host string) (string, error) {
	if ip := net.ParseIP(host); ip != nil {
		return ip.String(), nil
	}
	host = strings.ToLower(host)
	for _, label := range strings.Split(host, ".") {
		if label != "" && strings.Trim(label, "abcdefghijklmnopqrstuvwxyz0123456789-") == "" {
			continue
		}
		switch {
		case strings.Contains(host, "*"):
			return "", errors.New("wildcards are not supported: list each site")
		case strings.IndexFunc(host, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0:
			return "", fmt.Errorf("write the internationalised name %q in its xn-- form", host)
		}
		return "", fmt.Errorf("%q is not a host name", host)
	}
	return host, nil
}
