package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"rasad/internal/pipeline"
	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/postgres"
	"rasad/internal/store/sqlite"
)

// redact hides the password of a database URL in messages.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil {
		return u.Redacted()
	}
	return "the database URL"
}

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
// openWorking returns the pipeline of the commands that analyse what they
// store (serve, worker: the embedded models, or RASAD_NER_MODEL's) and the
// archive at dsn they store it in.
func openWorking(ctx context.Context, dsn string) (store.Store, *pipeline.Pipeline, error) {
	p, err := newPipeline()
	if err != nil {
		return nil, nil, err
	}
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	return st, p, nil
}

func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		st, err := postgres.Open(ctx, dsn, nil)
		if err != nil {
			return nil, fmt.Errorf("archive %s: %w", redact(dsn), err)
		}
		return st, nil
	}
	// A SQLite archive is made when missing, but not its folder.
	if dir := filepath.Dir(dsn); dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("archive %s: the folder %s does not exist (--db names a file in an existing folder)", dsn, dir)
		}
	}
	st, err := sqlite.Open(ctx, dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("archive %s: %w", dsn, err)
	}
	return st, nil
}
