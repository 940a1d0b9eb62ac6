// The one place that wires the lexicon and the pipeline together. An engine is created from a
// config and holds no other state: extracting an article is a pure function of the article.
import type { Article, ExtractedDocument } from "./model/types.js";
import { DyadError } from "./errors.js";
import { loadWink, type Wink } from "./nlp/wink.js";
import { buildDoc } from "./nlp/text-layer.js";
import { join } from "node:path";
import { compileLexicon, defaultDataDir, tokenizePhrases, worldCountries, type Lexicon } from "./lexicon/compile-lexicon.js";
import { compileEventPatterns, readConvertedPatterns, readEventPatterns, type EventLexicon } from "./lexicon/compile-events.js";
import { readDataFile } from "./lexicon/read-data-file.js";
import { compileSpeechActs, readSpeechActs } from "./lexicon/compile-speech-acts.js";
import { compileEventSenses, readEventSenses } from "./lexicon/compile-senses.js";
import { userDictionaryFile } from "./lexicon/schemas.js";
import { findEvents } from "./stages/events/find-events.js";
import { compileRuleGates } from "./stages/events/rule-gates.js";
import { backgroundDate, resolveEventDate } from "./stages/dates/resolve-event-date.js";
import { DEFAULT_MIN_POPULATION, gazetteerFromTable, gazetteerTable, lazyGazetteer, type Gazetteer, type GazetteerTable } from "./lexicon/gazetteer.js";
import { codeKey, defaultCacheDir, dictionaryMemo, hashOf, lexemeStore, modelStore, openCompileCache, type CompileCache } from "./lexicon/compile-cache.js";
import { findActors } from "./stages/actors/find-actors.js";
import { findQuotes } from "./stages/quotes/find-quotes.js";
import { toDocumentRecord } from "./records/to-document-record.js";
import { checkArticle, DEFAULT_MAX_CHARS } from "./check-article.js";

export interface EngineConfig {
  /** folder of dyad's dictionaries (defaults to the package's data/) */
  dataDir?: string;
  /** a user's own dictionaries: actors (igos, organizations, persons, metonyms) and event patterns */
  dictionaries?: string[];
  /** articles longer than this many characters fail with E_TOO_LARGE (default 2,000,000) */
  maxChars?: number;
  /** the verb patterns converted from PETRARCH-2, used after dyad's own: "held" (the default) the few
   *  measured right on unseen news (data/events-petrarch2-held.json); true all of them
   *  (data/events-petrarch2.json: about one event in five they add is right, and they raise no
   *  score: scripts/petrarch2-sample.mjs); false none */
  convertedPatterns?: boolean | "held";
  /** the folder of the compile cache (lexicon/compile-cache.ts), or false for none; default the
   *  user's cache folder ($XDG_CACHE_HOME/dyad or ~/.cache/dyad; none when DYAD_CACHE=off) */
  cache?: string | false;
}

export interface Engine {
  readonly lexicon: Lexicon;
  readonly patterns: EventLexicon;
  /** Extracts one article; throws a DyadError when the article cannot be read. Warnings (stray
   * control characters replaced) go to `warn`. */
  extract(article: Article, warn?: (message: string) => void): ExtractedDocument;
}

export function createEngine(config: EngineConfig = {}): Engine {
  const dataDir = config.dataDir ?? defaultDataDir();
  const converted = config.convertedPatterns ?? "held";
  const cacheDir = config.cache === false ? null : (config.cache ?? defaultCacheDir());
  const cache = cacheDir ? openCompileCache(cacheDir) : null;
  // (wink's parsed model and lexeme table kept in the cache too, when this is the process's first wink)
  const nlp: Wink = cache ? loadWink(lexemeStore(cache), modelStore(cache)) : loadWink();
  // what the dictionaries compile from is read from the cache when it holds these very files
  const memo = cache ? dictionaryMemo(cache, { dataDir, dictionaries: config.dictionaries ?? [], config: `converted ${converted}` }) : null;
  const read = memo?.read ?? readDataFile;
  const user = (config.dictionaries ?? []).map((file) => ({ file, data: read(file, userDictionaryFile) }));
  const lexicon = compileLexicon(nlp, {
    dataDir,
    userDictionaries: user,
    read,
    tokenize: (phrases) => (memo ? memo.tokenize(phrases, () => tokenizePhrases(nlp, phrases)) : tokenizePhrases(nlp, phrases)),
    countries: memo ? () => memo.keep("world-countries", worldCountries) : worldCountries,
    keep: memo ? (name, build) => memo.keep(name, build) : undefined,
  });
  const patterns = compileEventPatterns(
    [readEventPatterns(join(dataDir, "events.json"), read), ...user.filter((u) => u.data.events).map((u) => ({ file: u.file, data: u.data.events! }))],
    // PETRARCH-2's verb patterns, converted (scripts/convert-petrarch2.mjs): after dyad's own, which win
    // (all of them when asked; by default the few measured right on unseen news)
    converted === false ? [] : [readConvertedPatterns(join(dataDir, converted === true ? "events-petrarch2.json" : "events-petrarch2-held.json"), read)],
  );
  const speechActs = compileSpeechActs([readSpeechActs(join(dataDir, "speech-acts.json"), read)]);
  const senses = compileEventSenses(readEventSenses(join(dataDir, "event-senses.json"), read), lexicon);
  const gates = compileRuleGates(senses, speechActs);
  memo?.save();
  const maxChars = config.maxChars ?? DEFAULT_MAX_CHARS;
  // (built when an article first asks for a place: many never do)
  const gazetteer = lazyGazetteer(() => cachedGazetteer(cache));
  return {
    lexicon,
    patterns,
    extract(input: Article, warn?: (message: string) => void): ExtractedDocument {
      const { article, warnings } = checkArticle(input, maxChars);
      if (warn) for (const w of warnings) warn(w);
      try {
        const doc = buildDoc(nlp, article);
        const date = article.published ? article.published.slice(0, 10) : null;
        const actors = findActors(doc, { lexicon, date, gazetteer });
        const quotes = findQuotes(doc, actors, { lexicon, linkPrefixes: senses.linkPrefixes });
        const published = date;
        const chronoCache = new Map();
        const events = findEvents(doc, actors, quotes, {
          patterns,
          published,
          groupHeads: lexicon.groupHeads,
          stateParts: lexicon.stateParts,
          speechActs,
          senses,
          gates,
          resolveDate: (span, tense, focus) => resolveEventDate(doc.text, span, published, tense, focus, chronoCache),
          backgroundDate: (found, mention) => backgroundDate(found, mention, doc.text),
        });
        return toDocumentRecord(doc, actors.actors, quotes, events);
      } catch (e) {
        if (e instanceof DyadError) throw e;
        throw new DyadError("E_INTERNAL", (e as Error).message, { id: article.id }, e);
      }
    },
  };
}

/** The gazetteer, from the cache's table when it holds one for this code and these packages. */
function cachedGazetteer(cache: CompileCache | null): Gazetteer {
  if (!cache) return gazetteerFromTable(gazetteerTable());
  const key = hashOf([codeKey(), `min population ${DEFAULT_MIN_POPULATION}`]);
  const held = cache.get("gazetteer", key) as GazetteerTable | undefined;
  if (held && Array.isArray(held.places) && Array.isArray(held.named) && Array.isArray(held.plain)) return gazetteerFromTable(held);
  const table = gazetteerTable();
  cache.set("gazetteer", key, table);
  return gazetteerFromTable(table);
}
