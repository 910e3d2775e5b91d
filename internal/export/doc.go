// Package export writes events for other tools: JSON Lines (one event with
// its document a line), CSV and TSV with GDELT 2.0's event columns where
// Rasad has the field, and counts of events per period. The command line
// (rasad events) and the HTTP API (GET /api/events) write through it, so
// that a file exported from either reads the same.
package export
