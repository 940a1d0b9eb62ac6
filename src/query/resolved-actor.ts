// What the name resolver (resolve-actor.ts) answers, as plain types: the UI imports them without
// the resolver's own imports (the lexicon's data files).

/** One actor as the resolver answers it. */
export interface ResolvedActor {
  /** what the store's filters take for it: a state's code ("RUS"), any other actor's id */
  key: string;
  id: string;
  name: string;
  kind: string;
  code: string | null;
  /** stored articles that mention it (0 for a state the store has no article on) */
  articles: number;
}

/** A candidate in an error: why it came up. */
export interface ActorMatch extends ResolvedActor {
  match: "id" | "code" | "name" | "demonym" | "word" | "prefix" | "similar";
}
