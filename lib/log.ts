// Structured logs (JSON lines on stdout, one object per event) with the request id that nginx
// (or the proxy) gives each request. Never logged: passwords, tokens, cookies, e-mail addresses or
// any text an editor typed; the redaction below is a second line of defence.
import { randomUUID } from "node:crypto";
import pino from "pino";

/** The portal's logger (a destination other than stdout is for tests). */
export function createLogger(destination?: pino.DestinationStream, level = process.env.LOG_LEVEL) {
  return pino(
    {
      level: level ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
      base: { service: "portal" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "cookie",
          "*.cookie",
          "authorization",
          "*.authorization",
          "email",
          "*.email",
          "input",
          "*.input",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

export const log = createLogger();

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** The request's id (X-Request-Id from nginx or the proxy), or a new one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** A logger bound to one request. */
export const requestLog = (headers: Headers) => log.child({ requestId: requestIdOf(headers) });
