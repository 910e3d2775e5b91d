package ingest_test

import (
	"context"
	"testing"

	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/store"
)

func TestArticles(t *testing.T) {
	db := openDB(t)
	body := "اجتمع الرئيس الروسي فلاديمير بوتين الأحد مع وزير الدفاع الصيني لي شانغفو في موسكو، وقال إن هناك تطورا جيدا في جميع الاتجاهات بما في ذلك داخل الإدارات العسكرية."
	arts := []news.Article{
		{Title: "بوتين يلتقي وزير الدفاع الصيني", Text: body, Published: "2023-04-16", Origin: "upload:1"},
		// The same wire story under another headline: a near-duplicate of the first.
		{Title: "لقاء في موسكو", Text: body, Published: "2023-04-16", Origin: "upload:2"},
	}
	p := pipeline.New()
	got, c, err := ingest.Articles(context.Background(), p, db, arts, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Outcome != store.Inserted || got[1].DuplicateOf != got[0].ID {
		t.Errorf("Articles = %+v; want two inserted, the second a duplicate of the first", got)
	}
	if c.Inserted != 2 || c.Duplicates != 1 {
		t.Errorf("counts %+v; want 2 inserted, 1 duplicate", c)
	}
	// Again: nothing changes.
	got, c, err = ingest.Articles(context.Background(), p, db, arts[:1], 0)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Outcome != store.Unchanged || c.Unchanged != 1 {
		t.Errorf("again: %+v %+v; want unchanged", got, c)
	}
	// A cancelled context stores nothing.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ingest.Articles(ctx, p, db, []news.Article{{Title: "خبر", Text: "نص آخر تماما"}}, 0); err == nil {
		t.Error("Articles with a cancelled context: no error")
	}
}
