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

// maxSharedBytes bounds what a shared link may expand to, so that a crafted link
// cannot exhaust memory.
const maxSharedBytes = 16 << 20

// encodeShare returns the fragment (without '#') that carries the sources.
func encodeShare(saved []savedSource) (string, error) {
	raw, err := json.Marshal(saved)
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
	if err != nil || len(raw) > maxSharedBytes {
		return nil, errBadLink
	}
	var saved []savedSource
	if err := json.Unmarshal(raw, &saved); err != nil {
		return nil, errBadLink
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
	afterRender(ctx, func() { focus("share-link") })
}

// openSharedLink opens the sources of a share link in the address bar, keeping
// the reader's own sources for Undo, and takes the fragment out of the address so
// that a reload keeps later edits. It reports whether the address held a link.
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
	p.replaceSources(ctx, saved, "Opened the shared articles in place of yours.")
	return true
}
