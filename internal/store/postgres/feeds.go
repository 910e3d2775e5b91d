package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"rasad/internal/store"
)

// The feed tables' SQL, numbered for PostgreSQL.
var (
	addFeedSQL      = store.Dollar(store.AddFeedSQL)
	feedByURLSQL    = store.Dollar(store.FeedByURLSQL)
	removeFeedSQL   = store.Dollar(store.RemoveFeedSQL)
	dueFeedsSQL     = store.Dollar(store.DueFeedsSQL)
	saveFeedSQL     = store.Dollar(store.SaveFeedSQL)
	finishItemSQL   = store.Dollar(store.FinishItemSQL)
	pendingItemsSQL = store.Dollar(store.PendingItemsSQL)
)

// feedLock is the advisory lock key that serialises claims of feed items,
// so that two pollers never record one story twice.
const feedLock = 0x7261736166 // "rasaf"

// AddFeed follows the feed at url, named name ("" for none), unless it is
// followed already; it returns the feed and whether it was added.
func (db *DB) AddFeed(ctx context.Context, url, name string, now time.Time) (store.Feed, bool, error) {
	tag, err := db.pool.Exec(ctx, addFeedSQL, url, name, store.Unix(now))
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", url, err)
	}
	f, err := store.ScanFeed(db.pool.QueryRow(ctx, feedByURLSQL, url))
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", url, err)
	}
	return f, tag.RowsAffected() > 0, nil
}

// RemoveFeed stops following the feed at url; its items stay recorded. A
// url not followed is store.ErrNotFound.
func (db *DB) RemoveFeed(ctx context.Context, url string) error {
	tag, err := db.pool.Exec(ctx, removeFeedSQL, url)
	if err != nil {
		return fmt.Errorf("remove feed %s: %w", url, err)
	}
	if tag.RowsAffected() == 0 {
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
	return db.feeds(ctx, dueFeedsSQL, store.Unix(now), limit)
}

func (db *DB) feeds(ctx context.Context, query string, args ...any) ([]store.Feed, error) {
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Feed, error) { return store.ScanFeed(r) })
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	return out, nil
}

// SaveFeed records the poller's state of f (found by f.ID); a feed removed
// meanwhile is store.ErrNotFound.
func (db *DB) SaveFeed(ctx context.Context, f store.Feed) error {
	tag, err := db.pool.Exec(ctx, saveFeedSQL, store.SaveFeedArgs(f)...)
	if err != nil {
		return fmt.Errorf("save feed %s: %w", f.URL, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("save feed %s: %w", f.URL, store.ErrNotFound)
	}
	return nil
}

// ClaimItems claims items in one transaction, each as store.ClaimItem
// does, in order: it returns the item to process for each and whether to.
func (db *DB) ClaimItems(ctx context.Context, items []store.FeedItem, since time.Time) ([]store.FeedItem, []bool, error) {
	var got []store.FeedItem
	var process []bool
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(feedLock)); err != nil {
			return fmt.Errorf("claim items: lock: %w", err)
		}
		var err error
		got, process, err = store.ClaimItems(itemTx{ctx, tx}, items, since, true)
		return err
	})
	return got, process, err
}

// FinishItems marks items, and their aliases, Done with the ids of their
// stored documents (FeedItem.Doc) and FromFeed, in one transaction.
func (db *DB) FinishItems(ctx context.Context, items []store.FeedItem) error {
	b := &pgx.Batch{}
	for _, it := range items {
		b.Queue(finishItemSQL, store.FinishItemArgs(it)...)
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("finish items: %w", err)
	}
	return nil
}

// PendingItems returns the items of the feed claimed but not Done, oldest
// first.
func (db *DB) PendingItems(ctx context.Context, feed int64) ([]store.FeedItem, error) {
	rows, err := db.pool.Query(ctx, pendingItemsSQL, feed)
	if err != nil {
		return nil, fmt.Errorf("pending items: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.FeedItem, error) {
		it, _, err := store.ScanItem(r)
		return it, err
	})
	if err != nil {
		return nil, fmt.Errorf("pending items: %w", err)
	}
	return out, nil
}

// itemTx is a transaction as store.ClaimItem wants it.
type itemTx struct {
	ctx context.Context
	tx  pgx.Tx
}

func (t itemTx) QueryRow(query string, args ...any) store.Scanner {
	return noRow{t.tx.QueryRow(t.ctx, query, args...)}
}

// noRow reports pgx.ErrNoRows as store.ErrNotFound.
type noRow struct{ r pgx.Row }

func (n noRow) Scan(dest ...any) error {
	err := n.r.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.ErrNotFound
	}
	return err
}
