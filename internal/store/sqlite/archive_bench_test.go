package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

// ArchiveQueries are realistic queries over a Saudi news archive of 2015:
// people, places, organisations, topics, phrases, boolean queries,
// prefixes and filters.
var ArchiveQueries = []string{
	// People, through clitics.
	"سلمان", "الملك سلمان", "محمد بن نايف", "محمد بن سلمان", "أوباما",
	"بشار الأسد", "الحوثي", "عبدالملك الحوثي", "خامنئي", "روحاني",
	"السيسي", "أردوغان", "بوتين", "عادل الجبير", "عبدربه منصور هادي",
	// Places.
	"الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "اليمن", "صنعاء",
	"عدن", "تعز", "سوريا", "حلب", "العراق", "الموصل", "إيران", "طهران",
	"القاهرة", "تركيا", "الكويت", "البحرين", "قطر", "لبنان", "غزة", "القدس",
	// Organisations and topics.
	"داعش", "الاتفاق النووي", "أسعار النفط", "عاصفة الحزم", "إعادة الأمل",
	"وزارة الصحة", "كورونا", "الهلال", "النصر", "سوق الأسهم", "البطالة",
	"الإسكان", "الحج", "رمضان", "عيد الفطر", "الإرهاب", "تفجير مسجد",
	"الأمطار", "حوادث المرور",
	// Phrases.
	`"مجلس الوزراء"`, `"خادم الحرمين الشريفين"`, `"ولي العهد"`,
	`"الأمم المتحدة"`, `"مجلس الأمن"`, `"وزير الخارجية"`,
	// Boolean queries and prefixes.
	"اليمن OR سوريا", "الحوثي -صالح", "(طهران OR إيران) الاتفاق", "سعود*", "روس*",
	// Filters.
	"الحوثي from:2015-07-25 to:2015-08-05", "النفط source:aleqtisadiya",
	"الهلال source:alriyadh from:2015-08-01", "الاتفاق country:IRN",
	"قصف code:19", "الإرهاب country:YEM from:2015-07-21 to:2015-07-31",
	"country:SYR", "source:okaz from:2015-08-10",
}

// BenchmarkSearchArchive searches the archive at RASAD_BENCH_ARCHIVE with
// ArchiveQueries (top 10 with snippets) and reports the median, 95th and
// 99th percentile latency. When the archive does not exist it is built
// from the archive at RASAD_BENCH_FROM (one "rasad ingest" made) with
// RASAD_BENCH_COPIES copies (3 by default) of every document: the first as
// it is, the others with a new id and URL and a line added at the end of
// the text, so that they are new documents and near-duplicates of the
// first. Skipped without RASAD_BENCH_ARCHIVE.
//
//	RASAD_BENCH_FROM=/tmp/x.db RASAD_BENCH_ARCHIVE=/tmp/x3.db \
//	  go test ./internal/store/sqlite -run '^$' -bench SearchArchive -benchtime 3x
func BenchmarkSearchArchive(b *testing.B) {
	path := os.Getenv("RASAD_BENCH_ARCHIVE")
	if path == "" {
		b.Skip("RASAD_BENCH_ARCHIVE is not set")
	}
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		from := os.Getenv("RASAD_BENCH_FROM")
		if from == "" {
			b.Fatalf("%s does not exist and RASAD_BENCH_FROM is not set", path)
		}
		copies := 3
		if n, err := strconv.Atoi(os.Getenv("RASAD_BENCH_COPIES")); err == nil && n > 0 {
			copies = n
		}
		start := time.Now()
		n, err := copyArchive(ctx, from, path, copies)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s: %d documents in %v", path, n, time.Since(start).Round(time.Second))
	}
	db, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("archive of %d documents (%d near-duplicates), %d bytes: %.1f KB a document",
		st.Documents, st.Duplicates, st.Bytes, float64(st.Bytes)/float64(st.Documents)/1024)
	storetest.TimeSearches(b, db, ArchiveQueries)
}

// copyArchive stores copies of every document of the archive at from into
// a new archive at to, re-analysing the text's tokens as the pipeline does
// (tokens are not stored), and returns how many documents it wrote.
func copyArchive(ctx context.Context, from, to string, copies int) (int, error) {
	src, err := sqlite.Open(ctx, from, nil)
	if err != nil {
		return 0, err
	}
	defer src.Close()
	raw, err := sql.Open("sqlite", "file:"+from+"?_pragma=query_only(1)")
	if err != nil {
		return 0, err
	}
	defer raw.Close()
	var ids []string
	rows, err := raw.QueryContext(ctx, "SELECT id FROM documents ORDER BY seq")
	if err != nil {
		return 0, fmt.Errorf("list %s: %w", from, err)
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	dst, err := sqlite.Open(ctx, to, nil)
	if err != nil {
		return 0, err
	}
	defer dst.Close()
	seg := arabic.DefaultSegmenter()
	n := 0
	for c := range copies {
		var batch []store.Entry
		for k, id := range ids {
			rec, err := src.Get(ctx, id)
			if err != nil {
				return n, err
			}
			d := rec.Doc
			dup := rec.DuplicateOf
			if c > 0 {
				d.ID = fmt.Sprintf("%s-copy%d", id, c)
				d.URL = fmt.Sprintf("%s#copy%d", d.URL, c)
				d.Text += fmt.Sprintf("\nنسخة رقم %d من الخبر", c+1)
				dup = id
				if rec.DuplicateOf != "" {
					dup = rec.DuplicateOf
				}
			}
			d.Tokens = arabic.Tokenize(d.Text)
			seg.Segment(d.Tokens)
			batch = append(batch, store.Entry{Doc: d, Origin: rec.Origin, SimHash: rec.SimHash, DuplicateOf: dup})
			if len(batch) == 64 || k == len(ids)-1 {
				if _, err := dst.PutBatch(ctx, batch); err != nil {
					return n, err
				}
				n += len(batch)
				batch = batch[:0]
			}
		}
	}
	return n, nil
}
