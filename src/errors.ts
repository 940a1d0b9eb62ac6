// A catalogue of coded errors: every failure names its code and the article or file it concerns.

export const ERRORS = {
  E_EMPTY_TEXT: "the article has no text",
  E_NOT_JSON: "the line is not JSON",
  E_NO_TEXT_FIELD: "the record has no string field \"text\"",
  E_BAD_RECORD: "the record is not a JSON object",
  E_INVALID_UTF8: "the input is not valid UTF-8",
  E_TOO_LARGE: "the input is larger than the limit",
  E_PAGE_TOO_COMPLEX: "the page is too deeply nested or took too long to read",
  E_READ: "the input could not be read",
  E_DICTIONARY: "a dictionary file is invalid",
  E_BAD_DATE: "the date is not a real YYYY-MM-DD date",
  E_INTERNAL: "extraction failed",
  E_STORE_RECORD: "the record cannot be stored",
  E_STORE: "the store failed",
  E_STORE_OPEN: "the store cannot be opened",
  E_QUERY: "the query is invalid",
  E_UNKNOWN_ACTOR: "unknown actor",
  E_AMBIGUOUS_ACTOR: "ambiguous actor",
  E_ALERT_RULE: "the alert rule is invalid",
  E_FEED: "the feed cannot be read",
  E_FETCH: "the address could not be fetched",
  E_ADDRESS_REFUSED: "the address is refused",
  E_BAD_REQUEST: "the request is invalid",
  E_NOT_FOUND: "not found",
  E_UNAUTHORIZED: "a valid token is needed",
  E_TIMEOUT: "the query took too long",
  E_BUSY: "the server is busy: try again later",
  E_METHOD: "the method is not allowed here",
  E_SERVE: "the server cannot start",
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly context: Record<string, unknown>;
  constructor(code: ErrorCode, detail?: string, context: Record<string, unknown> = {}, cause?: unknown) {
    super(`[${code}] ${ERRORS[code]}${detail ? `: ${detail}` : ""}`, cause === undefined ? undefined : { cause });
    this.name = "DyadError";
    this.code = code;
    this.context = context;
  }
}
