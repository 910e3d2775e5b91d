package feed

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"rasad/internal/article"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/store"
)

// State is where a poller keeps what it knows: the archive (both stores
// implement it).
type State interface {
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]store.Feed, error)
	SaveFeed(ctx context.Context, f store.Feed) error
	// ClaimItems records items, in one transaction, unless they are
	// stories recorded already (store.ClaimItem), and says which to store.
	ClaimItems(ctx context.Context, items []store.FeedItem, since time.Time) ([]store.FeedItem, []bool, error)
	// FinishItems marks items stored, with the ids of their documents
	// (FeedItem.Doc) and whether they hold the feed's text (FromFeed).
	FinishItems(ctx context.Context, items []store.FeedItem) error
	PendingItems(ctx context.Context, feed int64) ([]store.FeedItem, error)
}

// Sink takes the articles of new items: Store puts them in the archive; a
// work queue may publish them. Put returns once they are safe: an item is
// marked done after its article's Put returned nil, never before.
type Sink interface {
	Put(ctx context.Context, arts []news.Article) error
}

// Defaults of Options.
const (
	DefaultInterval   = 15 * time.Minute
	DefaultMaxBackoff = 24 * time.Hour
	DefaultWorkers    = 16
	// DefaultSinkBackoff and DefaultSinkMaxBackoff bound the waits after
	// rounds whose sink was unavailable.
	DefaultSinkBackoff    = time.Second
	DefaultSinkMaxBackoff = time.Minute
	// DedupWindow is how long a title identifies a story within an outlet.
	DedupWindow = 7 * 24 * time.Hour
	// verifyAfter is how many 304 answers in a row a feed may give before
	// it is fetched in full to check that it did not change meanwhile.
	verifyAfter = 4
	// maxItems is the most items read of one fetch of a feed.
	maxItems = 500
)

// Options control a Poller.
type Options struct {
	Interval time.Duration // between checks of a feed that answers; 0 means DefaultInterval
	// MaxBackoff caps the wait before a failing feed is checked again
	// (Interval times one more than its failures in a row); a failing
	// feed is never given up. 0 means DefaultMaxBackoff.
	MaxBackoff time.Duration
	Workers    int // feeds polled at once; 0 means DefaultWorkers
	// Batch is the most feeds one round takes; 0 means no limit.
	Batch int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// SinkBackoff is the wait after a round whose sink was unavailable (an
	// UnavailableError: a work queue out of reach), doubled after each
	// such round in a row up to SinkMaxBackoff; 0 means DefaultSinkBackoff
	// and DefaultSinkMaxBackoff.
	SinkBackoff, SinkMaxBackoff time.Duration
	// SinkFailed, when set, is called by Run with the error of each round
	// whose sink was unavailable and the wait before the next round.
	SinkFailed func(err error, wait time.Duration)
}

// Poller checks the due feeds of a State and puts their new items in a
// Sink. Its methods are safe for concurrent use.
type Poller struct {
	st      State
	sink    Sink
	fetch   *Fetcher
	opt     Options
	Metrics *Metrics

	mu       sync.Mutex
	inFlight map[int64]bool // items being stored by a worker
}

// NewPoller returns a poller of the feeds of st that fetches with f and
// puts new items in sink.
func NewPoller(st State, sink Sink, f *Fetcher, opt Options) *Poller {
	opt.Interval = orDefault(opt.Interval, DefaultInterval)
	opt.MaxBackoff = orDefault(opt.MaxBackoff, DefaultMaxBackoff)
	opt.Workers = orDefault(opt.Workers, DefaultWorkers)
	opt.Batch = orDefault(opt.Batch, 1<<30)
	opt.SinkBackoff = orDefault(opt.SinkBackoff, DefaultSinkBackoff)
	opt.SinkMaxBackoff = orDefault(opt.SinkMaxBackoff, DefaultSinkMaxBackoff)
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Poller{st: st, sink: sink, fetch: f, opt: opt, Metrics: newMetrics(), inFlight: map[int64]bool{}}
}

// RoundStats say what one round did.
type RoundStats struct {
	Due         int // feeds due at its start
	Fetched     int // feeds fetched in full
	NotModified int // feeds that answered 304
	Failed      int // feeds whose fetch or reading failed
	New         int // items stored (one claimed before a crash and stored again counts again)
	Duplicates  int // items that were stories stored already
	FromFeed    int // new items stored with the feed's own text, their page having failed
	Elapsed     time.Duration
}

func (r *RoundStats) add(o RoundStats) {
	r.Fetched += o.Fetched
	r.NotModified += o.NotModified
	r.Failed += o.Failed
	r.New += o.New
	r.Duplicates += o.Duplicates
	r.FromFeed += o.FromFeed
}

// Run polls rounds until ctx ends, waiting up to tick between rounds that
// found nothing due, and calls progress (when not nil) after each round
// that had feeds due. A round whose sink was unavailable (a work queue out
// of reach) leaves its items for a later one: Run waits, longer after each
// such round in a row (Options.SinkBackoff), and goes on. It returns nil
// when ctx ends, and the State's or the Sink's other errors (the archive
// failing) at once.
func (p *Poller) Run(ctx context.Context, tick time.Duration, progress func(RoundStats)) error {
	down := 0 // rounds in a row whose sink was unavailable
	for {
		rs, err := p.Round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var unavailable *UnavailableError
		if err != nil && !errors.As(err, &unavailable) {
			return err
		}
		if rs.Due > 0 && progress != nil {
			progress(rs)
		}
		wait := tick
		switch {
		case err != nil:
			down++
			wait = p.sinkWait(down)
			if p.opt.SinkFailed != nil {
				p.opt.SinkFailed(err, wait)
			}
		case rs.Due > 0:
			down = 0
			continue
		default:
			down = 0
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// sinkWait is the wait after the nth round in a row whose sink was
// unavailable: SinkBackoff doubled n-1 times, at most SinkMaxBackoff.
func (p *Poller) sinkWait(n int) time.Duration {
	w := p.opt.SinkBackoff
	for i := 1; i < n && w < p.opt.SinkMaxBackoff; i++ {
		w *= 2
	}
	return min(w, p.opt.SinkMaxBackoff)
}

// Round polls the feeds due now, Options.Workers at a time, and returns
// when all are done. A feed's failure is recorded in its state and does not
// stop the others; Round fails when the State or the Sink does. Once the
// Sink is unavailable (an UnavailableError), the feeds not yet polled are
// left for the next round, and that error is returned unless the State
// failed too.
func (p *Poller) Round(ctx context.Context) (RoundStats, error) {
	start := time.Now()
	due, err := p.st.DueFeeds(ctx, p.opt.Now(), p.opt.Batch)
	if err != nil {
		return RoundStats{}, fmt.Errorf("poll: %w", err)
	}
	rs := RoundStats{Due: len(due)}
	p.Metrics.round(len(due))
	feeds := make(chan store.Feed)
	var mu sync.Mutex
	var firstErr, sinkErr error
	var sinkDown atomic.Bool
	var wg sync.WaitGroup
	for range min(p.opt.Workers, len(due)) {
		wg.Go(func() {
			for f := range feeds {
				got, err := p.pollFeed(ctx, f)
				mu.Lock()
				rs.add(got)
				var unavailable *UnavailableError
				switch {
				case err == nil:
				case errors.As(err, &unavailable):
					sinkDown.Store(true)
					sinkErr = cmp.Or(sinkErr, err)
				case firstErr == nil:
					firstErr = err
				}
				mu.Unlock()
			}
		})
	}
	for _, f := range due {
		if ctx.Err() != nil || sinkDown.Load() {
			break
		}
		feeds <- f
	}
	close(feeds)
	wg.Wait()
	rs.Elapsed = time.Since(start)
	firstErr = cmp.Or(firstErr, sinkErr)
	if firstErr == nil && ctx.Err() != nil {
		firstErr = ctx.Err()
	}
	return rs, firstErr
}

// pollFeed checks one feed and stores its new items; its error is the
// State's or the Sink's, the feed's own failures being recorded in it.
func (p *Poller) pollFeed(ctx context.Context, f store.Feed) (RoundStats, error) {
	var rs RoundStats
	now := p.opt.Now()
	f.Fetches++
	f.LastFetch = now
	req := Request{URL: f.URL, MaxBytes: p.fetch.opt.MaxFeedBytes}
	verify := f.NotModified >= verifyAfter
	if !f.NoConditional && !verify {
		req.ETag, req.LastModified = f.ETag, f.LastModified
	}
	resp, err := p.fetch.Fetch(ctx, req)
	if ctx.Err() != nil {
		return rs, ctx.Err()
	}
	if resp != nil {
		p.Metrics.latency(resp.Latency)
	}
	if err == nil && resp.Moved != "" && resp.Moved != f.URL {
		f.URL = resp.Moved
	}
	var parsed *Parsed
	switch {
	case err != nil:
	case resp.Status == http.StatusNotModified:
		rs.NotModified++
		f.NotModified++
		f.Status = "not modified"
	default:
		parsed, err = Parse(resp.Body, resp.ContentType, now)
		if err != nil {
			err = fmt.Errorf("%s: %w", f.URL, err)
			break
		}
		rs.Fetched++
		sum := sha256.Sum256(resp.Body)
		hash := hex.EncodeToString(sum[:])
		// Same validators, other content: the feed answers 304 while it
		// changes. Fetch it in full from now on.
		if verify && hash != f.BodyHash && f.BodyHash != "" &&
			(resp.ETag != "" && resp.ETag == f.ETag || resp.LastModified != "" && resp.LastModified == f.LastModified) {
			f.NoConditional = true
		}
		f.BodyHash, f.ETag, f.LastModified, f.NotModified = hash, resp.ETag, resp.LastModified, 0
		f.Title = parsed.Title
		f.Status = "ok"
	}
	if err != nil {
		rs.Failed++
		f.Failures++
		f.Errors++
		f.Status = err.Error()
		f.NextCheck = now.Add(min(p.opt.Interval*time.Duration(1+f.Errors), p.opt.MaxBackoff))
		var se *StatusError
		var busy *HostBusyError
		if errors.As(err, &se) && se.RetryAfter > 0 {
			f.NextCheck = maxTime(f.NextCheck, now.Add(se.RetryAfter))
		}
		result := "failed"
		if errors.As(err, &busy) {
			rs.Failed--
			f.Fetches--
			f.Failures--
			f.Errors--
			f.Status = "waiting: " + err.Error()
			f.NextCheck = busy.Until
			result = "waiting"
		}
		p.Metrics.feed(f.ID, result, f.Errors > 0)
	} else {
		f.Errors = 0
		f.NextCheck = now.Add(p.opt.Interval)
		result := "fetched"
		if parsed == nil {
			result = "not_modified"
		}
		p.Metrics.feed(f.ID, result, false)
	}
	// Items: those of this fetch, and those claimed before and never
	// stored (a poller stopped, a host that asked to wait).
	items, err := p.items(ctx, f, parsed, now, &rs)
	defer p.release(items)
	if err != nil {
		return rs, err
	}
	stored, err := p.store(ctx, f, items, &rs)
	f.Items += stored
	if err != nil {
		return rs, err
	}
	if err := p.save(ctx, f); err != nil {
		return rs, err
	}
	return rs, nil
}

// take marks the item as being stored by the caller, unless another
// worker is storing it (one story in two feeds polled at once).
func (p *Poller) take(id int64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.inFlight[id] {
		return false
	}
	p.inFlight[id] = true
	return true
}

// release ends the work on items that take began.
func (p *Poller) release(items []store.FeedItem) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, it := range items {
		delete(p.inFlight, it.ID)
	}
}

// save records f; a feed removed meanwhile is left removed, and a feed
// moved to the address of another followed feed keeps its own.
func (p *Poller) save(ctx context.Context, f store.Feed) error {
	err := p.st.SaveFeed(ctx, f)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil && ctx.Err() == nil {
		// Most likely the URL of a permanent redirect is followed already.
		if old, ok := p.urlOf(ctx, f.ID); ok && old != f.URL {
			f.URL = old
			err = p.st.SaveFeed(ctx, f)
		}
	}
	if err != nil {
		return fmt.Errorf("poll %s: %w", f.URL, err)
	}
	return nil
}

// urlOf is the stored URL of feed id.
func (p *Poller) urlOf(ctx context.Context, id int64) (string, bool) {
	lister, ok := p.st.(interface {
		Feeds(ctx context.Context) ([]store.Feed, error)
	})
	if !ok {
		return "", false
	}
	all, err := lister.Feeds(ctx)
	if err != nil {
		return "", false
	}
	for _, f := range all {
		if f.ID == id {
			return f.URL, true
		}
	}
	return "", false
}

// items claims the items of parsed (nil after a 304 or a failure) and
// returns those to store: new ones and earlier claims never stored.
func (p *Poller) items(ctx context.Context, f store.Feed, parsed *Parsed, now time.Time, rs *RoundStats) ([]store.FeedItem, error) {
	pending, err := p.st.PendingItems(ctx, f.ID)
	if err != nil {
		return nil, fmt.Errorf("poll %s: %w", f.URL, err)
	}
	seen := map[int64]bool{}
	var mine []store.FeedItem
	for _, it := range pending {
		seen[it.ID] = true
		if p.take(it.ID) {
			mine = append(mine, it)
		}
	}
	pending = mine
	if parsed == nil {
		return pending, nil
	}
	outlet := f.Outlet()
	base, _ := url.Parse(f.URL)
	var claims []store.FeedItem
	for i, in := range parsed.Items {
		if i == maxItems {
			break
		}
		if u, err := url.Parse(in.Link); err == nil && in.Link != "" && !u.IsAbs() && base != nil {
			in.Link = base.ResolveReference(u).String() // a link relative to the feed
		}
		it := store.FeedItem{
			Feed: f.ID, Outlet: outlet, GUID: in.GUID, URLKey: URLKey(in.Link), TitleKey: TitleKey(in.Title),
			Link: in.Link, Title: in.Title, Published: in.Published, Summary: in.Summary, Seen: now,
		}
		if it.Published == "" {
			it.Published, it.DateGuessed = now.UTC().Format(time.DateOnly), true
		}
		if it.GUID == "" && it.URLKey == "" && it.TitleKey == "" && in.Summary == "" {
			continue // nothing to know it by, nothing to store
		}
		claims = append(claims, it)
	}
	if len(claims) == 0 {
		return pending, nil
	}
	got, process, err := p.st.ClaimItems(ctx, claims, now.Add(-DedupWindow))
	if err != nil {
		return nil, fmt.Errorf("poll %s: %w", f.URL, err)
	}
	for i, it := range got {
		if seen[it.ID] {
			continue // twice in the feed, or pending from before
		}
		seen[it.ID] = true
		if !process[i] || !p.take(it.ID) {
			rs.Duplicates++
			p.Metrics.items(0, 1)
			continue
		}
		pending = append(pending, it)
	}
	return pending, nil
}

// store fetches the page of each item, puts the articles in the sink and
// marks the items done; it returns how many it stored. An item whose host
// asked to wait stays claimed, for a later round.
func (p *Poller) store(ctx context.Context, f store.Feed, items []store.FeedItem, rs *RoundStats) (int, error) {
	var arts []news.Article
	var done []store.FeedItem
	fromFeeds := 0 // counted once stored
	for _, it := range items {
		a, fromFeed, err := p.article(ctx, f, it)
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		var busy *HostBusyError
		if errors.As(err, &busy) {
			continue // claimed still: a later round stores it
		}
		it.Doc, it.FromFeed = "", fromFeed
		if a.Title != "" || a.Text != "" {
			it.Doc = pipeline.ID(a)
			arts = append(arts, a)
		}
		if fromFeed {
			fromFeeds++
		}
		done = append(done, it)
	}
	if len(arts) > 0 {
		err := p.sink.Put(ctx, arts)
		var unavailable *UnavailableError
		p.Metrics.sink(errors.As(err, &unavailable))
		if err != nil {
			return 0, fmt.Errorf("poll %s: store %d articles: %w", f.URL, len(arts), err)
		}
	}
	if len(done) > 0 {
		if err := p.st.FinishItems(ctx, done); err != nil {
			return 0, fmt.Errorf("poll %s: %w", f.URL, err)
		}
	}
	n := len(arts)
	rs.New += n
	rs.FromFeed += fromFeeds
	p.Metrics.items(n, 0)
	for range fromFeeds {
		p.Metrics.fromFeed()
	}
	return n, nil
}

// article is the article of an item: its page's text, or, when the page
// cannot be had, the feed's own text (fromFeed). The outlet is the feed's.
// Its error is a HostBusyError when the page is to be fetched later.
func (p *Poller) article(ctx context.Context, f store.Feed, it store.FeedItem) (a news.Article, fromFeed bool, err error) {
	a = news.Article{Title: it.Title, Published: it.Published, URL: it.Link, Source: f.Outlet(), Origin: it.Link}
	if a.Origin == "" {
		a.Origin = f.URL
	}
	if it.Link != "" {
		page, err := p.page(ctx, it.Link)
		var busy *HostBusyError
		if errors.As(err, &busy) {
			return a, false, err
		}
		if err == nil && len(page.Text) >= len(it.Summary)/2 {
			a.Text = page.Text
			if a.Title == "" {
				a.Title = page.Title
			}
			return a, false, nil
		}
	}
	a.Text = it.Summary
	if a.Text == a.Title {
		a.Text = ""
	}
	return a, true, nil
}

// page fetches an article's page and extracts its text.
func (p *Poller) page(ctx context.Context, link string) (news.Article, error) {
	resp, err := p.fetch.Fetch(ctx, Request{URL: link})
	if err != nil {
		return news.Article{}, err
	}
	p.Metrics.latency(resp.Latency)
	if resp.Status != http.StatusOK {
		return news.Article{}, fmt.Errorf("%s: HTTP %d", link, resp.Status)
	}
	return Page(resp.URL, resp.Body, resp.ContentType)
}

// Page extracts the article of an HTML page in any charset (the header's,
// the page's meta, or detected) with the readability extraction of
// internal/article.
func Page(url string, body []byte, contentType string) (news.Article, error) {
	r, err := pageReader(body, contentType)
	if err != nil {
		return news.Article{}, fmt.Errorf("%s: %w", url, err)
	}
	arts, err := article.Parse(url, r, article.Options{MaxBytes: int64(len(r)) + 1})
	if err != nil {
		return news.Article{}, err
	}
	if len(arts) != 1 || arts[0].Text == "" {
		return news.Article{}, fmt.Errorf("%s: %w", url, article.ErrNoText)
	}
	return arts[0], nil
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
