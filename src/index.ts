// dyad's public API: an explicit export list.
export { createEngine, type Engine, type EngineConfig } from "./engine.js";
export { createEnginePool, defaultWorkers, EnginePoolStartError, ingestWindow, type EnginePool, type EnginePoolOptions } from "./engine-pool.js";
export { runCli, type CliIO } from "./cli/run-cli.js";
export { DyadError, ERRORS, type ErrorCode } from "./errors.js";
export type * from "./model/types.js";
export type * from "./store/store.js";
export { openStore, DEFAULT_DB, type OpenStoreOptions } from "./store/open-store.js";
export { openSqliteStore, type SqliteStoreOptions } from "./store/sqlite/sqlite-store.js";
export { ingest, type ExtractFn, type IngestFailure, type IngestOptions, type IngestProgress, type IngestSummary } from "./store/ingest.js";
export { normaliseText, normaliseUrl, textHash } from "./store/article-key.js";
export { readSources } from "./sources/read-sources.js";
export { dyadSeries, eventSideFilter, listEvents, listQuotes, type DyadSeries, type DyadPeriod, type DyadSeriesOptions } from "./query/queries.js";
export { QUAD_OF_TYPE, QUAD_WEIGHT, typeWeight, type Quad } from "./query/plover-quads.js";
export { actorProfiles, roleSpans, type ActorProfile, type ActorProfileOptions, type Partner, type RoleSpan } from "./query/actor-profile.js";
export { actorNames, loadActorNames, matchActor, resolveActor, resolveActorIn, type ActorMatch, type ActorMatchResult, type ActorNames, type ResolvedActor } from "./query/resolve-actor.js";
export { findBlocs, type Bloc, type BlocCell, type Blocs, type BlocsOptions } from "./query/blocs.js";
export { cellEventFilter } from "./query/bloc-cell.js";
export { relationsGraph, type RelationsGraph, type RelationEdge, type StateNode, type GraphOptions } from "./query/relations-graph.js";
export { GDELT_COLUMNS, gdeltRow, ploverRecord, toGexf, toGraphml } from "./query/export-formats.js";
// watch rules and alerts (issue 16)
export type * from "./model/alerts.js";
export { openAlertStore } from "./store/open-store.js";
export { alertId, type AlertFilter, type AlertStore } from "./store/alert-store.js";
export { parseRule, parseWindow, type RuleInput } from "./alerts/rule.js";
export { evaluateAlerts, type EvaluateOptions } from "./alerts/evaluate-alerts.js";
export { alertPass, type AlertPass, type AlertPassOptions } from "./alerts/alert-pass.js";
export { deliverWebhook, signBody, SIGNATURE_HEADER, type WebhookOptions } from "./alerts/deliver-webhook.js";
