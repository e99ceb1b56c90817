package view

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A share link carries the sources themselves, compressed, in the URL's fragment:
// browsers never send the part after '#' to a server, and go-app's service worker
// serves the page from its cache whatever the fragment holds. The format:
//
//	#share=v1.<base64url(deflate(JSON [{name, text}]))>
const sharePrefix = "share=v1."

// maxLinkBytes is the longest link Parallax offers. Browsers accept far longer
// ones, but mail programs, chat apps and link shorteners cut or refuse links
// beyond a few tens of kilobytes.
const maxLinkBytes = 32 << 10

// maxSharedBytes bounds what a shared link may expand to. Text compresses about
// threefold, so a link Parallax makes never unpacks to more than about 100 KB;
// the bound leaves ample room and stops a crafted link that would unpack to
// megabytes and stall the page.
const maxSharedBytes = 1 << 20

// errLinkTooBig is the reason for a link that unpacks to more than maxSharedBytes.
var errLinkTooBig = fmt.Errorf("it would unpack to more than %d MB of text, far more than any link Parallax makes, so it was not opened", maxSharedBytes>>20)

// encodeShare returns the fragment (without '#') that carries the sources.
func encodeShare(saved []savedSource) (string, error) {
	// Keys tell one reader's sources apart across their tabs; they mean nothing
	// to whoever opens the link.
	unkeyed := make([]savedSource, len(saved))
	for i, s := range saved {
		unkeyed[i] = savedSource{Name: s.Name, Text: s.Text}
	}
	raw, err := json.Marshal(unkeyed)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := w.Write(raw); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return sharePrefix + base64.RawURLEncoding.EncodeToString(b.Bytes()), nil
}

// errBadLink is the reason for any link that cannot be read, whatever went wrong.
var errBadLink = errors.New("this shared link is damaged or incomplete; ask for it again")

// decodeShare reads the sources out of a fragment made by encodeShare.
func decodeShare(fragment string) ([]savedSource, error) {
	data, ok := strings.CutPrefix(strings.TrimPrefix(fragment, "#"), sharePrefix)
	if !ok {
		return nil, errBadLink
	}
	packed, err := base64.RawURLEncoding.DecodeString(data)
	if err != nil {
		return nil, errBadLink
	}
	raw, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(packed)), maxSharedBytes+1))
	if len(raw) > maxSharedBytes {
		return nil, errLinkTooBig
	}
	if err != nil {
		return nil, errBadLink
	}
	var saved []savedSource
	if err := json.Unmarshal(raw, &saved); err != nil {
		return nil, errBadLink
	}
	for i := range saved {
		saved[i].Key = ""
	}
	return saved, nil
}

// shareLink returns the link to page with the sources in its fragment, or an
// error saying why there is none.
func shareLink(page string, saved []savedSource) (string, error) {
	fragment, err := encodeShare(saved)
	if err != nil {
		return "", err
	}
	link := page + "#" + fragment
	if len(link) > maxLinkBytes {
		return "", fmt.Errorf("these articles make a link of %d KB, too long to share safely (the limit is %d KB); export the JSON or share fewer or shorter articles",
			(len(link)+1023)/1024, maxLinkBytes>>10)
	}
	return link, nil
}

func (p *Page) onShare(ctx app.Context, e app.Event) {
	loc := app.Window().Get("location")
	link, err := shareLink(loc.Get("origin").String()+loc.Get("pathname").String(), p.snapshot())
	if err != nil {
		p.tools.link, p.tools.notice = "", "No link: "+err.Error()+"."
		return
	}
	p.tools.link = link
	p.tools.notice = "The link holds the articles themselves, compressed after the #, which browsers never send to a server."
	copyText(ctx, link, func(ctx app.Context, err string) {
		if err == "" {
			p.tools.notice = "Link copied. " + p.tools.notice
		}
	})
	afterRender(p.ui, func() { focus("share-link") })
}

// openSharedLink adds the sources of a share link in the address bar beside the
// reader's own (Undo takes them away again), and takes the fragment out of the
// address so that a reload keeps later edits. It reports whether the address held
// a link.
func (p *Page) openSharedLink(ctx app.Context) bool {
	loc := app.Window().Get("location")
	hash := loc.Get("hash").String()
	if !strings.HasPrefix(hash, "#share=") {
		return false
	}
	app.Window().Get("history").Call("replaceState", nil, "", loc.Get("pathname").String())
	saved, err := decodeShare(hash)
	if err != nil {
		p.tools.notice = "Could not open the link: " + err.Error() + "."
		return false
	}
	sources, n, left := addShared(p.snapshot(), saved)
	if n == 0 && left == 0 {
		p.tools.notice = "The link holds no articles you do not already have here."
		return false
	}
	p.replaceSources(ctx, sources, fmt.Sprintf("Added %s from the link beside yours.", plural(n, "shared article")))
	if left > 0 {
		p.tools.notice = fmt.Sprintf("Added %s from the link beside yours; %d more did not fit, as Parallax compares at most %d. Undo takes the shared ones away again.",
			plural(n, "article"), left, maxSources)
	}
	return true
}

// addShared returns the reader's sources with a link's sources added after them:
// empty sources of the reader's make room, sources the reader already has are not
// added twice, and no more than maxSources are kept. It also says how many were
// added and how many did not fit.
func addShared(own, shared []savedSource) (out []savedSource, added, left int) {
	have := set[savedSource]{}
	for _, s := range own {
		if s.Text != "" {
			out = append(out, s)
			have[savedSource{Name: s.Name, Text: s.Text}] = true
		}
	}
	for _, s := range shared {
		switch {
		case s.Text == "" || have[s]:
		case len(out) >= maxSources:
			left++
		default:
			have[s] = true
			out = append(out, s)
			added++
		}
	}
	return out, added, left
}
