package store

import (
	"fmt"
	"strings"
	"time"
)

// The SQL of the feed tables, shared by the adapters: the tables have the
// same columns in both (times in Unix seconds, flags as 0 or 1), and the
// queries are written with ? placeholders, which PostgreSQL's adapter
// numbers with Dollar.

// FeedColumns are the columns ScanFeed reads, in its order.
const FeedColumns = "id, url, name, title, etag, last_modified, no_conditional, not_modified, body_hash, added, last_fetch, next_check, status, errors, fetches, failures, items"

// ItemColumns are the columns ScanItem reads, in its order.
const ItemColumns = "id, feed, outlet, guid, url_key, title_key, link, title, published, date_guessed, summary, doc, done, seen, alias_of, from_feed"

// The statements of the feed tables.
const (
	AddFeedSQL    = "INSERT INTO feeds (url, name, added) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING"
	FeedByURLSQL  = "SELECT " + FeedColumns + " FROM feeds WHERE url = ?"
	RemoveFeedSQL = "DELETE FROM feeds WHERE url = ?"
	FeedsSQL      = "SELECT " + FeedColumns + " FROM feeds ORDER BY id"
	DueFeedsSQL   = "SELECT " + FeedColumns + " FROM feeds WHERE next_check <= ? ORDER BY next_check, id LIMIT ?"
	SaveFeedSQL   = `UPDATE feeds SET url = ?, name = ?, title = ?, etag = ?, last_modified = ?,
	no_conditional = ?, not_modified = ?, body_hash = ?, last_fetch = ?, next_check = ?,
	status = ?, errors = ?, fetches = ?, failures = ?, items = ? WHERE id = ?`
	InsertItemSQL = `INSERT INTO feed_items (feed, outlet, guid, url_key, title_key, link, title,
	published, date_guessed, summary, doc, done, seen, alias_of)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	ItemByIDSQL     = "SELECT " + ItemColumns + " FROM feed_items WHERE id = ?"
	FinishItemSQL   = "UPDATE feed_items SET done = 1, doc = ?, from_feed = ? WHERE id = ? OR (alias_of <> 0 AND alias_of = ?)"
	PendingItemsSQL = "SELECT " + ItemColumns + " FROM feed_items WHERE feed = ? AND done = 0 AND alias_of = 0 ORDER BY id"
	CountItemsSQL   = "SELECT count(*) FROM feed_items WHERE alias_of = 0"
)

// Scanner is a row: *sql.Row, *sql.Rows, pgx.Row and pgx.Rows all are.
type Scanner interface{ Scan(dest ...any) error }

// ScanFeed reads the FeedColumns of a row.
func ScanFeed(r Scanner) (Feed, error) {
	var f Feed
	var noCond int
	var added, last, next int64
	err := r.Scan(&f.ID, &f.URL, &f.Name, &f.Title, &f.ETag, &f.LastModified, &noCond, &f.NotModified,
		&f.BodyHash, &added, &last, &next, &f.Status, &f.Errors, &f.Fetches, &f.Failures, &f.Items)
	f.NoConditional = noCond != 0
	f.Added, f.LastFetch, f.NextCheck = FromUnix(added), FromUnix(last), FromUnix(next)
	return f, err
}

// SaveFeedArgs are the arguments of SaveFeedSQL for f.
func SaveFeedArgs(f Feed) []any {
	return []any{f.URL, f.Name, f.Title, f.ETag, f.LastModified, flag(f.NoConditional), f.NotModified,
		f.BodyHash, Unix(f.LastFetch), Unix(f.NextCheck), f.Status, f.Errors, f.Fetches, f.Failures, f.Items, f.ID}
}

// ScanItem reads the ItemColumns of a row, and the id of the item it is an
// alias of (0 for none).
func ScanItem(r Scanner) (FeedItem, int64, error) {
	var it FeedItem
	var guessed, done, fromFeed int
	var seen, alias int64
	err := r.Scan(&it.ID, &it.Feed, &it.Outlet, &it.GUID, &it.URLKey, &it.TitleKey, &it.Link, &it.Title,
		&it.Published, &guessed, &it.Summary, &it.Doc, &done, &seen, &alias, &fromFeed)
	it.DateGuessed, it.Done, it.Seen, it.FromFeed = guessed != 0, done != 0, FromUnix(seen), fromFeed != 0
	return it, alias, err
}

// FinishItemArgs are the arguments of FinishItemSQL for it.
func FinishItemArgs(it FeedItem) []any {
	return []any{it.Doc, flag(it.FromFeed), it.ID, it.ID}
}

// InsertItemArgs are the arguments of InsertItemSQL for it, an alias of the
// item aliasOf when that is not 0.
func InsertItemArgs(it FeedItem, aliasOf int64) []any {
	return []any{it.Feed, it.Outlet, it.GUID, it.URLKey, it.TitleKey, it.Link, it.Title,
		it.Published, flag(it.DateGuessed), it.Summary, it.Doc, flag(it.Done), Unix(it.Seen), aliasOf}
}

// MatchItem returns the query for the earliest recorded item that is the
// same story as it: the same GUID in the same outlet, the same URL key, or
// the same title key in the same outlet first seen at since or later. ok is
// false when it has no key at all. Each term repeats the condition of its
// partial index, so that the planners use it.
func MatchItem(it FeedItem, since time.Time, dollar bool) (query string, args []any, ok bool) {
	w := Where{Dollar: dollar}
	var or []string
	if it.GUID != "" {
		or = append(or, fmt.Sprintf("(guid <> '' AND outlet = %s AND guid = %s)", w.Arg(it.Outlet), w.Arg(it.GUID)))
	}
	if it.URLKey != "" {
		or = append(or, fmt.Sprintf("(url_key <> '' AND url_key = %s)", w.Arg(it.URLKey)))
	}
	if it.TitleKey != "" {
		or = append(or, fmt.Sprintf("(title_key <> '' AND outlet = %s AND title_key = %s AND seen >= %s)", w.Arg(it.Outlet), w.Arg(it.TitleKey), w.Arg(Unix(since))))
	}
	if len(or) == 0 {
		return "", nil, false
	}
	return "SELECT " + ItemColumns + " FROM feed_items WHERE " + strings.Join(or, " OR ") + " ORDER BY id LIMIT 1", w.Args, true
}

// Dollar numbers the ? placeholders of query $1, $2 … for PostgreSQL.
func Dollar(query string) string {
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func flag(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ItemTx is what ClaimItem needs of an adapter's transaction: its queries
// come written with ? placeholders, and QueryRow's Scan answers ErrNotFound
// for no row.
type ItemTx interface {
	QueryRow(query string, args ...any) Scanner
}

// ClaimItems claims each of items in turn, as ClaimItem does.
func ClaimItems(tx ItemTx, items []FeedItem, since time.Time, dollar bool) ([]FeedItem, []bool, error) {
	got := make([]FeedItem, len(items))
	process := make([]bool, len(items))
	for i, it := range items {
		var err error
		if got[i], process[i], err = ClaimItem(tx, it, since, dollar); err != nil {
			return nil, nil, err
		}
	}
	return got, process, nil
}

// ClaimItem records it, unless an item recorded already is the same story
// (see MatchItem). It returns the item to process and whether to process
// it: it itself, new and not Done; an earlier claim of the same story that
// is not Done yet (a poller stopped before storing it); or the Done item it
// repeats, not to process. When it is known by a key its match lacks (a
// changed GUID or URL), that key is recorded too, as an alias of the match.
func ClaimItem(tx ItemTx, it FeedItem, since time.Time, dollar bool) (FeedItem, bool, error) {
	q := func(s string) string {
		if dollar {
			return Dollar(s)
		}
		return s
	}
	if query, args, ok := MatchItem(it, since, dollar); ok {
		matched, aliasOf, err := ScanItem(tx.QueryRow(query, args...))
		switch {
		case err == nil:
			orig := matched
			if aliasOf != 0 {
				if orig, _, err = ScanItem(tx.QueryRow(q(ItemByIDSQL), aliasOf)); err != nil {
					return FeedItem{}, false, fmt.Errorf("claim item %s: alias of %d: %w", it.Link, aliasOf, err)
				}
			}
			if it.GUID != "" && it.GUID != matched.GUID || it.URLKey != "" && it.URLKey != matched.URLKey {
				alias := it
				alias.Done, alias.Doc = orig.Done, orig.Doc
				var id int64
				if err := tx.QueryRow(q(InsertItemSQL), InsertItemArgs(alias, orig.ID)...).Scan(&id); err != nil {
					return FeedItem{}, false, fmt.Errorf("claim item %s: %w", it.Link, err)
				}
			}
			return orig, !orig.Done, nil
		case err != ErrNotFound:
			return FeedItem{}, false, fmt.Errorf("claim item %s: %w", it.Link, err)
		}
	}
	it.Done, it.Doc = false, ""
	if err := tx.QueryRow(q(InsertItemSQL), InsertItemArgs(it, 0)...).Scan(&it.ID); err != nil {
		return FeedItem{}, false, fmt.Errorf("claim item %s: %w", it.Link, err)
	}
	return it, true, nil
}

// FeedSchema is the migration that adds the feed tables, with id the type
// of an id column that numbers itself (INTEGER PRIMARY KEY in SQLite,
// BIGSERIAL PRIMARY KEY in PostgreSQL). Items are kept when their feed is
// removed: a feed added again repeats none of them.
func FeedSchema(id string) string {
	return strings.ReplaceAll(`
CREATE TABLE feeds (
	id             ID,
	url            TEXT NOT NULL UNIQUE,
	name           TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	etag           TEXT NOT NULL DEFAULT '',
	last_modified  TEXT NOT NULL DEFAULT '',
	no_conditional INTEGER NOT NULL DEFAULT 0,
	not_modified   INTEGER NOT NULL DEFAULT 0,
	body_hash      TEXT NOT NULL DEFAULT '',
	added          BIGINT NOT NULL,             -- Unix seconds, as every time here
	last_fetch     BIGINT NOT NULL DEFAULT 0,
	next_check     BIGINT NOT NULL DEFAULT 0,
	status         TEXT NOT NULL DEFAULT '',
	errors         INTEGER NOT NULL DEFAULT 0,  -- failures in a row
	fetches        INTEGER NOT NULL DEFAULT 0,
	failures       INTEGER NOT NULL DEFAULT 0,
	items          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feeds_next_check ON feeds(next_check);

CREATE TABLE feed_items (
	id           ID,
	feed         BIGINT NOT NULL,
	outlet       TEXT NOT NULL,
	guid         TEXT NOT NULL,
	url_key      TEXT NOT NULL,
	title_key    TEXT NOT NULL,
	link         TEXT NOT NULL,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,
	date_guessed INTEGER NOT NULL,
	summary      TEXT NOT NULL,
	doc          TEXT NOT NULL,
	done         INTEGER NOT NULL,
	seen         BIGINT NOT NULL,
	alias_of     BIGINT NOT NULL,              -- the item this one is another key of; 0 for none
	from_feed    INTEGER NOT NULL DEFAULT 0    -- its document holds the feed's text, its page having failed
);
CREATE INDEX feed_items_guid ON feed_items(outlet, guid) WHERE guid <> '';
CREATE INDEX feed_items_url ON feed_items(url_key) WHERE url_key <> '';
CREATE INDEX feed_items_title ON feed_items(outlet, title_key, seen) WHERE title_key <> '';
CREATE INDEX feed_items_pending ON feed_items(feed) WHERE done = 0;
CREATE INDEX feed_items_alias ON feed_items(alias_of) WHERE alias_of <> 0;
`, "ID,", id+",")
}
