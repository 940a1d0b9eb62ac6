// What arrives says what the arrival is. "Arrive in" is a visit (CONSULT 042) when people arrive
// ("Guterres has arrived in Ukraine", "the delegation arrived in Moscow"); PETRARCH-2 codes the same
// verb by what its subject names (CAMEO.2.0.txt, ARRIVE): peacekeepers arriving are peacekeeping
// (AID 074: "NATO peacekeeping troops have arrived in Bosnia"), aid and relief arriving are aid (AID
// 073: "the first relief convoy arrived in Gaza"), arms arriving are military aid (AID 072: "German
// anti-aircraft systems arrive in Ukraine"). Forces that arrive are no visit either, and whether they
// come to help or to fight the verb does not say ("Russian troops arrived in Belarus"): no event of
// this verb. Nor do people who travel on their own business make a visit ("migrants arriving at the
// US border"). The subject's head noun is the word right before the verb group ("NATO peacekeeping
// troops have arrived": troops), within the phrase the actor heads. Word lists: data/event-senses.json
// arrivals.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { pronounPossessor } from "./find-parties.js";

/** Re-type or drop the visits of the sentence whose subject is no visitor. */
export function arrivals(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const words = lex.arrivals;
  for (const [ev, t] of raws) {
    if (!t.verb || !words.patterns.has(t.verb.id) || ev.type !== "CONSULT") continue;
    // ("had arrived on Ukrainian soil", "arrived on Chinese territory": the land is the place reached)
    if (!ev.target.length) {
      const land = landAfter(env, ev.triggerEnd, words.lands);
      if (land) [ev.target, ev.targetSector] = [land.actors, null];
    }
    // over the verb group: "have arrived", "are arriving", "had finally arrived"
    let k = ev.trigger - 1;
    while (k >= s.first && /^(AUX|ADV|PART)$/.test(tokens[k].pos)) k--;
    if (k < s.first) continue;
    const arriving = (w: string) => words.forces.has(w) || words.things.has(w) || words.relief.has(w) || words.travellers.has(w);
    // ("Peacekeepers from Kenya arrived", "Refugees from Ukraine arrived": the name is the head's origin)
    let origin: Group | null = null;
    const named = env.groupAt[k - s.first];
    if (named >= 0) {
      const g = env.groups[named];
      if (g.first - 2 >= s.first && /^(from|of)$/.test(tokens[g.first - 1].lower) && arriving(tokens[g.first - 2].lower)) [origin, k] = [g, g.first - 2];
    }
    // ("its $800m tranche of helicopters, howitzers and Humvees had arrived": a lot of arms arrives)
    const lot = !origin && !arriving(tokens[k].lower) ? lotOfArms(env, k, words.things, lex.suppliedArms.weapons, lex.aidContainers) : -1;
    if (lot >= 0) k = lot;
    const head = tokens[k].lower;
    // (a name right before the verb is the one who arrives: "Guterres has arrived")
    if (!origin && lot < 0 && env.groupAt[k - s.first] >= 0 && !words.forces.has(head) && !words.things.has(head) && !words.travellers.has(head)) continue;
    // ("Japanese rescue workers have arrived in Nepal", "a Turkish medical team arrived": relief, no visit)
    const reliefTeam = words.teams.has(head) && k > s.first && words.reliefModifiers.has(tokens[k - 1].lower);
    if (arriving(head) || reliefTeam || lot >= 0) {
      // the words of the subject's phrase before its head ("NATO peacekeeping troops", "UN peacekeepers",
      // over a noun of number and its "of": "the first contingent of Dutch peacekeepers")
      let q = k;
      // ("peacekeeping" may be read as a gerund)
      while (q > s.first && k - q < 8 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[q - 1].pos) || /^[$£€]$/.test(tokens[q - 1].text) || /ing$/.test(tokens[q - 1].lower) || (tokens[q - 1].lower === "of" && q - 2 >= s.first && tokens[q - 2].pos === "NOUN"))) q--;
      const phrase = tokens.slice(q, k + 1).map((w) => w.lower);
      // (the subject search stops at a name after "of" or "from": the one the head's phrase names is the arrival's doer)
      if (!ev.source.length) {
        // ("the Pentagon said its tranche of howitzers had arrived": the lot's possessive pronoun)
        const own = origin ?? firstGroup(env, q, k + 1) ?? (q > s.first && /^(its|their)$/.test(tokens[q - 1].lower) ? pronounPossessor(env, q - 1) : null);
        if (own) [ev.source, ev.sourceSector] = [own.actors, own.sector ?? null];
      }
      const code = phrase.some((w) => words.peacekeeping.has(w)) ? "074" : words.relief.has(head) || reliefTeam ? "073" : words.things.has(head) || lot >= 0 ? "072" : null;
      if (code) Object.assign(ev, { type: "AID", cameo: code, rule: `${ev.rule}+${code === "074" ? "peacekeepers" : code === "073" ? "relief" : "arms"}` });
      else ev.noAct = true;
    }
  }
}

/** The first actor group that lies within tokens [from, to). */
function firstGroup(env: SentenceEnv, from: number, to: number): Group | null {
  for (let q = from; q < to; q++) if (env.groupAt[q - env.s.first] >= 0) return env.groups[env.groupAt[q - env.s.first]];
  return null;
}

/**
 * The land named after "on" right after the verb: "arrived on Ukrainian soil", "on Russian territory",
 * "on the island's shores" is no state; null when "on" is not followed by a state's name and a noun of
 * land (words.lands).
 */
function landAfter(env: SentenceEnv, k: number, lands: ReadonlySet<string>): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let q = k;
  while (q < s.last && q - k < 3 && tokens[q].pos === "ADV") q++;
  if (tokens[q]?.lower !== "on") return null;
  q++;
  if (tokens[q]?.lower === "the") q++;
  const gi = q < s.last ? groupAt[q - s.first] : -1;
  if (gi < 0 || groups[gi].first !== q) return null;
  let h = groups[gi].last;
  if (/^['’]s?$/.test(tokens[h]?.text ?? "")) h++;
  return lands.has(tokens[h]?.lower ?? "") ? groups[gi] : null;
}

/**
 * The noun of a lot whose "of" phrase lists the things that arrive, ending at `k`: "its tranche of
 * helicopters, howitzers and Humvees" (tranche), when one of the things listed is arms (the things that
 * arrive as arms, or the weapons of suppliedArms); -1 when none.
 */
function lotOfArms(env: SentenceEnv, k: number, things: ReadonlySet<string>, weapons: ReadonlySet<string>, lots: ReadonlySet<string>): number {
  const { tokens, s } = env;
  let armed = false;
  for (let q = k; q > s.first && k - q < 12; q--) {
    const t = tokens[q];
    if (t.lower === "of") return armed && lots.has(tokens[q - 1].lower) ? q - 1 : -1;
    if (things.has(t.lower) || weapons.has(t.lower)) armed = true;
    if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(t.pos) && t.text !== "," && t.lower !== "and" && t.text !== "-") return -1;
  }
  return -1;
}
