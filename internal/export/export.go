package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"rasad/internal/news"
	"rasad/internal/store"
)

// The formats an event writer writes.
const (
	JSONL = "jsonl"
	CSV   = "csv"
	TSV   = "tsv"
)

// Formats lists the formats, for messages.
var Formats = []string{JSONL, CSV, TSV}

// Known reports whether format is one of Formats.
func Known(format string) bool {
	return format == JSONL || format == CSV || format == TSV
}

// ContentType returns the media type of a format.
func ContentType(format string) string {
	switch format {
	case CSV:
		return "text/csv; charset=utf-8"
	case TSV:
		return "text/tab-separated-values; charset=utf-8"
	}
	return "application/jsonl; charset=utf-8"
}

// Columns are the columns of the CSV and TSV output: GDELT 2.0's event
// table where Rasad has the field, then Rasad's own.
var Columns = []string{
	"GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventBaseCode",
	"EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "ActionGeo_FullName",
	"DATEADDED", "SOURCEURL", "Polarity", "PloverType", "PloverMode", "DocID", "Outlet",
	"Sentence", "Text",
}

// Writer writes events in one format. Call Flush at the end.
type Writer struct {
	enc *json.Encoder
	csv *csv.Writer
	n   int
}

// NewWriter returns a writer of format (JSONL, CSV or TSV; JSON Lines for
// any other value) to w.
func NewWriter(w io.Writer, format string) *Writer {
	ew := &Writer{}
	switch format {
	case CSV, TSV:
		ew.csv = csv.NewWriter(w)
		if format == TSV {
			ew.csv.Comma = '\t'
		}
	default:
		ew.enc = json.NewEncoder(w)
		ew.enc.SetEscapeHTML(false)
	}
	return ew
}

// Line is one event with the document it came from, as JSON Lines.
type Line struct {
	DocID     string `json:"doc_id"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url,omitempty"`
	news.Event
}

// Write writes one event of the document docID.
func (w *Writer) Write(docID, published, outlet, url string, ev news.Event) error {
	w.n++
	if w.enc != nil {
		return w.enc.Encode(Line{DocID: docID, Published: published, Outlet: outlet, URL: url, Event: ev})
	}
	if w.n == 1 {
		if err := w.csv.Write(Columns); err != nil {
			return err
		}
	}
	var t news.Party
	if ev.Target != nil {
		t = *ev.Target
	}
	date := ev.Date
	if date == "" {
		date = published
	}
	base := ev.Code
	if len(base) > 3 {
		base = base[:3]
	}
	nsent := len(ev.Sentences)
	if nsent == 0 {
		nsent = 1
	}
	text := strings.Join(strings.Fields(ev.Text), " ") // one line, in TSV too
	return w.csv.Write([]string{
		docID + "-" + strconv.Itoa(w.n), SQLDate(date), ev.Source.Actor, ev.Source.Name, ev.Source.Country,
		t.Actor, t.Name, t.Country, ev.Code, base,
		Root(ev.Code), strconv.Itoa(ev.QuadClass), strconv.FormatFloat(ev.Goldstein, 'f', 1, 64), strconv.Itoa(nsent), ev.Location,
		SQLDate(published), url, string(ev.Polarity), ev.Plover, ev.Mode, docID, outlet,
		strconv.Itoa(ev.Sentence), text,
	})
}

// Flush writes what is buffered and returns the first error of the writer.
func (w *Writer) Flush() error {
	if w.csv != nil {
		w.csv.Flush()
		return w.csv.Error()
	}
	return nil
}

// Root returns the CAMEO root of a code: its first two digits.
func Root(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

// SQLDate writes YYYY-MM-DD as GDELT's YYYYMMDD; a month or a year keeps
// its precision (YYYYMM, YYYY).
func SQLDate(d string) string { return strings.ReplaceAll(d, "-", "") }

// WriteCounts writes counts of events per period in format.
func WriteCounts(out io.Writer, counts []store.Count, format string) error {
	if format != CSV && format != TSV {
		enc := json.NewEncoder(out)
		for _, c := range counts {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return nil
	}
	w := csv.NewWriter(out)
	if format == TSV {
		w.Comma = '\t'
	}
	if err := w.Write([]string{"period", "count"}); err != nil {
		return err
	}
	for _, c := range counts {
		if err := w.Write([]string{c.Period, strconv.Itoa(c.Count)}); err != nil {
			return fmt.Errorf("write counts: %w", err)
		}
	}
	w.Flush()
	return w.Error()
}
