package view

import (
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/charset"
	"parallax/wasm/htmltext"
)

// maxFileBytes bounds a dropped or pasted file, as the engine is built for
// articles, not archives.
const maxFileBytes = 10 << 20

// noticeURL answers a pasted link: Parallax never fetches pages.
const noticeURL = "That is a link. Parallax does not fetch web pages: it works offline and keeps what you read private. Open the page, select the article's text and paste it here, or save the page and drop the .html file here."

// fileSource turns a file's bytes into a source named after it, decoded by its
// byte-order mark or declared character set: a .txt file as it is, an .html file
// reduced to its article's text.
func fileSource(name string, data []byte) (savedSource, error) {
	ext := strings.ToLower(path.Ext(name))
	base := strings.TrimSuffix(name, path.Ext(name))
	if base == "" {
		base = name
	}
	content, _ := charset.Decode(data)
	text := content
	switch {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext != ".txt" && htmltext.IsPage(content):
		text = htmltext.Extract(content)
	case ext == ".txt" || ext == ".text" || ext == ".md" || ext == "":
	default:
		return savedSource{}, fmt.Errorf("%s is not a .txt or .html file", name)
	}
	if strings.TrimSpace(text) == "" {
		return savedSource{}, fmt.Errorf("%s holds no article text", name)
	}
	return savedSource{Name: base, Text: text}, nil
}

// loneURL reports whether s is a web address and nothing else.
func loneURL(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, " \t\n\r") || !utf8.ValidString(s) {
		return false
	}
	lower := strings.ToLower(s)
	for _, prefix := range []string{"http://", "https://", "www."} {
		if rest, ok := strings.CutPrefix(lower, prefix); ok {
			return strings.Contains(rest, ".")
		}
	}
	return false
}

// addFileSources puts each file's source into an empty source, or a new one.
func (p *Page) addFileSources(ctx app.Context, files []savedSource) {
	for _, f := range files {
		i := p.firstEmpty()
		if i < 0 && len(p.sources) < maxSources {
			p.addSource(f.Name, f.Text)
			continue
		}
		if i < 0 {
			p.tools.notice = fmt.Sprintf("Parallax compares at most %d articles; the rest were left out.", maxSources)
			break
		}
		p.sources[i].Name, p.sources[i].Text = f.Name, f.Text
	}
	p.changed(ctx)
	p.analyse(ctx)
}

// firstEmpty returns the index of the first source with no text, or -1.
func (p *Page) firstEmpty() int {
	for i, s := range p.sources {
		if strings.TrimSpace(s.Text) == "" {
			return i
		}
	}
	return -1
}

// onDragOver lets files be dropped anywhere on the page.
func (p *Page) onDragOver(ctx app.Context, e app.Event) {
	if hasFiles(e.Get("dataTransfer")) {
		e.PreventDefault()
	}
}

// onDrop reads dropped files into sources; dropped text is left to the browser.
func (p *Page) onDrop(ctx app.Context, e app.Event) {
	files := e.Get("dataTransfer").Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	e.PreventDefault()
	p.readFiles(ctx, files)
}

// onPaste reads pasted files, turns a pasted HTML page into its article's text,
// and answers a pasted link with a message instead of pasting it.
func (p *Page) onPaste(ctx app.Context, e app.Event) {
	data := e.Get("clipboardData")
	if !data.Truthy() {
		return
	}
	if files := data.Get("files"); files.Truthy() && files.Length() > 0 {
		e.PreventDefault()
		p.readFiles(ctx, files)
		return
	}
	text := data.Call("getData", "text/plain").String()
	i := p.sourceAt(ctx)
	switch {
	case loneURL(text):
		e.PreventDefault()
		p.tools.notice = noticeURL
	case htmltext.IsPage(text) && i >= 0 && strings.TrimSpace(p.sources[i].Text) == "":
		e.PreventDefault()
		p.sources[i].Text = htmltext.Extract(text)
		p.tools.notice = "Pasted a web page's source: kept the article's text, without the page around it."
		p.changed(ctx)
		p.analyse(ctx)
	}
}

// hasFiles reports whether a drag carries files.
func hasFiles(dt app.Value) bool {
	if !dt.Truthy() {
		return false
	}
	types := dt.Get("types")
	for i := 0; i < types.Length(); i++ {
		if types.Index(i).String() == "Files" {
			return true
		}
	}
	return false
}

// bytesOf copies an ArrayBuffer's bytes into Go.
func bytesOf(buffer app.Value) []byte {
	view := app.Window().Get("Uint8Array").New(buffer)
	b := make([]byte, view.Length())
	app.CopyBytesToGo(b, view)
	return b
}

// readFiles reads a FileList's files as bytes, then adds them as sources and says
// which ones could not be used.
func (p *Page) readFiles(ctx app.Context, files app.Value) {
	var names []string
	var problems []string
	reads := app.Window().Get("Array").New()
	for i := 0; i < files.Length() && len(names) < maxSources; i++ {
		f := files.Index(i)
		name := f.Get("name").String()
		if f.Get("size").Int() > maxFileBytes {
			problems = append(problems, fmt.Sprintf("%s is larger than %d MB", name, maxFileBytes>>20))
			continue
		}
		names = append(names, name)
		reads.Call("push", f.Call("arrayBuffer"))
	}
	await(ctx, app.Window().Get("Promise").Call("all", reads),
		func(ctx app.Context, buffers app.Value) {
			var sources []savedSource
			for i, name := range names {
				s, err := fileSource(name, bytesOf(buffers.Index(i)))
				if err != nil {
					problems = append(problems, err.Error())
					continue
				}
				sources = append(sources, s)
			}
			p.tools.notice = ""
			if len(problems) > 0 {
				p.tools.notice = "Left out: " + strings.Join(problems, "; ") + ". Parallax reads .txt and .html files."
			}
			if len(sources) > 0 {
				p.addFileSources(ctx, sources)
			}
		},
		func(ctx app.Context, err string) { p.tools.notice = "Could not read the files: " + err + "." })
}
