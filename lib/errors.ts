// Errors are values with codes, mapped once to an HTTP status and a translated message.

export const errorCodes = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  BAD_REQUEST: 400,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  /** Anything unforeseen: the request is refused as a whole and nothing is half-written. */
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    /** Data the user needs to act on the error, e.g. the newer version in a conflict. */
    readonly detail?: unknown,
    /** Field-level messages (keys of the Errors namespace), for validation done against the database. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message ?? code);
  }
}

export const statusOf = (code: ErrorCode) => errorCodes[code];

/** The key of an error's translated message in messages/*.json (namespace Errors). */
export const messageKeyOf = (code: ErrorCode) => code;
