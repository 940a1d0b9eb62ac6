// What the actor stage assigns: the actors of a document and, per token, the mention covering it.
import type { Actor, Mention } from "../../model/types.js";

export interface PlacedMention extends Mention {
  actor: number;
  /** first token after the mention */
  tokenEnd: number;
}

export interface ActorLayer {
  actors: Actor[];
  /** per token: the mention that covers it, or undefined */
  mentionAt: (PlacedMention | undefined)[];
  /** title phrases that name no one ("the Kremlin spokesperson", "an EU official"): for speakers */
  roleNPs: RoleNP[];
}

/** "a Downing Street spokesperson", "the president": a role, maybe resolved to a person. */
export interface RoleNP {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** the person it refers to, when coreference found one */
  actor: number | null;
  /** the state or organisation in the phrase ("Downing Street" → GBR actor) */
  affiliation: number | null;
}
