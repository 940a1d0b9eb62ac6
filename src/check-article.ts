// Checks an article before extraction: text present, not binary, not too large, its publication
// date a real one (YYYY-MM-DD, optionally with a time: calendar-date.ts); control characters
// become spaces (one for one, so offsets into the original text still hold).
import type { Article } from "./model/types.js";
import { parseCalendarDate } from "./calendar-date.js";
import { DyadError } from "./errors.js";

/** --max-chars by default: the longest article extracted, in characters (UTF-16 code units). */
export const DEFAULT_MAX_CHARS = 2_000_000;

// C0 controls except tab, line feed, carriage return; DEL; C1 controls
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function checkArticle(article: Article, maxChars: number): { article: Article; warnings: string[] } {
  const id = article.id;
  if (typeof article.text !== "string") throw new DyadError("E_NO_TEXT_FIELD", undefined, { id });
  const text = article.text;
  if (text.length > maxChars) throw new DyadError("E_TOO_LARGE", `${text.length} characters, limit ${maxChars}`, { id });
  if (!/[\p{L}\p{N}]/u.test(text)) throw new DyadError("E_EMPTY_TEXT", text.length ? "only white space, punctuation or control characters" : "empty", { id });
  if (article.published != null && (typeof article.published !== "string" || !parseCalendarDate(article.published)))
    throw new DyadError("E_BAD_DATE", `published ${JSON.stringify(article.published)} is no calendar date`, { id });
  const warnings: string[] = [];
  let controls = 0;
  const clean = text.replace(CONTROL, () => {
    controls++;
    return " ";
  });
  if (controls) {
    if (controls > text.length * 0.1) throw new DyadError("E_EMPTY_TEXT", `${controls} control characters: binary data, not text`, { id });
    warnings.push(`${controls} control character${controls > 1 ? "s" : ""} replaced by spaces`);
  }
  return { article: controls ? { ...article, text: clean } : article, warnings };
}
