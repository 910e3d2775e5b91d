package feed

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/url"
	"strings"
	"sync"
	"time"
)

// robotsTTL is how long a host's robots.txt is trusted; robotsRetry how
// long a host whose robots.txt could not be read is left alone (RFC 9309:
// an unreachable robots.txt disallows everything).
const (
	robotsTTL   = 24 * time.Hour
	robotsRetry = 10 * time.Minute
	robotsMax   = 512 << 10
)

// robotsCache holds each host's rules for Rasad.
type robotsCache struct {
	mu sync.Mutex
	m  map[string]*robotsEntry // by scheme://host
	f  *Fetcher
}

type robotsEntry struct {
	mu      sync.Mutex // held while the file is fetched
	rules   *robots
	err     error
	expires time.Time
}

// allowed reports whether Rasad may fetch u.
func (c *robotsCache) allowed(ctx context.Context, u *url.URL) (bool, error) {
	if u.Path == "/robots.txt" {
		return true, nil
	}
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	e := c.m[key]
	if e == nil {
		e = &robotsEntry{}
		c.m[key] = e
	}
	c.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if time.Now().After(e.expires) {
		rules, err := c.fetch(ctx, key)
		var busy *HostBusyError
		if err != nil && (ctx.Err() != nil || errors.As(err, &busy)) {
			return false, err // no answer yet: ask again next time
		}
		e.rules, e.err = rules, err
		e.expires = time.Now().Add(robotsTTL)
		if e.err != nil {
			e.expires = time.Now().Add(robotsRetry)
		}
	}
	if e.err != nil {
		return false, e.err
	}
	return e.rules.allows(u.EscapedPath()), nil
}

// fetch reads the robots.txt of the site at base: a 4xx answer means no
// rules; a 5xx or no answer is an error.
func (c *robotsCache) fetch(ctx context.Context, base string) (*robots, error) {
	resp, err := c.f.Fetch(ctx, Request{URL: base + "/robots.txt", MaxBytes: robotsMax})
	var se *StatusError
	switch {
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500:
		return &robots{}, nil
	case errors.Is(err, ErrTooLarge):
		return &robots{}, nil
	case err != nil:
		return nil, err
	}
	return parseRobots(resp.Body), nil
}

// robots are the rules of the group of a robots.txt that applies to Rasad.
type robots struct {
	rules []robotsRule
}

type robotsRule struct {
	allow   bool
	pattern string
}

// parseRobots reads the rules of the group for "rasad", else of "*".
func parseRobots(data []byte) *robots {
	var own, any []robotsRule
	var haveOwn bool
	var agents []string
	inRules := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), robotsMax)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if inRules {
				agents, inRules = nil, false
			}
			agents = append(agents, strings.ToLower(val))
		case "allow", "disallow":
			inRules = true
			if val == "" {
				continue // "Disallow:" alone allows everything
			}
			r := robotsRule{allow: key == "allow", pattern: val}
			for _, a := range agents {
				switch {
				case strings.Contains(a, "rasad"):
					own, haveOwn = append(own, r), true
				case a == "*":
					any = append(any, r)
				}
			}
		}
	}
	if haveOwn {
		return &robots{rules: own}
	}
	return &robots{rules: any}
}

// allows applies the longest matching rule; Allow wins a tie.
func (r *robots) allows(path string) bool {
	if path == "" {
		path = "/"
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if n := len(rule.pattern); robotsMatch(rule.pattern, path) && (n > best || n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// robotsMatch matches a robots.txt pattern: a path prefix where * stands for
// any run of characters and a final $ anchors the end.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	if anchored && rest != "" {
		// the last part must end the path: try it at the end
		last := parts[len(parts)-1]
		return len(parts) > 1 && strings.HasSuffix(path, last) || last == "" && len(parts) > 1
	}
	return true
}
