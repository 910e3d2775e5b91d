package feedtest

import (
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestHostOverlap checks the host's politeness check: a client that left a
// large body unread and closed its connection made no overlap with its
// next request, though the handler may still be writing; two requests a
// client holds open at once are one.
func TestHostOverlap(t *testing.T) {
	big := []byte(strings.Repeat("نص طويل جدا ", 8<<20/22))
	t.Run("abandoned", func(t *testing.T) {
		h := NewHost(t, "127.0.0.1")
		h.Static("/big.html", "text/html; charset=utf-8", big)
		h.Static("/small.html", "text/html; charset=utf-8", []byte("<p>خبر</p>"))
		for range 5 {
			resp, err := http.Get(h.Base + "/big.html")
			if err != nil {
				t.Fatal(err)
			}
			io.CopyN(io.Discard, resp.Body, 1<<10)
			resp.Body.Close() // unread: the connection is closed
			resp, err = http.Get(h.Base + "/small.html")
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		if o := h.overlap(); o != "" {
			t.Errorf("Overlap = %q after requests one at a time, want none", o)
		}
	})
	t.Run("at once", func(t *testing.T) {
		h := NewHost(t, "127.0.0.1")
		release := make(chan struct{})
		h.Handle("/slow.html", func(w http.ResponseWriter, r *http.Request, n int) {
			if n == 1 {
				<-release
			}
			w.Write([]byte("<p>خبر</p>"))
		})
		var wg sync.WaitGroup
		for range 2 {
			wg.Go(func() {
				resp, err := http.Get(h.Base + "/slow.html")
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			})
		}
		// The second request waits for the first, which is held until
		// both have arrived.
		for deadline := time.Now().Add(time.Minute); h.Count("/slow.html") < 2 && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		}
		close(release)
		wg.Wait()
		if o := h.overlap(); o != "/slow.html and /slow.html" {
			t.Errorf("Overlap = %q after two requests at once, want /slow.html and /slow.html", o)
		}
	})
}

func (h *Host) overlap() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.Overlap
}
