package feed_test

import (
	"context"
	"errors"
	"testing"

	"rasad/internal/feed"
	"rasad/internal/news"
)

// refusedForGood is a publish error that says the queue will never take
// its article, as queue.TooLargeError does.
type refusedForGood struct{}

func (refusedForGood) Error() string  { return "a job larger than the queue's largest message" }
func (refusedForGood) Rejected() bool { return true }

// sizing publishes every article but those over limit bytes of text,
// which it refuses for good; down makes it refuse all, as a queue out of
// reach does.
type sizing struct {
	limit     int
	down      bool
	published []string
}

func (s *sizing) Publish(_ context.Context, a news.Article) (bool, error) {
	switch {
	case s.down:
		return false, errors.New("no responders")
	case len(a.Text) > s.limit:
		return false, refusedForGood{}
	}
	s.published = append(s.published, a.URL)
	return false, nil
}

// TestQueueSkipsRejected: a story the queue refuses for good is skipped
// and told, so that its item is done and the stories after it go on;
// a queue out of reach is still an UnavailableError that keeps them all.
func TestQueueSkipsRejected(t *testing.T) {
	arts := []news.Article{
		{URL: "https://a.example/1", Text: "قصير"},
		{URL: "https://a.example/2", Text: "نص طويل جدا لا تأخذه الطابور"},
		{URL: "https://a.example/3", Text: "قصير"},
	}
	pub := &sizing{limit: 10}
	var told []string
	var published int
	q := &feed.Queue{Publisher: pub,
		Rejected: func(a news.Article, err error) { told = append(told, a.URL) },
		Counted:  func(p, _ int) { published = p }}
	if err := q.Put(context.Background(), arts); err != nil {
		t.Fatalf("Put with a story refused for good: %v, want nil", err)
	}
	if len(pub.published) != 2 || pub.published[1] != "https://a.example/3" || published != 2 {
		t.Errorf("published %v (counted %d), want the two short stories", pub.published, published)
	}
	if len(told) != 1 || told[0] != "https://a.example/2" {
		t.Errorf("told of %v, want the long story", told)
	}
	pub.down = true
	var unavailable *feed.UnavailableError
	if err := q.Put(context.Background(), arts); !errors.As(err, &unavailable) {
		t.Errorf("Put to a queue out of reach: %v, want an UnavailableError", err)
	}
}
