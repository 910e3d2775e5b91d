package metrics

import (
	"strings"
	"testing"
	"time"

	"rasad/internal/ingest"
)

func TestWrite(t *testing.T) {
	m := New()
	m.Observe("GET /api/search", "GET", 200, 3*time.Millisecond)
	m.Observe("GET /api/search", "GET", 200, 2*time.Second)
	m.Observe(`GET /"odd"`, "GET", 404, time.Millisecond)
	m.AddIngest(ingest.Counts{Articles: 3, Inserted: 2, Duplicates: 1})
	m.AddIngestErrors(2)
	var b strings.Builder
	m.Write(&b, 7)
	out := b.String()
	for _, want := range []string{
		`rasad_http_requests_total{route="GET /api/search",method="GET",status="200"} 2`,
		`rasad_http_requests_total{route="GET /\"odd\"",method="GET",status="404"} 1`,
		`rasad_http_request_duration_seconds_bucket{route="GET /api/search",le="0.0025"} 0`,
		`rasad_http_request_duration_seconds_bucket{route="GET /api/search",le="0.005"} 1`,
		`rasad_http_request_duration_seconds_bucket{route="GET /api/search",le="2.5"} 2`,
		`rasad_http_request_duration_seconds_bucket{route="GET /api/search",le="+Inf"} 2`,
		`rasad_http_request_duration_seconds_count{route="GET /api/search"} 2`,
		"rasad_documents 7",
		`rasad_ingest_articles_total{outcome="analysed"} 3`,
		`rasad_ingest_articles_total{outcome="inserted"} 2`,
		`rasad_ingest_articles_total{outcome="duplicate"} 1`,
		`rasad_ingest_articles_total{outcome="error"} 2`,
		"# TYPE rasad_uptime_seconds gauge",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("metrics lack %q:\n%s", want, out)
		}
	}
	b.Reset()
	m.Write(&b, -1)
	if strings.Contains(b.String(), "rasad_documents") {
		t.Errorf("metrics name the documents when the store could not say:\n%s", b.String())
	}
}
