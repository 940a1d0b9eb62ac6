// A page's HTML → the smaller HTML that Readability needs, in one linear pass over the string.
// linkedom builds an object (and an event-target map) for every element, attribute and text node,
// and Readability walks them all several times, so bytes that can never be article text cost twice:
// scripts, styles, comments, inline SVG, forms' widgets, most attributes, whitespace between blocks.
// The head keeps only what metadata needs (title, meta, canonical link, JSON-LD). The scanner reads
// tags the way htmlparser2 (linkedom's tokenizer) does: quoted attribute values may hold "<" and
// ">", raw-text elements (script, style, title, textarea, xmp) end only at their own end tag.

export interface TrimmedHtml {
  /** "<!DOCTYPE html><html><head>…</head><body>…</body></html>" */
  html: string;
  /** The first `<time datetime>` value, as written (entities not decoded). */
  time: string | null;
}

export interface TrimOptions {
  /** Also drop <nav>, <aside> and <footer> (a page-level boilerplate guess; see BOILERPLATE). */
  dropBoilerplate?: boolean;
  /** Drop containers that Readability's first pass removes as unlikely (class, id, role). */
  dropUnlikely?: boolean;
  /** Drop class and id values that none of Readability's class/id tests can match. */
  dropPlainClasses?: boolean;
  /** When the page has exactly one <article> with some text, keep only that element's body. */
  focusArticle?: boolean;
  /** The page is UTF-8 bytes read one char per byte (latin1), so that it can be trimmed before it
   * is decoded: every character the scan tests is ASCII, and no byte of a multi-byte sequence is;
   * text is then counted in characters, not bytes. The output is latin1 too, for the caller to
   * decode (read-html.ts). */
  utf8Bytes?: boolean;
}
// Elements whose content is raw text up to their own end tag. script/style/title/textarea/xmp are
// raw text for htmlparser2 too; iframe/noscript/noembed/noframes are raw text in browsers, and
// since they are dropped whole, ending them at their own end tag is all that matters.
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "iframe", "noscript", "noembed", "noframes"]);
// Dropped with everything inside them (nested markup, counted to the matching end tag).
const FOREIGN = new Set(["svg", "math"]);
const DROP_SUBTREE = new Set(["svg", "math", "template", "select", "button", "object", "video", "audio", "canvas", "map", "datalist"]);
// Inline widgets that HTML closes implicitly when their parent closes; if a WIDGET_ABORT tag shows
// up inside, the widget was left open and dropping to its next end tag would eat the article.
const INLINE_WIDGETS = new Set(["select", "button", "object", "video", "audio", "canvas", "map", "datalist"]);
const BOILERPLATE = new Set(["nav", "aside", "footer"]);
// Containers dropped with their subtree when hidden or unlikely: elements that pages close
// explicitly, so that counting their own start and end tags finds where they end.
const CONTAINERS = new Set(["div", "section", "aside", "nav", "footer", "header", "ul", "ol", "span", "table", "form"]);
// Readability 0.6's own tests (REGEXPS.unlikelyCandidates, okMaybeItsACandidate, UNLIKELY_ROLES).
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]);
// Every class/id pattern Readability 0.6 tests (unlikely, maybe, positive, negative, byline, share,
// extraneous, fallback-image): a class or id matching none of them cannot change its result.
const CLASS_WORDS = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|and|article|body|column|content|main|shadow|entry|h-entry|page|post|text|blog|story|hidden|hid|com-|contact|masthead|media|meta|outbrain|promo|scroll|share|shopping|tags|widget|print|archive|discuss|e-?mail|reply|all|login|sign|single|utility|byline|author|dateline|writtenby|fallback-image/i;
const WIDGET_ABORT = new Set(["p", "article", "main", "section", "h1", "h2", "h3", "h4", "h5", "h6"]);
// (nav, aside and footer hold paragraphs, sections and headings; only a <main> inside one says that
// it was left open.)
// Past this many undone drops a page is too broken to scan for them: keep every element after.
const MAX_UNDONE = 64;
// Void elements as htmlparser2 knows them; only these three stay.
const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const VOID_KEPT = new Set(["br", "hr", "img"]);
// Inline elements without a kept attribute carry nothing for Readability but their text.
const UNWRAP = new Set(["span", "font", "b", "strong", "i", "em", "u", "small", "abbr", "mark", "bdi", "s", "strike", "sup", "sub", "tt", "big", "time", "picture", "nobr"]);
const HEAD_TAGS = new Set(["html", "head", "meta", "link", "title", "script", "style", "base", "noscript", "template", "basefont", "bgsound"]);
// Whitespace next to a block boundary never renders; dropping it saves a text node each time.
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "br", "html", "head", "caption", "summary", "center",
  "menu", "option", "colgroup", "legend", "img",
]);
// Attributes Readability reads (scoring, visibility, bylines, data tables); the rest are dropped.
const KEEP_ATTR = new Set(["class", "id", "role", "itemprop", "rel", "hidden", "aria-hidden", "aria-modal", "colspan", "rowspan", "summary", "datatable"]);
const META_ATTR = new Set(["name", "property", "itemprop", "content"]);

interface Tag {
  name: string; // lower case
  end: number; // index after ">"
  attrs: Attr[]; // only those named in READ_ATTR
  selfClosing: boolean;
  page: string; // the page, for attribute values
}
interface Attr {
  name: string; // lower case
  start: number; // the attribute's slice in the page, name through value
  end: number;
  valueStart: number; // its raw value (entities not decoded), read only when asked
  valueEnd: number;
}
// Attributes the scanner looks at; others are skipped without building anything.
const READ_ATTR = new Set([...KEEP_ATTR, ...META_ATTR, "href", "style", "type", "datetime"]);

/** Trims a page; see the module comment. Never throws: malformed HTML is read as a browser would. */
export function trimHtml(html: string, options: TrimOptions = {}): TrimmedHtml {
  const n = html.length;
  const head: string[] = [];
  const body: string[] = [];
  let bodyTag = "<body>";
  let inHead = true;
  let title = false;
  let time: string | null = null;
  let prevBlock = true; // the last tag emitted was a block boundary
  let pre = 0; // depth of <pre>: whitespace there is text
  // The page's top-level <article> elements: how many, where the first one lies in `body`, its text.
  let articles = 0;
  let articleDepth = 0;
  let articleFrom = -1;
  let articleTo = -1;
  let articleText = 0;
  let table = 0; // depth of <table>: Readability keeps unlikely elements inside tables
  const inline = new Map<string, boolean[]>(); // per inline tag name, open ones: kept (true) or unwrapped
  // The element being dropped with its subtree: its name, nesting depth and where it started.
  // What a drop may have to undo: the head it had, the <time> it had, and start tags not to drop again.
  let drop: string | null = null;
  let dropDepth = 0;
  let dropAt = -1;
  let dropHead = 0;
  let dropTime: string | null = null;
  let abort = false;
  const keep = new Set<number>();
  let i = 0;
  for (;;) {
    if (drop && (abort || i >= n)) {
      // The dropped element was never closed (browsers close it at the end of its parent, which a
      // linear scan cannot see), or holds what it cannot hold: keep it, reading on from its start
      // tag. Only head and time can have changed since it began; the body was left alone.
      head.length = dropHead;
      time = dropTime;
      keep.add(dropAt);
      i = dropAt;
      drop = null;
      abort = false;
    }
    if (i >= n) break;
    const lt = html.indexOf("<", i);
    const stop = lt < 0 ? n : lt;
    if (stop > i && !drop) {
      if (isBlank(html, i, stop)) {
        if (pre) body.push(html.slice(i, stop));
        else if (!inHead && !prevBlock && !(lt >= 0 && nextIsBlock(html, lt))) body.push(" ");
      } else {
        if (inHead) inHead = false;
        body.push(html.slice(i, stop));
        if (articleDepth > 0 && articles === 1) articleText += options.utf8Bytes ? utf8Chars(html, i, stop) : stop - i;
        prevBlock = false;
      }
    }
    if (lt < 0) {
      i = n;
      continue;
    }
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      i = skipMarkupDeclaration(html, lt);
      continue;
    }
    if (c === 63 /* ? */) {
      i = endOf(html, ">", lt + 2);
      continue;
    }
    if (c === 47 /* / */) {
      const d = html.charCodeAt(lt + 2);
      if (!isLetter(d)) {
        // "</>" is nothing; "</ x>" is a bogus comment up to ">"
        i = endOf(html, ">", lt + 2);
        continue;
      }
      const tag = readTag(html, lt + 2);
      if (!tag) {
        i = n; // the end of the page inside a tag: the tag is dropped
        continue;
      }
      i = tag.end;
      const name = tag.name;
      if (drop) {
        if (name === drop && --dropDepth === 0) drop = null;
        continue;
      }
      if (inHead || name === "html" || name === "head" || name === "body" || VOID.has(name)) continue;
      if (UNWRAP.has(name) && !inline.get(name)?.pop()) continue;
      if (name === "pre" && pre > 0) pre--;
      else if (name === "table" && table > 0) table--;
      body.push(`</${name}>`);
      if (name === "article" && articleDepth > 0 && --articleDepth === 0 && articles === 1) articleTo = body.length;
      prevBlock = BLOCK.has(name);
      continue;
    }
    if (!isLetter(c)) {
      // a "<" that starts no tag is text
      if (!drop) {
        if (inHead) inHead = false;
        body.push("<");
        prevBlock = false;
      }
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt + 1);
    if (!tag) {
      i = n;
      continue;
    }
    i = tag.end;
    const name = tag.name;
    if (RAW_TEXT.has(name)) {
      const close = rawTextEnd(html, name, i);
      const content = html.slice(i, close.start);
      i = close.end;
      if (name === "script" && /^\s*application\/ld\+json\s*$/i.test(attr(tag, "type") ?? "")) head.push(`<script type="application/ld+json">${content}</script>`);
      else if (name === "title" && !title && !drop) {
        title = true;
        head.push(`<title>${content}</title>`);
      }
      continue;
    }
    if (name === "meta") {
      const kept = tag.attrs.filter((a) => META_ATTR.has(a.name));
      if (kept.length > 1) head.push(`<meta${slices(html, kept)}>`);
      continue;
    }
    if (name === "link") {
      if (/^canonical$/i.test(attr(tag, "rel")?.trim() ?? "")) head.push(`<link${slices(html, tag.attrs.filter((a) => a.name === "rel" || a.name === "href"))}>`);
      continue;
    }
    if (name === "time" && time === null) time = attr(tag, "datetime");
    if (drop) {
      if (name === drop && !(tag.selfClosing && FOREIGN.has(name))) dropDepth++;
      else if ((INLINE_WIDGETS.has(drop) && WIDGET_ABORT.has(name)) || (BOILERPLATE.has(drop) && name === "main")) abort = true;
      continue;
    }
    if (inHead) {
      if (HEAD_TAGS.has(name)) continue;
      inHead = false;
    }
    if (name === "html" || name === "head") continue;
    if (name === "body") {
      bodyTag = `<body${slices(html, tag.attrs.filter((a) => a.name === "class" || a.name === "id"))}>`;
      inHead = false;
      continue;
    }
    if ((DROP_SUBTREE.has(name) || (options.dropBoilerplate && BOILERPLATE.has(name)) || (CONTAINERS.has(name) && dropContainer(tag, options, table > 0))) && !keep.has(lt) && keep.size < MAX_UNDONE) {
      if (tag.selfClosing && FOREIGN.has(name)) continue;
      drop = name;
      dropDepth = 1;
      dropAt = lt;
      dropHead = head.length;
      dropTime = time;
      continue;
    }
    if (VOID.has(name) && !VOID_KEPT.has(name)) continue;
    const kept = keptAttrs(tag, options);
    if (UNWRAP.has(name)) {
      // its end tag must know whether this one was kept
      let stack = inline.get(name);
      if (!stack) inline.set(name, (stack = []));
      stack.push(kept.length > 0);
      if (kept.length === 0) continue;
    }
    if (name === "pre") pre++;
    else if (name === "table") table++;
    else if (name === "article" && articleDepth++ === 0 && ++articles === 1) articleFrom = body.length;
    body.push(`<${name}${slices(html, kept)}>`);
    prevBlock = BLOCK.has(name);
  }
  // One article with more text than Readability's threshold: the rest of the page is boilerplate.
  const focus = options.focusArticle && articles === 1 && articleTo > articleFrom && articleText >= 500;
  const text = focus ? body.slice(articleFrom, articleTo).join("") : body.join("");
  return { html: `<!DOCTYPE html><html><head>${head.join("")}</head>${bodyTag}${text}</body></html>`, time };
}

/** Whether Readability would remove this container whole: hidden always, unlikely in its first pass. */
function dropContainer(tag: Tag, options: TrimOptions, inTable: boolean): boolean {
  const cls = attr(tag, "class") ?? "";
  if (attr(tag, "hidden") !== null) return true;
  if (attr(tag, "aria-hidden")?.trim() === "true" && !cls.includes("fallback-image")) return true;
  const style = attr(tag, "style");
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i.test(style)) return true;
  const role = attr(tag, "role");
  if (role === "dialog" && attr(tag, "aria-modal") === "true") return true;
  if (!options.dropUnlikely || inTable) return false;
  if (role !== null && UNLIKELY_ROLES.has(role)) return true;
  const match = cls + " " + (attr(tag, "id") ?? "");
  return UNLIKELY.test(match) && !MAYBE.test(match);
}

function keptAttrs(tag: Tag, options: TrimOptions): Attr[] {
  const out: Attr[] = [];
  for (const a of tag.attrs) {
    if (KEEP_ATTR.has(a.name)) {
      if (options.dropPlainClasses && (a.name === "class" || a.name === "id") && !CLASS_WORDS.test(value(tag, a))) continue;
      out.push(a);
    }
    // hash links weigh less in Readability's link density; other hrefs only need the <a> itself
    else if (a.name === "href" && a.valueEnd - a.valueStart > 1 && tag.page.charCodeAt(a.valueStart) === 35 /* # */) out.push(a);
    // hidden elements are removed by Readability; other inline styles are noise
    else if (a.name === "style" && /none|hidden/i.test(value(tag, a))) out.push(a);
  }
  return out;
}

function slices(html: string, attrs: Attr[]): string {
  let s = "";
  for (const a of attrs) s += " " + html.slice(a.start, a.end);
  return s;
}

function attr(tag: Tag, name: string): string | null {
  for (const a of tag.attrs) if (a.name === name) return value(tag, a);
  return null;
}

function value(tag: Tag, a: Attr): string {
  return tag.page.slice(a.valueStart, a.valueEnd);
}

/** `<!--…-->`, `<![CDATA[…]]>`, `<!doctype …>` or any other `<!…>`: the index after it. */
function skipMarkupDeclaration(html: string, lt: number): number {
  if (html.startsWith("<!--", lt)) {
    // "<!-->" and "<!--->" are complete (empty) comments; an unclosed comment runs to the end
    if (html.charCodeAt(lt + 4) === 62) return lt + 5;
    if (html.startsWith("->", lt + 4)) return lt + 6;
    return endOf(html, "-->", lt + 4);
  }
  if (html.startsWith("[CDATA[", lt + 2)) return endOf(html, "]]>", lt + 9);
  return endOf(html, ">", lt + 2);
}

/** The index after the next `needle` from `from`, or the end of the page. */
function endOf(html: string, needle: string, from: number): number {
  const k = html.indexOf(needle, from);
  return k < 0 ? html.length : k + needle.length;
}

/** Where a raw-text element's content ends (`</name` then space, "/" or ">", any case) and its end tag ends. */
function rawTextEnd(html: string, name: string, from: number): { start: number; end: number } {
  const n = html.length;
  for (let k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
    let j = 0;
    while (j < name.length && (html.charCodeAt(k + 2 + j) | 0x20) === name.charCodeAt(j)) j++;
    if (j < name.length) continue;
    const after = html.charCodeAt(k + 2 + j);
    if (k + 2 + j >= n || isSpace(after) || after === 47 || after === 62) {
      return { start: k, end: endOf(html, ">", k + 2 + j) };
    }
  }
  return { start: n, end: n };
}

/** A tag from its name (at `from`, just after "<" or "</") to its ">", or null at the end of the page. */
function readTag(html: string, from: number): Tag | null {
  const n = html.length;
  let j = from;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isSpace(c) || c === 47 || c === 62) break;
    j++;
  }
  const name = html.slice(from, j).toLowerCase();
  const attrs: Attr[] = [];
  let selfClosing = false;
  for (;;) {
    let c = html.charCodeAt(j);
    while (j < n && (isSpace(c) || c === 47)) {
      selfClosing = c === 47;
      c = html.charCodeAt(++j);
    }
    if (j >= n) return null;
    if (c === 62) return { name, end: j + 1, attrs, selfClosing, page: html };
    selfClosing = false;
    const start = j;
    j++; // the first character of a name may be anything, "=" included
    while (j < n) {
      c = html.charCodeAt(j);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      j++;
    }
    const nameEnd = j;
    let k = j;
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    let valueStart = k;
    let valueEnd = k;
    if (html.charCodeAt(k) === 61 /* = */) {
      k++;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      const q = html.charCodeAt(k);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", k + 1);
        if (close < 0) return null;
        valueStart = k + 1;
        valueEnd = close;
        j = close + 1;
      } else {
        valueStart = k;
        while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== 62) k++;
        valueEnd = k;
        j = k;
      }
    }
    const len = nameEnd - start;
    // only short names can be kept ("aria-hidden" is the longest); data-* and the like are skipped unread
    if (len <= 11) {
      const attrName = html.slice(start, nameEnd).toLowerCase();
      if (READ_ATTR.has(attrName)) attrs.push({ name: attrName, start, end: j, valueStart, valueEnd });
    }
  }
}

function nextIsBlock(html: string, lt: number): boolean {
  let j = lt + 1;
  if (html.charCodeAt(j) === 47) j++;
  const s = j;
  while (j < html.length && isLetterOrDigit(html.charCodeAt(j))) j++;
  return j > s && BLOCK.has(html.slice(s, j).toLowerCase());
}

function isBlank(html: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(html.charCodeAt(k))) return false;
  return true;
}

/** Characters in a slice of UTF-8 bytes read as latin1: every byte but continuation bytes. */
function utf8Chars(bytes: string, from: number, to: number): number {
  let chars = 0;
  for (let k = from; k < to; k++) if ((bytes.charCodeAt(k) & 0xc0) !== 0x80) chars++;
  return chars;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLetterOrDigit(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57);
}
