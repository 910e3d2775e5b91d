// Package feed keeps an archive current from the news feeds it follows: it
// fetches RSS, Atom and RDF feeds politely (its own HTTP client, robots.txt,
// one request at a time per host with a gap between requests, conditional
// GET, Retry-After and backoff), reads them in any charset with dates in any
// feed format or in Arabic, fetches each new item's page and extracts its
// text, and hands the articles to a Sink (the archive, or a work queue).
//
// An item is the same story as one seen before when its GUID, its
// canonical URL, or its normalised title within the same outlet over seven
// days matches (see Keys). The poller's state (feeds, validators, seen
// items, next checks) lives in the archive (State): an item is claimed
// before its page is fetched and marked done once stored, so a poller that
// is killed loses nothing and repeats nothing when it starts again. A work
// queue out of reach (an UnavailableError) leaves the items claimed for a
// later round, and Run waits, longer each time, instead of stopping.
//
// Goroutines and their lifetimes: Poller.Round starts Options.Workers
// goroutines, one feed at a time each, and returns when all have ended;
// Poller.Run calls Round until its context ends. Nothing else runs in the
// background.
package feed
