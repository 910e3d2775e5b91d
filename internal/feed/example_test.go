package feed_test

import (
	"fmt"

	"rasad/internal/feed"
)

// Two addresses of one story share a key.
func ExampleURLKey() {
	fmt.Println(feed.URLKey("https://www.okaz.com.sa/news/local/2015?utm_source=rss#comments"))
	fmt.Println(feed.URLKey("http://okaz.com.sa/news/local/2015/"))
	// Output:
	// okaz.com.sa/news/local/2015
	// okaz.com.sa/news/local/2015
}

// A headline spelt two ways, with the outlet's name after it once.
func ExampleTitleKey() {
	fmt.Println(feed.TitleKey("وزير الدفاع الصيني يزور موسكو - عكاظ") == feed.TitleKey("وزيرُ الدفاع الصينى يزور موسكو"))
	fmt.Printf("%q\n", feed.TitleKey("عاجل"))
	// Output:
	// true
	// ""
}

func ExampleParseDate() {
	fmt.Println(feed.ParseDate("الأحد، ١٦ نيسان ٢٠٢٣ - ١٠:٣٠ ص"))
	fmt.Println(feed.ParseDate("الثلاثاء 21 يوليو 2015"))
	fmt.Printf("%q\n", feed.ParseDate("غير معروف"))
	// Output:
	// 2023-04-16
	// 2015-07-21
	// ""
}
