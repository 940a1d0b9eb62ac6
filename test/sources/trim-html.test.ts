// The linear pre-parse scanner: it must read tags as an HTML tokenizer does (quoted attributes,
// raw-text elements, comments, CDATA, any case), keep every piece of text outside dropped
// elements, and never eat the page after a malformed drop.
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { trimHtml, type TrimOptions } from "../../src/sources/trim-html.js";

/** The body text linkedom reads from the trimmed page. */
function bodyText(html: string, options: TrimOptions = {}): string {
  const { document } = parseHTML(trimHtml(html, options).html);
  return document.body.textContent ?? "";
}

function bodyHtml(html: string, options: TrimOptions = {}): string {
  const out = trimHtml(html, options).html;
  return out.slice(out.indexOf("<body"), out.lastIndexOf("</body>"));
}

describe("trimHtml: tokenizing", () => {
  it("reads tags inside quoted attribute values as text of the value, not as tags", () => {
    const html = `<div data-x="<p>not a tag</p>" title='a > b' class="c">kept</div><p>next</p>`;
    expect(bodyText(html)).toBe("keptnext");
    expect(bodyHtml(html)).toBe(`<body><div class="c">kept</div><p>next</p>`);
  });

  it("drops an unclosed comment to the end of the page, as browsers do", () => {
    expect(bodyText("<p>before</p><!-- never closed <p>after</p>")).toBe("before");
    expect(bodyText("<p>a<!---->b<!-->c<!--->d</p>")).toBe("abcd");
  });

  it("ends a <script> only at </script>, even when it holds </div> or a split '</scr' + 'ipt>'", () => {
    expect(bodyText(`<div>a<script>if (x) document.write("</div>")</script>b</div>`)).toBe("ab");
    expect(bodyText(`<script>var s = "</scr" + "ipt>"; var t = "<div>";</script><p>ok</p>`)).toBe("ok");
    // "</scripts" is not the end tag; "</SCRIPT >" is
    expect(bodyText(`<script>x = "</scripts>"; y = "<p>no</p>"</SCRIPT ><p>yes</p>`)).toBe("yes");
  });

  it("drops CDATA sections (to ]]>, as htmlparser2 reads them) and processing instructions (to >)", () => {
    expect(bodyText(`<p>a<![CDATA[ if (x > y) <p>no</p> ]]>b<?xml version="1.0"?>c</p>`)).toBe("abc");
    // a processing instruction is a bogus comment: it ends at the first ">", wherever that is
    expect(bodyText(`<p>a<?php echo "<b>" ?>c</p>`)).toBe(`a" ?>c`);
  });

  it("reads upper- and mixed-case tags and attribute names", () => {
    const html = `<DIV CLASS="story"><P>Hello</P><SCRIPT>bad()</SCRIPT><StYlE>p{}</sTyLe><SVG><TEXT>no</TEXT></SVG></DIV>`;
    expect(bodyHtml(html)).toBe(`<body><div CLASS="story"><p>Hello</p></div>`);
    expect(bodyText(html)).toBe("Hello");
  });

  it("drops a tag cut off by the end of the page", () => {
    expect(bodyText(`<p>a</p><div class="x`)).toBe("a");
    expect(bodyText(`<p>a</p><div class="x">b</div><p title="never closed>c</p>`)).toBe("ab");
  });

  it("keeps a lone '<' that starts no tag as text", () => {
    expect(bodyText("<p>1 < 2 and 3 <= 4</p>")).toBe("1 < 2 and 3 <= 4");
  });
});

describe("trimHtml: what is kept", () => {
  it("drops scripts, styles, comments, SVG, templates, iframes, noscript and form widgets", () => {
    const html = `<p>a</p><style>.x{}</style><!-- c --><svg><g><text>svg</text></g></svg><template><p>t</p></template>
      <iframe src="x">frame</iframe><noscript><p>js off</p></noscript><button>Share</button><select><option>One</option></select><p>b</p>`;
    expect(bodyText(html)).toBe("ab");
  });

  it("keeps an element it would drop when it is never closed, instead of eating the page", () => {
    expect(bodyText(`<div><svg><g>icon</div><p>the article</p>`)).toContain("the article");
    // a button left open, with paragraphs after it, is not a widget to drop
    expect(bodyText(`<div><button>Menu<p>the article</p></div>`)).toContain("the article");
  });

  it("reads what an undone drop saw only once (head entries, <time>)", () => {
    const t = trimHtml(`<div><button><script type="application/ld+json">{"a":1}</script><time datetime="2021-02-03">x</time><p>story</p></div>`);
    expect(t.html.match(/application\/ld\+json/g)).toHaveLength(1);
    expect(t.time).toBe("2021-02-03");
    expect(parseHTML(t.html).document.body.textContent).toBe("xstory");
  });

  it("drops nav/aside/footer holding paragraphs and headings, but not one left open before <main>", () => {
    const opts = { dropBoilerplate: true };
    expect(bodyText(`<footer><h3>About</h3><p>We are a paper.</p></footer><p>x</p>`, opts)).toBe("x");
    expect(bodyText(`<div><aside>Related</div><main><p>the story</p></main></aside>`, opts)).toContain("the story");
  });

  it("keeps only the attributes Readability reads", () => {
    const html = `<div id="main" class="c" data-track="x" style="color:red" onclick="go()"><a href="#top">t</a> <a href="/x" rel="author">w</a><p style="display: none" hidden>h</p></div>`;
    expect(bodyHtml(html)).toBe(`<body><div id="main" class="c"><a href="#top">t</a> <a rel="author">w</a><p style="display: none" hidden>h</p></div>`);
  });

  it("unwraps attribute-less inline tags and closes kept ones at the right end tag", () => {
    expect(bodyHtml(`<p><span>a</span> <b>b</b> <span class="byline">c <span>d</span></span> e</p>`)).toBe(
      `<body><p>a b <span class="byline">c d</span> e</p>`,
    );
  });

  it("drops whitespace next to block boundaries but keeps it between inline content and in <pre>", () => {
    expect(bodyHtml(`<div>\n  <p>x</p>\n  <p>y</p>\n</div>`)).toBe(`<body><div><p>x</p><p>y</p></div>`);
    expect(bodyText(`<p><a>one</a> <a>two</a></p>`)).toBe("one two");
    expect(bodyText(`<pre><a>a</a>\n  <a>b</a></pre>`)).toBe("a\n  b");
  });

  it("reduces the head to title, meta, canonical link and JSON-LD, from anywhere in the page", () => {
    const html = `<html><head><title>T &amp; U</title><meta charset="utf-8"><meta property="og:title" content="O" data-x="1">
      <link rel="stylesheet" href="a.css"><link rel="canonical" href="/c"><script src="a.js"></script>
      <script type="application/ld+json">{"headline":"</p>"}</script></head>
      <body><p>text <time datetime="2025-01-02">Jan 2</time></p><meta itemprop="datePublished" content="2025-01-02"></body></html>`;
    const t = trimHtml(html);
    const head = t.html.slice(0, t.html.indexOf("</head>"));
    expect(head).toBe(
      `<!DOCTYPE html><html><head><title>T &amp; U</title><meta property="og:title" content="O"><link rel="canonical" href="/c">` +
        `<script type="application/ld+json">{"headline":"</p>"}</script><meta itemprop="datePublished" content="2025-01-02">`,
    );
    expect(t.time).toBe("2025-01-02");
    expect(parseHTML(t.html).document.title).toBe("T & U");
  });
});

describe("trimHtml: boilerplate options", () => {
  const para = "word ".repeat(120);

  it("drops hidden containers always and unlikely ones only when asked, as Readability's first pass does", () => {
    const html = `<div hidden>h</div><div aria-hidden="true">a</div><div class="sidebar">s</div><div class="content sidebar">c</div><div role="navigation">n</div><table><tr><td><div class="menu">m</div></td></tr></table>`;
    expect(bodyText(html)).toBe("scnm");
    expect(bodyText(html, { dropUnlikely: true })).toBe("cm");
  });

  it("drops nav, aside and footer when asked", () => {
    expect(bodyText(`<nav><a>Home</a></nav><p>x</p><aside>more</aside><footer>(c)</footer>`, { dropBoilerplate: true })).toBe("x");
  });

  it("keeps only a lone <article> holding enough text", () => {
    const page = (articles: string) => `<div>Top stories</div>${articles}<div>Most read</div>`;
    expect(bodyText(page(`<article><p>${para}</p></article>`), { focusArticle: true }).trim()).toBe(para.trim());
    expect(bodyText(page(`<article><p>short</p></article>`), { focusArticle: true })).toContain("Most read");
    expect(bodyText(page(`<article><p>${para}</p></article><article><p>two</p></article>`), { focusArticle: true })).toContain("Most read");
  });

  it("drops class and id values that no Readability pattern matches", () => {
    expect(bodyHtml(`<div class="x1 y2" id="q"><div class="article-body">t</div></div>`, { dropPlainClasses: true })).toBe(
      `<body><div><div class="article-body">t</div></div>`,
    );
  });
});
