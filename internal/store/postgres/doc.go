// Package postgres is the archive on a PostgreSQL server (pgx), for a team
// that shares one. It keeps the same rows as package sqlite and searches a
// tsvector of Rasad's own search keys, built in Go with their positions and
// cast as it is (no text search configuration analyses it again), under a
// GIN index; it ranks with ts_rank_cd.
//
// Open creates or migrates the schema in the connection's search_path,
// under an advisory lock so that several ingesters may start at once.
package postgres
