// Shared presentation rules: the cooperation–conflict colour of a score, numbers, dates.

/** Per-event score → colour: -2 (material conflict) red, 0 grey, +2 (material cooperation) blue-green. */
export function scoreColor(score: number, count: number): string {
  const mean = count > 0 ? Math.max(-1, Math.min(1, score / count / 2)) : 0;
  const grey: Rgb = [150, 150, 150];
  const end: Rgb = mean < 0 ? [200, 30, 30] : [20, 120, 190];
  const t = Math.abs(mean);
  return rgb(grey.map((g, i) => Math.round(g + (end[i] - g) * t)) as Rgb);
}
type Rgb = [number, number, number];
const rgb = ([r, g, b]: Rgb) => `rgb(${r},${g},${b})`;

/** The colour of a PLOVER type: cooperation blues/greens, conflict oranges/reds. */
const TYPE_COLORS: Record<string, string> = {
  AGREE: "#6baed6",
  CONSULT: "#9ecae1",
  SUPPORT: "#4292c6",
  CONCEDE: "#c6dbef",
  COOPERATE: "#238b45",
  AID: "#41ab5d",
  RETREAT: "#a1d99b",
  REQUEST: "#fdd0a2",
  ACCUSE: "#fdae6b",
  REJECT: "#fd8d3c",
  THREATEN: "#e6550d",
  PROTEST: "#fcbba1",
  SANCTION: "#fb6a4a",
  MOBILIZE: "#a50f15",
  COERCE: "#cb181d",
  ASSAULT: "#67000d",
};
export const typeColor = (type: string) => TYPE_COLORS[type] ?? "#bbbbbb";

export const KIND_COLORS: Record<string, string> = { country: "#1a6fb0", organization: "#8e44ad", person: "#e67e22" };
export const kindColor = (kind: string) => KIND_COLORS[kind] ?? "#7f8c8d";

export const num = (n: number) => n.toLocaleString("en-US");
export const signed = (n: number) => (n > 0 ? `+${num(n)}` : num(n));

/** An article's own URL as a link target only when it is http(s): a stored "javascript:" URL stays text. */
export const webUrl = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/** "1 month", "6 months": a count with its noun in the right number (plural: given, or noun + "s"). */
export const count = (n: number, noun: string, plural = `${noun}s`) => `${num(n)} ${n === 1 ? noun : plural}`;

/** What a rule's parts say, in words (the rule id itself goes on hover). */
const RULE_PARTS: Record<string, string> = {
  infinitive: "with a to-infinitive",
  passive: "passive",
  negated: "negated",
  intent: "as an intent",
  subject: "the speaker's subject",
  "sole-party": "the speaker's side alone",
  speaker: "the speaker's side",
  "that-clause": "in a that-clause",
  "same-speaker": "the same speaker",
};

/** A rule id in plain words: "events/verb:engage-in-talks+infinitive+intent" → `verb “engage in
 * talks”, with a to-infinitive, as an intent`; "events/noun:visit-noun+background:during" → `noun
 * “visit”, background (after “during”)`. An id of another shape is shown as its words. */
export function ruleWords(rule: string): string {
  const [head, ...mods] = rule.replace(/^events\//, "").split("+");
  const [family, name] = head.split(":");
  const words = (s: string) => s.replace(/-noun$/, "").replace(/^speech-/, "").replace(/-/g, " ");
  // PETRARCH-2's patterns (data/events-petrarch2*.json) are numbered: "p2-apply-sanction-163"
  const p2 = name ? /^p2-(.+)-\d+$/.exec(name) : null;
  const what = p2 ? `PETRARCH-2 ${words(family)} “${words(p2[1])}”` : name ? `${words(family)} “${words(name)}”` : words(family);
  const parts = mods.map((m) => {
    const [k, v] = m.split(":");
    if (k === "background") return v ? `background (after “${v}”)` : "background";
    return RULE_PARTS[m] ?? words(m);
  });
  return [what, ...parts].join(", ");
}
