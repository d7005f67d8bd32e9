//go:build !wasm

package main

import "io"

func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return nil
}
