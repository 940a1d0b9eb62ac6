// A vow to fight, crush or drive out another party is a threat of force to it (CAMEO 138): "the
// rebels vowed to fight the Russian army", "Netanyahu vowed to eliminate Hamas", "Kyiv pledged to drive
// Russian forces out", "Zelensky swore to liberate Crimea from Russia", "vowed to retake all territory
// seized by Russia". English puts the enemy as the hostile verb's object, after "against", or, for
// ground taken back, after "from" or "seized by". The words are data (event-senses.json vowedFights):
// one of `commitments` and "to", over adverbs and one of `continuers` ("vowed to keep fighting"), one
// of `verbs` (with its particle where it needs one: "drive ... out", "wipe out", "take back"). Not: no
// party in the object ("vowed to fight corruption", "pledged to fight the ruling in court"), a party
// fought for or in ("pledged to fight for the workers", "in Ukraine"), one of the doer's own state
// ("vowed to defeat the Conservatives": an election), a game (one of `gameWords` in the sentence:
// "Brazil vowed to crush Argentina in the final"), a negated vow ("did not vow to"). A hostile act the
// event stage codes itself ("vowed to fight the Russian army", a verb pattern) becomes a threat by its
// intent rule; this reads the rest, and the vow is then one act: no pledge (AGREE) at the vow and no
// planned attack at the hostile verb.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf, FORCE_TYPES, INTENT_TO_HARM } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

// how far the enemy may stand after the hostile verb, in tokens
const REACH = 9;

/** The threats of one sentence made by vows to fight; marks the pledge and the planned attack they replace in `raws`. */
export function vowedFights(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s, layer } = env;
  const vf = lex.vowedFights;
  const out: [RawEvent, Trigger][] = [];
  let games: boolean | null = null;
  for (let c = s.first + 1; c < s.last - 2; c++) {
    if (!vf.commitments.has(tokens[c].lower) || tokens[c + 1].lower !== "to") continue;
    if (/^(not|n't|never)$/.test(tokens[c - 1].lower) || /^(not|n't|never)$/.test(tokens[c - 2]?.lower ?? "")) continue;
    // the hostile verb: over adverbs and "continue to", "keep"
    let h = c + 2;
    while (h < s.last && tokens[h].pos === "ADV") h++;
    if (vf.continuers.has(tokens[h]?.lower ?? "")) h += tokens[h + 1]?.lower === "to" ? 2 : 1;
    if (h >= s.last) continue;
    const particles = vf.verbs.get(tokens[h].lower);
    if (particles === undefined) continue;
    // a vow to fight is no pledge of cooperation (AGREE) at the vow, whoever reads the threat: a
    // pattern of data/events.json that reads the act with its party (the intent rule makes it a
    // threat: "Iran pledged to fight Israel"), a rule that reads the vow's condition or object
    // ("vowed to fight until Israel ends", "vowed to destroy Hamas"), or this one
    const pledges = raws.filter(([ev]) => ev.trigger === c && ev.type === "AGREE");
    const coded = raws.find(([ev]) => ev.trigger === h && ev.target.length && !ev.noAct && /^events\/(verb|noun):/.test(ev.rule) && INTENT_TO_HARM.has(ev.type));
    // (a threat read at the vow with no party, "vowed to avenge the killing of its commander by Israel",
    // leaves the enemy to this rule, and is then the same act)
    const vowThreats = raws.filter(([ev]) => ev.trigger === c && ev.type === "THREATEN");
    if (coded || vowThreats.some(([ev]) => ev.target.length)) {
      for (const [ev] of pledges) ev.noAct = true;
      continue;
    }
    const subj = subjectBefore(env, c);
    if (!subj) continue;
    const own = statesOf(env, subj.actors);
    const foe = (a: number) => layer.actors[a].kind !== "location" && !subj.actors.includes(a) && !own.has(stateOf(env, a) ?? "");
    const enemy = enemyAfter(env, lex, h, particles, foe);
    if (!enemy) continue;
    const target = enemy.actors.filter(foe);
    games ??= tokens.slice(s.first, s.last).some((t) => vf.gameWords.has(t.lower));
    if (games) continue;
    // one act: the vow is the threat, not a pledge of cooperation, and the act vowed has not been done
    for (const [ev] of raws) if ((ev.trigger === c && (ev.type === "AGREE" || ev.type === "THREATEN")) || (ev.trigger === h && FORCE_TYPES.has(ev.type))) ev.noAct = true;
    out.push([
      { type: "THREATEN", cameo: "138", source: subj.actors, target, trigger: c, triggerEnd: c + 1, rule: "events/vowed-fight", statusVerb: c, status: "occurred", refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: enemy.sector ?? null },
      { at: c, end: c + 1, verb: undefined, noun: undefined },
    ]);
  }
  return out;
}


/**
 * The party fought: the first actor group with a `foe` after the hostile verb `h` in its clause, directly or after
 * one of `enemyPrepositions` ("against Ukraine", "from Russia", "seized by Russia"), when the verb's
 * particle (if it needs one) stands in the clause; null at a party fought for ("for the workers").
 */
function enemyAfter(env: SentenceEnv, lex: SenseLexicon, h: number, particles: readonly string[], foe: (a: number) => boolean): Group | null {
  const { tokens, s } = env;
  const vf = lex.vowedFights;
  let found: Group | null = null;
  let hasParticle = particles.includes("");
  for (let q = h + 1; q < s.last && q <= h + REACH; q++) {
    const w = tokens[q].lower;
    if (vf.clauseEnds.has(w) || tokens[q].text === "," || tokens[q].text === ";") break;
    if (particles.includes(w)) hasParticle = true;
    const gi = env.groupAt[q - s.first];
    if (gi < 0) continue;
    const g = env.groups[gi];
    q = g.last - 1;
    if (found) continue;
    // (the verb's own particle is none: "wipe out Hezbollah")
    const prep = tokens[g.first - 1].pos === "ADP" && g.first - 1 > h && !particles.includes(tokens[g.first - 1].lower) ? tokens[g.first - 1].lower : "";
    if (prep && !vf.enemyPrepositions.has(prep)) continue;
    // (a place, or the doer's own side: "avenge the killing of its general by the United States")
    if (!g.actors.some(foe)) continue;
    found = g;
  }
  return hasParticle ? found : null;
}
