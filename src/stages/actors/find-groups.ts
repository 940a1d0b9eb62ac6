// Groups and organisations that no dictionary names, found from their head words (data/groups.json):
//   - organisation names: capitalised runs around a head word ("Islamic Salvation Front", "Nigerian
//     Union of Teachers", "Forces for Defence of Democracy");
//   - minorities: "ethnic Albanians", "ethnic Albanian guerrillas" (the state is where they live);
//   - unnamed groups: "Shona rebels", "Moslem fundamentalist demonstrators", "students throughout
//     Indonesia".
// Each takes its state from a state word inside it, else from "in/of/throughout X" after it, else
// from the sentence when the sentence names exactly one state; a group with no state is left out,
// since an event needs a code on both sides. A pure function of the Doc and the mentions found so far.
import type { Actor, Doc, Sentence, Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";
import type { PlacedMention } from "./actor-layer.js";
import { recentState, stateOf, topState } from "./recent-state.js";
import { ethnicGroups, populations } from "./ethnic-groups.js";
import { basedGroups } from "./based-groups.js";
import { forceOwner } from "./force-owners.js";
import { speaksAsBody } from "./speaking-body.js";

export interface GroupPhrase {
  /** token range of the phrase */
  first: number;
  last: number;
  kind: "organization" | "group";
  name: string;
  sector: string;
  /** the group's state; "" for a phrase that names none here (it only holds its tokens) */
  country: string;
  /** how the state was found, for the mention's rule */
  rule: string;
  /** the phrase names the state itself ("the government", "the authorities"): a mention of the country
   * (every phrase is made with this field, undefined when not: one hidden class for the loops that read them) */
  state: true | undefined;
}

const CAP_RE = /^\p{Lu}/u;
const BORDER_WORDS = /^(border|borders|frontier|frontiers)$/;
const OWNERS = /^(its|their|his|her|our|my|your|whose|'s|'|a|an|no|any|every|each|another)$/;
const OF_WORDS = new Set(["of", "for"]);
const PLACE_PREPS = new Set(["in", "of", "throughout", "across", "from", "inside"]);
const NOT_MODIFIERS = /^(the|a|an|some|many|most|all|several|other|these|those|their|its|his|her|our|group|groups|members|number|one|two|three)$/;

export interface GroupContext {
  doc: Doc;
  mentionAt: (PlacedMention | undefined)[];
  actors: Actor[];
  lexicon: Lexicon;
  /** 1 where the token is in the article's body (not a dateline or linked headline) */
  inBody: Uint8Array;
}

export function findGroupPhrases(ctx: GroupContext): GroupPhrase[] {
  const out: GroupPhrase[] = [];
  // (the state the story names most, computed once per article when a bare noun needs it)
  let top: string | null | undefined;
  const story = () => (top === undefined ? (top = topState(ctx.doc, ctx.mentionAt, ctx.actors)) : top);
  for (const [si, s] of ctx.doc.sentences.entries()) {
    if (s.headline) continue;
    const taken = new Set<number>();
    // (a people's armed group, a people in another state and a group with a base before the unnamed groups:
    // "Karen guerrillas" is Myanmar's wherever the sentence places it, ethnic-groups.ts; "Gaza-based
    // militants" are of Gaza's state, based-groups.ts)
    for (const g of [...organizationNames(ctx, s), ...minorities(ctx, s, story), ...populations(ctx, s), ...ethnicGroups(ctx, s, story), ...basedGroups(ctx, s), ...unnamedGroups(ctx, s, si, story)]) {
      let free = true;
      for (let k = g.first; k < g.last; k++) if (taken.has(k)) free = false;
      if (!free) continue;
      for (let k = g.first; k < g.last; k++) taken.add(k);
      out.push(g);
    }
  }
  // (a phrase with no country, a people's group with no state of its own here, holds its tokens so no nearby
  // state is taken for it: find-actors.ts clears the mentions inside it and makes no actor)
  return out.sort((a, b) => a.first - b.first);
}

function isStateWord(m: PlacedMention | undefined, actors: Actor[]): boolean {
  return !!m && actors[m.actor].kind === "country" && /(country|demonym)$/.test(m.rule);
}

/**
 * The state the sentence is about, outside [first, last): the one it names most often, when no other
 * is named as often ("Turkish police ... students ... AKP offices in Sivas ... troops to Iraq" → TUR);
 * null when it names none, or two as often as each other.
 */
function sentenceState(ctx: GroupContext, s: Sentence, first: number, last: number, except: string | null = null, rebels = false): string | null {
  const counts = new Map<string, number>();
  let placed: Set<string> | undefined;
  for (let k = s.first; k < s.last; k++) {
    if (k >= first && k < last) continue;
    const m = ctx.mentionAt[k];
    if (!m || m.token !== k) continue;
    // ("near the Thai border": a border is the edge of two states, no sign of whose the group is)
    if (BORDER_WORDS.test(ctx.doc.tokens[m.tokenEnd]?.lower ?? "")) continue;
    const c = stateOf(ctx.actors[m.actor]);
    if (c && c !== except) counts.set(c, (counts.get(c) ?? 0) + 1);
    // ("Rebels fought against American troops": the owner of armed forces counts, but alone does not place rebels, force-owners.ts)
    if (c && rebels && !forceOwner(ctx.doc.tokens, m, ctx.lexicon)) (placed ??= new Set()).add(c);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  if (rebels && !placed?.has(ranked[0][0])) return null;
  return ranked[0][0];
}

/** Whether the sentence names no state at all (by any mention that has one). */
function noStateNamed(ctx: GroupContext, s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const m = ctx.mentionAt[k];
    if (m && m.token === k && stateOf(ctx.actors[m.actor])) return false;
  }
  return true;
}

/** "in Serbia", "throughout Indonesia", "of southern Serbia", "in central and eastern Ukraine" right after the phrase. */
function stateAfter(ctx: GroupContext, s: Sentence, last: number): string | null {
  const t = ctx.doc.tokens[last];
  if (!t || !PLACE_PREPS.has(t.lower)) return null;
  for (let k = last + 1; k < Math.min(s.last, last + 5); k++) {
    const m = ctx.mentionAt[k];
    if (m) return m.token === k ? stateOf(ctx.actors[m.actor]) : null;
    // ("in central and eastern Ukraine")
    if (!/^(the|southern|northern|eastern|western|central|south|north|east|west|rural|and)$/.test(ctx.doc.tokens[k].lower)) return null;
  }
  return null;
}

function phraseText(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end);
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && CAP_RE.test(t.text) && t.lower !== "the";
}

function organizationNames(ctx: GroupContext, s: Sentence): GroupPhrase[] {
  const { doc, mentionAt, actors, lexicon } = ctx;
  const tokens = doc.tokens;
  const out: GroupPhrase[] = [];
  // a mention inside an organisation's name: a state word, or a run that was taken for a person
  const absorbable = (m: PlacedMention | undefined) => !m || isStateWord(m, actors) || (actors[m.actor].kind === "person" && !m.rule.includes("dictionary"));
  for (let i = s.first; i < s.last; i++) {
    let sector = lexicon.organizationHeads.get(tokens[i].norm);
    // a head inside a name the dictionaries know ("Soviet Union", "European Union") is that name's
    const own = mentionAt[i];
    if (!sector || !ctx.inBody[i] || (own && !(ctx.actors[own.actor].kind === "person" && !own.rule.includes("dictionary")))) continue;
    let first = i;
    while (first - 1 >= s.first) {
      const t = tokens[first - 1];
      const m = mentionAt[first - 1];
      if (isCapWord(t) && absorbable(m) && !(first - 1 === s.first && !m && t.pos !== "PROPN" && t.pos !== "ADJ")) first--;
      // "Anti-Corruption", "Workers' Union"
      else if ((t.text === "-" && !t.spaceBefore && isCapWord(tokens[first - 2])) || (t.norm === "'" && !t.spaceBefore && /s$/.test(tokens[first - 2]?.text ?? ""))) first--;
      else break;
    }
    // ("American Foreign Service Association": a head inside a longer name is a modifier; the name's last head is its own)
    let last = i + 1;
    for (let j = i + 1; j < s.last && isCapWord(tokens[j]) && !mentionAt[j]; j++) {
      const later = lexicon.organizationHeads.get(tokens[j].norm);
      if (later) {
        sector = later;
        last = j + 1;
      }
    }
    for (;;) {
      let j = last;
      if (!OF_WORDS.has(tokens[j]?.lower ?? "") || j >= s.last) break;
      j++;
      if (tokens[j]?.lower === "the") j++;
      if (!isCapWord(tokens[j]) || j >= s.last) break;
      while (j < s.last && (isCapWord(tokens[j]) || (tokens[j].text === "-" && !tokens[j].spaceBefore)) && (!mentionAt[j] || isStateWord(mentionAt[j], actors) || absorbable(mentionAt[j]))) j++;
      last = j;
    }
    // a bare head is a common noun ("Parliament"); a head inside a known name is that name's
    if (last - first < 2) continue;
    const partial = (k: number) => {
      const m = mentionAt[k];
      return !!m && (m.token < first || m.tokenEnd > last);
    };
    if (partial(first) || partial(last - 1)) continue;
    let country: string | null = null;
    for (let k = first; k < last && !country; k++) if (mentionAt[k] && isStateWord(mentionAt[k], actors)) country = actors[mentionAt[k]!.actor].code;
    let rule = "actors/group:organization-name";
    // (a company's state is the one its name holds, never where the sentence has it act: ownNameSectors)
    if (!country && !lexicon.ownNameSectors.has(sector)) {
      country = sentenceState(ctx, s, first, last);
      rule += "+sentence-state";
    }
    if (country) out.push({ first, last, kind: "organization", name: phraseText(doc, first, last), sector, country, rule, state: undefined });
    // (a body with no state that speaks is still the speaker: speaking-body.ts)
    else if (speaksAsBody(tokens, first, last, s.first, s.last, lexicon))
      out.push({ first, last, kind: "organization", name: phraseText(doc, first, last), sector, country: "", rule: "actors/group:organization-name+speaker", state: undefined });
    i = last - 1;
  }
  return out;
}

/** "ethnic Albanians in Serbia": a people that lives in another state than its name's. */
function minorities(ctx: GroupContext, s: Sentence, story: () => string | null): GroupPhrase[] {
  const { doc, mentionAt, actors, lexicon } = ctx;
  const tokens = doc.tokens;
  const out: GroupPhrase[] = [];
  for (let i = s.first; i < s.last - 1; i++) {
    const here = mentionAt[i];
    if (here && here.token === i && here.rule.endsWith("demonym") && i > s.first - 1 && tokens[i - 1]?.lower !== "ethnic") {
      const own = actors[here.actor].code;
      const next = mentionAt[here.tokenEnd];
      // "Bosnian Serbs": a people named by the state they live in
      if (next && next.token === here.tokenEnd && next.rule.endsWith("demonym") && /s$/.test(next.text) && actors[next.actor].code !== own && own) {
        out.push({ first: i, last: next.tokenEnd, kind: "group", name: phraseText(doc, i, next.tokenEnd), sector: "CVL", country: own, rule: "actors/group:minority+state-before", state: undefined });
        i = next.tokenEnd - 1;
        continue;
      }
      // "the Albanians of southern Serbia", "Turks in Germany"
      const after = /s$/.test(here.text) ? stateAfter(ctx, s, here.tokenEnd) : null;
      if (after && after !== own) {
        out.push({ first: i, last: here.tokenEnd, kind: "group", name: phraseText(doc, i, here.tokenEnd), sector: "CVL", country: after, rule: "actors/group:minority+state-after", state: undefined });
        continue;
      }
    }
    if (tokens[i].lower !== "ethnic") continue;
    const m = mentionAt[i + 1];
    if (!m || m.token !== i + 1 || !m.rule.endsWith("demonym")) continue;
    const own = actors[m.actor].code;
    let last = m.tokenEnd;
    let sector = "CVL";
    // "ethnic Albanian guerrillas", "ethnic Albanian political parties"
    for (let k = last; k < Math.min(s.last, last + 3); k++) {
      const head = lexicon.groupHeads.get(tokens[k].lower);
      if (head && !mentionAt[k]) {
        sector = head;
        last = k + 1;
        break;
      }
      if (tokens[k].pos !== "ADJ" || mentionAt[k]) break;
    }
    const after = stateAfter(ctx, s, last);
    // ("ethnic Turks ... protest against Sweden's decision to send them back to Bulgaria": with no one state
    // where they live, the story's state when it is another, else none; never the kin state the word names,
    // so the phrase, with no country, still holds its tokens and find-groups drops it)
    const top = after || !own ? null : story();
    const inStory = top && top !== own ? top : null;
    const country = after ?? sentenceState(ctx, s, i, last, own) ?? inStory ?? "";
    const rule = `actors/group:minority${after ? "+state-after" : country === inStory ? "+story-state" : "+sentence-state"}`;
    out.push({ first: i, last, kind: "group", name: phraseText(doc, i, last), sector, country, rule, state: undefined });
  }
  return out;
}

/** Parts of a state that a state word before them does not make the state itself: "Fijian rebels",
 * "the Syrian opposition", "Iraq's Kurdish students" are a group of that state acting on their own,
 * while "Sudanese government", "Afghan officials" (the executive) are the state. */
const OWN_PARTS = new Set(["rebels", "opposition", "public", "labour"]);

/**
 * "Fijian rebels", "Rwandan guerrillas", "Iraq's insurgents": a non-executive group head after a
 * demonym or a state's possessive is a group of that state (sector from the head), not the state.
 * Left alone: a state word after another ("Bosnian Serb rebels": whose they are is not one word's),
 * a place or a capital ("Darfur rebels", "Moscow's protesters": a place is where, not whose).
 */
function stateWordGroup(ctx: GroupContext, s: Sentence, first: number, head: number, unitSector?: string): GroupPhrase | null {
  const { doc, mentionAt, actors, lexicon } = ctx;
  const tokens = doc.tokens;
  const possessive = tokens[first - 1].norm === "'s";
  const m = possessive ? mentionAt[first - 2] : mentionAt[first - 1];
  if (!m || m.tokenEnd !== (possessive ? first - 1 : first) || m.token < s.first || !isStateWord(m, actors)) return null;
  if (m.token > s.first && isStateWord(mentionAt[m.token - 1], actors)) return null;
  const t = tokens[head];
  const namedBy = head > first ? tokens[head - 1].lower : null;
  let sector = unitSector ?? lexicon.groupHeads.get(t.lower)!;
  // ("opposition leaders", "opposition supporters": the named modifier says whose they are)
  const by = namedBy && !unitSector && lexicon.namedGroupHeads.has(namedBy) ? lexicon.groupHeads.get(namedBy) : undefined;
  if (by && (sector === "CVL" || OWN_PARTS.has(lexicon.stateParts.get(by) ?? ""))) sector = by;
  if (!OWN_PARTS.has(lexicon.stateParts.get(sector) ?? "")) return null;
  // "rebel leader John Garang": a title before a person
  if (mentionAt[head + 1] && actors[mentionAt[head + 1]!.actor].kind === "person") return null;
  const country = actors[m.actor].code;
  if (!country) return null;
  return { first: m.token, last: head + 1, kind: "group", name: phraseText(doc, m.token, head + 1), sector, country, rule: "actors/group:head+state-word", state: undefined };
}

/** A word that makes a group of the head after it: a named head ("government troops", "opposition
 * supporters") or a rebel word ("rebel forces", "guerrilla fighters"). */
function namesGroup(lexicon: Lexicon, w: string): boolean {
  return lexicon.namedGroupHeads.has(w) || lexicon.stateParts.get(lexicon.groupHeads.get(w) ?? "") === "rebels";
}

// the sectors of a state's armed parts besides its rebels: what a unit noun after their head belongs to
const ARMED = new Set(["MIL", "COP"]);

/**
 * "a police station", "an army outpost", "a rebel stronghold", "guerrilla camps", "police officers": a unit
 * noun (groups.json unitHeads) after the head of an armed part of a state is that part; an attack on the
 * site or the unit is one on them. The sector of the head word, or null.
 */
function unitOf(lexicon: Lexicon, modifier: string, head: string): string | null {
  if (!lexicon.groupUnitHeads.has(head)) return null;
  const sector = lexicon.groupHeads.get(modifier);
  if (!sector) return null;
  return ARMED.has(sector) || lexicon.stateParts.get(sector) === "rebels" ? sector : null;
}

/** "Shona rebels", "Moslem fundamentalist demonstrators", "opposition parties in Nepal", "government troops", "the authorities". */
function unnamedGroups(ctx: GroupContext, s: Sentence, si: number, story: () => string | null): GroupPhrase[] {
  const { doc, mentionAt, lexicon } = ctx;
  const tokens = doc.tokens;
  const out: GroupPhrase[] = [];

  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i];
    // (a group's head is a named head, a head a named word may name, or a unit noun: most words are none)
    if (!lexicon.namedGroupHeads.has(t.lower) && !lexicon.groupHeads.has(t.lower) && !lexicon.groupUnitHeads.has(t.lower)) continue;
    // "government troops", "opposition supporters": a compound whose modifier is a named head is named
    // ("rebel forces", "militant groups": a singular rebel word before a head names it too; alone, "the
    // militant" is one person, no group)
    const namedBy = i > s.first && !mentionAt[i - 1] && namesGroup(lexicon, tokens[i - 1].lower) && lexicon.groupHeads.has(t.lower) ? tokens[i - 1].lower : null;
    // ("a police station", "a rebel stronghold": a unit of an armed part)
    const unit = i > s.first && !mentionAt[i - 1] && !namedBy ? unitOf(lexicon, tokens[i - 1].lower, t.lower) : null;
    if ((!lexicon.namedGroupHeads.has(t.lower) && !namedBy && !unit) || mentionAt[i] || !ctx.inBody[i] || t.pos === "VERB") continue;
    // a compound goes on: "opposition parties", "rebel groups" head at their last noun
    const next = tokens[i + 1];
    // ("a government-commissioned review", "rebel-held areas": a modifier, not a group)
    if (next && next.text === "-" && !next.spaceBefore) continue;
    if (next && i + 1 < s.last && !mentionAt[i + 1] && lexicon.groupHeads.has(next.lower)) continue;
    let first = i;
    while (first - 1 >= s.first) {
      const p = tokens[first - 1];
      if (mentionAt[first - 1] || NOT_MODIFIERS.test(p.lower) || lexicon.countNouns.has(p.lower)) break;
      if (p.pos === "ADJ" || p.pos === "NOUN" || p.pos === "PROPN" || (p.text === "-" && !p.spaceBefore)) first--;
      else break;
    }
    // "Sudanese rebels", "Darfur rebels", "Iraq's rebels": the state word already says whose they are
    const before = tokens[first - 1];
    if (first - 1 >= s.first && (mentionAt[first - 1] || (before.norm === "'s" && mentionAt[first - 2]))) {
      const g = stateWordGroup(ctx, s, first, i, unit ?? undefined);
      if (g) out.push(g);
      continue;
    }
    // ("Syria's legitimate and internationally recognised government": over its modifiers to the possessor)
    let b = first - 1;
    while (b > s.first && first - b <= 5 && (/^(ADJ|ADV|CCONJ)$/.test(tokens[b].pos) || (tokens[b].pos === "VERB" && /(ed|en)$/.test(tokens[b].lower)))) b--;
    if (b < first - 1 && tokens[b]?.norm === "'s" && mentionAt[b - 1]) continue;
    // "rebel leader John Garang": a title before a person
    if (mentionAt[i + 1] && ctx.actors[mentionAt[i + 1]!.actor].kind === "person") continue;
    // (the head says who, unless it names only people: "opposition supporters" are the opposition's)
    // ("rebel forces", "opposition lawmakers": a part of its own before the head says whose they are;
    // "government troops" stay troops)
    let sector = unit ?? lexicon.groupHeads.get(t.lower)!;
    const by = namedBy ? lexicon.groupHeads.get(namedBy) : undefined;
    if (by && (sector === "CVL" || OWN_PARTS.has(lexicon.stateParts.get(by) ?? ""))) sector = by;
    // ("Jewish settlers ... in Hebron": a word that says whose the group is beats where it is, groups.json affiliations)
    let own: string | undefined;
    for (let k = first; k < i && !own; k++) own = lexicon.groupAffiliations.get(`${tokens[k].lower} ${t.lower}`);
    if (own) {
      out.push({ first, last: i + 1, kind: "group", name: phraseText(doc, first, i + 1), sector, country: own, rule: "actors/group:head+affiliation", state: undefined });
      continue;
    }
    const after = stateAfter(ctx, s, i + 1);
    // ("He also attacked the government's failure": a bare institution noun in a sentence that names
    // no state is the state the sentences before it name, when they name one; recent-state.ts)
    // (bare: no modifier, no owner: "its government", "the party's opposition" belong to whoever owns them)
    // (not one of many, "no government has", "formed a government"; not a modifier, "government revenues")
    const bare = !after && first === i && lexicon.groupContextHeads.has(t.lower) && (i === s.first || !(OWNERS.test(tokens[i - 1].norm) || OWNERS.test(tokens[i - 1].lower))) && !/^(NOUN|PROPN)$/.test(next?.pos ?? "");
    let recent: string | null = null;
    if (bare && noStateNamed(ctx, s)) {
      recent = recentState(doc, mentionAt, ctx.actors, si);
      if (recent && recent !== story()) recent = null;
    }
    const country = after ?? sentenceState(ctx, s, first, i + 1, null, ctx.lexicon.stateParts.get(sector) === "rebels") ?? recent;
    if (!country) continue;
    // "the government", "the authorities" bare are the state ("the regional government" is not)
    // (only after an article or at the start: "an internationally recognised government" is a description)
    const state = first === i && lexicon.stateNouns.has(t.lower) && (i === s.first || tokens[i - 1].pos === "DET");
    const rule = `actors/group:${state ? "state-noun" : unit ? "unit" : "head"}${after ? "+state-after" : recent ? "+recent-state" : "+sentence-state"}`;
    out.push({ first, last: i + 1, kind: "group", name: phraseText(doc, first, i + 1), sector, country, rule, state: state || undefined });
  }
  return out;
}
