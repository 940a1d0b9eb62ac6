// What makes two articles the same: the same URL (normalised) or the same normalised text.
import { createHash } from "node:crypto";

/** Text as compared for identity: Unicode NFKC, curly quotes and dashes made plain, runs of
 * whitespace made one space, lower case. Two copies that differ only in layout are one article. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

/** A hex SHA-256 of the normalised text (the first 32 digits: 128 bits). */
export function textHash(text: string): string {
  return normalisedTextHash(normaliseText(text));
}

/** textHash of a text already normalised (normaliseText), for a caller that needs the normal form too. */
export function normalisedTextHash(normalised: string): string {
  return createHash("sha256").update(normalised).digest("hex").slice(0, 32);
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** A URL as compared for identity: scheme and host in lower case, no fragment, no tracking
 * parameters, no trailing slash. Not a URL (no scheme): the trimmed string itself. */
export function normaliseUrl(url: string): string {
  const s = url.trim();
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return s;
  }
  u.hash = "";
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.slice(0, -1);
  return u.toString();
}

/** Whether a key given to hasArticle is a URL (else it is a text hash). */
export function looksLikeUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s.trim());
}
