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

async function main() {
  const { proc, base } = await startServer();
  const deadline = setTimeout(() => { console.error("browser-test: timed out"); proc.kill("SIGTERM"); process.exit(1); }, 170000);
  let browser;
  try {
    // An article with markup, posted through the API.
    const post = await fetch(base + "/api/articles", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: XSS_TITLE, text: XSS_BODY, published: "2023-05-01" }),
    });
    check(post.status === 201, `POST /api/articles of the article with <script> → ${post.status}`);

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
      check(await page.locator(".timeline rect").count() > 0, "the actor page draws a timeline");
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
    for (const [name, path] of [["search", "/?q=" + encodeURIComponent("بوتين")], ["actor", "/actors/putin"], ["events", "/events"], ["network", "/network?q=" + encodeURIComponent("بوتين")], ["feeds", "/feeds"]]) {
      await pp.goto(base + path);
      const over = await pp.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      check(over <= 1, `the ${name} page fits a phone's width (overflow ${over}px)`);
      await pp.screenshot({ path: join(shots, `${name}-phone-ar.png`), fullPage: false });
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
