// Loads, validates and compiles dyad's dictionaries into immutable indexes, once per engine.
// Countries come from the maintained world-countries package; everything else is data/*.json,
// and a user may add their own actors with the same shapes.
import { compileTimePhrases, type TimePhrases } from "./compile-time-phrases.js";
import { compilePartyPostSectors, type PartyPostSectors } from "./party-post-sectors.js";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Wink } from "../nlp/wink.js";
import { buildDoc } from "../nlp/text-layer.js";
import { PhraseIndex } from "./phrase-index.js";
import { addKnownPeople, CONGRESS_PEOPLE_FROM, CONGRESS_SOURCE, KNOWN_PEOPLE_FROM, knownPeopleTable } from "./known-people.js";
import { readDataFile, type DataReader } from "./read-data-file.js";
import {
  countriesFile,
  countryVariantsFile,
  igosFile,
  metonymsFile,
  notNamesFile,
  givenNamesFile,
  convertedGivenNamesFile,
  groupsFile,
  peoplesFile,
  basedGroupsFile,
  countAndTimeWordsFile,
  agentsFile,
  organizationsFile,
  armedGroupsFile,
  personsFile,
  convertedPersonsFile,
  speechFile,
  titlesFile,
  type SeedPerson,
  type UserDictionary,
} from "./schemas.js";

export type NameKind =
  | "country"
  | "demonym"
  | "seat"
  | "capital"
  | "city"
  | "region"
  | "igo"
  | "organization"
  | "group"
  | "person";

/** One dictionary entry a name can stand for. */
/** the `from` of a demonym of a state's own part ("Scottish"): it places a person, and is no mention of the state */
export const PART_DEMONYM = "data/countries.json partDemonyms";

export interface NameEntry {
  kind: NameKind;
  id: string;
  code: string | null;
  name: string;
  sector: string | null;
  country: string | null;
  /** the dictionary the entry came from, for provenance: "world-countries", "data/igos.json" */
  from: string;
  /** the seed person of a person's entry; `undefined` on the others, which are made with the field all the
   * same (one hidden class for the entries that tags hold) */
  person?: SeedPerson;
}

export interface TitleEntry {
  text: string;
  sector: string | null;
  honorific: boolean;
  /** the one state whose offices the title names ("Rep.", "Sen."), when the text gives no other */
  country?: string;
  /** a plural title ("Reps."), that covers each name of a list after it */
  plural?: boolean;
  /** a diplomat's title: its "to Y" is the host state ("ambassador to Russia") */
  posted?: boolean;
  /** a role noun that is a title only as written in lower case ("journalist Ivan Golunov"), never a word of a name ("Wales Tourist Board") */
  lowerCase?: boolean;
  /** an office of a state's own government, legislature or courts ("Education Secretary", "Senator"): its
   * holder takes the article's frame state where the text names none (titles.json office) */
  office?: boolean;
  /** an office before which capitalised words name a portfolio, party or place ("Trade and Industry
   * Secretary", "Conservative MP"), not a body ("Ifo president") */
  portfolio?: boolean;
  /** a military rank ("Gen.", "Lt. Col.", "admiral"): its holder serves a state's forces, which the article's
   * frame may name as it does for an office (titles.json rank) */
  rank?: boolean;
  /** the last year a hereditary or historical title was held ("tsar": 1917, "kaiser": 1918; titles.json historical):
   * its holder in a later story holds it no more, and a noun before it makes it a nickname ("the energy tsar") */
  until?: number;
}

/** Every title entry is made with all its fields, in one order (an absent one `undefined`): a title read
 * through a tag (`tag.title.honorific`, `.lowerCase`, `.country`) then has one hidden class, where entries
 * spread from their optional fields had five, which V8's property caches hold only up to four of. */
function titleEntry(
  text: string,
  sector: string | null,
  honorific: boolean,
  country: string | undefined,
  plural: true | undefined,
  posted: true | undefined,
  lowerCase: true | undefined,
  office: true | undefined,
  portfolio: true | undefined,
  until?: number,
  rank?: true,
): TitleEntry {
  return { text, sector, honorific, country, plural, posted, lowerCase, office, portfolio, until, rank };
}

export interface CountryInfo {
  code: string;
  name: string;
}

export interface Lexicon {
  /** proper names, matched case-sensitively (apostrophes made straight) */
  names: PhraseIndex<NameEntry>;
  /** the same names in capitals, for ALL-CAPS headline lines ("RUSSIA", "NORTH KOREA") */
  namesUpper: PhraseIndex<NameEntry>; // (built on first use)
  /** surnames of seed persons, matched case-sensitively */
  surnames: PhraseIndex<SeedPerson>;
  /** titles and honorifics, matched in lower case */
  titles: PhraseIndex<TitleEntry>;
  modifiers: PhraseIndex<string>;
  /** party letters alone in brackets after a name ("Sen. X (R)"; titles.json partyTags bareParties) */
  bareParties: Map<string, { country: string; sector: string }>;
  /** party tags after a name ("D-Calif.", "R-N.Y."), keyed by partyTagKey of their text */
  partyTags: Map<string, { country: string; sector: string }>;
  /** the parties' own words beside a name ("X, a Maine Republican", "Democratic senator X"), → their state (titles.json partyTags partyWords) */
  partyWords: Map<string, string>;
  /** nouns of a post a party gives ("spokesman", "mp", "councillor"), lower case (titles.json partyRoles) */
  partyRoles: Set<string>;
  /** the sector of a party post, by the post and the words of its phrase (titles.json partyPostSectors) */
  partyPostSectors: PartyPostSectors;
  /** a state's own government after its possessor ("government", "cabinet", "prime minister"), lower case (titles.json ownGovernmentNouns) */
  ownGovernmentNouns: Set<string>;
  /** legislatures' own words that name no one state ("Senate", "House", "Commons"; titles.json committeeBodies) */
  committeeBodies: Set<string>;
  /** words of a race for office that may stand between a party's word and the name (titles.json candidacyWords) */
  candidacyWords: Set<string>;
  /** words of a race for a city's or a region's office (titles.json localCandidacy; local-candidate.ts) */
  localCandidacy: { cues: Set<string>; localWords: Set<string>; bodies: Set<string> };
  /** words of a legislature's members that name no one state (titles.json legislatureWords) */
  legislatureWords: Set<string>;
  /** lower-case words of a state's armed services before a rank ("Army Gen. X"; titles.json forceServices) */
  forceServices: Set<string>;
  /** a title, lower case → the states whose governments do not use it (titles.json unusedTitles, unused-title.ts) */
  unusedTitles: Map<string, ReadonlySet<string>>;
  /** a chamber word before a committee chair's title, and those titles (titles.json chamberCommittees, chamber-committee.ts) */
  chamberCommittees: ChamberCommittees;
  /** lower-case words of rebels and militias, whose officers no state's frame places (titles.json irregularForces) */
  irregularForces: Set<string>;
  /** lower-case words that put a sentence's person away from the state they act for (titles.json awayWords) */
  awayWords: Set<string>;
  /** awayWords and nouns of someone posted or stranded away from home ("a correspondent in Cairo"; titles.json postedNouns): a place after them is no home (residence.ts) */
  residenceAway: Set<string>;
  /** lower-case words of a state's own government in a title phrase (titles.json governmentTitleWords; fronted-place.ts) */
  governmentTitleWords: ReadonlySet<string>;
  /** the away words of meeting someone, done at home as often as abroad ("met", "talks"; titles.json meetingWords) */
  meetingWords: ReadonlySet<string>;
  /** verbs of leading a body after "X, who" ("heads", "led"; titles.json headVerbs) */
  headVerbs: Set<string>;
  /** nouns of one put forward for a post ("nominee", "pick"; titles.json nomineeNouns) */
  nomineeNouns: Set<string>;
  /** head nouns of a party or opposition group not in the dictionary ("party", "alliance"; titles.json partyBodyNouns) */
  partyBodyNouns: Set<string>;
  /** words of a party away from its state ("exiled", "based"; titles.json partyAwayWords) */
  partyAwayWords: Set<string>;
  /** verbs of putting someone in a post ("nominated", "appointed"; titles.json appointVerbs) */
  appointVerbs: Set<string>;
  /** participles of being put in an office before "as" ("X, nominated as the next prime minister,"; titles.json appointedWords) */
  appointedWords: Set<string>;
  /** singular nouns of a person that are no title ("man", "soldier"; titles.json personNouns) */
  personNouns: Set<string>;
  /** nouns of someone who works in a body, no office of their own ("official", "agent"; titles.json staffNouns) */
  staffNouns: Set<string>;
  /** heads of an electoral body ("election commission"; titles.json electoralBodies) */
  electoralBodies: Set<string>;
  /** "state-owned", "government-run" (titles.json stateOwned): owner words and words of owning */
  stateOwned: { owners: Set<string>; owning: Set<string> };
  /** nouns of someone who serves a person ("adviser", "press secretary"; titles.json aideNouns) */
  aideNouns: Set<string>;
  /** nouns of a known person's ally or close relative ("ally", "wife"; titles.json associateNouns) */
  associateNouns: Set<string>;
  /** nouns of a person's own lawyer ("lawyer", "attorney"; titles.json counselNouns, counsel-of.ts) */
  counselNouns: Set<string>;
  /** nouns of a known person's campaign or team ("campaign", "transition team"; titles.json teamNouns, principal-team.ts) */
  teamNouns: Set<string>;
  /** a state's own bodies in lower case ("central bank", "embassy"; titles.json stateBodies) */
  stateBodies: Set<string>;
  /** state bodies whose posts 'its' gives as the body's own, not the state's (titles.json independentBodies) */
  independentBodies: Set<string>;
  /** a body name's capitalised head word → the sector it gives the body's staff ("University" → EDU; titles.json bodyHeads) */
  bodyHeads: Map<string, string>;
  /** head words of bodies often named after the state they study or campaign about ("the Japan Society"; titles.json topicBodyHeads) */
  topicBodyHeads: Set<string>;
  /** words that make an office the opposition's shadow of it, and the states whose oppositions use them (titles.json shadowOffices) */
  shadowOffices: { words: Set<string>; states: string[] };
  /** words of a legislature, party or office only some states' politics use, as written → those states (titles.json
   * officeSystems), matched as written: 'select committee' is Westminster's, 'Select Committee' a US name's */
  officeSystems: Map<string, readonly string[]>;
  /** office-system words as written → the states whose members are written "<word> for <seat>" ("MP for Wantage") */
  officeSeats: Map<string, readonly string[]>;
  /** speech verb form (lower case) → lemma */
  speechVerbs: Map<string, string>;
  /** multi-word speech cues ("pointed out") */
  speechPhrases: PhraseIndex<string>;
  indirectLemmas: Set<string>;
  /** cues whose reported clause may follow without "that" */
  bareClauseLemmas: Set<string>;
  outletLemmas: Set<string>;
  /** heads of descriptions that stand for a person named before ("the California Democrat"), lower case */
  speakerDescriptions: Set<string>;
  /** a state's first-level part, by its name as written ("Texas", "Ontario") → the state (countries.json regions): only an
   * office of the part reads it ("Texas Governor X", "the premier of Ontario, X"); it names no actor */
  regions: Map<string, NameEntry>;
  /** a place's entry id ("place:tripoli") → the other states with a place of that name (metonyms.json alsoIn) */
  placeAlternatives: Map<string, string[]>;
  /** cue lemmas whose non-human subject is evidence, not a speaker, and those subjects' heads (speech.json evidenceVerbs, evidenceNouns) */
  evidenceVerbs: Set<string>;
  evidenceNouns: Set<string>;
  /** heads of groups of people who speak for no state ("residents", "activists"), and the nouns of "the city of X" (speech.json) */
  publicGroups: Set<string>;
  placeNouns: Set<string>;
  /** heads of an unnamed speaker phrase that a prepositional phrase may follow, the words between
   * such a head and its preposition, and callings that are no office (speech.json) */
  speakerHeads: Set<string>;
  speakerPostModifiers: Set<string>;
  callings: Set<string>;
  /** participles of being asked that open a fronted clause, and the words before one (speech.json) */
  questionFrames: Set<string>;
  questionFrameOpeners: Set<string>;
  /** coordinators before a reporting verb with its subject left out, and cue lemmas whose object is a hearer (speech.json) */
  subjectGapOpeners: Set<string>;
  /** forms of a verb that gives a stance without words, leading a quote paragraph ("echoed", "disagreed"; speech.json stanceVerbs) */
  stanceVerbs: Set<string>;
  /** conjunctions of a fronted concessive or circumstantial clause, an adverbial and not a report (speech.json adverbialOpeners) */
  adverbialOpeners: ReadonlySet<string>;
  /** forms of a copula before a comparative of mood, a stance too ("was less hopeful"; speech.json stanceCopulas) */
  stanceCopulas: ReadonlySet<string>;
  /** the one word between a body's name and its reporting verb ("also", "has"; speech.json bodyCueInterveners) */
  bodyCueInterveners: ReadonlySet<string>;
  /** marks that close a quote before an inverted reporting verb (",", "”"; speech.json quoteClosers) */
  quoteClosers: ReadonlySet<string>;
  /** reporting lemmas whose object is the words said, never a hearer ("said Iran must stop"; speech.json clauseOnlyCues) */
  clauseOnlyCues: ReadonlySet<string>;
  /** reporting lemmas of an "as X said" clause (speech.json asCues) */
  asCues: ReadonlySet<string>;
  /** reporting lemmas whose subject may follow them, "..., said X" (speech.json invertibleCues) */
  invertibleCues: ReadonlySet<string>;
  hearerCues: Set<string>;
  /** short forms of one person's office ("pm", "ceo"; speech.json roleAcronyms) */
  roleAcronyms: Set<string>;
  /** heads of a group joined to a named person as co-subject ("and 10 colleagues"; speech.json companionHeads) */
  companionHeads: Set<string>;
  /** heads of an unnamed worker's calling before 'at'/'with' and a workplace ("a dealer at one bank"; speech.json workplaceHeads) */
  workplaceHeads: Set<string>;
  /** office head nouns and their class ("chairman" → "head"; speech.json officeHeads, appositive-office.ts) */
  officeHeads: Map<string, string>;
  /** heads of a post one state keeps at another ("mission to the EU"; speech.json hostedHeads) */
  hostedHeads: Set<string>;
  /** nouns of one unnamed person whom a text brings in by description ("a nurse", "one resident"; speech.json describedHeads) */
  describedHeads: Set<string>;
  /** heads of a person (or people) of a body or place that an "of" phrase names ("the head of a state institute"; speech.json memberHeads, of-head.ts) */
  memberHeads: Set<string>;
  /** per cue lemma, object heads that make it no speech ("claim" + "lives"; speech.json nonSpeechObjects) */
  nonSpeechObjects: Map<string, Set<string>>;
  /** forms that are a cue only after a document noun ("read"; speech.json documentCues) */
  documentCues: Set<string>;
  /** past forms of issuing a document ("issued", "released"; speech.json issuingVerbs) */
  issuingVerbs: Set<string>;
  /** nouns of a news outlet's kind, the words that may follow one in an outlet's phrase, and the
   * qualifiers of a state's own outlet (speech.json) */
  outletKinds: Set<string>;
  outletTrail: Set<string>;
  stateOutletQualifiers: Set<string>;
  /** head noun of a definite body that speaks → the sectors of a named body it may stand for ("agency" → IGO, NGO, ...; speech.json bodyAnaphors) */
  bodyAnaphors: Map<string, Set<string>>;
  /** head noun → sectors of a body named nearer that leave it open ("agency" → MED; speech.json bodyAnaphorRivals) */
  bodyAnaphorRivals: Map<string, Set<string>>;
  speechNouns: PhraseIndex<string>;
  groupWords: PhraseIndex<string>;
  /** a group's head noun → its sector ("rebels" → REB, "police" → COP), lower case */
  groupHeads: Map<string, string>;
  /** heads that make a group of their own, without a state word before them ("Shona rebels") */
  namedGroupHeads: Set<string>;
  /** nouns of a site, unit or member of an armed part of a state ("station", "stronghold", "officers"; groups.json unitHeads), lower case */
  groupUnitHeads: Set<string>;
  /** named heads that, bare, take their state from the sentences before ("the government", "the opposition"; groups.json contextHeads) */
  groupContextHeads: Set<string>;
  /** "jewish settlers" (modifier and head, lower case) → the state the group belongs to (groups.json affiliations) */
  groupAffiliations: Map<string, string>;
  /** a people's word, lower case ("karen", "kurdish") → the states it lives in (peoples.json) */
  peoples: Map<string, readonly string[]>;
  /** general group nouns that a base locates after a modifier ("a terror group based in X"; based-groups.json heads) */
  basedHeads: Set<string>;
  /** modifiers that make such a noun an armed or political group → its sector (based-groups.json modifiers) */
  basedModifiers: Map<string, string>;
  /** offices one person holds in a state at a time ("president", "foreign minister"), lower case (titles.json single) */
  singleOffices: Set<string>;
  /** the offices of a state's leader ("president", "prime minister", "king"), lower case (titles.json head) */
  headOffices: Set<string>;
  /** nouns for whoever leads a state ("leader"), lower case (titles.json anyHead) */
  headWords: Set<string>;
  /** a title that names whoever holds one of several offices ("head of state" → "president", "king"), lower case
   * (titles.json covers) */
  coveredOffices: Map<string, string[]>;
  /** nouns for an office any body has, a party too ("spokesman", "chairman"), lower case (titles.json bodyOffice) */
  bodyOfficeWords: Set<string>;
  /** titles only one state's government uses, lower case → that state, given where the article names it (titles.json stateInContext) */
  contextOffices: Map<string, string>;
  /** every title, lower case → the states whose governments use it (titles.json systems), or null: a title only some
   * states' systems have lends the story's frame its holder though the sentence names a state of another system */
  titleSystems: Map<string, Set<string> | null>;
  /** named heads that, bare, are the state itself ("the government", "the authorities") */
  stateNouns: Set<string>;
  /** the head word of an organisation's name → its sector ("Front" → OPP, "Union" → LAB) */
  organizationHeads: Map<string, string>;
  /** the head words of an institution's name, organisationHeads' and groups.json institutionHeads */
  institutionHeads: Set<string>;
  /** a sector → the part of a state it belongs to ("COP" → executive, "JUD" → judiciary) */
  stateParts: Map<string, string>;
  /** sectors of an organisation's name that take no state from the sentence (groups.json ownNameSectors) */
  ownNameSectors: Set<string>;
  pronouns: Map<string, string>;
  countries: Map<string, CountryInfo>;
  /** dyad's own people (data/persons.json) by id; the converted ones are found by `personOf` */
  personsById: Map<string, SeedPerson>;
  /** a known person by id: dyad's own, else a converted one (known-people.ts), whether or not an article named them */
  personOf: (id: string) => SeedPerson | undefined;
  ambiguousGivenNames: Set<string>;
  /** capitalised words that make a run of names something other than a person */
  notNameWords: Set<string>;
  placeFirstWords: Set<string>;
  /** continents' names that close a world region's name ("Sub-Saharan Africa", "Southeast Asia"; not-names.json regionLastWords) */
  regionLastWords: Set<string>;
  /** words that close a firm's name and are no legal form ("Salomon Brothers", "Matrix Chambers"; not-names.json firmLastWords) */
  firmLastWords: Set<string>;
  /** endings of plural nouns of a movement's followers ("Thatcherites", "Brexiteers"; not-names.json groupNounEndings) */
  groupNounEndings: string[];
  /** verbs of a publication's writing or reporting ("Time writes", "Metro reports"; not-names.json publicationVerbs) */
  publicationVerbs: Set<string>;
  /** place names that are not in the actor dictionaries (US states, regions): never persons */
  places: PhraseIndex<string>;
  /** "Co", "Inc", "Bros", "AG": words that close a company's name */
  organisationSuffixes: Set<string>;
  /** "newspaper", "news agency": nouns that present a news outlet's name */
  outletNouns: PhraseIndex<string>;
  /** nouns that present a named thing, not a person ("British film Vera Drake", "carmaker Renault"; not-names.json thingNouns) */
  thingNouns: Set<string>;
  /** nouns of agreements, bodies and meetings named after the city they were made or sit in ("the Paris Club", "the
   * Minsk agreements", "the Vilnius summit"; not-names.json placeNamedThings): a capital right before one is no state */
  placeNamedThings: Set<string>;
  /** nouns of a place or body named after a person ("Charles de Gaulle airport", "the Adenauer Foundation"; not-names.json
   * personNamedThings): a known person's name right before one names the thing */
  personNamedThings: Set<string>;
  /** nouns of weapons, vehicles, products and programmes ("bombs", "missile", "phone", "programme"; not-names.json
   * madeThingNouns): a capitalised run known by its shape alone right before one names the thing */
  madeThingNouns: Set<string>;
  /** lower-case words between a made thing's name and its noun ("ballistic", "anti-tank"; not-names.json madeThingModifiers) */
  madeThingModifiers: Set<string>;
  /** a navy's prefix or a noun of a ship ("USS", "HMS", "carrier", "destroyer"; not-names.json vesselWords): a name right after one names the ship */
  vesselWords: Set<string>;
  /** the words before a name that make it a ship's or a place's, as the object of a preposition of being on board or of a
   *  battle ("aboard the Ocean Viking", "landed on Omaha Beach", "the battle of Bunker Hill"; not-names.json
   *  thingContextBefore): each phrase's words, by its last word */
  thingContextBefore: Map<string, string[][]>;
  /** a name's first word that makes it a team's or a campaign's ("Team Rubicon"; not-names.json thingFirstWords) */
  thingFirstWords: Set<string>;
  /** a noun of what a news outlet puts out, after the outlet's name ("Harbor Lights' newsletters"; not-names.json outletWorks) */
  outletWorks: Set<string>;
  /** a word before a photo credit's slash after which the photographer comes ("AP Photo/Jane Doe"; not-names.json creditPhotoWords) */
  creditPhotoWords: Set<string>;
  /** a noun of a numbered part before a Roman numeral ("Title II", "Phase III"; not-names.json numberedParts) */
  numberedParts: Set<string>;
  /** plural nouns of people that open a sentence capitalised ("Dealers said"; not-names.json peopleNouns) */
  peopleNouns: Set<string>;
  /** nouns of a cause about a state's borders or allegiance ("Irish republican X"): a demonym before one gives no state (not-names.json causeNouns) */
  causeNouns: Set<string>;
  /** nouns of a relation to another party ("X, a close Russian ally,"): a demonym before one gives no state (not-names.json relationNouns) */
  relationNouns: Set<string>;
  /** words only a title-cased line capitalises in mid-sentence ("Claim About Wiretaps"; not-names.json headlineWords) */
  headlineWords: Set<string>;
  /** endings of common nouns and adjectives no name has ("Cohesion", "Catholicism"; not-names.json commonNounSuffixes) */
  commonNounSuffixes: string[];
  /** given names (given-names.json, given-names-faker.json, and the first words of persons.json's names): a person's evidence where a run's
   * place would otherwise say it names no person ("shouted at Helen Marsh") */
  givenNames: Set<string>;
  /** the gender a given name gives its bearer (given-names.json female/male) */
  nameGender: Map<string, "f" | "m">;
  /** the gender a title before a name gives its bearer (given-names.json femaleTitles/maleTitles: "Mrs", "Sir") */
  titleGender: Map<string, "f" | "m">;
  /** cardinal numbers as words, lower case → their value ("four": 4; count-and-time-words.json numberWords) */
  numberWords: ReadonlyMap<string, number>;
  /** round numbers as plural nouns ("dozens", "thousands"; count-and-time-words.json countNouns) */
  countNouns: ReadonlySet<string>;
  /** "last week", "earlier this month", "on Monday": deictic words, units of time, months and days, lower case (count-and-time-words.json timePhrases) */
  timePhrases: TimePhrases;
}

export interface LexiconOptions {
  /** folder of dyad's data files; defaults to the package's data/ */
  dataDir?: string;
  /** a user's own dictionaries, read and validated (same shapes as data/) */
  userDictionaries?: { file: string; data: UserDictionary }[];
  /** reads and validates a data file (default readDataFile; the engine's compile cache may answer instead) */
  read?: DataReader;
  /** the phrases' words as the text layer tokenises them (default tokenizePhrases; the compile cache
   *  may answer instead) */
  tokenize?: (phrases: string[]) => string[][];
  /** the states, as worldCountries gives them (the default; the compile cache may answer instead) */
  countries?: () => WorldCountry[];
  /** what `build` makes of the data files, kept under `name` (default: built; the compile cache, whose key covers the
   *  data folder's files, may answer instead) */
  keep?: <T>(name: string, build: () => T) => T;
}

export const defaultDataDir = (): string => join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-()]+$/u;

export function compileLexicon(nlp: Wink, options: LexiconOptions = {}): Lexicon {
  const dir = options.dataDir ?? defaultDataDir();
  const file = (name: string) => join(dir, name);
  const read = options.read ?? readDataFile;
  const keep = options.keep ?? (<T>(_name: string, build: () => T): T => build());
  const countriesExtra = read(file("countries.json"), countriesFile);
  const countryVariants = read(file("countries-petrarch2.json"), countryVariantsFile);
  const metonyms = read(file("metonyms.json"), metonymsFile);
  const igos = read(file("igos.json"), igosFile);
  const orgs = read(file("organizations.json"), organizationsFile);
  const armedGroups = read(file("groups-petrarch2.json"), armedGroupsFile);
  const persons = read(file("persons.json"), personsFile);
  const titles = read(file("titles.json"), titlesFile);
  const speech = read(file("speech.json"), speechFile);
  const notNames = read(file("not-names.json"), notNamesFile);
  const givenNames = read(file("given-names.json"), givenNamesFile);
  const moreGivenNames = read(file("given-names-faker.json"), convertedGivenNamesFile);
  const groups = read(file("groups.json"), groupsFile);
  const peoples = read(file("peoples.json"), peoplesFile);
  const based = read(file("based-groups.json"), basedGroupsFile);
  const countAndTime = read(file("count-and-time-words.json"), countAndTimeWordsFile);
  const agents = read(file("agents-phoenix.json"), agentsFile);
  const user = options.userDictionaries ?? [];

  // every phrase is tokenised by the same text layer as articles, in one pass
  const phrases: string[] = [];
  const pending: { text: string; add: (words: string[]) => void }[] = [];
  const later = (text: string, add: (words: string[]) => void) => {
    phrases.push(text);
    pending.push({ text, add });
  };

  const names = new PhraseIndex<NameEntry>();
  const countries = new Map<string, CountryInfo>();
  const world = (options.countries ?? worldCountries)();
  const included = new Set(countriesExtra.include);
  for (const c of world) {
    if (!c.unMember && !included.has(c.cca3)) continue;
    const name = c.cca3 === "TUR" ? "Turkey" : c.name.common;
    countries.set(c.cca3, { code: c.cca3, name });
    const entry: NameEntry = { kind: "country", id: c.cca3, code: c.cca3, name, sector: null, country: c.cca3, from: "world-countries", person: undefined };
    const forms = new Set<string>([c.name.common, c.name.official, ...(countriesExtra.aliases[c.cca3] ?? [])]);
    for (const alt of c.altSpellings) if (alt.length >= 4 && LATIN.test(alt) && !alt.includes(",")) forms.add(alt);
    for (const f of countriesExtra.dropped) forms.delete(f);
    for (const f of forms) later(f, (w) => names.add(w, entry));
    const demonym: NameEntry = { kind: "demonym", id: c.cca3, code: c.cca3, name, sector: null, country: c.cca3, from: "world-countries", person: undefined };
    // "Bosnian, Herzegovinian" holds two; "-an" and "-i" demonyms name people in the plural too
    const dems = new Set<string>(
      [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(countriesExtra.demonyms[c.cca3] ?? [])].flatMap((d) => (d ? d.split(/,\s*/) : [])),
    );
    for (const d of [...dems]) if (/(an|i)$/.test(d) && !d.includes(" ")) dems.add(d + "s");
    for (const d of dems) later(d, (w) => names.add(w, demonym));
    // ("Welsh First Minister X", "Catalan president X": a part's demonym places its people and offices in the state)
    const parts = countriesExtra.partDemonyms[c.cca3];
    if (parts?.length) {
      const part: NameEntry = { kind: "demonym", id: c.cca3, code: c.cca3, name, sector: null, country: c.cca3, from: PART_DEMONYM, person: undefined };
      for (const d of parts) later(d, (w) => names.add(w, part));
    }
  }
  // ("Texas Governor X", "Ontario Premier X": the parts of a state whose offices place their holders in it)
  const regions = new Map<string, NameEntry>();
  for (const [code, list] of Object.entries(countriesExtra.regions)) {
    const info = countries.get(code);
    if (!info) continue;
    const e: NameEntry = { kind: "country", id: code, code, name: info.name, sector: null, country: code, from: "data/countries.json regions", person: undefined };
    for (const r of list) regions.set(r, e);
  }
  // misspellings of a state's name ("Afganistan", "Phillipines"), from PETRARCH-2's dictionary
  for (const v of countryVariants.variants) {
    const info = countries.get(v.code);
    if (!info) continue;
    const e: NameEntry = { kind: "country", id: v.code, code: v.code, name: info.name, sector: null, country: v.code, from: "data/countries-petrarch2.json", person: undefined };
    later(v.name, (w) => names.add(w, e));
  }
  const metonymTexts = new Set(metonyms.map((m) => m.text));
  for (const c of world) {
    if (!countries.has(c.cca3)) continue;
    for (const cap of c.capital ?? []) {
      if (metonymTexts.has(cap) || !LATIN.test(cap)) continue;
      const e: NameEntry = { kind: "capital", id: `place:${slug(cap)}`, code: c.cca3, name: cap, sector: "GOV", country: c.cca3, from: "world-countries", person: undefined };
      later(cap, (w) => names.add(w, e));
    }
  }
  const placeAlternatives = new Map<string, string[]>();
  const addMetonyms = (list: typeof metonyms, from: string) => {
    for (const m of list) {
      const e: NameEntry = {
        kind: m.kind,
        id: m.kind === "seat" ? m.code : `place:${slug(m.text)}`,
        code: m.code,
        name: m.kind === "seat" ? stripThe(m.text) : stripThe(m.text),
        sector: m.kind === "seat" || m.kind === "capital" ? "GOV" : null,
        country: m.code,
        from,
        person: undefined,
      };
      for (const form of withoutThe(m.text)) later(form, (w) => names.add(w, e));
      if (m.alsoIn?.length && m.kind !== "seat") placeAlternatives.set(e.id, m.alsoIn);
    }
  };
  addMetonyms(metonyms, "data/metonyms.json");

  const addIgos = (list: typeof igos, from: string) => {
    for (const g of list) {
      const e: NameEntry = { kind: "igo", id: g.id, code: g.code, name: g.name, sector: g.sector, country: null, from, person: undefined };
      for (const f of new Set([g.name, ...g.aliases])) for (const form of withoutThe(f)) later(form, (w) => names.add(w, e));
    }
  };
  addIgos(igos, "data/igos.json");
  const addOrgs = (list: typeof orgs, from: string) => {
    for (const o of list) {
      const e: NameEntry = { kind: o.kind, id: o.id, code: o.country, name: o.name, sector: o.sector, country: o.country, from, person: undefined };
      // ("an MP for the ruling Justice and Development party", "the opposition Bharatiya Janata party": news writes a
      // party's own name with a lower-case "party", as it does "the Labour party")
      const forms = o.sector === "PTY" ? [o.name, ...o.aliases].flatMap((f) => (/ Party$/.test(f) ? [f, f.replace(/ Party$/, " party")] : [f])) : [o.name, ...o.aliases];
      for (const f of new Set(forms)) for (const form of withoutThe(f)) later(form, (w) => names.add(w, e));
    }
  };
  addOrgs(orgs, "data/organizations.json");
  // PETRARCH-2's armed groups, after dyad's own (the converter leaves out any name those hold)
  addOrgs(
    armedGroups.groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, kind: "organization" as const, sector: g.sector, country: g.country })),
    "data/groups-petrarch2.json",
  );

  const surnames = new PhraseIndex<SeedPerson>();
  const personsById = new Map<string, SeedPerson>();
  const addPersons = (list: typeof persons, from: string) => {
    for (const p of list) {
      personsById.set(p.id, p);
      const e: NameEntry = { kind: "person", id: p.id, code: p.country, name: p.name, sector: p.roles[0]?.sector ?? null, country: p.country, from, person: p };
      for (const f of new Set([p.name, ...p.aliases])) later(f, (w) => names.add(w, e));
      for (const s of p.surname) later(s, (w) => surnames.add(w, p));
    }
  };
  addPersons(persons, "data/persons.json");
  // PETRARCH-2's heads of state and government and ministers, after dyad's own (the converter leaves out any name those
  // hold): a compact table the name index reads lazily, kept by the compile cache (known-people.ts); read and checked
  // here only when the cache lacks it (its file is not read through `read`, whose cache entry would hold it whole)
  const ownIds = new Set(personsById.keys());
  // members of the US Congress (data/persons-congress.json, converted from unitedstates/congress-legislators) share the
  // table: their names are met only in an article that speaks of the United States (find-actors.ts tagNames, known-person-span.ts congressMemberAllowed)
  const knownPeople = keep("known people table", () => {
    const petrarch = readDataFile(file("persons-petrarch2.json"), convertedPersonsFile).persons.filter((p) => !ownIds.has(p.id));
    const taken = new Set(petrarch.map((p) => p.id));
    const congress = readDataFile(file("persons-congress.json"), convertedPersonsFile).persons.filter((p) => !ownIds.has(p.id) && !taken.has(p.id));
    return knownPeopleTable([...petrarch, ...congress], (list) => tokenizePhrases(nlp, list));
  });
  for (const u of user) {
    addMetonyms(u.data.metonyms ?? [], u.file);
    addIgos(u.data.igos ?? [], u.file);
    addOrgs(u.data.organizations ?? [], u.file);
    addPersons(u.data.persons ?? [], u.file);
  }

  const titleIndex = new PhraseIndex<TitleEntry>();
  for (const t of titles.titles) {
    const e = titleEntry(t.text, t.sector ?? null, t.honorific ?? false, t.country || undefined, t.plural ? true : undefined, t.posted ? true : undefined, t.lowerCase ? true : undefined, t.office ? true : undefined, t.portfolio ? true : undefined, t.historical?.to, t.rank ? true : undefined);
    later(t.text, (w) => titleIndex.add(w.map((x) => x.toLowerCase()), e));
  }
  // role nouns from PETRARCH-2's agents ("journalist", "opposition activist"): dyad's own titles first
  const ownTitles = new Set(titles.titles.map((t) => t.text.toLowerCase()));
  for (const r of agents.roles) {
    if (ownTitles.has(r.text.toLowerCase())) continue;
    const e = titleEntry(r.text, r.sector, false, undefined, undefined, undefined, true, undefined, undefined);
    later(r.text, (w) => titleIndex.add(w.map((x) => x.toLowerCase()), e));
  }
  const modifiers = new PhraseIndex<string>();
  for (const m of titles.modifiers) later(m, (w) => modifiers.add(w.map((x) => x.toLowerCase()), m));

  const speechVerbs = new Map<string, string>();
  const speechPhrases = new PhraseIndex<string>();
  for (const [lemma, forms] of Object.entries(speech.verbs)) {
    for (const f of forms) {
      if (f.includes(" ")) later(f, (w) => speechPhrases.add(w.map((x) => x.toLowerCase()), lemma));
      else speechVerbs.set(f.toLowerCase(), lemma);
    }
  }
  const speechNouns = new PhraseIndex<string>();
  for (const n of speech.speechNouns) later(n, (w) => speechNouns.add(w.map((x) => x.toLowerCase()), n));
  const groupWords = new PhraseIndex<string>();
  for (const g of speech.groups) later(g, (w) => groupWords.add(w.map((x) => x.toLowerCase()), g));

  const places = new PhraseIndex<string>();
  for (const p of notNames.places) later(p, (w) => places.add(w, p));
  const outletNouns = new PhraseIndex<string>();
  for (const p of notNames.outletNouns) later(p, (w) => outletNouns.add(w.map((x) => x.toLowerCase()), p));

  const words = options.tokenize ? options.tokenize(phrases) : tokenizePhrases(nlp, phrases);
  for (let i = 0; i < pending.length; i++) pending[i].add(words[i]);
  places.seal();
  names.seal();
  const personOf = addKnownPeople(names, knownPeople, personsById, (p) => (p.source?.startsWith(CONGRESS_SOURCE) ? CONGRESS_PEOPLE_FROM : KNOWN_PEOPLE_FROM));
  // headline lines are in capitals: one more index, keyed by the capitalised words, built the first
  // time an ALL-CAPS line asks for it (most articles have none, and a one-article run then never pays for it)
  let namesUpper: PhraseIndex<NameEntry> | null = null;
  surnames.seal();
  titleIndex.seal();
  modifiers.seal();
  speechPhrases.seal();
  speechNouns.seal();
  groupWords.seal();

  return {
    names,
    get namesUpper() {
      return (namesUpper ??= names.mapKeys((w) => w.toUpperCase()).seal());
    },
    surnames,
    titles: titleIndex,
    modifiers,
    committeeBodies: new Set(titles.committeeBodies),
    candidacyWords: new Set(titles.candidacyWords),
    localCandidacy: { cues: new Set(titles.localCandidacy.cues), localWords: new Set(titles.localCandidacy.localWords), bodies: new Set(titles.localCandidacy.bodies) },
    legislatureWords: new Set(titles.legislatureWords),
    irregularForces: new Set(titles.irregularForces.map((w) => w.toLowerCase())),
    forceServices: new Set(titles.forceServices.flatMap((w) => w.toLowerCase().split(" "))),
    unusedTitles: unusedTitleMap(titles.unusedTitles),
    chamberCommittees: { chambers: new Map(Object.entries(titles.chamberCommittees.chambers)), titles: new Set(titles.chamberCommittees.titles) },
    awayWords: new Set(titles.awayWords.map((w) => w.toLowerCase())),
    residenceAway: new Set([...titles.awayWords, ...titles.postedNouns].map((w) => w.toLowerCase())),
    governmentTitleWords: new Set(titles.governmentTitleWords),
    meetingWords: new Set(titles.meetingWords.map((w) => w.toLowerCase())),
    headVerbs: new Set(titles.headVerbs),
    nomineeNouns: new Set(titles.nomineeNouns),
    partyBodyNouns: new Set(titles.partyBodyNouns),
    partyAwayWords: new Set(titles.partyAwayWords),
    appointVerbs: new Set(titles.appointVerbs),
    appointedWords: new Set(titles.appointedWords),
    personNouns: new Set(titles.personNouns),
    partyRoles: new Set(titles.partyRoles),
    partyPostSectors: compilePartyPostSectors(titles.partyPostSectors, titles.partyRoles),
    ownGovernmentNouns: new Set(titles.ownGovernmentNouns),
    staffNouns: new Set(titles.staffNouns),
    electoralBodies: new Set(titles.electoralBodies),
    stateOwned: { owners: new Set(titles.stateOwned.owners), owning: new Set(titles.stateOwned.owning) },
    aideNouns: new Set(titles.aideNouns),
    associateNouns: new Set(titles.associateNouns),
    counselNouns: new Set(titles.counselNouns),
    teamNouns: new Set(titles.teamNouns),
    stateBodies: new Set(titles.stateBodies),
    independentBodies: new Set(titles.independentBodies),
    bodyHeads: new Map(Object.entries(titles.bodyHeads)),
    topicBodyHeads: new Set(titles.topicBodyHeads),
    shadowOffices: { words: new Set(titles.shadowOffices.words), states: titles.shadowOffices.states },
    officeSystems: new Map(titles.officeSystems.flatMap((e) => e.words.map((w) => [w, e.states] as const))),
    officeSeats: new Map(titles.officeSystems.flatMap((e) => (e.seatStates ? e.words.map((w) => [w, e.seatStates!] as const) : []))),
    partyWords: new Map(titles.partyTags.flatMap((g) => g.partyWords.map((w) => [w, g.country] as const))),
    bareParties: new Map(titles.partyTags.flatMap((g) => g.bareParties.map((p) => [p, { country: g.country, sector: g.sector }] as const))),
    partyTags: new Map(titles.partyTags.flatMap((g) => g.parties.flatMap((p) => g.places.map((pl) => [partyTagKey(`${p}-${pl}`), { country: g.country, sector: g.sector }] as const)))),
    speechVerbs,
    speechPhrases,
    indirectLemmas: new Set(speech.indirect),
    bareClauseLemmas: new Set(speech.bareClause),
    outletLemmas: new Set(speech.outletVerbs),
    speakerDescriptions: new Set(speech.descriptions.map((d) => d.toLowerCase())),
    regions,
    placeAlternatives,
    evidenceVerbs: new Set(speech.evidenceVerbs),
    evidenceNouns: new Set(speech.evidenceNouns),
    publicGroups: new Set(speech.publicGroups),
    placeNouns: new Set(speech.placeNouns),
    speakerHeads: new Set(speech.speakerHeads),
    speakerPostModifiers: new Set(speech.speakerPostModifiers),
    callings: new Set(speech.callings),
    questionFrames: new Set(speech.questionFrames),
    questionFrameOpeners: new Set(speech.questionFrameOpeners),
    subjectGapOpeners: new Set(speech.subjectGapOpeners),
    stanceVerbs: new Set(speech.stanceVerbs),
    adverbialOpeners: new Set(speech.adverbialOpeners),
    stanceCopulas: new Set(speech.stanceCopulas),
    bodyCueInterveners: new Set(speech.bodyCueInterveners),
    quoteClosers: new Set(speech.quoteClosers),
    clauseOnlyCues: new Set(speech.clauseOnlyCues),
    asCues: new Set(speech.asCues),
    invertibleCues: new Set(speech.invertibleCues),
    hearerCues: new Set(speech.hearerCues),
    roleAcronyms: new Set(speech.roleAcronyms),
    companionHeads: new Set(speech.companionHeads),
    workplaceHeads: new Set(speech.workplaceHeads),
    officeHeads: new Map(Object.entries(speech.officeHeads)),
    hostedHeads: new Set(speech.hostedHeads),
    describedHeads: new Set(speech.describedHeads),
    memberHeads: new Set(speech.memberHeads),
    nonSpeechObjects: new Map(Object.entries(speech.nonSpeechObjects).map(([k, v]) => [k, new Set(v)])),
    documentCues: new Set(speech.documentCues),
    issuingVerbs: new Set(speech.issuingVerbs),
    outletKinds: new Set(speech.outletKinds),
    outletTrail: new Set(speech.outletTrail),
    stateOutletQualifiers: new Set(speech.stateOutletQualifiers),
    bodyAnaphors: new Map(Object.entries(speech.bodyAnaphors).map(([k, v]) => [k, new Set(v)])),
    bodyAnaphorRivals: new Map(Object.entries(speech.bodyAnaphorRivals).map(([k, v]) => [k, new Set(v)])),
    speechNouns,
    groupWords,
    // (dyad's own heads first, then the plurals of PETRARCH-2's role nouns)
    groupHeads: new Map([...agents.heads.map((h) => [h.text, h.sector] as const), ...Object.entries(groups.heads).flatMap(([sec, words]) => words.map((w) => [w, sec] as const))]),
    namedGroupHeads: new Set(groups.named),
    groupUnitHeads: new Set(groups.unitHeads),
    groupContextHeads: new Set(groups.contextHeads),
    basedHeads: new Set(based.heads),
    basedModifiers: new Map(Object.entries(based.modifiers).flatMap(([sec, words]) => words.map((w) => [w, sec] as const))),
    numberWords: new Map(Object.entries(countAndTime.numberWords.words)),
    countNouns: new Set(countAndTime.countNouns.words),
    timePhrases: compileTimePhrases(countAndTime.timePhrases),
    peoples: new Map(peoples.peoples.flatMap((p) => p.words.map((w) => [w.toLowerCase(), p.states] as const))),
    groupAffiliations: new Map(groups.affiliations.flatMap((a) => a.heads.map((h) => [`${a.word.toLowerCase()} ${h}`, a.code] as const))),
    singleOffices: new Set(titles.titles.filter((t) => t.single).map((t) => t.text.toLowerCase())),
    headOffices: new Set(titles.titles.filter((t) => t.head).map((t) => t.text.toLowerCase())),
    headWords: new Set(titles.titles.filter((t) => t.anyHead).map((t) => t.text.toLowerCase())),
    coveredOffices: new Map(titles.titles.filter((t) => t.covers).map((t) => [t.text.toLowerCase(), t.covers!.map((c) => c.toLowerCase())])),
    bodyOfficeWords: new Set(titles.titles.filter((t) => t.bodyOffice).map((t) => t.text.toLowerCase())),
    contextOffices: new Map(titles.titles.flatMap((t) => (t.stateInContext ? [[t.text.toLowerCase(), t.stateInContext] as const] : []))),
    titleSystems: new Map(titles.titles.map((t) => [t.text.toLowerCase(), t.systems ? new Set(t.systems) : null] as const)),
    stateNouns: new Set(groups.stateNouns),
    institutionHeads: new Set([...Object.values(groups.organizationHeads).flat(), ...groups.institutionHeads]),
    organizationHeads: new Map(Object.entries(groups.organizationHeads).flatMap(([sec, words]) => words.map((w) => [w, sec] as const))),
    ownNameSectors: new Set(groups.ownNameSectors),
    stateParts: new Map(Object.entries(groups.stateParts).flatMap(([part, sectors]) => sectors.map((s) => [s, part] as const))),
    pronouns: new Map(Object.entries(speech.pronouns)),
    countries,
    personsById,
    personOf,
    ambiguousGivenNames: new Set(countriesExtra.ambiguousGivenNames),
    notNameWords: new Set(notNames.words),
    placeFirstWords: new Set(notNames.placeFirstWords),
    regionLastWords: new Set(notNames.regionLastWords),
    firmLastWords: new Set(notNames.firmLastWords),
    groupNounEndings: notNames.groupNounEndings,
    publicationVerbs: new Set(notNames.publicationVerbs),
    organisationSuffixes: new Set(notNames.organisationSuffixes),
    outletNouns,
    peopleNouns: new Set(notNames.peopleNouns),
    causeNouns: new Set(notNames.causeNouns),
    relationNouns: new Set(notNames.relationNouns),
    headlineWords: new Set(notNames.headlineWords),
    commonNounSuffixes: notNames.commonNounSuffixes,
    givenNames: givenNameSet([...givenNames.names, ...moreGivenNames.lists.flatMap((l) => l.names)], persons, notNames.words),
    nameGender: genderMap(givenNames.female, givenNames.male),
    titleGender: genderMap(givenNames.femaleTitles, givenNames.maleTitles),
    thingNouns: new Set(notNames.thingNouns),
    placeNamedThings: new Set(notNames.placeNamedThings),
    personNamedThings: new Set(notNames.personNamedThings),
    vesselWords: new Set(notNames.vesselWords),
    thingContextBefore: byLastWord(notNames.thingContextBefore),
    thingFirstWords: new Set(notNames.thingFirstWords),
    outletWorks: new Set(notNames.outletWorks),
    creditPhotoWords: new Set(notNames.creditPhotoWords),
    numberedParts: new Set(notNames.numberedParts),
    madeThingNouns: new Set(notNames.madeThingNouns),
    madeThingModifiers: new Set(notNames.madeThingModifiers),
    places,
  };
}

export interface WorldCountry {
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

/**
 * What the lexicon reads of the world-countries package, every state in its order: the package's
 * file is 1.4 MB of JSON (borders, currencies, translations ...), about 25 ms to read and parse
 * at every start, and the compile cache keeps only this (engine.ts).
 */
export function worldCountries(): WorldCountry[] {
  const all = createRequire(import.meta.url)("world-countries") as WorldCountry[];
  return all.map((c) => ({
    cca3: c.cca3,
    unMember: c.unMember,
    name: { common: c.name.common, official: c.name.official },
    altSpellings: c.altSpellings,
    capital: c.capital,
    demonyms: c.demonyms?.eng ? { eng: c.demonyms.eng } : undefined,
  }));
}

/** Tokenises all phrases in one text-layer pass (one phrase a line): each phrase's words. */
export function tokenizePhrases(nlp: Wink, phrases: string[]): string[][] {
  const starts: number[] = [];
  let text = "";
  for (const p of phrases) {
    starts.push(text.length);
    text += p + "\n\n";
  }
  const doc = buildDoc(nlp, { id: "lexicon", text });
  const out: string[][] = [];
  let t = 0;
  for (let i = 0; i < phrases.length; i++) {
    const start = starts[i];
    const end = start + phrases[i].length;
    while (t < doc.tokens.length && doc.tokens[t].start < start) t++;
    const words: string[] = [];
    let k = t;
    while (k < doc.tokens.length && doc.tokens[k].end <= end) words.push(doc.tokens[k++].norm);
    out.push(words);
  }
  return out;
}

function withoutThe(s: string): string[] {
  return /^the /i.test(s) ? [s.slice(4)] : [s];
}
function stripThe(s: string): string {
  return s.replace(/^the /i, "");
}
export function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** "R-N.Y." and "R-NY", "D-Calif" and "D-Calif.": one key, without dots and spaces, in lower case. */
export function partyTagKey(text: string): string {
  return text.replace(/[.\s]/g, "").toLowerCase();
}

/** the listed given names and the first word of each seed person's name of two words or more (a capitalised word with a
 * lower-case letter, no initial, no word of not-names.json: "Patriarch Kirill" gives none) */
function genderMap(female: string[], male: string[]): Map<string, "f" | "m"> {
  return new Map<string, "f" | "m">([...female.map((n) => [n, "f"] as const), ...male.map((n) => [n, "m"] as const)]);
}

function givenNameSet(listed: string[], persons: { name: string }[], notNameWords: string[]): Set<string> {
  const out = new Set(listed);
  const bad = new Set(notNameWords);
  for (const p of persons) {
    const words = p.name.split(" ");
    if (words.length < 2) continue;
    const w = words[0];
    if (/^\p{Lu}\p{Ll}+$/u.test(w) && !bad.has(w)) out.add(w);
  }
  return out;
}

/** phrases of lower-case words, each as its words, by its last word */
function byLastWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(" ");
    const last = words[words.length - 1];
    const list = out.get(last);
    if (list) list.push(words);
    else out.set(last, [words]);
  }
  return out;
}

/** a chamber word before a committee chair's title (titles.json chamberCommittees) */
export interface ChamberCommittees {
  /** a chamber word as written ("Senate") → the officeSystems word whose states have that chamber ("senator") */
  chambers: Map<string, string>;
  /** a committee chair's titles, lower case ("chairman", "ranking member") */
  titles: Set<string>;
}

/** titles.json unusedTitles: a title → every state of the entries that list it */
function unusedTitleMap(list: { states: string[]; titles: string[] }[]): Map<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of list)
    for (const t of e.titles) {
      const set = out.get(t) ?? new Set<string>();
      for (const st of e.states) set.add(st);
      out.set(t, set);
    }
  return out;
}
