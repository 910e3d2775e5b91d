// The browser test of rasad serve: it starts the server on a free port over
// a temporary archive (with the demo articles), drives the page in headless
// Chromium and saves screenshots. Run by .ci/browser.sh; needs RASAD_BIN
// (the built binary) and REPO (the repository's root); SHOT_DIR names where
// the screenshots go (a temporary folder by default).
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const bin = process.env.RASAD_BIN;
const repo = process.env.REPO;
if (!bin || !repo) {
  console.error("browser-test: set RASAD_BIN and REPO");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "rasad-browser-"));
const shots = process.env.SHOT_DIR || join(work, "shots");
mkdirSync(shots, { recursive: true });

const failures = [];
const notes = [];
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

// Start the server and read its address from its log.
function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(bin, ["serve", "--addr", "127.0.0.1:0", "--db", join(work, "rasad.db"), "--demo", join(repo, "testdata")],
      { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    const timer = setTimeout(() => reject(new Error("server did not start:\n" + log)), 60000);
    p.stderr.on("data", (d) => {
      log += d;
      const m = log.match(/on (http:\/\/[0-9.:]+)\//);
      if (m) { clearTimeout(timer); resolve({ proc: p, base: m[1] }); }
    });
    p.on("exit", (code) => reject(new Error(`server exited ${code}:\n${log}`)));
  });
}

const XSS_TITLE = "مقال فيه <script>window.__xss=1</script> وسم";
const XSS_BODY = 'قال المتحدث إن <img src=x onerror="window.__xss=2"> التجربة ناجحة في اختبار الهروب.';

// hitTitles returns the titles of the search results on the page.
async function hitTitles(page) {
  return page.locator(".hit h2 a").allTextContents();
}

// shoot saves a screenshot of the page's first screen in both languages,
// as NAME-ar.png and NAME-en.png.
async function shoot(page, base, shots, name, path) {
  for (const lang of ["ar", "en"]) {
    const sep = path.includes("?") ? "&" : "?";
    await page.goto(base + path + sep + "lang=" + lang);
    await page.screenshot({ path: join(shots, `${name}-${lang}.png`), fullPage: false });
  }
}

async function analystChecks(page, base, shots, docID) {
  // The README's filter example, and names as people type them.
  const searches = [
    ["entity:بوتين country:RUS code:04 from:2023", ["وزير الدفاع الصيني يشيد"], []],
    ["entity:بوتين", ["وزير الدفاع الصيني يشيد", "بوتين وشي يتعهدان"], []],
    ["entity:Putin", ["وزير الدفاع الصيني يشيد", "بوتين وشي يتعهدان"], []],
    ["entity:لافروف", ["لافروف يتهم الغرب"], []],
    ['entity:"الملك سلمان"', ["الملك سلمان يدعو"], ["المنتخب السعودي"]],
  ];
  for (const [q, want, not] of searches) {
    await page.goto(base + "/?q=" + encodeURIComponent(q));
    const titles = await hitTitles(page);
    const found = want.every((w) => titles.some((t) => t.includes(w))) && !not.some((w) => titles.some((t) => t.includes(w)));
    check(found, `${q} finds ${want.join(" and ")}${not.length ? ", not " + not.join(", ") : ""} (found: ${titles.join(" | ")})`);
  }
  await page.goto(base + "/?q=" + encodeURIComponent("entity:سلمان") + "&lang=en");
  const cands = await page.locator("#ambiguous a.candidate").allTextContents();
  check(cands.some((c) => c.includes("King Salman")) && cands.length > 1, `entity:سلمان offers the actors it may mean (${cands.join(", ")})`);
  await page.locator('#ambiguous a.candidate:has-text("King Salman")').click();
  await page.waitForSelector("#count");
  const narrowed = await hitTitles(page);
  check(narrowed.length === 1 && narrowed[0].includes("الملك سلمان يدعو"), `choosing King Salman finds his article alone (${narrowed.join(" | ")})`);

  // The actor page of a group code.
  await page.goto(base + "/actors/RUSGOV?lang=ar");
  const h1 = await page.textContent("#actor-name");
  check(h1.includes("روسيا: الحكومة") && !h1.includes("لافروف"), `RUSGOV is named as a body (${h1.trim()})`);
  const members = await page.locator("#members li").allTextContents();
  check(members.some((m) => m.includes("بوتين") && m.includes("president")) && members.some((m) => m.includes("لافروف")),
    `RUSGOV lists its members with their roles (${members.length})`);
  const quotes = await page.locator("#actor-quotes li").count();
  const speakers = await page.locator("#actor-quotes li .speaker a").count();
  check(quotes > 0 && speakers === quotes, `every quote on RUSGOV's page names its speaker (${speakers} of ${quotes})`);
  await shoot(page, base, shots, "actor-group", "/actors/RUSGOV");

  // The timeline: axes, bars with values on hover and links, a table beside.
  await page.goto(base + "/timeline?actor=RUSGOV&lang=en");
  check(await page.locator("#timeline-chart .ytick").count() > 1 && await page.locator("#timeline-chart .xtick").count() > 0,
    "the timeline has a y axis and an x axis");
  const bars = page.locator("#timeline-chart a rect.bar-ev");
  check(await bars.count() > 0 && /: \d+ Events/.test(await bars.first().locator("title").textContent()), "each bar of the timeline tells its value on hover");
  const rows = await page.locator("#timeline-table tbody tr").count();
  check(rows > 0, `the timeline's table lists ${rows} periods`);
  check(await page.locator("#timeline-chart .chart-legend .sw").count() === 2, "the timeline has a legend");
  await bars.first().click();
  await page.waitForSelector("#events-table");
  check(page.url().includes("/events?actor=RUSGOV") && await page.locator("#events-table tbody tr").count() > 0, "a bar links to the events behind it");
  await shoot(page, base, shots, "timeline", "/timeline?actor=RUSGOV");

  // The network opens on the archive's busiest actors, with no label clipped.
  await page.goto(base + "/network?lang=en");
  const nodes = await page.locator("#network .node").count();
  check(nodes >= 5, `the network opens with ${nodes} actors`);
  const clipped = await page.evaluate(() => {
    const svg = document.getElementById("network");
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll("text")].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
    }).map((t) => t.textContent);
  });
  check(clipped.length === 0, `no label of the network is clipped (${clipped.join(", ")})`);
  check(await page.locator("#network-legend .sw").count() >= 2, "the network has a legend");
  check(await page.locator('#network a[href^="/events?dyad="] line').count() > 0, "the network's edges link to their events");
  await shoot(page, base, shots, "network", "/network");

  // The events table: newest first, paged, the filters kept in its links.
  await page.goto(base + "/events?lang=en");
  const dates = await page.locator("#events-table td.date").allTextContents();
  check(dates.length > 1 && dates.every((d, i) => i === 0 || dates[i - 1] >= d), `the events table shows the newest first (${dates[0]} … ${dates[dates.length - 1]})`);
  const wrapped = await page.locator("#events-table td.date").first().evaluate((el) => getComputedStyle(el).whiteSpace);
  check(wrapped === "nowrap", "the events' dates never wrap");
  const next = page.locator('.pager a[rel="next"]');
  check(await next.count() === 1, "the events table has a next page");
  await next.click();
  await page.waitForSelector("#events-table");
  const dates2 = await page.locator("#events-table td.date").allTextContents();
  check(page.url().includes("page=2") && dates2.length > 0 && dates2[0] <= dates[dates.length - 1], "its second page goes on from the first");
  await page.goto(base + "/events?lang=en&actor=RUS");
  await page.locator('#events-table th a:has-text("Event")').click();
  await page.waitForSelector("#events-table");
  check(page.url().includes("actor=RUS") && page.url().includes("sort=-code"), `sorting keeps the filters in the URL (${page.url()})`);
  await shoot(page, base, shots, "events", "/events");

  // The legend of the article page; the home page's panels.
  await page.goto(base + "/articles/" + docID + "?lang=en");
  check(await page.locator("#article-legend .hl-ent, #article-legend .hl-quote, #article-legend .hl-date").count() === 3, "the article page has a legend of its highlights");
  await shoot(page, base, shots, "article", "/articles/" + docID);
  await page.goto(base + "/?lang=en");
  check(await page.locator("#recent li").count() > 0 && await page.locator("#top-actors tbody tr").count() > 0 && await page.locator("#top-dyads tbody tr").count() > 0,
    "the home page shows recent articles, most-mentioned actors and most active dyads");
  await shoot(page, base, shots, "home", "/");
  await shoot(page, base, shots, "search", "/?q=" + encodeURIComponent("entity:بوتين"));
}

async function main() {
  const { proc, base } = await startServer();
  const deadline = setTimeout(() => { console.error("browser-test: timed out"); proc.kill("SIGTERM"); process.exit(1); }, 170000);
  let browser;
  try {

    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const origin = new URL(base).origin;
    const external = [], cspErrors = [], dialogs = [];
    page.on("request", (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) external.push(r.url()); });
    page.on("console", (m) => { if (/Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text()); });
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });

    // The home page, in Arabic; "/" focuses the search box.
    await page.goto(base + "/");
    check(await page.getAttribute("html", "dir") === "rtl" && await page.getAttribute("html", "lang") === "ar", "the page opens in Arabic, right to left");
    await page.keyboard.press("/");
    check(await page.evaluate(() => document.activeElement && document.activeElement.id === "q"), "the / key focuses the search box");

    // Search for بوتين with the keyboard.
    await page.keyboard.type("بوتين");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".hit");
    const hits = await page.locator(".hit").count();
    check(hits >= 2, `searching بوتين finds ${hits} articles`);
    check(await page.locator(".hit mark").count() > 0, "the matches are marked in the snippets");
    await page.screenshot({ path: join(shots, "search-ar.png"), fullPage: true });

    // Open the reference article.
    await page.click('.hit a:has-text("وزير الدفاع الصيني يشيد")');
    await page.waitForSelector("#text");
    const docID = page.url().split("/articles/")[1];
    check(await page.getAttribute("#text", "dir") === "rtl", "the article's text is right to left");
    const doc = await (await fetch(base + "/api/articles/" + docID)).json();
    const hasLi = doc.entities.some((e) => e.name === "Li Shangfu");
    const liQuote = page.locator('#text .hl-quote[data-speaker="Li Shangfu"]');
    if (hasLi) {
      check(await liQuote.count() > 0, "a quote of Li Shangfu is highlighted in the text and attributed (data-speaker)");
      const txt = (await liQuote.allTextContents()).join("");
      check(txt.includes("لدينا علاقات قوية"), "the highlighted quote is his: لدينا علاقات قوية للغاية");
      const bg = await liQuote.first().evaluate((el) => getComputedStyle(el).backgroundColor);
      check(bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent", `the quote is visibly highlighted (background ${bg})`);
      const listed = page.locator('#quotes li[data-speaker="Li Shangfu"]');
      const listedText = (await listed.allTextContents()).join("");
      check(await listed.count() > 0 && listedText.includes("لدينا علاقات قوية") && listedText.includes("لي شانغفو"),
        "the quote is listed beside the text with Li Shangfu (لي شانغفو) as its speaker");
    } else {
      const n = await page.locator("#text .hl-quote").count();
      check(n > 0, `quotes are highlighted in the text (${n} pieces)`);
      notes.push("the document has no entity named Li Shangfu (the entity stage is not in this build): the check of his quote's attribution was skipped");
      console.log("SKIP the attribution to Li Shangfu: no such entity in the document");
    }
    await page.screenshot({ path: join(shots, "article-ar.png"), fullPage: true });

    // Putin's actor page: through the link of his name where entities are linked.
    const putinLink = page.locator('#text a.hl-ent[href="/actors/putin"]');
    if (await putinLink.count() > 0) {
      await putinLink.first().focus();
      await page.keyboard.press("Enter");
    } else {
      notes.push("no entity link to Putin in the article: opened /actors/putin directly");
      await page.goto(base + "/actors/putin");
    }
    await page.waitForSelector(".actor h1");
    check((await page.textContent(".actor h1")).includes("بوتين"), "Putin's actor page names him in Arabic");
    if (hasLi) {
      check(await page.locator("#timeline .chart-svg rect").count() > 0 && await page.locator("#timeline .ytick").count() > 1,
        "the actor page draws a timeline with a y axis");
      check(await page.locator("#timeline .chart-legend .sw").count() === 2, "the actor's chart has a legend");
    }
    await page.screenshot({ path: join(shots, "actor-ar.png"), fullPage: true });

    // English: the switch is remembered in a cookie.
    await page.click("#lang-switch");
    await page.waitForSelector('html[lang="en"]');
    check(await page.getAttribute("html", "dir") === "ltr", "English is left to right");
    check((await page.textContent(".actor h1")).includes("Vladimir Putin"), "English shows Putin's canonical English name");
    await page.screenshot({ path: join(shots, "actor-en.png"), fullPage: true });
    await page.goto(base + "/articles/" + docID);
    check(await page.getAttribute("html", "lang") === "en", "the language is remembered on the next page");
    check(await page.getAttribute("#text", "dir") === "rtl", "the article's text stays right to left in English");
    if (hasLi) {
      const en = (await page.locator('#quotes li[data-speaker="Li Shangfu"] .speaker').allTextContents()).join("");
      check(en.includes("Li Shangfu"), "English names the speaker Li Shangfu");
    }
    await page.screenshot({ path: join(shots, "article-en.png"), fullPage: true });
    await page.goto(base + "/network?q=" + encodeURIComponent("روسيا OR الصين OR بوتين"));
    await page.screenshot({ path: join(shots, "network-en.png"), fullPage: true });
    await page.goto(base + "/events");
    check(await page.locator('a[href*="format=csv"]').count() === 1, "the events table links its CSV export");
    await page.screenshot({ path: join(shots, "events-en.png"), fullPage: true });

    // The analyst's day: names as typed, group actors, the timeline, the
    // network, the events table, legends; each view in both languages.
    await analystChecks(page, base, shots, docID);

    // An article with markup, posted through the API (after the views are
    // saved, which show the demo archive alone).
    const post = await fetch(base + "/api/articles", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: XSS_TITLE, text: XSS_BODY, published: "2023-04-18" }),
    });
    check(post.status === 201, `POST /api/articles of the article with <script> → ${post.status}`);

    // The article with markup shows it as text and runs nothing.
    await page.goto(base + "/?q=" + encodeURIComponent("الهروب"));
    await page.click(".hit h2 a");
    await page.waitForSelector("#text");
    const shown = await page.textContent("#text");
    check(shown.includes("<script>window.__xss=1</script>") && shown.includes('onerror="window.__xss=2"'), "the <script> and onerror of the article are shown as text");
    check(await page.locator("#text script, #text img, h1 script").count() === 0, "no element was made from the article's markup");
    check(await page.evaluate(() => window.__xss === undefined), "nothing of the article ran");
    await page.screenshot({ path: join(shots, "xss-en.png"), fullPage: true });

    // A phone, in Arabic.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const pp = await phone.newPage();
    await pp.goto(base + "/lang?to=ar&back=" + encodeURIComponent("/articles/" + docID));
    await pp.waitForSelector("#text");
    const overflow = await pp.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 1, `the article fits a phone's width (overflow ${overflow}px)`);
    await pp.screenshot({ path: join(shots, "article-phone-ar.png"), fullPage: false });
    for (const [name, path] of [["home", "/"], ["search", "/?q=" + encodeURIComponent("بوتين")], ["actor", "/actors/putin"], ["group actor", "/actors/RUSGOV"],
      ["events", "/events"], ["network", "/network?q=" + encodeURIComponent("بوتين")], ["default network", "/network"], ["timeline", "/timeline?actor=RUSGOV"], ["feeds", "/feeds"]]) {
      await pp.goto(base + path);
      const over = await pp.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      check(over <= 1, `the ${name} page fits a phone's width (overflow ${over}px)`);
      await pp.screenshot({ path: join(shots, `${name.replace(" ", "-")}-phone-ar.png`), fullPage: false });
    }

    check(external.length === 0, `no request left the server (${external.join(", ")})`);
    check(cspErrors.length === 0, `no Content-Security-Policy violation (${cspErrors.join(" | ")})`);
    check(dialogs.length === 0, `no dialog opened (${dialogs.join(", ")})`);
  } finally {
    if (browser) await browser.close();
    clearTimeout(deadline);
    proc.kill("SIGTERM");
  }
  console.log(`screenshots: ${shots}`);
  for (const n of notes) console.log("note: " + n);
  if (failures.length) {
    console.error(`browser-test: ${failures.length} checks failed`);
    process.exit(1);
  }
  console.log("browser-test: all checks passed");
}

main().catch((e) => { console.error("browser-test:", e); process.exit(1); });
