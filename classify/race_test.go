//go:build race

package classify_test

// The race detector allocates on its own; allocation counts mean nothing
// under it.
const raceEnabled = true
