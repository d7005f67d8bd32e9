# Klantwaarde: `make run` builds and serves the app on http://localhost:8000,
# `make test` runs every test, the browser ones included.

GO        ?= go
WASM      := web/wasm/app.wasm
BIN       := bin/klantwaarde
# The same flags for the app and for the go-app hello-world floor it is
# compared with (make size, make bench).
WASMFLAGS := -trimpath -ldflags=-s\ -w
# What the WebAssembly and the binary are built from (tests excluded, so
# editing a test does not rebuild the app).
WASMSRC   := $(shell find app calc cmd/klantwaarde -name '*.go' -not -name '*_test.go') go.mod go.sum
BINSRC    := $(shell find app calc cmd web internal -name '*.go' -not -name '*_test.go') go.mod go.sum
ASSETS    := $(shell find web -type f -not -path 'web/wasm/*')

.PHONY: all run build test vet size fuzz clean deps-browser deps-e2e

all: build

$(WASM): $(WASMSRC)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./cmd/klantwaarde
	$(GO) run ./internal/precompress $@

$(BIN): $(WASM) $(ASSETS) $(BINSRC)
	$(GO) build -trimpath -o $@ ./cmd/klantwaarde

build: $(BIN)

run: build
	$(BIN) serve -addr localhost:8000

vet:
	@test -z "$$(gofmt -l . | tee /dev/stderr)" || (echo "gofmt: the files above need formatting" && exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./calc/... ./cmd/... ./internal/floor

# test runs the unit tests, the fuzz seed corpora and the browser tests
# against the real binary in headless Chromium (installed when missing).
test: vet build deps-browser deps-e2e
	$(GO) test -count=1 ./...

# axe-core, injected into the page by the accessibility test.
deps-e2e:
	@test -f e2e/node_modules/axe-core/axe.min.js || { \
	  command -v npm >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }; \
	  cd e2e && npm ci --no-audit --no-fund --silent; }

deps-browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

size: $(WASM)
	$(GO) run ./internal/size -flags '$(WASMFLAGS)' $(WASM)

fuzz:
	$(GO) test ./calc -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime 60s
	$(GO) test ./calc -run '^$$' -fuzz '^FuzzDecodeShare$$' -fuzztime 60s
	$(GO) test ./calc -run '^$$' -fuzz '^FuzzParseNumber$$' -fuzztime 60s
	$(GO) test ./calc -run '^$$' -fuzz '^FuzzDecodeQuestionnaire$$' -fuzztime 60s
	$(GO) test ./calc -run '^$$' -fuzz '^FuzzDecodeResponse$$' -fuzztime 60s

clean:
	rm -rf bin dist web/wasm/*.wasm web/wasm/*.wasm.br web/wasm/*.wasm.gz
