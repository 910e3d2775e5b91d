package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"rasad/internal/store"
	"rasad/internal/store/postgres"
	"rasad/internal/store/sqlite"
)

// defaultDB is the archive used when neither --db nor RASAD_DB names one.
const defaultDB = "rasad.db"

// dbFlag adds --db to a command's flags.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("RASAD_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "the archive: a SQLite file `path`, or a postgres:// URL (default from RASAD_DB)")
}

// openStore opens the archive that dsn names: a PostgreSQL URL, or else the
// path of a SQLite file, created when missing.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return postgres.Open(ctx, dsn, nil)
	}
	return sqlite.Open(ctx, dsn, nil)
}
