// The event stage's sense and status word lists (data/event-senses.json), validated and compiled once
// into sets and phrase indexes. The schema lives here rather than in schemas.ts because only this
// file reads it (and so that it changes in one place with its compiler).
import type { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { PhraseIndex } from "./phrase-index.js";
import { readDataFile, type DataReader } from "./read-data-file.js";
import type { Lexicon } from "./compile-lexicon.js";

/** the lexicon's plain words of counting and of time (count-and-time-words.json), which the event stage reads beside its senses */
export type CountAndTimeWords = Pick<Lexicon, "numberWords" | "countNouns" | "timePhrases">;

// built on first use (lazy-schema.ts): a warm start reads the file checked from the compile cache
export const eventSensesFile = lazySchema((z) => {
  const phrase = z.string().regex(/^[a-z0-9][a-z0-9' -]*[a-z0-9']$|^[a-z]$/, "a phrase is lower-case words");
  const status = z.enum(["planned", "hypothetical", "claimed", "ongoing"]);

  return z
    .object({
      $comment: z.string().optional(),
      status: z
        .object({
          conditions: z.array(phrase),
          pendingConditions: z.array(phrase),
          durativeConditions: z.array(phrase),
          continuingVerbs: z.array(phrase),
          nounStatus: z.array(z.object({ status, words: z.array(phrase).min(1) }).strict()),
          nounNegators: z.array(phrase),
          schedulePredicates: z.array(phrase),
          topicPredicates: z.array(phrase),
          carrierVerbs: z.array(phrase),
          aspectVerbs: z.array(phrase),
          purposeMotions: z.array(phrase),
          journeyVerbs: z.object({ verbs: z.array(phrase).min(1), nouns: z.array(phrase).min(1) }).strict(),
          timeClauses: z.object({ openers: z.array(phrase).min(1), notAfter: z.array(phrase), auxiliaries: z.array(phrase) }).strict(),
          meetingVerbs: z.object({ verbs: z.array(phrase).min(1), nouns: z.array(phrase).min(1) }).strict(),
          futureTimes: z.array(phrase),
          recordNouns: z.array(phrase),
          prospectNouns: z.array(phrase),
        goalNouns: z.array(phrase),
          backshiftedStances: z.object({ pronouns: z.array(phrase).min(1), reportingVerbs: z.array(phrase).min(1) }).strict(),
          votes: z.object({ verbs: z.array(phrase).min(1), notPast: z.array(phrase), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1), approvals: z.array(phrase).default([]) }).strict(),
          realisedPredicates: z.array(phrase).min(1),
          consequences: z.object({ verbs: z.array(phrase).min(1), modals: z.array(phrase).min(1), predictors: z.array(phrase).min(1), riskVerbs: z.array(phrase).min(1) }).strict(),
          deliberationVerbs: z.array(phrase),
          hearsayAdverbs: z.array(phrase),
          history: z.object({ minYearsBack: z.number().int().min(1) }).strict(),
          asides: z.object({ relatives: z.array(phrase).min(1), continuations: z.array(phrase).min(1) }).strict(),
          questions: z.object({ yesNoOpeners: z.array(phrase).min(1), presupposing: z.array(phrase).min(1), supposing: z.array(phrase).min(1), definite: z.array(phrase).min(1) }).strict(),
          portrayalVerbs: z.array(phrase),
          claimVerbs: z.array(phrase),
          invertedConditions: z.array(phrase),
          assignVerbs: z.array(phrase),
          rankedInfinitives: z.object({ ranks: z.array(phrase).min(1) }).strict(),
          laterConditions: z.object({ opens: z.array(phrase).min(1), notAfter: z.array(phrase), notBefore: z.array(phrase), questionVerbs: z.array(phrase), idioms: z.array(phrase) }).strict(),
          accomplishedGovernors: z.array(phrase),
          conditionalPhrases: z.array(phrase),
          precedencePhrases: z.array(phrase),
          disinclinations: z.array(phrase),
          inclinations: z.array(phrase),
          abilities: z.object({ words: z.array(phrase).min(1), forAdjectives: z.array(phrase), managed: z.array(phrase), judgements: z.array(phrase) }).strict(),
          announcementNouns: z.array(phrase).default([]),
          affectVerbs: z.array(phrase).default([]),
          pastTimes: z.array(phrase),
          pledgeDocuments: z.array(phrase),
          unasserted: z.object({ negators: z.array(phrase), heads: z.array(phrase), denials: z.array(phrase), reportNouns: z.array(phrase) }).strict(),
        })
        .strict(),
      senses: z
        .object({
          askVerbs: z.array(phrase),
          seekVerbs: z.array(phrase),
          wordBarrage: z.object({ verbs: z.array(phrase), means: z.array(phrase) }).strict(),
          supportedActs: z.object({ patterns: z.array(phrase), nouns: z.array(phrase) }).strict(),
          verbalAttacks: z.object({ triggers: z.array(phrase), modifiers: z.array(phrase), venues: z.array(phrase), wordParticiples: z.array(phrase), namingParticiples: z.array(phrase), wordGrounds: z.array(phrase) }).strict(),
          floorCalls: z.object({ patterns: z.array(phrase).min(1), objects: z.array(phrase).min(1) }).strict(),
          objectlessSenses: z.array(phrase),
          airVenues: z.object({ patterns: z.array(phrase).min(1), nouns: z.array(phrase).min(1) }).strict(),
          counterfactualModals: z.array(phrase),
          resultNouns: z.object({ nouns: z.array(phrase).min(1), measures: z.array(phrase) }).strict(),
          abandonVerbs: z.array(phrase),
          designedThings: z.object({ participles: z.array(phrase).min(1), thingOnly: z.array(phrase), things: z.array(phrase).min(1) }).strict(),
          evacuees: z.object({ nouns: z.array(phrase).min(1), orders: z.array(phrase) }).strict(),
          cancelVerbs: z.array(phrase).min(1),
          spreadPlaces: z.object({ $comment: z.string().optional(), preps: z.array(phrase).min(1), objects: z.array(phrase).min(1), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1) }).strict(),
          nearMisses: z.object({ $comment: z.string().optional(), gerundFrames: z.array(phrase).min(1), infinitiveFrames: z.array(phrase).min(1), negators: z.array(phrase).min(1) }).strict(),
          calledOffPlans: z.object({ $comment: z.string().optional(), nouns: z.array(phrase).min(1), anaphors: z.array(phrase).min(1), contrasts: z.array(phrase).min(1) }).strict(),
          fearVerbs: z.array(phrase).min(1),
          attemptNouns: z.array(phrase),
          armedBacking: z.array(phrase),
          warnAbout: z.object({ verbs: z.array(phrase), preps: z.array(phrase) }).strict(),
          questionComplements: z.array(phrase),
          decisionVerbs: z.array(phrase),
          roleNouns: z.array(phrase),
          measureHeads: z.array(phrase),
          planNouns: z.array(phrase),
          rightNouns: z.array(phrase),
          intentNouns: z.array(phrase),
          ownStateNouns: z.array(phrase),
          personCountHeads: z.array(phrase),
          partyNouns: z.array(phrase),
          collectiveSubjects: z.array(phrase),
          weaponSubjects: z.array(phrase).default([]),
          weaponBlasts: z.object({ $comment: z.string().optional(), words: z.array(phrase).min(1), accidents: z.array(phrase).default([]), accidentHeads: z.record(phrase, z.array(phrase).min(1)).default({}) }).strict(),
          relationNouns: z.array(phrase).default([]),
          raisingVerbs: z.array(phrase),
          leaderParticiples: z.array(phrase),
          unitNouns: z.array(phrase),
          listIntroducers: z.array(phrase),
          threatNouns: z.array(phrase),
          threatVerbs: z.array(phrase),
          threatFulfilment: z.array(phrase),
          intentNegators: z.array(phrase),
          holding: z.array(phrase),
          subjectiveDeterminers: z.array(phrase),
          preventVerbs: z.array(phrase),
          ceaseVerbs: z.array(phrase),
          receptionPatterns: z.array(phrase),
          audienceNouns: z.array(phrase),
          policySubjects: z.array(phrase),
          wordSubjects: z.array(phrase),
          otherDoers: z.array(phrase),
          supportGifts: z.object({ verbs: z.array(phrase).min(1), nouns: z.array(phrase).min(1) }).strict(),
          forgoVerbs: z.array(phrase),
          attemptVerbs: z.array(phrase),
          tryVerbs: z.array(phrase).default([]),
          warnAgainstVerbs: z.array(phrase),
          topicVerbs: z.array(phrase),
          abstractHeads: z.array(phrase),
          quantityPhrases: z.array(phrase),
          holderParticiples: z.array(phrase),
        backerParticiples: z.array(phrase),
        jointPledges: z.object({ words: z.array(phrase), lightVerbs: z.array(phrase), mutual: z.array(phrase) }).strict(),
        hostedBodies: z.array(phrase),
        namedVenues: z.object({ $comment: z.string().optional(), nouns: z.array(phrase).min(1) }).strict(),
        topics: z.object({ nouns: z.array(phrase), placeNouns: z.array(phrase), preps: z.array(phrase), types: z.array(z.string()) }).strict(),
        devotionNouns: z.array(phrase),
          selfMotionVerbs: z.array(phrase),
          publicProtest: z.object({ doers: z.array(phrase), patterns: z.array(phrase) }).strict(),
          allegingVerbs: z.array(phrase),
          proposalNouns: z.array(phrase),
          complaintNouns: z.array(phrase),
          refusalVerbs: z.array(phrase),
          refusedComment: z.object({ verbs: z.array(phrase), nouns: z.array(phrase) }).strict(),
          forumProtection: z.object({ verbs: z.array(phrase), preps: z.array(phrase), forums: z.array(phrase) }).strict(),
          negation: z.object({ openers: z.array(phrase), focus: z.array(phrase), obligations: z.array(phrase), assurances: z.array(phrase), fronted: z.array(phrase), frontedUndo: z.array(phrase), additive: z.array(phrase) }).strict(),
        reluctance: z.object({ words: z.array(phrase), pending: z.array(phrase), nouns: z.array(phrase), gerundPreps: z.array(phrase) }).strict(),
        offers: z.object({ cues: z.array(phrase).min(1), chain: z.array(phrase), types: z.array(z.string().regex(/^[A-Z]+$/)), cameos: z.array(z.string().regex(/^[0-9]+$/)), hosting: z.array(phrase) }).strict(),
        capability: z.object({ infinitive: z.array(phrase).min(1), gerund: z.array(phrase).min(1), presentBe: z.array(phrase).min(1), means: z.array(phrase), needed: z.array(phrase) }).strict(),
          victimParticiples: z.array(phrase),
          attackNouns: z.object({ heads: z.array(phrase).min(1), weapons: z.array(phrase) }).strict(),
          admissionVerbs: z.array(phrase),
          suppliedArms: z.object({ supplying: z.array(phrase), making: z.array(phrase), weapons: z.array(phrase), usingVerbs: z.array(phrase) }).strict(),
          heldAbroad: z.object({ patterns: z.array(phrase), fromPatterns: z.array(phrase), preps: z.array(phrase) }).strict(),
          aidContainers: z.array(phrase).min(1),
          sentRelatives: z.object({ $comment: z.string().optional(), things: z.array(phrase).min(1), aid: z.array(phrase).min(1), verbs: z.array(phrase).min(1) }).strict(),
          releasedHeld: z.object({ $comment: z.string().optional(), patterns: z.array(phrase).min(1), participles: z.array(phrase).min(1), custody: z.array(phrase).min(1) }).strict(),
          pressedRefusals: z.object({ concessives: z.array(phrase).min(1), pressNouns: z.array(phrase).min(1), agentPreps: z.array(phrase).min(1), silentActs: z.array(phrase), gerundVerbs: z.array(phrase) }).strict(),
          inspectedPlaces: z.object({ patterns: z.array(phrase).min(1), preps: z.array(phrase).min(1) }).strict(),
          breachedMeasures: z.object({ patterns: z.array(phrase).min(1), measures: z.array(phrase).min(1), preps: z.array(phrase).min(1) }).strict(),
          objectMakers: z.object({ $comment: z.string().optional(), defied: z.object({ patterns: z.array(phrase).min(1), nouns: z.array(phrase).min(1), ofNouns: z.array(phrase), participles: z.array(phrase), preps: z.array(phrase).min(1) }).strict(), suppressed: z.object({ patterns: z.array(phrase).min(1), nouns: z.array(phrase).min(1), ofNouns: z.array(phrase), participles: z.array(phrase), preps: z.array(phrase).min(1) }).strict(), accepted: z.object({ patterns: z.array(phrase).min(1), nouns: z.array(phrase).min(1), ofNouns: z.array(phrase), participles: z.array(phrase), preps: z.array(phrase).min(1), disputes: z.array(phrase), disputePreps: z.array(phrase), partyNouns: z.array(phrase) }).strict() }).strict(),
          sanctionAims: z.object({ $comment: z.string().optional(), measures: z.array(phrase).min(1), imposers: z.array(phrase).min(1) }).strict(),
          namedMeasures: z.object({ $comment: z.string().optional(), nouns: z.array(phrase).min(1), heads: z.array(phrase) }).strict(),
          measureRounds: z.object({ $comment: z.string().optional(), nouns: z.array(phrase).min(1), containers: z.array(phrase).min(1) }).strict(),
          investigatedHarms: z.object({ cameos: z.array(z.string().regex(/^\d{3,4}$/)).min(1), nouns: z.array(phrase).min(1), ofWords: z.array(phrase).min(1), agentWords: z.array(phrase).min(1) }).strict(),
          reporterAsides: z.array(phrase).min(1),
          deniedClaims: z.object({ $comment: z.string().optional(), verbs: z.array(phrase).min(1), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1), complementizers: z.array(phrase).min(1) }).strict(),
          advisedFolk: z.object({ $comment: z.string().optional(), verbs: z.array(phrase).min(1), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1), demonyms: z.array(phrase) }).strict(),
          ownFolk: z.object({ nouns: z.array(phrase).min(1), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1) }).strict(),
          expectVerbs: z.array(phrase).min(1),
          heldBy: z.object({ participles: z.array(phrase).min(1), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1) }).strict(),
        tradeFlows: z.object({ to: z.array(phrase), from: z.array(phrase), with: z.array(phrase) }).strict(),
        wantVerbs: z.array(phrase),
        pleaNouns: z.array(phrase),
        reinforcedAllies: z.object({ $comment: z.string().optional(), verbs: z.array(phrase).min(1), forces: z.array(phrase).min(1) }).strict(),
        possessedAppeals: z.object({ $comment: z.string().optional(), nouns: z.array(phrase).min(1), particles: z.array(phrase).min(1) }).strict(),
        capturedFrom: z.array(phrase),
        retakenGround: z.object({ infinitives: z.array(phrase) }).strict(),
        helpedBy: z.object({ nouns: z.array(phrase), materialNouns: z.array(phrase), modifiers: z.array(phrase) }).strict(),
        jointPartners: z.object({ $comment: z.string().optional(), nouns: z.array(phrase), modifiers: z.array(phrase), nounsAfter: z.record(z.string(), z.array(phrase)) }).strict(),
        namedSides: z.object({ $comment: z.string().optional(), heads: z.array(phrase), collectives: z.record(phrase, z.array(z.string().regex(/^[A-Z]{3}$/)).min(2)).default({}) }).strict(),
        locatedHolders: z.object({ $comment: z.string().optional(), nouns: z.array(phrase), participles: z.array(phrase) }).strict(),
        figurativeMeans: z.object({ $comment: z.string().optional(), phrases: z.array(phrase) }).strict(),
        firmSellers: z.object({ $comment: z.string().optional(), patterns: z.array(phrase), nouns: z.array(phrase) }).strict(),
        verbalHelp: z.object({ $comment: z.string().optional(), verbs: z.array(phrase), supportVerbs: z.array(phrase), causes: z.array(phrase) }).strict(),
        spokenAudience: z.object({ $comment: z.string().optional(), verbs: z.array(phrase), nouns: z.array(phrase) }).strict(),
        armsSales: z.object({ $comment: z.string().optional(), patterns: z.array(phrase), arms: z.array(phrase), authorizeVerbs: z.array(phrase), sales: z.array(phrase) }).strict(),
        helpedObjects: z.object({ $comment: z.string().optional(), verbs: z.array(phrase), infinitiveVerbs: z.array(phrase), quantities: z.array(phrase) }).strict(),
        displacedPeople: z.object({ $comment: z.string().optional(), aidPatterns: z.array(phrase), openingPatterns: z.array(phrase), openedThings: z.array(phrase), openedTo: z.array(phrase), nouns: z.array(phrase), flight: z.array(phrase), origin: z.array(phrase), ownPeople: z.array(phrase) }).strict(),
        arrestCharges: z.object({ verbs: z.array(phrase), preps: z.array(phrase), nouns: z.array(phrase), crimePreps: z.array(phrase), crimes: z.array(phrase) }).strict(),
        orderVerbs: z.array(phrase),
        permissionVerbs: z.array(phrase).default([]),
        leaveVerbs: z.array(phrase),
        reciprocals: z.array(phrase),
        affairPlaces: z.object({ types: z.array(z.string().min(1)), preps: z.array(phrase) }).strict(),
        namedMembers: z.object({ modifiers: z.array(phrase), heads: z.array(phrase), separators: z.array(z.string().min(1)) }).strict(),
        comitatives: z.array(phrase),
        partitiveRelatives: z.object({ $comment: z.string().optional(), quantifiers: z.array(phrase).min(1), pronouns: z.array(phrase).min(1), ownForceVerbs: z.array(phrase) }).strict(),
        fightsBetween: z.object({ nouns: z.array(phrase), modifiers: z.array(phrase), prospects: z.array(phrase) }).strict(),
        responseVerbs: z.array(phrase),
        ownPeople: z.object({ patterns: z.array(phrase), objects: z.array(phrase), placePreps: z.array(phrase), timeWords: z.array(phrase) }).strict(),
        journeyTalks: z.object({ verbs: z.array(phrase), nouns: z.array(phrase) }).strict(),
        writtenRequests: z.object({ documents: z.array(phrase), sendVerbs: z.array(phrase), writeVerbs: z.array(phrase), timeWords: z.array(phrase) }).strict(),
        arrivals: z.object({ patterns: z.array(phrase), peacekeeping: z.array(phrase), forces: z.array(phrase), things: z.array(phrase), relief: z.array(phrase), travellers: z.array(phrase), reliefModifiers: z.array(phrase).default([]), teams: z.array(phrase).default([]), lands: z.array(phrase).default([]) }).strict(),
        qualifiedThings: z.array(phrase).default([]),
        durationNouns: z.array(phrase),
        receivedJudgements: z.array(phrase),
          repelledForces: z.object({ verbs: z.array(phrase), forces: z.array(phrase), away: z.array(phrase) }).strict(),
          farAccusers: z.object({ $comment: z.string().optional(), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1), complementPreps: z.array(phrase), stops: z.array(phrase), window: z.number().int().positive() }).strict(),
          custodyHarms: z.object({ $comment: z.string().optional(), nouns: z.array(phrase), preps: z.array(phrase), harmVerbs: z.array(phrase), deathWords: z.array(phrase), tortureWords: z.array(phrase), naturalCauses: z.array(phrase) }).strict(),
          expulsions: z.object({ $comment: z.string().optional(), outVerbs: z.array(phrase), orderVerbs: z.array(phrase), leaveVerbs: z.array(phrase), spans: z.array(phrase), places: z.array(phrase), sanctionHeads: z.array(phrase), forces: z.array(phrase), timeWords: z.array(phrase) }).strict(),
          builtForces: z.object({ $comment: z.string().optional(), verbs: z.array(phrase).min(1), forces: z.array(phrase).min(1), purposes: z.array(phrase).min(1), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1), placePreps: z.array(phrase) }).strict(),
          preparedAttacks: z.object({ $comment: z.string().optional(), verbs: z.array(phrase).min(1), be: z.array(phrase), types: z.array(z.string().regex(/^[A-Z]+$/)).min(1), conditions: z.array(phrase), lightVerbs: z.array(phrase), braceVerbs: z.array(phrase), nouns: z.array(phrase) }).strict(),
          massedForces: z.object({ moving: z.array(phrase), forces: z.array(phrase), aux: z.array(phrase), preps: z.array(phrase), sides: z.array(phrase), advancing: z.array(phrase), advancePreps: z.array(phrase), notAdvancers: z.array(phrase), placeNouns: z.array(phrase), nearness: z.array(phrase).min(1), holders: z.array(phrase).min(1) }).strict(),
          materielNouns: z.array(z.object({ cameo: z.string().regex(/^07\d$/, "an AID code (07x)"), words: z.array(phrase).min(1) }).strict()),
          materialMeans: z.array(z.object({ cameo: z.string().regex(/^07\d$/, "an AID code (07x)"), words: z.array(phrase).min(1) }).strict()),
          defenceActs: z.array(phrase),
          nominalDeterminers: z.array(phrase),
          beliefVerbs: z.array(phrase),
          noEffort: z.object({ verbs: z.array(phrase), objects: z.array(phrase), negators: z.array(phrase) }).strict(),
          idleSenses: z
            .object({
              forceMarch: z.object({ patterns: z.array(phrase).min(1), forces: z.array(phrase).min(1), skip: z.array(phrase) }).strict(),
              endedMediation: z.object({ nouns: z.array(phrase).min(1), verbs: z.array(phrase).min(1) }).strict(),
              without: z.object({ words: z.array(phrase).min(1), skip: z.array(phrase) }).strict(),
              seizedOn: z.object({ patterns: z.array(phrase).min(1), particles: z.array(phrase).min(1), notAfter: z.array(phrase) }).strict(),
              riskThreat: z.object({ patterns: z.array(phrase).min(1), infinitives: z.array(phrase).min(1) }).strict(),
            })
            .strict(),
          materialSupport: z.array(z.object({ cameo: z.string().regex(/^07\d$/, "an AID code (07x)"), words: z.array(phrase).min(1) }).strict()),
          opinionAgree: z.object({ verbs: z.array(phrase), dealWords: z.array(phrase) }).strict(),
          mandative: z.object({ verbs: z.array(phrase), nouns: z.array(phrase), owners: z.array(phrase), modals: z.array(phrase) }).strict(),
          conditionalThreats: z.object({ commitments: z.array(phrase), futures: z.array(phrase), possibilities: z.array(phrase), conditions: z.array(phrase).min(1), harmConditions: z.array(phrase), harms: z.array(phrase), lightVerbs: z.array(phrase), harmNouns: z.array(phrase), offerWords: z.array(phrase), pledgeFutures: z.array(phrase), ceasing: z.array(phrase), ceasedObjects: z.array(phrase), offices: z.array(phrase) }).strict(),
          endedTolerance: z.object({ $comment: z.string().optional(), futures: z.array(phrase).min(1), negators: z.array(phrase), verbs: z.array(phrase).min(1), phrasalVerbs: z.array(phrase), doerPrepositions: z.array(phrase), organs: z.array(phrase) }).strict(),
          vowedFights: z.object({ $comment: z.string().optional(), commitments: z.array(phrase).min(1), continuers: z.array(phrase), verbs: z.array(phrase).min(1), enemyPrepositions: z.array(phrase), clauseEnds: z.array(phrase), gameWords: z.array(phrase) }).strict(),
          vowedResponses: z.object({ $comment: z.string().optional(), verbs: z.array(phrase).min(1), nouns: z.array(phrase), futures: z.array(phrase).min(1), commitments: z.array(phrase), prepositions: z.array(phrase).min(1), anyWords: z.array(phrase).min(1), moves: z.array(phrase).min(1), makerPrepositions: z.array(phrase) }).strict(),
          askedConditions: z.array(phrase),
          reciprocalConditions: z.array(phrase),
          ownVoiceNouns: z.array(phrase),
          ultimatums: z.object({ $comment: z.string().optional(), giveVerbs: z.array(phrase).min(1), setVerbs: z.array(phrase).min(1), deadlineNouns: z.array(phrase).min(1), timeUnits: z.array(phrase).min(1), passives: z.array(phrase) }).strict(),
        })
        .strict(),
      linkPrefixes: z.array(phrase),
      discards: z.array(
        z
          .object({
            phrase,
            scope: z.enum(["sentence", "paragraph"]),
            /** where the entry comes from (a converted dictionary keeps its name) */
            source: z.string().min(1),
          })
          .strict(),
      ),
    })
    .strict();
});

export type EventSensesData = z.infer<ReturnType<typeof eventSensesFile>>;

export interface Discard {
  phrase: string;
  scope: "sentence" | "paragraph";
  source: string;
}

export interface SenseLexicon {
  conditions: ReadonlySet<string>;
  /** "until", "as long as": conditions of a clause not in the past */
  pendingConditions: PhraseIndex<true>;
  /** 'as long as', 'so long as': conditions that a verb of continuing in their clause turns into a presupposed fact */
  durativeConditions: ReadonlySet<string>;
  /** 'continues', 'keeps': verbs that say an act goes on */
  continuingVerbs: ReadonlySet<string>;
  /** modifier word → the status it gives a nominal act */
  nounStatus: ReadonlyMap<string, "planned" | "hypothetical" | "claimed" | "ongoing">;
  nounNegators: ReadonlySet<string>;
  /** "talks are scheduled", "the summit is expected": a nominal act still to come */
  schedulePredicates: ReadonlySet<string>;
  /** verbs whose subject is a topic, not a happening ("Russia's invasion will dominate the talks"): a future of theirs is not the act's */
  topicPredicates: ReadonlySet<string>;
  /** verbs that carry out the act noun they take ("send Sweden's application"): an owned act there is the clause's, not known */
  carrierVerbs: ReadonlySet<string>;
  /** "continues to urge", "began to withdraw": aspect, not a plan */
  aspectVerbs: ReadonlySet<string>;
  /** "travelled to Warsaw to rally support", "led a delegation to Kyiv to meet": past going or meeting
   *  with an infinitive of purpose after its complement, done on arrival */
  purposeMotions: ReadonlySet<string>;
  /** status.journeyVerbs: a light verb and a noun of a journey ('made a surprise trip to Kyiv to meet'), a verb of going */
  journeyVerbs: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** status.meetingVerbs: a light verb and a noun of talks ('held talks in Jiddah to discuss'), a meeting whose purpose is done in it */
  meetingVerbs: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** status.timeClauses (time-clauses.ts): words that open a clause of time ('when Russia invaded'), words before an opener that make it a question asked ('asked when'), not a time, past auxiliaries a subject may have before its verb */
  timeClauses: { openers: ReadonlySet<string>; notAfter: ReadonlySet<string>; auxiliaries: ReadonlySet<string> };
  /** "tomorrow", "next week", "on Friday": a present-tense act on the calendar */
  futureTimes: PhraseIndex<true>;
  /** "a resolution", "a statement": a record whose participle ("condemning") is as finished as the record */
  recordNouns: ReadonlySet<string>;
  /** "a plan for the destruction of", "the threat of an invasion": what follows may come */
  prospectNouns: ReadonlySet<string>;
  /** "with the goal of reaching a deal": a gerund after one of these and "of" is an aim, still to come */
  goalNouns: ReadonlySet<string>;
  /** "said he rejected the idea": a subject pronoun and a past reporting verb before one's own stance shifted back (backshifted-stances.ts) */
  backshiftedStances: { pronouns: ReadonlySet<string>; reportingVerbs: ReadonlySet<string> };
  /** "voted unanimously to impose sanctions": a past vote whose infinitive is an act of one of `types` is the act done (voted-acts.ts) */
  votes: { verbs: ReadonlySet<string>; notPast: ReadonlySet<string>; types: ReadonlySet<string>; approvals: ReadonlySet<string> };
  /** "took place", "was held": a past predicate of happening whose subject is a plan makes it done (realised-plans.ts) */
  realisedPredicates: PhraseIndex<true>;
  /** "will only lead to expulsions", "risks provoking an attack": a verb of causing (by its last word:
   *  the words before it, each phrase's) whose act noun is a consequence; a modal, a predictor before
   *  "to" or a risk verb before its gerund makes the consequence a prospect (consequences.ts) */
  consequences: { verbs: ReadonlyMap<string, readonly (readonly string[])[]>; modals: ReadonlySet<string>; predictors: ReadonlySet<string>; riskVerbs: ReadonlySet<string> };
  /** verbs of weighing a course ("considering cancelling", "weighing new sanctions"): what they govern is not decided */
  deliberationVerbs: ReadonlySet<string>;
  /** "reportedly shelled", "allegedly funded": the text passes on another's account without vouching for it */
  hearsayAdverbs: ReadonlySet<string>;
  /** history-dates.ts: how many years before publication a dated act in someone's words is history, told as done */
  history: { minYearsBack: number };
  /** narrator's asides (narrator-asides.ts): relative words that open one after a dash or bracket
   *  ("- where Nato bombed Libyan forces in 2011 -"), words that continue the report instead ("- and that") */
  asides: { relatives: ReadonlySet<string>; continuations: ReadonlySet<string> };
  /** questions (questions.ts): auxiliaries that open a yes/no question ("Did Russia invade?"), wh-words
   *  that take the act as given ("Why did Russia invade?"), words that open a supposition after "what"
   *  ("What if Paris has failed?"), determiners that make a nominal act given ("the invasion") */
  questions: { yesNoOpeners: ReadonlySet<string>; presupposing: ReadonlySet<string>; supposing: ReadonlySet<string>; definite: ReadonlySet<string> };
  /** verbs of casting someone as a doer ('portray China as supporting'): the act after 'as' is a claim */
  portrayalVerbs: ReadonlySet<string>;
  /** "Russia, it alleges, has supplied", "..., the report claims.": a parenthetical of claiming makes the act a claim */
  claimVerbs: ReadonlySet<string>;
  /** "were Russia to attack", "should Iran decide to", "had Putin not invaded": an inverted auxiliary opens a condition */
  invertedConditions: ReadonlySet<string>;
  /** "tasked its troops with capturing": the act after "with" is still to be done */
  assignVerbs: ReadonlySet<string>;
  /** "said Washington would consult Seoul if ...": a condition after a reported "would" (later-conditions.ts) */
  /** "the first leader to visit Kyiv": ranks whose infinitive tells an act done (ranked-infinitives.ts) */
  rankedInfinitives: { ranks: PhraseIndex<true> };
  laterConditions: { opens: PhraseIndex<true>; notAfter: ReadonlySet<string>; notBefore: ReadonlySet<string>; questionVerbs: ReadonlySet<string>; idioms: PhraseIndex<true> };
  /** status.accomplishedGovernors: 'moved to demand', 'went on to accuse': a governor that reports its infinitive done */
  accomplishedGovernors: PhraseIndex<true>;
  /** status.conditionalPhrases: 'in the event of a strike', 'in case of an attack': a nominal act they open may come */
  conditionalPhrases: PhraseIndex<true>;
  /** status.precedencePhrases: 'ahead of the summit', 'in the run-up to the talks': a nominal act after them is still to come when their clause is not past */
  precedencePhrases: PhraseIndex<true>;
  /** status.disinclinations: 'reluctant to target', 'unwilling to send': the infinitive is an act not meant, hypothetical */
  disinclinations: ReadonlySet<string>;
  /** status.inclinations: 'eager to sanction', 'keen to join': the infinitive is an act meant, planned */
  inclinations: ReadonlySet<string>;
  /** status.abilities (ability-acts.ts): 'unable to attack', 'the opportunity to warn', 'possible for the G7 to ban': an act only possible, hypothetical; 'was able to evacuate' done; judgements: 'was right to threaten', the act done */
  abilities: { words: PhraseIndex<true>; forAdjectives: ReadonlySet<string>; managed: ReadonlySet<string>; judgements: ReadonlySet<string> };
  /** status.announcementNouns: 'the announcement that the UK would supply tanks': a noun whose that-clause reports a future, its 'would' the announced future */
  announcementNouns: ReadonlySet<string>;
  /** status.affectVerbs: 'would undercut US support', 'could threaten the terms of the agreement': their object act exists, not in their mood */
  affectVerbs: ReadonlySet<string>;
  /** status.pastTimes: 'last year', 'last month': a time gone by that dates a planned act in its clause */
  pastTimes: PhraseIndex<true>;
  /** status.pledgeDocuments: 'a joint statement said the two would withdraw': a document of the parties that states their pledge */
  pledgeDocuments: ReadonlySet<string>;
  /** "no evidence that", "did not believe that", "denied reports that": a that-clause the words do not assert */
  unasserted: { negators: ReadonlySet<string>; heads: ReadonlySet<string>; denials: ReadonlySet<string>; reportNouns: ReadonlySet<string> };
  askVerbs: ReadonlySet<string>;
  /** "bombarding South Korea with propaganda leaflets", "bombarded the minister with requests": a barrage of words or paper, no attack */
  wordBarrage: { verbs: ReadonlySet<string>; means: ReadonlySet<string> };
  /** support whose object is a hostile act with no doer of its own: "backed restrictions on Russian visitors" */
  supportedActs: { patterns: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** attacks made with words: "a scathing attack on", "attacked Germany in a speech" */
  verbalAttacks: {
    triggers: ReadonlySet<string>; modifiers: ReadonlySet<string>; venues: ReadonlySet<string>;
    /** ", lashing out at": a participle of words after the attack's clause says how it was made */
    wordParticiples: ReadonlySet<string>;
    /** ", calling him": a participle of naming, only with a person after it */
    namingParticiples: ReadonlySet<string>;
    /** "over his remarks", "for her handling of": what words answer, the grounds of a verbal attack */
    wordGrounds: ReadonlySet<string>;
  };
  floorCalls: { patterns: ReadonlySet<string>; objects: ReadonlySet<string> };
  objectlessSenses: ReadonlySet<string>;
  airVenues: { patterns: ReadonlySet<string>; nouns: ReadonlySet<string> };
  counterfactualModals: ReadonlySet<string>;
  resultNouns: { nouns: ReadonlySet<string>; measures: ReadonlySet<string> };
  abandonVerbs: PhraseIndex<true>;
  /** senses.designedThings: a thing made for a purpose ('missiles designed to target U.S. troops') */
  designedThings: { participles: ReadonlySet<string>; thingOnly: ReadonlySet<string>; things: ReadonlySet<string> };
  /** senses.evacuees: people, not forces, who leave a place ('ordered civilians to evacuate the town') */
  evacuees: { nouns: ReadonlySet<string>; orders: ReadonlySet<string> };
  /** senses.cancelVerbs: verbs of calling a meeting off ('cancelled the summit', 'talks were called off') */
  cancelVerbs: PhraseIndex<true>;
  /** senses.calledOffPlans: a meeting the text names again ('the summit', 'the trip') when it is called off after its plan */
  /** senses.nearMisses: frames before a gerund or an infinitive whose act has not come about ('on the verge of signing', 'unlikely to supply', 'ruled out sending') */
  /** senses.spreadPlaces: 'struck targets across Ukraine': the place an act of force spreads over is what it falls on */
  spreadPlaces: { preps: string[]; objects: ReadonlySet<string>; types: ReadonlySet<string> };
  nearMisses: { gerundFrames: FrameIndex; infinitiveFrames: FrameIndex; negators: ReadonlySet<string> };
  calledOffPlans: { nouns: ReadonlySet<string>; anaphors: ReadonlySet<string>; contrasts: ReadonlySet<string> };
  /** senses.fearVerbs: an act one fears or imagines ('fears NATO aggression') is no act done */
  fearVerbs: ReadonlySet<string>;
  attemptNouns: ReadonlySet<string>;
  armedBacking: ReadonlySet<string>;
  /** "extremists who seek to threaten the U.S.": before an infinitive, a verb of trying, not of asking */
  seekVerbs: ReadonlySet<string>;
  /** "warned Congress about Iran's threats": a warning about another party's acts is no threat */
  warnAbout: { verbs: ReadonlySet<string>; preps: ReadonlySet<string> };
  questionComplements: ReadonlySet<string>;
  /** "agreed to impose": a decided act, not a threat */
  decisionVerbs: ReadonlySet<string>;
  /** "intelligence chief", "aid workers": people and bodies named by their field */
  roleNouns: ReadonlySet<string>;
  /** heads of a measure or a state of affairs an object word may qualify ("the trade deficit", "trade tensions") */
  measureHeads: ReadonlySet<string>;
  /** "no plans to", "no intention to" */
  planNouns: ReadonlySet<string>;
  /** "renounced the right to invade", "claims the power to sanction": an entitlement, no act */
  rightNouns: ReadonlySet<string>;
  /** "Iran's decision to release": the infinitive after one is its owner's act */
  intentNouns: ReadonlySet<string>;
  /** "his country's", "her government's": the state of the person a pronoun stands for */
  ownStateNouns: ReadonlySet<string>;
  /** "the two leaders", "both presidents": a count of people, which refers back to people only */
  personCountHeads: ReadonlySet<string>;
  /** "four countries", "its allies": a general noun of parties, which a list after it may name */
  partyNouns: ReadonlySet<string>;
  collectiveSubjects: ReadonlySet<string>;
  /** "as shells hit the port", "a car bomb killed two soldiers": weapons as a verb's subject, whose phrase names no doer */
  weaponSubjects: ReadonlySet<string>;
  /** "the bombing of Dresden", "a roadside device exploded": words of a blast or a strike, whose sentence's place a doerless attack struck (target-rules.ts) */
  weaponBlasts: ReadonlySet<string>;
  /** modifiers that make a blast an accident, no weapon's: "a gas explosion", "a boiler blast" (weaponBlasts.accidents) */
  accidentBlasts: ReadonlySet<string>;
  /** by blast word that also names a workplace ("mine"): nouns of an accident or a workplace it modifies right before them: "a mine disaster", "mine workers"; not "rocket fire" (weaponBlasts.accidentHeads) */
  accidentHeads: ReadonlyMap<string, ReadonlySet<string>>;
  /** "Kyiv's allies", "Israel's militia ally": nouns of relation whose possessor is no party (relation-possessors.ts) */
  relationNouns: ReadonlySet<string>;
  raisingVerbs: ReadonlySet<string>;
  leaderParticiples: ReadonlySet<string>;
  unitNouns: ReadonlySet<string>;
  /** ", including the US and Britain", ", such as", ", among them": the words that open such a list */
  listIntroducers: PhraseIndex<true>;
  /** "his threat to raise tariffs": an act a threat names is threatened, not done */
  threatNouns: ReadonlySet<string>;
  /** "threatened to pull out of Nato": an act a verb of threatening governs is threatened, whatever its kind */
  threatVerbs: ReadonlySet<string>;
  /** "carried out its threat to", "made good on his threat to": the threatened act is done */
  threatFulfilment: ReadonlySet<string>;
  intentNegators: ReadonlySet<string>;
  /** "lost the support of", "with the backing of": the one after "of" gives it */
  holding: ReadonlySet<string>;
  subjectiveDeterminers: ReadonlySet<string>;
  /** "block Ukraine from joining", "refrained from attacking" */
  preventVerbs: ReadonlySet<string>;
  /** "stop assassinating", "cease attacking": an act that is to end */
  ceaseVerbs: ReadonlySet<string>;
  /** ids of SUPPORT verb patterns done by saying ('welcome', 'praise'): a future one is no pledge (intentEvent) */
  receptionPatterns: ReadonlySet<string>;
  /** "avoided censuring", "stopped short of accusing": the act held back from did not happen */
  forgoVerbs: PhraseIndex<true>;
  /** "failed to condemn": no act, save force, where the attempt is the act */
  attemptVerbs: ReadonlySet<string>;
  /** "tried to kill", "attempted to assassinate": force attempted is force used, in the attempt's tense */
  tryVerbs: ReadonlySet<string>;
  /** "warned Finland against joining": an act warned against has not happened */
  warnAgainstVerbs: ReadonlySet<string>;
  /** "discuss efforts to impose sanctions on Russia": the object of discussing is a topic, not a party */
  topicVerbs: ReadonlySet<string>;
  /** "Nato membership would allow": a noun of a thing heads a phrase an actor only qualifies */
  abstractHeads: ReadonlySet<string>;
  /** "kidnapped up to 16 Russian advisers", "killed at least two U.S. soldiers": a count's phrase before a number */
  quantityPhrases: PhraseIndex<true>;
  /** "warned last week that ...": deictic words and units of time (count-and-time-words.json timePhrases; find-parties.ts timePhraseEnd) */
  timePhrases: CountAndTimeWords["timePhrases"];
  /** cardinal numbers as words with their value ("four": 4; count-and-time-words.json numberWords; named-members.ts, sentence-env.ts partyCount) */
  numberWords: CountAndTimeWords["numberWords"];
  /** round numbers as plural nouns ("dozens", "thousands"; count-and-time-words.json countNouns) */
  countNouns: CountAndTimeWords["countNouns"];
  /** "in a Russian-held town", "the Iranian-backed militia": a demonym glued to one names a holder, not a place */
  holderParticiples: ReadonlySet<string>;
  /** "bombed US-backed Kurdish fighters", "attacked Iranian-sponsored militias": a state glued to one backs the thing, a third party to acts on it */
  backerParticiples: ReadonlySet<string>;
  /** "pledges from the Netherlands and Denmark": a joint pledge with no beneficiary is each one's own, no agreement between them */
  jointPledges: { words: ReadonlySet<string>; lightVerbs: ReadonlySet<string>; mutual: ReadonlySet<string> };
  /** "slammed the Russia investigation", "cooperate on Syria": a name before one of `nouns`, or after one of `preps` for an act of `types`, is a topic, no party */
  /** "the Astana talks", "the Kyoto Protocol": nouns of a treaty, format or talks a town's name only names (named-venues.ts) */
  namedVenues: { nouns: ReadonlySet<string> };
  /** "the international court in The Hague": modifiers of a body of many states, which a place after 'in' only hosts (find-parties subjectBefore) */
  hostedBodies: ReadonlySet<string>;
  topics: { nouns: ReadonlySet<string>; placeNouns: ReadonlySet<string>; preps: ReadonlySet<string>; types: ReadonlySet<string> };
  /** "my commitment to Israel": a noun of commitment to a party is devotion to it, SUPPORT */
  devotionNouns: ReadonlySet<string>;
  /** "refused to deploy to Ukraine": a verb of one's own moving, whose "to" phrase is a destination, no party */
  selfMotionVerbs: ReadonlySet<string>;
  /** heads of the public's doers ("protesters", "students") whose occupying or blockading (the COERCE verb `patterns`) is a protest */
  publicProtest: { doers: ReadonlySet<string>; patterns: ReadonlySet<string> };
  /** "arrested for collaborating", "charged with aiding", "convicted of spying": the gerund is the act alleged */
  allegingVerbs: ReadonlySet<string>;
  /** "rejected a call for", "dismissed an appeal from": what one party puts to another and may be turned down */
  proposalNouns: ReadonlySet<string>;
  /** "Tory criticism was dismissed by", "Labour's claims were rejected by": what one party says against another and may be turned down */
  complaintNouns: ReadonlySet<string>;
  /** "declined to attend", "refused to release": a verb of refusing before an infinitive */
  refusalVerbs: ReadonlySet<string>;
  /** "declined to comment", "refused to speculate", "declined comment": what a refusal to speak names (refused-comments.ts) */
  refusedComment: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** "protected Pyongyang in the world body": protection in a forum is verbal backing (forum-protection.ts) */
  forumProtection: { verbs: ReadonlySet<string>; preps: ReadonlySet<string>; forums: PhraseIndex<true> };
  /** whose "not" is it before an act (negated-acts.ts): "cannot rule out" (openers), "not only" (focus), "must not" (obligations), "guarantee Ukraine will not" (assurances); "At no point did Iran accept" (fronted, with inversion), "Nowhere else did" (frontedUndo); "not only condemned ... but also" (additive: the status reader counts no negation) */
  negation: { openers: ReadonlySet<string>; focus: ReadonlySet<string>; obligations: ReadonlySet<string>; assurances: ReadonlySet<string>; fronted: PhraseIndex<true>; frontedUndo: ReadonlySet<string>; additive: ReadonlySet<string> };
  /** "reluctant to blame", "have yet to recognise": an infinitive act that has not happened (unrealised-acts.ts) */
  reluctance: { words: ReadonlySet<string>; pending: ReadonlySet<string>; nouns: ReadonlySet<string>; gerundPreps: ReadonlySet<string> };
  /** "willing to send", "ready to host a meeting between": an act offered, AGREE (offered-acts.ts) */
  offers: { cues: ReadonlySet<string>; chain: ReadonlySet<string>; types: ReadonlySet<string>; cameos: ReadonlySet<string>; hosting: ReadonlySet<string> };
  /** "capable of launching", "has the capacity to cut off": what an actor can do, no act (capable-acts.ts) */
  capability: { infinitive: ReadonlySet<string>; gerund: ReadonlySet<string>; presentBe: ReadonlySet<string>; means: ReadonlySet<string>; needed: ReadonlySet<string> };
  /** past participles of harm that, right after the noun they qualify, make it the one harmed ("Americans killed in the attacks") */
  victimParticiples: ReadonlySet<string>;
  /** nouns of a strike and the weapon words that may stand before them (find-events attackerDemonym) */
  attackNouns: { heads: ReadonlySet<string>; weapons: ReadonlySet<string> };
  /** "conceded (that) the Kremlin was behind it": before a clause, admitting, not yielding */
  admissionVerbs: ReadonlySet<string>;
  /** "military support", "financial backing": modifier → the CAMEO code of the aid it names */
  materialSupport: ReadonlyMap<string, string>;
  /** troops and weapons named in a clause of defending (word -> AID CAMEO code) */
  /** "Ukraine used US-supplied Himars": participles of supplying or making glued to a state, weapons, and verbs whose subject holds them (supplied-arms.ts) */
  suppliedArms: { supplying: ReadonlySet<string>; making: ReadonlySet<string>; weapons: ReadonlySet<string>; usingVerbs: ReadonlySet<string> };
  /** "Russian troops massed near the border": participles of massing or deploying, the forces they are said of, forms of "be" between, and prepositions of where (massed-forces.ts) */
  heldAbroad: { patterns: ReadonlySet<string>; fromPatterns: ReadonlySet<string>; preps: string[] };
  /** "Washington's new package of military aid": nouns of a lot whose owner gives the aid (aid-containers.ts) */
  aidContainers: ReadonlySet<string>;
  /** "the equipment Britain has sent to Ukraine": arms and aid nouns (aid: the ones coded 070), verbs of giving (sent-relatives.ts) */
  sentRelatives: { things: ReadonlySet<string>; aid: ReadonlySet<string>; verbs: ReadonlySet<string> };
  /** "two French nationals held by Iran were released": release patterns, participles of holding, nouns of custody (released-held.ts) */
  releasedHeld: { patterns: ReadonlySet<string>; participles: ReadonlySet<string>; custody: ReadonlySet<string> };
  pressedRefusals: { concessives: ReadonlySet<string>; pressNouns: ReadonlySet<string>; agentPreps: ReadonlySet<string>; silentActs: ReadonlySet<string>; gerundVerbs: ReadonlySet<string> };
  inspectedPlaces: { patterns: ReadonlySet<string>; preps: ReadonlySet<string> };
  breachedMeasures: { patterns: ReadonlySet<string>; measures: ReadonlySet<string>; preps: ReadonlySet<string> };
  /** "defied a ban by the general", "accepted a plan put forward by France": the object's maker is the party (object-makers.ts) */
  objectMakers: {
    defied: { patterns: ReadonlySet<string>; nouns: ReadonlySet<string>; ofNouns: ReadonlySet<string>; participles: ReadonlySet<string>; preps: ReadonlySet<string> };
    /** "banned rallies by the opposition": a measure against a gathering is toward its makers */
    suppressed: { patterns: ReadonlySet<string>; nouns: ReadonlySet<string>; ofNouns: ReadonlySet<string>; participles: ReadonlySet<string>; preps: ReadonlySet<string> };
    accepted: { patterns: ReadonlySet<string>; nouns: ReadonlySet<string>; ofNouns: ReadonlySet<string>; participles: ReadonlySet<string>; preps: ReadonlySet<string>; disputes: ReadonlySet<string>; disputePreps: ReadonlySet<string>; partyNouns: ReadonlySet<string> };
  };
  /** "imposed sanctions on Iran to target its drone deliveries": the aim of a measure is no act of its own (sanction-aims.ts) */
  sanctionAims: { measures: ReadonlySet<string>; imposers: ReadonlySet<string> };
  /** "the Russia sanctions approved by the EU": the state a measure is named after is its target (named-measures.ts) */
  namedMeasures: { nouns: ReadonlySet<string>; heads: ReadonlySet<string> };
  /** "the EU's 14th package of sanctions": the owner of a round of measures does them (measure-rounds.ts) */
  measureRounds: { nouns: ReadonlySet<string>; containers: ReadonlySet<string> };
  investigatedHarms: { cameos: ReadonlySet<string>; nouns: ReadonlySet<string>; ofWords: ReadonlySet<string>; agentWords: ReadonlySet<string> };
  /** "Iran, Washington claims, has sent drones": reporting verbs of a reporter between commas (reporter-asides.ts) */
  reporterAsides: ReadonlySet<string>;
  /** "help the people of Ukraine" by Ukraine: people nouns and the types of help that are no event on the helper's own people (own-folk.ts) */
  deniedClaims: { verbs: ReadonlySet<string>; types: ReadonlySet<string>; complementizers: ReadonlySet<string> };
  advisedFolk: { verbs: ReadonlySet<string>; types: ReadonlySet<string>; demonyms: ReadonlySet<string> };
  ownFolk: { nouns: ReadonlySet<string>; types: ReadonlySet<string> };
  /** "he expects Turkey to hit ISIS back": verbs of expecting whose object is the infinitive's doer (expected-doers.ts) */
  expectVerbs: ReadonlySet<string>;
  /** "demanded the release of the journalist held by Russia": participles of holding whose "by" names the one a request (of `types`) asks (held-by.ts) */
  heldBy: { participles: ReadonlySet<string>; types: ReadonlySet<string> };
  /** "restrictions on arms sales to Turkey", "an embargo on imports from Iran": a flow noun -> the prepositions that name the state at its far end (trade-flows.ts) */
  tradeFlows: ReadonlyMap<string, readonly string[]>;
  /** "Turkey wants Sweden to extradite", "would like the two countries to sever ties": verbs of wanting whose object is asked to do the infinitive's act (wanted-acts.ts) */
  wantVerbs: ReadonlySet<string>;
  /** nouns of asking whose 'for' and party ask that party to do the infinitive's act ('its plea for Germany to send tanks') */
  pleaNouns: ReadonlySet<string>;
  /** "sent troops to reinforce Lithuania": verbs of strengthening a party, and the nouns of forces sent to do it (reinforced-allies.ts) */
  reinforcedAllies: { verbs: ReadonlySet<string>; forces: ReadonlySet<string> };
  /** "Iran's call for the withdrawal of US troops": nouns of appeal a party owns, before one of `particles`, read as their verb (possessed-appeals.ts) */
  possessedAppeals: { nouns: ReadonlySet<string>; particles: ReadonlySet<string> };
  /** "retook the village from Russia": ids of capture patterns whose "from" names the holder, the target (captured-from.ts) */
  capturedFrom: ReadonlySet<string>;
  /** "launched an offensive to retake Kherson": infinitives of capture whose own place is taken from its holder (retaken-ground.ts) */
  retakenGround: { infinitives: ReadonlySet<string> };
  /** "with the help of Iran", "with the military backing of Turkey": nouns of help, of help only when material, and the modifiers that make them so (helped-by.ts) */
  helpedBy: { nouns: ReadonlySet<string>; materialNouns: ReadonlySet<string>; modifiers: ReadonlySet<string> };
  /** joint-partners.ts: nouns of exercises and patrols held together, and the modifiers that make them joint */
  /** nouns of exercises whose partners follow 'with'; `nounsAfter`: nouns that are one only after one of their words ('war games') */
  jointPartners: { nouns: ReadonlySet<string>; modifiers: ReadonlySet<string>; nounsAfter: ReadonlyMap<string, ReadonlySet<string>> };
  /** heads of a counted phrase that refers back to a pair the text named ("the two sides", named-sides.ts) */
  namedSides: { heads: ReadonlySet<string>; collectives: ReadonlyMap<string, readonly string[]> };
  /** plural heads of firms or bodies whose "in <state>" names the state's party after an act's preposition ("sanctions on companies in China"; find-parties.ts) */
  locatedHolders: { nouns: ReadonlySet<string>; participles: ReadonlySet<string> };
  /** figures after "with" that name no material means ("with open arms"; senses.ts materialSupport) */
  figurativeMeans: PhraseIndex<true>;
  /** a purchase from a firm is trade, no cooperation between parties (firm-sellers.ts) */
  firmSellers: { patterns: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** help given by speaking up for a cause ("help promote democracy", "help support the rights of"): words of support, no aid (verbal-help.ts) */
  verbalHelp: { verbs: ReadonlySet<string>; supportVerbs: ReadonlySet<string>; causes: ReadonlySet<string> };
  spokenAudience: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  armsSales: { patterns: ReadonlySet<string>; arms: ReadonlySet<string>; authorizeVerbs: ReadonlySet<string>; sales: ReadonlySet<string> };
  helpedObjects: { verbs: ReadonlySet<string>; infinitiveVerbs: ReadonlySet<string>; quantities: ReadonlySet<string> };
  /** "took in refugees fleeing Syria", "opened its borders to refugees from Ukraine": humanitarian acts for displaced people, to the state they come from (displaced-people.ts) */
  displacedPeople: { aidPatterns: ReadonlySet<string>; openingPatterns: ReadonlySet<string>; openedThings: ReadonlySet<string>; openedTo: ReadonlySet<string>; nouns: ReadonlySet<string>; flight: ReadonlySet<string>; origin: ReadonlySet<string>; ownPeople: ReadonlySet<string> };
  /** "arrested two men on charges of sabotage", "for spying": arrest pattern ids, the prepositions and the nouns of a charge phrase, the preposition and the words of a crime named outright (arrest-charges.ts) */
  arrestCharges: { verbs: ReadonlySet<string>; preps: ReadonlySet<string>; nouns: ReadonlySet<string>; crimePreps: ReadonlySet<string>; crimes: ReadonlySet<string> };
  /** "the court ordered Russia to halt its offensive": verbs of ordering a party to act (ordered-to.ts) */
  orderVerbs: ReadonlySet<string>;
  /** "Belarus allowed Russian troops to invade": past verbs of letting a party act, whose act took place (allowed-acts.ts) */
  permissionVerbs: ReadonlySet<string>;
  /** verbs of leaving a place: an order to foreign civilians to do one ('ordered villagers to evacuate the town') is force on them, no demand */
  leaveVerbs: ReadonlySet<string>;
  /** "accused each other": reciprocal pronouns, their words joined by "-" (reciprocal-acts.ts) */
  reciprocals: ReadonlySet<string>;
  /** "cut gas to two EU member states – Poland and Bulgaria": a count, a body's name, member nouns and an apposition that names the members (named-members.ts) */
  /** "complained over Benghazi", "the row over Srebrenica": a place after one of `preps` of a reproach (`types`) names the affair, no party (affair-places.ts) */
  affairPlaces: { types: ReadonlySet<string>; preps: ReadonlySet<string> };
  namedMembers: { modifiers: ReadonlySet<string>; heads: ReadonlySet<string>; separators: ReadonlySet<string> };
  /** "Lithuania, along with Estonia, is calling on Nato": words, joined by '-', that open an appositive naming a joint doer (find-parties comitativeSubject) */
  comitatives: ReadonlySet<string>;
  /** ", many of whom attacked": quantifiers and pronouns of a partitive relative clause, whose verb the antecedent does (find-parties relativeComma) */
  partitiveRelatives: { quantifiers: ReadonlySet<string>; pronouns: ReadonlySet<string>; ownForceVerbs: ReadonlySet<string> };
  /** "clashes between Indian and Chinese troops": nouns of mutual fighting whose "between" names both sides, the noun modifiers that keep that sense ("border clashes"; "a trade clash" is none), and the words that make the fight only a prospect ("fear a clash between", "the risk of clashes") (fights-between.ts) */
  fightsBetween: { nouns: ReadonlySet<string>; modifiers: ReadonlySet<string>; prospects: ReadonlySet<string> };
  /** "retaliated with strikes on": verbs of responding whose "with" names the act done (find-events.ts) */
  responseVerbs: ReadonlySet<string>;
  /** "Thailand's army declared martial law": patterns and objects whose act falls on the state's own people (own-people.ts) */
  ownPeople: { patterns: ReadonlySet<string>; objects: ReadonlySet<string>; placePreps: ReadonlySet<string>; timeWords: ReadonlySet<string> };
  /** "U.S. and Russian negotiators return to Geneva for talks": verbs of going and nouns of meeting (journey-talks.ts) */
  journeyTalks: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** "penned an open letter to Putin urging him": documents, verbs of sending and writing, and times after the addressee (written-requests.ts) */
  writtenRequests: { documents: ReadonlySet<string>; sendVerbs: ReadonlySet<string>; writeVerbs: ReadonlySet<string>; timeWords: ReadonlySet<string> };
  /** "NATO peacekeeping troops have arrived in Bosnia": what arrives makes an arrival no visit (arrivals.ts) */
  arrivals: { patterns: ReadonlySet<string>; peacekeeping: ReadonlySet<string>; forces: ReadonlySet<string>; things: ReadonlySet<string>; relief: ReadonlySet<string>; travellers: ReadonlySet<string>; reliefModifiers: ReadonlySet<string>; teams: ReadonlySet<string>; lands: ReadonlySet<string> };
  /** "for two hours", "over the weekend": nouns of time after "for"/"over" that make a phrase of duration, no cause (a verb pattern's reasonAfter) */
  /** nouns a name after 'the' only qualifies, never the owner of a later 'its' (senses.qualifiedThings) */
  qualifiedThings: ReadonlySet<string>;
  durationNouns: ReadonlySet<string>;
  /** "drew criticism from France over its strikes": nouns of a judgement received, whose "from" names the judge, no owner of a reason's "its" (find-parties pronounPossessor) */
  receivedJudgements: ReadonlySet<string>;
  repelledForces: { verbs: ReadonlySet<string>; forces: ReadonlySet<string>; away: ReadonlySet<string> };
  /** "has been accused of misusing public funds, much of it embezzled, by officials" (far-accusers.ts) */
  farAccusers: { types: ReadonlySet<string>; complementPreps: ReadonlySet<string>; stops: ReadonlySet<string>; window: number };
  /** "a British journalist died in Iranian custody", "tortured while in Syrian custody" (custody-harms.ts) */
  custodyHarms: { nouns: ReadonlySet<string>; preps: ReadonlySet<string>; harmVerbs: ReadonlySet<string>; deathWords: ReadonlySet<string>; tortureWords: ReadonlySet<string>; naturalCauses: ReadonlySet<string> };
  /** "forced the UN refugee agency out of the country", "ordered the diplomats to leave the country" (expelled-parties.ts) */
  expulsions: { outVerbs: ReadonlySet<string>; orderVerbs: ReadonlySet<string>; leaveVerbs: ReadonlySet<string>; spans: ReadonlySet<string>; places: ReadonlySet<string>; sanctionHeads: ReadonlySet<string>; forces: ReadonlySet<string>; timeWords: ReadonlySet<string> };
  builtForces: { verbs: ReadonlySet<string>; forces: ReadonlySet<string>; purposes: ReadonlySet<string>; types: ReadonlySet<string>; placePreps: ReadonlySet<string> };
  preparedAttacks: { verbs: ReadonlySet<string>; be: ReadonlySet<string>; types: ReadonlySet<string>; conditions: ReadonlySet<string>; lightVerbs: ReadonlySet<string>; braceVerbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  massedForces: { moving: ReadonlySet<string>; forces: ReadonlySet<string>; aux: ReadonlySet<string>; preps: string[]; sides: ReadonlySet<string>; advancing: ReadonlySet<string>; advancePreps: string[]; notAdvancers: ReadonlySet<string>; placeNouns: ReadonlySet<string>; nearness: ReadonlySet<string>; holders: ReadonlySet<string> };
  materielNouns: ReadonlyMap<string, string>;
  /** "support Kyiv with cash": nouns of money given as the means of support (senses.ts materialSupport) */
  materialMeans: ReadonlyMap<string, string>;
  /** the SUPPORT triggers that are military help when materiel is named before them ("troops ... to defend", "in support of") */
  defenceActs: ReadonlySet<string>;
  /** determiners that make a gerund a noun ("the killing of", "the downing of the jet") */
  nominalDeterminers: ReadonlySet<string>;
  /** 'recognize that ...': before a that-clause the verb acknowledges, it does not act */
  beliefVerbs: ReadonlySet<string>;
  /** 'did nothing to help': the forms of 'do' and the words of no effort */
  noEffort: { verbs: ReadonlySet<string>; objects: ReadonlySet<string>; negators: ReadonlySet<string> };
  /** trigger words read in a sense that reports no act (idle-senses.ts) */
  idleSenses: {
    forceMarch: { patterns: ReadonlySet<string>; forces: ReadonlySet<string>; skip: ReadonlySet<string> };
    /** the verbs of ending, each a phrase of one to three words */
    endedMediation: { nouns: ReadonlySet<string>; verbs: ReadonlySet<string> };
    without: { words: ReadonlySet<string>; skip: ReadonlySet<string> };
    seizedOn: { patterns: ReadonlySet<string>; particles: ReadonlySet<string>; notAfter: ReadonlySet<string> };
    riskThreat: { patterns: ReadonlySet<string>; infinitives: ReadonlySet<string> };
  };
  /** "appeal to a bloc of voters": an audience, not a party */
  audienceNouns: ReadonlySet<string>;
  /** "Canada's sanctions will target": a hostile verb whose doer is a measure */
  policySubjects: ReadonlySet<string>;
  /** nouns of words whose verb of force is criticism ('criticism targeting the army'; senses.ts subjectSense) */
  wordSubjects: ReadonlySet<string>;
  /** modifiers of an act noun that name doers other than a quote's speaker ('Western support') */
  otherDoers: ReadonlySet<string>;
  /** nouns of support whose giving is words, not aid ('gave his support to'; senses.ts supportGift) */
  supportGifts: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** "agree with the goals": a shared view; dealWords after the partner make it an agreement */
  agreeVerbs: ReadonlySet<string>;
  agreeDealWords: ReadonlySet<string>;
  /** "pledged to bolster its arsenal unless Washington scraps": a commitment on another's condition is a threat */
  /** "insisted that Ukraine withdraw": a demand put in the mandative subjunctive */
  mandativeVerbs: ReadonlySet<string>;
  mandativeNouns: ReadonlySet<string>;
  mandativeOwners: ReadonlySet<string>;
  mandativeModals: ReadonlySet<string>;
  threatCommitments: ReadonlySet<string>;
  threatFutures: ReadonlySet<string>;
  /** "said it could cut off gas if ...": a possibility the doer states on a condition */
  threatPossibilities: ReadonlySet<string>;
  threatConditions: ReadonlySet<string>;
  /** "said it would retaliate if ...", "vowed to fight until ...": conditions that need a hostile act (`threatHarms`) to threaten */
  threatHarmConditions: ReadonlySet<string>;
  threatHarms: ReadonlySet<string>;
  /** "would halt its strikes if ...": objects that make halting an offer, not a threat */
  threatLightVerbs: ReadonlySet<string>;
  threatHarmNouns: ReadonlySet<string>;
  threatOfferWords: ReadonlySet<string>;
  threatPledgeFutures: ReadonlySet<string>;
  threatCeasing: ReadonlySet<string>;
  threatCeasedObjects: ReadonlySet<string>;
  /** "unless the president steps down": an office a condition names in place of a party (conditional-threats.ts) */
  threatOffices: ReadonlySet<string>;
  /** "gave Syria 48 hours to withdraw", "set a deadline for Iraq to disarm" (ultimatums.ts) */
  /** "said it will no longer tolerate provocations by Taiwan" (ended-tolerance.ts) */
  endedTolerance: { futures: ReadonlySet<string>; negators: ReadonlySet<string>; verbs: ReadonlySet<string>; phrasalVerbs: ReadonlyMap<string, readonly string[]>; doerPrepositions: ReadonlySet<string>; organs: ReadonlySet<string> };
  /** "vowed to crush the insurgents", "pledged to drive Russian forces out" (vowed-fights.ts); verbs: verb → the particles it may need, "" for none */
  vowedFights: { commitments: ReadonlySet<string>; continuers: ReadonlySet<string>; verbs: ReadonlyMap<string, readonly string[]>; enemyPrepositions: ReadonlySet<string>; clauseEnds: ReadonlySet<string>; gameWords: ReadonlySet<string> };
  /** "said it would respond firmly to any Israeli attack" (vowed-responses.ts); verbs may be phrases ("hit back") */
  vowedResponses: { verbs: readonly string[]; nouns: ReadonlySet<string>; futures: ReadonlySet<string>; commitments: ReadonlySet<string>; prepositions: ReadonlySet<string>; anyWords: ReadonlySet<string>; moves: ReadonlySet<string>; makerPrepositions: ReadonlySet<string> };
  /** "will withdraw its forces if Yerevan asks": a condition of asking or need, an offer (asked-conditions.ts) */
  askedConditions: ReadonlySet<string>;
  /** words of the other side's own withdrawal in a condition ('if the Iranians would agree to leave'; asked-conditions.ts reciprocalCondition) */
  reciprocalConditions: ReadonlySet<string>;
  ownVoiceNouns: ReadonlySet<string>;
  ultimatums: { giveVerbs: ReadonlySet<string>; setVerbs: ReadonlySet<string>; deadlineNouns: ReadonlySet<string>; timeUnits: ReadonlySet<string>; passives: ReadonlySet<string> };
  linkPrefixes: PhraseIndex<true>;
  discards: PhraseIndex<Discard>;
}

export function readEventSenses(file: string, read: DataReader = readDataFile): EventSensesData {
  return read(file, eventSensesFile);
}

const words = (p: string) => p.split(" ");

/** Phrases read backwards from their last word: the frame that ends right before a verb. */
export type FrameIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function frameIndex(phrases: string[]): FrameIndex {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const w = words(p);
    const last = w[w.length - 1];
    index.set(last, [...(index.get(last) ?? []), w]);
  }
  return index;
}

/** The sense lexicon from event-senses.json, with the lexicon's count and time words (`counting`) the stage reads too. */
export function compileEventSenses(data: EventSensesData, counting: CountAndTimeWords): SenseLexicon {
  const pendingConditions = new PhraseIndex<true>();
  for (const p of data.status.pendingConditions) pendingConditions.add(words(p), true);
  const linkPrefixes = new PhraseIndex<true>();
  for (const p of data.linkPrefixes) linkPrefixes.add(words(p), true);
  const discards = new PhraseIndex<Discard>();
  for (const d of data.discards) discards.add(words(d.phrase), d);
  const futureTimes = new PhraseIndex<true>();
  for (const p of data.status.futureTimes) futureTimes.add(words(p), true);
  const forgoVerbs = new PhraseIndex<true>();
  for (const p of data.senses.forgoVerbs) forgoVerbs.add(words(p), true);
  const abandonVerbs = new PhraseIndex<true>();
  for (const p of data.senses.abandonVerbs) abandonVerbs.add(words(p), true);
  const cancelVerbs = new PhraseIndex<true>();
  for (const p of data.senses.cancelVerbs) cancelVerbs.add(words(p), true);
  const figurativeMeans = new PhraseIndex<true>();
  for (const p of data.senses.figurativeMeans.phrases) figurativeMeans.add(words(p), true);
  const listIntroducers = new PhraseIndex<true>();
  for (const p of data.senses.listIntroducers) listIntroducers.add(words(p), true);
  const quantityPhrases = new PhraseIndex<true>();
  for (const p of data.senses.quantityPhrases) quantityPhrases.add(words(p), true);
  const rankIndex = new PhraseIndex<true>();
  for (const p of data.status.rankedInfinitives.ranks) rankIndex.add(words(p), true);
  const laterOpens = new PhraseIndex<true>();
  for (const p of data.status.laterConditions.opens) laterOpens.add(words(p), true);
  const laterIdioms = new PhraseIndex<true>();
  for (const p of data.status.laterConditions.idioms) laterIdioms.add(words(p), true);
  const abilityWords = new PhraseIndex<true>();
  for (const p of data.status.abilities.words) abilityWords.add(words(p), true);
  const accomplishedGovernors = new PhraseIndex<true>();
  for (const p of data.status.accomplishedGovernors) accomplishedGovernors.add(words(p), true);
  const conditionalPhrases = new PhraseIndex<true>();
  // ("in the run-up to": the tokenizer splits a hyphen off into a token of its own)
  const hyphenWords = (p: string) => p.replace(/-/g, " - ").split(/\s+/);
  for (const p of data.status.conditionalPhrases) conditionalPhrases.add(hyphenWords(p), true);
  const precedencePhrases = new PhraseIndex<true>();
  for (const p of data.status.precedencePhrases) precedencePhrases.add(hyphenWords(p), true);
  const pastTimes = new PhraseIndex<true>();
  for (const p of data.status.pastTimes) pastTimes.add(words(p), true);
  const nounStatus = new Map<string, "planned" | "hypothetical" | "claimed" | "ongoing">();
  for (const g of data.status.nounStatus) for (const w of g.words) nounStatus.set(w, g.status);
  return {
    conditions: new Set(data.status.conditions),
    pendingConditions: pendingConditions.seal(),
    durativeConditions: new Set(data.status.durativeConditions),
    continuingVerbs: new Set(data.status.continuingVerbs),
    nounStatus,
    nounNegators: new Set(data.status.nounNegators),
    schedulePredicates: new Set(data.status.schedulePredicates),
    topicPredicates: new Set(data.status.topicPredicates),
    carrierVerbs: new Set(data.status.carrierVerbs),
    aspectVerbs: new Set(data.status.aspectVerbs),
    purposeMotions: new Set(data.status.purposeMotions),
    journeyVerbs: { verbs: new Set(data.status.journeyVerbs.verbs), nouns: new Set(data.status.journeyVerbs.nouns) },
    meetingVerbs: { verbs: new Set(data.status.meetingVerbs.verbs), nouns: new Set(data.status.meetingVerbs.nouns) },
    timeClauses: { openers: new Set(data.status.timeClauses.openers), notAfter: new Set(data.status.timeClauses.notAfter), auxiliaries: new Set(data.status.timeClauses.auxiliaries) },
    futureTimes: futureTimes.seal(),
    recordNouns: new Set(data.status.recordNouns),
    prospectNouns: new Set(data.status.prospectNouns),
    goalNouns: new Set(data.status.goalNouns),
    backshiftedStances: { pronouns: new Set(data.status.backshiftedStances.pronouns), reportingVerbs: new Set(data.status.backshiftedStances.reportingVerbs) },
    votes: { verbs: new Set(data.status.votes.verbs), notPast: new Set(data.status.votes.notPast), types: new Set(data.status.votes.types), approvals: new Set(data.status.votes.approvals) },
    realisedPredicates: phraseIndexOf(data.status.realisedPredicates),
    consequences: {
      verbs: byLastWord(data.status.consequences.verbs),
      modals: new Set(data.status.consequences.modals),
      predictors: new Set(data.status.consequences.predictors),
      riskVerbs: new Set(data.status.consequences.riskVerbs),
    },
    deliberationVerbs: new Set(data.status.deliberationVerbs),
    hearsayAdverbs: new Set(data.status.hearsayAdverbs),
    history: { minYearsBack: data.status.history.minYearsBack },
    asides: { relatives: new Set(data.status.asides.relatives), continuations: new Set(data.status.asides.continuations) },
    questions: {
      yesNoOpeners: new Set(data.status.questions.yesNoOpeners),
      presupposing: new Set(data.status.questions.presupposing),
      supposing: new Set(data.status.questions.supposing),
      definite: new Set(data.status.questions.definite),
    },
    portrayalVerbs: new Set(data.status.portrayalVerbs),
    claimVerbs: new Set(data.status.claimVerbs),
    invertedConditions: new Set(data.status.invertedConditions),
    assignVerbs: new Set(data.status.assignVerbs),
    rankedInfinitives: { ranks: rankIndex.seal() },
    laterConditions: {
      opens: laterOpens.seal(),
      notAfter: new Set(data.status.laterConditions.notAfter),
      notBefore: new Set(data.status.laterConditions.notBefore),
      questionVerbs: new Set(data.status.laterConditions.questionVerbs),
      idioms: laterIdioms.seal(),
    },
    accomplishedGovernors: accomplishedGovernors.seal(),
    conditionalPhrases: conditionalPhrases.seal(),
    precedencePhrases: precedencePhrases.seal(),
    disinclinations: new Set(data.status.disinclinations),
    inclinations: new Set(data.status.inclinations),
    abilities: { words: abilityWords.seal(), forAdjectives: new Set(data.status.abilities.forAdjectives), managed: new Set(data.status.abilities.managed), judgements: new Set(data.status.abilities.judgements) },
    announcementNouns: new Set(data.status.announcementNouns),
    affectVerbs: new Set(data.status.affectVerbs),
    pastTimes: pastTimes.seal(),
    pledgeDocuments: new Set(data.status.pledgeDocuments),
    unasserted: {
      negators: new Set(data.status.unasserted.negators),
      heads: new Set(data.status.unasserted.heads),
      denials: new Set(data.status.unasserted.denials),
      reportNouns: new Set(data.status.unasserted.reportNouns),
    },
    forgoVerbs: forgoVerbs.seal(),
    wordBarrage: { verbs: new Set(data.senses.wordBarrage.verbs), means: new Set(data.senses.wordBarrage.means) },
    supportedActs: { patterns: new Set(data.senses.supportedActs.patterns), nouns: new Set(data.senses.supportedActs.nouns) },
    verbalAttacks: {
      triggers: new Set(data.senses.verbalAttacks.triggers), modifiers: new Set(data.senses.verbalAttacks.modifiers), venues: new Set(data.senses.verbalAttacks.venues),
      wordParticiples: new Set(data.senses.verbalAttacks.wordParticiples), namingParticiples: new Set(data.senses.verbalAttacks.namingParticiples), wordGrounds: new Set(data.senses.verbalAttacks.wordGrounds),
    },
    floorCalls: { patterns: new Set(data.senses.floorCalls.patterns), objects: new Set(data.senses.floorCalls.objects) },
    objectlessSenses: new Set(data.senses.objectlessSenses),
    airVenues: { patterns: new Set(data.senses.airVenues.patterns), nouns: new Set(data.senses.airVenues.nouns) },
    counterfactualModals: new Set(data.senses.counterfactualModals),
    resultNouns: { nouns: new Set(data.senses.resultNouns.nouns), measures: new Set(data.senses.resultNouns.measures) },
    abandonVerbs: abandonVerbs.seal(),
    designedThings: { participles: new Set(data.senses.designedThings.participles), thingOnly: new Set(data.senses.designedThings.thingOnly), things: new Set(data.senses.designedThings.things) },
    evacuees: { nouns: new Set(data.senses.evacuees.nouns), orders: new Set(data.senses.evacuees.orders) },
    cancelVerbs: cancelVerbs.seal(),
    spreadPlaces: { preps: [...data.senses.spreadPlaces.preps], objects: new Set(data.senses.spreadPlaces.objects), types: new Set(data.senses.spreadPlaces.types) },
    nearMisses: { gerundFrames: frameIndex(data.senses.nearMisses.gerundFrames), infinitiveFrames: frameIndex(data.senses.nearMisses.infinitiveFrames), negators: new Set(data.senses.nearMisses.negators) },
    calledOffPlans: { nouns: new Set(data.senses.calledOffPlans.nouns), anaphors: new Set(data.senses.calledOffPlans.anaphors), contrasts: new Set(data.senses.calledOffPlans.contrasts) },
    fearVerbs: new Set(data.senses.fearVerbs),
    attemptNouns: new Set(data.senses.attemptNouns),
    armedBacking: new Set(data.senses.armedBacking),
    attemptVerbs: new Set(data.senses.attemptVerbs),
    tryVerbs: new Set(data.senses.tryVerbs),
    warnAgainstVerbs: new Set(data.senses.warnAgainstVerbs),
    topicVerbs: new Set(data.senses.topicVerbs),
    abstractHeads: new Set(data.senses.abstractHeads),
    quantityPhrases: quantityPhrases.seal(),
    timePhrases: counting.timePhrases,
    numberWords: counting.numberWords,
    countNouns: counting.countNouns,
    holderParticiples: new Set(data.senses.holderParticiples),
    backerParticiples: new Set(data.senses.backerParticiples),
    jointPledges: { words: new Set(data.senses.jointPledges.words), lightVerbs: new Set(data.senses.jointPledges.lightVerbs), mutual: new Set(data.senses.jointPledges.mutual) },
    namedVenues: { nouns: new Set(data.senses.namedVenues.nouns) },
    hostedBodies: new Set(data.senses.hostedBodies),
    topics: { nouns: new Set(data.senses.topics.nouns), placeNouns: new Set(data.senses.topics.placeNouns), preps: new Set(data.senses.topics.preps), types: new Set(data.senses.topics.types) },
    devotionNouns: new Set(data.senses.devotionNouns),
    selfMotionVerbs: new Set(data.senses.selfMotionVerbs),
    publicProtest: { doers: new Set(data.senses.publicProtest.doers), patterns: new Set(data.senses.publicProtest.patterns) },
    allegingVerbs: new Set(data.senses.allegingVerbs),
    proposalNouns: new Set(data.senses.proposalNouns),
    complaintNouns: new Set(data.senses.complaintNouns),
    refusalVerbs: new Set(data.senses.refusalVerbs),
    refusedComment: { verbs: new Set(data.senses.refusedComment.verbs), nouns: new Set(data.senses.refusedComment.nouns) },
    forumProtection: { verbs: new Set(data.senses.forumProtection.verbs), preps: new Set(data.senses.forumProtection.preps), forums: phraseIndexOf(data.senses.forumProtection.forums) },
    negation: {
      openers: new Set(data.senses.negation.openers),
      focus: new Set(data.senses.negation.focus),
      obligations: new Set(data.senses.negation.obligations),
      assurances: new Set(data.senses.negation.assurances),
      fronted: phraseIndexOf(data.senses.negation.fronted),
      frontedUndo: new Set(data.senses.negation.frontedUndo),
      additive: new Set(data.senses.negation.additive),
    },
    reluctance: { words: new Set(data.senses.reluctance.words), pending: new Set(data.senses.reluctance.pending), nouns: new Set(data.senses.reluctance.nouns), gerundPreps: new Set(data.senses.reluctance.gerundPreps) },
    offers: { cues: new Set(data.senses.offers.cues), chain: new Set(data.senses.offers.chain), types: new Set(data.senses.offers.types), cameos: new Set(data.senses.offers.cameos), hosting: new Set(data.senses.offers.hosting) },
    capability: { infinitive: new Set(data.senses.capability.infinitive), gerund: new Set(data.senses.capability.gerund), presentBe: new Set(data.senses.capability.presentBe), means: new Set(data.senses.capability.means), needed: new Set(data.senses.capability.needed) },
    victimParticiples: new Set(data.senses.victimParticiples),
    attackNouns: { heads: new Set(data.senses.attackNouns.heads), weapons: new Set(data.senses.attackNouns.weapons) },
    admissionVerbs: new Set(data.senses.admissionVerbs),
    heldAbroad: { patterns: new Set(data.senses.heldAbroad.patterns), fromPatterns: new Set(data.senses.heldAbroad.fromPatterns), preps: [...data.senses.heldAbroad.preps] },
    aidContainers: new Set(data.senses.aidContainers),
    sentRelatives: { things: new Set(data.senses.sentRelatives.things), aid: new Set(data.senses.sentRelatives.aid), verbs: new Set(data.senses.sentRelatives.verbs) },
    releasedHeld: { patterns: new Set(data.senses.releasedHeld.patterns), participles: new Set(data.senses.releasedHeld.participles), custody: new Set(data.senses.releasedHeld.custody) },
    pressedRefusals: { concessives: new Set(data.senses.pressedRefusals.concessives), pressNouns: new Set(data.senses.pressedRefusals.pressNouns), agentPreps: new Set(data.senses.pressedRefusals.agentPreps), silentActs: new Set(data.senses.pressedRefusals.silentActs), gerundVerbs: new Set(data.senses.pressedRefusals.gerundVerbs) },
    inspectedPlaces: { patterns: new Set(data.senses.inspectedPlaces.patterns), preps: new Set(data.senses.inspectedPlaces.preps) },
    breachedMeasures: { patterns: new Set(data.senses.breachedMeasures.patterns), measures: new Set(data.senses.breachedMeasures.measures), preps: new Set(data.senses.breachedMeasures.preps) },
    objectMakers: {
      defied: makerWords(data.senses.objectMakers.defied),
      suppressed: makerWords(data.senses.objectMakers.suppressed),
      accepted: { ...makerWords(data.senses.objectMakers.accepted), disputes: new Set(data.senses.objectMakers.accepted.disputes), disputePreps: new Set(data.senses.objectMakers.accepted.disputePreps), partyNouns: new Set(data.senses.objectMakers.accepted.partyNouns) },
    },
    sanctionAims: { measures: new Set(data.senses.sanctionAims.measures), imposers: new Set(data.senses.sanctionAims.imposers) },
    namedMeasures: { nouns: new Set(data.senses.namedMeasures.nouns), heads: new Set(data.senses.namedMeasures.heads) },
    measureRounds: { nouns: new Set(data.senses.measureRounds.nouns), containers: new Set(data.senses.measureRounds.containers) },
    investigatedHarms: { cameos: new Set(data.senses.investigatedHarms.cameos), nouns: new Set(data.senses.investigatedHarms.nouns), ofWords: new Set(data.senses.investigatedHarms.ofWords), agentWords: new Set(data.senses.investigatedHarms.agentWords) },
    reporterAsides: new Set(data.senses.reporterAsides),
    deniedClaims: { verbs: new Set(data.senses.deniedClaims.verbs), types: new Set(data.senses.deniedClaims.types), complementizers: new Set(data.senses.deniedClaims.complementizers) },
    advisedFolk: { verbs: new Set(data.senses.advisedFolk.verbs), types: new Set(data.senses.advisedFolk.types), demonyms: new Set(data.senses.advisedFolk.demonyms) },
    ownFolk: { nouns: new Set(data.senses.ownFolk.nouns), types: new Set(data.senses.ownFolk.types) },
    expectVerbs: new Set(data.senses.expectVerbs),
    heldBy: { participles: new Set(data.senses.heldBy.participles), types: new Set(data.senses.heldBy.types) },
    tradeFlows: tradeFlowMap(data.senses.tradeFlows),
    wantVerbs: new Set(data.senses.wantVerbs),
    pleaNouns: new Set(data.senses.pleaNouns),
    reinforcedAllies: { verbs: new Set(data.senses.reinforcedAllies.verbs), forces: new Set(data.senses.reinforcedAllies.forces) },
    possessedAppeals: { nouns: new Set(data.senses.possessedAppeals.nouns), particles: new Set(data.senses.possessedAppeals.particles) },
    capturedFrom: new Set(data.senses.capturedFrom),
    retakenGround: { infinitives: new Set(data.senses.retakenGround.infinitives) },
    helpedBy: { nouns: new Set(data.senses.helpedBy.nouns), materialNouns: new Set(data.senses.helpedBy.materialNouns), modifiers: new Set(data.senses.helpedBy.modifiers) },
    jointPartners: { nouns: new Set(data.senses.jointPartners.nouns), modifiers: new Set(data.senses.jointPartners.modifiers), nounsAfter: new Map(Object.entries(data.senses.jointPartners.nounsAfter).map(([k, v]) => [k, new Set(v)])) },
    namedSides: { heads: new Set(data.senses.namedSides.heads), collectives: new Map(Object.entries(data.senses.namedSides.collectives)) },
    locatedHolders: { nouns: new Set(data.senses.locatedHolders.nouns), participles: new Set(data.senses.locatedHolders.participles) },
    figurativeMeans: figurativeMeans.seal(),
    firmSellers: { patterns: new Set(data.senses.firmSellers.patterns), nouns: new Set(data.senses.firmSellers.nouns) },
    verbalHelp: { verbs: new Set(data.senses.verbalHelp.verbs), supportVerbs: new Set(data.senses.verbalHelp.supportVerbs), causes: new Set(data.senses.verbalHelp.causes) },
    spokenAudience: { verbs: new Set(data.senses.spokenAudience.verbs), nouns: new Set(data.senses.spokenAudience.nouns) },
    armsSales: { patterns: new Set(data.senses.armsSales.patterns), arms: new Set(data.senses.armsSales.arms), authorizeVerbs: new Set(data.senses.armsSales.authorizeVerbs), sales: new Set(data.senses.armsSales.sales) },
    helpedObjects: { verbs: new Set(data.senses.helpedObjects.verbs), infinitiveVerbs: new Set(data.senses.helpedObjects.infinitiveVerbs), quantities: new Set(data.senses.helpedObjects.quantities) },
    displacedPeople: (({ aidPatterns, openingPatterns, openedThings, openedTo, nouns, flight, origin, ownPeople }) => ({ aidPatterns: new Set(aidPatterns), openingPatterns: new Set(openingPatterns), openedThings: new Set(openedThings), openedTo: new Set(openedTo), nouns: new Set(nouns), flight: new Set(flight), origin: new Set(origin), ownPeople: new Set(ownPeople) }))(data.senses.displacedPeople),
    arrestCharges: { verbs: new Set(data.senses.arrestCharges.verbs), preps: new Set(data.senses.arrestCharges.preps), nouns: new Set(data.senses.arrestCharges.nouns), crimePreps: new Set(data.senses.arrestCharges.crimePreps), crimes: new Set(data.senses.arrestCharges.crimes) },
    orderVerbs: new Set(data.senses.orderVerbs),
    permissionVerbs: new Set(data.senses.permissionVerbs),
    leaveVerbs: new Set(data.senses.leaveVerbs),
    reciprocals: new Set(data.senses.reciprocals),
    affairPlaces: { types: new Set(data.senses.affairPlaces.types), preps: new Set(data.senses.affairPlaces.preps) },
    namedMembers: { modifiers: new Set(data.senses.namedMembers.modifiers), heads: new Set(data.senses.namedMembers.heads), separators: new Set(data.senses.namedMembers.separators) },
    comitatives: new Set(data.senses.comitatives),
    partitiveRelatives: { quantifiers: new Set(data.senses.partitiveRelatives.quantifiers), pronouns: new Set(data.senses.partitiveRelatives.pronouns), ownForceVerbs: new Set(data.senses.partitiveRelatives.ownForceVerbs) },
    fightsBetween: { nouns: new Set(data.senses.fightsBetween.nouns), modifiers: new Set(data.senses.fightsBetween.modifiers), prospects: new Set(data.senses.fightsBetween.prospects) },
    responseVerbs: new Set(data.senses.responseVerbs),
    ownPeople: { patterns: new Set(data.senses.ownPeople.patterns), objects: new Set(data.senses.ownPeople.objects), placePreps: new Set(data.senses.ownPeople.placePreps), timeWords: new Set(data.senses.ownPeople.timeWords) },
    journeyTalks: { verbs: new Set(data.senses.journeyTalks.verbs), nouns: new Set(data.senses.journeyTalks.nouns) },
    writtenRequests: (({ documents, sendVerbs, writeVerbs, timeWords }) => ({ documents: new Set(documents), sendVerbs: new Set(sendVerbs), writeVerbs: new Set(writeVerbs), timeWords: new Set(timeWords) }))(data.senses.writtenRequests),
    arrivals: (({ patterns, peacekeeping, forces, things, relief, travellers, reliefModifiers, teams, lands }) => ({ patterns: new Set(patterns), peacekeeping: new Set(peacekeeping), forces: new Set(forces), things: new Set(things), relief: new Set(relief), travellers: new Set(travellers), reliefModifiers: new Set(reliefModifiers), teams: new Set(teams), lands: new Set(lands) }))(data.senses.arrivals),
    qualifiedThings: new Set(data.senses.qualifiedThings),
    durationNouns: new Set(data.senses.durationNouns),
    receivedJudgements: new Set(data.senses.receivedJudgements),
    repelledForces: { verbs: new Set(data.senses.repelledForces.verbs), forces: new Set(data.senses.repelledForces.forces), away: new Set(data.senses.repelledForces.away) },
    farAccusers: { types: new Set(data.senses.farAccusers.types), complementPreps: new Set(data.senses.farAccusers.complementPreps), stops: new Set(data.senses.farAccusers.stops), window: data.senses.farAccusers.window },
    custodyHarms: { nouns: new Set(data.senses.custodyHarms.nouns), preps: new Set(data.senses.custodyHarms.preps), harmVerbs: new Set(data.senses.custodyHarms.harmVerbs), deathWords: new Set(data.senses.custodyHarms.deathWords), tortureWords: new Set(data.senses.custodyHarms.tortureWords), naturalCauses: new Set(data.senses.custodyHarms.naturalCauses) },
    expulsions: { outVerbs: new Set(data.senses.expulsions.outVerbs), orderVerbs: new Set(data.senses.expulsions.orderVerbs), leaveVerbs: new Set(data.senses.expulsions.leaveVerbs), spans: new Set(data.senses.expulsions.spans), places: new Set(data.senses.expulsions.places), sanctionHeads: new Set(data.senses.expulsions.sanctionHeads), forces: new Set(data.senses.expulsions.forces), timeWords: new Set(data.senses.expulsions.timeWords) },
    builtForces: { verbs: new Set(data.senses.builtForces.verbs), forces: new Set(data.senses.builtForces.forces), purposes: new Set(data.senses.builtForces.purposes), types: new Set(data.senses.builtForces.types), placePreps: new Set(data.senses.builtForces.placePreps) },
    preparedAttacks: { verbs: new Set(data.senses.preparedAttacks.verbs), be: new Set(data.senses.preparedAttacks.be), types: new Set(data.senses.preparedAttacks.types), conditions: new Set(data.senses.preparedAttacks.conditions), lightVerbs: new Set(data.senses.preparedAttacks.lightVerbs), braceVerbs: new Set(data.senses.preparedAttacks.braceVerbs), nouns: new Set(data.senses.preparedAttacks.nouns) },
    massedForces: { moving: new Set(data.senses.massedForces.moving), forces: new Set(data.senses.massedForces.forces), aux: new Set(data.senses.massedForces.aux), preps: [...data.senses.massedForces.preps], sides: new Set(data.senses.massedForces.sides), advancing: new Set(data.senses.massedForces.advancing), advancePreps: [...data.senses.massedForces.advancePreps], notAdvancers: new Set(data.senses.massedForces.notAdvancers), placeNouns: new Set(data.senses.massedForces.placeNouns), nearness: new Set(data.senses.massedForces.nearness), holders: new Set(data.senses.massedForces.holders) },
    suppliedArms: { supplying: new Set(data.senses.suppliedArms.supplying), making: new Set(data.senses.suppliedArms.making), weapons: new Set(data.senses.suppliedArms.weapons), usingVerbs: new Set(data.senses.suppliedArms.usingVerbs) },
    materielNouns: new Map(data.senses.materielNouns.flatMap((g) => g.words.map((w) => [w, g.cameo] as const))),
    materialMeans: new Map(data.senses.materialMeans.flatMap((g) => g.words.map((w) => [w, g.cameo] as const))),
    defenceActs: new Set(data.senses.defenceActs),
    nominalDeterminers: new Set(data.senses.nominalDeterminers),
    beliefVerbs: new Set(data.senses.beliefVerbs),
    noEffort: { verbs: new Set(data.senses.noEffort.verbs), objects: new Set(data.senses.noEffort.objects), negators: new Set(data.senses.noEffort.negators) },
    idleSenses: {
      forceMarch: { patterns: new Set(data.senses.idleSenses.forceMarch.patterns), forces: new Set(data.senses.idleSenses.forceMarch.forces), skip: new Set(data.senses.idleSenses.forceMarch.skip) },
      endedMediation: { nouns: new Set(data.senses.idleSenses.endedMediation.nouns), verbs: new Set(data.senses.idleSenses.endedMediation.verbs) },
      without: { words: new Set(data.senses.idleSenses.without.words), skip: new Set(data.senses.idleSenses.without.skip) },
      seizedOn: { patterns: new Set(data.senses.idleSenses.seizedOn.patterns), particles: new Set(data.senses.idleSenses.seizedOn.particles), notAfter: new Set(data.senses.idleSenses.seizedOn.notAfter) },
      riskThreat: { patterns: new Set(data.senses.idleSenses.riskThreat.patterns), infinitives: new Set(data.senses.idleSenses.riskThreat.infinitives) },
    },
    materialSupport: new Map(data.senses.materialSupport.flatMap((g) => g.words.map((w) => [w, g.cameo] as const))),
    askVerbs: new Set(data.senses.askVerbs),
    seekVerbs: new Set(data.senses.seekVerbs),
    warnAbout: { verbs: new Set(data.senses.warnAbout.verbs), preps: new Set(data.senses.warnAbout.preps) },
    questionComplements: new Set(data.senses.questionComplements),
    decisionVerbs: new Set(data.senses.decisionVerbs),
    roleNouns: new Set(data.senses.roleNouns),
    measureHeads: new Set(data.senses.measureHeads),
    planNouns: new Set(data.senses.planNouns),
    rightNouns: new Set(data.senses.rightNouns),
    intentNouns: new Set(data.senses.intentNouns),
    ownStateNouns: new Set(data.senses.ownStateNouns),
    personCountHeads: new Set(data.senses.personCountHeads),
    partyNouns: new Set(data.senses.partyNouns),
    collectiveSubjects: new Set(data.senses.collectiveSubjects),
    weaponSubjects: new Set(data.senses.weaponSubjects),
    weaponBlasts: new Set(data.senses.weaponBlasts.words),
    accidentBlasts: new Set(data.senses.weaponBlasts.accidents),
    accidentHeads: new Map(Object.entries(data.senses.weaponBlasts.accidentHeads).map(([w, heads]) => [w, new Set(heads)] as const)),
    relationNouns: new Set(data.senses.relationNouns),
    raisingVerbs: new Set(data.senses.raisingVerbs),
    leaderParticiples: new Set(data.senses.leaderParticiples),
    unitNouns: new Set(data.senses.unitNouns),
    listIntroducers: listIntroducers.seal(),
    threatNouns: new Set(data.senses.threatNouns),
    threatVerbs: new Set(data.senses.threatVerbs),
    threatFulfilment: new Set(data.senses.threatFulfilment),
    intentNegators: new Set(data.senses.intentNegators),
    holding: new Set(data.senses.holding),
    subjectiveDeterminers: new Set(data.senses.subjectiveDeterminers),
    preventVerbs: new Set(data.senses.preventVerbs),
    ceaseVerbs: new Set(data.senses.ceaseVerbs),
    receptionPatterns: new Set(data.senses.receptionPatterns),
    audienceNouns: new Set(data.senses.audienceNouns),
    policySubjects: new Set(data.senses.policySubjects),
    wordSubjects: new Set(data.senses.wordSubjects),
    otherDoers: new Set(data.senses.otherDoers),
    supportGifts: { verbs: new Set(data.senses.supportGifts.verbs), nouns: new Set(data.senses.supportGifts.nouns) },
    agreeVerbs: new Set(data.senses.opinionAgree.verbs),
    agreeDealWords: new Set(data.senses.opinionAgree.dealWords),
    mandativeVerbs: new Set(data.senses.mandative.verbs),
    mandativeNouns: new Set(data.senses.mandative.nouns),
    mandativeOwners: new Set(data.senses.mandative.owners),
    mandativeModals: new Set(data.senses.mandative.modals),
    threatCommitments: new Set(data.senses.conditionalThreats.commitments),
    threatFutures: new Set(data.senses.conditionalThreats.futures),
    threatPossibilities: new Set(data.senses.conditionalThreats.possibilities),
    threatConditions: new Set(data.senses.conditionalThreats.conditions),
    threatHarmConditions: new Set(data.senses.conditionalThreats.harmConditions),
    threatHarms: new Set(data.senses.conditionalThreats.harms),
    threatLightVerbs: new Set(data.senses.conditionalThreats.lightVerbs),
    threatHarmNouns: new Set(data.senses.conditionalThreats.harmNouns),
    threatOfferWords: new Set(data.senses.conditionalThreats.offerWords),
    threatPledgeFutures: new Set(data.senses.conditionalThreats.pledgeFutures),
    threatCeasing: new Set(data.senses.conditionalThreats.ceasing),
    threatCeasedObjects: new Set(data.senses.conditionalThreats.ceasedObjects),
    threatOffices: new Set(data.senses.conditionalThreats.offices),
    endedTolerance: {
      futures: new Set(data.senses.endedTolerance.futures),
      negators: new Set(data.senses.endedTolerance.negators),
      verbs: new Set(data.senses.endedTolerance.verbs),
      // "stand for" → stand: ["for"]
      phrasalVerbs: new Map(data.senses.endedTolerance.phrasalVerbs.map((p) => { const [head, ...rest] = p.split(" "); return [head, rest] as const; })),
      doerPrepositions: new Set(data.senses.endedTolerance.doerPrepositions),
      organs: new Set(data.senses.endedTolerance.organs),
    },
    vowedFights: {
      commitments: new Set(data.senses.vowedFights.commitments),
      continuers: new Set(data.senses.vowedFights.continuers),
      // "drive out" → drive: "out"; "crush" → crush: ""
      // ("take back", "take revenge": one head, each particle it may take)
      verbs: data.senses.vowedFights.verbs.reduce((m, p) => { const [head, particle = ""] = p.split(" "); m.set(head, [...(m.get(head) ?? []), particle]); return m; }, new Map<string, string[]>()),
      enemyPrepositions: new Set(data.senses.vowedFights.enemyPrepositions),
      clauseEnds: new Set(data.senses.vowedFights.clauseEnds),
      gameWords: new Set(data.senses.vowedFights.gameWords),
    },
    vowedResponses: {
      verbs: [...data.senses.vowedResponses.verbs],
      nouns: new Set(data.senses.vowedResponses.nouns),
      futures: new Set(data.senses.vowedResponses.futures),
      commitments: new Set(data.senses.vowedResponses.commitments),
      prepositions: new Set(data.senses.vowedResponses.prepositions),
      anyWords: new Set(data.senses.vowedResponses.anyWords),
      moves: new Set(data.senses.vowedResponses.moves),
      makerPrepositions: new Set(data.senses.vowedResponses.makerPrepositions),
    },
    askedConditions: new Set(data.senses.askedConditions),
    reciprocalConditions: new Set(data.senses.reciprocalConditions),
    ownVoiceNouns: new Set(data.senses.ownVoiceNouns),
    ultimatums: {
      giveVerbs: new Set(data.senses.ultimatums.giveVerbs),
      setVerbs: new Set(data.senses.ultimatums.setVerbs),
      deadlineNouns: new Set(data.senses.ultimatums.deadlineNouns),
      timeUnits: new Set(data.senses.ultimatums.timeUnits),
      passives: new Set(data.senses.ultimatums.passives),
    },
    linkPrefixes: linkPrefixes.seal(),
    discards: discards.seal(),
  };
}

/** flow nouns by the preposition that names their far end: {to: ["exports"], from: ["imports"]} -> exports -> [to] */
function tradeFlowMap(flows: { to: string[]; from: string[]; with: string[] }): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const prep of ["to", "from", "with"] as const) for (const w of flows[prep]) out.set(w, [...(out.get(w) ?? []), prep]);
  return out;
}

/** The word sets of one kind of object maker (objectMakers.defied, objectMakers.accepted). */
function makerWords(d: { patterns: string[]; nouns: string[]; ofNouns: string[]; participles: string[]; preps: string[] }) {
  return { patterns: new Set(d.patterns), nouns: new Set(d.nouns), ofNouns: new Set(d.ofNouns), participles: new Set(d.participles), preps: new Set(d.preps) };
}

/** Phrases keyed by their last word, each with the words before it ("lead to" under "to": ["lead"]). */
function byLastWord(phrases: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(" ");
    const last = words.pop()!;
    const list = out.get(last) ?? [];
    list.push(words);
    out.set(last, list);
  }
  return out;
}

/** A phrase index of lower-case phrases. */
function phraseIndexOf(phrases: readonly string[]): PhraseIndex<true> {
  const ix = new PhraseIndex<true>();
  for (const p of phrases) ix.add(words(p), true);
  return ix.seal();
}
