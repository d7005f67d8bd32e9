package app

import "strings"

// kv is where the workspace is kept: the browser's localStorage in the app
// (kvbrowser.go), a map in tests, so that the storage rules of
// storeworkspace.go are tested natively. Get reports whether the key is there;
// GetPrefix returns at most the first n characters of the value, which is
// all storedRev needs of a large scenario.
type kv interface {
	Get(key string) (value string, ok bool, err error)
	GetPrefix(key string, n int) (value string, ok bool, err error)
	Set(key, value string) error
	Remove(key string) error
}

// store keeps the workspace in a kv (storeworkspace.go).
type store struct{ kv kv }

// memoryKV is a kv in memory: two tabs in a test share one.
type memoryKV map[string]string

func (m memoryKV) Get(key string) (string, bool, error) {
	v, ok := m[key]
	return v, ok, nil
}

func (m memoryKV) GetPrefix(key string, n int) (string, bool, error) {
	v, ok := m[key]
	if len(v) > n {
		v = strings.Clone(v[:n])
	}
	return v, ok, nil
}

func (m memoryKV) Set(key, value string) error { m[key] = value; return nil }

func (m memoryKV) Remove(key string) error { delete(m, key); return nil }
