// How deeply a page's elements nest, measured on the markup in one linear pass, before any DOM is
// built: linkedom's parse and Readability's scoring (which walks each node's ancestors and, in
// _getTextDensity and _cleanConditionally, each node's descendants) grow with the square of the
// depth, so that 5,000 nested <div>s (30 KB) took minutes and then overflowed the stack. The scan
// keeps a stack of open element names and closes them as htmlparser2 (linkedom's tokenizer) does:
// an end tag closes up to its open element, or nothing when none is open; a start tag first closes
// the elements its name implies (htmlparser2's openImpliesClose: <p> closes an open <p>, <li> an
// <li>, a block a <p>...); void elements, self-closed SVG and MathML ones and raw text open nothing. The result is
// the depth linkedom would build, give or take the rare page that relies on adoption rules.

const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "iframe", "noscript", "noembed", "noframes", "plaintext"]);

// htmlparser2's openImpliesClose: a start tag of the key closes these while one is the innermost.
const TABLE_SECTION = new Set(["thead", "tbody"]);
const DD_DT = new Set(["dt", "dd"]);
const RT_RP = new Set(["rt", "rp"]);
const P = new Set(["p"]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["p", P],
  ["h1", HEADING], ["h2", HEADING], ["h3", HEADING], ["h4", HEADING], ["h5", HEADING], ["h6", HEADING],
  ["select", new Set(["input", "select", "textarea"])],
  ["input", new Set(["input", "select", "textarea"])],
  ["output", new Set(["input", "select", "textarea"])],
  ["button", new Set(["input", "select", "textarea"])],
  ["datalist", new Set(["input", "select", "textarea"])],
  ["textarea", new Set(["input", "select", "textarea"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ["address", P], ["article", P], ["aside", P], ["blockquote", P], ["details", P], ["div", P], ["dl", P],
  ["fieldset", P], ["figcaption", P], ["figure", P], ["footer", P], ["form", P], ["header", P], ["hr", P],
  ["main", P], ["nav", P], ["ol", P], ["pre", P], ["section", P], ["table", P], ["ul", P],
  ["rt", RT_RP],
  ["rp", RT_RP],
  ["tbody", TABLE_SECTION],
  ["tfoot", TABLE_SECTION],
]);

/** The deepest nesting of elements in `html`; the scan stops as soon as it passes `limit` (and
 * then returns limit + 1), so that a hostile page costs no more than a normal one. */
export function htmlDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  const n = html.length;
  const stack: string[] = [];
  let max = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      // comment, doctype, CDATA or processing instruction: nothing opens
      const end = html.startsWith("<!--", lt) ? html.indexOf("-->", lt + 4) : html.indexOf(">", lt + 2);
      i = end < 0 ? n : end + (html.startsWith("<!--", lt) ? 3 : 1);
      continue;
    }
    const closing = c === 47; /* / */
    const from = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(from))) {
      i = lt + 1; // a lone "<" is text
      continue;
    }
    let j = from;
    while (j < n && !isNameEnd(html.charCodeAt(j))) j++;
    const name = html.slice(from, j).toLowerCase();
    const gt = tagEnd(html, j);
    i = gt < 0 ? n : gt + 1;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1])) stack.pop();
    if (VOID.has(name)) continue;
    // "/>" closes an element only in SVG and MathML; in HTML (<span/>) it is ignored
    if (gt > 0 && html.charCodeAt(gt - 1) === 47 && (name === "svg" || name === "math" || stack.includes("svg") || stack.includes("math"))) continue;
    if (RAW_TEXT.has(name)) {
      // its text may hold anything that looks like markup: skip to its own end tag
      const end = indexOfEndTag(html, name, i);
      i = end < 0 ? n : end;
      continue;
    }
    stack.push(name);
    if (stack.length > max) {
      max = stack.length;
      if (max > limit) return max;
    }
  }
  return max;
}

/** The ">" that ends a tag whose name ends at `from`; quoted attribute values may hold ">". */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let k = from; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // a quote opens a value only after "="
      let b = k - 1;
      while (b > from && isSpace(html.charCodeAt(b))) b--;
      if (html.charCodeAt(b) === 61) quote = c;
    } else if (c === 62) return k;
  }
  return -1;
}

const END_TAG = new Map<string, RegExp>();
function indexOfEndTag(html: string, name: string, from: number): number {
  let re = END_TAG.get(name);
  if (!re) END_TAG.set(name, (re = new RegExp(`</${name}`, "gi")));
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 47 || c === 62;
}
