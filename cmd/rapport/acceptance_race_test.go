//go:build race

package main

// accRace builds the binary under test with the race detector too, when the
// tests themselves run with -race.
const accRace = true
