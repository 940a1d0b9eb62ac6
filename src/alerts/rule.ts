// A watch rule as the user gives it (flags of `dyad alerts add`, or JSON) → a validated AlertRule.
// zod checks each field; the checks across fields (a score rule needs a pair, ...) follow, each
// with a message that names the flag to change. A bad rule is refused whole, with every reason.
import { z } from "zod";
import { DyadError } from "../errors.js";
import type { AlertRule } from "../model/alerts.js";
import { QUAD_OF_TYPE } from "../query/plover-quads.js";
import { checkUrl } from "../sources/fetch-url.js";
import type { EventStatus } from "../store/store.js";

export const EVENT_STATUSES: readonly EventStatus[] = ["occurred", "ongoing", "planned", "claimed", "denied", "hypothetical"];
export const PLOVER_TYPES: readonly string[] = Object.keys(QUAD_OF_TYPE);

const actor = z
  .string()
  .trim()
  .min(1, "an actor is a code (RUS) or an actor id (person:vladimir-putin)")
  .max(200)
  .refine((s) => !/\s/.test(s), "an actor is a code (RUS) or an actor id, without spaces (names are resolved before the rule is made)");

/** What a rule is made from: the flags of `dyad alerts add`, or the same keys in JSON. */
export const RuleInput = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "a rule's name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"),
    actor: actor.optional(),
    pair: z.tuple([actor, actor]).optional(),
    directed: z.boolean().optional(),
    types: z
      .array(z.string().transform((t) => t.toUpperCase()).refine((t) => PLOVER_TYPES.includes(t), { error: (iss) => `${String(iss.input)} is not a PLOVER type (one of ${PLOVER_TYPES.join(", ")})` }))
      .optional(),
    statuses: z.array(z.enum(EVENT_STATUSES as [EventStatus, ...EventStatus[]], { message: `a status is one of ${EVENT_STATUSES.join(", ")}` })).optional(),
    minSources: z.number().int("--min-sources is a whole number").min(1, "--min-sources is at least 1").max(1000).optional(),
    scoreDrop: z.number().positive("--score-drop is a number above 0").finite().optional(),
    scoreRise: z.number().positive("--score-rise is a number above 0").finite().optional(),
    window: z.string().optional(),
    webhook: z.string().optional(),
    allowPrivate: z.boolean().optional(),
  })
  .strict();

export type RuleInput = z.input<typeof RuleInput>;

/** "30d", "4w", "1y" → days (1 to 3660). */
export function parseWindow(text: string): number | null {
  const m = /^(\d{1,4})\s*([dwy])$/i.exec(text.trim());
  if (!m) return null;
  const days = Number(m[1]) * { d: 1, w: 7, y: 365 }[m[2].toLowerCase() as "d" | "w" | "y"];
  return days >= 1 && days <= 3660 ? days : null;
}

/** Validates a rule; throws E_ALERT_RULE with every reason, one per line, when it is not one. */
export function parseRule(input: unknown): AlertRule {
  const parsed = RuleInput.safeParse(input);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => (i.path.length ? `${flagOf(String(i.path[0]))}: ${i.message}` : i.message));
    throw ruleError(reasons, input);
  }
  const r = parsed.data;
  const reasons: string[] = [];
  if (r.actor && r.pair) reasons.push("give --actor or --pair, not both");
  if (r.directed && !r.pair) reasons.push("--directed needs --pair A B (from A to B)");
  if (r.pair && r.pair[0].toUpperCase() === r.pair[1].toUpperCase()) reasons.push("--pair needs two different actors");
  const scoreBy = r.scoreDrop ?? r.scoreRise;
  if (r.scoreDrop !== undefined && r.scoreRise !== undefined) reasons.push("give --score-drop or --score-rise, not both (two rules watch both ways)");
  let windowDays: number | null = null;
  if (scoreBy !== undefined) {
    if (!r.pair) reasons.push("a score rule watches a dyad: give --pair A B");
    if (r.types?.length) reasons.push("a score rule counts every type of event: leave out --type");
    if (r.minSources !== undefined) reasons.push("--min-sources is for event rules, not score rules");
    if (r.window === undefined) reasons.push("a score rule needs --window (30d, 8w, 1y)");
    else if ((windowDays = parseWindow(r.window)) === null) reasons.push(`--window ${JSON.stringify(r.window)} is not a number of days, weeks or years from 1 day to 10 years (30d, 8w, 1y)`);
  } else {
    if (r.window !== undefined) reasons.push("--window goes with --score-drop or --score-rise");
    if (!r.actor && !r.pair && !r.types?.length) reasons.push("the rule would fire on every event: give --actor, --pair or --type");
  }
  let webhook: string | null = null;
  if (r.webhook !== undefined) {
    try {
      webhook = checkUrl(r.webhook, r.allowPrivate ?? false).href;
    } catch (e) {
      reasons.push(`--webhook: ${(e as Error).message.replace(/^\[E_[A-Z_]+\] [^:]+: /, "")}`);
    }
  } else if (r.allowPrivate) reasons.push("--allow-private goes with --webhook");
  if (reasons.length) throw ruleError(reasons, input);
  return {
    name: r.name,
    actor: r.actor ? canonicalActor(r.actor) : null,
    pair: r.pair ? [canonicalActor(r.pair[0]), canonicalActor(r.pair[1])] : null,
    directed: r.directed ?? false,
    types: [...new Set(r.types ?? [])],
    statuses: [...new Set(r.statuses ?? [])],
    minSources: r.minSources ?? 1,
    score: scoreBy !== undefined && windowDays !== null ? { change: r.scoreDrop !== undefined ? "drop" : "rise", by: scoreBy, windowDays } : null,
    webhook,
    allowPrivate: r.allowPrivate ?? false,
  };
}

/** Codes in any case are one code ("rus" → "RUS"); an actor id (with a colon) stays as it is. */
export function canonicalActor(a: string): string {
  return a.includes(":") ? a : a.toUpperCase();
}

const FLAGS: Record<string, string> = { minSources: "--min-sources", scoreDrop: "--score-drop", scoreRise: "--score-rise", allowPrivate: "--allow-private", types: "--type", statuses: "--status" };
const flagOf = (key: string): string => FLAGS[key] ?? (key === "name" ? "NAME" : `--${key}`);

function ruleError(reasons: string[], input: unknown): DyadError {
  const name = (input as { name?: unknown } | null)?.name;
  return new DyadError("E_ALERT_RULE", `${typeof name === "string" ? `rule ${JSON.stringify(name)}: ` : ""}${reasons.join("; ")}`, { reasons });
}
