// The shapes of dyad's dictionaries (data/*.json); a user's own files follow the same shapes.
import type { z } from "zod";
import { lazySchema } from "./lazy-schema.js";

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

// built on first use (lazy-schema.ts): a warm start reads its dictionaries checked from the
// compile cache and loads no zod
const schemas = lazySchema((z) => {
  const code = z.string().regex(/^[A-Z][A-Z0-9]{1,4}$/, "a code is 2-5 capital letters or digits");
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD");
  const nonEmpty = z.string().min(1);

  const countriesFile = z.object({
    include: z.array(code),
    aliases: z.record(code, z.array(nonEmpty)),
    demonyms: z.record(code, z.array(nonEmpty)),
    /** demonyms of a state's own parts ("Scottish", "Catalan"): they tell a person's state, and name no actor themselves */
    partDemonyms: z.record(code, z.array(nonEmpty)).default({}),
    /** names of a state's first-level parts ("Texas", "Ontario", "Lower Saxony"): an office of one ("Texas Governor X") is held in the state; they name no actor */
    regions: z.record(code, z.array(nonEmpty)).default({}),
    ambiguousGivenNames: z.array(nonEmpty),
    /** spellings of the package that are common English words or given names in news text ("Island" for Iceland) */
    dropped: z.array(nonEmpty).default([]),
  });

  const metonymsFile = z.array(
    z
      .object({
        text: nonEmpty,
        code,
        kind: z.enum(["seat", "capital", "city", "region"]),
        /** other states with a place of this name ("Tripoli": Libya's capital, and a Lebanese port): the place is
         * theirs where the text around it names one of them and never the first (actors/ambiguous-places.ts) */
        alsoIn: z.array(code).optional(),
      })
      .strict(),
  );

  const sector = z.string().regex(/^[A-Z]{2,4}$/, "a sector is a CAMEO agent code such as GOV, MIL, MED");

  const igosFile = z.array(
    z.object({ id: nonEmpty, code, name: nonEmpty, aliases: z.array(nonEmpty).default([]), sector: sector.default("IGO") }).strict(),
  );

  const organizationsFile = z.array(
    z
      .object({
        id: nonEmpty,
        name: nonEmpty,
        aliases: z.array(nonEmpty).default([]),
        kind: z.enum(["organization", "group"]).default("organization"),
        sector: sector,
        country: code.nullable(),
        /** where the entry comes from, where it was added from a public list rather than one article */
        source: z.string().optional(),
      })
      .strict(),
  );

  /** Named armed groups converted from PETRARCH-2 (scripts/convert-phoenix-groups.mjs), each with its source line. */
  const armedGroupsFile = z
    .object({
      $comment: z.string().optional(),
      licence: nonEmpty,
      groups: z.array(
        z
          .object({
            id: z.string().regex(/^org:[a-z0-9-]+$/, "a group id is org:lowercase-hyphenated-name"),
            name: nonEmpty,
            aliases: z.array(nonEmpty).default([]),
            sector: sector,
            country: code,
            source: nonEmpty,
          })
          .strict(),
      ),
    })
    .strict();

  /** Misspellings of state names converted from PETRARCH-2 (scripts/convert-phoenix-countries.mjs), each with its source line. */
  const countryVariantsFile = z
    .object({
      $comment: z.string().optional(),
      licence: nonEmpty,
      variants: z.array(z.object({ code, name: nonEmpty, source: nonEmpty }).strict()),
    })
    .strict();

  const roleSchema = z
    .object({
      role: nonEmpty,
      sector: sector,
      from: isoDate.nullable().optional(),
      to: isoDate.nullable().optional(),
      org: code.optional(),
    })
    .strict()
    .refine((r) => !r.from || !r.to || r.from <= r.to, { message: "a role's from date is after its to date" });

  const personsFile = z.array(
    z
      .object({
        id: z.string().regex(/^person:[a-z0-9-]+$/, "a person id is person:lowercase-hyphenated-name"),
        name: nonEmpty,
        aliases: z.array(nonEmpty).default([]),
        surname: z.array(nonEmpty).default([]),
        country: code.nullable(),
        roles: z.array(roleSchema).default([]),
        /** where the entry comes from, where it was added from a public list rather than one article */
        source: z.string().optional(),
        /** a ruler of the past whom news names by surname alone long after the last role ("Stalin", "Thatcher"): the
         * surname alone names this person at any date where no one in office at the date bears it */
        historical: z.boolean().optional(),
      })
      .strict(),
  );

  /** people from PETRARCH-2's state actors (data/persons-petrarch2.json): persons with the MIT notice */
  const convertedPersonsFile = z.object({ $comment: z.string().optional(), licence: nonEmpty, persons: personsFile }).strict();

  const titlesFile = z.object({
    titles: z.array(
      z.object({ text: nonEmpty, sector: sector.optional(), role: z.string().optional(), honorific: z.boolean().optional(), country: code.optional(), plural: z.boolean().optional(), posted: z.boolean().optional(), single: z.boolean().optional(), lowerCase: z.boolean().optional(), stateInContext: code.optional(), systems: z.array(code).optional(), office: z.boolean().optional(), portfolio: z.boolean().optional(), rank: z.boolean().optional(), head: z.boolean().optional(), anyHead: z.boolean().optional(), covers: z.array(nonEmpty).optional(), bodyOffice: z.boolean().optional(), historical: z.object({ from: z.number().int(), to: z.number().int() }).strict().optional() }).strict(),
    ),
    modifiers: z.array(nonEmpty),
    /** "Rep. Adam Schiff, D-Calif.": a party letter, a hyphen and a place, after a name */
    partyTags: z
      .array(
        z
          .object({
            country: code,
            sector,
            parties: z.array(nonEmpty).default([]),
            /** party letters that alone in brackets after a name place the person ("Sen. X (R)") */
            bareParties: z.array(z.string().regex(/^[A-Z]$/, "a bare party is one capital letter")).default([]),
            places: z.array(nonEmpty).default([]),
            partyWords: z.array(nonEmpty).default([]),
          })
          .strict(),
      )
      .default([]),
    /** words that name a legislature of whichever state the article is about ("Senate Judiciary Committee chairman X",
     * "Commons education committee chair X"): a committee's chair holds an office of the frame's state */
    committeeBodies: z.array(nonEmpty).default([]),
    /** lower-case words of a race for office ("presidential", "hopeful", "contender") that may stand between a party's
     * word and the name ("Republican presidential contender X"): the party word places the person (partyWords) */
    /** words of a legislature's members that name no one state ("MPs", "lawmakers"): a story that names them is about a
     * legislature, whose committee a bare "committee chairman X" chairs (committee-story.ts) */
    legislatureWords: z.array(nonEmpty).default([]),
    /** words of a race for a city's or a region's office (local-candidate.ts): cue, words between place and body, bodies */
    localCandidacy: z
      .object({ cues: z.array(z.string().regex(/^[a-z]+$/)), localWords: z.array(z.string().regex(/^[a-z]+$/)), bodies: z.array(z.string().regex(/^[a-z]+$/)) })
      .strict()
      .default({ cues: [], localWords: [], bodies: [] }),
    candidacyWords: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a candidacy word is one lower-case word")).default([]),
    /** a word before an office that makes it the opposition's shadow of it ("shadow attorney general X"), and the states
     * whose oppositions name their frontbench so (shadow-office: the one of them the article names) */
    shadowOffices: z.object({ words: z.array(z.string().regex(/^[a-z]+$/)), states: z.array(code) }).strict().default({ words: [], states: [] }),
    /** words of a legislature, party or office that only some states' politics use ("MP", "Tory", "senator"), each with
     * those states (office-system: the one of them all the description's words share that the article names) */
    officeSystems: z
      .array(z.object({ words: z.array(z.string().regex(/^[A-Za-z]+$/, "an office-system word is one word of letters")).min(1), states: z.array(code).min(1), seatStates: z.array(code).optional() }).strict())
      .default([])
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        for (const [i, e] of list.entries())
          for (const w of e.words) {
            if (seen.has(w)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "words"], message: `'${w}' is in two officeSystems entries` });
            seen.add(w);
          }
      }),
    /** a state's armed services that may stand before a rank ("Army Gen. X", "Marine Corps Lt. Col. X"), lower case */
    forceServices: z.array(nonEmpty).default([]),
    /** a chamber word before a committee chair's title ("Senate Finance Chairman X") → the officeSystems word whose
     * states have that chamber, and the chair's titles (chamber-committee.ts) */
    chamberCommittees: z.object({ chambers: z.record(z.string().regex(/^[A-Z][a-z]+$/), nonEmpty), titles: z.array(z.string().regex(/^[a-z][a-z -]*$/)).min(1) }).strict().default({ chambers: {}, titles: ["chairman"] }),
    /** titles a state's government does not use in English news ("minister": the United States has secretaries), each
     * with those states (unused-title.ts: such a holder takes no frame of theirs) */
    unusedTitles: z.array(z.object({ states: z.array(code).min(1), titles: z.array(z.string().regex(/^[a-z][a-z -]*$/, "an unused title is lower case")).min(1) }).strict()).default([]),
    /** forces no state commands ("rebels", "militia"): in a ranked officer's own phrase they make him theirs */
    irregularForces: z.array(nonEmpty).default([]),
    /** words that put a sentence's person away from home ("visit", "summit", "exiled"): its "in Cairo" places no one */
    awayWords: z.array(nonEmpty).default([]),
    /** nouns of someone posted or stranded away from home ("correspondent", "refugee"): a place after them is no home (residence.ts) */
    postedNouns: z.array(nonEmpty).default([]),
    /** lower-case words of a state's own government in a title phrase ("ministry", "minister", "official"): after a fronted place they take its state (fronted-place.ts) */
    governmentTitleWords: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a government title word is one lower-case word")).default([]),
    /** the away words of meeting someone ("met", "talks", "hosted"), which a holder does at home as often as abroad */
    meetingWords: z.array(nonEmpty).default([]),
    /** verbs of leading a body after "X, who" ("heads", "led"): the body named after them gives X's state */
    /** singular nouns of a person that are no title ("man", "soldier"): "a Russian man, X," gives X that state */
    personNouns: z.array(z.string().regex(/^[a-z]+$/, "a person noun is one lower-case word")).default([]),
    /** nouns of a post a party gives ("spokesman", "MP", "councillor", "frontbencher"): "Lib Dem health spokesman X",
     * "X, Liberal Democrat home affairs spokesman," tie X to the party's state (party-role.ts) */
    partyRoles: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a party role is one lower-case word")).default([]),
    /** the sector of a party post (party-role.ts): a post's own (`posts`: "minister" GOV, "mp" LEG), a word in its phrase
     *  that overrides it (`modifiers`: "shadow" OPP), else `other` (PTY) */
    partyPostSectors: z
      .object({
        $comment: z.string().optional(),
        posts: z.record(z.string().regex(/^[a-z][a-z-]*$/, "a party post is one lower-case word"), sector),
        modifiers: z.record(z.string().regex(/^[a-z][a-z-]*$/, "a post's modifier is one lower-case word"), sector),
        other: sector,
      })
      .strict()
      .default({ posts: {}, modifiers: {}, other: "PTY" }),
    /** what a state's own government is called after its possessor ("Moldova's government", "the Polish cabinet", "its prime
     * minister"): such a phrase near a bare office title ties the holder to that state (government-state.ts) */
    ownGovernmentNouns: z.array(z.string().regex(/^[a-z][a-z-]*( [a-z][a-z-]*)?$/, "a government noun is one or two lower-case words")).default([]),
    appointedWords: z.array(z.string().regex(/^[a-z]+$/, "an appointed word is one lower-case word")).default([]),
    headVerbs: z.array(z.string().regex(/^[a-z]+$/, "a head verb is one lower-case word")).default([]),
    /** nouns of one a leader or a state puts forward for a post ("nominee", "pick"): "X, Obama's nominee for labor
     * secretary," takes the nominator's state (nominee-state.ts) */
    /** head nouns of a party or an opposition group the dictionary need not know ("a party founded by ...", "the
     * opposition alliance"): "X, spokesman for a new party," in a story of one state is of that state (party-figure.ts) */
    partyBodyNouns: z.array(z.string().regex(/^[a-z]+$/, "a party body noun is one lower-case word")).default([]),
    /** words that put a party away from the state it is about ("a party based in London", "the exiled opposition"):
     * such a party's figure takes no frame (party-figure.ts) */
    partyAwayWords: z.array(z.string().regex(/^[a-z]+$/, "a party away word is one lower-case word")).default([]),
    nomineeNouns: z.array(z.string().regex(/^[a-z]+$/, "a nominee noun is one lower-case word")).default([]),
    /** verbs of putting someone in a post ("nominated", "appointed", "tapped"): "Biden nominated X as ambassador to Brazil" */
    appointVerbs: z.array(z.string().regex(/^[a-z]+$/, "an appoint verb is one lower-case word")).default([]),
    /** nouns of someone who works in a body, no office of their own ("official", "agent"): "X, a senior FBI agent," */
    /** "election commission", "electoral commission": the head of an electoral body, two lower-case words (electoral-commission.ts) */
    electoralBodies: z.array(z.string().regex(/^[a-z]+ [a-z]+$/, "an electoral body is two lower-case words")).default([]),
    staffNouns: z.array(z.string().regex(/^[a-z]+$/, "a staff noun is one lower-case word")).default([]),
    /** "state-owned", "government-run": an owner word, a hyphen and a word of owning, before a body the dictionary places */
    stateOwned: z.object({ owners: z.array(z.string().regex(/^[a-z]+$/)), owning: z.array(z.string().regex(/^[a-z]+$/)) }).default({ owners: [], owning: [] }),
    /** nouns of someone who serves a person ("adviser", "press secretary"): "X, a senior adviser to Zelenskiy," */
    aideNouns: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, "an aide noun is lower-case words")).default([]),
    /** nouns of a known person's ally or close relative ("ally", "wife", "son-in-law"): "X, a close ally of Putin," (associate-of.ts) */
    associateNouns: z.array(z.string().regex(/^[a-zé]+(?:[ -][a-zé]+)*$/, "an associate noun is lower-case words")).default([]),
    /** nouns of a known person's campaign or team ("campaign", "transition team"): "X, a spokesman for the Biden campaign," (principal-team.ts) */
    teamNouns: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/, "a team noun is lower-case words")).default([]),
    /** nouns of a person's own lawyer ("lawyer", "attorney"): "Trump's lawyer X" in a sentence of no other state (counsel-of.ts) */
    counselNouns: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, "a counsel noun is lower-case words")).default([]),
    /** a state's own bodies in lower case ("central bank", "embassy"): "X, an economist at Chile's central bank," */
    stateBodies: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)?$/, "a state body is one or two lower-case words")).default([]),
    independentBodies: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)?$/, "an independent body is one or two lower-case words")).default([]),
    /** the capitalised head word of a body's name and the sector it gives its staff ("University": EDU, "Bank": BUS): "an economist
     * at Industrial Bank of Japan" (named-body-state.ts) */
    topicBodyHeads: z.array(z.string().regex(/^[A-Z][A-Za-z]+$/, "a body head is one capitalised word")).default([]),
    bodyHeads: z.record(z.string().regex(/^[A-Z][A-Za-z]+$/, "a body head is one capitalised word"), sector).default({}),
  }).superRefine((t, ctx) => {
    const away = new Set(t.awayWords.map((w) => w.toLowerCase()));
    for (const [i, w] of t.meetingWords.entries()) if (!away.has(w.toLowerCase())) ctx.addIssue({ code: "custom", path: ["meetingWords", i], message: `"${w}" is not one of awayWords` });
  });

  const speechFile = z.object({
    verbs: z.record(nonEmpty, z.array(nonEmpty)),
    indirect: z.array(nonEmpty),
    bareClause: z.array(nonEmpty),
    outletVerbs: z.array(nonEmpty),
    speechNouns: z.array(nonEmpty),
    pronouns: z.record(nonEmpty, z.string()),
    groups: z.array(nonEmpty),
    /** heads of a definite description that stands for a person named before ("the California
     * Democrat told POLITICO", "the businessman said"), lower case */
    descriptions: z.array(nonEmpty).default([]),
    /** cue lemmas whose non-human subject is evidence, not a speaker ("The figures suggest ..."), and those subjects' heads, lower case */
    evidenceVerbs: z.array(nonEmpty).default([]),
    evidenceNouns: z.array(z.string().regex(/^[a-z][a-z-]*$/, "an evidence noun is one lower-case word")).default([]),
    /** heads of groups of people who speak for no state ("residents of Kharkiv"), and the nouns of
     * "the city of X" between such a group and its place, lower case */
    publicGroups: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a public group is one lower-case word")).default([]),
    placeNouns: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a place noun is one lower-case word")).default([]),
    /** heads of an unnamed speaker phrase that a prepositional phrase may follow ("a source close to
     * the talks"), the words between such a head and its preposition ("familiar", "close"), and
     * the heads of a calling that is no office ("author", "journalist"), lower case */
    speakerHeads: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a speaker head is one lower-case word")).default([]),
    speakerPostModifiers: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a post-modifier is one lower-case word")).default([]),
    callings: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a calling is one lower-case word")).default([]),
    /** passive participles of being asked that open a fronted clause ("Asked whether X would resign,
     * he said"), and the words that may come before one ("When asked"), lower case */
    questionFrames: z.array(z.string().regex(/^[a-z]+$/, "a question frame is one lower-case word")).default([]),
    questionFrameOpeners: z.array(z.string().regex(/^[a-z]+$/, "a question frame opener is one lower-case word")).default([]),
    /** coordinators that open a sentence whose reporting verb leaves its subject out ("But told BBC
     * News:"), and reporting lemmas whose object is a hearer ("told X:"), lower case */
    subjectGapOpeners: z.array(z.string().regex(/^[a-z]+$/, "a subject gap opener is one lower-case word")).default([]),
    /** forms of a verb of agreement or disagreement that gives a stance without words ("echoed", "disagreed"), lower case */
    stanceVerbs: z.array(z.string().regex(/^[a-z]+$/, "a stance verb is one lower-case word")).default([]),
    /** forms of a copula before "more"/"less" and an adjective of mood ("was less hopeful"), lower case */
    adverbialOpeners: z.array(z.string().regex(/^[a-z]+$/, "an adverbial opener is one lower-case word")).default([]),
    stanceCopulas: z.array(z.string().regex(/^[a-z]+$/, "a stance copula is one lower-case word")).default([]),
    /** the one word that may stand between a body's name and its reporting verb ("also", "has"), lower case */
    bodyCueInterveners: z.array(z.string().regex(/^[a-z]+$/, "a body cue intervener is one lower-case word")).default([]),
    /** the marks that close a quote before an inverted reporting verb (",", "”") */
    quoteClosers: z.array(z.string().regex(/^\p{P}$/u, "a quote closer is one punctuation mark")).default([]),
    hearerCues: z.array(nonEmpty).default([]),
    /** per cue lemma, heads of an object that make the verb no report of words ("claimed the lives"), lower case */
    nonSpeechObjects: z.record(z.string(), z.array(z.string().regex(/^[a-z]+$/, "a non-speech object is one lower-case word"))).default({}),
    /** forms that are a cue only after a document noun ("the statement read"), lower case */
    documentCues: z.array(z.string().regex(/^[a-z]+$/, "a document cue is one lower-case word")).default([]),
    issuingVerbs: z.array(z.string().regex(/^[a-z]+$/, "an issuing verb is one lower-case word")).default([]),
    /** heads of a post one state keeps at another ("mission", "ambassador"), lower case */
    hostedHeads: z.array(z.string().regex(/^[a-z]+$/, "a hosted head is one lower-case word")).default([]),
    /** heads of a person of the body or place an "of" phrase names ("the head of a state institute"; of-head.ts), lower case */
    memberHeads: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a member head is one lower-case word")).default([]),
    /** nouns of one unnamed person a report brings in with an indefinite article ("a nurse", "one resident"), lower case */
    describedHeads: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a described head is one lower-case word")).default([]),
    workplaceHeads: z.array(z.string().regex(/^[a-z-]+( [a-z-]+)?$/, "a workplace head is one or two lower-case words")).default([]),
    officeHeads: z.record(z.string().regex(/^[a-z][a-z-]*$/, "an office head is one lower-case word"), z.string().regex(/^[a-z][a-z-]*$/)).default({}),
    /** heads of a group joined to a named person as co-subject ("and 10 colleagues"), lower case */
    companionHeads: z.array(z.string().regex(/^[a-z-]+$/, "a companion head is one lower-case word")).default([]),
    /** short forms of one person's office ("PM", "MP", "CEO"), lower case: never a body's acronym */
    roleAcronyms: z.array(z.string().regex(/^[a-z]+$/, "a role acronym is one lower-case word")).default([]),
    /** nouns of a news outlet's kind ("media", "newspaper", "news"), the words that may follow one
     * inside an outlet's phrase ("agency", "reports"), and the qualifiers that make an outlet the
     * state's own ("state", "state-run"), lower case */
    outletKinds: z.array(z.string().regex(/^[a-z][a-z-]*$/, "an outlet noun is one lower-case word")).default([]),
    outletTrail: z.array(z.string().regex(/^[a-z][a-z-]*$/, "an outlet trail word is one lower-case word")).default([]),
    stateOutletQualifiers: z.array(z.string().regex(/^[a-z][a-z-]*$/, "an outlet qualifier is one lower-case word")).default([]),
    /** per head noun of a definite body that speaks ("the agency said"), the sectors of a named body it stands for */
    bodyAnaphors: z.record(z.string().regex(/^[a-z][a-z-]*$/, "a body anaphor is one lower-case word"), z.array(sector)).default({}),
    /** per head noun, the sectors of bodies named nearer that leave it open ("agency" after a news agency) */
    bodyAnaphorRivals: z.record(z.string().regex(/^[a-z][a-z-]*$/, "a body anaphor is one lower-case word"), z.array(sector)).default({}),
    /** reporting lemmas (keys of `verbs`) whose object is the words said, never a hearer ("said Iran must stop") */
    clauseOnlyCues: z.array(nonEmpty).default([]),
    /** reporting lemmas (keys of `verbs`) that report words in an "as X said" clause */
    asCues: z.array(nonEmpty).default([]),
    /** reporting lemmas (keys of `verbs`) whose subject may follow them ("..., said X") */
    invertibleCues: z.array(nonEmpty).default([]),
  }).superRefine((sp, ctx) => {
    for (const key of ["clauseOnlyCues", "asCues", "invertibleCues"] as const)
      for (const [i, lemma] of sp[key].entries()) if (!Object.hasOwn(sp.verbs, lemma)) ctx.addIssue({ code: "custom", path: [key, i], message: `"${lemma}" is not a lemma of verbs` });
  });

  /** Group heads by sector ("rebels" → REB), and organisation-name heads ("Front" → OPP). */
  const groupsFile = z
    .object({
      _comment: z.string().optional(),
      heads: z.record(sector, z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a group head is one lower-case word"))),
      named: z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a group head is one lower-case word")),
      /** named heads that, bare, are the state itself ("the government", "the authorities") */
      stateNouns: z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a group head is one lower-case word")),
      organizationHeads: z.record(sector, z.array(z.string().regex(/^\p{Lu}[\p{L}'-]*$/u, "an organisation head is one capitalised word"))),
      /** heads of an institution's name besides organisationHeads ("Institute", "Museum"): a person "of the French Institute
       * for International Relations" works for that demonym's state's institution */
      institutionHeads: z.array(z.string().regex(/^\p{Lu}[\p{L}'-]*$/u, "an institution head is one capitalised word")).default([]),
      /** nouns of a site, a unit or a member of an armed part of a state ("station", "outpost", "stronghold", "officers"): after a head of
       * that part ("a police station", "an army outpost", "a rebel stronghold") the compound is that part, the one an
       * attack on it is an attack on */
      unitHeads: z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a site head is one lower-case word")).default([]),
      /** named heads that, bare, take their state from the sentences before when their own names none ("the government",
       * "the opposition": one state's institutions, never its people) */
      contextHeads: z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a group head is one lower-case word")).default([]),
      /** a word before a group head that says whose the group is wherever it lives ("Jewish settlers" in Hebron are
       * Israel's): the state beats the place and the sentence's other states (find-groups.ts) */
      affiliations: z
        .array(z.object({ word: nonEmpty, heads: z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a group head is one lower-case word")), code }).strict())
        .default([]),
      /** sectors of an organisation's name whose state is only a state word inside it ("Nigerian Oil Company"), never the
       * sentence's: a company acts far from home ("Visa Inc suspended operations in Russia"; find-groups.ts) */
      ownNameSectors: z.array(sector).default([]),
      /** the parts of a state (executive, legislature, judiciary, rebels, public ...) → their sectors */
      stateParts: z.record(z.string().regex(/^[a-z]+$/, "a state part is one lower-case word"), z.array(sector)),
    })
    .strict()
    .superRefine((g, ctx) => {
      const heads = new Set(Object.values(g.heads).flat());
      for (const [i, n] of g.named.entries()) if (!heads.has(n)) ctx.addIssue({ code: "custom", path: ["named", i], message: `"${n}" is not listed under heads` });
      for (const [i, n] of g.contextHeads.entries()) if (!g.named.includes(n)) ctx.addIssue({ code: "custom", path: ["contextHeads", i], message: `"${n}" is not a named head` });
      for (const [i, n] of g.stateNouns.entries())
        if (!g.named.includes(n) || !g.heads.GOV?.includes(n)) ctx.addIssue({ code: "custom", path: ["stateNouns", i], message: `"${n}" is not a named GOV head` });
      // the executive is the part a state's name stands for; a sector belongs to one part only
      if (!g.stateParts.executive) ctx.addIssue({ code: "custom", path: ["stateParts"], message: "stateParts needs an 'executive' part" });
      const partOf = new Map<string, string>();
      for (const [part, sectors] of Object.entries(g.stateParts))
        for (const [i, s] of sectors.entries()) {
          const other = partOf.get(s);
          if (other) ctx.addIssue({ code: "custom", path: ["stateParts", part, i], message: `sector ${s} is already in part '${other}'` });
          partOf.set(s, part);
        }
      // every sector a group head names is some part of a state
      for (const s of [...Object.keys(g.heads), ...Object.keys(g.organizationHeads)])
        if (!partOf.has(s)) ctx.addIssue({ code: "custom", path: ["stateParts"], message: `sector ${s} (a group or organisation head's) is in no part` });
    });

  /** Peoples named by a word that is no state's demonym ("Karen", "Kurdish") → the states they live in, each with its source. */
  const peoplesFile = z
    .object({
      _comment: z.string().optional(),
      licence: z.string().optional(),
      peoples: z.array(
        z
          .object({
            words: z.array(z.string().regex(/^\p{Lu}[\p{L}'-]*$/u, "a people's word is one capitalised word")).min(1),
            states: z.array(code).min(1),
            source: nonEmpty,
          })
          .strict(),
      ),
    })
    .strict()
    .superRefine((f, ctx) => {
      const seen = new Set<string>();
      for (const [i, p] of f.peoples.entries())
        for (const w of p.words) {
          if (seen.has(w.toLowerCase())) ctx.addIssue({ code: "custom", path: ["peoples", i, "words"], message: `"${w}" is listed twice` });
          seen.add(w.toLowerCase());
        }
    });

  /** Armed and political groups located by a base ("Gaza-based militants", "a terror group based in Trinidad"): the general group
   * nouns that need a modifier, and the modifiers by the sector they give. */
  const basedGroupsFile = z
    .object({
      _comment: z.string().optional(),
      heads: z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a group noun is one lower-case word")),
      modifiers: z.record(sector, z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a modifier is one lower-case word"))),
    })
    .strict();

  /** Plain words of counting and of time read as word lists (data/count-and-time-words.json): each list with what reads it and its source. */
  const lowerWord = z.string().regex(/^[a-z][a-z'-]*$/, "a word is one lower-case word");
  const countAndTimeWordsFile = z
    .object({
      $comment: z.string().optional(),
      /** cardinal numbers as words → their value ("four": 4) */
      numberWords: z.object({ $comment: z.string().optional(), source: nonEmpty, words: z.record(lowerWord, z.number().int().min(0)) }).strict(),
      /** "dozens of", "thousands of": round numbers as plural nouns */
      countNouns: z.object({ $comment: z.string().optional(), source: nonEmpty, words: z.array(lowerWord).min(1) }).strict(),
      /** "last week", "earlier this month": a deictic word before a unit of time */
      timePhrases: z.object({ $comment: z.string().optional(), source: nonEmpty, deictics: z.array(lowerWord).min(1), units: z.array(lowerWord).min(1), months: z.array(lowerWord).default([]), weekdays: z.array(lowerWord).default([]), dayDeictics: z.array(lowerWord).default([]), calendarUnits: z.array(lowerWord).default([]) })
        .strict()
        // (find-quotes reads the calendar units as a part of the units of time)
        .superRefine((t, ctx) => {
          const units = new Set(t.units);
          for (const [i, w] of t.calendarUnits.entries()) if (!units.has(w)) ctx.addIssue({ code: "custom", path: ["calendarUnits", i], message: `"${w}" is not one of units` });
        }),
    })
    .strict();

  /** Role nouns converted from PETRARCH-2's agents dictionary (scripts/convert-phoenix-agents.mjs), each with its source line. */
  const agentEntry = z.object({ text: nonEmpty, sector, source: nonEmpty }).strict();
  const agentsFile = z
    .object({
      $comment: z.string().optional(),
      licence: nonEmpty,
      roles: z.array(agentEntry),
      heads: z.array(agentEntry.extend({ text: z.string().regex(/^[a-z][a-z'-]*$/, "a group head is one lower-case word") })),
    })
    .strict();

  const notNamesFile = z.object({
    words: z.array(nonEmpty),
    placeFirstWords: z.array(nonEmpty),
    regionLastWords: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u, "a region's last word is one capitalised word")).default([]),
    $regionLastWords: z.string().optional(),
    firmLastWords: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u, "a firm's last word is one capitalised word")).default([]),
    $firmLastWords: z.string().optional(),
    groupNounEndings: z.array(z.string().regex(/^\p{Ll}{3,}$/u, "a group noun's ending is three or more lower-case letters")).default([]),
    $groupNounEndings: z.string().optional(),
    publicationVerbs: z.array(z.string().regex(/^\p{Ll}+$/u, "a publication's verb is one lower-case word")).default([]),
    $publicationVerbs: z.string().optional(),
    places: z.array(nonEmpty),
    organisationSuffixes: z.array(nonEmpty),
    outletNouns: z.array(nonEmpty),
    thingNouns: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a thing noun is one lower-case word")).default([]),
    placeNamedThings: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a noun of a thing named after a place is one lower-case word")).default([]),
    personNamedThings: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a noun of a thing named after a person is one lower-case word")).default([]),
    peopleNouns: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a people noun is one lower-case word")).default([]),
    headlineWords: z.array(z.string().regex(/^[a-z][a-z'-]*$/, "a headline word is one lower-case word")).default([]),
    commonNounSuffixes: z.array(z.string().regex(/^[a-z]{3,5}$/, "a common noun's suffix is three to five lower-case letters")).default([]),
    causeNouns: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a cause noun is one lower-case word")).default([]),
    relationNouns: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a relation noun is one lower-case word")).default([]),
    vesselWords: z.array(z.string().regex(/^(?:[a-z][a-z-]*|[A-Z]{2,5})$/, "a vessel word is one lower-case noun or a navy's prefix in capitals")).default([]),
    thingContextBefore: z.array(z.string().regex(/^[a-z]+(?: [a-z]+){0,2}$/, "a context before a thing's name is one to three lower-case words")).default([]),
    thingFirstWords: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u, "a thing's first word is one capitalised word")).default([]),
    numberedParts: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u, "a numbered part's noun is one capitalised word")).default([]),
    creditPhotoWords: z.array(z.string().regex(/^[a-z]+$/, "a credit's photo word is one lower-case word")).default([]),
    outletWorks: z.array(z.string().regex(/^[a-z][a-z-]*$/, "an outlet's work is one lower-case word")).default([]),
    madeThingNouns: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a made thing's noun is one lower-case word")).default([]),
    $madeThingNouns: z.string().optional(),
    madeThingModifiers: z.array(z.string().regex(/^[a-z][a-z-]*$/, "a made thing's modifier is one lower-case word")).default([]),
    $madeThingModifiers: z.string().optional(),
    $organisationSuffixes: z.string().optional(),
  });

  /** given names (given-names.json): a capitalised word, letters, apostrophes and hyphens */
  const givenName = z.string().regex(/^\p{Lu}[\p{L}'’-]+$/u, "a given name is one capitalised word");
  const givenNamesFile = z
    .object({
      names: z.array(givenName),
      /** given names borne (nearly) only by women / by men; names borne by both are in neither */
      female: z.array(givenName).default([]),
      male: z.array(givenName).default([]),
      /** titles before a name that give its bearer's gender ("Mrs", "Sir") */
      femaleTitles: z.array(givenName).default([]),
      maleTitles: z.array(givenName).default([]),
    })
    .refine((f) => !f.female.some((n) => f.male.includes(n)) && !f.femaleTitles.some((n) => f.maleTitles.includes(n)), "a name or title has one gender");
  /** given names converted from another list (given-names-faker.json): lists of given names, each with its source */
  const convertedGivenNamesFile = z.object({
    lists: z.array(z.object({ source: nonEmpty, names: z.array(givenName) })),
  });

  const ploverType = z.enum(PLOVER_TYPES);
  const cameoCode = z.string().regex(/^\d{2,4}$/, "a CAMEO code is 2-4 digits");
  const patternId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a pattern id is lowercase-hyphenated");
  const word = z.string().regex(/^[a-z][a-z'-]*$/, "a pattern word is one lower-case word");

  /**
   * Event patterns. A verb pattern fires on a form of `verb` (inflected by dyad, or the listed
   * `forms`), followed by `particle` if given, with one of `object` heading its object if given.
   * The target is the actors of the object ("object"), of a phrase after one of the prepositions
   * listed, or none. A noun pattern fires on one of `nouns`; its source is the possessor ("Putin's
   * invasion"), a demonym or state before it ("Russian strikes"), or the actors after a `sourcePreps`
   * preposition ("sanctions from the US"); its target follows a `targetPreps` preposition.
   */
  const verbPatternFields = {
    id: patternId,
    verb: word,
    forms: z.array(word).optional(),
    particle: word.optional(),
    object: z.array(word).optional(),
    /** heads of a direct object that give the verb another sense: "attacked the decision" is criticism, "hijacked the debate" no hijacking */
    notObject: z.array(word).optional(),
    /** words right before the matched `object` word that give it a civil sense, no act of the pattern:
     *  "launched a rescue operation", "carried out an evacuation operation" are no attack; "launched a
     *  ground operation", "a military operation" stay attacks */
    notModifier: z.array(word).optional(),
    /** words of which one must stand right before the matched `object` word, which alone says too
     *  little: "sent rescue teams", "dispatched a medical team", "a field hospital" are relief; "sent a
     *  team of negotiators" is none */
    objectModifier: z.array(word).optional(),
    /** one of `object` must head the direct object itself, not merely follow in the clause: "attacked
     *  China's crackdown" criticises a thing of China's, "attacked the village under the plan" does not */
    objectIsHead: z.literal(true).optional(),
    /** after the direct object, "as" and an adjective (past adverbs) say how a thing seems to the object,
     *  no act: "the offer may strike Moscow as weak", "it struck Beijing as needlessly hostile"; "struck
     *  Kyiv as a warning", "struck Gaza as talks went on" stay acts */
    seemsAs: z.literal(true).optional(),
    /** "for" and one of these, right after the verb or its direct object, give the verb another sense:
     *  "sue for peace", "was forced to sue Russia for peace" ask for peace, no lawsuit */
    notFor: z.array(word).optional(),
    target: z.union([z.literal("object"), z.literal("none"), z.array(word).min(1)]),
    /** the direct object is a named person right after the verb (not their possessive): "the rebels will
     *  release Prime Minister Mahendra Chaudhry" frees a captive, "released Biden's letter", "released a statement" do not */
    objectPerson: z.literal(true).optional(),
    /** the subject receives and the target phrase names the doer: "buys weapons from the US" is AID US → buyer */
    reverse: z.literal(true).optional(),
    /** words of which one must open a phrase of cause later in the clause (not one of a duration,
     *  senses.durationNouns): "came under fire from Congress over the strikes" is blame, "came under
     *  fire from rebels for two hours" is shooting */
    reasonAfter: z.array(word).optional(),
    /** the word is a predicate adjective, an act of its subject's when its particle follows: "Trump,
     *  angry at Spain", "Beijing is furious with Tokyo" (a bare adjective, "an angry crowd", is none) */
    adjective: z.literal(true).optional(),
    type: ploverType,
    cameo: cameoCode,
  };

  const eventPatternsFile = z
    .object({
      $comment: z.string().optional(),
      verbs: z.array(z.object(verbPatternFields).strict()),
      nouns: z.array(
        z
          .object({
            id: patternId,
            nouns: z.array(word).min(1),
            sourcePreps: z.array(word).default(["by", "from"]),
            targetPreps: z.array(word).default(["on", "against", "of", "with", "to"]),
            /** "the support of voters" is the voters' own: after "the"/a verb, "of" names the doer, not the one acted on ("in support of Ukraine" still names the target) */
            subjectiveOf: z.boolean().optional(),
            /** the act is done to its possessor when the possessor is a person and no object follows: "Navalny's
             *  arrest", "the envoy's expulsion" ("Russia's arrest of X", "Putin's invasion" keep the doer) */
            patientPossessor: z.literal(true).optional(),
            /** target prepositions that name the other side of a mutual act ("its conflict with Russia"):
             *  the phrase does not say who acts on whom, so a possessive pronoun's owner is no doer there
             *  ("its war on Ukraine", "its war against Ukraine" say it) */
            mutualPreps: z.array(word).optional(),
            /** prepositions after which the noun names the other side of a meeting whose own side is the
             *  subject of the clause the noun's phrase frames ("In a phone call with Zelenskiy, Biden said") */
            partakerPreps: z.array(word).optional(),
            /** prepositions that head such a framing phrase ("in", "during", "after"), fronted or right after the clause's verb */
            partakerFrames: z.array(word).optional(),
            /** verbs (their forms) whose subject answers the act the noun names as their object, so is the
             *  one it is directed at ("Ukraine has ignored a Russian ultimatum", "Iran dismissed Israeli threats") */
            addresseeVerbs: z.array(word).optional(),
            /** the pattern does not fire right before one of these words, which give the noun another
             *  sense ("a call for talks" is an appeal, no phone call) */
            notBefore: z.array(word).optional(),
            /** the party after "for" whose phrase is the subject of a to-infinitive is the target ("an EU
             *  demand for Turkey to recognise Cyprus", for-party.ts); with `onlyForParty`, the pattern
             *  gives an event only then ("a call for the UK to leave": "a call for talks" is none) */
            forParty: z.boolean().optional(),
            onlyForParty: z.boolean().optional(),
            /** the pattern fires only after one of these words, the noun's compound modifier ("hunger
             *  strike", "general strike", "a 24-hour strike" by its last part): a sense of the noun its
             *  modifier chooses, tried before the noun's unmodified patterns */
            modifiers: z.array(word).min(1).optional(),
            type: ploverType,
            cameo: cameoCode,
          })
          .strict(),
      ),
    })
    .strict();

  /**
   * Verb patterns converted from another coder's dictionary (data/events-petrarch2.json, written by
   * scripts/convert-petrarch2.mjs): dyad's verb pattern shape, each with the place it came from so
   * an event can be traced to the original line. They have no noun patterns.
   */
  const convertedPatternsFile = z
    .object({
      $comment: z.string().optional(),
      verbs: z.array(
        z
          .object({
            ...verbPatternFields,
            source: z
              .object({ file: nonEmpty, block: nonEmpty, line: z.number().int().positive(), pattern: nonEmpty })
              .strict(),
          })
          .strict(),
      ),
      nouns: z.array(z.never()).max(0),
    })
    .strict();

  /** CAMEO code → PLOVER type (data/cameo-plover.json): the 2021 crosswalk with the gold's departures. */
  const cameoPloverFile = z
    .object({
      $comment: z.string().optional(),
      types: z.record(cameoCode, ploverType),
      departures: z.record(cameoCode, z.object({ type: ploverType, reason: nonEmpty }).strict()),
      /** the crosswalk's PLOVER mode of a code, with the crosswalk type it is a mode of */
      modes: z.record(cameoCode, z.object({ type: z.string().regex(/^[A-Z]+$/), mode: nonEmpty }).strict()).optional(),
      /** the crosswalk's PLOVER contexts of a code */
      contexts: z.record(cameoCode, z.array(z.string().regex(/^[a-z_]+$/)).min(1)).optional(),
    })
    .strict();

  /** CAMEO code → Goldstein conflict-cooperation scale (data/goldstein.json, GDELT's lookup). */
  const goldsteinFile = z
    .object({
      $comment: z.string().optional(),
      source: nonEmpty,
      scale: z.record(cameoCode, z.number().min(-10).max(10)),
    })
    .strict();

  /** A user's own dictionary (--dictionary): actors of any kind, and event patterns. */
  const userDictionaryFile = z
    .object({
      $comment: z.string().optional(),
      igos: igosFile.optional(),
      organizations: organizationsFile.optional(),
      persons: personsFile.optional(),
      metonyms: metonymsFile.optional(),
      events: eventPatternsFile.optional(),
    })
    .strict();

  /**
   * Acts carried by what someone says (data/speech-acts.json): a word or phrase inside an attributed
   * statement that makes the statement an accusation ("propaganda", "war criminal"), a threat ("pay
   * dearly"), a rejection ("unacceptable"), support ("stand with") ... `after`: the prepositions
   * whose object is the one the act is aimed at ("solidarity with Ukraine"); `doer`: else the one the
   * statement says does the thing named (the subject of its clause, "Russian aggression", "lies by X").
   */
  const speechActsFile = z
    .object({
      $comment: z.string().optional(),
      cues: z.array(
        z
          .object({
            id: patternId,
            phrases: z.array(z.string().regex(/^[a-z][a-z' -]*[a-z']$/, "a cue phrase is lower-case words")).min(1),
            type: ploverType,
            cameo: cameoCode,
            after: z.array(word).default([]),
            doer: z.boolean().default(true),
            /** the cue names a punishment still to come ("held to account", "behind bars"): it threatens
             *  only after one of `prospectiveWords` in its clause ("will be held to account", "risk
             *  spending years behind bars"), never when the statement says it was done ("is behind bars") */
            prospective: z.boolean().default(false),
            /** the cue names a threat or an intent whose "to" before a verb says what would be done, not
             *  to whom ("his threat to hit Beijing with tariffs", "made a threat to cut off the gas"): no act then */
            noInfinitive: z.boolean().default(false),
          })
          .strict(),
      ),
      /** words of what is still to come or is due ("will", "must", "risk"): a prospective cue needs one before it */
      prospectiveWords: z.array(word).default([]),
      /** first-person objects: a cue a label verb gives them ("they call us aggressors") is the speaker's side accused, not accusing */
      selfObjects: z.array(word).default([]),
      /** words of planning that govern a hostile act's infinitive, over "be" and adverbs ("Putin's plan all
       *  along has been to invade Ukraine", "Russia is preparing to attack"): a speaker's word of another
       *  party's plan accuses it as a claim of the act done does */
      plotWords: z.array(word).default([]),
      /** PLOVER types of hostile acts: one that a speaker's direct quote says another party did is an
       *  accusation of the speaker's side against the doer ("“Russian forces are shelling Kharkiv,” Zelensky said") */
      accusedTypes: z.array(ploverType).default([]),
      /** reporting verbs that allege: reported speech with one of them accuses as a quote does ("claimed Russia was planning attacks") */
      allegingCues: z.array(word).default([]),
      /** words that, just before a cue in the statement, say the act is not made ("not", "no", "denied") */
      negations: z.array(word).default([]),
      /** modals of what may be: a cue that heads their indefinite subject ("an attack on Taiwan would be a
       *  mistake") or follows their "be" ("it would be irresponsible") names no act done */
      unrealModals: z.array(word).default([]),
      /** verbs that, like "be", put a cue after one of `unrealModals` into what may be ("would pose a threat",
       *  "could become a danger to") */
      unrealCopulas: z.array(word).default([]),
      /** verbs whose subject is the one a cue after them falls on, not its doer ("Ukraine faces a grave threat") */
      exposedVerbs: z.array(word).default([]),
      /** prepositions whose object is where or on whom an act falls, not who does it ("against Ukraine") */
      notDoerPreps: z.array(word).default([]),
      /** nouns that name a claim: a cue said of a claim is about the claim, not about the parties it names */
      claimNouns: z.array(word).default([]),
      /** prepositions that name the maker of what a reporting verb is said of ("welcomed the decision by Iran") */
      agentPreps: z.array(word).default([]),
      /** participles (and their particles) that may stand between that object and its maker's
       *  preposition ("defied the ban imposed by the UN", "condemned the attack carried out by Russia") */
      agentParticiples: z.array(word).default([]),
      /** prepositions of place: a party after one is where something happens, not the one acted on */
      placePreps: z.array(word).default([]),
      /** verbs of denial: "a claim ..., which Moscow denies" is a rejection of the claim's maker */
      denialVerbs: z.array(word).default([]),
      /** verbs that give a state a label ("calling Rabat a good ally", "described Poland as a friend") */
      labelVerbs: z.array(word).default([]),
      /** a hostile label given to another party's act ("Poland described this as a direct attack", "called the
       *  move blackmail", "branded Russia's decision an act of war"): `verbs` that give it besides `labelVerbs`, `referents` and
       *  `actNouns` the act is named by, and `labels` (besides the ACCUSE cues) that accuse its doer (labelled-acts.ts) */
      labelledActs: z
        .object({
          verbs: z.array(word),
          referents: z.array(word),
          actNouns: z.array(word),
          labels: z.array(z.string().regex(/^[a-z][a-z' -]*[a-z']$/, "a label is lower-case words")),
        })
        .strict()
        .default({ verbs: [], referents: [], actNouns: [], labels: [] }),
      /** words that take a label back ("not", "unreliable") */
      labelNegations: z.array(word).default([]),
      /** words that make a warning about another party a threat to it ("Russia would face severe consequences") */
      threatWords: z.array(word).default([]),
      /** verbs that carry a claim noun ("repeated accusations that ..."): their subject makes the claim */
      claimCarriers: z.array(word).default([]),
      /** verbs of telling whose object is the one obliged ("told China it should play by the rules") */
      tellVerbs: z.array(word).default([]),
      /** modals of obligation; "has-to" stands for "has to" */
      obligations: z.array(word).default([]),
      /** words that open a fronted participle clause whose doer is the main clause's subject ("after agreeing to ...,") */
      frontedOpeners: z.array(word).default([]),
      /** nouns of acts whose party after on/against/of is their victim, never the one accused ("condemned the strikes on Syria") */
      victimNouns: z.array(word).default([]),
      /** verbs of laying blame whose "on" after their object names the one blamed, even after an act
       *  noun ("blamed the attack on Iran": Iran is accused, not attacked) */
      ascribeVerbs: z.array(word).default([]),
      /** label nouns and the act that giving the label is */
      labels: z
        .array(z.object({ id: patternId, type: ploverType, cameo: cameoCode, nouns: z.array(z.string().regex(/^[a-z][a-z' -]*[a-z']$/, "a label is lower-case words")).min(1) }).strict())
        .default([]),
    })
    .strict();

  return { countriesFile, countryVariantsFile, metonymsFile, sector, igosFile, organizationsFile, armedGroupsFile, roleSchema, personsFile, convertedPersonsFile, titlesFile, speechFile, groupsFile, peoplesFile, basedGroupsFile, agentsFile, notNamesFile, givenNamesFile, convertedGivenNamesFile, countAndTimeWordsFile, eventPatternsFile, convertedPatternsFile, cameoPloverFile, goldsteinFile, userDictionaryFile, speechActsFile };
});

type Schemas = ReturnType<typeof schemas>;

export const countriesFile = (): Schemas["countriesFile"] => schemas().countriesFile;
export const countryVariantsFile = (): Schemas["countryVariantsFile"] => schemas().countryVariantsFile;
export const metonymsFile = (): Schemas["metonymsFile"] => schemas().metonymsFile;
export const sector = (): Schemas["sector"] => schemas().sector;
export const igosFile = (): Schemas["igosFile"] => schemas().igosFile;
export const organizationsFile = (): Schemas["organizationsFile"] => schemas().organizationsFile;
export const armedGroupsFile = (): Schemas["armedGroupsFile"] => schemas().armedGroupsFile;
export const roleSchema = (): Schemas["roleSchema"] => schemas().roleSchema;
export const personsFile = (): Schemas["personsFile"] => schemas().personsFile;
export const convertedPersonsFile = (): Schemas["convertedPersonsFile"] => schemas().convertedPersonsFile;
export const titlesFile = (): Schemas["titlesFile"] => schemas().titlesFile;
export const speechFile = (): Schemas["speechFile"] => schemas().speechFile;
export const groupsFile = (): Schemas["groupsFile"] => schemas().groupsFile;
export const peoplesFile = (): Schemas["peoplesFile"] => schemas().peoplesFile;
export const basedGroupsFile = (): Schemas["basedGroupsFile"] => schemas().basedGroupsFile;
export const agentsFile = (): Schemas["agentsFile"] => schemas().agentsFile;
export const notNamesFile = (): Schemas["notNamesFile"] => schemas().notNamesFile;
export const givenNamesFile = (): Schemas["givenNamesFile"] => schemas().givenNamesFile;
export const convertedGivenNamesFile = (): Schemas["convertedGivenNamesFile"] => schemas().convertedGivenNamesFile;
export const countAndTimeWordsFile = (): Schemas["countAndTimeWordsFile"] => schemas().countAndTimeWordsFile;
export const eventPatternsFile = (): Schemas["eventPatternsFile"] => schemas().eventPatternsFile;
export const convertedPatternsFile = (): Schemas["convertedPatternsFile"] => schemas().convertedPatternsFile;
export const cameoPloverFile = (): Schemas["cameoPloverFile"] => schemas().cameoPloverFile;
export const goldsteinFile = (): Schemas["goldsteinFile"] => schemas().goldsteinFile;
export const userDictionaryFile = (): Schemas["userDictionaryFile"] => schemas().userDictionaryFile;
export const speechActsFile = (): Schemas["speechActsFile"] => schemas().speechActsFile;

export type SeedPerson = z.infer<Schemas["personsFile"]>[number];
export type SeedRole = z.infer<Schemas["roleSchema"]>;
export type ConvertedPatterns = z.infer<Schemas["convertedPatternsFile"]>;
export type EventPatterns = z.infer<Schemas["eventPatternsFile"]>;
export type UserDictionary = z.infer<Schemas["userDictionaryFile"]>;
export type SpeechActs = z.infer<Schemas["speechActsFile"]>;
