// Watch rules and the alerts they fire (issue 16): plain, JSON-serialisable data. A rule is
// validated (alerts/rule.ts) before it reaches the store; an alert keeps what fired it: the rule,
// the event(s), the sentence and the article, so that it reads alone in a feed reader.
import type { EventStatus, StoredEvent } from "../store/store.js";

/** A change in a dyad's cooperation–conflict score (query/dyad-series.ts) over a window of days. */
export interface ScoreChange {
  /** drop: the score fell by `by` or more; rise: it rose by `by` or more */
  change: "drop" | "rise";
  by: number;
  windowDays: number;
}

export interface AlertRule {
  /** letters, digits, ".", "_", "-"; unique among the store's rules */
  name: string;
  /** an actor code or id on either side of the event */
  actor: string | null;
  /** two actor codes or ids: events between them (both directions unless directed) */
  pair: [string, string] | null;
  /** with a pair: only events from pair[0] to pair[1] */
  directed: boolean;
  /** PLOVER types ("AGREE"); empty: any */
  types: string[];
  /** event statuses; empty: any */
  statuses: EventStatus[];
  /** the event is reported by at least this many independent stories (near-copies count once) */
  minSources: number;
  /** a score rule (with a pair) instead of an event rule */
  score: ScoreChange | null;
  /** where each alert is POSTed, signed (alerts/deliver-webhook.ts) */
  webhook: string | null;
  /** the webhook may be a loopback or private address */
  allowPrivate: boolean;
}

/** A rule as stored: with its id (a rule removed and added again under its name is another rule,
 * whose alerts start afresh) and when it was added. */
export interface StoredRule extends AlertRule {
  id: string;
  created: string;
}

/** The event an alert fired on, as it stood then: the stored event's own fields, and its stories. */
export interface AlertEvent extends Pick<StoredEvent, "id" | "type" | "cameo" | "status" | "date" | "source" | "target"> {
  /** independent stories that report it, when the alert fired */
  stories: number;
}

export interface AlertScore {
  a: string;
  b: string;
  /** the window that ends at `until` and the one before it, both `windowDays` long (YYYY-MM-DD) */
  since: string;
  until: string;
  previousSince: string;
  before: number;
  after: number;
  change: number;
}

/** What an evaluation found, before the store gives it an id. */
export interface NewAlert {
  rule: string;
  ruleName: string;
  /** "event": an event matched; "score": a dyad's score crossed the rule's threshold */
  kind: "event" | "score";
  /** what makes it one firing of its rule: the event id, or the score window; the store keeps
   * one alert per (rule, key), so that a rule fires once per event or crossing */
  key: string;
  /** one line for people ("AGREE RUS → IRN (planned), 2025-01-17") */
  title: string;
  events: AlertEvent[];
  /** the sentence that reports the (first) event, and its article's own id and address */
  sentence: string | null;
  article: string | null;
  url: string | null;
  score: AlertScore | null;
  /** when it fired (ISO time) */
  created: string;
}

export interface StoredAlert extends NewAlert {
  id: string;
  /** when `dyad alerts check` first showed it (ISO time), or null */
  seen: string | null;
}
