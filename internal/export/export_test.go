package export

import (
	"bytes"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/store"
)

func TestWriter(t *testing.T) {
	ev := news.Event{
		Code: "042", Source: news.Party{Name: "Vladimir Putin", Country: "RUS", Actor: "RUSGOV"},
		Target:   &news.Party{Name: "Li Shangfu", Country: "CHN", Actor: "CHNMIL"},
		Polarity: news.Asserted, QuadClass: 1, Goldstein: 1.9, Text: "اجتمع\nبوتين", Sentence: 1,
	}
	tests := []struct {
		name, format string
		want         []string // substrings of the output
	}{
		{"jsonl", JSONL, []string{`"doc_id":"d1"`, `"code":"042"`, `"text":"اجتمع\nبوتين"`}},
		{"csv", CSV, []string{"GLOBALEVENTID,SQLDATE", "d1-1,20230416,RUSGOV,Vladimir Putin,RUS,CHNMIL", ",042,042,04,1,1.9,1,", "اجتمع بوتين"}},
		{"tsv", TSV, []string{"GLOBALEVENTID\tSQLDATE", "d1-1\t20230416\tRUSGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b, tt.format)
			if err := w.Write("d1", "2023-04-16", "إيصال نيوز", "", ev); err != nil {
				t.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.want {
				if !strings.Contains(b.String(), s) {
					t.Errorf("%s output %q lacks %q", tt.format, b.String(), s)
				}
			}
		})
	}
}

func TestWriteCounts(t *testing.T) {
	counts := []store.Count{{Period: "2023-04", Count: 3}}
	tests := []struct{ name, format, want string }{
		{"jsonl", JSONL, "{\"period\":\"2023-04\",\"count\":3}\n"},
		{"csv", CSV, "period,count\n2023-04,3\n"},
		{"tsv", TSV, "period\tcount\n2023-04\t3\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteCounts(&b, counts, tt.format); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("WriteCounts(%s) = %q, want %q", tt.format, b.String(), tt.want)
		}
	}
}
