package storetest

import (
	"context"
	"net/url"
	"testing"

	"github.com/jackc/pgx/v5"
)

// PostgresSchema creates the schema name afresh (dropping one left from an
// earlier run) on the PostgreSQL server at base, a postgres:// URL such as
// DATABASE_URL, drops it when the test ends, and returns base with
// search_path set to it: an empty archive of the test's own.
func PostgresSchema(tb testing.TB, base, name string) string {
	u := PostgresBenchSchema(tb, base, name, true)
	tb.Cleanup(func() {
		ctx := context.Background()
		if conn, err := pgx.Connect(ctx, base); err == nil {
			conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+name+" CASCADE")
			conn.Close(ctx)
		}
	})
	return u
}

// PostgresBenchSchema is PostgresSchema for a benchmark's archive, which
// outlives the run: the schema is emptied first only when fresh, and never
// dropped.
func PostgresBenchSchema(tb testing.TB, base, name string, fresh bool) string {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(ctx)
	if fresh {
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+name+" CASCADE"); err != nil {
			tb.Fatal(err)
		}
	}
	if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+name); err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", name)
	u.RawQuery = v.Encode()
	return u.String()
}
