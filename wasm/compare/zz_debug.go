package compare

import (
	"fmt"
	"os"
)

func (c *comparer) debugFigures(s int, figs []figure) {
	if os.Getenv("PXDEBUG") == "" {
		return
	}
	for _, f := range figs {
		fmt.Fprintf(os.Stderr, "%s | %q | m=%q | %v | st=%s mixed=%v g=%v\n", c.docName(s)[:3], f.amount.text, f.measure, f.concepts, f.state, f.mixed, f.guessed)
	}
}
