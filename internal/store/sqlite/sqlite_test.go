package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"rasad/internal/store"
	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

func open(t *testing.T) store.Store {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestContract(t *testing.T) { storetest.Run(t, open) }
