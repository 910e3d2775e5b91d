package store

import "time"

// Feed is a news feed the archive follows, with what the poller knows of it.
// Times are kept to the second; the zero time means never.
type Feed struct {
	ID   int64  `json:"id"`
	URL  string `json:"url"`  // where it is fetched; a permanent redirect updates it
	Name string `json:"name"` // the outlet's name as given by whoever added it, "" for none
	// Title is the feed's own title, from its last good fetch.
	Title string `json:"title"`
	// ETag and LastModified are the validators of the last good fetch,
	// sent back in a conditional GET.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// NoConditional is set once the feed answered 304 Not Modified while
	// its content had changed: it is fetched in full from then on.
	NoConditional bool `json:"no_conditional,omitempty"`
	// NotModified counts the 304 answers in a row since the last full fetch.
	NotModified int `json:"not_modified,omitempty"`
	// BodyHash is the SHA-256 (hex) of the last feed document read.
	BodyHash  string    `json:"body_hash,omitempty"`
	Added     time.Time `json:"added"`
	LastFetch time.Time `json:"last_fetch,omitzero"`
	NextCheck time.Time `json:"next_check,omitzero"`
	// Status says how the last fetch went: "ok", "not modified", or the
	// error.
	Status   string `json:"status"`
	Errors   int    `json:"errors"`   // failures in a row; the backoff grows with them
	Fetches  int    `json:"fetches"`  // fetches of the feed, all told
	Failures int    `json:"failures"` // failed fetches, all told
	Items    int    `json:"items"`    // new items stored from it, all told
}

// Outlet is the name of the outlet whose stories the feed carries: its
// given name, else its title, else its URL.
func (f Feed) Outlet() string {
	switch {
	case f.Name != "":
		return f.Name
	case f.Title != "":
		return f.Title
	}
	return f.URL
}

// FeedItem is one story a feed offered, as the poller recorded it. An item
// is claimed (recorded, not Done) before its page is fetched and stored, and
// marked Done once its document is stored, so that a poller that stops in
// between finds it again.
type FeedItem struct {
	ID     int64  `json:"id"`
	Feed   int64  `json:"feed"`
	Outlet string `json:"outlet"`
	// The keys an item is known by; each "" when the feed gave none. GUID
	// and TitleKey match within one outlet, URLKey across all.
	GUID     string `json:"guid,omitempty"`
	URLKey   string `json:"url_key,omitempty"`
	TitleKey string `json:"title_key,omitempty"`
	// What the feed said of it, enough to fetch and store it later.
	Link      string `json:"link"`
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD
	// DateGuessed says that the feed gave no readable date: Published is
	// the day the item was first seen.
	DateGuessed bool   `json:"date_guessed,omitempty"`
	Summary     string `json:"summary,omitempty"` // the feed's own content or description
	// FromFeed says that the document holds Summary, the item's page
	// having failed.
	FromFeed bool      `json:"from_feed,omitempty"`
	Doc      string    `json:"doc,omitempty"` // the stored document's id, once Done
	Done     bool      `json:"done"`
	Seen     time.Time `json:"seen"` // when it was first seen
}

// Unix is t in seconds since 1970, 0 for the zero time: how stores keep the
// times of feeds.
func Unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// FromUnix is the time Unix gave sec for: the zero time for 0.
func FromUnix(sec int64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return time.Unix(sec, 0).UTC()
}
