package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"rasad/internal/news"
)

// callTimeout bounds each JetStream call: through a leader election a call
// may otherwise wait for good. Calls that time out are tried again, up to
// Config.Tries times.
const callTimeout = 2 * time.Second

// The headers of a dead letter.
const (
	headerID       = "Rasad-Id"
	headerError    = "Rasad-Error"
	headerAttempts = "Rasad-Attempts"
)

// JetStream is a queue on a NATS JetStream server or cluster. It is a
// Publisher and a Source; its methods are safe for concurrent use.
type JetStream struct {
	url      string
	nc       *nats.Conn
	js       jetstream.JetStream
	cfg      Config
	consumer jetstream.Consumer // set by Dial
}

var (
	_ Publisher = (*JetStream)(nil)
	_ Source    = (*JetStream)(nil)
)

// Dial connects to the NATS server at url (nats://host:port, several
// separated by commas) and creates or updates the streams and the workers'
// consumer that cfg describes.
func Dial(ctx context.Context, url string, cfg Config) (*JetStream, error) {
	cfg = cfg.WithDefaults()
	nc, err := nats.Connect(url, nats.Name("rasad"), nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond))
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", url, err)
	}
	q := &JetStream{url: url, nc: nc, js: js, cfg: cfg}
	if err := q.setUp(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", url, err)
	}
	return q, nil
}

// retry calls fn with a context bounded by callTimeout until it succeeds,
// fails otherwise than by a timeout or a missing leader, or has been tried
// Config.Tries times; the error of the last try then says how long it was
// tried.
func (q *JetStream) retry(ctx context.Context, fn func(ctx context.Context) error) error {
	var err error
	start := time.Now()
	for try := range q.cfg.Tries {
		if try > 0 {
			select {
			case <-time.After(time.Duration(try) * 100 * time.Millisecond):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		cctx, cancel := context.WithTimeout(ctx, callTimeout)
		err = fn(cctx)
		cancel()
		if err == nil || ctx.Err() != nil || !transient(err) {
			return err
		}
	}
	return fmt.Errorf("no answer after %d tries in %s: %w", q.cfg.Tries, time.Since(start).Round(100*time.Millisecond), err)
}

// jsNoPeers is JetStream's error code for a stream or consumer that finds
// too few nodes online for its replicas (a cluster forming, a node down).
const jsNoPeers = 10005

// transient reports whether err may go away by itself: a timeout, a
// server without responders, a stream between leaders, too few nodes yet.
func transient(err error) bool {
	var api *jetstream.APIError
	if errors.As(err, &api) && api.ErrorCode == jsNoPeers {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout) ||
		errors.Is(err, nats.ErrNoResponders) || errors.Is(err, jetstream.ErrNoStreamResponse) ||
		errors.Is(err, nats.ErrConnectionReconnecting) || errors.Is(err, jetstream.ErrJetStreamNotEnabled)
}

// setUp creates the streams and the consumer that are missing. Those that
// exist are left as they are, so that a publisher or a worker started with
// other settings never changes a running queue (its replicas, say); the
// consumer's MaxDeliver is then the one the queue has.
func (q *JetStream) setUp(ctx context.Context) error {
	c := q.cfg
	work := jetstream.StreamConfig{
		Name: c.Stream, Subjects: []string{c.Subject},
		Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage,
		Replicas: c.Replicas, Duplicates: c.Duplicates,
	}
	dead := jetstream.StreamConfig{
		Name: c.Dead, Subjects: []string{c.deadSubject()},
		Retention: jetstream.LimitsPolicy, Storage: jetstream.FileStorage,
		Replicas: c.Replicas,
	}
	for _, sc := range []jetstream.StreamConfig{work, dead} {
		if err := q.retry(ctx, func(ctx context.Context) error {
			_, err := q.js.Stream(ctx, sc.Name)
			if errors.Is(err, jetstream.ErrStreamNotFound) {
				_, err = q.js.CreateStream(ctx, sc)
			}
			return err
		}); err != nil {
			return fmt.Errorf("stream %s: %w", sc.Name, err)
		}
	}
	cc := jetstream.ConsumerConfig{
		Durable: c.Consumer, AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: c.AckWait, MaxAckPending: 4096,
		// One delivery to spare: a worker that dies holding a message on its
		// last attempt leaves it to another, which settles it.
		MaxDeliver: c.MaxDeliver + 1,
	}
	return q.retry(ctx, func(ctx context.Context) error {
		cons, err := q.js.Consumer(ctx, c.Stream, c.Consumer)
		if errors.Is(err, jetstream.ErrConsumerNotFound) {
			cons, err = q.js.CreateConsumer(ctx, c.Stream, cc)
		}
		if err != nil {
			return err
		}
		q.consumer = cons
		if md := cons.CachedInfo().Config.MaxDeliver; md > 1 {
			q.cfg.MaxDeliver = md - 1
		}
		return nil
	})
}

// Close drains the connection: what was published is flushed first.
func (q *JetStream) Close() error {
	return q.nc.Drain()
}

// Publish implements Publisher: the article's job goes on the stream with
// its id as Nats-Msg-Id, so that the server drops it when it holds one of
// that id already.
func (q *JetStream) Publish(ctx context.Context, a news.Article) (bool, error) {
	j := NewJob(a)
	data, err := encodeJob(j)
	if err != nil {
		return false, err
	}
	if limit := q.nc.MaxPayload(); limit > 0 && int64(len(data)) > limit {
		return false, fmt.Errorf("publish %s (%s) to %s: %w", j.ID, a.Origin, q.url, &TooLargeError{Size: len(data), Limit: limit})
	}
	var ack *jetstream.PubAck
	err = q.retry(ctx, func(ctx context.Context) error {
		ack, err = q.js.Publish(ctx, q.cfg.Subject, data, jetstream.WithMsgID(j.ID))
		return err
	})
	if err != nil {
		var api *jetstream.APIError
		if errors.As(err, &api) && api.ErrorCode == jsMessageTooLarge {
			err = &TooLargeError{Size: len(data), Err: err}
		}
		return false, fmt.Errorf("publish %s (%s) to %s: %w", j.ID, a.Origin, q.url, err)
	}
	return ack.Duplicate, nil
}

// jsMessageTooLarge is JetStream's error code for a message over the
// stream's largest (MaxMsgSize, which an operator may set).
const jsMessageTooLarge = 10054

// TooLargeError is the error of a job the queue will never take: larger
// than the server lets a message be (max_payload: 1 MB on a standard
// nats-server, 8 MB on rasad queue serve) or than the stream keeps.
// Publishing it again cannot succeed, so a caller that goes on past
// failures (the feed poller) skips that article rather than waiting for it.
type TooLargeError struct {
	Size  int   // the job's bytes
	Limit int64 // the server's max_payload, when that is what refused it
	Err   error // the server's answer, when it refused it
}

func (e *TooLargeError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("a job of %d bytes refused for its size: %v", e.Size, e.Err)
	}
	return fmt.Sprintf("a job of %d bytes, more than the %d the server takes in a message", e.Size, e.Limit)
}

func (e *TooLargeError) Unwrap() error { return e.Err }

// Rejected reports that the queue refuses the job for good.
func (e *TooLargeError) Rejected() bool { return true }

// PublishRaw puts data on the work stream as it is, with msgID: for tests
// and for putting dead letters back.
func (q *JetStream) PublishRaw(ctx context.Context, data []byte, msgID string) error {
	return q.retry(ctx, func(ctx context.Context) error {
		_, err := q.js.Publish(ctx, q.cfg.Subject, data, jetstream.WithMsgID(msgID))
		return err
	})
}

// Fetch implements Source. It takes the messages the stream holds for the
// workers at once, without waiting for a whole batch: a pull waits until
// its batch is full or its wait is over, so the last messages of a run
// would wait the whole of it. Only when none is there does it wait, up to
// wait, for what comes meanwhile.
func (q *JetStream) Fetch(ctx context.Context, n int, wait time.Duration) ([]Delivery, error) {
	out, err := q.fetch(ctx, func() (jetstream.MessageBatch, error) { return q.consumer.FetchNoWait(n) })
	if len(out) > 0 || err != nil {
		return out, err
	}
	// Not bound to ctx (Fetch takes a context or a wait, not both): a
	// worker told to stop waits for this fetch, at most wait.
	return q.fetch(ctx, func() (jetstream.MessageBatch, error) {
		return q.consumer.Fetch(n, jetstream.FetchMaxWait(max(wait, time.Second)))
	})
}

// fetch reads the messages of the batch that pull asks for.
func (q *JetStream) fetch(ctx context.Context, pull func() (jetstream.MessageBatch, error)) ([]Delivery, error) {
	batch, err := pull()
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if transient(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("fetch: %w", err)
	}
	var out []Delivery
	for m := range batch.Messages() {
		out = append(out, &jsDelivery{q: q, m: m})
	}
	if err := batch.Error(); err != nil && len(out) == 0 && !transient(err) && ctx.Err() == nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	return out, nil
}

// jsDelivery is a message fetched from the stream.
type jsDelivery struct {
	q *JetStream
	m jetstream.Msg
}

func (d *jsDelivery) Data() []byte { return d.m.Data() }

func (d *jsDelivery) Attempt() int {
	md, err := d.m.Metadata()
	if err != nil {
		return 1
	}
	return int(md.NumDelivered)
}

func (d *jsDelivery) Ack(ctx context.Context) error { return d.m.Ack() }

func (d *jsDelivery) InProgress(ctx context.Context) error { return d.m.InProgress() }

// Fail implements Delivery: a nak with the backoff's delay or, on the last
// attempt, a copy on the dead-letter stream with the error, and the
// message's end on the work stream.
func (d *jsDelivery) Fail(ctx context.Context, cause error) (bool, error) {
	n := d.Attempt()
	if n < d.q.cfg.MaxDeliver {
		return false, d.m.NakWithDelay(d.q.cfg.backoff(n))
	}
	msg := nats.NewMsg(d.q.cfg.deadSubject())
	msg.Data = d.m.Data()
	msg.Header.Set(headerError, cause.Error())
	msg.Header.Set(headerAttempts, strconv.Itoa(n))
	if j, err := DecodeJob(d.m.Data()); j.ID != "" || err == nil {
		msg.Header.Set(headerID, j.ID)
	}
	if md, err := d.m.Metadata(); err == nil {
		// One dead letter per message, whatever happens to the term.
		msg.Header.Set(jetstream.MsgIDHeader, "dead-"+strconv.FormatUint(md.Sequence.Stream, 10))
	}
	if err := d.q.retry(ctx, func(ctx context.Context) error {
		_, err := d.q.js.PublishMsg(ctx, msg)
		return err
	}); err != nil {
		return false, fmt.Errorf("dead letter: %w", err)
	}
	return true, d.m.TermWithReason("dead letter")
}

// Status reads what the queue holds, and up to letters of its latest dead
// letters.
func (q *JetStream) Status(ctx context.Context, letters int) (Status, error) {
	s := Status{Stream: q.cfg.Stream}
	err := q.retry(ctx, func(ctx context.Context) error {
		_, si, err := q.streamInfo(ctx, q.cfg.Stream)
		if err != nil {
			return err
		}
		s.Replicas, s.Pending = si.Config.Replicas, si.State.Msgs
		if si.Cluster != nil {
			s.Leader = si.Cluster.Leader
		}
		ci, err := q.consumer.Info(ctx)
		if err != nil {
			return err
		}
		s.Waiting, s.InFlight, s.Redelivered = ci.NumPending, ci.NumAckPending, ci.NumRedelivered
		return nil
	})
	if err != nil {
		return s, fmt.Errorf("status of %s: %w", q.cfg.Stream, err)
	}
	err = q.retry(ctx, func(ctx context.Context) error {
		st, si, err := q.streamInfo(ctx, q.cfg.Dead)
		if err != nil {
			return err
		}
		s.Dead, s.Letters = si.State.Msgs, nil
		for seq := si.State.LastSeq; seq >= si.State.FirstSeq && seq > 0 && len(s.Letters) < letters; seq-- {
			m, err := st.GetMsg(ctx, seq)
			if errors.Is(err, jetstream.ErrMsgNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			n, _ := strconv.Atoi(m.Header.Get(headerAttempts))
			s.Letters = append(s.Letters, DeadLetter{
				ID: m.Header.Get(headerID), Error: m.Header.Get(headerError),
				Attempts: n, Time: m.Time, Data: m.Data,
			})
		}
		return nil
	})
	if err != nil {
		return s, fmt.Errorf("status of %s: %w", q.cfg.Dead, err)
	}
	return s, nil
}

// streamInfo looks up the stream called name and reads its state.
func (q *JetStream) streamInfo(ctx context.Context, name string) (jetstream.Stream, *jetstream.StreamInfo, error) {
	st, err := q.js.Stream(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	si, err := st.Info(ctx)
	if err != nil {
		return nil, nil, err
	}
	return st, si, nil
}
