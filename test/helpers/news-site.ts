import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/**
 * A made-up local news site on 127.0.0.1 for the link intake's tests: articles inside the
 * furniture real news pages carry (navigation, ads, related links, share buttons, a footer),
 * JSON-LD and OpenGraph metadata, an AMP copy, a paywall stub, an index page, redirects, a slow
 * page, an oversized page and a PDF. Every request is recorded, so a test can say that a refused
 * address was never asked for anything.
 */
export interface NewsSite {
  origin: string;
  port: number;
  /** Paths requested, in order. */
  requests: string[];
  userAgents: string[];
  close(): Promise<void>;
}

const PARAGRAPHS = [
  "The Justice Department has asked election officials in every state to hand over their complete voter registration lists, including the last four digits of voters' Social Security numbers, according to letters reviewed by the Harbor City Courier.",
  "Oregon Secretary of State Mara Kellison, a Democrat, said Oregon would not provide the department with any sensitive voter data. “Our voters trusted us with that information, and we will not send it to Washington,” Kellison said in an interview on Tuesday.",
  "In neighboring Idaho, election officials said they were still reviewing the request and had not decided whether to comply, a spokesperson for the secretary of state's office said.",
  "Voting rights groups have warned that a national list assembled from the states' files could be used to challenge eligible voters, while the department says it needs the lists to enforce federal election law.",
  "The department gave states until the end of the month to respond. Officials in several states said they expected the question to end up in court.",
];

const FURNITURE_TOP = `<header class="site-header"><a class="logo" href="/">Harbor City Courier</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe for $1</a></li></ul></nav></header>
<div class="ad ad-leaderboard">ADVERTISEMENT <a href="https://ads.example.invalid/click">Refinance today and save</a></div>`;

const FURNITURE_BOTTOM = `<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/politics/council-budget">City council passes budget after late-night session</a></li>
<li><a href="/politics/bridge-vote">Voters to decide on bridge bond in November</a></li></ul></aside>
<div class="ad ad-box">Sponsored: <a href="https://ads.example.invalid/x">Ten gadgets you need this fall</a></div>
<footer class="site-footer"><p>© 2025 Harbor City Courier. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>`;

function articlePage(
  origin: string,
  options: { amp?: boolean; jsonLd?: boolean; canonicalPath?: string } = {},
): string {
  const canonical = `${origin}${options.canonicalPath ?? "/politics/voter-rolls-request"}`;
  const jsonLd =
    options.jsonLd === false
      ? ""
      : `<script type="application/ld+json">${JSON.stringify({
          "@context": "https://schema.org",
          "@graph": [
            { "@type": "WebSite", name: "Harbor City Courier", url: origin },
            {
              "@type": "NewsArticle",
              headline: "Oregon will not share sensitive voter data with Justice Department",
              datePublished: "2025-09-16T08:30:00-07:00",
              dateModified: "2025-09-17T10:05:00-07:00",
              author: [{ "@type": "Person", name: "Priya Natarajan" }],
              publisher: { "@type": "NewsMediaOrganization", name: "Harbor City Courier" },
              mainEntityOfPage: { "@id": canonical },
            },
          ],
        })}</script>`;
  return `<!doctype html><html lang="en"${options.amp ? " amp" : ""}><head><meta charset="utf-8">
<title>Oregon will not share sensitive voter data | Harbor City Courier</title>
<link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="Harbor City Courier">
<meta property="og:title" content="Oregon will not share sensitive voter data with Justice Department">
<meta property="og:url" content="${canonical}">
<meta property="article:published_time" content="2025-09-16T08:30:00-07:00">
${jsonLd}
<style>.ad{border:1px solid #ccc}</style><script>window.analytics = {page: "article"};</script></head>
<body>${FURNITURE_TOP}
<main><article class="story">
<h1 class="headline">Oregon will not share sensitive voter data with Justice Department</h1>
<div class="byline">By Priya Natarajan</div>
<figure><img src="/img/capitol.jpg" alt=""><figcaption>The state capitol in Salem. Photo by a staff photographer.</figcaption></figure>
<div class="share"><button>Share on social media</button></div>
${PARAGRAPHS.map((p, i) => `<p>${p}</p>${i === 1 ? '<div class="ad ad-inline">ADVERTISEMENT</div><div class="related-inline"><a href="/politics/bridge-vote">READ MORE: Voters to decide on bridge bond</a></div>' : ""}`).join("\n")}
</article></main>
${FURNITURE_BOTTOM}</body></html>`;
}

/** A page with no metadata at all: the byline and the date are only in what it prints. */
const PLAIN_MARKUP = `<!doctype html><html><head><title>Idaho weighs the request | Valley Post</title></head>
<body>${FURNITURE_TOP}<main><article><header><h1>Idaho weighs the request</h1>
<p class="byline">By Tomas Ferreira</p><p class="dateline">Published <time datetime="2025-09-18">Sept. 18, 2025</time></p></header>
${PARAGRAPHS.slice(2)
  .map((p) => `<p>${p}</p>`)
  .join("\n")}
<p>Idaho Secretary of State Dale Brennick, a Republican, said Idaho would review the request and decide within two weeks.</p>
</article></main>${FURNITURE_BOTTOM}</body></html>`;

const PAYWALL = `<!doctype html><html><head><title>Members only | Harbor City Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"What the county clerk told us","isAccessibleForFree":false}</script></head>
<body>${FURNITURE_TOP}<main><article><h1>What the county clerk told us</h1>
<p>The county clerk sat down with us this week to talk about the voter roll request, what her office has been asked to send, and what she told the state's election director when the letter arrived at the courthouse.</p>
<p>Over an hour in her office, surrounded by boxes of registration cards from the 1990s, she described a job that has changed more in the past five years than in the thirty before, and a request she called unlike anything she had seen in her career.</p>
<p>She said she expected to hear from the secretary of state's office before the end of the month, and that her staff had already started pulling the records the department asked for.</p>
<div class="paywall"><p>Subscribe to keep reading. Already a subscriber? <a href="/login">Log in</a>.</p></div>
</article></main>${FURNITURE_BOTTOM}</body></html>`;

const LOGIN = `<!doctype html><html><head><title>Log in | Harbor City Courier</title></head>
<body>${FURNITURE_TOP}<main><h1>Log in to keep reading</h1><p>Subscribers get unlimited access to every story.</p>
<form action="/login" method="post"><label>Email <input name="email"></label><label>Password <input name="password" type="password"></label><button>Log in</button></form>
</main>${FURNITURE_BOTTOM}</body></html>`;

const INDEX = `<!doctype html><html><head><title>Politics | Harbor City Courier</title></head>
<body>${FURNITURE_TOP}<main><h1>Politics</h1><ul>${Array.from(
  { length: 12 },
  (_, i) =>
    `<li><a href="/politics/story-${i}">Story number ${i} about the city</a> <span>2 hours ago</span></li>`,
).join("")}</ul></main>${FURNITURE_BOTTOM}</body></html>`;

/** Starts the site; `redirectTo` gives the address /to-internal redirects to. */
export async function startNewsSite(
  options: { redirectTo?: () => string } = {},
): Promise<NewsSite> {
  const requests: string[] = [];
  const userAgents: string[] = [];
  let origin = "";
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push(path);
    userAgents.push(String(req.headers["user-agent"] ?? ""));
    const html = (body: string) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(body);
    };
    const redirect = (to: string) => {
      res.writeHead(302, { location: to });
      res.end();
    };
    const route = path.split("?")[0];
    switch (route) {
      case "/politics/voter-rolls-request":
        return html(articlePage(origin));
      case "/amp/politics/voter-rolls-request":
        return html(articlePage(origin, { amp: true }));
      case "/hostile":
        // Metadata written to ping a channel and break out of markup.
        return html(
          articlePage(origin, { canonicalPath: "/hostile" })
            .replaceAll("Harbor City Courier", "<!channel> Courier &amp; *Co*")
            .replace(
              '"headline":"Oregon will not share sensitive voter data with Justice Department"',
              '"headline":"Oregon <!here> says no <@U123>"',
            ),
        );
      case "/og-only":
        return html(articlePage(origin, { jsonLd: false, canonicalPath: "/og-only" }));
      case "/plain-markup":
        return html(PLAIN_MARKUP);
      case "/members/clerk-interview":
        return html(PAYWALL);
      case "/politics":
        return html(INDEX);
      case "/login":
        return html(LOGIN);
      case "/r1":
        return redirect("/r2");
      case "/r2":
        return redirect(`${origin}/r3`);
      case "/r3":
        return redirect("/politics/voter-rolls-request?utm_source=newsletter");
      case "/loop":
        return redirect("/loop");
      case "/to-internal":
        return redirect(options.redirectTo?.() ?? "http://127.0.0.1:1/");
      case "/slow":
        // Headers at once, then nothing: the deadline must end it.
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<!doctype html><html><body><p>Loading");
        return;
      case "/huge": {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = `<p>${"filler text ".repeat(800)}</p>\n`;
        let sent = 0;
        const more = () => {
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once("drain", more);
          }
          res.end();
        };
        res.on("error", () => {});
        return more();
      }
      case "/report.pdf":
        res.writeHead(200, { "content-type": "application/pdf" });
        return res.end("%PDF-1.4\n%made-up\n");
      case "/gzipped":
        res.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-encoding": "gzip",
        });
        return res.end(gzipSync(articlePage(origin)));
      case "/bomb":
        // 6 MB of HTML in a few kilobytes: the cap counts what it unpacks to.
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return res.end(gzipSync(Buffer.alloc(6 * 1024 * 1024, " ")));
      case "/binary.html":
        res.writeHead(200, { "content-type": "text/html" });
        return res.end(Buffer.from("<html><body><p>text\u0000\u0001\u0002</p></body></html>"));
      case "/img/capitol.jpg":
        res.writeHead(200, { "content-type": "image/jpeg" });
        return res.end(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
      case "/plain.txt":
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        return res.end(`Oregon keeps its voter data\n\n${PARAGRAPHS.join("\n\n")}\n`);
      default:
        res.writeHead(404, { "content-type": "text/html" });
        return res.end("<h1>Not found</h1>");
    }
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The made-up article's paragraphs, to check the extracted text against. */
export const ARTICLE_PARAGRAPHS = PARAGRAPHS;
