// The nesting depth read from markup, before any DOM is built: it agrees with the DOM linkedom
// builds (implied end tags, void elements, raw text, stray end tags), and stops early on a deep page.
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { htmlDepth } from "../../src/sources/html-depth.js";

/** The depth of linkedom's DOM for the same markup (html = 1), walked without recursion. */
function domDepth(html: string): number {
  const { document } = parseHTML(html);
  let max = 0;
  const stack: [Element, number][] = [[document.documentElement as unknown as Element, 1]];
  while (stack.length) {
    const [e, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

describe("htmlDepth", () => {
  const cases = {
    plain: "<html><body><div><p>a <b>b</b></p></div></body></html>",
    "implied end tags": "<html><body><ul><li>a<li>b<li><p>c<p>d<div>e</div></ul><dl><dt>x<dd>y<dt>z</dl></body></html>",
    "void and self-closed": "<html><body><div><br><img src=x><hr/><input><span/>text</div></body></html>",
    "raw text holding markup": "<html><head><script>var s = '<div><div><div>';</script><title><b><i></title></head><body><p>x</p></body></html>",
    "quoted > in attributes": '<html><body><div title="a > b"><div data-x=\'<div>\'><p>x</p></div></div></body></html>',
    "stray end tags": "<html><body></span></div><div><p>x</p></section></div></body></html>",
    comments: "<html><body><!-- <div><div><div> --><div>x</div></body></html>",
    "table rows": "<html><body><table><tr><td>a<td>b<tr><td>c</table></body></html>",
  };
  for (const [name, html] of Object.entries(cases)) {
    it(`agrees with linkedom's DOM: ${name}`, () => {
      // linkedom adds no <head>/<body> that the markup lacks, so the two count the same elements
      expect(htmlDepth(html)).toBe(domDepth(html));
    });
  }

  it("counts 5,000 nested <div>s, closed or not, and stops just past the limit", () => {
    const closed = "<html><body>" + "<div>".repeat(5000) + "x" + "</div>".repeat(5000) + "</body></html>";
    expect(htmlDepth(closed)).toBe(5002);
    expect(htmlDepth("<div>".repeat(5000))).toBe(5000);
    expect(htmlDepth(closed, 128)).toBe(129);
    // a long flat page is shallow however long it is
    expect(htmlDepth("<html><body>" + "<p>para</p>".repeat(50_000) + "</body></html>")).toBe(3);
  });
});
