package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"rasad/internal/store"
)

// AddFeed follows the feed at url, named name ("" for none), unless it is
// followed already; it returns the feed and whether it was added.
func (db *DB) AddFeed(ctx context.Context, url, name string, now time.Time) (store.Feed, bool, error) {
	res, err := db.write.ExecContext(ctx, store.AddFeedSQL, url, name, store.Unix(now))
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", url, err)
	}
	n, _ := res.RowsAffected()
	f, err := store.ScanFeed(db.write.QueryRowContext(ctx, store.FeedByURLSQL, url))
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", url, err)
	}
	return f, n > 0, nil
}

// RemoveFeed stops following the feed at url; its items stay recorded, so
// that adding it again repeats none of them. A url not followed is
// store.ErrNotFound.
func (db *DB) RemoveFeed(ctx context.Context, url string) error {
	res, err := db.write.ExecContext(ctx, store.RemoveFeedSQL, url)
	if err != nil {
		return fmt.Errorf("remove feed %s: %w", url, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("remove feed %s: %w", url, store.ErrNotFound)
	}
	return nil
}

// Feeds returns every followed feed, in the order they were added.
func (db *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	return db.feeds(ctx, store.FeedsSQL)
}

// DueFeeds returns up to limit feeds whose next check is at now or before,
// the longest due first.
func (db *DB) DueFeeds(ctx context.Context, now time.Time, limit int) ([]store.Feed, error) {
	return db.feeds(ctx, store.DueFeedsSQL, store.Unix(now), limit)
}

func (db *DB) feeds(ctx context.Context, query string, args ...any) ([]store.Feed, error) {
	return queryAll(ctx, db.read, "feeds", query, args, func(rows *sql.Rows) (store.Feed, error) { return store.ScanFeed(rows) })
}

// queryAll runs a query and scans every row it returns with scan; its
// errors say what was asked for.
func queryAll[T any](ctx context.Context, q *sql.DB, what, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		x, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// SaveFeed records the poller's state of f (found by f.ID); a feed removed
// meanwhile is store.ErrNotFound.
func (db *DB) SaveFeed(ctx context.Context, f store.Feed) error {
	res, err := db.write.ExecContext(ctx, store.SaveFeedSQL, store.SaveFeedArgs(f)...)
	if err != nil {
		return fmt.Errorf("save feed %s: %w", f.URL, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("save feed %s: %w", f.URL, store.ErrNotFound)
	}
	return nil
}

// ClaimItems claims items in one transaction, each as store.ClaimItem
// does, in order: it returns the item to process for each and whether to.
func (db *DB) ClaimItems(ctx context.Context, items []store.FeedItem, since time.Time) ([]store.FeedItem, []bool, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("claim items: %w", err)
	}
	defer tx.Rollback()
	got, process, err := store.ClaimItems(itemTx{ctx, tx}, items, since, false)
	if err != nil {
		return nil, nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, fmt.Errorf("claim items: %w", err)
	}
	return got, process, nil
}

// FinishItems marks items, and their aliases, Done with the ids of their
// stored documents (FeedItem.Doc) and FromFeed, in one transaction.
func (db *DB) FinishItems(ctx context.Context, items []store.FeedItem) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("finish items: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, store.FinishItemSQL)
	if err != nil {
		return fmt.Errorf("finish items: %w", err)
	}
	defer st.Close()
	for _, it := range items {
		if _, err := st.ExecContext(ctx, store.FinishItemArgs(it)...); err != nil {
			return fmt.Errorf("finish item %d: %w", it.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("finish items: %w", err)
	}
	return nil
}

// PendingItems returns the items of the feed claimed but not Done, oldest
// first.
func (db *DB) PendingItems(ctx context.Context, feed int64) ([]store.FeedItem, error) {
	return queryAll(ctx, db.read, "pending items", store.PendingItemsSQL, []any{feed}, func(rows *sql.Rows) (store.FeedItem, error) {
		it, _, err := store.ScanItem(rows)
		return it, err
	})
}

// itemTx is a transaction as store.ClaimItem wants it.
type itemTx struct {
	ctx context.Context
	tx  *sql.Tx
}

func (t itemTx) QueryRow(query string, args ...any) store.Scanner {
	return noRow{t.tx.QueryRowContext(t.ctx, query, args...)}
}

// noRow reports sql.ErrNoRows as store.ErrNotFound.
type noRow struct{ r *sql.Row }

func (n noRow) Scan(dest ...any) error {
	err := n.r.Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ErrNotFound
	}
	return err
}
