//go:build !wasm

package main

import (
	"context"
	"io"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return nil
}
