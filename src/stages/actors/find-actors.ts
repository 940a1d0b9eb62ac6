// Actor stage: states, organisations, places and persons, with titles, roles and affiliations, and
// their coreference inside the article. A pure function of the Doc, the lexicon and the article date.
//
// Order matters:
//   1. dictionary names and titles are tagged first (longest match wins);
//   2. runs of capitalised words that no dictionary took become person candidates, kept when the
//      text gives evidence (a title, an appositive, a speech verb, a name's shape);
//   3. titles, states and appositives around each person give role, country and sector;
//   4. coreference: surnames and name parts, "the president", seed persons named by surname.
import { bracketGloss } from "./bracket-gloss.js";
import { sentenceOfToken } from "../../nlp/sentence-index.js";
import { counterpartBefore, counterpartNounStart } from "./counterpart-appositive.js";
import { copulaOfficeAt, laterPredicateStates, predicateStart } from "./predicate-office.js";
import { igoOfficeBefore } from "./igo-office.js";
import { formerIgoPosts } from "./former-igo.js";
import { byNormPastPrefix, exProperAt, statesNationality } from "./ex-demonym.js";
import { tagStartEndingAt } from "./tag-span.js";
import type { Actor, ActorKind, Doc, Mention, Sentence, Token } from "../../model/types.js";
import type { Lexicon, NameEntry, TitleEntry } from "../../lexicon/compile-lexicon.js";
import { PART_DEMONYM, partyTagKey, slug } from "../../lexicon/compile-lexicon.js";
import { byLower, byNorm, byUpper } from "../../lexicon/phrase-index.js";
import type { SeedPerson } from "../../lexicon/schemas.js";
import type { ActorLayer, PlacedMention, RoleNP } from "./actor-layer.js";
import type { Gazetteer, Place } from "../../lexicon/gazetteer.js";
import { findGroupPhrases } from "./find-groups.js";
import { glossedAcronym } from "./speaking-body.js";
import { electoralCommissionAt } from "./electoral-commission.js";
import { congressMemberAllowed, knownPersonInsideName } from "./known-person-span.js";
import { CONGRESS_PEOPLE_FROM } from "../../lexicon/known-people.js";
import { actSiteStates } from "./act-site.js";
import { localOfficeStates } from "./local-office-state.js";
import { localCandidateStates } from "./local-candidate.js";
import { titleAsSurname } from "./title-surname.js";
import { titledNamesake } from "./titled-namesake.js";
import { commonNounSuffixIn, commonWordsRun, lowerCaseWords, pronounContraction } from "./common-word-run.js";
import { nounModifierWords } from "./modifier-names.js";
import { listAppositiveStates } from "./list-appositive.js";
import { coordinatedOfficeStates } from "./coordinated-office.js";
import { listOfRegionStates } from "./list-of-region.js";
import { bracketPartyTag } from "./party-notation.js";
import { nomineeState } from "./nominee-state.js";
import { headOfUnnamedState, servesPrincipal } from "./principal-possessive.js";
import { associateAfter, associateBefore, nameClosed } from "./associate-of.js";
import { outletJournalist } from "./outlet-journalist.js";
import { counselTitle, ownAffair } from "./counsel-of.js";
import { placedBody, seedNamedAt, workplaceAppositive, workplaceBefore } from "./workplace-appositive.js";
import { namedBodyState } from "./named-body-state.js";
import { stateBodyBefore } from "./body-in-title.js";
import { stateBodyOwner } from "./body-pronoun.js";
import { historicalNickname, regnalName, titleEnded } from "./historical-title.js";
import { principalAfter, roleBodyAfter } from "./role-body.js";
import { bodiesSpokenFor, eachStatelessFrom } from "./from-body.js";
import { residenceStates } from "./residence.js";
import { frontedPlaceStates } from "./fronted-place.js";
import { dominantState, namesFrame, preferFrameHolder } from "./role-frame.js";
import { countryFrameStates } from "./country-frame.js";
import { titleSystemsOf } from "./frame-system.js";
import { partyRoleStates } from "./party-role.js";
import { partyFigureStates } from "./party-figure.js";
import { governmentStates } from "./government-state.js";
import { frontedOwnSaying, otherStateBeforeSaying, type StateAt } from "./said-content.js";
import { otherStatesOnlyActedOn } from "./subject-act.js";
import { ambiguousPlaceState } from "./ambiguous-places.js";
import { thingByContext } from "./thing-context.js";
import { creditAgencyAt, outletWorkAfter } from "./outlet-works.js";
import { numberedPart } from "./numbered-part.js";
import { firmNamed, firmWordsOf } from "./firm-names.js";
import { madeThingAfter } from "./made-thing.js";
import { apartApostrophe, bracketedGivenName, nameText } from "./name-span.js";
import { namedStateCounts, sharedNameAlternatives, sharedNameEntry } from "./shared-names.js";
import { topicState } from "./topic-state.js";
import { formerKey, pastRoleBefore, sittingHolder } from "./former-holder.js";
import { storyLegislature, unplacedCommitteeBefore } from "./committee-story.js";
import { describedSystems } from "./office-systems.js";
import { counterpartState, statesNotUsing } from "./unused-title.js";
import { chamberBefore, committeeTitleBefore, chamberState } from "./chamber-committee.js";

const PORTFOLIO_PREPOSITIONS = new Set(["for", "to", "of"]);
const PARTICLES = new Set(["bin", "bint", "ibn", "al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "della", "ten", "ter", "y", "ben", "abu", "zu", "af", "ul", "wa"]);
const LOCATIVE = new Set(["in", "at", "to", "from", "near", "outside", "around", "across", "toward", "towards", "into", "via", "through", "inside", "within", "throughout", "visit", "visited", "visiting", "visits"]);
const FOLLOWS_PERSON = new Set(["who", "whose"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "from", "into", "around", "towards", "toward"]);
const ARTICLES = new Set(["the", "a", "an"]);
// (an appositive's determiners: an article, or "another", which adds the person to others of the same kind: "Tom Hale,
// another Canadian reporter, said" is a Canadian reporter as "a Canadian reporter" is; persons58 read it before a name)
const APPOSITIVE_OPENERS = new Set([...ARTICLES, "another"]);
// (words that open a sentence in capitals and name nothing: an article, a conjunction)
const OPENING_WORDS = new Set(["the", "a", "an", "and", "but", "or", "so", "yet", "then"]);
/** a middle initial: "J." in "J. Christopher Stevens" */
const INITIAL = /^\p{Lu}\.$/u;
/** modifiers that make a title a past one */
const PAST_ROLE = new Set(["former", "ex", "ex-", "retired", "ousted", "deposed", "toppled", "overthrown"]);
/** a role written as one word with its past prefix: "ex-minister", "ex-deputy" */
const EX_TITLE = /^ex-[a-z]{3,}$/;
/** sectors of a state's own forces and government bodies: a unit named with their possessive is still theirs */
const STATE_FORCE_SECTORS = new Set(["MIL", "GOV"]);
/** a title's key that reads "ex-minister" as "minister" (tried only where a token has the prefix) */
const byLowerPastTitle = (t: Token): string => (EX_TITLE.test(t.lower) ? t.lower.slice(3) : t.lower);
const CAP_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
// the hot path: most words are ASCII, where a character code answers without a Unicode regex
const CAP = {
  test(s: string): boolean {
    const c = s.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return CAP_RE.test(s);
  },
};
const HAS_LOWER = {
  test(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 97 && c <= 122) return true;
      if (c >= 128) return HAS_LOWER_RE.test(s);
    }
    return false;
  },
};
const KIND_RANK: Record<string, number> = { person: 0, igo: 1, organization: 2, group: 3, country: 4, seat: 5, demonym: 6, capital: 7, region: 8, city: 9 };

interface Tag {
  entry?: NameEntry;
  title?: TitleEntry;
  len: number;
  /** organisations of other states the same name holds ("BNP"): shared-names.ts picks by the article's states */
  alts?: NameEntry[];
  /** how shared-names.ts chose among them: "article-state" or "shared-name-unresolved" (a rule id's suffix) */
  shared?: string;
}

interface Candidate {
  first: number;
  last: number;
  name: string;
  seed: SeedPerson | null;
  evidence: string;
  role: string | null;
  sector: string | null;
  country: string | null;
  code: string | null;
  description: string | null;
  /** the rule that gave the person its state ("actors/state:title-phrase") */
  stateRule: string | null;
  /** the title before the name is a past one ("former Soviet leader") */
  formerRole?: boolean;
  /** the state came from a plural one-state title ("Reps.") that may cover the next name too */
  pluralTitle?: boolean;
  /** the state came from a demonym and a plural noun before a list of names ("Russian businessmen A and B") */
  listHead?: boolean;
  /** a capitalised plural of a title of no one state before a list of names ("Senators A and B", "US Consuls A and
   * B"): its role covers the next name, and the state the words before it give ("US", "Britain's") */
  pluralRole?: boolean;
  /** token where the whole mention (with title) starts */
  mentionFirst: number;
  /** "the country's foreign minister X" whose possessor no state just before resolves: the states the nearest window
   * names (none, or several), of which the story's frame must be one, or any where none (actors/state:country-frame) */
  countryFrame?: string[];
  /** the title right before the name is a state's own office, and nothing before it names a body
   * ("Education Secretary X", "Senator X"; not "Ifo president X"): the article's frame may give the state */
  office?: boolean;
  /** a party's own word beside the name gives this state where the article allows ("X, a Maine Republican") */
  partyWord?: string;
  /** where the name ends inside its last token, a word glued to it ("Michael NewmanShefford") */
  endChar?: number;
}

export interface ActorStageContext {
  lexicon: Lexicon;
  /** places not in the dictionaries ("in Magdeburg"), looked up after a preposition of place */
  gazetteer?: Gazetteer;
  /** the article's publication date (YYYY-MM-DD), for date-bounded roles */
  date: string | null;
}

export function findActors(doc: Doc, ctx: ActorStageContext): ActorLayer {
  const { lexicon } = ctx;
  const tokens = doc.tokens;
  const n = tokens.length;
  const tags: (Tag | undefined)[] = new Array(n);
  const covered = new Uint8Array(n); // 1: dictionary name, 2: title
  const inBody = new Uint8Array(n);
  const sentenceOf = new Int32Array(n);
  doc.sentences.forEach((s, si) => {
    for (let i = s.first; i < s.last; i++) {
      sentenceOf[i] = si;
      if (!s.headline && tokens[i].start >= doc.bodyStart) inBody[i] = 1;
    }
  });

  const headlineTag = new Uint8Array(n);
  // (each phase is a function of its own: V8 compiles a smaller function faster, and a shape it has
  // not seen in one phase no longer throws away the optimised code of all the others)
  // tokens of a title's word read as a person's surname ("Rep. Peter King", "King said")
  const titleSurname = new Uint8Array(n);
  // members of the US Congress only where the article speaks of US politics: elsewhere the article is read again without
  // them, and their names are left to the rules for names the dictionaries do not hold ("Michael Collins, an Irish
  // historian"; known-person-span.ts congressMemberAllowed)
  if (tagNames(doc, lexicon, inBody, tags, covered, headlineTag, titleSurname, true) && !congressMemberAllowed(tags)) {
    tags.fill(undefined);
    covered.fill(0);
    headlineTag.fill(0);
    titleSurname.fill(0);
    tagNames(doc, lexicon, inBody, tags, covered, headlineTag, titleSurname, false);
  }
  resolveSharedNames(tokens, tags, lexicon);

  const candidates: Candidate[] = [];
  const places: { first: number; last: number; place: Place }[] = [];
  // states' names that are a person's surname in this article ("director Neil Jordan ... Jordan said")
  const surnameStates = new Set<string>();
  personCandidates(doc, ctx, inBody, tags, covered, candidates, places, surnameStates, titleSurname);

  // 3. role, country and sector from the words around each candidate
  for (const c of candidates) describe(c, doc, tags, lexicon, ctx.date, ctx.gazetteer);
  // "two Iranian former diplomats, A and B,", "A, B and C, all Russian businessmen"
  listAppositiveStates(tokens, tags, candidates, lexicon);
  // "Reps. Adam Schiff and Jerrold Nadler": a plural one-state title covers the names listed after it
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k];
    const p = candidates[k - 1];
    if (c.country || c.code || c.role || !(p.pluralTitle || p.pluralRole || (p.listHead && p.country)) || !/^(and|,)$/.test(tokens[c.first - 1]?.lower ?? "") || p.last !== c.first - 1) continue;
    if (p.pluralRole && !p.pluralTitle) {
      // (the role covers the list; a state only where the words before the title gave it: a known person's own state is not the list's)
      c.role = p.role;
      c.sector ??= p.sector;
      c.office ||= p.office;
      c.pluralRole = true;
      if (p.country && p.stateRule && LIST_STATE_RULES.has(p.stateRule)) {
        c.country = p.country;
        c.stateRule = "actors/state:title-shared";
      }
      continue;
    }
    c.country = p.country;
    c.role = p.role;
    c.sector ??= p.sector;
    // ("Russian businessmen A, B and C": each name of the list after a demonym and a plural noun)
    c.stateRule = p.listHead ? "actors/state:demonym-list" : "actors/state:title-shared";
    if (p.listHead) c.listHead = true;
    else c.pluralTitle = true;
  }
  // "Russian President A and Foreign Minister B": a bare office coordinated after a state-titled name shares its state
  coordinatedOfficeStates(tokens, candidates);
  // "Senators A and B of Virginia": the part of a state the last name of a plural-titled list is of is the list's
  listOfRegionStates(tokens, candidates);

  // persons: one actor per seed id or name; a bare surname joins a fuller name
  const actors: Actor[] = [];
  const actorIndex = new Map<string, number>();
  const mentionAt: (PlacedMention | undefined)[] = new Array(n);
  const addMention = (actor: number, first: number, last: number, rule: string, nameFirst = first, end = tokens[last - 1].end) => {
    const m: PlacedMention = {
      start: tokens[first].start,
      end,
      text: doc.text.slice(tokens[first].start, end),
      rule: headlineTag[first] ? rule.replace("actors/", "actors/headline:") : rule,
      token: first,
      actor,
      tokenEnd: last,
      headline: headlineTag[first] ? true : undefined,
    };
    const listed = stripPlacement(m);
    if (nameFirst > first) listed.nameToken = nameFirst;
    actors[actor].mentions.push(listed);
    for (let k = first; k < last; k++) mentionAt[k] = m;
  };
  const upsert = (id: string, make: () => Actor): number => {
    let idx = actorIndex.get(id);
    if (idx === undefined) {
      idx = actors.length;
      actors.push(make());
      actorIndex.set(id, idx);
    }
    return idx;
  };

  // persons named after a state's own office with no state ("Education Secretary X"), by id: the sentences of those
  // mentions; persons beside a party's own word ("X, a Maine Republican"): the state and the sentences
  const officeSentences = new Map<string, number[]>();
  const partyWords = new Map<string, { state: string; sentences: number[] }>();
  // persons after "the country's OFFICE" that no state just before resolves, by id: the states of the nearest window
  const countryFrames = new Map<string, string[]>();
  // longer names first, so that "Kellogg" finds "Keith Kellogg" wherever it stands
  const personIds = new Map<Candidate, string>();
  // (and of one length, the seed dictionary's first: "President Trump's" finds the "Mr. Trump" the seed names Donald Trump)
  const byNameLength = [...candidates].sort((a, b) => b.last - b.first - (a.last - a.first) || (b.seed ? 1 : 0) - (a.seed ? 1 : 0));
  // (vouched: a person some mention of the name gives evidence for beyond its shape: a seed, a title, a speech verb)
  const known: { parts: string[]; id: string; name: string; vouched: boolean }[] = [];
  for (const c of byNameLength) {
    let id = c.seed ? c.seed.id : null;
    const parts = nameParts(c.name);
    // a bare surname is the fuller name the article gives ("Howard Baker ... Baker"), before any
    // namesake in the seed dictionary
    // ("Prime Minister Al-Abadi" after "Haider al-Abadi": a particle capitalised after a title)
    if (parts.length === 1) {
      const part = parts[0].toLowerCase();
      // (a surname written without its accents finds the name that has them: "Maiziere" is "Thomas de Maizière")
      const folded = foldAccents(part);
      const hit = known.find((k) => k.parts.length > 1 && k.parts.some((x) => foldAccents(x.toLowerCase()) === folded) && particleAgrees(c.name, k.name));
      if (hit) id = hit.id;
      // ("Charles Kennedy ... Mr Kennedy": the fuller name is the person, so a namesake of the seed
      // dictionary, Robert F. Kennedy Jr., lends the surname neither state nor role)
      // (only a name of the given-name-then-surname shape that shares no other part with the seed:
      // "Trump, Donald John Trump" and "the Reagan administrations" are the seed's own)
      const seedParts = c.seed ? nameParts(c.seed.name).map((x) => x.toLowerCase()) : [];
      const namesake = !!hit && hit.parts[hit.parts.length - 1].toLowerCase() === part && !hit.parts.some((x) => x.toLowerCase() !== part && seedParts.includes(x.toLowerCase()));
      if (hit && c.seed && c.seed.id !== hit.id && namesake) {
        c.seed = null;
        Object.assign(c, { role: null, sector: null, country: null, code: null, description: null, stateRule: null, formerRole: undefined, pluralTitle: undefined, pluralRole: undefined, listHead: undefined });
        describe(c, doc, tags, lexicon, ctx.date, ctx.gazetteer);
      }
    }
    if (!id) {
      const hit = parts.length > 1 ? known.find((k) => k.parts.length > 1 && (k.parts.join(" ") === parts.join(" ") || ((endsWith(k.parts, parts) || misspelt(k.parts, parts)) && k.vouched))) : null;
      id = hit ? hit.id : `person:${slug(c.name)}`;
    }
    personIds.set(c, id);
    // (a longer name vouched for by its shape alone, "No Signs Edward Snowden" in a title-case headline, is no fuller name of "Edward Snowden")
    const vouched = !!c.seed || c.evidence !== "actors/person:name-shape";
    const k = known.find((x) => x.id === id);
    if (k) k.vouched ||= vouched;
    else known.push({ parts: fullNameParts(c.seed ? c.seed.name : c.name), id, name: c.seed ? c.seed.name : c.name, vouched });
  }
  for (const c of candidates) {
    const id = personIds.get(c)!;
    // (the name of the person it was found to be: "[Russian president Vladimir] Putin" is Vladimir Putin, not "Vladimir")
    const idx = upsert(id, () => newActor(id, "person", c.seed?.name ?? known.find((k) => k.id === id)?.name ?? c.name, null, null, null, null, null));
    const a = actors[idx];
    if (c.name.length > a.name.length && !c.seed) a.name = c.name;
    if (!a.role && c.role) {
      a.role = c.role;
      if (c.formerRole) a.formerRole = true;
    }
    a.sector ??= c.sector;
    if (!a.country && c.country) {
      a.country = c.country;
      if (c.stateRule) a.stateRule = c.stateRule;
    }
    // (an international body's official: the rule that gave the code, "the EU's top migration official X")
    if (!a.country && !a.code && c.code && c.stateRule) a.stateRule = c.stateRule;
    a.code ??= c.code;
    a.description ??= c.description;
    addMention(idx, c.mentionFirst, c.last, c.evidence, c.first, c.endChar);
    if (c.office) {
      const list = officeSentences.get(a.id);
      if (list) list.push(sentenceOf[c.first]);
      else officeSentences.set(a.id, [sentenceOf[c.first]]);
    }
    if (c.countryFrame && !countryFrames.has(a.id)) countryFrames.set(a.id, c.countryFrame);
    if (c.partyWord) {
      const p = partyWords.get(a.id);
      if (p) p.sentences.push(sentenceOf[c.first]);
      else partyWords.set(a.id, { state: c.partyWord, sentences: [sentenceOf[c.first]] });
    }
  }

  // dictionary actors: states, organisations, places
  for (let i = 0; i < n; i++) {
    const tag = tags[i];
    const e = tag?.entry;
    // (a part's demonym, "Scottish independence", names no state of its own: it only places the people it describes)
    if (!tag || !e || e.kind === "person" || mentionAt[i] || e.from === PART_DEMONYM) continue;
    if (surnameStates.size && tag.len === 1 && (e.kind === "country" || e.kind === "capital") && surnameStates.has(tokens[i].norm)) continue;
    // ("the Paris Club had agreed", "signed the Minsk agreements", "the Vilnius summit": a capital that names an agreement,
    // a body or a meeting is neither its state nor a place of the story)
    if (e.kind === "capital" && lexicon.placeNamedThings.has(tokens[i + tag.len]?.lower ?? "") && tokens[i + tag.len].kind === "word") continue;
    // ("shells hit Tripoli, the north Lebanese port": a place of a name several states hold is the one the text around it names)
    const other = lexicon.placeAlternatives.size && (e.kind === "capital" || e.kind === "city" || e.kind === "region") ? ambiguousPlaceState(tokens, doc.sentences, sentenceOf[i], tags, e, lexicon) : null;
    if (other) {
      const id = `${e.id}@${other}`;
      addMention(upsert(id, () => newActor(id, "location", e.name, other, other, null)), i, i + tag.len, "actors/dictionary:place+named-state");
      continue;
    }
    const { kind, id, name, rule: baseRule } = dictionaryActor(e, tokens, i, tag.len, lexicon);
    const rule = tag.shared ? `${baseRule}+${tag.shared}` : baseRule;
    const idx = upsert(id, () =>
      newActor(
        id,
        kind,
        name,
        e.code,
        kind === "organization" || kind === "group" || kind === "location" ? e.country : undefined,
        kind === "person" ? undefined : e.sector,
      ),
    );
    addMention(idx, i, i + tag.len, rule);
  }

  // places from the gazetteer
  for (const p of places) {
    const id = `place:${slug(p.place.name)}`;
    const idx = upsert(id, () => newActor(id, "location", p.place.name, p.place.country, p.place.country, undefined));
    addMention(idx, p.first, p.last, "actors/gazetteer:place");
  }

  // groups and organisations no dictionary names: they take over mentions inside them (a state
  // word in "Nigerian Union of Teachers", a run taken for a person in "Kenya Anti-Corruption Commission")
  const groupPhrases = findGroupPhrases({ doc, mentionAt, actors, lexicon, inBody });
  // (an organisation's acronym in brackets after its name, "(NZIER)": a mention, and its short name; a short name
  // given to two bodies names neither)
  const acronyms = new Map<string, number>();
  const glossed = (idx: number, g: { first: number; last: number }) => {
    const a = glossedAcronym(tokens, g.last, doc.sentences[sentenceOf[g.first]].last);
    if (a < 0 || mentionAt[a] || tags[a]) return;
    addMention(idx, a, a + 1, "actors/group:organization-name+acronym");
    const had = acronyms.get(tokens[a].text);
    acronyms.set(tokens[a].text, had !== undefined && had !== idx ? -1 : idx);
  };
  // (a body's name the article gives a state elsewhere, "Russia's Ministry of Defence ... the Ministry of Defence said",
  // is that state's wherever it speaks; a name given two states is given none)
  const nameStates = new Map<string, string>();
  for (const g of groupPhrases) if (g.country && !g.state) nameStates.set(g.name, nameStates.has(g.name) && nameStates.get(g.name) !== g.country ? "" : g.country);
  for (const g of groupPhrases) {
    for (let k = g.first; k < g.last; k++) {
      const m = mentionAt[k];
      if (!m) continue;
      const list = actors[m.actor].mentions;
      const at = list.findIndex((x) => x.start === m.start && x.end === m.end);
      if (at >= 0) list.splice(at, 1);
      for (let q = m.token; q < m.tokenEnd; q++) mentionAt[q] = undefined;
    }
    // ("ethnic Turks" with no state where they live: not Turkey, no one; find-groups.ts) — save a body's name that
    // speaks, the speaker of what it says with no state (speaking-body.ts)
    if (!g.country) {
      if (g.kind !== "organization") continue;
      const named = nameStates.get(g.name);
      const id = `org:${slug(g.name)}@${named || "unresolved"}`;
      const idx = upsert(id, () => newActor(id, "organization", g.name, named || null, named || null, g.sector));
      addMention(idx, g.first, g.last, named ? `${g.rule}+same-name` : g.rule);
      glossed(idx, g);
      continue;
    }
    // ("the authorities" in a sentence about Belarus: Belarus, as "Minsk" or "the Kremlin" would be)
    // (a group's code is its state's, as the output contract has it for parties and armed groups)
    const id = g.state ? g.country : `${g.kind === "organization" ? "org" : "group"}:${slug(g.name)}@${g.country}`;
    const idx = g.state
      ? upsert(id, () => newActor(id, "country", lexicon.countries.get(g.country)?.name ?? g.country, g.country, undefined, null))
      : upsert(id, () => newActor(id, g.kind, g.name, g.country, g.country, g.sector));
    addMention(idx, g.first, g.last, g.rule);
    if (g.kind === "organization") glossed(idx, g);
  }
  // (the text's later bare uses of a body's acronym: speaking-body.ts)
  if (acronyms.size) {
    for (const s of doc.sentences) {
      if (s.headline) continue;
      for (let i = s.first; i < s.last; i++) {
        const idx = acronyms.get(tokens[i].text);
        if (idx !== undefined && idx >= 0 && inBody[i] && !mentionAt[i] && !tags[i] && !covered[i]) addMention(idx, i, i + 1, "actors/group:organization-name+acronym");
      }
    }
  }

  // 4. coreference: bare name parts of persons already found
  const partIndex = new Map<string, number>();
  for (const [i, a] of actors.entries())
    if (a.kind === "person") for (const p of nameParts(a.name)) if (p.length > 2 && !partIndex.has(p)) partIndex.set(p, i);
  // (and without its accents: "Maiziere" after "Thomas de Maizière")
  for (const [p, i] of [...partIndex]) if (!partIndex.has(foldAccents(p))) partIndex.set(foldAccents(p), i);
  const upperParts = new Map<string, number>();
  for (const [p, i] of partIndex) upperParts.set(p.toUpperCase(), i);
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (mentionAt[i] || !CAP.test(tokens[i].text)) continue;
      if ((covered[i] || tags[i]) && !(surnameStates.size && tags[i]?.len === 1 && surnameStates.has(tokens[i].norm))) continue;
      if (s.headline) {
        // "PUTIN TOUCHES DOWN": a person of the article named in a headline
        const idx = upperParts.get(tokens[i].norm);
        if (idx !== undefined) {
          headlineTag[i] = 1;
          addMention(idx, i, i + 1, "actors/coref:name-part");
        }
        continue;
      }
      if (!inBody[i]) continue;
      const idx = partIndex.get(tokens[i].norm);
      if (idx !== undefined && !inLongerRun(tokens, i, s.first, s.last, mentionAt, covered, lexicon)) addMention(idx, i, i + 1, "actors/coref:name-part");
    }
  }

  // an actor named only in linked-story headlines says so
  for (const a of actors) if (a.mentions.length && a.mentions.every((m) => m.headline)) a.headline = true;
  // "Home Secretary Charles Clarke" in an article that names Britain or a British party or body: a title only one state's government uses
  // gives that state (an Indian "Home Secretary" is a civil servant of an article that seldom names Britain)
  if (lexicon.contextOffices.size) {
    let named: Set<string> | null = null;
    for (const a of actors) {
      if (a.kind !== "person" || a.country || a.code || !a.role) continue;
      const want = contextOfficeState(a.role, lexicon);
      if (!want) continue;
      named ??= statesNamed(actors);
      if (!named.has(want)) continue;
      a.country = a.code = want;
      a.stateRule = "actors/state:title-in-context";
    }
  }
  // "Senate Finance Chairman X": a committee chair of a chamber, the state of those that have it the article names most
  // (chamber-committee.ts)
  if (lexicon.chamberCommittees.chambers.size) {
    let counts: Map<string, number> | null = null;
    for (const a of actors) {
      if (a.kind !== "person" || a.country || a.code) continue;
      for (const m of a.mentions) {
        const name = m.nameToken ?? m.token;
        const sFirst = doc.sentences[sentenceOf[name]].first;
        // (a committee member's title, which the title tagger leaves untagged: "Committee member X")
        const ts = tagStartEndingAt(tags, name - 1, 0, (t) => !!t.title) ?? committeeTitleBefore(tokens, name, sFirst, lexicon.chamberCommittees);
        const chamber = ts === null ? null : chamberBefore(tokens, ts, name, sFirst, lexicon.chamberCommittees);
        if (!chamber) continue;
        counts ??= stateMentionCounts(actors);
        const st = chamberState(chamber, counts, lexicon.chamberCommittees, lexicon.officeSystems);
        // (another state the holder's sentence names leaves the chamber open: "Canada and Mexico said Senate Foreign
        // Relations Committee Chairman X was wrong")
        const si = sentenceOf[name];
        const other = (x: Actor) => (x.kind === "country" ? x.code : x.kind === "location" ? x.country : null);
        if (st && !actors.some((x) => { const o = other(x); return !!o && o !== st && x.mentions.some((n) => !n.headline && sentenceOf[n.token] === si); })) {
          a.country = a.code = st;
          a.stateRule = "actors/state:chamber-committee";
        }
        break;
      }
    }
  }
  // "Shadow attorney general Dominic Grieve", "the shadow health secretary X": an opposition's shadow of an office
  // belongs to the one Westminster system (titles.json shadowOffices) the article names, as a party or a body of it
  // does ("the Tories", "the Commons"); where it names none of them, or several, none
  if (lexicon.shadowOffices.words.size) {
    let named: Set<string> | null = null;
    for (const a of actors) {
      if (a.kind !== "person" || a.country || a.code || !a.mentions.some((m) => shadowBefore(tokens, tags, m.nameToken ?? m.token, lexicon))) continue;
      named ??= statesNamed(actors);
      const states = lexicon.shadowOffices.states.filter((x) => named!.has(x));
      if (states.length !== 1) continue;
      a.country = a.code = states[0];
      a.stateRule = "actors/state:shadow-office";
    }
  }
  // persons get their state's code; roles in an IGO give its code
  for (const a of actors) {
    if (a.kind !== "person") continue;
    a.code ??= a.country ?? null;
    a.mentions.sort((x, y) => x.start - y.start);
  }

  const layer = roleMentions(doc, tags, mentionAt, actors, inBody, lexicon, ctx.date);
  hometowns(doc, layer);
  bodiesSpokenFor(doc, layer);
  residenceStates(doc, layer, lexicon.residenceAway, lexicon.regions);
  // ("Paul Nuttall told the BBC. Nuttall served as leader of UKIP": a later mention's copula, read as the first's is)
  laterPredicateStates(doc, layer, sentenceOf, lexicon.appointedWords, (at, sLast) => copulaState(doc, at, sLast, tags, lexicon));
  // ("Poland's government ... Defence Minister X": before the story's frame, which a nearer government outranks)
  if (officeSentences.size && lexicon.ownGovernmentNouns.size) governmentStates(doc, layer.actors, layer.mentionAt, { sentenceOf, inBody, governmentNouns: lexicon.ownGovernmentNouns, officeSentences });
  const frame = officeSentences.size || partyWords.size ? frameStates(doc, layer, officeSentences, partyWords, sentenceOf, inBody, lexicon, ctx.date) : null;
  if (officeSentences.size) actSiteStates(doc, layer, officeSentences, frame, lexicon);
  // ("In Beijing, Commerce Ministry spokesman X said": the fronted place's state, whatever the frame)
  frontedPlaceStates(doc, layer, sentenceOf, lexicon);
  localOfficeStates(doc, layer.actors, sentenceOf);
  localCandidateStates(doc, layer.actors, layer.mentionAt, sentenceOf, lexicon.localCandidacy);
  // (before splitTitles: a mention still starts at its title, and `nameToken` says where the name does)
  let storyFrame: string | null | undefined;
  const storyFrameAt = () => (storyFrame === undefined ? (storyFrame = frame ?? namesFrame(layer.actors, layer.mentionAt, inBody)) : storyFrame);
  if (lexicon.partyRoles.size) partyRoleStates(doc, layer.actors, layer.mentionAt, { sentenceOf, inBody, partyRoles: lexicon.partyRoles, partySectors: lexicon.partyPostSectors, frame: storyFrameAt, partyStateAt: (i) => partyStateAt(tags, tokens, i, lexicon) });
  // ("X, spokesman for a new party," in a story of one state: a party the dictionary does not know is the frame's)
  if (lexicon.partyBodyNouns.size) partyFigureStates(doc, layer.actors, layer.mentionAt, { sentenceOf, inBody, partyRoles: lexicon.partyRoles, bodyNouns: lexicon.partyBodyNouns, awayWords: lexicon.partyAwayWords, frame: storyFrameAt });
  // ("the country's health minister, X" with no state just before: the story's frame, after the rules that read the text near)
  if (countryFrames.size) countryFrameStates(layer.actors, countryFrames, storyFrameAt);
  // (last: where no rule that reads the text near the name or the story's frame gave a state)
  // "Labour MP X", "the Tory chief whip, X,", "X, a Conservative MP,": a description by words of a legislature, party or
  // office only some states' politics use (titles.json officeSystems) gives the one of those states the
  // article names, as a state, a body of it or a place in it ("London"); none where it names none or several
  if (lexicon.officeSystems.size) officeSystemStates(doc, layer, tags, inBody, sentenceOf, lexicon);
  // ("former U.N. envoy X": a past IGO post gives no IGO code now)
  formerIgoPosts(layer.actors, (a) => !!a.formerRole || (!!a.description && !!a.role && pastAppositive(a.description, a.role)));
  splitTitles(doc, layer.actors);
  return layer;
}

/** "Labour MP X", "X, a Conservative MP,": office-systems.ts reads the description; the person takes the one state of
 * its words that the article names (placesNamed, parties and outlets aside) */
function officeSystemStates(doc: Doc, layer: ActorLayer, tags: (Tag | undefined)[], inBody: Uint8Array, sentenceOf: Int32Array, lexicon: Lexicon): void {
  const { tokens } = doc;
  let named: Set<string> | null = null;
  for (const a of layer.actors) {
    if (a.kind !== "person" || a.country || a.code) continue;
    let want: string[] | null = null;
    let away = false;
    let before: Set<string> | null = null;
    for (const m of a.mentions) {
      const pm = layer.mentionAt[m.nameToken ?? m.token];
      if (m.headline || !pm || !inBody[m.token]) continue;
      const s = doc.sentences[sentenceOf[m.token]];
      const got = describedSystems(tokens, tags, m.token, m.nameToken ?? m.token, pm.tokenEnd, s.first, s.last, lexicon);
      if (!got) continue;
      want = want ? want.filter((x) => got.includes(x)) : got;
      // ("Conservative mayor X of Lyon": the place after 'of' is where the holder's office is)
      const of = tokens[pm.tokenEnd]?.lower === "of" ? layer.mentionAt[pm.tokenEnd + 1] : undefined;
      const ofState = of && of.token === pm.tokenEnd + 1 ? namedState(layer.actors[of.actor]) : null;
      if (ofState) want = want.filter((x) => x === ofState);
      // ("In Ukraine, Republican Senator X said": a state the sentence names up to the name may be the holder's)
      for (let i = s.first; i < pm.tokenEnd; i++) {
        const n = layer.mentionAt[i];
        const st = n && n.token === i && i < m.token ? namedState(layer.actors[n.actor]) : null;
        if (st) (before ??= new Set()).add(st);
      }
      // ("After talks with Canadians, including Senator X", "Labor leader X met British ministers": a visit or talks
      // may bring a holder of another state's office to the one the article names)
      for (let i = s.first; i < s.last && !away; i++) away = lexicon.awayWords.has(tokens[i].lower);
    }
    if (!want || away) continue;
    named ??= placesNamed(layer.actors);
    const states = want.filter((x) => named!.has(x));
    if (states.length !== 1 || (before && [...before].some((x) => x !== states[0]))) continue;
    a.country = a.code = states[0];
    a.stateRule = "actors/state:office-system";
  }
}

/**
 * "Education Secretary Charles Clarke" in a story of British politics, "Senator Ron Johnson" in one of the
 * US Senate, "President Franklin D. Roosevelt" in an American op-ed: a reporter names a state's own office
 * without the state where the story's frame is that state. The frame is the one state that clearly
 * dominates the article's actors (its own name, its bodies and parties, persons of its): at least
 * three mentions and twice those of any other state (`dominantState` in role-frame.ts). A story of two states (a visit, a
 * war, talks) has no frame; nor does a sentence that names another state lend it ("Clare Short, who
 * resigned over the Iraq war", "met Prime Minister X in Islamabad"). Only office titles the holder's own
 * state gives (titles.json office), never a body's ("Ifo president"), an envoy's or a royal's.
 */
function frameStates(doc: Doc, layer: ActorLayer, officeSentences: Map<string, number[]>, partyWords: Map<string, { state: string; sentences: number[] }>, sentenceOf: Int32Array, inBody: Uint8Array, lexicon: Lexicon, date: string | null): string | null {
  const { actors, mentionAt } = layer;
  // (a state a coordinated title lent, coordinated-office.ts, is the first title's state word again: no mention of its own)
  const stateOfActor = (a: Actor): string | null => (a.kind === "country" ? a.code : a.kind === "igo" || a.stateRule === "actors/state:title-coordinated" ? null : a.country ?? null);
  // the states named (frameCounts' keys), by something other than a party or an outlet: a party's name many states' parties share ("the
  // Conservatives" or "the Social Democrats" of a Finnish election story) and the agency that filed the story name no
  // state for the frame, nor another state beside a person of the story's own
  const frameCounts = new Map<string, number>();
  // (where they alone leave no frame, the parties and outlets are counted too: a story of Westminster names its
  // parties far more often than Britain)
  const allCounts = new Map<string, number>();
  // the states named in each sentence, where in it, in order
  const namedAt = new Map<number, StateAt[]>();
  for (let i = 0; i < mentionAt.length; i++) {
    const m = mentionAt[i];
    if (!m || m.token !== i || m.headline || !inBody[i]) continue;
    const st = stateOfActor(actors[m.actor]);
    if (!st) continue;
    // ("to liken a review to Hitler's Germany": a ruler of the past, out of office at the date, says nothing of the state
    // the story is about)
    if (pastRuler(actors[m.actor], lexicon, date)) continue;
    allCounts.set(st, (allCounts.get(st) ?? 0) + 1);
    if (actors[m.actor].kind === "organization" && /^(PTY|MED)$/.test(actors[m.actor].sector ?? "")) continue;
    frameCounts.set(st, (frameCounts.get(st) ?? 0) + 1);
    const si = sentenceOf[i];
    // ("In an interview with the West German weekly magazine Der Spiegel, Prime Minister X said": a demonym that
    // describes an outlet says where the outlet is from, not a state the sentence is about)
    if (m.rule === "actors/dictionary:demonym" && outletAfter(doc.tokens, m.tokenEnd, doc.sentences[si].last, lexicon)) continue;
    const at = namedAt.get(si);
    if (at) at.push({ token: i, state: st });
    else namedAt.set(si, [{ token: i, state: st }]);
  }
  const storyFrame = dominantState(frameCounts) ?? dominantState(allCounts);
  const otherIn = (sentences: number[], state: string, own: string | null) => sentences.some((si) => (namedAt.get(si) ?? []).some((n) => n.state !== state && n.state !== own));
  // (a state named only in what an office holder says lends no doubt, said-content.ts: the person's first mention in each
  // sentence is where the name ends)
  // (the person's first mention in a sentence, where a name ends)
  const mentionIn = (a: Actor, si: number) => a.mentions.find((x) => !x.headline && sentenceOf[x.token] === si);
  // (`keep`: only the states that count, those of the title's system where the frame is one: frame-system.ts)
  const otherOutsideSaying = (si: number, m: Mention | undefined, state: string, keep?: Set<string>) => {
    const all = namedAt.get(si);
    const list = keep && all ? all.filter((n) => keep.has(n.state)) : all;
    const end = m ? (mentionAt[m.token]?.tokenEnd ?? m.token + 1) : doc.sentences[si].first;
    return !!list && otherStateBeforeSaying(doc, si, end, list, state, null, lexicon.speechVerbs, lexicon.clauseOnlyCues);
  };
  const actedOnOnly = (si: number, m: Mention | undefined, state: string, passAppositive = false) => {
    const p = m ? mentionAt[m.token] : undefined;
    return !!p && otherStatesOnlyActedOn(doc, si, p.token, p.tokenEnd, namedAt.get(si) ?? [], state, null, lexicon.awayWords, lexicon.meetingWords, lexicon.speechVerbs, lexicon.timePhrases, passAppositive);
  };
  // "Sheldon Whitehouse, a Democratic senator", "Susan Collins, a Maine Republican": a party's own word beside a name
  // places the person in the party's state where the article names that state at all (beyond its parties and outlets)
  // and the sentence no other
  for (const a of actors) {
    const p = a.kind === "person" ? partyWords.get(a.id) : undefined;
    if (!p) continue;
    // (a known person's entry yields to the article's party word: "Republican congressman David Davis" is a namesake)
    const seeded = a.stateRule === "actors/state:seed" && a.country !== p.state;
    if ((a.country || a.code) && !seeded) continue;
    // (`own`: a state to pass over, the one a known person's entry gave the person; a party's word, unlike an office,
    // may be another state's party, so what the person says counts too: "X, a Republican, said Ireland must be united")
    if (!frameCounts.has(p.state)) continue;
    if (otherIn(p.sentences, p.state, seeded ? (a.country ?? null) : null)) {
      // ("The Republican senator X blocked an aid bill for Ukraine", "Conservative MP X said Britain must arm Ukraine": a
      // party's word on a legislator's seat names a member of that state's legislature, and a state the legislator
      // only speaks of or acts on is a topic, as for an office holder; not where that state frames the story, whose own
      // parties may share the word: "Conservative MP X said Canada must act" in a Canadian story)
      if (seeded || a.sector !== "LEG" || (storyFrame && storyFrame !== p.state)) continue;
      const doubt = p.sentences.filter((si) => otherOutsideSaying(si, mentionIn(a, si), p.state));
      if (!doubt.every((si) => actedOnOnly(si, mentionIn(a, si), p.state, true))) continue;
      a.country = a.code = p.state;
      a.stateRule = "actors/state:party-seat";
      continue;
    }
    a.country = a.code = p.state;
    a.stateRule = "actors/state:party-word";
  }
  // (a state the holder's own sentence names as its counterpart's: "his Saudi counterpart")
  const counterparts = (sentences: number[], st: string) =>
    sentences.some((si) => (namedAt.get(si) ?? []).some((n) => n.state === st && counterpartState(doc.tokens, n.token, mentionAt[n.token]?.tokenEnd ?? n.token + 1, doc.sentences[si].first, doc.sentences[si].last)));
  const frame = storyFrame;
  if (!frame) {
    usableFrameStates();
    return null;
  }
  // ("French President A and Prime Minister B signed a pact" in a story of Poland: where the story's frame is another state
  // whose system has the office, the prime minister may be the frame's; coordinated-office.ts yields to the frame's reading)
  for (const a of actors) {
    if (a.kind !== "person" || a.stateRule !== "actors/state:title-coordinated" || a.country === frame) continue;
    const systems = titleSystemsOf(a.role, lexicon.titleSystems);
    if (systems && !systems.has(frame)) continue;
    a.country = a.code = null;
    a.stateRule = undefined;
  }
  // (a title the frame's government does not use, or a holder whose counterpart is the frame's: the next state the story
  // names most, where one stands clearly above the rest, unused-title.ts)
  let second: string | null | undefined;
  const secondFrame = () => {
    if (second === undefined) second = dominantState(new Map([...frameCounts].filter(([st]) => st !== frame)));
    return second;
  };
  for (const a of actors) {
    if (a.kind !== "person" || a.country || a.code) continue;
    const sentences = officeSentences.get(a.id);
    if (!sentences || sentences.some((si) => titleCased(doc, doc.sentences[si]))) continue;
    const unused = statesNotUsing(a.role, lexicon.unusedTitles);
    const fits = (st: string) => !unused?.has(st) && !counterparts(sentences, st);
    let st: string | null = frame;
    if (!fits(frame)) {
      st = secondFrame();
      if (!st || !fits(st)) continue;
    }
    const placed = placeByFrame(a, sentences, st);
    if (placed && st !== frame) a.stateRule = "actors/state:frame-second";
  }
  return frame;
  /**
   * "South Korea's finance minister will visit Treasury Secretary Baker ... Trade Minister X told the U.S. Chamber of
   * Commerce": a story of two states has no frame, yet a title one of them does not use (titles.json unusedTitles: the
   * United States has no ministers) leaves the others; where one of those clearly dominates them (dominantState over the
   * counts without the states that lack the title), the holder is of it where no sentence of the holder names another
   * state that has the title (actors/state:frame-usable). Two states that both use the title ("Japanese and British ministers") leave it open.
   */
  function usableFrameStates(): void {
    let lastUnused: ReadonlySet<string> | null = null;
    let lastState: string | null = null;
    for (const a of actors) {
      if (a.kind !== "person" || a.country || a.code) continue;
      const sentences = officeSentences.get(a.id);
      if (!sentences || sentences.some((si) => titleCased(doc, doc.sentences[si]))) continue;
      const unused = statesNotUsing(a.role, lexicon.unusedTitles);
      if (!unused) continue;
      // (one entry of unusedTitles per article in practice: its count, once)
      if (unused !== lastUnused) {
        lastUnused = unused;
        lastState = dominantState(new Map([...frameCounts].filter(([st]) => !unused.has(st))));
      }
      const st = lastState;
      if (!st || counterparts(sentences, st) || sentences.some((si) => usableOtherIn(si, st, unused))) continue;
      // (the states left in its sentences lack the title, so they lend no doubt: "Defence Minister X, after a meeting
      // with Shultz, said the U.S. was confident")
      a.country = a.code = st;
      a.stateRule = "actors/state:frame-usable";
    }
  }
  /** whether sentence `si` names, by any mention (an outlet's demonym too: "Russia's news agency quoted Deputy Foreign
   *  Minister X"), a state other than `st` whose government uses the title: with no frame, it leaves the holder open */
  function usableOtherIn(si: number, st: string, unused: ReadonlySet<string>): boolean {
    const s = doc.sentences[si];
    for (let i = s.first; i < s.last; i++) {
      const m = mentionAt[i];
      if (!m || m.token !== i) continue;
      const other = stateOfActor(actors[m.actor]);
      if (other && other !== st && !unused.has(other)) return true;
    }
    return false;
  }
  /** sets `st`, the story's frame (or its second state), on a holder the frame's checks allow; whether it did */
  function placeByFrame(a: Actor, sentences: number[], frame: string): boolean {
    // (a sentence whose other states the holder, its subject, only acts on lends no doubt either: subject-act.ts)
    // ("South Africa will repay its debt under an agreement reached in London, Finance Minister X said": the frame opens
    // the words said before the holder's name, the other states are what it acts on, said-content.ts)
    const fronted = (si: number) => {
      const p = mentionIn(a, si);
      const placed = p ? mentionAt[p.token] : undefined;
      return !!placed && frontedOwnSaying(doc, si, placed.token, placed.tokenEnd, namedAt.get(si) ?? [], frame, lexicon.speechVerbs);
    };
    const doubt = sentences.filter((si) => otherOutsideSaying(si, mentionIn(a, si), frame) && !fronted(si));
    if (doubt.length && !doubt.every((si) => actedOnOnly(si, mentionIn(a, si), frame))) {
      // ("The defence secretary, X, flew to Paris": a title of few states' systems, France's not among them)
      const systems = titleSystemsOf(a.role, lexicon.titleSystems);
      // (only a sentence already in doubt can doubt the title's systems)
      if (!systems?.has(frame) || doubt.some((si) => otherOutsideSaying(si, mentionIn(a, si), frame, systems))) return false;
      a.country = a.code = frame;
      a.stateRule = "actors/state:frame-system";
      return true;
    }
    a.country = a.code = frame;
    a.stateRule = doubt.length ? "actors/state:frame-subject" : "actors/state:article-frame";
    return true;
  }
}

/**
 * "Moazzam Begg, from Birmingham, and ...", "Mark Dorey, from Leeds, decided ...": a place after ", from" right
 * after a name, closed by a comma, a stop or "and", is where the person comes from, and its state theirs
 * (actors/state:from-place). Not a body ("Becky Pinkard, from Digital Shadows,"), nor a place that opens a longer
 * name ("from Birmingham University"), nor a trip ("flew in from Moscow" has no comma after the name).
 */
function hometowns(doc: Doc, layer: ActorLayer): void {
  const { actors, mentionAt } = layer;
  const tokens = doc.tokens;
  eachStatelessFrom(doc, layer, (a, at) => {
    const p = mentionAt[at];
    if (!p || p.token !== at) return;
    const place = actors[p.actor];
    const state = place.kind === "country" ? place.code : /^(location|city|capital|region)$/.test(place.kind) ? place.country ?? null : null;
    if (!state || !/^(,|\.|;|and)$/.test(tokens[p.tokenEnd]?.text ?? ".")) return;
    a.country = a.code = state;
    a.stateRule = "actors/state:from-place";
  });
}

/** a line in title case ("Assange Loses Warrant Fight as Judge Says He Lacks Courage"), a linked story's
 * headline in the body: its capitalised words are no names, and its "Judge Says" no judge */
function titleCased(doc: Doc, s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i].text;
    if (!/^\p{L}/u.test(t)) continue;
    words++;
    if (CAP.test(t)) caps++;
  }
  // (a headline has no closing stop: "How about Senator Joe Lieberman?" is a sentence)
  const end = doc.tokens[s.last - 1]?.text ?? "";
  return words >= 4 && caps >= 0.7 * words && !/^[.?!"”’)]$/.test(end);
}

/** A person mention's span is the name; the title or role phrase before it ("Russian President",
 * "rebel leader") moves to the mention's `title`, so nothing is lost. Last of all: until here the
 * stage reasons over the whole phrase (a role phrase inside it is no second mention), and the token
 * layer (`mentionAt`) keeps covering the title, which events and quotes read as part of the actor. */
function splitTitles(doc: Doc, actors: Actor[]): void {
  const tokens = doc.tokens;
  for (const a of actors) {
    if (a.kind !== "person") continue;
    for (const m of a.mentions) {
      const k = m.nameToken;
      if (k === undefined) continue;
      m.title = { start: m.start, end: tokens[k - 1].end, text: doc.text.slice(m.start, tokens[k - 1].end) };
      m.start = tokens[k].start;
      m.text = doc.text.slice(m.start, m.end);
      m.token = k;
      m.nameToken = undefined;
    }
  }
}

/** Phase 5 of findActors: role phrases ("the president") as mentions of the persons they resolve to; actors in
 * order of first mention (a function of its own, as phases 1 and 2: a shape met here first no longer makes V8
 * recompile all of findActors) */
function roleMentions(doc: Doc, tags: (Tag | undefined)[], mentionAt: (PlacedMention | undefined)[], actors: Actor[], inBody: Uint8Array, lexicon: Lexicon, date: string | null): ActorLayer {
  const tokens = doc.tokens;
  const n = tokens.length;
  const roleNPs = findRoleNPs(doc, tags, mentionAt, actors, inBody, lexicon, date);
  let inContext: { a: Actor; want: string }[] | undefined;
  // "the president", "the Kremlin spokesperson": mentions of the person they resolved to
  for (const r of roleNPs) {
    if (r.actor === null) continue;
    const a = actors[r.actor];
    // "Bamba, Ivory Coast's president,": an appositive right after a mention of the person states its
    // state, where the full name's phrase did not ("President Kouadio Bamba")
    const aff = r.affiliation !== null ? actors[r.affiliation] : null;
    // (the comma first: `aff` may be any kind of actor, and reading its kind on every role phrase
    // made V8 throw away and recompile all of findActors for each new shape it met)
    if (tokens[r.first - 1]?.text === "," && !a.country && !a.code && aff?.kind === "country") {
      const m = mentionAt[r.first - 2];
      if (m && m.actor === r.actor && m.tokenEnd === r.first - 1) {
        a.country = a.code = aff.code;
        a.stateRule = "actors/state:appositive";
      }
    }
    // "the Latvian defence minister, Artis Pabriks, said", "Luhansk's regional governor, Serhiy Haidai said": a role
    // phrase in apposition right before the name states the state as one after it does
    const next = mentionAt[r.last + 1];
    // ("as he begins his term as US President, Mark Tully said": a role after 'as' inside a clause is not X's)
    const asInClause = tokens[r.first - 1]?.lower === "as" && r.first - 1 > 0 && !/^[,;:"“]$/.test(tokens[r.first - 2].text);
    // ("Russia summoned the British ambassador, Sergei Orlovsky said": no apposition; the role phrase must open its
    // clause, or the name close with a comma or bracket: "summoned the British ambassador, Deborah Bronnert, to")
    const opens = r.first === 0 || /^[,;:(“”"]$/.test(tokens[r.first - 1].text) || tokens[r.first - 1].pos === "CCONJ" || doc.sentences.some((x) => x.first === r.first);
    const closes = !!next && /^[,;)]$/.test(tokens[next.tokenEnd]?.text ?? "");
    if (tokens[r.last]?.text === "," && next && next.actor === r.actor && next.token === r.last + 1 && !a.country && !a.code && aff && !asInClause && (opens || closes)) {
      const state = affiliationState(aff, r, roleTitle(r, tags)?.sector ?? null, lexicon.aideNouns.has(roleText(doc, r, tags)?.toLowerCase() ?? ""));
      if (state) {
        a.country = state.country;
        a.code = state.code;
        if (state.code && !state.country) a.sector = "IGO";
        a.role ??= roleText(doc, r, tags);
        a.stateRule = "actors/state:appositive-role";
      }
    }
    if (a.mentions.some((m) => m.start <= r.start && r.end <= m.end)) continue;
    // "the rebel region", "the Irish guerrilla bombing": a role noun before a common noun modifies it
    // and names no one (the phrase still serves speakers and states above)
    if (tokens[r.last]?.pos === "NOUN" && !CAP.test(tokens[r.last].text)) continue;
    // "Algeria's president ... President Abdelaziz Bouteflika", "President X ... the Algerian
    // president said": a role phrase with a state that resolved to a person holding that very role
    // (not one taken by recency alone) states the person's state where the name's phrase did not;
    // only for an office one person holds in a state ("Tehran's military spokesman" resolved to the
    // Pentagon's spokesman, "the British ambassador" to the US one: many hold those)
    if (!a.country && !a.code && aff?.kind === "country" && a.role && !a.formerRole && lexicon.singleOffices.has(a.role.toLowerCase()) && roleHeldIn(a.role, r.text)) {
      a.country = a.code = aff.code;
      a.stateRule = "actors/state:role-coref";
    }
    // "Ivan Horak arrived in Kyiv. The Czech diplomat said ...": a definite role phrase with a state that opens the
    // sentence right after the one naming the person it resolved to names that person again, so it states the person's
    // state; only where that sentence names no other person the text leaves stateless (who else could it be), the
    // person holds no other role, the title is a person's (not "the Czech government"), no person of the article holds
    // that state already ("tweeted Alexander Baunov ... The Russian leader looked": Putin) and the phrase owns nothing
    // ("The U.S. intelligence director's office")
    if (!a.country && !a.code && aff?.kind === "country" && aff.code && !a.formerRole && tokens[r.first].lower === "the" && tokens[r.last]?.norm !== "'s" && roleTitle(r, tags) && (!a.role || roleHeldIn(a.role, r.text)) && !actors.some((x) => x.kind === "person" && x.code === aff.code)) {
      const si = sentenceOfToken(doc.sentences, r.first);
      const prev = si > 0 ? doc.sentences[si - 1] : null;
      const inPrev = (x: Actor) => x.mentions.some((m) => m.rule !== "actors/coref:role" && m.token !== undefined && m.token >= prev!.first && m.token < prev!.last);
      if (prev && doc.sentences[si].first === r.first && inPrev(a) && !actors.some((x) => x !== a && x.kind === "person" && !x.country && !x.code && inPrev(x))) {
        a.country = a.code = aff.code;
        a.role ??= roleText(doc, r, tags);
        a.stateRule = "actors/state:role-next-sentence";
      }
    }
    // "... unveiled by David Blunkett. The home secretary said": a title only one state's government uses, in a role
    // phrase that names no one else's state, gives its state as it does before the name (title-in-context, below)
    if (!a.country && !a.code && aff === null && lexicon.contextOffices.size) {
      const rt = roleText(doc, r, tags);
      const want = rt ? contextOfficeState(rt, lexicon) : undefined;
      if (want && (!a.role || contextOfficeState(a.role, lexicon) === want)) (inContext ??= []).push({ a, want });
    }
    // (with all the fields stripPlacement gives a mention: one hidden class for every reader of mentions)
    a.mentions.push({ start: r.start, end: r.end, text: r.text, rule: "actors/coref:role", token: r.first, headline: undefined, title: undefined, nameToken: undefined });
    a.mentions.sort((x, y) => x.start - y.start);
  }
  if (inContext) {
    const named = statesNamed(actors);
    // (the state only: a role phrase may have resolved to the wrong holder of a past office, "the former foreign
    // secretary", whose state is the same and whose role is not)
    for (const { a, want } of inContext) {
      if (a.country || a.code || !named.has(want)) continue;
      a.country = a.code = want;
      a.stateRule = "actors/state:title-in-context";
    }
  }
  // ids are stable, order is first mention; an actor whose mentions a group took over is gone
  const order = actors
    .map((a, i) => [a.mentions[0]?.start ?? Infinity, i] as const)
    .filter(([start]) => start !== Infinity)
    .sort((x, y) => x[0] - y[0]);
  const remap = new Int32Array(actors.length).fill(-1);
  const sorted = order.map(([, i], k) => ((remap[i] = k), actors[i]));
  for (let i = 0; i < n; i++) {
    const m = mentionAt[i];
    if (m && m.token === i) m.actor = remap[m.actor];
  }
  for (const r of roleNPs) {
    if (r.actor !== null) r.actor = remap[r.actor] < 0 ? null : remap[r.actor];
    if (r.affiliation !== null) r.affiliation = remap[r.affiliation] < 0 ? null : remap[r.affiliation];
  }
  return { actors: sorted, mentionAt, roleNPs };
}

/** Whether an appositive's words before its role hold a past-role word ("a former foreign secretary", "the ex-chief
 * of staff"); words after the role say nothing ("the minister who resigned, a former general"). */
function pastAppositive(text: string, role: string): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(role.toLowerCase());
  if (at < 0) return false;
  return lower.slice(0, at).split(/\s+/).some((w) => PAST_ROLE.has(w) || w.startsWith("ex-"));
}


/** The state (or international organisation) an affiliation in a role phrase gives its holder: a state, an
 * organisation's state, an IGO's code; a place only as a possessor ("Luhansk's regional governor"; "the Moscow
 * correspondent" may be anyone's). */
function affiliationState(aff: Actor, r: RoleNP, titleSector: string | null, aide: boolean): { country: string | null; code: string | null } | null {
  const possessed = /['’]s\b/.test(r.text);
  switch (aff.kind) {
    case "country": {
      // ("the Moscow correspondent": a capital before a reporter's title is where one works; "Kyiv's envoy", "the
      // Moscow mayor" hold its offices)
      const m = aff.mentions.find((x) => x.start >= r.start && x.end <= r.end);
      if (m && m.rule.includes("metonym:capital") && !possessed && titleSector === "MED") return null;
      return aff.code ? { country: aff.code, code: aff.code } : null;
    }
    case "igo":
      return aff.code ? { country: null, code: aff.code } : null;
    case "organization":
    case "group":
      return aff.country ? { country: aff.country, code: aff.country } : null;
    case "location":
      return aff.country && possessed ? { country: aff.country, code: aff.country } : null;
    // ("a top aide to President Macron, X,", "Putin's spokesman, X,": one who serves a person of a state is of it; not
    // a lawyer's or a rival's: only titles.json aideNouns)
    case "person":
      return aide && aff.country ? { country: aff.country, code: aff.country } : null;
    default:
      return null;
  }
}

/** the known person a surname names as an ally's or relative's principal: one active at the date, else one of the past
 * ("a key ally of Tony Blair" in a later story; a wife or son stays of the state) */
function associatePrincipal(tokens: Token[], lex: Lexicon, date: string | null): (q: number, end: number) => SeedPerson | null {
  return (q, end) => seedNamedAt(tokens, q, end, lex, (p) => activeAt(p, date)) ?? seedNamedAt(tokens, q, end, lex, () => true);
}

/** whether a shadow's word (titles.json shadowOffices) stands right before the title that ends before the name at token
 * `name`, or opens it ("Shadow attorney general X", "shadow Home Secretary X") */
function shadowBefore(tokens: Token[], tags: (Tag | undefined)[], name: number, lexicon: Lexicon): boolean {
  const ts = tagStartEndingAt(tags, name - 1, 0, (t) => !!t.title);
  return ts !== null && (lexicon.shadowOffices.words.has(tokens[ts].lower) || (ts > 0 && lexicon.shadowOffices.words.has(tokens[ts - 1].lower)));
}

/** the one state whose government uses a title (titles.json stateInContext), read past a word of a past or next holder */
function contextOfficeState(role: string, lexicon: Lexicon): string | undefined {
  return lexicon.contextOffices.get(role.toLowerCase().replace(/^(former|ex-|then-|acting|new|outgoing|incoming)\s*/, ""));
}

/** the states an article names outside its linked headlines: the state itself, or a party or body of its ("the Tories", "the Home Office") */
/** the states an article names as a state, a body of it or a place in it ("London", "Scotland"); not by a party or an
 * outlet alone ("the Conservatives" of a Finnish story, "Reuters"), whose names several states share or which report
 * from elsewhere */
function placesNamed(actors: Actor[]): Set<string> {
  const named = new Set<string>();
  for (const x of actors) {
    const st = x.mentions.some((m) => !m.headline) ? namedState(x) : null;
    if (st) named.add(st);
  }
  return named;
}

/** the state an actor names as a state, a body of it or a place in it; none for a party or an outlet, a person, an IGO */
function namedState(x: Actor): string | null {
  if (x.kind === "country") return x.code ?? null;
  return (x.kind === "organization" || x.kind === "location") && x.country && !/^(PTY|MED)$/.test(x.sector ?? "") ? x.country : null;
}

/** how often the article names each state outside its linked headlines, as a state or by a place in it (not by a body:
 * "Senate" names the chamber a holder's title opens with) */
function stateMentionCounts(actors: Actor[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of actors) {
    const st = x.kind === "country" ? x.code : x.kind === "location" ? x.country : null;
    if (!st) continue;
    const n = x.mentions.filter((m) => !m.headline).length;
    if (n) counts.set(st, (counts.get(st) ?? 0) + n);
  }
  return counts;
}

function statesNamed(actors: Actor[]): Set<string> {
  return new Set(actors.filter((x) => (x.kind === "country" || x.kind === "organization") && x.mentions.some((m) => !m.headline)).map((x) => (x.kind === "country" ? x.code ?? x.id : x.country ?? "")));
}

/** The title words of a role phrase ("defence minister" in "the Latvian defence minister"). */
function roleText(doc: Doc, r: RoleNP, tags: (Tag | undefined)[]): string | null {
  for (let i = r.first; i < r.last; i++) {
    const t = tags[i];
    if (t?.title && !t.title.honorific) return doc.text.slice(doc.tokens[i].start, doc.tokens[Math.min(r.last, i + t.len) - 1].end);
  }
  return null;
}

function roleTitle(r: RoleNP, tags: (Tag | undefined)[]): TitleEntry | null {
  for (let i = r.first; i < r.last; i++) if (tags[i]?.title && !tags[i]!.title!.honorific) return tags[i]!.title!;
  return null;
}

/** ("the BNP" in a story of Dhaka, and of the Tories): a name that organisations of several states hold is the one of
 *  the article's state, and of no state where the article names none or several of theirs (shared-names.ts). */
function resolveSharedNames(tokens: Token[], tags: (Tag | undefined)[], lexicon: Lexicon): void {
  let counts: Map<string, number> | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (!tag?.alts || !tag.entry) continue;
    counts ??= namedStateCounts(tags, lexicon.placeAlternatives);
    const chosen = sharedNameEntry(tag.entry, tag.alts, counts);
    if (chosen) {
      tag.entry = chosen;
      tag.shared = "article-state";
      continue;
    }
    const text = tokens.slice(i, i + tag.len).map((t) => t.text).join(" ");
    const sector = tag.alts.every((a) => a.sector === tag.entry!.sector) ? tag.entry.sector : null;
    tag.entry = { kind: "organization", id: `org:${slug(text)}@unresolved`, code: null, name: text, sector, country: null, from: tag.entry.from, person: undefined };
    tag.shared = "shared-name-unresolved";
  }
}

/** Phase 1 of findActors: dictionary names and titles (tags, covered, headlineTag are filled in). `congress`: whether
 * members of the US Congress (data/persons-congress.json) are read; returns whether one was tagged. */
function tagNames(doc: Doc, lexicon: Lexicon, inBody: Uint8Array, tags: (Tag | undefined)[], covered: Uint8Array, headlineTag: Uint8Array, titleSurname: Uint8Array, congress: boolean): boolean {
  let member = false;
  const allowed = <M extends { values: NameEntry[] }>(m: M | null): M | null => (m && !congress && m.values.every((v) => v.from === CONGRESS_PEOPLE_FROM) ? null : m);
  const tokens = doc.tokens;
  const surnames = new Set<string>();
  // 1. dictionary names and titles, longest first, never across a sentence; in ALL-CAPS headline
  //    lines only dictionary names, matched in capitals, and their mentions say so
  for (const s of doc.sentences) {
    if (!s.headline) continue;
    for (let i = s.first; i < s.last; ) {
      const m = allowed(lexicon.namesUpper.matchAt(tokens, i, byUpper, s.last));
      if (m) {
        const entry = pickEntry(m.values);
        tags[i] = { entry, len: m.length, alts: sharedNameAlternatives(m.values, entry) };
        for (let k = i; k < i + m.length; k++) headlineTag[k] = 1;
        i += m.length;
      } else i++;
    }
  }
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (let i = s.first; i < s.last; ) {
      if (!inBody[i]) {
        i++;
        continue;
      }
      const t = tokens[i];
      let m = CAP.test(t.text) || /^\d/.test(t.text) ? allowed(lexicon.names.matchAt(tokens, i, byNorm, s.last)) : null;
      // ("ex-Cuban diplomat X": a demonym behind a glued "ex-" still states the nationality; ex-demonym.ts)
      if (!m && exProperAt(t)) {
        const ex = lexicon.names.matchAt(tokens, i, byNormPastPrefix, s.last);
        if (ex && ex.values.every(statesNationality)) m = ex;
      }
      // the longer of a name and a title wins: "Labour Minister" is a portfolio, not the Labour Party
      const longerTitle = m ? lexicon.titles.matchAt(tokens, i, byLower, s.last) : null;
      const picked = m ? pickEntry(m.values) : null;
      if (m && picked && !isGivenName(tokens, i, m.length, m.values, lexicon) && !(longerTitle && longerTitle.length > m.length && !longerTitle.values[0].lowerCase) && !knownPersonInsideName(picked, tokens, i, i + m.length, s.first, s.last, covered)) {
        const entry = picked;
        // "the Homeland Union (Conservatives)": a translation in brackets of an unknown party's name is no party of its own
        if (entry.kind === "organization" && entry.sector === "PTY" && bracketGloss(tokens, i, i + m.length, s.first, (k) => !!tags[k] || covered[k] > 0, (k) => lexicon.givenNames.has(tokens[k].norm))) {
          i += m.length;
          continue;
        }
        // "the carrier USS Ronald Reagan", "HMS Queen Elizabeth": a person's name right after a ship's prefix or noun names the ship
        // ("Charles de Gaulle airport", "the Konrad Adenauer Foundation": a person's name before a noun of a thing named
        // after the person names the thing; not-names.json personNamedThings)
        if (entry.kind === "person" && (vesselBefore(tokens, i, lexicon) || personNamedThingAt(tokens, i + m.length, lexicon))) {
          for (let k = i; k < i + m.length; k++) covered[k] = 1;
          i += m.length;
          continue;
        }
        tags[i] = { entry, len: m.length, alts: sharedNameAlternatives(m.values, entry) };
        if (entry.from === CONGRESS_PEOPLE_FROM) member = true;
        for (let k = i; k < i + m.length; k++) covered[k] = 1;
        // ("Angus King", "Sanford Bishop" of the dictionaries: their last word, a title's, is their surname later in the
        // article, "King said", as title-surname.ts makes it for a name no dictionary holds)
        if (entry.kind === "person" && m.length > 1 && lexicon.titles.matchAt(tokens, i + m.length - 1, byLower, i + m.length)) surnames.add(tokens[i + m.length - 1].norm);
        i += m.length;
        continue;
      }
      // ("the Ukrainian ex-minister X", "Russian ex-deputy defence minister X": a title written as one word with "ex-" is
      // a past one; describe reads the prefix)
      let tm = lexicon.titles.matchAt(tokens, i, byLower, s.last) ?? (EX_TITLE.test(t.lower) ? lexicon.titles.matchAt(tokens, i, byLowerPastTitle, s.last) : null);
      // ("Senators Chuck Grassley and Dick Durbin", "Ambassadors A and B": a title's capitalised plural before a list of
      // names is a plural title, as "Reps." is; not before one name, "Governors Island", "Generals Ferreira")
      if (!tm && CAP.test(t.text)) {
        const pt = pluralTitleAt(tokens, i, s.last, lexicon);
        if (pt && !pt.title!.lowerCase && namesListedAt(tokens, covered, i + pt.len, s.last)) tm = { values: [{ ...pt.title!, plural: true }], length: pt.len };
      }
      // ("the head of state-run Rossiya 24": the owner word of "state-run" is not the last word of "head of state")
      if (tm && tm.length > 1 && stateOwnedEnd(tokens, i + tm.length - 1, lexicon) > i + tm.length - 1) tm = lexicon.titles.matchAt(tokens, i, byLower, i + tm.length - 1);
      if (tm && !(tm.values[0].lowerCase && tokens.slice(i, i + tm.length).some((t) => CAP.test(t.text)))) {
        // "Rep. Peter King", "Sen. King", later "King said": a title's word that closes a name is its surname
        if (tm.length === 1 && titleAsSurname(tokens, tags, covered, i, s.first, s.last, tm.values[0], lexicon.givenNames, surnames)) {
          titleSurname[i] = 1;
          i++;
          continue;
        }
        tags[i] = { title: tm.values[0], len: tm.length };
        for (let k = i; k < i + tm.length; k++) covered[k] = 2;
        i += tm.length;
        continue;
      }
      i++;
    }
  }
  return member;
}

/** Phase 2 of findActors: person candidates and gazetteer places (pushed onto candidates and places). */
function personCandidates(doc: Doc, ctx: ActorStageContext, inBody: Uint8Array, tags: (Tag | undefined)[], covered: Uint8Array, candidates: Candidate[], places: { first: number; last: number; place: Place }[], surnameStates: Set<string>, titleSurname: Uint8Array): void {
  const { lexicon } = ctx;
  const tokens = doc.tokens;
  const from = candidates.length;
  const outlets = new Set<string>();
  const afterPortfolio = new Set<number>();
  let lowerWords: Set<string> | undefined;
  let modifierWords: Set<string> | undefined;
  // 2. person candidates from runs of capitalised words
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (let i = s.first; i < s.last; ) {
      const tag = tags[i];
      if (tag?.entry?.kind === "person") {
        candidates.push(newCandidate(i, i + tag.len, tokens, tag.entry.person ?? null, "actors/dictionary:person"));
        i += tag.len;
        continue;
      }
      if (covered[i] || !inBody[i] || !isNameWord(tokens[i], i === s.first, lexicon)) {
        i++;
        continue;
      }
      // a run: name words, particles and hyphens between them
      let j = i + 1;
      while (j < s.last && !covered[j]) {
        const t = tokens[j];
        if (isNameWord(t, false, lexicon)) j++;
        else if (PARTICLES.has(t.lower) && j + 1 < s.last && !covered[j + 1] && CAP.test(tokens[j + 1].text)) j++;
        // ("Kika de la Garza", "Pieter van den Berg": two particles before the surname)
        else if (PARTICLES.has(t.lower) && j + 2 < s.last && PARTICLES.has(tokens[j + 1].lower) && !CAP.test(tokens[j + 1].text) && !covered[j + 1] && !covered[j + 2] && isNameWord(tokens[j + 2], false, lexicon)) j += 2;
        else if ((t.text === "-" || t.text === "‑") && !t.spaceBefore && j + 1 < s.last && !tokens[j + 1].spaceBefore && /^\p{L}/u.test(tokens[j + 1].text)) j += 2;
        // ("Gen. Terrence O' Shaughnessy", "James E. (Jim) Nugent": an Irish "O'" set apart from the surname it opens,
        // and a known given name in brackets between a person's names, stay inside the name; name-span.ts)
        else if (j + 1 < s.last && !covered[j + 1] && apartApostrophe(tokens, j) && isNameWord(tokens[j + 1], false, lexicon)) j += 2;
        else if (j + 3 < s.last && !covered[j + 3] && bracketedGivenName(tokens, i, j, lexicon.givenNames) && isNameWord(tokens[j + 3], false, lexicon)) j += 4;
        else break;
      }
      // "Henry VIII", "Queen Elizabeth I": a regnal number closes the name
      // "director Neil Jordan", "captain Billie Jean King": after a title, a state's one-word name
      // closing the run, with no capitalised word after it, is the person's surname
      // "Prime Minister Joseph Muscat", "Rep. Jim Jordan said": a capital's name too, and after a known given name
      // opening the run without a title ("Jim Jordan, an Ohio Republican"); a given name alone before a state is
      // no surname's cue where the state is followed by a capitalised word ("Joe Biden Ukraine Visit")
      if (j < s.last && surnameLikePlace(tags, tokens, i, j, lexicon) && !(tokens[j + 1] && CAP.test(tokens[j + 1].text))) {
        tags[j] = undefined;
        covered[j] = 0;
        surnameStates.add(tokens[j].norm);
        j++;
      }
      const regnal = regnalNumberAt(tokens, j, i, s.last, tags);
      if (regnal) j++;
      let first = i;
      let last = j;
      i = j;
      // ("Nick MossLondon Andy Beckett's argument": a word glued to the next inside the run closes the run there, and
      // the words after it are read again as a run of their own)
      for (let k = first; k < last - 1; k++) {
        if (!GLUED_WORDS.test(tokens[k].text) || tokens[k].text.startsWith("Fitz")) continue;
        last = k + 1;
        i = last;
        break;
      }
      // "Minister for Europe Douglas Alexander", "Chief Secretary to the Treasury Paul Boateng", "Minister of State for
      // Trade Mike O'Brien": a title's portfolio after "for", "to" or "of" runs into its holder's name; where a known
      // given name follows one or two of the portfolio's words, the holder's name starts there and is read again as a
      // run of its own ("Minister for Europe said", "the Secretary of State for Health's plan": no name after it)
      const holder = portfolioHolderAt(tokens, tags, first, last, lexicon);
      if (holder > first) {
        afterPortfolio.add(holder);
        i = holder;
        continue;
      }
      // ("Texas Republican X", "New Jersey Democrat X", "Boston Democrat X": a place's name before a party member's word
      // opens the run, and the name starts after the word, where partyWordAround reads the word's state; "a New Jersey
      // Democrat" names no one)
      const member = placePartyMemberEnd(doc, tags, first, last, s.first, lexicon);
      if (member === last) continue;
      first = member;
      // runs with an institution or place word are not persons ("Edison High School", "Oval Office")
      let lastBad = -1;
      for (let k = first; k < (regnal ? last - 1 : last); k++) if (lexicon.notNameWords.has(tokens[k].norm) && !titleSurname[k]) lastBad = k;
      // ("Secretary of Veterans Affairs Eric K. Shinseki": a name of the shape given name, middle
      // initial, surname may close a run of an institution's words; those three are read again as a
      // run of their own. Only that shape: after "Federal Home Loan Bank" or "Trade", "Board" and
      // "Unions" are the institution's words still)
      if (lastBad >= 0) {
        if (lastBad < last - 3 && isInitial(tokens[last - 2]) && !isInitial(tokens[last - 3])) i = last - 3;
        continue;
      }
      // "Senior Conservative Michael Howard", "Fellow Democrat Joe Manchin", "Coach Berti Vogts": a modifier, a party
      // member's word or a role noun opening a longer run is no part of the name after it (a party member's word, of a
      // surname alone too: "Conservative Ashdown said"); after the institution's words, so that "the annual National
      // Prayer Breakfast" stays no person
      // ("Striker Novo secured victory", "Olympian Tomlinson tried": a calling capitalised at the sentence's start is no
      // part of the surname after it either; speech.json callings)
      while (last - first > 1 && !tags[first] && (last - first > 2 ? leadingNonName(tokens[first], lexicon) : partyMemberWord(tokens[first], lexicon) || (first === s.first && lexicon.callings.has(tokens[first].lower)))) first++;
      // "EgyptAir", "BuzzFeed", "Conservative MPs", "Nancy PelosiOvernight": a word of a brand, a plural acronym or
      // two words run together (a link's title glued to a name) is no name's word
      // ("Michael NewmanShefford, Bedfordshire": a letter's signature run into its town; where a given name opens the
      // run and the glued word closes it, the name ends where the capital inside the word begins)
      const cut = gluedEnd(tokens, first, last, lexicon);
      if (cut === null && gluedWordIn(tokens, first, last)) continue;
      if (lexicon.placeFirstWords.has(tokens[first].norm) && last - first > 1) continue;
      // "strategy for Sub-Saharan Africa", "in South and Southeast Asia": a run a continent's name closes is a part of
      // the world, unless a known given name opens it ("America Ferrera"; not-names.json regionLastWords)
      if (last - first > 1 && lexicon.regionLastWords.has(tokens[last - 1].norm) && !lexicon.givenNames.has(tokens[first].norm)) continue;
      // "analysts at Salomon Brothers", "a member of Matrix Chambers", "Staal Bankiers said": a run a firm's word closes is
      // the firm, unless a known given name opens it ("John Chambers"; not-names.json firmLastWords)
      if (last - first > 1 && lexicon.firmLastWords.has(tokens[last - 1].norm) && !lexicon.givenNames.has(tokens[first].norm)) continue;
      if (lexicon.places.matchAt(tokens, first, byNorm, last)) continue;
      if (compassAbbreviation(tokens, first, last, lexicon)) continue;
      if (companyRun(tokens, first, last, lexicon)) continue;
      if (outletRun(tokens, first, last, s.last, lexicon)) {
        outlets.add(doc.text.slice(tokens[first].start, tokens[last - 1].end));
        continue;
      }
      // "in Magdeburg", "near Bakhmut": a place from the gazetteer
      // ("the town of Samarra", "the city of Hebron")
      const placeOf = tokens[first - 1]?.lower === "of" && /^(city|town|village|capital|province|region|district|port|enclave)$/.test(tokens[first - 2]?.lower ?? "");
      if (ctx.gazetteer && (PLACE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? "") || placeOf) && !lexicon.surnames.matchAt(tokens, first, byNorm, last)) {
        const place = ctx.gazetteer.lookup(doc.text.slice(tokens[first].start, tokens[last - 1].end));
        if (place) {
          places.push({ first, last, place });
          continue;
        }
      }
      // "a man from the town of Svyalava said": a name the gazetteer lacks after "the town of" is a place all the same
      if (placeOf && !titleEndingAt(tags, first)) continue;
      // "US Central Command (Centcom)": a short form in parentheses after a name is that name's
      if (tokens[first - 1]?.text === "(" && tokens[last]?.text === ")" && (tags[first - 2] || tagStartEndingAt(tags, first - 2) !== null)) continue;
      if (last - first === 1 && isRoleWord(tokens[first], lexicon) && !titleSurname[first]) continue;
      // "Adam Schiff, D-Calif.": a party tag, not a person
      if (partyTagAt(doc, first, lexicon)) continue;
      // "Chief Public Prosecutor Matthias Böttcher": a word inside a title phrase
      if (tags[last]?.title && !tags[last]!.title!.honorific) continue;
      // a surname of the seed dictionary whose holder is in office at the article's date is evidence enough
      const titleBefore = titleEndingAt(tags, first);
      const known = seedFor(tokens, first, last, lexicon, ctx.date) ?? seedByTitle(tokens, first, last, lexicon, titleBefore);
      // ("Mrs Lee", "Lord Kennedy": an address of another gender or state is not the known person's; titled-namesake.ts)
      const seed = known && last - first === 1 && titledNamesake(known, titleBefore?.title, lexicon) ? null : known;
      const evidence = personEvidence(tokens, first, last, s.first, s.last, tags, lexicon) ?? (afterPortfolio.has(first) ? "actors/person:portfolio-title" : null) ?? (seed ? "actors/dictionary:surname" : null);
      if (!evidence) continue;
      // "Time writes that", "Metro reports": one capitalised word that the article also writes in lower case, no known given
      // name or surname, before a verb of writing or reporting is a publication's name, no writer's (not-names.json
      // publicationVerbs; "Smith writes" stays a person: the article has no "smith")
      if (!seed && evidence === "actors/person:speaker" && last - first === 1 && lexicon.publicationVerbs.has(tokens[last]?.lower ?? "") && (lowerWords ??= lowerCaseWords(tokens)).has(tokens[first].lower) && !lexicon.givenNames.has(tokens[first].norm) && !lexicon.surnames.matchAt(tokens, first, byNorm, last)) continue;
      // "many devoted Thatcherites admitted", "Loyal Blairites insisted": a run a plural noun of a movement's followers
      // closes names a group
      if (!seed && evidence !== "actors/person:title" && followersNoun(tokens[last - 1], lexicon)) continue;
      // "a YouGov poll ... YouGov asked", "energy company Burisma": one capitalised word the article also writes as a
      // common noun's modifier, no known given name or surname, names a thing (modifier-names.ts)
      if (!seed && last - first === 1 && (evidence === "actors/person:speaker" || evidence === "actors/person:name-shape") && (modifierWords ??= nounModifierWords(tokens, doc.sentences)).has(tokens[first].lower) && !lexicon.givenNames.has(tokens[first].norm) && !lexicon.surnames.matchAt(tokens, first, byNorm, last)) continue;
      // "Deputy General Manager of Sumitomo Bank", "Chief Inspector of Mines": a staff noun after a title is the title's
      // last word, no name (titles.json staffNouns)
      if (!seed && last - first === 1 && lexicon.staffNouns.has(tokens[first].lower) && !lexicon.surnames.matchAt(tokens, first, byNorm, last)) continue;
      // "What I'm saying is": a pronoun run together with its verb is no name (common-word-run.ts)
      if (!seed && pronounContraction(tokens, first, last)) continue;
      // ("at Ataturk airport", "the Lenin Mausoleum": a known surname before a noun of a thing named after the person)
      if (seed && evidence === "actors/dictionary:surname" && personNamedThingAt(tokens, last, lexicon)) continue;
      // "a doctor from Bolton", "grew up in Bolton": a seed's bare surname after a preposition of place, where the
      // gazetteer knows it as a place and the article never writes the seed's full name, is the place ("criticism
      // from Bolton" after "John Bolton" keeps the person)
      if (seed && evidence === "actors/dictionary:surname" && last - first === 1 && ctx.gazetteer && PLACE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? "") && !doc.text.includes(seed.name)) {
        const place = ctx.gazetteer.lookup(tokens[first].text);
        if (place) {
          places.push({ first, last, place });
          continue;
        }
      }
      // "Experts Doubt NSA Leaker's Claim About Wiretaps", "NATO Troop Training in Ukraine Won't Trigger War": a run
      // known by its shape alone beside a word only a title-cased line capitalises is headline words, no name
      if (evidence === "actors/person:name-shape" && !seed && nearHeadlineWord(tokens, first, last, s.first, s.last, lexicon)) continue;
      // "on social media ... Social Media", "sexual violence ... Sexual Violence": a run known by its shape alone whose every
      // word the article also writes in lower case is a phrase in title case (common-word-run.ts)
      if (evidence === "actors/person:name-shape" && !seed && commonWordsRun(tokens, first, last, (lowerWords ??= lowerCaseWords(tokens)), lexicon.givenNames)) continue;
      // "the Community Cohesion report", "a Militant Tendency member", "Roman Catholicism": a run known by its shape alone with
      // a word ending as only common nouns and adjectives end (not-names.json commonNounSuffixes) is no person's name,
      // unless the word itself is a known given name or surname (a given name before it does not make it one: "Roman
      // Catholicism")
      if (evidence === "actors/person:name-shape" && !seed && commonNounSuffixIn(tokens, first, last, lexicon.commonNounSuffixes, (k) => lexicon.givenNames.has(tokens[k].norm) || !!lexicon.surnames.matchAt(tokens, k, byNorm, k + 1))) continue;
      // "British film Vera Drake", "French carmaker Renault said", "anti-virus firm Sophos said": a noun that presents a
      // thing right before a run that only a name's shape or a speech verb calls a person names the thing
      if (!seed && (evidence === "actors/person:name-shape" || evidence === "actors/person:speaker") && lexicon.thingNouns.has(tokens[first - 1]?.text ?? "")) continue;
      // "dropped Thunder Hammer bombs", "the Fateh Vortex ballistic missile", "its Clean Horizon programme": a noun of a made
      // thing right after such a run names the thing (made-thing.ts)
      if (!seed && (evidence === "actors/person:name-shape" || evidence === "actors/person:speaker") && madeThingAfter(tokens, last, s.last, lexicon)) continue;
      // "the carrier Carl Vinson", "USS Gerald R. Ford": a run right after a ship's prefix or noun names the ship, unless a title stands
      // before it; a title right after a navy's prefix is the ship's name too ("HMS Prince Albert", "HMS Queen Elizabeth")
      if (evidence !== "actors/person:title" ? vesselBefore(tokens, first, lexicon) : navyPrefixBefore(tokens, tagStartEndingAt(tags, first - 1), lexicon)) continue;
      // "crew members aboard the Ocean Viking", "marines landed on Omaha Beach", "the battle of Bunker Hill", "Team Rubicon
      // volunteers": the words before a run, or its first word, make it a ship's, a place's or a team's name (thing-context.ts)
      // "Title II of the Communications Act", "Phase III trials": a numbered part's noun and a Roman numeral (numbered-part.ts)
      if (!seed && evidence !== "actors/person:title" && numberedPart(tokens, first, last, lexicon)) continue;
      // "subscribe to Harbor Lights' newsletters", "this Liberty Ledger video", "Dan Reyes/Capitol Wire via Getty Images": a
      // run known by its shape alone before a noun of an outlet's work, or after a photo credit's slash, names the outlet
      // or the agency (outlet-works.ts)
      if (!seed && evidence === "actors/person:name-shape" && (outletWorkAfter(tokens, first, last, s.last, lexicon) || creditAgencyAt(tokens, first, s.first, lexicon))) continue;
      if (!seed && thingByContext(tokens, first, last, evidence === "actors/person:title" ? tagStartEndingAt(tags, first - 1) : null, s.first, evidence, lexicon)) continue;
      // "billionaire Bilderberg insider Peter Thiel": a word between a lower-case role noun and a common noun modifies the noun
      if (evidence === "actors/person:title" && last - first === 1 && titleEndingAt(tags, first)?.title?.lowerCase && tokens[last]?.pos === "NOUN" && !CAP.test(tokens[last].text)) continue;
      // "Gen Z voters", "Gen. X consumers": a lone letter after a rank, before a common noun, names a generation, not a person
      // ("Mr X said", "Gen. J. Smith" stand)
      if (evidence === "actors/person:title" && last - first === 1 && /^[A-Z]$/.test(tokens[first].text) && tokens[last]?.pos === "NOUN" && !CAP.test(tokens[last].text)) continue;
      // a run known by its shape alone is no person's name where names of people do not stand: after an article
      // ("the Mandarin Oriental hotel", "the Shadow Brokers dump"), alone inside quotation marks (a title:
      // "“Global Realignments”"), or as a place before its state ("in Punta del Este, Uruguay")
      if (evidence === "actors/person:name-shape" && !seed && (afterArticle(tokens, first, last, s.first, lexicon) || quotedAlone(tokens, first, last) || placeBeforeState(tokens, tags, first, last))) continue;
      // "at Old Trafford", "in Sin Tet Maw", "near Tunbridge Wells": after a preposition of place, a run known by its shape
      // alone names a place, unless a given name opens it ("shouted at Helen Marsh") or a possessive closes it ("in Robert
      // Peston's book", where the run owns a thing); so does one joined to a place that a preposition of place
      // opens ("in Bethnal Green and Stepney Green"; not "met Kim and Choe Son Hui"). A speech verb after the run
      // does not make it a speaker there: in "a trader in Peking said", "diplomats at Geneva said" the verb's subject
      // stands before the preposition, and the run is where that subject is
      if ((evidence === "actors/person:name-shape" || evidence === "actors/person:speaker") && !seed && (/^(?:in|at|near)$/.test(tokens[first - 1]?.lower ?? "") || (evidence === "actors/person:name-shape" && placeConjunct(tokens, tags, places, first))) && !possessiveAfter(tokens, last) && !lexicon.givenNames.has(tokens[first].norm)) continue;
      // "The Observatory said", "the Monitor reported": English puts no article before a person's bare name, so a
      // speech verb's subject right after one is a body or an outlet named by its head noun
      if (evidence === "actors/person:speaker" && !seed && first - 1 >= s.first && ARTICLES.has(tokens[first - 1].lower)) continue;
      // "the Office of Legal Counsel", "the League of Women Voters", "Fox & Friends": a run right after "of" or "for"
      // that follows an institution's word, or after "&", goes on with that name
      if (!seed && evidence !== "actors/person:title" && continuesName(tokens, first, s.first, lexicon)) continue;
      // "analysts at Kidder Peabody said", "an economist at Goldman Sachs": a run after a role noun and "at" is where
      // the role is held ("a rally at Donald Trump's club": not before a possessive)
      if (!seed && evidence !== "actors/person:title" && workplaceAfterRole(tokens, first, last, s.first, lexicon)) continue;
      const c = newCandidate(first, last, tokens, seed, evidence);
      if (cut !== null) {
        c.name = c.name.slice(0, c.name.length - (tokens[last - 1].end - cut));
        c.endChar = cut;
      }
      candidates.push(c);
    }
  }
  // the outlet's name elsewhere in the article is the outlet's too ("Tanjug said")
  if (outlets.size) {
    const kept = candidates.slice(from).filter((c) => c.seed || !outlets.has(c.name));
    candidates.length = from;
    candidates.push(...kept);
  }
  // a one-word name the article gives a firm elsewhere is the firm's ("Harlow Group PLC ... Harlow said"; firm-names.ts)
  const firms = firmWordsOf(tokens, lexicon);
  if (firms.size) {
    const kept = candidates.slice(from).filter((c) => !firmNamed(c.name, c.evidence, !!c.seed, firms));
    candidates.length = from;
    candidates.push(...kept);
  }
}

/** "the Yugoslav news agency Tanjug", "the official newspaper Granma", "Zycie Warszawy daily said": a
 * run right after a noun that presents a news outlet, or before a print one, is the outlet's name. */
function outletRun(tokens: Token[], first: number, last: number, sLast: number, lex: Lexicon): boolean {
  // (the name closes there: "told the newspaper John Smith was right" is a clause about John Smith)
  const next = tokens[last];
  const closes = !next || last >= sLast || next.kind === "punct" || lex.speechVerbs.has(next.lower);
  for (let k = Math.max(0, first - 2); k < first && closes; k++) {
    const m = lex.outletNouns.matchAt(tokens, k, byLower, first);
    if (m && k + m.length === first && !CAP.test(tokens[k].text)) return true;
  }
  const after = last < sLast ? lex.outletNouns.matchAt(tokens, last, byLower, sLast) : null;
  return !!after && !CAP.test(tokens[last].text) && !/^(radio|television|broadcaster)$/.test(after.values[0]);
}

/** an outlet's noun at `end` or after one or two lower-case words ("weekly magazine", "state television") */
function outletAfter(tokens: Token[], end: number, sLast: number, lex: Lexicon): boolean {
  for (let k = end; k < Math.min(end + 3, sLast); k++) {
    if (k > end && !/^[a-z][a-z-]*$/.test(tokens[k - 1].text)) return false;
    if (lex.outletNouns.matchAt(tokens, k, byLower, sLast)) return /^[a-z]/.test(tokens[k].text);
  }
  return false;
}

const OPEN_QUOTES = new Set(["“", '"', "‘", "'"]);
const CLOSE_QUOTES = new Set(["”", '"', "’", "'"]);

/** "the Shadow Brokers", "the luxurious Mandarin Oriental hotel": an article right before the run, or over plain
 * adjectives where the run modifies a noun after it ("a tearful Lionel Messi at the end" is a person; "the late
 * Nelson Mandela", "the former Shah": a modifier of a role, a person may follow). */
function afterArticle(tokens: Token[], first: number, last: number, sFirst: number, lex: Lexicon): boolean {
  if (first - 1 >= sFirst && ARTICLES.has(tokens[first - 1].lower)) return true;
  const after = tokens[last];
  if (!after || after.pos !== "NOUN" || CAP.test(after.text)) return false;
  let b = first - 1;
  while (b > sFirst && tokens[b].pos === "ADJ" && !CAP.test(tokens[b].text) && !lex.modifiers.matchAt(tokens, b, byLower, first)) b--;
  return b < first - 1 && b >= sFirst && ARTICLES.has(tokens[b].lower);
}

/** a word only a title-cased line capitalises in mid-sentence ("About", "Won't", "With") in the stretch of title-case
 * words around the run: capitalised words, possessives, numbers and short lower-case words ("in", "of"), at most
 * eight each way; a comma, a colon or a longer lower-case word ends the stretch */
function nearHeadlineWord(tokens: Token[], first: number, last: number, sFirst: number, sLast: number, lex: Lexicon): boolean {
  const inStretch = (t: Token) => CAP.test(t.text) || t.kind === "number" || t.norm === "'s" || t.text === "n't" || (t.kind === "word" && t.text.length <= 3 && !/[^\p{Ll}]/u.test(t.text));
  const headlineWordAt = (k: number) => {
    const t = tokens[k];
    if (!CAP.test(t.text)) return false;
    // "Won't" is two tokens, "Wo" and "n't"
    const word = tokens[k + 1]?.text === "n't" ? t.lower + "n't" : t.lower;
    if (!lex.headlineWords.has(word)) return false;
    // a capital after a colon or an opening quotation mark starts a sentence of its own
    return !(tokens[k - 1].text === ":" || OPEN_QUOTES.has(tokens[k - 1].text));
  };
  for (let k = last; k < Math.min(sLast, last + 8) && inStretch(tokens[k]); k++) if (headlineWordAt(k)) return true;
  for (let k = first - 1; k > Math.max(sFirst, first - 9) && inStretch(tokens[k]); k--) if (headlineWordAt(k)) return true;
  return false;
}

/** "“Global Realignments”", "“Spinning Benghazi,”": the run is all that stands between two quotation marks. */
function quotedAlone(tokens: Token[], first: number, last: number): boolean {
  if (!OPEN_QUOTES.has(tokens[first - 1]?.text ?? "")) return false;
  let e = last;
  if (/^[,.!?:;]$/.test(tokens[e]?.text ?? "")) e++;
  return CLOSE_QUOTES.has(tokens[e]?.text ?? "");
}

/** The run at `first` follows "and"/"or" after a dictionary place that a preposition of place opens ("in Bethnal Green and"). */
function placeConjunct(tokens: Token[], tags: (Tag | undefined)[], places: readonly { first: number; last: number }[], first: number): boolean {
  if (!/^(?:and|or)$/.test(tokens[first - 1]?.lower ?? "")) return false;
  const tagged = tagStartEndingAt(tags, first - 2);
  const e = tagged !== null ? tags[tagged]?.entry : undefined;
  const start = e && PLACE_KINDS.has(e.kind) ? tagged : places.find((p) => p.last === first - 1)?.first ?? null;
  return start !== null && PLACE_PREPOSITIONS.has(tokens[start - 1]?.lower ?? "");
}

/** dictionary entries that are places */
const PLACE_KINDS = new Set(["city", "region", "capital", "seat"]);

/** "in Punta del Este, Uruguay": a run after a preposition of place, followed by a comma and a state's name. */
function placeBeforeState(tokens: Token[], tags: (Tag | undefined)[], first: number, last: number): boolean {
  if (!PLACE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? "") || tokens[last]?.text !== ",") return false;
  const e = tags[last + 1]?.entry;
  return !!e && e.kind === "country";
}

/** Every actor is made with all its fields, in one order (an absent one `undefined`, which JSON
 * leaves out): actors of many shapes, some gaining `formerRole`, `stateRule` or `headline` late, made
 * V8 throw away and recompile the optimised code of every stage that reads them. */
function newActor(
  id: string,
  kind: ActorKind,
  name: string,
  code: string | null,
  country: string | null | undefined,
  sector: string | null | undefined,
  role?: string | null,
  description?: string | null,
): Actor {
  return { id, kind, name, code, country, sector, role, description, mentions: [], formerRole: undefined, stateRule: undefined, headline: undefined };
}

function stripPlacement(m: PlacedMention): Mention {
  return { start: m.start, end: m.end, text: m.text, rule: m.rule, token: m.token, headline: m.headline ? true : undefined, title: undefined, nameToken: undefined };
}

function pickEntry(values: NameEntry[]): NameEntry {
  let best = values[0];
  for (const v of values) if (KIND_RANK[v.kind] < KIND_RANK[best.kind]) best = v;
  return best;
}

/** "Chad Wolf", "Jordan Peterson": a country's name used as a given name. */
function isGivenName(tokens: Token[], i: number, len: number, values: NameEntry[], lex: Lexicon): boolean {
  if (len !== 1 || !lex.ambiguousGivenNames.has(tokens[i].norm)) return false;
  if (values.some((v) => v.kind === "person")) return false;
  const next = tokens[i + 1];
  return !!next && next.kind === "word" && CAP.test(next.text) && HAS_LOWER.test(next.text) && !lex.names.has(next.norm) && !lex.notNameWords.has(next.norm);
}

/** "Prosecutors", "Officials", "Police": group and role words written with a capital. */
function isRoleWord(t: Token, lex: Lexicon): boolean {
  const probe: Token[] = [{ ...t, lower: t.lower }];
  if (lex.peopleNouns.has(t.lower)) return true;
  if (!!lex.groupWords.matchAt(probe, 0, byLower) || !!lex.titles.matchAt(probe, 0, byLower) || !!lex.speechNouns.matchAt(probe, 0, byLower) || (t.lower.endsWith("s") && !!lex.groupWords.matchAt([{ ...t, lower: t.lower.slice(0, -1) }], 0, byLower))) return true;
  // ("Agents continued to work on it", "Correspondents say", "Soldiers said": the plural of a staff noun or of a title of
  // trade, whose singular a name never is; not an honorific's, "Lords said" may be a family's)
  if (!t.lower.endsWith("s") || t.lower.endsWith("ss")) return false;
  const one = t.lower.slice(0, -1);
  if (lex.staffNouns.has(one) || lex.personNouns.has(one)) return true;
  const m = lex.titles.matchAt([{ ...t, lower: one }], 0, byLower);
  return !!m && m.length === 1 && m.values.every((v) => !v.honorific);
}

/** "the Charlie Hebdo attack", "Williams Natural Gas Co": a word inside a run of capitalised words
 * that made no person is no bare surname standing for one (a surname alone has no capitalised word
 * beside it that is not itself a title, a name or a mention). */
function inLongerRun(tokens: Token[], i: number, sFirst: number, sLast: number, mentionAt: (PlacedMention | undefined)[], covered: Uint8Array, lex: Lexicon): boolean {
  // (a calling that opens the sentence is none: "Striker Novo secured victory")
  const free = (k: number) => k >= sFirst && k < sLast && !mentionAt[k] && !covered[k] && isNameWord(tokens[k], false, lex) && !lex.notNameWords.has(tokens[k].norm) && !(k === sFirst && lex.callings.has(tokens[k].lower));
  if (free(i + 1)) return true;
  // ("the Scottish Executive", "Trump Tower": an institution's word right after it makes the run an institution's name)
  if (i + 1 < sLast && !mentionAt[i + 1] && !covered[i + 1] && isNameWord(tokens[i + 1], false, lex) && lex.notNameWords.has(tokens[i + 1].norm)) return true;
  if (!free(i - 1)) return false;
  // ("Curtin University Tama Leaver": the name after an institution's word, which rejected the run)
  let k = i - 1;
  while (free(k)) k--;
  return !(k >= sFirst && lex.notNameWords.has(tokens[k].norm));
}

const REGNAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|XII|XIII|XIV|XV|XVI|XVII|XVIII)$/;

/** "Henry VIII", "Leopold III", "Queen Elizabeth I": a Roman numeral right after a name is its regnal
 * number (not "XI", a cricket side; "I" only after a royal or papal title, where it is no pronoun). */
function regnalNumberAt(tokens: Token[], j: number, first: number, sLast: number, tags: (Tag | undefined)[]): boolean {
  const t = tokens[j];
  if (j >= sLast || !t || !REGNAL.test(t.text) || !t.spaceBefore) return false;
  if (tokens[j - 1].kind !== "word" || !CAP.test(tokens[j - 1].text)) return false;
  if (t.text === "I") return !!titleEndingAt(tags, first)?.title?.honorific || /^(king|queen|emperor|empress|pope|tsar|czar)$/i.test(tokens[first - 1]?.text ?? "");
  return true;
}

/** a navy's prefix ("USS", "HMS") or a lower-case noun of a ship ("carrier", "destroyer") right before token i */
function vesselBefore(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i - 1];
  return !!t && t.kind === "word" && lex.vesselWords.has(t.text);
}

/** a navy's prefix in capitals ("HMS", "USS") right before token i */
function navyPrefixBefore(tokens: Token[], i: number | null, lex: Lexicon): boolean {
  return i !== null && vesselBefore(tokens, i, lex) && !HAS_LOWER_RE.test(tokens[i - 1].text);
}

/** "K.": one capital letter and a full stop */
function isInitial(t: Token): boolean {
  return t.text.length === 2 && t.text.endsWith(".") && CAP.test(t.text);
}

function isNameWord(t: Token, sentenceStart: boolean, lex: Lexicon): boolean {
  if (t.kind !== "word" || !CAP.test(t.text)) return false;
  // initials "J." first: an initial has no lower-case letter, yet is no acronym ("M. Waugh", "George W. Bush")
  if (t.norm === "'s" || t.text.endsWith(".")) return t.text.length === 2;
  if (!HAS_LOWER.test(t.text) && t.text.length > 1) return false; // acronyms are not names
  if (sentenceStart && (t.pos !== "PROPN" || lex.notNameWords.has(t.norm))) return false;
  return t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "X" || t.pos === "VERB" || t.pos === "ADV" || t.pos === "NUM";
}

function personEvidence(tokens: Token[], first: number, last: number, sFirst: number, sLast: number, tags: (Tag | undefined)[], lex: Lexicon): string | null {
  // a title or honorific just before: "President Vladimir Putin", "Mr Rahami"
  const before = titleEndingAt(tags, first);
  if (before) return "actors/person:title";
  // an appositive or relative clause after: "Amarjit Singh, a limousine driver", "Pezeshkian, who"
  const after = tokens[last];
  if (after?.text === ",") {
    const k = last + 1;
    if (k < sLast && FOLLOWS_PERSON.has(tokens[k].lower)) return "actors/person:relative-clause";
    let m = k;
    while (m < sLast && APPOSITIVE_OPENERS.has(tokens[m].lower)) m++;
    if (m > k) {
      for (let q = m; q < Math.min(sLast, m + 6); q++) {
        if (tags[q]?.title && !tags[q]!.title!.honorific) return "actors/person:appositive";
        if (tokens[q].text === "," || tokens[q].pos === "VERB") break;
      }
    }
  }
  // a speech verb after: "Kellogg said", "Amarjit Singh, ..., said"
  let v = last;
  if (tokens[v]?.pos === "ADV") v++;
  if (v < sLast && lex.speechVerbs.has(tokens[v].lower) && tokens[v].pos !== "NOUN") return "actors/person:speaker";
  // "said Peskov"
  if (first > sFirst && lex.speechVerbs.has(tokens[first - 1].lower) && (tokens[first - 2]?.text === "," || tokens[first - 2]?.text === "”" || tokens[first - 2]?.text === '"')) return "actors/person:speaker";
  // the shape of a name: two to four capitalised words, all proper nouns
  const words = [];
  // "Bergamo-based Atalanta", "Family-controlled Douglas": a compound adjective opens no name
  if (tokens[first + 1]?.text === "-" && !tokens[first + 1].spaceBefore && /^(?:\p{Ll}+ed|born|run|made)$/u.test(tokens[first + 2]?.text ?? "")) return null;
  // (the part after a hyphen is one word with the part before: "Kang Young-hoon", whatever its tag)
  for (let k = first; k < last; k++) if (tokens[k].kind === "word" && !PARTICLES.has(tokens[k].lower) && tokens[k].text !== "-" && !(tokens[k - 1]?.text === "-" && !tokens[k].spaceBefore)) words.push(tokens[k]);
  // ("Josh Lewsey took the ball", "Neil Back", "Dale Garland finished second": the tagger reads a name's word that is
  // also a word of English as that word; after a known given name, a capitalised word is the name's still, unless it
  // closes a firm's name: "Soma Holding", "Sterling Securities"; not-names.json firmLastWords)
  const given = words.length >= 2 && lex.givenNames.has(words[0].norm);
  if (words.length >= 2 && words.length <= 4 && words.every((w) => w.pos === "PROPN" || (given && CAP.test(w.text) && !lex.firmLastWords.has(w.norm))) && !tableOrThing(tokens, first, words, sFirst, tags)) return "actors/person:name-shape";
  return null;
}

/** "W L PCT", "Net Income N", "the White Sox", "the 1993 BellSouth Classic": shapes of capitalised
 * words that are no one's name, for a run with no other evidence than its shape. A one-letter word
 * with no full stop is a table's column head or a cell, not an initial ("W D L G"); and English puts
 * no article before a person's bare name, so "the" (over numbers and dictionary names only: "the
 * Chicago White Sox", "the U.S. Amateur Championship") marks a team, a ship, an event or an index. */
function tableOrThing(tokens: Token[], first: number, words: Token[], sFirst: number, tags: (Tag | undefined)[]): boolean {
  if (words.some((w) => w.text.length === 1)) return true;
  let k = first - 1;
  while (k >= sFirst) {
    const start = tagStartEndingAt(tags, k);
    if (start !== null && tags[start]?.entry) k = start - 1;
    else if (tokens[k].kind === "number") k--;
    else break;
  }
  return k >= sFirst && (tokens[k].lower === "the" || tokens[k].lower === "a" || tokens[k].lower === "an");
}

/** "Lomason Co", "Warner Bros", "Edward D. Jones & Co", "James Capel and Co": a company's legal form in the run, or
 * after it with "&" (or "and" before "Co", the older form), names a company. */
function companyRun(tokens: Token[], first: number, last: number, lex: Lexicon): boolean {
  for (let k = first + 1; k < last; k++) if (lex.organisationSuffixes.has(tokens[k].text)) return true;
  const next = tokens[last];
  if (next && lex.organisationSuffixes.has(next.text)) return true;
  if (next?.text === "and" && /^Co\.?$/.test(tokens[last + 1]?.text ?? "")) return true;
  if (next?.text === "&" && !!tokens[last + 1] && lex.organisationSuffixes.has(tokens[last + 1].text)) return true;
  // "NV Philips Gloeilampenfabrieken <PGLO.AS>", "<Salomon Brothers>": wire copy puts a company's stock ticker in angle
  // brackets after its name, or the whole name in them; no person's name stands so
  if (angleBracketed(tokens, last - 1) || (!!tokens[first - 1]?.text.endsWith("<") && !!tokens[last]?.text.startsWith(">"))) return true;
  // "Kleinwort and Benson Ltd's analyst", "Hoare Govett (Far East) Ltd", "Jardine Fleming (Securities) Ltd": a legal form
  // closes the name after a partner's capitalised name or a bracketed part (up to three words), so the run is the
  // firm's (not "John Smith and Jones Ltd" read as anything else: a partner's name has no lower-case word)
  // (not "Klaus Weber and Siemens AG said" or "Rolf Hansen (Nordea AB) said": a run a given name opens is a person's,
  // and a bracketed part must close before the legal form)
  if (next?.text === "and" || next?.text === "(") {
    let k = last + 1;
    const stop = Math.min(tokens.length, k + 3);
    let firmWord = false;
    for (; k < stop && tokens[k].kind === "word" && CAP.test(tokens[k].text) && !lex.organisationSuffixes.has(tokens[k].text); k++) firmWord ||= lex.firmLastWords.has(tokens[k].norm);
    // ("Morgan Grenfell and Partners Ltd": a given name opens a firm's name only with a firm's word after "and")
    if (lex.givenNames.has(tokens[first].norm) && !firmWord) return false;
    if (next.text === "(") {
      if (tokens[k]?.text !== ")") return false;
      k++;
    }
    if (k > last + 1 && lex.organisationSuffixes.has(tokens[k]?.text ?? "")) return true;
  }
  return false;
}

/** whether an angle bracket opens right after token `k` and closes within four tokens ("<PGLO.AS>", "<DBKG.FRA>") */
function angleBracketed(tokens: Token[], k: number): boolean {
  const open = tokens[k + 1];
  if (!open?.text.startsWith("<")) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) if (tokens[j].text.endsWith(">")) return true;
  return false;
}

/** "Thatcherites", "Brexiteers", "Corbynistas", "Islamists": a capitalised plural noun of a movement's followers, of
 * seven letters or more, that no dictionary knows as a given name or surname (not-names.json groupNounEndings). */
function followersNoun(t: Token, lex: Lexicon): boolean {
  if (t.kind !== "word" || t.text.length < 7 || !CAP.test(t.text) || !HAS_LOWER.test(t.text)) return false;
  if (!lex.groupNounEndings.some((e) => t.lower.endsWith(e))) return false;
  return !lex.givenNames.has(t.norm) && !lex.surnames.matchAt([t], 0, byNorm, 1);
}

/** "Senior", "Conservative", "Democrat", "Coach": a modifier of a role, a party member's word (its plural a party's
 * name: "Conservatives", "Democrats") or a role noun, capitalised before a name. */
function leadingNonName(t: Token, lex: Lexicon): boolean {
  if (t.kind !== "word" || !CAP.test(t.text)) return false;
  if (lex.modifiers.matchAt([t], 0, byLower, 1)) return true;
  // ("Actor Sean Penn is in Kyiv", "Poet Mohammad Rasouli said": a calling or a description that presents a person,
  // capitalised at the sentence's start; speech.json callings and descriptions)
  if (lex.callings.has(t.lower) || lex.speakerDescriptions.has(t.lower)) return true;
  return partyMemberWord(t, lex) || isRoleWord(t, lex);
}

/**
 * Where the name starts in a run that opens with a place's name and a party member's word ("Ohio Republican Jim
 * Jordan", "New Jersey Democrat X", whose "New" may stand before the run): the token after the word (`last` where no
 * name follows), or `first` where the run has no such opening. The place is a first-level part of the party word's
 * own state (countries.json regions) or a place no dictionary names (not-names.json places) ("Christian Democrat X",
 * "Liberal Democrat X": no place, another state's party).
 */
function placePartyMemberEnd(doc: Doc, tags: (Tag | undefined)[], first: number, last: number, sFirst: number, lex: Lexicon): number {
  const tokens = doc.tokens;
  for (let p = first + 1; p <= first + 3 && p < last; p++) {
    if (tags[p] || !partyMemberWord(tokens[p], lex)) continue;
    const state = lex.partyWords.get(tokens[p].text);
    if (!state) return first;
    const region = regionEndingAt(doc, tags, p - 1, Math.max(sFirst, first - 2), lex);
    const place = lex.places.matchAt(tokens, first, byNorm, p);
    return (region && region.code === state) || (place && place.length === p - first) ? p + 1 : first;
  }
  return first;
}

function partyMemberWord(t: Token, lex: Lexicon): boolean {
  if (t.kind !== "word" || !CAP.test(t.text)) return false;
  if (lex.partyWords.has(t.text)) return true;
  const plural: Token = { ...t, text: t.text + "s", norm: t.norm + "s", lower: t.lower + "s" };
  const party = lex.names.matchAt([plural], 0, byNorm, 1);
  return !!party && party.values.some(isParty);
}

/** "EgyptAir", "BuzzFeed", "IQAir", "MPs", "PelosiOvernight": a word with a capital inside it after four lower-case
 * letters or more (not "McCain", "MacArthur", "DeSantis", "LeBron": a short prefix of a name; nor "FitzGerald"), or
 * after two capitals (an acronym with more after it). */
const GLUED = /^(?:\p{Lu}(\p{Ll}{3,})\p{Lu}|\p{Lu}{2,}\p{Ll})/u;
function gluedWordIn(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.kind !== "word") continue;
    const m = GLUED.exec(t.text);
    if (m && m[1] !== "itz") return true;
  }
  return false;
}

/** "Peston's", "Peston ’s": a possessive closes the run */
function possessiveAfter(tokens: Token[], last: number): boolean {
  return tokens[last]?.norm === "'s" || /[’']s$/.test(tokens[last - 1].text);
}

/** "analysts at Kidder Peabody", "a professor at Johns Hopkins": "at" right before the run, after a noun of people
 * or a one-word title in lower case, and no possessive closing the run. */
function workplaceAfterRole(tokens: Token[], first: number, last: number, sFirst: number, lex: Lexicon): boolean {
  if (first - 2 < sFirst || tokens[first - 1].lower !== "at") return false;
  if (possessiveAfter(tokens, last)) return false;
  const noun = tokens[first - 2];
  if (noun.kind !== "word" || (CAP.test(noun.text) && first - 2 !== sFirst)) return false;
  if (lex.peopleNouns.has(noun.lower)) return true;
  const title = lex.titles.matchAt([noun], 0, byLower, 1);
  return !!title && title.values.some((v) => !v.honorific);
}

/** "Michael NewmanShefford", "Brigid KeenanBatcombe, Somerset": a run of two or three words whose last alone is glued
 * (a capital after four lower-case letters), and whose first is a given name or which a comma and a capitalised word
 * follow (a letter's signature: name, town, county), ends inside its last word; the character offset where the glued
 * word begins, or null. (Not "Rod Rosenstein Rod RosensteinDemocrats": a word repeated.) */
const GLUED_WORDS = /^\p{Lu}\p{Ll}{4,}\p{Lu}\p{Ll}/u;
function gluedEnd(tokens: Token[], first: number, last: number, lex: Lexicon): number | null {
  if (last - first < 2 || last - first > 3) return null;
  const signature = tokens[last]?.text === "," && CAP.test(tokens[last + 1]?.text ?? "");
  if (!signature && !lex.givenNames.has(tokens[first].norm)) return null;
  for (let k = first; k < last - 1; k++) if (GLUED.test(tokens[k].text)) return null;
  const t = tokens[last - 1];
  const m = /^\p{Lu}(\p{Ll}{3,})\p{Lu}\p{Ll}/u.exec(t.text);
  if (!m || m[1] === "itz") return null;
  const words = new Set<string>();
  for (let k = first; k < last; k++) {
    const w = k === last - 1 ? t.text.slice(0, m[1].length + 1) : tokens[k].text;
    if (words.has(w)) return null;
    words.add(w);
  }
  return t.start + m[1].length + 1;
}

/** "the Office of Legal Counsel", "the Japan Network for Disaster Reduction", "Fox & Friends": the run follows "&"
 * after a capitalised word, or "of" or "for" after an institution's word (not-names.json words). */
function continuesName(tokens: Token[], first: number, sFirst: number, lex: Lexicon): boolean {
  if (first - 2 < sFirst) return false;
  const link = tokens[first - 1];
  const before = tokens[first - 2];
  if (!CAP.test(before.text) || before.kind !== "word") return false;
  if (link.text === "&") return true;
  return (link.lower === "of" || link.lower === "for") && lex.notNameWords.has(before.norm);
}

const COMPASS: Record<string, string> = { "N.": "North", "S.": "South", "E.": "East", "W.": "West" };

/** "S. Korea", "N. Ireland", "S. Africa": a compass point cut to its initial before a place, whose
 * full form ("South Korea") the dictionary names, is that place, not an initial and a surname. */
function compassAbbreviation(tokens: Token[], first: number, last: number, lex: Lexicon): boolean {
  const point = COMPASS[tokens[first].text];
  if (!point || last - first < 2) return false;
  const probe: Token[] = [{ ...tokens[first], text: point, norm: point, lower: point.toLowerCase() }, ...tokens.slice(first + 1, last)];
  const m = lex.names.matchAt(probe, 0, byNorm, probe.length);
  return !!m && m.values.some((v) => v.kind !== "person");
}

/** A one-word state or capital that closes a run opened at `i` as the person's surname: after a title ("director Neil
 * Jordan", "Prime Minister Joseph Muscat"), or right after a known given name that opens the run ("Jim Jordan said");
 * never a longer run's place ("John Smith Jordan") nor a given name read at a sentence's start as the state's modifier. */
function surnameLikePlace(tags: (Tag | undefined)[], tokens: Token[], i: number, j: number, lex: Lexicon): boolean {
  const tag = tags[j];
  const kind = tag?.entry?.kind;
  if ((kind !== "country" && kind !== "capital") || tag!.len !== 1) return false;
  if (titleEndingAt(tags, i)) return true;
  return j === i + 1 && lex.givenNames.has(tokens[i].norm) && !tags[i];
}

/** Where the holder's name starts inside a run [first, last) that follows a title and its portfolio's
 * preposition ("Minister for | Europe Douglas Alexander", "Secretary to the | Treasury Paul Boateng"): the
 * first known given name after one or two portfolio words, with at least one more name word after it;
 * -1 where the run is no portfolio and name. */
function portfolioHolderAt(tokens: Token[], tags: (Tag | undefined)[], first: number, last: number, lex: Lexicon): number {
  if (last - first < 3) return -1;
  let p = first - 1;
  if (tokens[p]?.lower === "the") p--;
  if (!PORTFOLIO_PREPOSITIONS.has(tokens[p]?.lower ?? "")) return -1;
  // ("Minister of State for Trade": the rank's "of State" between the title and the portfolio)
  const q = tokens[p - 1]?.lower === "state" && tokens[p - 2]?.lower === "of" ? p - 2 : p;
  if (!titleEndingAt(tags, q)) return -1;
  for (let k = first + 1; k <= first + 2 && k < last - 1; k++) {
    if (lex.givenNames.has(tokens[k].norm) && !lex.givenNames.has(tokens[k - 1].norm)) return k;
  }
  return -1;
}

function titleEndingAt(tags: (Tag | undefined)[], i: number): Tag | null {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tags[k];
    if (t?.title) return k + t.len === i ? t : null;
  }
  return null;
}

/** A seed person named by surname alone (or by a fuller form the seed lacks), holding a role at the date. */
function seedFor(tokens: Token[], first: number, last: number, lex: Lexicon, date: string | null): SeedPerson | null {
  for (let k = first; k < last; k++) {
    const m = lex.surnames.matchAt(tokens, k, byNorm, last);
    if (!m || k + m.length !== last) continue;
    // ("Stalin", "Thatcher" in a story of any year: a ruler of the past named by surname alone, where no one in office
    // at the date bears the surname; persons.json historical)
    let active = m.values.filter((p) => activeAt(p, date));
    if (active.length === 0) active = m.values.filter((p) => p.historical && !activeAfter(p, date));
    if (active.length === 0) continue;
    if (k === first) return active[0];
    // "Vladimir Putin" spelled otherwise: the given name must agree
    const given = tokens[first].norm;
    const hit = active.find((p) => nameParts(p.name).includes(given));
    if (hit) return hit;
  }
  return null;
}

/** "President Obama" in 2017, "former Chancellor Merkel": a surname of the seed dictionary after a title that is one of
 * the person's roles, at any date (a namesake rarely bears the same title). */
function seedByTitle(tokens: Token[], first: number, last: number, lex: Lexicon, title: Tag | null): SeedPerson | null {
  if (!title?.title || title.title.honorific || last - first !== 1) return null;
  const m = lex.surnames.matchAt(tokens, first, byNorm, last);
  if (!m || m.length !== 1) return null;
  const want = canonicalRole(title.title.text.toLowerCase());
  const hits = m.values.filter((p) => p.roles.some((r) => canonicalRole(r.role.toLowerCase()).replace(/-/g, " ") === want.replace(/-/g, " ")));
  return hits.length === 1 ? hits[0] : null;
}

export function activeAt(p: SeedPerson, date: string | null): boolean {
  if (!date) return p.roles.length > 0;
  return p.roles.some((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
}

/** the token that starts at text offset `end` (after an appositive's words), searched from `from` to `sLast`; -1 where none */
function tokenEndingAt(tokens: Token[], from: number, sLast: number, end: number): number {
  for (let x = from; x < sLast; x++) {
    if (tokens[x].start >= end) return tokens[x].start - end <= 1 ? x : -1;
  }
  return -1;
}

/** a ruler of the past (persons.json historical) holding no role at the article's date */
function pastRuler(a: Actor, lex: Lexicon, date: string | null): boolean {
  if (a.kind !== "person" || a.stateRule !== "actors/state:seed") return false;
  const p = lex.personOf(a.id);
  return !!p?.historical && !!date && !activeAt(p, date);
}

/** a noun of a thing named after a person at `e` ("airport", "Foundation"; not-names.json personNamedThings) */
function personNamedThingAt(tokens: Token[], e: number, lex: Lexicon): boolean {
  const t = tokens[e];
  return !!t && t.kind === "word" && lex.personNamedThings.has(t.lower) && tokens[e + 1]?.norm !== "'s";
}

/** whether a person's first role begins after the date (a ruler of the past is never named before taking office) */
function activeAfter(p: SeedPerson, date: string | null): boolean {
  return !!date && p.roles.every((r) => !!r.from && r.from > date);
}

function roleAt(p: SeedPerson, date: string | null) {
  if (!date) return p.roles[0] ?? null;
  return p.roles.find((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to)) ?? null;
}

function newCandidate(first: number, last: number, tokens: Token[], seed: SeedPerson | null, evidence: string): Candidate {
  let name = nameText(tokens, first, last);
  // ("a favorite target of President Trump’s.": a possessive the tokenizer left on the name's last word is no part of
  // the name, which is the one of "Mr. Trump")
  if (/\p{L}[’']s$/u.test(name) && /^\p{Lu}/u.test(tokens[last - 1].text) && tokens[last - 1].text.length > 3) name = name.slice(0, -2);
  return { first, last, name, seed, evidence, role: null, sector: null, country: null, code: null, description: null, stateRule: null, formerRole: false, pluralTitle: false, listHead: false, mentionFirst: first };
}

/** Title, country, sector and appositive of a person, from the words around the name. */
function describe(c: Candidate, doc: Doc, tags: (Tag | undefined)[], lex: Lexicon, date: string | null, gazetteer?: Gazetteer): void {
  // (a city's state, for a body named with its place: named-body-state.ts)
  const placeState = gazetteer ? (name: string) => gazetteer.lookup(name)?.country ?? null : undefined;
  const tokens = doc.tokens;
  const s = doc.sentences.find((x) => x.first <= c.first && c.first < x.last)!;
  let k = c.first;
  const roleWords: string[] = [];
  let sector: string | null = null;
  // "U.S. Ambassador to Libya J. Christopher Stevens": a middle initial the name run left out
  if (k - 1 > s.first && INITIAL.test(tokens[k - 1].text) && !tags[k - 1]) k--;
  // "Ukraine's Ambassador to Poland Andrii Deshchytsia", "Ukraine's ambassador to the U.S. Oksana
  // Markarova": the state after the title is its object, the host, never the person's own state
  const objStart = tagStartEndingAt(tags, k - 1);
  let prep = objStart === null ? -1 : objStart - 1;
  if (prep > s.first && tokens[prep].lower === "the") prep--;
  if (objStart !== null && tags[objStart]?.entry && /^(to|in|at|for)$/.test(tokens[prep]?.lower ?? "")) {
    const ts = tagStartEndingAt(tags, prep - 1);
    if (ts !== null && tags[ts]?.title && !tags[ts]!.title!.honorific) {
      roleWords.push(doc.text.slice(tokens[ts].start, tokens[k - 1].end));
      sector = tags[ts]!.title!.sector;
      k = ts;
    }
  }
  // titles and ranks right before the name: "Ret. Lt. Gen.", "President"
  let titleCountry: string | null = null;
  let mentionFirst: number | null = null;
  // the title nearest the name, and whether words before the title phrase name something of their own
  let nearest: TitleEntry | null = null;
  let namedBefore = false;
  // a possessor before the title names whose office it is ("the region's governor X": another sentence's region)
  let possessed = false;
  // "Chief Secretary to the Treasury Paul Boateng", "Minister for Europe X": the title before its portfolio is the
  // holder's (portfolioHolderAt found the name after the portfolio's words)
  // (portfolio words that no dictionary names: "President of France X" is read as before)
  if (k - 2 > s.first && /^\p{Lu}/u.test(tokens[k - 1].text) && !tags[k - 1]) {
    let p = k - 1;
    while (p > s.first && k - p <= 2 && /^\p{Lu}/u.test(tokens[p].text) && !tags[p] && !PORTFOLIO_PREPOSITIONS.has(tokens[p].lower)) p--;
    if (tokens[p]?.lower === "the") p--;
    const q = tokens[p - 1]?.lower === "state" && tokens[p - 2]?.lower === "of" ? p - 2 : p;
    const ts = PORTFOLIO_PREPOSITIONS.has(tokens[p]?.lower ?? "") ? tagStartEndingAt(tags, q - 1) : null;
    if (ts !== null && tags[ts]?.title && !tags[ts]!.title!.honorific) {
      roleWords.push(doc.text.slice(tokens[ts].start, tokens[k - 1].end));
      sector = tags[ts]!.title!.sector;
      nearest = tags[ts]!.title!;
      k = ts;
    }
  }
  for (;;) {
    let found = false;
    for (let q = k - 1; q >= Math.max(s.first, k - 5); q--) {
      const t = tags[q];
      if (t?.title && q + t.len === k) {
        if (!t.title.honorific || roleWords.length === 0) {
          // ("Lord Falconer", "Baroness Amos": a form of address only one state's peerage gives)
          if (t.title.honorific && t.title.country) titleCountry ??= t.title.country;
          if (!t.title.honorific) {
            if (!roleWords.length) nearest = t.title;
            // ("ex-minister": the title without its past prefix; the role is a past one)
            const past = EX_TITLE.test(tokens[q].lower);
            if (past) c.formerRole = true;
            roleWords.unshift(doc.text.slice(tokens[q].start + (past ? 3 : 0), tokens[k - 1].end));
            sector ??= t.title.sector;
            // ("Tsar Nicholas II", not "energy tsar John Smith" or "Kaiser Permanente"; historical-title.ts)
            if (t.title.until === undefined) titleCountry ??= t.title.country ?? null;
            else if (!historicalNickname(tokens, tags, q, s.first) && regnalName(tokens, c.first, c.last, lex.givenNames)) {
            titleCountry ??= t.title.country ?? null;
              if (titleEnded(t.title.until, date)) c.formerRole = true;
            }
            if (t.title.country && t.title.plural) c.pluralTitle = true;
            else if (t.title.plural && roleWords.length === 1) c.pluralRole = true;
          }
        }
        k = q;
        found = true;
        break;
      }
    }
    // "former Russian officer and ardent ultranationalist Igor Girkin", "Belarusian journalist and
    // activist X": two bare roles joined by "and" describe the one name; the first one's state is theirs
    if (!found && roleWords.length && mentionFirst === null) {
      const and = coordinatedRoleAt(tokens, tags, k, s.first, lex);
      if (and !== null) {
        mentionFirst = k;
        k = and;
        continue;
      }
    }
    if (!found) break;
  }
  if ((mentionFirst ?? k) < c.first) c.mentionFirst = mentionFirst ?? k;
  // modifiers and the affiliation before the title: "Kremlin spokesperson", "Russian President",
  // "US Secretary of State", "Trump's incoming special envoy"
  let q = k - 1;
  let affiliation: NameEntry | null = null;
  let stateRule: string | null = null;
  let nounsSkipped = 0;
  let joinedPortfolio = false;
  while (q >= s.first) {
    const mod = modifierEndingAt(tokens, q, lex);
    // (a modifier that is a state body's own name is the body: "Pentagon spokeswoman X", "State Department spokesman X";
    // or its last word: "Department of Homeland Security spokesman X", whose "Security" is no modifier of the title)
    const bodyStart = mod !== null ? tagStartEndingAt(tags, q) : null;
    const body = bodyStart !== null && bodyStart <= mod! && tags[bodyStart]!.entry?.kind === "organization" && !!tags[bodyStart]!.entry!.country && tags[bodyStart]!.entry!.sector !== "BUS";
    if (mod !== null && roleWords.length && !body) {
      // "former Soviet leader", "ex-President": the role is a past one (the state still holds)
      for (let x = mod; x <= q; x++) if (PAST_ROLE.has(tokens[x].lower) || EX_TITLE.test(tokens[x].lower)) c.formerRole = true;
      q = mod - 1;
      continue;
    }
    // "Iran's religious leader": an adjective between the affiliation and the title; "Labour's election
    // chief", "Russia's war crimes prosecutor": a lower-case noun or two that say of what (a chain
    // that meets no possessor or state word gives nothing)
    if (roleWords.length && tokens[q].pos === "ADJ" && !CAP.test(tokens[q].text) && q - 1 >= s.first) {
      q--;
      continue;
    }
    // (not the last word of a dictionary name: "Lviv region governor X", whose "Lviv region" is the place)
    if (roleWords.length && nounsSkipped < 2 && tokens[q].pos === "NOUN" && /^[a-z]+$/.test(tokens[q].text) && q - 1 >= s.first && tagStartEndingAt(tags, q) === null) {
      nounsSkipped++;
      q--;
      continue;
    }
    // ("Venezuelan energy and mines minister X", "Brazil's science and technology minister X": a lower-case portfolio of
    // two nouns joined by "and", once, right after the first noun skipped, reaches back to its state as one noun does)
    if (roleWords.length && nounsSkipped === 1 && !joinedPortfolio && tokens[q].lower === "and" && q - 1 > s.first && tokens[q - 1].pos === "NOUN" && /^[a-z]+$/.test(tokens[q - 1].text) && tagStartEndingAt(tags, q - 1) === null && tokens[q + 1]?.pos === "NOUN" && !tags[q + 1]) {
      joinedPortfolio = true;
      nounsSkipped = 0;
      q--;
      continue;
    }
    // "French Digital Minister", "British Culture Secretary": a portfolio word or two between a state
    // and the title (only a state: "Curtin University Professor" names no one's state)
    // (a sentence's capitalised first word of no content, "The deputy interior minister X", is no portfolio)
    const free = (x: number) => coveringTagStart(tags, x) === null && CAP.test(tokens[x].text) && HAS_LOWER.test(tokens[x].text) && !(x === s.first && OPENING_WORDS.has(tokens[x].lower));
    // ("Top Trump aide X", "Putin adviser X", "Obama Defense Secretary X": a known principal's surname right before an
    // aide's title or an office serves as the possessive does, principal-possessive.ts; not "Trump lawyer X")
    // ("longtime Trump personal lawyer X": a known client's surname before a lawyer's noun, in the client's own state's
    // affair, counsel-of.ts)
    const counsel = counselTitle(nearest, lex);
    if (roleWords.length && free(q) && (servesPrincipal(nearest, lex) || counsel)) {
      const e = seedEntry(tokens, q, lex, date);
      if (e?.country && (!counsel || ownAffair(tags, s.first, s.last, e.country))) {
        affiliation = e;
        stateRule = counsel ? "actors/state:counsel-of" : "actors/state:principal-title";
        namedBefore = true;
        break;
      }
    }
    if (roleWords.length && free(q)) {
      let r = q - 1;
      if (r >= s.first && free(r)) r--;
      // ("Malaysia's International Trade and Industry Minister X", "British Environment, Food and Rural Affairs Secretary X": a
      // portfolio of several words joined by "and", up to PORTFOLIO_WORDS, reaches back to its state the same way)
      const joined = (x: number) => x - 1 >= s.first && /^(?:and|&|,)$/.test(tokens[x].text) && free(x - 1);
      if (r >= s.first && joined(r)) {
        let words = q - r;
        for (let x = r; x >= s.first && words < PORTFOLIO_WORDS; ) {
          if (joined(x)) x--;
          else if (free(x)) {
            words++;
            x--;
            r = x;
          } else break;
        }
      }
      // ("Ukraine's Culture Minister Oleksandr Tkachenko": the state as the portfolio's possessor)
      const owned = r - 1 >= s.first && tokens[r].norm === "'s";
      const ps = owned ? tagStartEndingAt(tags, r - 1) : r >= s.first ? tagStartEndingAt(tags, r) : null;
      const e = ps !== null ? tags[ps]!.entry : undefined;
      // ("Lib Dem Treasury spokesman Vince Cable": a party's portfolio, as a state's)
      if (e && (e.kind === "country" || e.kind === "demonym" || isParty(e)) && !(owned && e.kind === "demonym")) {
        affiliation = e;
        stateRule = owned ? "actors/state:possessor" : "actors/state:title-phrase";
      }
      // ("BBC Political Correspondent X", "ABC News Chief Anchor X": an outlet's own press post, its word or two
      // capitalised, is the outlet's; only a press title and a news outlet: "Curtin University Professor X" stays)
      if (!affiliation && e?.kind === "organization" && e.sector === "MED" && e.country && nearest?.sector === "MED") {
        affiliation = e;
        stateRule = owned ? "actors/state:possessor" : "actors/state:title-phrase";
      }
      // ("Texas Governor X", "Ontario Premier X", "Saxony state premier X": an office of a state's first-level part)
      const region = !affiliation && nearest?.office ? regionEndingAt(doc, tags, q, s.first, lex) : null;
      if (region) {
        affiliation = region;
        stateRule = "actors/state:region-office";
      }
      namedBefore = true;
      break;
    }
    // ("Ministry of International Trade and Industry (MITI) director general X": a body's short form in brackets before
    // the title stands for the body)
    if (roleWords.length && tokens[q].text === ")" && tokens[q - 2]?.text === "(" && q - 2 > s.first && tagStartEndingAt(tags, q - 1) === q - 1) q--;
    const nameStart = tagStartEndingAt(tags, q);
    // ("Red Cross team leader", "U.N. refugee chief": a body's nouns before a title may name a
    // national branch or an agency of its own; only a state word or a possessive governs them)
    // (a party has no branch abroad: "Liberal Democrat education spokesman Phil Willis", "Labour party chairman X" speak for its state)
    const bodyBeforeNouns = nounsSkipped > 0 && nameStart !== null && /^(igo|organization|person)$/.test(tags[nameStart]!.entry?.kind ?? "") && !isParty(tags[nameStart]!.entry!);
    if (nameStart !== null) namedBefore = true;
    // ("Other Topics of Interest Estonia's PM: NATO Troop Training in Ukraine Won't Trigger War With Russia Kallas said": a
    // state's bare name right before the name of a person the seed dictionary places, with no title between, may end
    // another phrase (a headline run into the sentence): the seed's state stands. With no seed it is read as a title
    // phrase's end: "Attorney for the US Sean Buckley", "Former Miss Venezuela Giselle Reyes")
    const bareState = nameStart !== null && roleWords.length === 0 && tags[nameStart]!.entry?.kind === "country" && !!c.seed?.country;
    // ("Albanian separatist leader X", "Irish republican X": a demonym before a noun of a cause about borders names
    // the cause's state, not the holder's)
    const cause = nameStart !== null && tags[nameStart]!.entry?.kind === "demonym" && lex.causeNouns.has(tokens[q + 1]?.lower ?? "");
    if (nameStart !== null && tags[nameStart]!.entry && !bodyBeforeNouns && !bareState && !cause) {
      // "Iran's OPEC governor": the possessor state, not the body the person sits in
      affiliation = statePossessorOf(tokens, tags, nameStart, s.first)?.entry ?? tags[nameStart]!.entry!;
      stateRule = roleWords.length ? "actors/state:title-phrase" : null;
      // "former Soviet leader": a past-role word before the state
      if (roleWords.length && nameStart - 1 >= s.first && PAST_ROLE.has(tokens[nameStart - 1].lower)) c.formerRole = true;
      break;
    }
    // "its infrastructure minister Oleksandr Kubrakov", "the country's prime minister X": a state's own office whose
    // possessor is the one state named just before
    // ("its ambassador Anatoly X", "their foreign minister X": a diplomat's post is the sending state's office too)
    // ("The Kenyan army said ... Its chief of staff, Gen X,": "its" a state's own body, any post in it; body-pronoun.ts)
    const ownBody = roleWords.length && nearest && !nearest.honorific ? stateBodyOwner(tokens, tags, doc.sentences, sentenceOfToken(doc.sentences, s.first), q, lex.stateBodies, lex.independentBodies) : null;
    // ("the country's top general, X", "its army commander X", "the nation's best-known novelist X": any post or role
    // noun after "the country's" or "the nation's" is one of the state's people; after "its" or "their", which may
    // stand for people or a body, an office, a post abroad or a state's own service: forces, legislature, courts)
    const pronoun = roleWords.length && nearest ? statePostPossessorAt(tokens, q, s.first, nearest, !!ownBody) : null;
    if (ownBody && pronoun !== null) {
      namedBefore = possessed = true;
      affiliation = ownBody;
      stateRule = "actors/state:body-pronoun";
      break;
    }
    if (pronoun !== null) {
      namedBefore = possessed = true;
      const seen = new Set<string>();
      const e = antecedentState(doc, tags, pronoun, s.first, seen);
      // ("Serbia's stance on Russia may be changing, the country's prime minister X": the clause's theme, topic-state.ts)
      const topic = e ? null : topicState(doc, tags, pronoun, s.first, sentenceOfToken(doc.sentences, s.first));
      if (e) {
        affiliation = e;
        stateRule = "actors/state:its-office";
      } else if (topic) {
        affiliation = topic;
        stateRule = "actors/state:topic-state";
      } else if (tokens[pronoun].lower === "the") c.countryFrame = [...seen];
      break;
    }
    if (tokens[q].norm === "'s" && q - 1 >= s.first) {
      namedBefore = possessed = true;
      const ps = tagStartEndingAt(tags, q - 1);
      if (ps !== null && tags[ps]!.entry) {
        affiliation = tags[ps]!.entry!;
        stateRule = "actors/state:possessor";
      } else if (ps !== null && tags[ps]!.title && !tags[ps]!.title!.honorific && ps - 1 >= s.first) {
        // "US President's National Security Advisor Jacob Sullivan": the possessor is an office
        // whose state stands right before it
        const es = tagStartEndingAt(tags, ps - 1);
        const e = es !== null ? tags[es]!.entry : undefined;
        if (e && (e.kind === "country" || e.kind === "demonym")) {
          affiliation = e;
          stateRule = "actors/state:possessor";
        } else if (es === null && servesPrincipal(nearest, lex) && headOfUnnamedState(tags[ps]!.title, tokens[ps - 1].lower, lex) && nearest?.office) {
          // "the president's national security adviser X": the story's head's office, which the frame may place
          namedBefore = possessed = false;
        }
      } else if (ps === null && (servesPrincipal(nearest, lex) || counselTitle(nearest, lex)) && CAP.test(tokens[q - 1].text)) {
        // "Putin's chief of staff Anton Vaino", "Lukashenko's press secretary X": the known principal's state (principal-possessive.ts);
        // "Netanyahu's lawyer X" too, in the client's own state's affair (counsel-of.ts)
        const e = seedEntry(tokens, q - 1, lex, date);
        if (e && (!counselTitle(nearest, lex) || (!!e.country && ownAffair(tags, s.first, s.last, e.country)))) {
          affiliation = e;
          stateRule = counselTitle(nearest, lex) ? "actors/state:counsel-of" : "actors/state:principal-possessor";
        }
      }
      break;
    }
    // ("GLAAD President X", "ONGC chairman X": an acronym no dictionary knows names a body too; a sentence's
    // first word names one only where the tagger reads it as a name: "But Senator X")
    if (CAP.test(tokens[q].text) && !ARTICLES.has(tokens[q].lower) && (q > s.first || tokens[q].pos === "PROPN")) namedBefore = true;
    break;
  }
  // "Turkish striker Nihat Kahveci", "Belarusian dissident X": a state's demonym and one lower-case noun of no title list
  // right before the name say what the person is and of which state (only a demonym: "a Russia expert", "the Ukraine
  // envoy" work on the state a name gives; a noun of a cause about borders names the cause's state, not the person's:
  // "Irish republican Bernadette Devlin" sat at Westminster)
  // ("Russian businessmen Alisher Usmanov and Petr Aven", "Iranian diplomats A, B and C": a plural noun names the
  // people listed after it, each of that state; a plural noun before one name only is left: "the Russian soldiers Ivan
  // Petrov captured")
  const plural = /([^s]s|men)$/.test(tokens[k - 1]?.text ?? "");
  const listAfter = /^(and|,)$/.test(tokens[c.last]?.lower ?? "") && CAP.test(tokens[c.last + 1]?.text ?? "");
  if (!affiliation && roleWords.length === 0 && k - 2 >= s.first && tokens[k - 1].pos === "NOUN" && /^[a-z]{3,}$/.test(tokens[k - 1].text) && (!plural || listAfter) && !lex.thingNouns.has(tokens[k - 1].text) && !lex.causeNouns.has(tokens[k - 1].text) && !lex.outletNouns.matchAt(tokens, k - 1, byLower, k)) {
    const ds = tagStartEndingAt(tags, k - 2);
    const e = ds !== null ? tags[ds]!.entry : undefined;
    if (e?.kind === "demonym" && tokens[ds! - 1]?.norm !== "'s") {
      affiliation = e;
      stateRule = "actors/state:demonym-noun";
      if (plural) c.listHead = true;
    }
  }
  // "FBI agent X", "Pentagon official X": a staff noun of no title after a state's body (workplace-appositive.ts)
  if (!affiliation && roleWords.length === 0 && !c.seed?.country) {
    const w = workplaceBefore(doc.text, tokens, tags, k, s.first, lex);
    if (w) {
      affiliation = w.entry;
      stateRule = w.rule;
      roleWords.push(tokens[k - 1].text);
    }
  }
  // "Kenyan Interior Ministry official X", "Brazilian Foreign Affairs Ministry spokesman X": a state's word opening its
  // own body's name in the title; "Treasury official X": a state's body with no state word, which the frame may place
  // (body-in-title.ts)
  let bodyFrame = false;
  if (!affiliation && !c.seed?.country && !possessed) {
    const staff = roleWords.length === 0 && k - 1 > s.first && lex.staffNouns.has(tokens[k - 1].text);
    const at = staff ? k - 1 : roleWords.length && nearest && !nearest.honorific ? k : -1;
    const body = at > s.first ? stateBodyBefore(tokens, tags, at, s.first, lex.stateBodies) : null;
    if (body?.kind === "state") {
      affiliation = body.entry;
      stateRule = "actors/state:body-title";
    } else if (body) bodyFrame = true;
    if (body && staff) roleWords.push(tokens[k - 1].text);
  }
  // an appositive before: "Trump's incoming special envoy for Ukraine and Russia, Ret. Lt. Gen. Keith Kellogg"
  let description: string | null = null;
  // "Fox News' James Rosen asked", "Contributing: X, USA TODAY": a journalist credited by a placed outlet is of its
  // state, sector MED and no office (outlet-journalist.ts)
  if (!affiliation && roleWords.length === 0 && !c.seed?.country) {
    const w = outletJournalist(doc.text, tokens, tags, k, c.last, s.first, s.last);
    // (not where the sentence names another state: "Israeli fire killed Reuters' Issam Abdallah in southern Lebanon" is
    // a story of a local reporter, whose outlet's state says nothing of his)
    const outletState = w ? w.entry.country ?? w.entry.code : null;
    if (w && outletState && ownAffair(tags, s.first, s.last, outletState)) {
      affiliation = w.entry;
      stateRule = w.rule;
    }
  }
  // "Xi's wife Peng Liyuan", "a close ally of Erdogan, X": a known person's ally or relative, of that person's state and
  // no office (associate-of.ts)
  if (!affiliation && roleWords.length === 0 && !c.seed?.country) {
    const w = associateBefore(doc.text, tokens, k, s.first, lex, associatePrincipal(tokens, lex, date), nameClosed(tokens, c.last));
    if (w) {
      affiliation = w.entry;
      stateRule = w.rule;
      description = w.text;
    }
  }
  // (a bare office title in an appositive, before or after the name, with no title before the name)
  let appositiveOffice = false;
  if (tokens[k - 1]?.text === "," && k - 1 > s.first) {
    // (closed by a comma after the name, or by the sentence's stop: "the militants murdered another American journalist, X.")
    const app = appositiveBefore(doc, k - 1, s.first, tags, lex, date, tokens[c.last]?.text === "," || (tokens[c.last]?.text === "." && c.last + 1 >= s.last));
    if (app) {
      description = app.text;
      roleWords.unshift(app.role);
      sector ??= app.sector;
      if (!affiliation && app.affiliation) {
        affiliation = app.affiliation;
        stateRule = app.stateRule ?? "actors/state:appositive";
      }
      titleCountry ??= app.titleCountry ?? null;
      if (app.office && !nearest) appositiveOffice = true;
      if (app.countryFrame && !affiliation) c.countryFrame = app.countryFrame;
    }
  }
  // "The chairman of the EU Military Committee, Robert Brieger,": an IGO's office before the name (igo-office.ts), read as
  // the appositive that ends at its preposition, with the IGO
  if (!affiliation && !description && !c.seed?.country && tokens[k - 1]?.text === "," && k - 1 > s.first && !/^(VERB|AUX)$/.test(tokens[c.last]?.pos ?? "")) {
    const igo = igoOfficeBefore(tokens, tags, k - 1, s.first);
    const app = igo ? appositiveBefore(doc, igo.at, s.first, tags, lex, date, tokens[c.last]?.text === ",") : null;
    if (igo && app && !app.affiliation) {
      // (the appositive's text and role end before the preposition: both run on to the comma)
      const end = tokens[igo.at - 1].end;
      description = doc.text.slice(end - app.text.length, tokens[k - 2].end);
      roleWords.unshift(doc.text.slice(end - app.role.length, tokens[k - 2].end));
      sector ??= app.sector;
      affiliation = igo.entry;
      stateRule = "actors/state:igo-office";
    }
  }
  // "his North Korean counterpart, Ri Yong Ho,", "her counterpart from Chile, X": the counterpart's own state
  // (counterpart-appositive.ts; not a name that opens a clause of its own: "..., Lavrov said"; "her U.S. equivalent Tom
  // Webb have spoken": the noun right before the name, with no comma, opens no clause)
  const counterpartEnd = !affiliation && !c.seed?.country ? (tokens[k - 1]?.text === "," && !/^(VERB|AUX)$/.test(tokens[c.last]?.pos ?? "") ? k - 1 : counterpartNounStart(tokens, k - 1, s.first) >= 0 ? k : -1) : -1;
  if (counterpartEnd >= 0) {
    const e = counterpartBefore(tokens, tags, counterpartEnd, s.first);
    if (e) {
      affiliation = e;
      stateRule = "actors/state:counterpart";
    }
  }
  // "King Hassan of Morocco", "President Sauli Niinistö of Finland"
  // "Sergei Orlov of the Russian foreign ministry", "Ivan Petrov of Russia's defence ministry": a state's body
  if (tokens[c.last]?.lower === "of") {
    let q = c.last + 1;
    if (tokens[q]?.lower === "the") q++;
    const t = tags[q];
    if (!affiliation && t?.entry && (t.entry.kind === "country" || t.entry.kind === "igo" || t.entry.kind === "demonym") && (q === c.last + 1 && t.entry.kind !== "demonym" || stateBodyAt(tokens, q + t.len, lex))) {
      affiliation = t.entry;
      stateRule = "actors/state:of-state";
    } else if (!affiliation && t?.entry?.kind === "demonym" && demonymInstitution(tokens, tags, q, s.last, lex)) {
      // "Thomas Roux of the French Institute for International Relations": an institution named with its state's demonym
      affiliation = t.entry;
      stateRule = "actors/state:of-institution";
    } else if (!affiliation && t?.entry?.kind === "organization" && t.entry.country && t.entry.sector !== "BUS" && !(tokens[q + t.len]?.norm === "'s" && !STATE_FORCE_SECTORS.has(t.entry.sector ?? ""))) {
      // ("Capt. X of the U.S. Army's 82nd Airborne Division", "X of the Royal Navy's Pacific fleet": a unit of a state's
      // force or government body is that state's, as the body is)
      // "Robert Satloff of the Washington Institute", "Andrew Osborn of Reuters": the body a person
      // works for, whose state the dictionary gives, is the state they act for ("of the Hudson
      // Institute's board" names a part of it: the run must end at the organisation). Not a firm:
      // "David Morrison of Goldman Sachs International" works in London for a bank based in New York
      affiliation = t.entry;
      stateRule = "actors/state:of-organization";
    } else if (!affiliation && q === c.last + 1 && (!t || t.entry?.kind === "region")) {
      // "Senators Joe Manchin of West Virginia and Heidi Heitkamp of North Dakota", "the senators – Tammy Baldwin of
      // Wisconsin, Ron Wyden of Oregon": a person of a state's first-level part (countries.json regions; a name that is
      // also a state's, "Georgia", is tagged as the state and read above) belongs to that state; the part's name must
      // close the phrase ("of Ohio State University", "of Texas's oil lobby" name a body of it, not the person's home)
      // (the gazetteer may tag the part as a place: "New Mexico")
      const reg = t ? placeRegion(doc, q, t.len, lex) : regionStartingAt(doc, tags, q, s.last, lex);
      const after = reg ? tokens[q + reg.len] : undefined;
      if (reg && !(after && (after.norm === "'s" || (after.kind === "word" && CAP.test(after.text))))) {
        affiliation = reg.entry;
        stateRule = "actors/state:of-region";
      }
    }
    // "Susumu Taketomi of Industrial Bank of Japan", "Jeffrey Lewis of the Middlebury Institute of International Studies at
    // Monterey": a body whose name or place says its state (named-body-state.ts)
    if (!affiliation && (!t?.entry || t.entry.kind === "country" || t.entry.kind === "demonym" || t.entry.kind === "organization")) {
      const named = namedBodyState(tokens, tags, q, s.last, lex, placeState);
      if (named) {
        affiliation = named.entry;
        stateRule = "actors/state:named-body";
      }
    }
  }
  // "Rep. Adam Schiff, D-Calif.,", "Nancy Pelosi (D-Calif.)": a seat in the US Congress
  const party = /^[,(]$/.test(tokens[c.last]?.text ?? "") ? partyTagAt(doc, c.last + 1, lex) : null;
  // an appositive after: "Majed al-Ansari, the spokesperson for Qatar's foreign ministry,"; after a title that
  // named no state too: "Gen. Joseph Votel, the head of the U.S. Central Command," (the appositive's role says more)
  if (tokens[c.last]?.text === "," && (roleWords.length === 0 || !affiliation)) {
    const app = appositiveAfter(doc, c.last + 1, s.last, tags, lex);
    if (app && (roleWords.length === 0 || app.affiliation)) {
      description = app.text;
      roleWords.unshift(app.role);
      sector ??= app.sector;
      if (!affiliation && app.affiliation) {
        affiliation = app.affiliation;
        stateRule = app.stateRule ?? "actors/state:appositive";
      }
      titleCountry ??= app.titleCountry ?? null;
      if (app.office && !nearest) appositiveOffice = true;
      if (app.countryFrame && !affiliation) c.countryFrame ??= app.countryFrame;
      // "X, deputy prime minister and chair of state-owned Rostec,": the offices an appositive lists are read as a whole,
      // the body of a later one placing a person the first leaves without a state
      if (!affiliation && !app.affiliation) {
        const and = tokenEndingAt(tokens, c.last + 1, s.last, doc.text.indexOf(app.text, tokens[c.last + 1].start) + app.text.length);
        const next = and > 0 && tokens[and].lower === "and" ? appositiveAfter(doc, and + 1, s.last, tags, lex) : null;
        if (next?.affiliation) {
          affiliation = next.affiliation;
          stateRule = "actors/state:appositive-list";
          description = doc.text.slice(tokens[c.last + 1].start, doc.text.indexOf(next.text, tokens[and].end) + next.text.length);
        }
      }
    }
  }
  // "Jonathan Spyer, a top Israeli counterterrorism expert,", "X, a prominent Russian foreign policy thinker who": a
  // demonym in an appositive of no title describes the person
  if (tokens[c.last]?.text === "," && !affiliation && !party) {
    const e = demonymAppositive(tokens, tags, c.last + 1, s.last, lex);
    if (e) {
      affiliation = e;
      stateRule = "actors/state:demonym-appositive";
    }
  }
  // "X, a senior FBI agent,", "X, an economist at Chile's central bank,", "X, a senior adviser to Zelenskiy,": the state body
  // a person works for, or the known person they serve (workplace-appositive.ts)
  if (tokens[c.last]?.text === "," && !affiliation && !party) {
    const w = workplaceAppositive(doc.text, tokens, tags, c.last + 1, s.last, lex, (q, end) => seedNamedAt(tokens, q, end, lex, (p) => activeAt(p, date)), placeState);
    if (w) {
      affiliation = w.entry;
      stateRule = w.rule;
      if (!description) {
        description = w.text;
        roleWords.unshift(w.role);
      }
    }
  }
  // "Professor Rob Ford, University of Manchester;", "Professor X, of the University of Exeter,": a bare appositive that names
  // the body a person works for, whose name or place says its state (named-body-state.ts)
  if (tokens[c.last]?.text === "," && !affiliation && !party) {
    let b = c.last + 1;
    if (tokens[b]?.lower === "of") b++;
    if (tokens[b]?.lower === "the") b++;
    const named = namedBodyState(tokens, tags, b, s.last, lex, placeState);
    if (named) {
      affiliation = named.entry;
      stateRule = "actors/state:named-body";
    }
  }
  // "X, a close ally of Putin,", "X - a key ally of Tony Blair -", "X, the wife of President Y,": a known person's ally or
  // relative, of that person's state and no office (associate-of.ts)
  if (!affiliation && !party && !c.seed?.country) {
    const w = associateAfter(doc.text, tokens, c.last, s.last, lex, associatePrincipal(tokens, lex, date));
    if (w) {
      affiliation = w.entry;
      stateRule = w.rule;
      description ??= w.text;
    }
  }
  // "X, Obama's nominee for labor secretary,", "Trump's pick to lead the EPA, X", "Biden nominated X as ambassador": the
  // nominator's state (nominee-state.ts)
  if (!affiliation && !party && !c.seed?.country) {
    // (a nominator of the past too: "Obama's nominee" in a story of his successor's years)
    const nominator = (q: number, end: number) => seedNamedAt(tokens, q, end, lex, (p) => activeAt(p, date)) ?? seedNamedAt(tokens, q, end, lex, () => true);
    const w = nomineeState(doc.text, tokens, tags, k, c.last, s.first, s.last, lex, nominator);
    if (w) {
      affiliation = w.entry;
      stateRule = w.rule;
      if (!description && w.role) {
        description = w.text;
        roleWords.unshift(w.role);
      }
    }
  }
  // a relative clause that says what the person is or was: "Michael McFaul, who served as the U.S.
  // ambassador to Moscow", "X, who is the Russian deputy foreign minister" (only a form of "be" or
  // "serve(d) as": "X, who met the U.S. ambassador" says nothing of X)
  if (tokens[c.last]?.text === "," && tokens[c.last + 1]?.lower === "who" && !affiliation) {
    let r = c.last + 2;
    const verb = tokens[r]?.lower ?? "";
    if (/^(is|was)$/.test(verb)) r++;
    else if (/^(serves|served|works|worked)$/.test(verb) && tokens[r + 1]?.lower === "as") r += 2;
    else r = -1;
    if (r > 0 && tokens[r]?.lower === "also") r++;
    const app = r > 0 ? appositiveAfter(doc, r, s.last, tags, lex) : null;
    // (a workplace as in an appositive: "X, who served as White House communications director,", "who was an official at the Kremlin")
    const w = r > 0 && !app?.affiliation ? workplaceAppositive(doc.text, tokens, tags, r, s.last, lex, (q, end) => seedNamedAt(tokens, q, end, lex, (p) => activeAt(p, date)), placeState) : null;
    const said = app?.affiliation ? app : w ? { text: w.text, role: w.role, affiliation: w.entry, sector: null } : null;
    if (said) {
      description ??= said.text;
      if (roleWords.length === 0) roleWords.unshift(said.role);
      sector ??= said.sector;
      affiliation = said.affiliation;
      stateRule = "actors/state:relative-clause";
      if (/^(was|served|worked)$/.test(verb)) c.formerRole = true;
    }
  }
  // "X was the U.S. attorney for the Eastern District of Virginia", "X is a senior official at the State Department": a
  // sentence that opens with the name and says with "is" or "was" what the person is (the role must end the phrase: "X was
  // the Russian ambassador's driver" says nothing of X's state)
  // ("X later became the nation's third president", "X became the country's foreign minister in 2001": taking up an office
  // says it as "was" does, an adverb of time between the name and the verb)
  // ("X served as leader of UKIP", "X was named president of the Chilean ...": serving in an office or being put in one
  // says it too; predicate-office.ts)
  const predicate = !affiliation && !party && !c.seed?.country && Math.min(c.first, c.mentionFirst) === s.first ? copulaOfficeAt(tokens, predicateStart(tokens, c.last, s.last), s.last, lex.appointedWords) : null;
  if (predicate) {
    const r = predicate.at;
    const app = appositiveAfter(doc, r, s.last, tags, lex);
    const w = app?.affiliation ? null : workplaceAppositive(doc.text, tokens, tags, r, s.last, lex, (q, end) => seedNamedAt(tokens, q, end, lex, (p) => activeAt(p, date)), placeState);
    const said = app?.affiliation ? app : w ? { text: w.text, role: w.role, affiliation: w.entry, stateRule: w.rule, sector: null } : null;
    const end = said ? tokens[r].start + said.text.length : 0;
    if (said && !/^['’"]s\b/.test(doc.text.slice(end, end + 3))) {
      description ??= said.text;
      if (roleWords.length === 0) roleWords.unshift(said.role);
      if (app?.affiliation) sector ??= app.sector;
      affiliation = said.affiliation;
      stateRule = "actors/state:copula";
      if (predicate.former) c.formerRole = true;
    }
  }
  // "X, who heads Belarus's KGB", "X, who led the Fire Brigades Union": the body a verb of leading names
  if (tokens[c.last]?.text === "," && tokens[c.last + 1]?.lower === "who" && !affiliation && lex.headVerbs.has(tokens[c.last + 2]?.lower ?? "")) {
    const e = ledBodyState(tokens, tags, c.last + 3, s.last, lex);
    if (e) {
      affiliation = e;
      stateRule = "actors/state:led-body";
      if (/ed$|^(led|ran)$/.test(tokens[c.last + 2].lower)) c.formerRole = true;
    }
  }
  // "Ukraine's foreign ministry stressed the talks' role, spokesperson X told Reuters", "The Peruvian interior ministry said
  // ..., spokesman X added": a bare spokesperson title (no word before it names a body) speaks for the ministry its own
  // sentence names before it, where that ministry is one state's and the sentence names no other state ("Ukraine's
  // ministry condemned Russia's strikes, spokesperson X said" is left as it was)
  if (!affiliation && !namedBefore && roleWords.length === 1 && nearest && SPOKESPERSON.test(nearest.text) && bareBefore(tokens, k, s.first)) {
    const e = ministryStateBefore(tokens, tags, s.first, k, s.last);
    if (e) {
      affiliation = e;
      stateRule = "actors/state:ministry-spokesperson";
    }
  }
  c.description = description;
  const seedRole = c.seed ? roleAt(c.seed, date) : null;
  // an appositive says more than a rank ("special envoy for Ukraine and Russia" over "Lt. Gen.")
  c.role = description && roleWords.length ? roleWords[0] : roleWords.length ? roleWords[roleWords.length - 1] : seedRole?.role ?? null;
  c.sector = sector ?? seedRole?.sector ?? null;
  if (affiliation) c.stateRule = stateRule ?? "actors/state:title-phrase";
  if (affiliation) {
    if (affiliation.kind === "igo") {
      c.code = affiliation.code;
      c.sector = "IGO";
    } else if (affiliation.kind === "person") {
      c.country = affiliation.person?.country ?? null;
    } else {
      c.country = affiliation.country ?? affiliation.code;
      if (affiliation.kind === "organization" && affiliation.sector && !sector) c.sector = affiliation.sector;
    }
  }
  // "Tory leader Michael Howard", "Lib Dem leader X": a party's leader leads the party, not the state
  // (the noun for whoever leads a state, titles.json anyHead, says GOV); the person's own record at
  // the date says which side (Howard in 2005: the opposition; Blair: the government), else the party
  // ("the Tory leader, David Cameron,": the appositive's noun alike)
  if (c.role && lex.headWords.has(c.role.toLowerCase())) {
    if (seedRole?.sector) c.sector = seedRole.sector;
    else if (affiliation && isParty(affiliation)) c.sector = affiliation.sector;
  }
  // "Tory co-chairman Liam Fox", "Labour spokesman X": an office any body has (titles.json bodyOffice),
  // held in a party, is the party's, not the government's (the title's GOV is for a ministry's spokesman);
  // the person's record speaks only for a dated article (undated, its first role is a guess: Liam Fox's
  // later cabinet post is no reason to make 2005's Tory co-chairman a minister)
  if (c.role && affiliation && isParty(affiliation) && lex.bodyOfficeWords.has(lastWord(headAndTail(c.role.toLowerCase())[0]))) c.sector = (date ? seedRole?.sector : null) ?? affiliation.sector;
  // a party tag or a one-state title ("Sen.") speaks when nothing before it named a state
  if (!c.country && !c.code && party) {
    c.country = party.country;
    c.sector ??= party.sector;
    c.stateRule = "actors/state:party-tag";
  }
  if (c.seed) {
    if (!c.country && c.seed.country) {
      c.country = c.seed.country;
      c.stateRule ??= "actors/state:seed";
    }
    if (seedRole?.org) c.code ??= seedRole.org;
  }
  if (!c.country && !c.code && titleCountry) {
    c.country = titleCountry;
    c.stateRule = "actors/state:title";
  } else c.pluralTitle = false;
  if (!c.country && !c.code) c.stateRule = null;
  // "Trade and Industry Secretary X", "Senator X", "Conservative MP X": an office of a state's own, which
  // the article's frame may place (findActors, frameStates); "Ifo president X", "Greenpeace's chairman X":
  // the words before the title name a body, whose office it is
  // ("company president X", "bank Vice-President X": lower-case nouns before an office that takes no portfolio name a body)
  if (nounsSkipped > 0) namedBefore = true;
  // ("Gen. X", "Lt. Col. X": a rank serves a state's forces, which the frame may say as for an office; not "retired Gen.
  // X", whose rank is a past one, nor "Kurdish Peshmerga Col. X", a force the words before name)
  // (nor an officer of rebels or militias, named in his own phrase: "Gen. X leads the rebels' military council", "Gen. X,
  // a militia commander"; not a state's officer whose sentence goes on to fight them: "Gen. X said the ships would
  // strike the militants")
  const serving = !!nearest?.rank && (!namedBefore || serviceBefore(tokens, k, s.first, lex.forceServices)) && !c.formerRole && !pastRankBefore(tokens, k, c.first, s.first) && !irregularIn(tokens, Math.max(s.first, k - IRREGULAR_REACH), Math.min(s.last, c.last + IRREGULAR_REACH), lex.irregularForces);
  c.office = !c.country && !c.code && !possessed && ((!!nearest?.office && (!namedBefore || !!nearest.portfolio)) || serving || appositiveOffice);
  // "Senate Armed Services Committee Chairman X", "House Judiciary Committee chairwoman X": the chair of a legislature's
  // committee holds an office of the state whose legislature it is, which the article's frame may say
  // ("Bundestag foreign affairs committee chairman X": a legislature the dictionary places gives its state)
  // ("House Committee on Homeland Security Chairman X", "Senate Committee on Foreign Relations chairman X": the
  // committee's name runs from "Committee" to the title, and the legislature's word stands before "Committee")
  const committee = !c.office && !c.country && !c.code && !possessed && nearest && /^(chairman|chairwoman|chair)$/.test(nearest.text) ? committeeEndingAt(tokens, k - 1, s.first) : null;
  if (committee !== null) {
    const body = committeeBodyBefore(tokens, tags, committee - 1, s.first, lex);
    if (body === "frame") c.office = true;
    else if (body) {
      c.country = body;
      c.sector ??= "LEG";
      c.stateRule = "actors/state:committee-legislature";
    } else if (unplacedCommitteeBefore(tokens, tags, k, s.first)) {
      // ("Committee chairman X", "the defence committee chairman X" in a story about one state's legislature:
      // committee-story.ts)
      const leg = storyLegislature(doc, tags, lex);
      if (leg.states.size === 1) {
        c.country = [...leg.states][0];
        c.sector ??= "LEG";
        c.stateRule = "actors/state:committee-story";
      } else if (leg.states.size === 0 && leg.bare) c.office = true;
    }
  }
  // "Foreign Ministry spokesman X", "Ministry of Foreign Affairs spokeswoman X": a spokesperson of a ministry that no word places speaks
  // for a state's government, which the article's frame may say (as it does for a bare office)
  if (!c.office && !c.country && !c.code && !possessed && nearest && SPOKESPERSON.test(nearest.text) && ministryEndingAt(tokens, k - 1, s.first)) c.office = true;
  if (!c.office && !c.country && !c.code && !possessed && bodyFrame) c.office = true;
  // (beside a known person too: the article's party word says more than a namesake's entry, "Republican congressman David Davis")
  if ((!c.country && !c.code) || c.stateRule === "actors/state:seed") c.partyWord = partyWordAround(tokens, tags, k, c.last, s.first, lex) ?? undefined;
}

const SPOKESPERSON = /^(?:spokesman|spokeswoman|spokesperson|press secretary)$/i;

/** "retired Gen. X", "Ret. Adm. X", "former Col. X": a past word from two tokens before the title run at `k` to the name */
function pastRankBefore(tokens: Token[], k: number, nameFirst: number, sFirst: number): boolean {
  for (let q = Math.max(sFirst, k - 2); q < nameFirst; q++) if (PAST_ROLE.has(tokens[q].lower) || tokens[q].lower === "ret." || tokens[q].lower === "ret") return true;
  return false;
}

/** tokens either side of an officer's rank and name within which irregular forces make him theirs (irregularIn) */
const IRREGULAR_REACH = 4;

/** whether the tokens from `first` to `last` (an officer's own phrase) name irregular forces ("the rebels' council", "a militia"; titles.json irregularForces) */
function irregularIn(tokens: Token[], first: number, last: number, words: Set<string>): boolean {
  for (let i = first; i < last; i++) if (words.has(tokens[i].lower)) return true;
  return false;
}

/** "Army Gen. X", "Marine Corps Lt. Col. X": only a service's words (at most three) before the title run at `k`, after no
 * other capitalised word ("Free Syrian Army Col. X" names another force) */
function serviceBefore(tokens: Token[], k: number, sFirst: number, services: Set<string>): boolean {
  let q = k - 1;
  while (q >= sFirst && k - q <= 3 && services.has(tokens[q].lower)) q--;
  return q < k - 1 && (q < sFirst || !CAP.test(tokens[q].text) || ARTICLES.has(tokens[q].lower));
}

/** the title at `k` opens its phrase: the sentence's start, a punctuation mark, an article or a verb before it (not
 * "company spokesperson X", "Labour spokesman X") */
function bareBefore(tokens: Token[], k: number, sFirst: number): boolean {
  if (k === sFirst) return true;
  const t = tokens[k - 1];
  return t.kind !== "word" || ARTICLES.has(t.lower) || ((t.pos === "VERB" || t.pos === "AUX") && !CAP.test(t.text));
}

/**
 * "Ukraine's foreign ministry", "the Peruvian interior ministry", "Chile's Foreign Ministry": the state of the one
 * state's ministry that the sentence names before `k` (a possessor state or a demonym, then up to two portfolio words,
 * then "ministry"); null where none, or where the sentence names any other state.
 */
function ministryStateBefore(tokens: Token[], tags: (Tag | undefined)[], sFirst: number, k: number, sLast: number): NameEntry | null {
  let found: NameEntry | null = null;
  const states = new Set<string>();
  for (let i = sFirst; i < sLast; i++) {
    const e = tags[i]?.entry;
    if (e && (e.kind === "country" || e.kind === "demonym")) states.add(e.country ?? e.code ?? e.name);
    if (i >= k || i === sFirst || tokens[i].lower !== "ministry") continue;
    let p = i - 1;
    for (let n = 0; n < 2 && p > sFirst && tokens[p].kind === "word" && tokens[p].norm !== "'s" && coveringTagStart(tags, p) === null && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[p].pos); n++) p--;
    if (tokens[p].norm === "'s" && p - 1 < sFirst) continue;
    const owner = tokens[p].norm === "'s" ? tagStartEndingAt(tags, p - 1) : tagStartEndingAt(tags, p);
    const o = owner !== null ? tags[owner]!.entry : undefined;
    if (o && (tokens[p].norm === "'s" ? o.kind === "country" : o.kind === "demonym")) found ??= o;
  }
  return found && states.size === 1 ? found : null;
}

/** "The deputy prime minister, X", ", the interior minister, X": before the title at q only modifiers and "the", from
 * the clause start (p: the token before the appositive) */
function bareOpening(tokens: Token[], p: number, q: number, sFirst: number, speechVerbs?: Map<string, string>): boolean {
  // ('"...," said the health minister, X.': a verb of saying before the article, the subject put after it)
  if (p >= sFirst && !/^(?:CCONJ|SCONJ)$/.test(tokens[p].pos) && tokens[p].text !== "," && !(speechVerbs?.has(tokens[p].lower) && tokens[p + 1]?.lower === "the")) return false;
  const x = p + 1;
  return x === q || (tokens[x].lower === "the" && modifiersOnly(tokens, x + 1, q));
}

/** ", the interior minister,", ", interior minister,": after the name's comma only "the" and modifiers before the title */
function bareAfter(tokens: Token[], k: number, q: number): boolean {
  if (k === q) return true;
  return /^(?:the|a|an)$/.test(tokens[k].lower) && modifiersOnly(tokens, k + 1, q);
}

/** the words from a to b are lower case and no name ("new", "acting", "outgoing", "former") */
function modifiersOnly(tokens: Token[], a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (!/^[a-z][a-z-]*$/.test(tokens[x].text)) return false;
  return true;
}
// the most capitalised words of a portfolio joined by "and" before an office title ("International Trade and Industry")
const PORTFOLIO_WORDS = 5;

/** "Foreign Ministry", "Defence Ministry", "Ministry of Foreign Affairs": a ministry's name, capitalised, that ends at token q */
function ministryEndingAt(tokens: Token[], q: number, sFirst: number): boolean {
  if (q < sFirst) return false;
  if (tokens[q].text === "Ministry") return true;
  // (the "of" form: "Ministry of Foreign Affairs", "Ministry of Defence")
  for (let r = q, n = 0; r >= sFirst && n < 5; r--, n++) {
    const t = tokens[r];
    if (t.text === "Ministry") return n >= 2 && tokens[r + 1].lower === "of";
    if (!(CAP.test(t.text) && t.kind === "word") && t.lower !== "of" && t.lower !== "and") return false;
  }
  return false;
}

/**
 * The token of "committee" whose name ends at `q`: "committee" itself, or "Committee on/for" and the capitalised words
 * of its remit ("Committee on Oversight and Government Reform"); null where none.
 */
function committeeEndingAt(tokens: Token[], q: number, sFirst: number): number | null {
  if (q < sFirst) return null;
  if (tokens[q].lower === "committee") return q;
  if (!CAP.test(tokens[q].text)) return null;
  for (let x = q - 1; x >= Math.max(sFirst + 1, q - 7); x--) {
    const t = tokens[x];
    if (/^(on|for)$/.test(t.text)) return tokens[x - 1].text === "Committee" ? x - 1 : null;
    if (!CAP.test(t.text) && !/^(and|of|the|&)$/.test(t.text)) return null;
  }
  return null;
}

/**
 * The legislature whose committee ends right before `from` ("Senate Judiciary Committee", "Bundestag foreign affairs
 * committee"), within six words: "frame" for a word any state's legislature bears (titles.json committeeBodies), the
 * state of a legislature the dictionary places, null where none is named.
 */
function committeeBodyBefore(tokens: Token[], tags: (Tag | undefined)[], from: number, sFirst: number, lex: Lexicon): string | "frame" | null {
  for (let x = from; x >= Math.max(sFirst, from - 5); x--) {
    const ts = coveringTagStart(tags, x);
    const e = ts !== null ? tags[ts]!.entry : undefined;
    // ("U.S. Senate" names its state; a bare "Senate" any state's)
    const bare = lex.committeeBodies.has(tokens[x].text) && (ts === null || ts === x && tags[x]!.len === 1);
    if (bare) return "frame";
    if (e) return e.kind === "organization" && e.sector === "LEG" && e.country ? e.country : null;
    if (!/^(NOUN|PROPN|ADJ)$/.test(tokens[x].pos) && tokens[x].text !== "&") return null;
  }
  return null;
}

/**
 * The state of a party's own word right before the name or its title ("Democratic senator X", "Republican
 * Senator X") or opening an appositive after it ("X, a Maine Republican", "X, Republican of Wyoming", "X,
 * the Democratic Senate whip", "X, a Democrat who ..."); null where there is none. `k` is where the title
 * phrase (or the name) starts, `last` the token after the name.
 */
function partyWordAt(tokens: Token[], tags: (Tag | undefined)[], q: number, lex: Lexicon): string | null {
  const t = tokens[q];
  if (!t) return null;
  // ("the Democratic Republic of Congo's envoy": a word inside a state's name is the state's)
  const at = coveringTagStart(tags, q);
  if (at !== null && /^(country|demonym)$/.test(tags[at]?.entry?.kind ?? "")) return null;
  const state = lex.partyWords.get(t.text) ?? null;
  // ("Democratic Party of Japan leader X": a word inside another state's party's name is that party's)
  const org = at !== null ? tags[at]?.entry : undefined;
  if (state && org?.kind === "organization" && org.country && org.country !== state) return null;
  return state;
}
function partyWordAround(tokens: Token[], tags: (Tag | undefined)[], k: number, last: number, sFirst: number, lex: Lexicon): string | null {
  // ("Labour election campaign coordinator X", "Tory frontbencher X", "Labour party chairman X": up to three lower-case
  // nouns between the party's word and the name or its title say what the person does for the party; a noun that
  // presents a thing does not: "the Tory tax plan" names no one; "party" is the party's own)
  // ("Republican presidential contender X", "Democratic presidential hopeful X": a race's words, whatever their part of
  // speech, titles.json candidacyWords)
  let b = k - 1;
  const between = (t: Token) => /^[a-z][a-z-]*$/.test(t.text) && (lex.candidacyWords.has(t.text) || (t.pos === "NOUN" && (t.text === "party" || !lex.thingNouns.has(t.text))));
  for (let n = 0; n < 3 && b > sFirst && between(tokens[b]); n++) b--;
  const before = b >= sFirst ? partyWordAt(tokens, tags, b, lex) : null;
  if (before) return before;
  if (tokens[last]?.text !== ",") return null;
  let r = last + 1;
  if (ARTICLES.has(tokens[r]?.lower ?? "")) r++;
  // ("the top Democrat on the committee", "a senior Republican", "a leading Conservative": a rank in the party,
  // titles.json modifiers, lower case)
  for (let n = 0; n < 2 && /^[a-z]/.test(tokens[r]?.text ?? ""); n++) {
    const m = lex.modifiers.matchAt(tokens, r, byLower, r + 3);
    if (!m) break;
    r += m.length;
  }
  // ("a Maine Republican", "an Oregon Democrat", "a Rhode Island Republican": one or two capitalised words of place before it)
  const placeWord = (x: number) => !lex.partyWords.has(tokens[x]?.text ?? "") && CAP.test(tokens[x]?.text ?? "") && HAS_LOWER.test(tokens[x]?.text ?? "");
  if (placeWord(r) && lex.partyWords.has(tokens[r + 1]?.text ?? "")) r++;
  else if (placeWord(r) && placeWord(r + 1) && lex.partyWords.has(tokens[r + 2]?.text ?? "")) r += 2;
  return partyWordAt(tokens, tags, r, lex);
}

/** the state of a party whose dictionary name covers token q ("Liberal Democrat"), or of a party's word there ("Tory") */
function partyStateAt(tags: (Tag | undefined)[], tokens: Token[], q: number, lex: Lexicon): string | null {
  const at = coveringTagStart(tags, q);
  const e = at !== null ? tags[at]?.entry : undefined;
  if (e) return isParty(e) ? e.country ?? null : null;
  return lex.partyWords.get(tokens[q].text) ?? null;
}

/** The last word of a role phrase, lower case ("home affairs spokesman" → "spokesman"). */
function lastWord(role: string): string {
  const w = role.toLowerCase().trim();
  const sp = w.lastIndexOf(" ");
  return sp < 0 ? w : w.slice(sp + 1);
}

/** a political party of one state (organizations.json sector PTY with a country) */
function isParty(e: NameEntry): boolean {
  return e.kind === "organization" && e.sector === "PTY" && !!e.country;
}

/**
 * "officer and ardent ultranationalist [name]": the "and" before lower-case adjectives at `k`, when a
 * singular title ends right before it and no article opens the phrase ("the French president and
 * rapper X" may be two people: "the" makes the first role a noun phrase of its own). Returns the
 * index of the "and", right after the first title, or null.
 */
function coordinatedRoleAt(tokens: Token[], tags: (Tag | undefined)[], k: number, sFirst: number, lex: Lexicon): number | null {
  // ("Kenyan Deputy President and Interior Minister X", "Kuwaiti Deputy Prime Minister and Defense Minister X": titles in
  // title case are joined the same way, with a capitalised portfolio word or two before the second one; both titles
  // take the same case, so a capitalised title does not join a lower-case role: "Amnesty researcher and Foreign Minister X")
  const titleCase = CAP.test(tokens[k]?.text ?? "");
  const portfolio = (x: number) => titleCase && CAP.test(tokens[x].text) && HAS_LOWER.test(tokens[x].text) && coveringTagStart(tags, x) === null;
  let a = k - 1;
  while (a >= sFirst && a > k - 3 && (tokens[a].pos === "ADJ" && !CAP.test(tokens[a].text) || portfolio(a))) a--;
  if (a - 1 < sFirst || tokens[a].lower !== "and") return null;
  const ts = tagStartEndingAt(tags, a - 1);
  const t = ts !== null ? tags[ts]!.title : undefined;
  if (!t || t.honorific || t.plural || (titleCase ? !CAP.test(tokens[ts!].text) : !/^[a-z]/.test(tokens[ts!].text))) return null;
  // what opens the phrase: past-role words, modifiers, a state word; an article there ends it
  let p = ts! - 1;
  for (let n = 0; n < 4 && p >= sFirst; n++) {
    const e = tagStartEndingAt(tags, p);
    if (e !== null && tags[e]!.entry) p = e - 1;
    else if (modifierEndingAt(tokens, p, lex) !== null) p = modifierEndingAt(tokens, p, lex)! - 1;
    else if (PAST_ROLE.has(tokens[p].lower) || tokens[p].pos === "ADJ" && !CAP.test(tokens[p].text)) p--;
    else break;
  }
  return p >= sFirst && ARTICLES.has(tokens[p].lower) ? null : a;
}

/**
 * The body that "who heads ..." names from token `q`, as an entry that gives its state: a body the dictionary places
 * ("the Fire Brigades Union"; not a firm), an international body, a state's possession ("Belarus's KGB") or a state's
 * body after its demonym ("the Russian delegation"); null where none ("who heads a charity in Kent").
 */
function ledBodyState(tokens: Token[], tags: (Tag | undefined)[], q: number, sLast: number, lex: Lexicon): NameEntry | null {
  if (tokens[q]?.lower === "the") q++;
  const e = q < sLast ? tags[q]?.entry : undefined;
  if (!e) return null;
  const after = q + tags[q]!.len;
  if ((e.kind === "organization" || e.kind === "group") && e.country && e.sector !== "BUS" && tokens[after]?.norm !== "'s") return e;
  if (e.kind === "igo" && tokens[after]?.norm !== "'s") return e;
  if ((e.kind === "country" || e.kind === "demonym") && (e.kind === "country" ? tokens[after]?.norm === "'s" : stateBodyAt(tokens, after, lex))) return e;
  return null;
}

/** "('s) foreign ministry", "army", "parliament", "government": a body of a state starting at token k. */
function stateBodyAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  if (tokens[k]?.norm === "'s") k++;
  if (k >= tokens.length) return false;
  const m = lex.modifiers.matchAt(tokens, k, byLower);
  if (m && /ministry|department|government|military|pentagon/.test(m.values[0])) return true;
  const head = lex.groupHeads.get(tokens[k].lower);
  return !!head && lex.stateParts.has(head);
}

/** "Iran's OPEC governor": the state that owns an organisation named at `orgStart`, if the text says so. */
function statePossessorOf(tokens: Token[], tags: (Tag | undefined)[], orgStart: number, sFirst: number): { entry: NameEntry; start: number } | null {
  const org = tags[orgStart]?.entry;
  if (!org || (org.kind !== "igo" && org.kind !== "organization") || orgStart - 2 < sFirst || tokens[orgStart - 1].norm !== "'s") return null;
  const ps = tagStartEndingAt(tags, orgStart - 2);
  const e = ps !== null ? tags[ps]!.entry : undefined;
  return e && e.kind === "country" && ps !== null ? { entry: e, start: ps } : null;
}

/** A party tag ("D-Calif.", "R-N.Y.", "I-Vt") starting at token i, up to the next comma or bracket.
 * It may run past the sentence end the splitter put after "R-N." (tags are a few tokens long). */
function partyTagAt(doc: Doc, i: number, lex: Lexicon): { country: string; sector: string } | null {
  const tokens = doc.tokens;
  const sLast = tokens.length;
  // ("(R., N.H.)", "(D)": party-notation.ts)
  if (i + 2 >= sLast || !/^[A-Z]$/.test(tokens[i].text) || tokens[i + 1].text !== "-" || tokens[i + 1].spaceBefore) return bracketPartyTag(doc, i, lex);
  let e = i + 2;
  while (e < sLast && e - i < 7 && !/^[,()]$/.test(tokens[e].text)) e++;
  return lex.partyTags.get(partyTagKey(doc.text.slice(tokens[i].start, tokens[e - 1].end))) ?? null;
}

/** A seed person named by the surname ending at token q ("Trump's envoy"), as a dictionary entry. */
function seedEntry(tokens: Token[], q: number, lex: Lexicon, date: string | null): NameEntry | null {
  for (let k = q; k >= Math.max(0, q - 2); k--) {
    const m = lex.surnames.matchAt(tokens, k, byNorm, q + 1);
    if (!m || k + m.length !== q + 1) continue;
    const p = m.values.find((x) => activeAt(x, date));
    if (p) return { kind: "person", id: p.id, code: p.country, name: p.name, sector: null, country: p.country, from: "seed", person: p };
  }
  return null;
}

/** The start of the tag that covers token q, if any. */
function coveringTagStart(tags: (Tag | undefined)[], q: number): number | null {
  for (let k = q; k >= Math.max(0, q - 8); k--) if (tags[k]) return k + tags[k]!.len > q ? k : null;
  return null;
}

/** The start of a modifier ("incoming", "deputy", "foreign ministry") that ends at token q. */
/** the sectors of a title that serves a state: its forces, legislature, courts, police and intelligence */
const STATE_SERVICE_SECTORS = new Set(["MIL", "LEG", "JUD", "COP", "SPY"]);

/**
 * "its" or "the country's" ending at `p` that makes `title` a state's post, read before the name and in an appositive
 * before it alike: the token where the possessor starts, or null. An office, a post abroad or a post in a state's own
 * body (`ownBody`) after either; after "the country's" or "the nation's" any role noun ("the country's top general");
 * after "its" or "their", which may stand for people or a body, only a title of a state's own service ("its army
 * commander"); never a form of address.
 */
function statePostPossessorAt(tokens: Token[], p: number, sFirst: number, title: TitleEntry, ownBody: boolean): number | null {
  const at = statePronounAt(tokens, p, sFirst);
  if (at === null) return null;
  if (ownBody || title.office || title.posted) return at;
  if (title.honorific) return null;
  return tokens[at].lower === "the" || (!!title.sector && STATE_SERVICE_SECTORS.has(title.sector)) ? at : null;
}

/**
 * "its" or "the country's" ending at `p` before a state's office ("its defence minister", "the country's foreign
 * minister"): the token where the possessor starts, or null.
 */
function statePronounAt(tokens: Token[], p: number, sFirst: number): number | null {
  if (tokens[p].lower === "its" || tokens[p].lower === "their") return p;
  if (tokens[p].norm === "'s" && p - 2 >= sFirst && /^(country|nation)$/.test(tokens[p - 1].lower) && tokens[p - 2].lower === "the") return p - 2;
  return null;
}

/**
 * The state "its" or "the country's" at `at` stands for: the one state named before it in its sentence, or, when
 * the sentence names none before it, the one state the sentence before names ("Armenia pays for gas in roubles, its
 * economy minister, X, said"; "Sweden will apply to join Nato. The country's foreign minister, X, ..."). Two states
 * in play ("Russia's war on Ukraine ... its defence minister") name none, nor does another body nearer the
 * pronoun ("Armenia's central bank said its ...": the bank's). `seen`, where given, gathers the states of the
 * window that names any (none where neither does), for the story's frame to choose from (country-frame.ts).
 */
function antecedentState(doc: Doc, tags: (Tag | undefined)[], at: number, sFirst: number, seen?: Set<string>): NameEntry | null {
  const tokens = doc.tokens;
  const si = sentenceOfToken(doc.sentences, sFirst);
  const windows: [number, number][] = [[sFirst, at]];
  if (si > 0 && !doc.sentences[si - 1].headline) windows.push([doc.sentences[si - 1].first, doc.sentences[si - 1].last]);
  for (const [from, to] of windows) {
    let found: NameEntry | null = null;
    let foundAt = -1;
    let state: string | null = null;
    let nearest: NameEntry | null = null;
    let conflict = false;
    for (let i = to - 1; i >= from; i--) {
      const e = tags[i]?.entry;
      if (!e) continue;
      nearest ??= e;
      if (!/^(country|demonym|capital)$/.test(e.kind)) continue;
      const st = e.country ?? e.code;
      if (!st) continue;
      seen?.add(st);
      if (state && st !== state) {
        // (two states in the window: none of them, but the caller that asks learns which)
        if (!seen) return null;
        conflict = true;
        continue;
      }
      state = st;
      if (!found) {
        found = e;
        foundAt = i;
      }
    }
    // ("The Ukrainians insisted. Their foreign minister, X, said": "their" stands for a state only as its people, a plural
    // demonym and the nearest name; "protesters in Kyiv said their leader", "Russian troops said their commander" name none)
    // ("The bank said its envoy, X,": a noun of its own sentence before "its" or "their" is the nearer antecedent, not the
    // sentence before)
    if (!found && from === sFirst && tokens[at].lower !== "the" && nounBefore(tokens, sFirst, at)) return null;
    // (two states in the window name none, whether or not the caller gathers them)
    if (conflict) return null;
    if (tokens[at].lower === "their") {
      if (!found) continue;
      return nearest === found && found.kind === "demonym" && /^[A-Z][a-z]+s$/.test(tokens[foundAt + (tags[foundAt]?.len ?? 1) - 1].text) ? found : null;
    }
    // ("the country's" can only be a state's: a body nearer than the state does not matter)
    if (found) return nearest === found || /^(country|demonym|capital)$/.test(nearest?.kind ?? "") || tokens[at].lower !== "its" ? found : null;
  }
  return null;
}


/** Whether a state's name ends at `q` ("Kenya" of "Kenya recalled its ambassador") */
function stateSubjectEndingAt(tags: (Tag | undefined)[], q: number): boolean {
  const ts = q >= 0 ? tagStartEndingAt(tags, q) : null;
  return ts !== null && /^(country|capital)$/.test(tags[ts]!.entry?.kind ?? "");
}

/** Whether a common noun stands between `from` and `at` (exclusive) */
function nounBefore(tokens: Token[], from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (tokens[i].pos === "NOUN" && /^[a-z]/.test(tokens[i].text)) return true;
  return false;
}

function modifierEndingAt(tokens: Token[], q: number, lex: Lexicon): number | null {
  for (let i = q; i >= Math.max(0, q - 2); i--) {
    const m = lex.modifiers.matchAt(tokens, i, byLower, q + 1);
    if (m && i + m.length - 1 === q) return i;
  }
  // ("ex-deputy defence minister": a modifier written as one word with its past prefix)
  if (EX_TITLE.test(tokens[q].lower) && lex.modifiers.matchAt(tokens, q, byLowerPastTitle, q + 1)) return q;
  return null;
}

interface Appositive {
  text: string;
  role: string;
  sector: string | null;
  affiliation: NameEntry | null;
  /** the rule that found the affiliation, where it is not the appositive's own words ("its defence minister, X") */
  stateRule?: string;
  /** the one state of the appositive's title, where its words name none ("X, a State Duma deputy,": titles.json country) */
  titleCountry?: string;
  /** a bare office title of a state's own government with nothing before or after it that names whose ("the deputy prime
   * minister, X", "X, the interior minister,"): the holder's office, as "Interior Minister X" (actors/state rules on offices) */
  office?: boolean;
  /** "the country's health minister, X" with no one state just before (Candidate.countryFrame) */
  countryFrame?: string[];
}

/**
 * The demonym of an appositive "a/an/the [ADJ/ADV]{0,2} DEMONYM [noun]{0,3}" starting at `j` and closed by a comma, a
 * stop, "who" or "from" ("a top Israeli counterterrorism expert,", "a Canadian from Quebec"), or null. Only describing
 * words before the demonym: "an expert on Russian affairs" and "a critic of Iranian policy" say what the person
 * studies; nor a noun of a cause about borders ("an Irish republican") or a thing ("a French-made car").
 */
function demonymAppositive(tokens: Token[], tags: (Tag | undefined)[], j: number, sLast: number, lex: Lexicon): NameEntry | null {
  // "X, who is Russian,", "X, who was British, ...": a demonym alone after the copula of a relative clause
  if (tokens[j]?.lower === "who" && /^(is|was)$/.test(tokens[j + 1]?.lower ?? "") && j + 2 < sLast) {
    const d = tags[j + 2];
    return d?.entry?.kind === "demonym" && /^(,|\.|;|and)$/.test(tokens[j + 2 + d.len]?.lower ?? "") ? d.entry : null;
  }
  if (!APPOSITIVE_OPENERS.has(tokens[j]?.lower ?? "")) return null;
  let q = j + 1;
  q += ageAt(tokens, q, sLast);
  for (let n = 0; n < 2 && q < sLast && !tags[q] && /^(ADJ|ADV)$/.test(tokens[q].pos) && /^[a-z][a-z-]*$/.test(tokens[q].text); n++) q++;
  const t = q < sLast ? tags[q] : undefined;
  // ("a US foreign policy analyst", "a UK trade lawyer": a state's initialism before a noun is its demonym, as "an
  // American analyst"; a state's name is not: "a Russia expert" studies Russia)
  const initialism = t?.entry?.kind === "country" && t.len === 1 && INITIALISM.test(tokens[q].text) && /^[a-z]/.test(tokens[q + 1]?.text ?? "");
  if (!t?.entry || (t.entry.kind !== "demonym" && !initialism) || tokens[q + t.len]?.norm === "'s") return null;
  let r = q + t.len;
  let last: Token | null = null;
  // ("a Ukrainian trade negotiator", "an American research associate": a noun before the head may be tagged as a verb's
  // base form, only before another noun or a title; "the Russian foreign ministry said" ends at its verb, and an -ing
  // form stays out, "an American living in")
  const noun = (x: number) =>
    /^(NOUN|ADJ)$/.test(tokens[x].pos) ||
    (tokens[x].pos === "VERB" && !/ing$/.test(tokens[x].text) && x + 1 < sLast && /^[a-z]/.test(tokens[x + 1].text) && (tokens[x + 1].pos === "NOUN" || !!tags[x + 1]?.title));
  for (let m = 0; m < 3 && r < sLast && !tags[r] && noun(r) && /^[a-z][a-z-]*$/.test(tokens[r].text); m++) last = tokens[r++];
  // ("an American trade lawyer", "a US policy analyst": a title of trade or standing heads the words before it)
  const head = r < sLast ? tags[r] : undefined;
  if (last && head?.title && !head.title.honorific && /^[a-z]/.test(tokens[r].text)) {
    r += head.len;
    last = tokens[r - 1];
  }
  if (last && (lex.thingNouns.has(last.text) || lex.causeNouns.has(last.text) || lex.relationNouns.has(last.text))) return null;
  if (initialism && !last) return null;
  // ("X, a Ukrainian research associate with Harvard,", "an American lawyer at a Moscow firm", "a US analyst based in
  // Berlin", "an Iranian living in California": where the person works or lives closes the description as a comma does)
  return /^(,|\.|;|who|from|with|at|based|living|residing)$/.test(tokens[r]?.lower ?? "") ? t.entry : null;
}

const INITIALISM = /^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$/;

/** "[X's] [modifiers] TITLE [for/of ...]," before a name (comma at `comma`). */
function appositiveBefore(doc: Doc, comma: number, sFirst: number, tags: (Tag | undefined)[], lex: Lexicon, date: string | null, closed = false): Appositive | null {
  const tokens = doc.tokens;
  // "A member of the Syrian parliament, Mohammed Mamoun,": a membership that ends at the comma
  for (let q = comma - 3; q >= Math.max(sFirst, comma - 9); q--) {
    if (!MEMBER.test(tokens[q].lower)) continue;
    const m = membershipAt(tokens, q, comma, tags, lex) ?? electoralMembershipAt(tokens, q, comma, tags, lex);
    if (!m || m.end !== comma) break;
    let p = q - 1;
    while (p >= sFirst && modifierEndingAt(tokens, p, lex) !== null) p = modifierEndingAt(tokens, p, lex)! - 1;
    while (p >= sFirst && ARTICLES.has(tokens[p].lower)) p--;
    if (p >= sFirst && tokens[p].text !== "," && !/^(CCONJ|SCONJ|ADP)$/.test(tokens[p].pos)) break;
    return { text: doc.text.slice(tokens[p + 1].start, tokens[comma - 1].end), role: doc.text.slice(tokens[q].start, tokens[comma - 1].end), sector: m.sector, affiliation: m.affiliation, ...electoralState(m) };
  }
  // the title must lie within a few words before the comma, with no other name after it
  for (let q = comma - 1; q >= Math.max(sFirst, comma - 10); q--) {
    if (tokens[q].text === "," || tokens[q].pos === "VERB" || tokens[q].pos === "AUX") return null;
    const ts = tags[q] ? q : coveringTagStart(tags, q);
    // (a state's part is no one's name: "the governor of Texas, X")
    if (ts !== null ? tags[ts]!.entry?.kind === "person" : CAP.test(tokens[q].text) && HAS_LOWER.test(tokens[q].text) && !lex.regions.has(tokens[q].text)) return null;
    const t = tags[q];
    if (!t?.title || t.title.honorific) continue;
    // what lies before the title: modifiers, a possessor, an article, the sentence start
    // ("Mexico's deputy planning minister, X", "Russia's space chief, X": a lower-case portfolio word or two between
    // the possessor and the title)
    let p = q - 1;
    let portfolio = 0;
    for (;;) {
      if (p >= sFirst && modifierEndingAt(tokens, p, lex) !== null) p--;
      else if (p > sFirst && portfolio < 2 && /^(NOUN|ADJ)$/.test(tokens[p].pos) && /^[a-z][a-z-]*$/.test(tokens[p].text) && !tags[p]) {
        portfolio++;
        p--;
      } else break;
    }
    // a portfolio word must lead back to a possessor ("his planning minister," is no one's) or a state's demonym ("the
    // Swedish climate minister, X": the state's office, as "the Swedish foreign minister"; a state's name there is
    // as often the post's host or subject: "the Ukraine peace envoy")
    // ("The climate minister, X," after "the" or at the clause start: a bare office of the story's government, as
    // "Climate Minister X" is, placed by the rules of bare offices, government-state.ts; only a minister: "the company
    // secretary, X", "the club president, X" hold a body's post)
    const barePortfolio = portfolio > 0 && !!t.title.office && MINISTER.test(t.title.text) && (p < sFirst || (tokens[p].lower === "the" && (p === sFirst || tokens[p - 1].text === "," || /^(?:CCONJ|SCONJ)$/.test(tokens[p - 1].pos))));
    if (portfolio && !barePortfolio && !(p >= sFirst && (tokens[p].norm === "'s" || tokens[p].lower === "its" || ((t.title.office || t.title.posted) && demonymEndingAt(tags, p))))) return null;
    let affiliation: NameEntry | null = null;
    let regional = false;
    // "its economy minister, X", "the country's foreign minister, X": a state's own office whose possessor is the
    // one state named just before (actors/state:its-office, set by the caller)
    // ("its ambassador to the US, Anatoly X,": the sending state's post; the host after the title is no antecedent)
    // ("The Kenyan army said ... Its chief of staff, Gen X,": "its" a state's own body, any post in it; body-pronoun.ts)
    const ownBody = p >= sFirst && !portfolio ? stateBodyOwner(tokens, tags, doc.sentences, sentenceOfToken(doc.sentences, sFirst), p, lex.stateBodies, lex.independentBodies) : null;
    // ("the country's top general, X", "its army commander, X": as the same phrase right before the name reads)
    const pronoun = p >= sFirst ? statePostPossessorAt(tokens, p, sFirst, t.title, !!ownBody) : null;
    let topicPronoun = false;
    // ("the country's" whose state is not just before: the story's frame may be it, where "its" may be a body's)
    let countryFrame: string[] | undefined;
    if (pronoun !== null && ownBody) {
      affiliation = ownBody;
      p = pronoun - 1;
    } else if (pronoun !== null) {
      const seen = new Set<string>();
      affiliation = antecedentState(doc, tags, pronoun, sFirst, seen);
      // ("Serbia's stance on Russia may be changing, the country's prime minister, X,": the clause's theme, topic-state.ts)
      if (!affiliation) {
        affiliation = topicState(doc, tags, pronoun, sFirst, sentenceOfToken(doc.sentences, sFirst));
        if (affiliation) topicPronoun = true;
      }
      if (!affiliation && tokens[pronoun].lower !== "the") return null;
      if (!affiliation) countryFrame = [...seen];
      p = pronoun - 1;
    } else if (p >= sFirst && tokens[p].lower === "its") return null;
    else if (p >= sFirst && tokens[p].norm === "'s") {
      const ps = tagStartEndingAt(tags, p - 1);
      // ("Florida's governor, X,": an office of a state's first-level part, countries.json regions)
      const region = ps === null && t.title.office ? regionStartEndingAt(doc, tags, p - 1, sFirst, lex) : null;
      if (ps !== null && tags[ps]!.entry) affiliation = tags[ps]!.entry!;
      else if (region) {
        affiliation = region.entry;
        regional = true;
        p = region.start;
      } else if (p - 1 >= sFirst && CAP.test(tokens[p - 1].text)) affiliation = seedEntry(tokens, p - 1, lex, date);
      else return null;
      p = ps !== null ? ps - 1 : regional ? p - 1 : p - 2;
      // a title before the possessor: "President-elect Trump's"
      while (p >= sFirst && tags[tagStartEndingAt(tags, p) ?? -1]?.title) p = (tagStartEndingAt(tags, p) ?? p) - 1;
    } else {
      const ps = p >= sFirst ? tagStartEndingAt(tags, p) : null;
      // ("the Quebec premier, X,", "the former Florida governor, X,": an office of a state's first-level part)
      const region = ps === null && t.title.office && p >= sFirst ? regionStartEndingAt(doc, tags, p, sFirst, lex) : null;
      if (region) {
        affiliation = region.entry;
        regional = true;
        p = region.start - 1;
        while (p >= sFirst && modifierEndingAt(tokens, p, lex) !== null) p = modifierEndingAt(tokens, p, lex)! - 1;
      } else if (ps !== null && tags[ps]!.entry) {
        const owner = statePossessorOf(tokens, tags, ps, sFirst);
        affiliation = owner?.entry ?? tags[ps]!.entry!;
        // ("the Moscow correspondent, X": where a reporter works, not whose)
        if (!owner && affiliation.kind === "capital" && t.title.sector === "MED") affiliation = null;
        p = (owner?.start ?? ps) - 1;
      }
    }
    // "the mayor of Kharkiv, X", "the governor of the Odesa region, X": a state's own office of a place that closes the
    // appositive is held in the place's state
    const placed = !affiliation && t.title.office ? officePlaceOf(doc, tags, q + t.len, comma, lex) : null;
    if (placed) affiliation = placed;
    // "the new acting director at the CIA, X", "a spokesman for the FBI, X": a body the dictionary places (no firm) that
    // closes the appositive is the person's workplace (a diplomat's post is the host: left)
    let worksAt = false;
    if (!affiliation && !t.title.posted && /^(at|for|with)$/.test(tokens[q + t.len]?.lower ?? "")) {
      const b = q + t.len + (tokens[q + t.len + 1]?.lower === "the" ? 2 : 1);
      const e = tags[b]?.entry;
      if (e && b + tags[b]!.len === comma && placedBody(e)) {
        affiliation = e;
        worksAt = true;
      }
    }
    // "the chairman of the central election commission, X", "the head of the election commission in Tver, X"
    let electoral = false;
    if (!affiliation && tokens[q + t.len]?.lower === "of") {
      const ec = electoralCommissionAt(tokens, tags, q + t.len + 1, comma, lex);
      if (ec && ec.end === comma) {
        if (ec.place) affiliation = ec.place;
        else countryFrame ??= [];
        electoral = true;
      }
    }
    while (p >= sFirst && ARTICLES.has(tokens[p].lower)) p--;
    // ("murdered another American journalist, X.": "another" a determiner of the object, as an article is)
    if (closed && p > sFirst && tokens[p].lower === "another" && /^(VERB|AUX)$/.test(tokens[p - 1].pos)) p--;
    // ("summoned the British ambassador in Moscow, Deborah Bronnert, to protest": an object in apposition, closed by a
    // comma after the name; "summoned the British ambassador, Lavrov said" is no apposition)
    // ('"We need fresh faces," said the country's health minister, X.': after a verb of saying the phrase and the name are
    // one subject put after its verb, or the object of the report, in apposition either way)
    // ("Kenya recalled its ambassador to Somalia, X, on Monday": a state's own office owned by "its" alike, the state the
    // verb's subject; "Germany's central bank said its president, X," is the bank's; "the Peruvian navy said its commander,
    // X," a state's own body's, body-pronoun.ts)
    const objectApposition = p < comma - 1 && /^(VERB|AUX)$/.test(tokens[p]?.pos ?? "") && (((ARTICLES.has(tokens[p + 1]?.lower ?? "") || tokens[p + 1]?.lower === "another") && (closed || lex.speechVerbs.has(tokens[p].lower))) || (closed && pronoun !== null && pronoun === p + 1 && (stateSubjectEndingAt(tags, p - 1) || !!ownBody)));
    // ('"... in the region," the country's defence minister, X, was quoted as saying': a quote closed after its comma)
    const afterQuote = p > sFirst && CLOSE_QUOTES.has(tokens[p].text) && tokens[p - 1].text === ",";
    if (p >= sFirst && tokens[p].text !== "," && !/^(CCONJ|SCONJ|ADP)$/.test(tokens[p].pos) && !objectApposition && !afterQuote) return null;
    // "as he begins his second term as US President, Tony Blair said": "as" inside a clause gives a
    // role to what stands before it; only a clause-opening "as" ("As foreign minister, X") is about X
    if (p >= sFirst && tokens[p].lower === "as" && p > sFirst && !/^[,;:"“]$/.test(tokens[p - 1].text)) return null;
    const start = tokens[p + 1].start;
    return {
      text: doc.text.slice(start, tokens[comma - 1].end),
      role: doc.text.slice(tokens[barePortfolio ? q - portfolio : q].start, tokens[comma - 1].end),
      sector: t.title.sector,
      affiliation,
      ...(countryFrame ? { countryFrame } : {}),
      stateRule: ownBody && pronoun !== null ? "actors/state:body-pronoun" : pronoun !== null && affiliation ? (topicPronoun ? "actors/state:topic-state" : "actors/state:its-office") : placed ? "actors/state:office-of-place" : worksAt ? "actors/state:workplace" : regional ? "actors/state:region-office" : electoral && affiliation ? "actors/state:electoral-commission" : undefined,
      ...(!affiliation && t.title.country && !(t.title.until !== undefined && historicalNickname(tokens, tags, q, sFirst)) ? { titleCountry: t.title.country } : {}),
      // (only the title and its modifiers after "the" or the clause start: no possessor, no portfolio, no "of ..." tail)
      ...(!affiliation && t.title.office && (!portfolio || barePortfolio) && q + t.len === comma && (barePortfolio || bareOpening(tokens, p, q, sFirst, lex.speechVerbs)) ? { office: true } : {}),
    };
  }
  return null;
}

/** PLACE_NOUNS: a lower-case noun after a place's name that says what kind of place it is ("the Odesa region") */
const PLACE_NOUNS = new Set(["region", "oblast", "province", "state", "city", "district", "county"]);

/**
 * "of [the] PLACE [region]" from token `r` to `end` (exclusive): a state, city or region of the dictionaries whose
 * state an office of it gives ("the mayor of Kharkiv", "the governor of the Odesa region"), or null.
 */
function officePlaceOf(doc: Doc, tags: (Tag | undefined)[], r: number, end: number, lex: Lexicon): NameEntry | null {
  const tokens = doc.tokens;
  if (tokens[r]?.lower !== "of") return null;
  r++;
  if (tokens[r]?.lower === "the") r++;
  if (r >= end) return null;
  // (a place noun closing it: "the Odesa region")
  const last = PLACE_NOUNS.has(tokens[end - 1].lower) && end - 1 > r ? end - 2 : end - 1;
  const t = tags[r];
  const e = t?.entry;
  if (e) return /^(country|city|region|capital)$/.test(e.kind) && (r + t.len - 1 === last || r + t.len === end) ? e : null;
  // ("the governor of Texas, X", "the premier of British Columbia, X": a state's first-level part, countries.json regions)
  return regionEndingAt(doc, tags, last, r, lex, r);
}

/**
 * The state of a state's first-level part (countries.json regions) whose name ends at token `q` ("Texas", "New South
 * Wales", "North Rhine-Westphalia"), over words no dictionary name covers; with `from`, the name must start there.
 */
function regionEndingAt(doc: Doc, tags: (Tag | undefined)[], q: number, sFirst: number, lex: Lexicon, from = -1): NameEntry | null {
  const tokens = doc.tokens;
  for (let x = q; x >= Math.max(sFirst, q - 4); x--) {
    if (tags[x] || coveringTagStart(tags, x) !== null) return null;
    if (from >= 0 && x !== from) continue;
    const e = lex.regions.get(doc.text.slice(tokens[x].start, tokens[q].end));
    if (e) return e;
  }
  return null;
}

/** A state's first-level part whose name ends at token `q` ("Texas", "British Columbia"): its entry and first token, or null. */
function regionStartEndingAt(doc: Doc, tags: (Tag | undefined)[], q: number, sFirst: number, lex: Lexicon): { entry: NameEntry; start: number } | null {
  for (let x = q; x >= Math.max(sFirst, q - 3); x--) {
    const e = regionEndingAt(doc, tags, q, sFirst, lex, x);
    if (e) return { entry: e, start: x };
  }
  return null;
}

/** The first-level part a place tag of `len` tokens at `q` names ("New Mexico"): its entry and length, or null. */
function placeRegion(doc: Doc, q: number, len: number, lex: Lexicon): { entry: NameEntry; len: number } | null {
  const e = lex.regions.get(doc.text.slice(doc.tokens[q].start, doc.tokens[q + len - 1].end));
  return e ? { entry: e, len } : null;
}

/** A state's first-level part whose name starts at token `q` ("Texas", "New South Wales"), before `sLast`: its entry and length. */
function regionStartingAt(doc: Doc, tags: (Tag | undefined)[], q: number, sLast: number, lex: Lexicon): { entry: NameEntry; len: number } | null {
  const tokens = doc.tokens;
  for (let n = Math.min(4, sLast - q); n >= 1; n--) {
    if (tags[q + n - 1] || !CAP.test(tokens[q + n - 1].text)) continue;
    const e = lex.regions.get(doc.text.slice(tokens[q].start, tokens[q + n - 1].end));
    if (e && coveringTagStart(tags, q) === null) return { entry: e, len: n };
  }
  return null;
}

/** The state an office phrase after a copula gives, from token `at` ("the leader of UKIP", "Ghana's finance minister"):
 * the appositive reading's affiliation, as describe() turns it into a state (no international body's, no office
 * followed by a possessive: "the Russian ambassador's driver") */
function copulaState(doc: Doc, at: number, sLast: number, tags: (Tag | undefined)[], lex: Lexicon): string | null {
  const app = appositiveAfter(doc, at, sLast, tags, lex);
  const e = app?.affiliation;
  if (!e || e.kind === "igo") return null;
  const end = doc.tokens[at].start + app.text.length;
  if (/^['’"]s\b/.test(doc.text.slice(end, end + 3))) return null;
  return e.kind === "person" ? (e.person?.country ?? null) : (e.country ?? e.code);
}

/** ", the/a [X's] [modifiers] TITLE [of/for ...]" after a name, from token `k`. */
function appositiveAfter(doc: Doc, k: number, sLast: number, tags: (Tag | undefined)[], lex: Lexicon): Appositive | null {
  const tokens = doc.tokens;
  // "X, nominated as the next prime minister,", "X, named as the new interior minister,": the office put in is the person's
  if (k + 2 < sLast && lex.appointedWords.has(tokens[k].lower) && tokens[k + 1].lower === "as") k += 2;
  let q = k;
  if (q < sLast && APPOSITIVE_OPENERS.has(tokens[q].lower)) q++;
  // "X, a 21-year-old Russian commander of ...": the age says nothing of the role
  if (q > k) q += ageAt(tokens, q, sLast);
  let affiliation: NameEntry | null = null;
  let stateRule: string | undefined;
  let adjectives = 0;
  let portfolioWords = 0;
  let region: NameEntry | null = null;
  // "X, one of Ukraine's deputy prime ministers", "one of the country's top generals": one of a state's holders of a
  // plural office (only a plural title: "one of the president's advisers" names no office of X's)
  const oneOf = q + 2 < sLast && tokens[q].lower === "one" && tokens[q + 1].lower === "of";
  const pronounAt = (x: number) => (x >= sLast ? null : tokens[x].lower === "its" ? x : x + 2 < sLast && statePronounAt(tokens, x + 2, k) === x ? x : null);
  if (oneOf) {
    q += 2;
    if (tokens[q].lower === "the" && pronounAt(q) === null) q++;
  }
  // "Anna Malyar, the country's deputy defence minister,", "X, its foreign minister,": a state's own office whose possessor
  // is the one state named just before, as the same phrase before the name reads (appositiveBefore); only an office or a
  // diplomat's post ("X, its chief executive," is a body's)
  let statePronoun = false;
  let body: NameEntry | null = null;
  if (!oneOf && pronounAt(k) !== null) {
    const p = pronounAt(k)!;
    const sf = sentenceFirstOf(doc, k);
    // (a capital only as a state's word: "“Brussels, we are waiting,” X wrote. Y, the country's deputy defence minister,"
    // addresses the place of a meeting, not Y's state)
    // ("The Kenyan army said ... X, its chief of staff,": "its" a state's own body, any post in it; body-pronoun.ts)
    body = stateBodyOwner(tokens, tags, doc.sentences, sentenceOfToken(doc.sentences, sf), p, lex.stateBodies, lex.independentBodies);
    const e = body ?? antecedentState(doc, tags, p, sf);
    const topic = e ? null : topicState(doc, tags, p, sf, sentenceOfToken(doc.sentences, sf));
    if (!e && !topic) return null;
    if (e?.kind === "capital") return null;
    affiliation = e ?? topic;
    stateRule = body ? "actors/state:body-pronoun" : e ? "actors/state:its-office" : "actors/state:topic-state";
    statePronoun = true;
    q = k + (tokens[k].lower === "its" ? 1 : 3);
  }
  for (let steps = 0; q < sLast && steps < 8; steps++) {
    if (oneOf && affiliation === null && stateRule === undefined) {
      const p = pronounAt(q);
      if (p !== null) {
        const sf = sentenceFirstOf(doc, k);
        const e = antecedentState(doc, tags, p, sf);
        // ("X, one of the country's deputy ministers," where the theme opens the clause: topic-state.ts)
        const topic = e ? null : topicState(doc, tags, p, sf, sentenceOfToken(doc.sentences, sf));
        if (!e && !topic) return null;
        affiliation = e ?? topic;
        stateRule = e ? "actors/state:its-office" : "actors/state:topic-state";
        q += tokens[q].lower === "its" ? 1 : 3;
        continue;
      }
    }
    const t = oneOf ? (tags[q]?.entry ? tags[q] : pluralTitleAt(tokens, q, sLast, lex)) : tags[q];
    if (oneOf && !t && tags[q]?.title) return null;
    // "X, the Texas governor,", "X, Florida's governor,": a state's first-level part before an office title (only an office:
    // "X, a Texas lawyer," is no one's official)
    if (!t && !oneOf && affiliation === null && region === null) {
      const r = regionStartingAt(doc, tags, q, sLast, lex);
      if (r) {
        region = r.entry;
        q += r.len;
        if (tokens[q]?.norm === "'s") q++;
        continue;
      }
    }
    if (t?.entry) {
      affiliation ??= t.entry;
      q += t.len;
      if (tokens[q]?.norm === "'s") q++;
      continue;
    }
    // (a region's office before another name is that name's title: "Donald Trump, Florida Gov. Ron DeSantis and ...")
    if (region && !(t?.title && !t.title.honorific && t.title.office)) return null;
    if (region && (CAP.test(tokens[q + t!.len]?.text ?? "") || tags[q + t!.len]?.entry?.kind === "person")) return null;
    if (region && affiliation === null) {
      affiliation = region;
      stateRule = "actors/state:region-office";
    }
    if (statePronoun && !body && t?.title && !t.title.office && !t.title.posted) return null;
    if (t?.title && !t.title.honorific) {
      // (after adjectives only a possessor or demonym before the title speaks: "Klaus Schwab, the grisly head of Davos" is
      // no Swiss official)
      const owned = adjectives === 0 || affiliation !== null;
      let end = q + t.len;
      // "Scott Bessent, FBI Director Kash Patel, ...": a list of names, not an appositive
      if (end < sLast && CAP.test(tokens[end].text) && !tags[end]) return null;
      // "of Qatar's foreign ministry", "for Ukraine and Russia"; "the ambassador to Russia": the
      // state after a diplomat's "to" is the host, never the person's own ("adviser to the Hamas prime
      // minister" names the principal)
      // "a fellow at the Hudson Institute", "an analyst at the Carnegie Endowment": where they work
      // "a research analyst with the Royal United Services Institute": "with" a workplace, as "at"
      if (end < sLast && (tokens[end].lower === "of" || tokens[end].lower === "for" || tokens[end].lower === "to" || tokens[end].lower === "at" || tokens[end].lower === "with")) {
        // ("X, the special envoy for Iran,", "X, the special representative for Syria,": a diplomat's "for" names the
        // state of the portfolio, as "to" names the host)
        const host = (tokens[end].lower === "to" || tokens[end].lower === "at" || tokens[end].lower === "for") && !!t.title.posted;
        let e = end + 1;
        // (after "at", only a body, and no firm: "a spokesman at the talks in Ankara" names where, not
        // whose; "an economist at Goldman Sachs International" may work in any state)
        const at = tokens[end].lower === "at" || tokens[end].lower === "with";
        while (e < sLast && tokens[e].text !== "," && (tokens[e].pos !== "VERB" && tokens[e].pos !== "AUX" || stateOwnedEnd(tokens, e, lex) > e) && e - end < 8) {
          // "chair of state-owned VTB bank": an owner's compound before the body, not a verb that ends the phrase
          const ownerEnd = stateOwnedEnd(tokens, e, lex);
          if (ownerEnd > e) {
            e = ownerEnd;
            continue;
          }
          // ("director of the Margaret Thatcher Center for Freedom", "a fellow at the Wilson Center": a person's name that opens
          // a body's longer name names the body, not a principal whose state is the person's)
          const x = namesake(tags, e, tokens) ? undefined : tags[e]?.entry;
          if (x && !host && owned && (!at || x.kind === "organization" && x.sector !== "BUS" || x.kind === "igo" || stateWorkplaceAt(tokens, tags, end + 1, e))) affiliation ??= x;
          e++;
        }
        end = e;
      }
      // "X, the chairman of the central election commission,": an electoral commission with no place is the story's state's
      const ec = !affiliation && tokens[q + t.len]?.lower === "of" ? electoralCommissionAt(tokens, tags, q + t.len + 1, sLast, lex) : null;
      const electoralFrame = !!ec && !ec.place && ec.end === end && CLOSE_APPOSITIVE.test(tokens[end]?.text ?? ".");
      // (adjectives that lead to no state leave the appositive as it was read before: "Ozgur Ozel, a local MP for the
      // opposition People's Republican Party")
      if (adjectives > 0 && !affiliation && !electoralFrame) return null;
      return {
        ...(electoralFrame ? { countryFrame: [] } : {}),
        text: doc.text.slice(tokens[k].start, tokens[end - 1].end),
        role: doc.text.slice(tokens[q - portfolioWords].start, tokens[end - 1].end),
        sector: t.title.sector,
        affiliation,
        ...(stateRule ? { stateRule } : {}),
        ...(!affiliation && t.title.country && !(t.title.until !== undefined && historicalNickname(tokens, tags, q, k)) ? { titleCountry: t.title.country } : {}),
        // (the title closes the appositive, after "the" and modifiers only: "X, the interior minister,"; not "X, the
        // president of the club,", "X, a minister in the 1990s", "X, his foreign minister", "X, vice president and counsel
        // at the Pork Council")
        ...(!affiliation && t.title.office && !oneOf && end === q + t.len && /^(?:,|\.|;)$/.test(tokens[end]?.text ?? ".") && bareAfter(tokens, k, q) ? { office: true } : {}),
      };
    }
    const mod = lex.modifiers.matchAt(tokens, q, byLower, sLast);
    if (mod) {
      // ("X, First Deputy Minister of Foreign Affairs of Ukraine,": a modifier ends where a title's tag starts, "Deputy Minister")
      let len = mod.length;
      for (let j = 1; j < len; j++) if (tags[q + j]) len = j;
      q += len;
      continue;
    }
    // "X, the Swedish climate minister,", "X, Mexico's planning minister,": a lower-case portfolio word or two between a
    // state's word and an office title (a title must still follow: "X, a Swedish climate activist," is read elsewhere; a
    // party's word before a portfolio is read by party-role.ts: "X, Tory shadow minister for pensions,")
    if (!t && (affiliation?.kind === "demonym" || affiliation?.kind === "country" || statePronoun) && region === null && portfolioWords < 2 && tokens[q].pos === "NOUN" && /^[a-z][a-z-]*$/.test(tokens[q].text) && officeAfterPortfolio(tokens, tags, q + 1, sLast, portfolioWords === 0)) {
      portfolioWords++;
      q++;
      continue;
    }
    // "Gennady Petrov, Russia's sixth richest oligarch,", "X, the most senior Chinese diplomat": a lower-case adjective or
    // two before the title (a title must still follow: "X, Russia's fiercest critic," is none)
    if (!t && adjectives < 2 && /^(ADJ|ADV)$/.test(tokens[q].pos) && /^[a-z][a-z-]*$/.test(tokens[q].text)) {
      adjectives++;
      q++;
      continue;
    }
    // "Ivan Petrov, a member of the Russian parliament,"
    const m = MEMBER.test(tokens[q].lower) ? (membershipAt(tokens, q, sLast, tags, lex) ?? electoralMembershipAt(tokens, q, sLast, tags, lex)) : null;
    if (m) return { text: doc.text.slice(tokens[k].start, tokens[m.end - 1].end), role: doc.text.slice(tokens[q].start, tokens[m.end - 1].end), sector: m.sector, affiliation: m.affiliation, ...electoralState(m) };
    return null;
  }
  return null;
}

const MINISTER = /\bminister$/i;

/** whether a state's demonym tag ends at `p` ("the Swedish" before "climate minister") */
function demonymEndingAt(tags: (Tag | undefined)[], p: number): boolean {
  const ds = tagStartEndingAt(tags, p);
  return ds !== null && tags[ds]!.entry?.kind === "demonym";
}

/** whether an office or posted title starts at `q`, or after one more untagged lower-case noun where `more` allows it */
function officeAfterPortfolio(tokens: Token[], tags: (Tag | undefined)[], q: number, sLast: number, more: boolean): boolean {
  const office = (t: Tag | undefined) => !!t?.title && !t.title.honorific && (!!t.title.office || !!t.title.posted);
  if (q >= sLast) return false;
  if (tags[q]) return office(tags[q]);
  return more && q + 1 < sLast && tokens[q].pos === "NOUN" && /^[a-z][a-z-]*$/.test(tokens[q].text) && office(tags[q + 1]);
}

/** whether the tag at `e` is a person's name that a capitalised word no dictionary knows goes on ("Margaret Thatcher Center") */
function namesake(tags: (Tag | undefined)[], e: number, tokens: Token[]): boolean {
  const t = tags[e];
  if (!t?.entry || t.entry.kind !== "person") return false;
  const next = tokens[e + t.len];
  return !!next && CAP.test(next.text) && next.kind === "word" && !tags[e + t.len];
}

/** the rules whose state the words before a plural title give, and so every name it covers */
const LIST_STATE_RULES = new Set(["actors/state:title-phrase", "actors/state:possessor", "actors/state:region-office", "actors/state:title-shared"]);

/** "A and B", "A, B and C" from token `k`: capitalised words not yet covered ("van" between them), up to five, then "and" or a comma and another capitalised word. */
function namesListedAt(tokens: Token[], covered: Uint8Array, k: number, sLast: number): boolean {
  let j = k;
  while (j < sLast && j < k + 5 && !covered[j] && tokens[j].kind === "word" && ((CAP.test(tokens[j].text) && HAS_LOWER.test(tokens[j].text)) || (j > k && PARTICLES.has(tokens[j].lower)))) j++;
  return j > k && j + 1 < sLast && (tokens[j].lower === "and" || tokens[j].text === ",") && CAP.test(tokens[j + 1].text);
}

/** A plural title at `q` ("deputy prime ministers", "top generals" after its modifier), read as its singular; null where none. */
function pluralTitleAt(tokens: Token[], q: number, sLast: number, lex: Lexicon): Tag | null {
  const m = lex.titles.matchAt(tokens, q, bySingular, sLast);
  if (!m || m.values[0].honorific || m.values[0].plural) return null;
  const last = tokens[q + m.length - 1].lower;
  return bySingular(tokens[q + m.length - 1]) !== last ? { title: m.values[0], len: m.length } : null;
}
const bySingular = (t: Token): string => (/[^s]s$/.test(t.lower) && t.lower.length > 3 ? (t.lower.endsWith("ies") ? t.lower.slice(0, -3) + "y" : t.lower.slice(0, -1)) : t.lower);

function sentenceFirstOf(doc: Doc, i: number): number {
  return doc.sentences[sentenceOfToken(doc.sentences, i)].first;
}

/**
 * "at a US think tank", "at the Russian embassy in London", "with the UK-based Royal United Services Institute": a state
 * word that opens the workplace after "at" or "with" (`from`, past an article) names the state whose institution it is
 * (the embassy's owner, not its host); not the first of two states ("at the Russia-Ukraine talks") nor a possessor.
 */
function stateWorkplaceAt(tokens: Token[], tags: (Tag | undefined)[], from: number, e: number): boolean {
  const x = tags[e]?.entry;
  if (!x || !/^(country|demonym)$/.test(x.kind) || !x.country) return false;
  if (e !== from && !(e === from + 1 && ARTICLES.has(tokens[from].lower))) return false;
  const a = e + tags[e]!.len;
  const after = tokens[a];
  // ("at the Russian president's press conference": an office holder's occasion, no institution)
  if (!after || after.norm === "'s" || tags[a]?.title || tokens[a + 1]?.norm === "'s" || tokens[a + 2]?.norm === "'s") return false;
  return after.text !== "-" || tokens[a + 1]?.lower === "based";
}

/**
 * "the French Institute for International Relations", "the Russian Orthodox Church": a demonym (tag at `q`) that opens a
 * capitalised name whose head is an institution's (groups.json organizationHeads, institutionHeads); its entry, or null.
 */
function demonymInstitution(tokens: Token[], tags: (Tag | undefined)[], q: number, sLast: number, lex: Lexicon): NameEntry | null {
  const e = tags[q]?.entry;
  if (e?.kind !== "demonym" || !e.country) return null;
  for (let x = q + tags[q]!.len, n = 0; x < sLast && n < 8; x++, n++) {
    if (lex.institutionHeads.has(tokens[x].text)) return e;
    const word = CAP.test(tokens[x].text) && HAS_LOWER.test(tokens[x].text) && !tags[x];
    if (!word && !(n > 0 && /^(for|of|and|on|&)$/.test(tokens[x].lower))) return null;
  }
  return null;
}

/** "45-year-old" written as one token or as its parts ("45", "-", "year", "-", "old"): how many tokens it takes at `q`, or 0. */
function ageAt(tokens: Token[], q: number, sLast: number): number {
  if (q >= sLast || !/^\d/.test(tokens[q]?.text ?? "")) return 0;
  let text = tokens[q].text;
  for (let n = 1; n <= 5; n++) {
    if (/^\d{1,3}-years?-old$/.test(text)) return n;
    const t = tokens[q + n];
    if (q + n >= sLast || !t || t.spaceBefore) return 0;
    text += t.text;
  }
  return 0;
}

const MEMBER = /^member$/;

/** "a committee in", "the defence committee of", "a parliamentary committee of": an article, up to two lower-case words,
 * "committee", then "in" or "of"; the token after the preposition, or null */
function committeeOfBody(tokens: Token[], k: number, sLast: number): number | null {
  if (!ARTICLES.has(tokens[k]?.lower ?? "")) return null;
  for (let c = k + 1; c < Math.min(sLast - 1, k + 4); c++) {
    if (tokens[c].lower === "committee") return /^(in|of)$/.test(tokens[c + 1].lower) ? c + 2 : null;
    if (!/^[a-z-]+$/.test(tokens[c].text)) return null;
  }
  return null;
}

/**
 * "member of the Syrian parliament", "a member of Russia's opposition", "member of the ruling party":
 * membership of a body whose head noun is a group head (data/groups.json: its sector) and whose state
 * word or possessor is the person's state. Returns the token after the head. A member of a body with
 * no head we know ("a member of the board") says nothing.
 */
function membershipAt(tokens: Token[], q: number, sLast: number, tags: (Tag | undefined)[], lex: Lexicon): { end: number; sector: string; affiliation: NameEntry | null } | null {
  let k = q + 1;
  if (tokens[k]?.lower !== "of") return null;
  k++;
  // "a member of a committee in the Ukrainian parliament", "a member of the defence committee of the Knesset": a
  // committee's member is a member of the body whose committee it is
  const committee = committeeOfBody(tokens, k, sLast);
  if (committee !== null) k = committee;
  if (tokens[k]?.lower === "the") k++;
  let affiliation: NameEntry | null = null;
  const e = tags[k]?.entry;
  if (e && (e.kind === "country" || e.kind === "demonym")) {
    affiliation = e;
    k += tags[k]!.len;
    if (tokens[k]?.norm === "'s") k++;
  }
  // "the ruling party", "the Syrian national parliament": a word or two before the head
  for (let n = 0; n < 3 && k < sLast; n++, k++) {
    // "a member of Germany's Bundestag", "a member of the Knesset": a state's body the dictionary names
    const body = tags[k]?.entry;
    // (a bare "Senate" or "House" may be any state's: titles.json committeeBodies)
    const bare = tags[k]?.len === 1 && lex.committeeBodies.has(tokens[k].text);
    if (body?.kind === "organization" && body.country && body.sector && lex.stateParts.has(body.sector) && !bare && tokens[k + tags[k]!.len]?.lower !== "of") {
      if (affiliation && (affiliation.country ?? affiliation.code) !== body.country) return null;
      return { end: k + tags[k]!.len, sector: body.sector, affiliation: affiliation ?? body };
    }
    const sector = lex.groupHeads.get(tokens[k].lower);
    if (sector && lex.stateParts.has(sector) && tokens[k + 1]?.lower !== "of" && !(tokens[k + 1]?.pos === "NOUN" && lex.groupHeads.has(tokens[k + 1].lower))) return { end: k + 1, sector, affiliation };
    // (the ruling or governing party is the executive's: no part apart from the state)
    if (tags[k] || !/^(ADJ|NOUN)$/.test(tokens[k].pos) || /^(ruling|governing)$/.test(tokens[k].lower)) return null;
  }
  return null;
}

/** "Baku-based", "Moscow-born": a compound that makes the name a place someone is from or at. */
const PLACE_COMPOUNDS = new Set(["based", "born", "headquartered"]);

function dictionaryActor(e: NameEntry, tokens: Token[], i: number, len: number, lex: Lexicon): { kind: ActorKind; id: string; name: string; rule: string } {
  const countryName = (x: NameEntry) => lex.countries.get(x.code ?? "")?.name ?? x.code ?? x.name;
  switch (e.kind) {
    case "country":
      return { kind: "country", id: e.id, name: e.name, rule: "actors/dictionary:country" };
    case "demonym":
      return { kind: "country", id: e.id, name: e.name, rule: "actors/dictionary:demonym" };
    case "seat":
      return { kind: "country", id: e.code!, name: countryName(e), rule: `actors/metonym:seat:${e.name}` };
    case "capital": {
      const prev = tokens[i - 1];
      // "in Moscow", and "in Moscow and Tehran"
      const listed = prev && /^(and|or|,)$/.test(prev.lower) && CAP.test(tokens[i - 2]?.text ?? "") && LOCATIVE.has(tokens[i - 3]?.lower ?? "");
      // ("the Baku-based opposition bloc", "a London-based think tank": where they are, not the government)
      const dash = tokens[i + len];
      const compound = !!dash && dash.text === "-" && !dash.spaceBefore && PLACE_COMPOUNDS.has(tokens[i + len + 1]?.lower ?? "");
      if ((prev && LOCATIVE.has(prev.lower)) || listed || compound) return { kind: "location", id: e.id, name: e.name, rule: "actors/dictionary:place" };
      return { kind: "country", id: e.code!, name: countryName(e), rule: `actors/metonym:capital:${e.name}` };
    }
    case "city":
    case "region":
      return { kind: "location", id: e.id, name: e.name, rule: "actors/dictionary:place" };
    case "igo":
      return { kind: "igo", id: e.id, name: e.name, rule: "actors/dictionary:igo" };
    case "organization":
    case "group":
      return { kind: e.kind, id: e.id, name: e.name, rule: `actors/dictionary:${e.kind}` };
    default:
      return { kind: "person", id: e.id, name: e.name, rule: "actors/dictionary:person" };
  }
}

// one name for roles that news writes several ways, for "the premier" → "Prime Minister X"
const ROLE_SYNONYMS: [RegExp, string][] = [
  [/\b(spokesman|spokeswoman|spokesperson|press secretary)\b/g, "spokesperson"],
  [/\bpremier\b/g, "prime minister"],
  [/\bdefense\b/g, "defence"],
  [/\bforeign secretary\b/g, "foreign minister"],
  [/\badvisor\b/g, "adviser"],
  // (press posts, titles.json sector MED: "Journalist X ... the reporter said", "TV host X ... the presenter said")
  [/\b(reporter|correspondent)\b/g, "journalist"],
  [/\b(anchorman|anchorwoman|anchor|newsreader|host)\b/g, "presenter"],
  // ("Secretary-General" of the known-person data is "the Norwegian secretary general" of the text)
  [/\bsecretary-general\b/g, "secretary general"],
  // (a rank cut short, with or without its stop: "Gen Waldemar Skrzypczak ... the former general said", "Col. X ... the colonel")
  [/\bgen\b\.?/g, "general"],
  [/\bcol\b\.?/g, "colonel"],
  [/\badm\b\.?/g, "admiral"],
  [/\bcapt\b\.?/g, "captain"],
  [/\bsgt\b\.?/g, "sergeant"],
];
/** a military rank in canonicalRole's form ("general", "maj general", "lt. colonel"), which its holder keeps after service */
const RANK_FOR_LIFE = /^(?:(?:lt|maj|brig|rear|vice)\.? )?(?:general|colonel|admiral|captain|major)$/;
function canonicalRole(role: string): string {
  let r = role;
  for (const [re, to] of ROLE_SYNONYMS) r = r.replace(re, to);
  return r;
}

/** The role phrase ("Algeria's president", "the Kenyan vice-president") names the role `role` as a whole word. */
function roleHeldIn(role: string, phrase: string): boolean {
  const want = canonicalRole(role.toLowerCase());
  const text = canonicalRole(phrase.toLowerCase());
  const at = text.lastIndexOf(want);
  // (as the phrase's last words: "president" is not held in "vice-president" or "the president's office")
  return at >= 0 && at + want.length === text.length && (at === 0 || /[\s']/.test(text[at - 1]));
}

/** a name's word with its accents dropped ("Maizière" → "Maiziere"), so that a copy without them finds the name */
function foldAccents(word: string): string {
  return /[^\u0000-\u007f]/.test(word) ? word.normalize("NFD").replace(/\p{M}/gu, "") : word;
}

export function nameParts(name: string): string[] {
  return name
    .replace(/[’']s$/, "")
    .split(/[\s]+/)
    .filter((p) => p && !PARTICLES.has(p.toLowerCase()) && !/^\p{Lu}\.$/u.test(p));
}

/** The parts of a full name as a bare surname may find it: a particle's word that opens the name, capitalised, may be
 * a given name ("Ben Wallace", "Al Gore"), so that "Wallace" alone finds "Ben Wallace" */
function fullNameParts(name: string): string[] {
  const parts = nameParts(name);
  const first = name.split(/\s+/)[0];
  return parts.length === 1 && PARTICLES.has(first.toLowerCase()) && CAP.test(first) ? [first, ...parts] : parts;
}

/** "Ben Smith" is no "John Smith", where "Von Wartenberg" is "Ludolf Georg von Wartenberg" and "Ben Gvir" "Itamar Ben
 * Gvir": a name opening with a capitalised particle's word finds a fuller name only where that name has the word too */
function particleAgrees(name: string, fuller: string): boolean {
  const first = name.split(/\s+/)[0];
  if (!PARTICLES.has(first.toLowerCase()) || !CAP.test(first) || first === name) return true;
  return fuller.split(/\s+/).some((w) => w.toLowerCase() === first.toLowerCase());
}

/** "Wasserman Schultz" after "Debbie Wasserman Schultz": the parts of a name of two or more are the last parts of a
 * known name one part longer (a surname of two words without the given name; not "Andy Beckett" inside a run of two
 * names, "Nick Moss London Andy Beckett") */
function endsWith(full: string[], parts: string[]): boolean {
  if (parts.length < 2 || full.length !== parts.length + 1) return false;
  const off = full.length - parts.length;
  return parts.every((p, i) => p.toLowerCase() === full[off + i].toLowerCase());
}

/** "Debbie Wasserman Shultz" beside "Debbie Wasserman Schultz": names of two or more parts that differ in one part only,
 * by one letter added or dropped in a part of five letters or more, are one name misspelt (a substitution may be a
 * sibling: "Kim Jong-un", "Kim Jong-il") */
function misspelt(a: string[], b: string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i].toLowerCase() === b[i].toLowerCase()) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  let x = a[diff].toLowerCase();
  let y = b[diff].toLowerCase();
  if (x.length < y.length) [x, y] = [y, x];
  if (x.length !== y.length + 1 || y.length < 5) return false;
  for (let i = 0; i < x.length; i++) if (x.slice(0, i) + x.slice(i + 1) === y) return true;
  return false;
}

/**
 * Role phrases without a name: "the Kremlin spokesperson", "a Downing Street spokesperson", "the
 * president", "officials". Resolved to a person when one in the article holds that role.
 */
function findRoleNPs(doc: Doc, tags: (Tag | undefined)[], mentionAt: (PlacedMention | undefined)[], actors: Actor[], inBody: Uint8Array, lex: Lexicon, date: string | null): RoleNP[] {
  const tokens = doc.tokens;
  const out: RoleNP[] = [];
  // the story's state by the names found so far, computed on the first bare role phrase that needs it
  let frame: string | null | undefined;
  const frameAt = () => (frame === undefined ? (frame = namesFrame(actors, mentionAt, inBody)) : frame);
  // past offices the text gave a person in apposition ("the former Russian president, Dmitry Medvedev,")
  const formerHolders = new Map<string, number>();
  const titleLenAt = (k: number): number => (tags[k]?.title ? tags[k]!.len : 0);
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (let i = s.first; i < s.last; i++) {
      const t = tags[i];
      const g = !t && !mentionAt[i] && inBody[i] ? lex.groupWords.matchAt(tokens, i, byLower, s.last) : null;
      if (!(t?.title && !t.title.honorific) && !g) continue;
      const len = t?.title ? t.len : g!.length;
      const end = i + len;
      // a title followed by a name belongs to that person
      if (mentionAt[end] && actors[mentionAt[end]!.actor].kind === "person") continue;
      if (mentionAt[i]) continue;
      // extend left over modifiers, an affiliation and an article
      let p = i - 1;
      let affiliation: number | null = null;
      let country: string | null = null;
      while (p >= s.first) {
        const mod = lex.modifiers.matchAt(tokens, p, byLower, i);
        if (mod && p + mod.length <= i) {
          p--;
          continue;
        }
        const m = mentionAt[p];
        if (m) {
          const a = actors[m.actor];
          affiliation = m.actor;
          country = a.code ?? null;
          // ("Reuters Russia’s deputy foreign minister": a possessor ends the phrase; what stands before it is not
          // of the role's, and the caption's outlet is not the minister's state)
          const possessor = tokens[p + 1]?.norm === "'s";
          p = m.token - 1;
          if (possessor) break;
          continue;
        }
        if (tokens[p].norm === "'s" && mentionAt[p - 1]) {
          p--;
          continue;
        }
        break;
      }
      let first = p + 1;
      const hasArticle = first > s.first && ARTICLES.has(tokens[first - 1].lower);
      if (hasArticle) first--;
      // "for Downing Street", "of Qatar's foreign ministry"; "the general secretary of the Fire Brigades Union, X",
      // "the head of Belarus's KGB, X" (role-body.ts: the body after an article, the possessor state before its body)
      let last = end;
      // ("the special envoy for Iran, X,": a diplomat's "for" names the portfolio's state, not the envoy's)
      const portfolioFor = tokens[last]?.lower === "for" && !!t?.title?.posted;
      const body = last < s.last && !portfolioFor && (tokens[last].lower === "for" || tokens[last].lower === "of") ? roleBodyAfter(tokens, last + 1, s.last, mentionAt, (a) => actors[a].kind === "person", lex.stateBodies) : null;
      // "a top aide to President Macron, X,": the person an aide serves, where the aide is named in apposition
      const principal = !body && t?.title && last < s.last && tokens[last].lower === "to" && lex.aideNouns.has(doc.text.slice(tokens[i].start, tokens[end - 1].end).toLowerCase()) ? principalAfter(tokens, last + 1, s.last, mentionAt, titleLenAt, (a) => actors[a].kind === "person") : null;
      if (body ?? principal) {
        const m = mentionAt[(body ?? principal)!.mention]!;
        affiliation ??= m.actor;
        country ??= actors[m.actor].code ?? null;
        last = (body ?? principal)!.end;
      }
      const text = doc.text.slice(tokens[first].start, tokens[last - 1].end);
      // "the president", "the Russian president": the person in the article with that role;
      // "The Kremlin spokesperson, Dmitry Peskov,": the person named in apposition
      let actor: number | null = null;
      const app = tokens[last]?.text === "," ? mentionAt[last + 1] : undefined;
      // ("in a letter to lawmakers, Barr said", "federal prosecutors, Mueller's office": a plural group noun is never one
      // person in apposition)
      const pluralGroup = !t?.title && /[^s]s$/.test(tokens[end - 1].lower);
      // ("the former Russian president, Dmitry Medvedev, said ... the former Russian president added": a past office
      // names the person the text put in it, never its sitting holder; see former-holder.ts)
      const past = t?.title ? pastRoleBefore(tokens, Math.max(s.first, first - 2), i, PAST_ROLE) : false;
      const wantKey = past ? formerKey(tokens, i, end, country) : null;
      if (app && app.token === last + 1 && actors[app.actor].kind === "person" && !pluralGroup) {
        actor = app.actor;
        if (wantKey) formerHolders.set(wantKey, app.actor);
      } else if (wantKey && formerHolders.has(wantKey)) actor = formerHolders.get(wantKey)!;
      else if (t?.title && (tokens[first].lower === "the" || affiliation !== null)) actor = rolePerson(doc, s, actors, i, end, first, country, lex, mentionAt, date, frameAt, past, titleLenAt);
      out.push({ first, last, start: tokens[first].start, end: tokens[last - 1].end, text, actor, affiliation });
      i = last - 1;
    }
  }
  return out;
}

/** A known person's role at the article's date, canonical and lower case ("" for others, or none at the date; never a
 * former role's: `formerRole` says the text put them in the past) */
function datedRole(a: Actor, lex: Lexicon, date: string | null): string {
  const seed = a.formerRole || !date ? undefined : lex.personOf(a.id);
  const r = seed ? roleAt(seed, date) : null;
  return r ? canonicalRole(r.role.toLowerCase()) : "";
}

/** The one person of the state `country` the article names holding a head office ("President", "Prime Minister", a
 * known person's dated role); none where two do ("the Russian leader" beside Putin and Mishustin may be either) or
 * where the role is a past one ("former president") */
function stateHead(actors: Actor[], country: string, lex: Lexicon, date: string | null): number | null {
  let head: number | null = null;
  for (const [ai, a] of actors.entries()) {
    if (a.kind !== "person" || !a.role || a.formerRole || (a.code !== country && a.country !== country)) continue;
    if (!lex.headOffices.has(canonicalRole(a.role.toLowerCase())) && !lex.headOffices.has(datedRole(a, lex, date))) continue;
    if (head !== null) return null;
    head = ai;
  }
  return head;
}

/** The region or city (an actor index) a role phrase's title at `i` is an office of ("the Luhansk governor", "Kyiv's
 * mayor"), within the phrase from `first`; null where none. */
function placeOfRole(actors: Actor[], tokens: Token[], i: number, first: number, mentionAt: (PlacedMention | undefined)[]): number | null {
  for (let x = i - 1; x >= first; x--) {
    const m = mentionAt[x];
    if (m && actors[m.actor].kind === "location") return m.actor;
  }
  return null;
}

/** The person `a` is named after the place `place` in the sentence of one of their name's mentions ("Kharkiv regional
 * governor X", "In Krasnodar, ten people were injured, the region's governor X said"), or the role phrase is in
 * apposition right after their name ("Giuliani, a former New York City mayor"). */
function namedWithPlace(a: Actor, place: number, tokens: Token[], mentionAt: (PlacedMention | undefined)[]): boolean {
  for (const m of a.mentions) {
    if (m.token === undefined || m.rule === "actors/coref:role") continue;
    for (let x = m.token - 1; x >= Math.max(0, m.token - 40); x--) {
      if (mentionAt[x]?.actor === place) return true;
      if (/^[.;:]$/.test(tokens[x].text)) break;
    }
  }
  return false;
}

/** Words before which a role names an office below or beside it: "deputy prime minister" does not hold "the prime minister". */
const UNDER_ROLE = new Set(["deputy", "vice", "assistant", "under", "shadow", "junior", "associate", "former", "ex", "ex-", "first-deputy"]);

/**
 * The role `held` ("secretary of state", "deputy prime minister", "vice-president") holds the office a role phrase
 * names (`want`: "secretary", "prime minister", "president"), as whole words at the end of its head, the words before
 * any "of/for/to ..." tail ("adviser to the president" is an adviser), and not after a word that makes it a lower or
 * shadow office ("deputy", "vice", "shadow"); both in canonicalRole's form.
 */
function roleHeadHolds(held: string, want: string): boolean {
  if (!want) return false;
  const [head, tail] = headAndTail(held);
  const [wantHead, wantTail] = headAndTail(want);
  // ("the secretary of state": the holder's tail must say the same)
  if (!tail.startsWith(wantTail)) return false;
  // (known-person data that dates no term gives "President-elect" for a sitting president)
  const office = head.endsWith("-elect") ? head.slice(0, -6) : head;
  if (!office.endsWith(wantHead)) return false;
  const at = office.length - wantHead.length;
  if (at > 0 && office[at - 1] !== " ") return false;
  const before = office.slice(0, Math.max(0, at - 1)).split(" ").pop() ?? "";
  return !UNDER_ROLE.has(before) || wantHead.startsWith(before + " ");
}
/** "secretary of state" → ["secretary", " of state"]: a role's head and its prepositional tail. */
function headAndTail(role: string): [string, string] {
  const tail = / (?:of|for|to|at|in|on|with)\b/.exec(role);
  return tail ? [role.slice(0, tail.index), role.slice(tail.index)] : [role, ""];
}

/**
 * The person whose appositive holds the role phrase at `first`..`end` after a preposition or as a possessor ("X, one of
 * the president's advisers", "X, an adviser to the prime minister"): that person's index, or null. A phrase that
 * opens the appositive is the person's own role ("X, the French president,").
 */
function appositiveOwnerAround(tokens: Token[], first: number, end: number, sFirst: number, mentionAt: (PlacedMention | undefined)[]): number | null {
  let inner = tokens[end]?.norm === "'s";
  for (let x = first - 1; x >= Math.max(sFirst, first - 8); x--) {
    if (tokens[x].text === ",") {
      const m = mentionAt[x - 1];
      return inner && m && m.tokenEnd === x ? m.actor : null;
    }
    if (/^(of|to|for|with|at|by)$/.test(tokens[x].lower)) inner = true;
    // ("stood by Obama, saying he agrees with the president": a clause, no appositive)
    if (mentionAt[x] || /^[;:.()"“”]$/.test(tokens[x].text) || /^(VERB|AUX|PRON)$/.test(tokens[x].pos)) return null;
  }
  return null;
}

/** The person a title phrase ("the president", "the Russian president") refers to: of the persons whose role fits it (or,
 * with no role given, named in the last two sentences), the one named last before it, else the first named after it
 * (moved unchanged out of findRoleNPs: its shapes no longer make V8 recompile all of findRoleNPs) */
function rolePerson(doc: Doc, s: Sentence, actors: Actor[], i: number, end: number, first: number, country: string | null, lex: Lexicon, mentionAt: (PlacedMention | undefined)[], date: string | null, frameAt: () => string | null, past = false, titleLenAt: (k: number) => number = () => 0): number | null {
  const tokens = doc.tokens;
  // "the Russian leader", "Norway's leader": a noun for whoever leads a state, right after the state's name (and
  // "the" before it) or its possessive, is that state's one person holding a head office; not after a party, a group
  // or a modifier ("the Labour leader", "the Hamas leader", "the Russian opposition leader", "the former Russian
  // leader"), nor plural or indefinite ("Russian leaders", "a Russian leader")
  if (country && end === i + 1 && lex.headWords.has(tokens[i].lower)) {
    const at = tokens[i - 1]?.norm === "'s" ? i - 1 : i;
    const m = mentionAt[at - 1];
    const state = m && m.tokenEnd === at && actors[m.actor].kind === "country";
    if (state && (m.token === first || (m.token === first + 1 && tokens[first].lower === "the"))) return stateHead(actors, country, lex, date);
  }
  let actor: number | null = null;
  const here = tokens[first].start;
  const sIdx = doc.sentences.indexOf(s);
  const recentFrom = doc.sentences[Math.max(0, sIdx - 2)].start;
  // ("the ex-foreign secretary": the office is "foreign secretary"; the prefix made it a past one, above)
  const want = canonicalRole(tokens.slice(i, end).map((x) => x.lower).join(" ").replace(/^ex-/, ""));
  // ("the head of state": whoever holds one of the offices it covers, "President X", "King Y"; titles.json covers)
  const covered = lex.coveredOffices.get(want);
  let bestStart = -1;
  // a person who holds the role (title evidence, a known person's dated role) is who the role phrase names, however
  // long ago they were named, before a person with no role given who was just named ("... said Mr Brown. Oliver
  // Letwin said ... the chancellor" is Brown, the chancellor)
  // (of several holders, the one named last: "Le Drian ... the foreign minister said" is Le Drian, though Lavrov was
  // named more often; counting mentions lost such cases on the dev set)
  let holder: number | null = null;
  let holderStart = -1;
  // ("John Hale, one of the president's advisers,", "X, an adviser to the prime minister,": the role phrase inside a
  // person's appositive, after a preposition or as a possessor, names someone else)
  const appositiveOwner = appositiveOwnerAround(tokens, first, end, s.first, mentionAt);
  // ("Kharkiv regional governor X ... the Luhansk governor": an office of a region or city is held by the person named
  // with that place, no other holder of the title)
  const place = placeOfRole(actors, tokens, i, first, mentionAt);
  let firstAfter: number | null = null;
  let firstAfterStart = Infinity;
  // (a bare phrase of an office one person holds in a state, "the president": its holders by state, for the story's
  // state's holder over another state's; see role-frame.ts)
  const bare = country === null && tokens[first].lower === "the" && first + 1 === i && lex.singleOffices.has(want);
  const holderStates = bare ? new Map<string, number>() : null;
  for (const [ai, a] of actors.entries()) {
    if (a.kind !== "person") continue;
    const before = a.mentions.filter((m) => m.start < here).pop();
    // a person whose role the text never gave may hold this one, if just named
    // ("the chancellor" is not the shadow chancellor: an opposition's shadow holds no office)
    // (a known person's role at the date counts beside the one the text gave: "US leader Joe Biden ... the US
    // president said")
    const held = a.role ? canonicalRole(a.role.toLowerCase()) : "";
    const dated = a.role ? datedRole(a, lex, date) : "";
    const holds = (r: string) => roleHeadHolds(r, want) || (!!covered && covered.some((c) => roleHeadHolds(r, c)));
    const heldFits = !!a.role && (holds(held) || (!!dated && holds(dated)));
    // ("The head of the army, General Anna Berg, ... the general said": the title an earlier mention opens with holds
    // the role too, where an appositive's office became the person's role)
    const titledFits = !heldFits && !a.formerRole && a.mentions.some((m) => m.start < here && m.token !== undefined && holds(titleAt(tokens, m.token, titleLenAt)));
    // ("Ex-chat show host X quit the party. The MEP said": a past post of the press that is not this role leaves the
    // person as one whose role the text never gave, who may hold this one if just named)
    // (a past post of the press only: "Former US leader X ... the US president said" is not X)
    const asUnroled = (!a.role || (!!a.formerRole && a.sector === "MED" && !heldFits)) && !!before && before.start >= recentFrom;
    if (!(heldFits || titledFits || asUnroled) || ai === appositiveOwner) continue;
    // ("David Lamb, a former foreign secretary, ... the foreign secretary said": a past holder holds no bare office; the
    // appositive's past word is read here only, where formerRole would also move the person out of the government's
    // sector for events)
    if (!past && heldFits && (a.formerRole || (!!a.description && pastAppositive(a.description, a.role!)))) continue;
    // ("the former president": never who holds the office now; see former-holder.ts)
    // ("Gen Sir X ... the former general said": a military rank is kept for life, so its holder may be the former one)
    if (past && !RANK_FOR_LIFE.test(held) && sittingHolder(a, tokens, titleLenAt, !!date && !!lex.personOf(a.id), dated, (r) => roleHeadHolds(canonicalRole(r.toLowerCase()), want), PAST_ROLE)) continue;
    // (a known holder's role may name the place itself: "Mayor of London"; tested after the cheap tests above)
    const ofPlace = place === null || namedWithPlace(a, place, tokens, mentionAt) || `${held} ${dated}`.includes(actors[place].name.toLowerCase()) || (tokens[first - 1]?.text === "," && mentionAt[first - 2]?.actor === ai);
    if (!ofPlace) continue;
    if (country && (a.code ?? a.country) && a.code !== country && a.country !== country) continue;
    if (before && heldFits && before.start > holderStart) {
      holderStart = before.start;
      holder = ai;
    }
    if (holderStates && before && heldFits && (a.code ?? a.country)) holderStates.set((a.code ?? a.country)!, ai);
    if (before && before.start > bestStart) {
      bestStart = before.start;
      actor = ai;
    }
    // a lede names the role before the person: "the UK's foreign secretary told China ... Truss said"
    const after = heldFits ? a.mentions.find((m) => m.start > here) : undefined;
    if (!before && after && after.start < firstAfterStart) {
      firstAfterStart = after.start;
      firstAfter = ai;
    }
  }
  if (holder !== null && holderStates && holderStates.size > 1) {
    const frame = frameAt();
    holder = preferFrameHolder(actors, holder, holderStart, frame === null ? null : (holderStates.get(frame) ?? null), frame, doc.sentences[Math.max(0, sIdx - 1)].start);
  }
  actor = holder ?? actor ?? firstAfter;
  return actor;
}

/** The title a mention opens with ("General" in "General Anna Berg", the mention's first token `k`), canonical and
 *  lower case; "" where it opens with none. */
function titleAt(tokens: Token[], k: number, titleLenAt: (k: number) => number): string {
  const len = titleLenAt(k);
  return len ? canonicalRole(tokens.slice(k, k + len).map((x) => x.lower).join(" ")) : "";
}

/** "state-owned", "government-run" (titles.json stateOwned) starting at `e`: the token after it, else `e` */
function stateOwnedEnd(tokens: Token[], e: number, lex: Lexicon): number {
  if (!lex.stateOwned.owners.has(tokens[e]?.lower ?? "")) return e;
  if (tokens[e + 1]?.text !== "-" || tokens[e + 1].spaceBefore || tokens[e + 2]?.spaceBefore) return e;
  return lex.stateOwned.owning.has(tokens[e + 2]?.lower ?? "") ? e + 3 : e;
}

/** ", " or a stop that closes an appositive after a name */
const CLOSE_APPOSITIVE = /^(?:,|\.|;)$/;

/** "member of a district electoral commission in Moscow" at `q` (electoral-commission.ts): a membership of no sector */
function electoralMembershipAt(tokens: Token[], q: number, sLast: number, tags: (Tag | undefined)[], lex: Lexicon): { end: number; sector: string | null; affiliation: NameEntry | null; electoral: true } | null {
  if (tokens[q + 1]?.lower !== "of") return null;
  const ec = electoralCommissionAt(tokens, tags, q + 2, sLast, lex);
  return ec ? { end: ec.end, sector: null, affiliation: ec.place, electoral: true } : null;
}

/** the state rule of an electoral membership with a place, or the story's frame where it names none */
function electoralState(m: { affiliation: NameEntry | null; electoral?: true }): { stateRule?: string; countryFrame?: string[] } {
  if (!m.electoral) return {};
  return m.affiliation ? { stateRule: "actors/state:electoral-commission" } : { countryFrame: [] };
}
