package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// UserAgent names Rasad to the servers it fetches from.
const UserAgent = "Rasad/1 (Arabic news monitor; feed poller)"

// Limits of a fetch, unless FetchOptions say otherwise.
const (
	DefaultGap          = 5 * time.Second
	DefaultTimeout      = 30 * time.Second
	DefaultMaxFeedBytes = 10 << 20
	DefaultMaxPageBytes = 5 << 20
	// maxHostWait is the longest a request waits for its host to take
	// another (a gap, a Retry-After); longer, it fails with a HostBusyError
	// and the feed or item is tried again later.
	maxHostWait = 30 * time.Second
)

// Errors of a fetch that callers branch on.
var (
	ErrTooLarge   = errors.New("response too large")
	ErrDisallowed = errors.New("disallowed by robots.txt")
)

// StatusError is an HTTP answer other than 200 and 304.
type StatusError struct {
	URL        string
	Code       int
	RetryAfter time.Duration // from the Retry-After header, 0 when none
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// HostBusyError says that a host asked to be left alone until a time.
type HostBusyError struct {
	Host  string
	Until time.Time
}

func (e *HostBusyError) Error() string {
	return fmt.Sprintf("%s asked to wait until %s", e.Host, e.Until.Format(time.RFC3339))
}

// FetchOptions control a Fetcher.
type FetchOptions struct {
	// Gap is the least time between two requests to one host, from the
	// end of one to the start of the next; 0 means DefaultGap, a negative
	// value none.
	Gap          time.Duration
	Timeout      time.Duration // of one request, body included; 0 means DefaultTimeout
	MaxFeedBytes int64         // 0 means DefaultMaxFeedBytes
	MaxPageBytes int64         // 0 means DefaultMaxPageBytes
	// Client, when set, replaces the Fetcher's own (tests); its redirects
	// are followed by the Fetcher.
	Client *http.Client
}

// Fetcher fetches politely: one request at a time per host and a gap
// between them, robots.txt obeyed, redirects followed (at most 5), gzip,
// size limits. It is safe for concurrent use.
type Fetcher struct {
	client *http.Client
	opt    FetchOptions
	hosts  *hosts
	robots *robotsCache
}

// orDefault returns v when it is above zero, else def: an option left
// unset (or set to nonsense) takes its default.
func orDefault[T int | int64 | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// NewFetcher returns a Fetcher with its own http.Client.
func NewFetcher(opt FetchOptions) *Fetcher {
	if opt.Gap == 0 {
		opt.Gap = DefaultGap
	}
	opt.Gap = max(opt.Gap, 0)
	opt.Timeout = orDefault(opt.Timeout, DefaultTimeout)
	opt.MaxFeedBytes = orDefault(opt.MaxFeedBytes, DefaultMaxFeedBytes)
	opt.MaxPageBytes = orDefault(opt.MaxPageBytes, DefaultMaxPageBytes)
	c := opt.Client
	if c == nil {
		c = &http.Client{Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 20 * time.Second,
			IdleConnTimeout:       90 * time.Second,
			MaxIdleConnsPerHost:   2,
		}}
	}
	// Redirects are followed here, one request at a time through the
	// host gate, so that the client must not follow them itself.
	cc := *c
	cc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	f := &Fetcher{client: &cc, opt: opt, hosts: &hosts{m: map[string]*host{}, gap: opt.Gap}}
	f.robots = &robotsCache{m: map[string]*robotsEntry{}, f: f}
	return f
}

// Request is one fetch.
type Request struct {
	URL string
	// ETag and LastModified, when set, make the request conditional.
	ETag, LastModified string
	MaxBytes           int64 // 0: the Fetcher's page limit
}

// Response is a fetched document.
type Response struct {
	URL string // where it was found, after redirects
	// Moved is the new address when every redirect on the way was
	// permanent (301, 308), "" otherwise.
	Moved        string
	Status       int // 200 or 304
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	Latency      time.Duration // of the request, waits for the host left out
	location     string        // of a redirect
}

// Fetch gets req.URL, obeying robots.txt and the host's gap.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	u := req.URL
	maxBytes := req.MaxBytes
	if maxBytes <= 0 {
		maxBytes = f.opt.MaxPageBytes
	}
	permanent := true
	for hop := 0; ; hop++ {
		pu, err := url.Parse(u)
		if err != nil || pu.Scheme != "http" && pu.Scheme != "https" || pu.Host == "" {
			return nil, fmt.Errorf("fetch %q: not an http(s) URL", u)
		}
		if ok, err := f.robots.allowed(ctx, pu); err != nil {
			return nil, fmt.Errorf("fetch %s: robots.txt: %w", u, err)
		} else if !ok {
			return nil, fmt.Errorf("fetch %s: %w", u, ErrDisallowed)
		}
		resp, err := f.get(ctx, pu, req, maxBytes)
		if err != nil {
			return nil, err
		}
		if resp.Status < 300 || resp.Status >= 400 || resp.Status == http.StatusNotModified {
			resp.URL = u
			if permanent && hop > 0 {
				resp.Moved = u
			}
			return resp, nil
		}
		if hop == 5 {
			return nil, fmt.Errorf("fetch %s: too many redirects", req.URL)
		}
		next, err := pu.Parse(resp.location)
		if err != nil {
			return nil, fmt.Errorf("fetch %s: bad redirect: %w", u, err)
		}
		permanent = permanent && (resp.Status == http.StatusMovedPermanently || resp.Status == http.StatusPermanentRedirect)
		u = next.String()
	}
}

// get makes one request through the host gate. A redirect comes back with
// its status and its Location.
func (f *Fetcher) get(ctx context.Context, u *url.URL, req Request, maxBytes int64) (*Response, error) {
	release, err := f.hosts.acquire(ctx, u.Hostname())
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	var retryAfter time.Duration
	defer func() { release(retryAfter) }()
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	hr.Header.Set("User-Agent", UserAgent)
	hr.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	start := time.Now()
	resp, err := f.client.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	out := &Response{Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch code := resp.StatusCode; {
	case code == http.StatusOK:
		if resp.ContentLength > maxBytes {
			return nil, fmt.Errorf("fetch %s: %w (%d bytes, over %d)", u, ErrTooLarge, resp.ContentLength, maxBytes)
		}
		out.Body, err = io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
		if err != nil {
			return nil, fmt.Errorf("fetch %s: %w", u, err)
		}
		if int64(len(out.Body)) > maxBytes {
			return nil, fmt.Errorf("fetch %s: %w (over %d bytes)", u, ErrTooLarge, maxBytes)
		}
	case code == http.StatusNotModified:
	case code >= 300 && code < 400 && resp.Header.Get("Location") != "":
		out.location = resp.Header.Get("Location")
	default:
		retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &StatusError{URL: u.String(), Code: code, RetryAfter: retryAfter}
	}
	out.Latency = time.Since(start)
	return out, nil
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		return time.Duration(max(s, 0)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// hosts is the politeness gate: at most one request at a time to a host,
// and a gap after each.
type hosts struct {
	mu  sync.Mutex
	m   map[string]*host
	gap time.Duration
}

type host struct {
	busy chan struct{} // holds one token while a request is under way
	next time.Time     // no request starts before
}

// acquire waits until name may take a request, and returns the function
// that ends it: with a Retry-After the host is left alone that long.
func (h *hosts) acquire(ctx context.Context, name string) (release func(retryAfter time.Duration), err error) {
	h.mu.Lock()
	hs := h.m[name]
	if hs == nil {
		hs = &host{busy: make(chan struct{}, 1)}
		h.m[name] = hs
	}
	h.mu.Unlock()
	select {
	case hs.busy <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	// hs.next is only touched by the holder of busy.
	if wait := time.Until(hs.next); wait > 0 {
		if wait > maxHostWait {
			<-hs.busy
			return nil, &HostBusyError{Host: name, Until: hs.next}
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-hs.busy
			return nil, ctx.Err()
		}
	}
	return func(retryAfter time.Duration) {
		hs.next = time.Now().Add(max(h.gap, retryAfter))
		<-hs.busy
	}, nil
}
