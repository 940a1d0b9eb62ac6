// "Poland's government said it would send more troops to the border. Defence Minister X said the army was ready.",
// "Moldova's government collapsed after its prime minister stepped down. Interior Minister X said ...": a reporter who
// names a state as the possessor of its own government ("Moldova's government", "the Polish cabinet", "the Manila
// government", "its prime minister", "the country's president": titles.json ownGovernmentNouns) and then, in that
// sentence or the next, a holder of a bare office title ("Defence Minister X") means a minister of that government
// (actors/state:government-near).
// Only where one state is so named in the two sentences, and the holder's own sentence names no other state (nor a
// person or body of another): "Poland's foreign minister met his German counterpart, Foreign Minister X" is no Pole, nor
// is "the prime minister" of a story of two governments. A state that opens its clause and acts ("Poland has braced
// itself for refugees. ... Deputy Interior Minister X told Polish Radio") names its government too; a state named inside
// a quotation is the speaker's topic, not another government. A person of a known state keeps it. Per article, linear in
// tokens.
import type { Actor, Doc } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";

const POSSESSIVE = /^['’]s$/;
// ("its government", "the country's prime minister": the state named last before, in that sentence or the one before)
const COUNTRY_NOUN = /^(?:country|nation|state)$/;
// ("his German counterpart": a holder set beside another state's)
const COUNTERPART = /^counterparts?$/;
const CAP = /^\p{Lu}/u;
// (what may open a clause: "..., Ukraine has urged", "and Ukrainian officials said", "said Kyiv had shelled")
const CLAUSE = /^(?:,|;|and|but|while|said|says|that)$/;
const LOCAL = /\b(?:mayor|governor|gov\.)/i;

export interface GovernmentStateContext {
  sentenceOf: Int32Array;
  inBody: Uint8Array;
  /** lower case, one or two words (titles.json ownGovernmentNouns) */
  governmentNouns: Set<string>;
  /** persons with a bare office title, by id: the sentences of those mentions (find-actors.ts) */
  officeSentences: Map<string, number[]>;
}

const stateOf = (a: Actor): string | null => (a.kind === "country" ? a.code : a.kind === "igo" ? null : a.code ?? a.country ?? null);

/** sets the state of stateless office holders near a state's own government (actors/state:government-near) */
export function governmentStates(doc: Doc, actors: Actor[], mentionAt: (PlacedMention | undefined)[], ctx: GovernmentStateContext): void {
  const { sentenceOf, inBody, governmentNouns, officeSentences } = ctx;
  const tokens = doc.tokens;
  let wanted = false;
  for (const a of actors) if (a.kind === "person" && !a.code && !a.country && officeSentences.has(a.id)) wanted = true;
  if (!wanted) return;
  const govAt = (i: number): boolean => {
    const t = tokens[i];
    if (!t) return false;
    const n = tokens[i + 1];
    const end = governmentNouns.has(t.lower) ? i + 1 : !!n && sentenceOf[i + 1] === sentenceOf[i] && governmentNouns.has(`${t.lower} ${n.lower}`) ? i + 2 : -1;
    // (not a title before a name: "French President Pierre Durand and Prime Minister X" may be two states' leaders)
    return end > 0 && !(tokens[end] && sentenceOf[end] === sentenceOf[i] && CAP.test(tokens[end].text));
  };
  // (a verb right after the state, or after its appositive: "Israel, a vocal opponent of the deal, condemned it")
  const actsAt = (e: number, si: number): boolean => {
    let k = e;
    if (tokens[k]?.text === ",") {
      const stop = Math.min(doc.sentences[si].last, k + 12);
      for (k++; k < stop && tokens[k].text !== ","; k++);
      if (k >= stop) return false;
      k++;
    }
    return k < doc.sentences[si].last && (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") && !POSSESSIVE.test(tokens[k].norm);
  };
  // per sentence: where it names a state's own government, and the state
  const anchored = new Map<number, { token: number; state: string }[]>();
  // per sentence: the states that open a clause and act ("Moscow said Kyiv had shelled Russian towns, and Ukrainian
  // officials said ..."): where a government is named, another state acting beside it leaves two sides
  const acting = new Map<number, { token: number; state: string }[]>();
  // per sentence: the states its mentions name
  const named = new Map<number, Set<string>>();
  const anchor = (si: number, token: number, state: string) => {
    const list = anchored.get(si);
    if (list) list.push({ token, state });
    else anchored.set(si, [{ token, state }]);
  };
  let lastCountry: { state: string; sentence: number } | null = null;
  // (inside a quotation, within the sentence: a state the speaker names is no other government of the sentence)
  let quoted = false;
  let quoteSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const si = sentenceOf[i];
    if (si !== quoteSentence) {
      quoted = false;
      quoteSentence = si;
    }
    const q = tokens[i].text;
    if (q === "“") quoted = true;
    else if (q === "”") quoted = false;
    else if (q === '"') quoted = !quoted;
    if (!inBody[i]) continue;
    const m = mentionAt[i];
    if (m && m.token === i && !m.headline) {
      const a = actors[m.actor];
      const st = quoted ? null : stateOf(a);
      if (st) {
        const set = named.get(si);
        if (set) set.add(st);
        else named.set(si, new Set([st]));
      }
      if (a.kind === "country" && a.code && !quoted) {
        lastCountry = { state: a.code, sentence: si };
        const opens = i === doc.sentences[si].first || CLAUSE.test(tokens[i - 1].lower);
        const demonym = m.rule === "actors/dictionary:demonym";
        if (opens && (demonym ? tokens[m.tokenEnd]?.pos === "NOUN" && actsAt(m.tokenEnd + 1, si) : actsAt(m.tokenEnd, si))) {
          const list = acting.get(si);
          if (list) list.push({ token: i, state: a.code });
          else acting.set(si, [{ token: i, state: a.code }]);
        }
        const e = m.tokenEnd;
        // "Moldova's government", "the Polish cabinet" (a demonym right before the noun), "the Manila government" (its
        // capital, after "the")
        const capital = m.rule.startsWith("actors/metonym:capital") && tokens[i - 1]?.lower === "the";
        if (e < tokens.length && sentenceOf[e] === si && ((POSSESSIVE.test(tokens[e].norm) && govAt(e + 1)) || ((m.rule === "actors/dictionary:demonym" || capital) && govAt(e)))) anchor(si, i, a.code);
        // "Poland has braced itself for refugees.", "Ahead of the assault, Ukraine has urged civilians to leave.": a state
        // that opens its clause and acts, a government speaking as its state
        else if (m.rule !== "actors/dictionary:demonym" && (i === doc.sentences[si].first || tokens[i - 1].text === ",") && actsAt(e, si)) anchor(si, i, a.code);
      }
      continue;
    }
    if (m) continue;
    // "its government", "the country's prime minister"
    const t = tokens[i];
    const pronoun = t.lower === "its" && govAt(i + 1);
    const noun = COUNTRY_NOUN.test(t.lower) && tokens[i - 1]?.lower === "the" && POSSESSIVE.test(tokens[i + 1]?.norm ?? "") && govAt(i + 2);
    if ((pronoun || noun) && lastCountry && lastCountry.sentence >= si - 1) anchor(si, i, lastCountry.state);
  }
  if (!anchored.size) return;
  for (const a of actors) {
    // (a member of a government: not a legislator, a judge, a mayor or a governor, whom a story names beside another
    // state's government: "Senator X said Russia's government lied", "Judge X ordered Argentina's government to pay")
    if (a.kind !== "person" || a.code || a.country || a.sector !== "GOV" || LOCAL.test(a.role ?? "")) continue;
    const sentences = officeSentences.get(a.id);
    if (!sentences) continue;
    let state: string | null = null;
    let split = false;
    for (const si of sentences) {
      if (!inBody[doc.sentences[si].first]) continue;
      // (in the holder's own sentence, only a government named before the holder: "Defence Minister X criticised
      // Israel's government" is no minister of Israel's)
      const at = a.mentions.find((x) => !x.headline && sentenceOf[x.token] === si)?.token ?? doc.sentences[si].first;
      const states = new Set<string>();
      for (const x of anchored.get(si) ?? []) if (x.token < at) states.add(x.state);
      for (const x of anchored.get(si - 1) ?? []) states.add(x.state);
      for (const x of acting.get(si) ?? []) if (x.token < at && states.size) states.add(x.state);
      for (const x of acting.get(si - 1) ?? []) if (states.size) states.add(x.state);
      // (two states' governments, or two sides, in the two sentences)
      if (states.size !== 1) continue;
      const st = [...states][0];
      const others = named.get(si);
      if (others && [...others].some((x) => x !== st)) continue;
      if (counterpartIn(doc, si)) continue;
      if (state !== null && state !== st) split = true;
      state = st;
    }
    if (!state || split) continue;
    a.country = a.code = state;
    a.stateRule = "actors/state:government-near";
  }
}

function counterpartIn(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  for (let i = s.first; i < s.last; i++) if (COUNTERPART.test(doc.tokens[i].lower)) return true;
  return false;
}
