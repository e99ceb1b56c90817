package view

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

// typeNames name the entity types in the matrix.
var typeNames = map[mention.Type]string{
	mention.Person: "Person",
	mention.Org:    "Organisation",
	mention.Place:  "Place",
}

func typeName(t mention.Type) string {
	if n, ok := typeNames[t]; ok {
		return n
	}
	return capitalise(strings.ToLower(string(t)))
}

// The orders of the matrix: by how many sources mention an entity (the default),
// by name, by type, or by how often one source mentions it ("src-2").
const (
	byCoverage = ""
	byName     = "name"
	byType     = "type"
)

func bySource(i int) string { return "src-" + strconv.Itoa(i) }

// renderMatrix is the entity by source coverage matrix, filterable by type and
// sortable by any column.
func (a *analysis) renderMatrix() app.UI {
	r := a.Result
	rows := a.matrixRows()
	return app.Div().Class("matrix").Body(
		a.renderTypeFilter(),
		app.Div().Class("table-scroll").Body(app.Table().Class("coverage").Body(
			app.Caption().Text(fmt.Sprintf("%s by source: the number is how often each source mentions them; – where it does not.",
				capitalise(plural(len(rows), "entity")))),
			app.THead().Body(app.Tr().Body(
				a.sortHeader(byName, "Entity", app.Text("Entity")),
				a.sortHeader(byType, "Type", app.Text("Type")),
				a.sortHeader(byCoverage, "Number of sources", app.Text("Sources")),
				app.Range(r.Sources).Slice(func(i int) app.UI {
					return a.sortHeader(bySource(i), "Mentions in "+r.Sources[i].Doc.Name, badge(a.slot(i)))
				}),
			)),
			app.TBody().Body(app.Range(paged(a, "matrix", rows)).Slice(func(k int) app.UI { return a.renderMatrixRow(rows[k]) })),
		)),
		a.more("matrix", len(rows), len(paged(a, "matrix", rows))),
	)
}

// renderTypeFilter offers the entity types as toggle buttons.
func (a *analysis) renderTypeFilter() app.UI {
	ents := a.Result.Comparison.Entities
	count := func(t mention.Type) int {
		n := 0
		for _, e := range ents {
			if t == "" || e.Type == t {
				n++
			}
		}
		return n
	}
	button := func(t mention.Type, label string) app.UI {
		id := "filter-all"
		if t != "" {
			id = "filter-" + strings.ToLower(string(t))
		}
		return app.Button().Type("button").ID(id).Class("filter").
			Aria("pressed", a.typeFilter == t).
			Text(fmt.Sprintf("%s (%d)", label, count(t))).
			OnClick(func(ctx app.Context, e app.Event) { a.typeFilter = t })
	}
	return app.Div().Class("matrix-filter").Attr("role", "group").Aria("label", "Show entities of type").Body(
		button("", "All"),
		app.Range(typeHeadings).Slice(func(i int) app.UI {
			return button(typeHeadings[i].Type, typeHeadings[i].Title)
		}),
	)
}

// sortHeader is a column header whose button orders the matrix by that column.
func (a *analysis) sortHeader(key, label string, content app.UI) app.UI {
	th := app.Th().Scope("col")
	if a.sortBy == key {
		order := "descending"
		if key == byName || key == byType {
			order = "ascending"
		}
		th = th.Aria("sort", order)
	}
	return th.Body(app.Button().Type("button").Class("sort").
		Title("Sort by "+strings.ToLower(label[:1])+label[1:]).
		Body(content, hidden(" ("+label+")")).
		OnClick(func(ctx app.Context, e app.Event) { a.sortBy = key }))
}

// matrixRows returns the indices of the entities the matrix shows, in its order.
func (a *analysis) matrixRows() []int {
	ents := a.Result.Comparison.Entities
	var rows []int
	for i, e := range ents {
		if a.typeFilter == "" || e.Type == a.typeFilter {
			rows = append(rows, i)
		}
	}
	sortEntities(a.Result.Sources, ents, rows, a.sortBy)
	return rows
}

// sortEntities orders rows by the given column; ties keep the order of first mention.
func sortEntities(sources []compare.Source, ents []compare.Entity, rows []int, by string) {
	mentions := func(e compare.Entity, s int) int {
		if s < len(e.Members) && e.Members[s] >= 0 && s < len(sources) {
			return len(sources[s].Mentions.Entities[e.Members[s]].Mentions)
		}
		return 0
	}
	var less func(x, y compare.Entity) bool
	switch {
	case by == byName:
		less = func(x, y compare.Entity) bool { return strings.ToLower(x.Name) < strings.ToLower(y.Name) }
	case by == byType:
		less = func(x, y compare.Entity) bool { return typeName(x.Type) < typeName(y.Type) }
	case strings.HasPrefix(by, "src-"):
		s, _ := strconv.Atoi(strings.TrimPrefix(by, "src-"))
		less = func(x, y compare.Entity) bool { return mentions(x, s) > mentions(y, s) }
	default:
		less = func(x, y compare.Entity) bool { return len(x.Documents) > len(y.Documents) }
	}
	sort.SliceStable(rows, func(x, y int) bool { return less(ents[rows[x]], ents[rows[y]]) })
}

// renderMatrixRow draws entity g's row: its name (which lights it up in the texts),
// its other spellings, its type, and how often each source mentions it.
func (a *analysis) renderMatrixRow(g int) app.UI {
	r := a.Result
	e := r.Comparison.Entities[g]
	return app.Tr().Class("type-"+strings.ToLower(string(e.Type))).Body(
		app.Th().Scope("row").Body(
			a.selectButton(entityKey(g), "entity-name", e.Name, func() selection { return a.entitySelection(g) }),
			app.If(len(otherNames(e)) > 0, func() app.UI {
				return app.Span().Class("spellings").Text("also " + strings.Join(otherNames(e), " · "))
			}),
		),
		app.Td().Class("type").Text(typeName(e.Type)),
		app.Td().Class("coverage-count").Text(fmt.Sprintf("%d/%d", len(e.Documents), len(r.Sources))),
		app.Range(r.Sources).Slice(func(s int) app.UI {
			name := r.Sources[s].Doc.Name
			if s >= len(e.Members) || e.Members[s] < 0 {
				return app.Td().Class("absent").Body(
					app.Span().Aria("hidden", "true").Text("–"),
					hidden("not in "+name),
				)
			}
			n := len(r.Sources[s].Mentions.Entities[e.Members[s]].Mentions)
			return app.Td().Class("present", sourceClass(a.slot(s))).Body(
				app.Span().Aria("hidden", "true").Text(strconv.Itoa(n)),
				hidden(plural(n, "mention")+" in "+name),
			)
		}),
	)
}

// otherNames returns the spellings of e other than the name the matrix shows.
func otherNames(e compare.Entity) []string {
	var out []string
	for _, n := range e.Names {
		if n != e.Name {
			out = append(out, n)
		}
	}
	return out
}
