package app

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// localStorage is the browser's window.localStorage as a kv. Its methods
// take a pointer, which spares the WebAssembly a copy of each method. Every access
// goes through a JavaScript call, whose exceptions (storage blocked, quota
// exceeded) Go can recover from, so a failing storage comes back as an
// error and never as a panic. On the server there is none.
type localStorage struct{}

// errNoStorage means the browser offers no usable local storage.
var errNoStorage = errors.New("local storage is not available")

// jsCall calls method on the localStorage object and turns any JavaScript
// exception into an error.
func jsCall(method string, args ...any) (v app.Value, err error) {
	if app.IsServer {
		return nil, errNoStorage
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errNoStorage, r)
		}
	}()
	win := app.Window()
	// Reflect.get is a call, so an exception thrown by the localStorage
	// getter (Safari private mode, blocked cookies) is recoverable.
	ls := win.Get("Reflect").Call("get", win.JSValue(), "localStorage")
	if !ls.Truthy() {
		return nil, errNoStorage
	}
	return ls.Call(method, args...), nil
}

func (*localStorage) Get(key string) (string, bool, error) {
	v, err := jsCall("getItem", key)
	if err != nil {
		return "", false, err
	}
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return v.String(), true, nil
}

// GetPrefix is Get for the first n characters of the
// value only, cut in JavaScript, so that a large value is not copied into
// Go to read its start.
func (*localStorage) GetPrefix(key string, n int) (string, bool, error) {
	v, err := jsCall("getItem", key)
	if err != nil {
		return "", false, err
	}
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	// String.prototype.slice.call(v, 0, n): a method of a string
	// primitive cannot be called through syscall/js directly, which
	// looks methods up with Reflect.get, an error on a primitive.
	slice := app.Window().Get("String").Get("prototype").Get("slice")
	return slice.Call("call", v, 0, n).String(), true, nil
}

func (*localStorage) Set(key, value string) error {
	_, err := jsCall("setItem", key, value)
	return err
}

func (*localStorage) Remove(key string) error {
	_, err := jsCall("removeItem", key)
	return err
}
