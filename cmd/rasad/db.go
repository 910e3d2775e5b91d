package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"rasad/internal/search"
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

// storeAnalyzer is the version of the analyzer openStore opens archives
// with (the stores' default).
var storeAnalyzer = search.Clitics{}.Version()

// openStore opens the archive that dsn names: a PostgreSQL URL, or else the
// path of a SQLite file, created when missing. Its error names dsn.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	var st store.Store
	var err error
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		st, err = postgres.Open(ctx, dsn, nil)
	} else {
		st, err = sqlite.Open(ctx, dsn, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dsn, err)
	}
	return st, nil
}
