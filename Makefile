# Parallax: `make run` builds and serves the app; `make test` runs every test,
# the browser tests included. See README.md.

GO        ?= go
ADDR      ?= 127.0.0.1:8080
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
# The engine's packages: pure Go, tested natively and as WebAssembly.
ENGINE    := ./wasm/document/... ./wasm/mention/... ./wasm/claim/... ./wasm/compare/... ./wasm/engine/... ./wasm/htmltext/... ./wasm/charset/...

.PHONY: all run build parallax test check-format vet unit-test wasm-test browser-test bench eval fuzz clean

all: build

## build: compile app.wasm, write the static bundle to dist/ and print its sizes
build:
	$(GO) run ./build

## parallax: the native binary (serve, analyze)
parallax:
	$(GO) build -o parallax ./server

## run: build, then serve the app on $(ADDR)
run: build parallax
	./parallax serve -addr $(ADDR)

## test: formatting, vet, unit tests, the engine under WebAssembly, and the browser tests
test: check-format vet unit-test wasm-test build browser-test

check-format:
	@files=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$files" ]; then echo "gofmt would change:"; echo "$$files"; exit 1; fi

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...

unit-test:
	$(GO) test -short ./...

wasm-test:
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" $(ENGINE)

browser-test:
	$(GO) test -count=1 -timeout 30m -run Browser ./server/

## bench: the engine's speed natively, in WebAssembly (node and Chromium), beside compromise
bench: build
	$(GO) run ./build/bench

## eval: quality on the annotated data in ../shared/eval, beside compromise
eval:
	$(GO) run ./build/eval

## clean: remove what the build writes (dist/, the binary, app.wasm and the compressed
## copies of web/); the tracked files, the README's screenshot among them, stay
clean:
	rm -rf dist parallax web/app.wasm
	find web -type f \( -name '*.br' -o -name '*.gz' \) -delete
