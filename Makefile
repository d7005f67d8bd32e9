# Klantwaarde: `make run` builds and serves the app on http://localhost:8000,
# `make test` runs every test, the browser ones included.

GO        ?= go
WASM      := web/wasm/app.wasm
BIN       := bin/klantwaarde
# The same flags for the app and for the go-app hello-world floor it is
# compared with (make size, make bench). Our own packages are compiled
# without inlining: go-app's element constructors were copied into every
# Render, 29 kB of brotli; typing measured no slower (docs/benchmarks.md).
WASMFLAGS := -trimpath -ldflags=-s\ -w -gcflags=github.com/klantwaarde/klantwaarde/...=-l
# What the WebAssembly and the binary are built from (tests excluded, so
# editing a test does not rebuild the app).
WASMSRC   := $(shell find app calc cmd/klantwaarde third_party -name '*.go' -not -name '*_test.go') go.mod go.sum
BINSRC    := $(shell find app calc cmd web internal third_party -name '*.go' -not -name '*_test.go') $(wildcard cmd/klantwaarde/*.js) go.mod go.sum
ASSETS    := $(shell find web -type f -not -path 'web/wasm/*')
# Remembers the WASMFLAGS of the last build, so that building with other
# flags (make bench -flags, a profile without -s) builds again.
FLAGSTAMP := web/wasm/.wasmflags

.PHONY: all run build test vet size bench fuzz clean deps-browser deps-e2e deps-lighthouse vendor-jsqr FORCE

all: build

$(FLAGSTAMP): FORCE
	@echo '$(WASMFLAGS)' | cmp -s - $@ || echo '$(WASMFLAGS)' > $@

$(WASM): $(WASMSRC) $(FLAGSTAMP)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./cmd/klantwaarde
	$(GO) run ./internal/precompress $@

$(BIN): $(WASM) $(ASSETS) $(BINSRC)
	$(GO) build -trimpath -o $@ ./cmd/klantwaarde

build: $(BIN)

run: build
	$(BIN) serve -addr localhost:8000

# What the WebAssembly is checked as: the packages the browser links.
WASMPKGS  := ./app/... ./calc/... ./cmd/... ./internal/floor

# vet checks that go.mod and go.sum are tidy, the formatting, and go vet
# and staticcheck (pinned as a tool in go.mod) for the server and the
# WebAssembly. staticcheck is built for this machine once and then run for
# each target: `go tool` would build it for GOOS=js. Copies of other
# projects' code under third_party/ are left as their authors wrote them.
vet:
	$(GO) mod tidy -diff
	@test -z "$$(find . -name '*.go' -not -path './third_party/*' -not -path '*/node_modules/*' | xargs gofmt -l | tee /dev/stderr)" || \
	  (echo "gofmt: the files above need formatting" && exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $(WASMPKGS)
	@staticcheck=$$($(GO) tool -n staticcheck) && \
	  echo "staticcheck ./..." && $$staticcheck ./... && \
	  echo "GOOS=js GOARCH=wasm staticcheck $(WASMPKGS)" && GOOS=js GOARCH=wasm $$staticcheck $(WASMPKGS)

# test runs the unit tests, the fuzz seed corpora and the browser tests
# against the real binary in headless Chromium (installed when missing).
# A plain `go test ./...` skips the browser tests where Chromium or the
# binary is missing; here, as under CI=true, that is a failure. The e2e
# package runs for minutes: go test's default 10-minute limit is too short
# on a loaded 2-core machine.
test: vet build deps-browser deps-e2e
	KLANTWAARDE_REQUIRE_BROWSER=1 $(GO) test -count=1 -timeout 40m ./...

# axe-core, injected into the page by the accessibility test.
deps-e2e:
	@test -f e2e/node_modules/axe-core/axe.min.js || { \
	  command -v npm >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }; \
	  cd e2e && npm ci --no-audit --no-fund --silent; }

# Lighthouse 12, run by make bench on the app and the floor.
deps-lighthouse:
	@test -x internal/bench/lighthouse/node_modules/.bin/lighthouse || { \
	  command -v npm >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }; \
	  cd internal/bench/lighthouse && npm ci --no-audit --no-fund --silent; }

deps-browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || { \
	  echo "Installing Debian's poppler-utils to read the printed report back"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; }

size: $(WASM)
	$(GO) run ./internal/size -flags '$(WASMFLAGS)' $(WASM)

# bench measures the app against the go-app hello-world floor, both built
# with WASMFLAGS: sizes, cold start and first paint in fresh browser
# profiles, keystroke latency, memory, Lighthouse (mobile) and the calc
# benchmarks. It prints the report and writes it to docs/benchmarks.md
# (internal/bench).
bench: build deps-browser deps-lighthouse
	$(GO) run ./internal/bench -flags '$(WASMFLAGS)' -out docs/benchmarks.md

# fuzz runs every fuzz target for FUZZTIME; what they find is kept under
# testdata/fuzz and runs in make test from then on.
FUZZTIME ?= 60s
fuzz:
	@for target in $$($(GO) test ./calc -list '^Fuzz' | grep '^Fuzz'); do \
	  echo "== $$target"; \
	  $(GO) test ./calc -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) || exit 1; \
	done

clean:
	rm -rf bin dist web/wasm/*.wasm web/wasm/*.wasm.br web/wasm/*.wasm.gz

# vendor-jsqr refreshes the QR decoder the camera scanner falls back on
# (web/vendor/jsqr: its dist/jsQR.js and licence) from npm.
JSQR_VERSION ?= 1.4.0
vendor-jsqr:
	@tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent jsqr@$(JSQR_VERSION) >/dev/null && \
	  tar -xzf jsqr-$(JSQR_VERSION).tgz && cd - >/dev/null && \
	  cp $$tmp/package/dist/jsQR.js $$tmp/package/LICENSE web/vendor/jsqr/ && rm -rf $$tmp && \
	  sed -i -e 's/^# jsQR .*/# jsQR $(JSQR_VERSION)/' -e 's/`jsqr` [0-9.]*/`jsqr` $(JSQR_VERSION)/' web/vendor/jsqr/README.md && \
	  echo "web/vendor/jsqr: jsQR $(JSQR_VERSION), $$(wc -c < web/vendor/jsqr/jsQR.js) bytes"
