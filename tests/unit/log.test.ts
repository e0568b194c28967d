import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestIdOf } from "@/lib/log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(JSON.parse(String(chunk)));
      callback();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

describe("structured logs", () => {
  it("writes one JSON object per event with the request id", () => {
    const { logger, lines } = capture();
    logger.child({ requestId: "req-12345678" }).info({ action: "saveTranslation", outcome: "ok" }, "action");
    expect(lines).toEqual([
      expect.objectContaining({
        service: "portal",
        requestId: "req-12345678",
        action: "saveTranslation",
        msg: "action",
      }),
    ]);
    expect(typeof lines[0].time).toBe("string");
  });

  it("never writes passwords, tokens, cookies, addresses or typed input", () => {
    const { logger, lines } = capture();
    logger.info({
      password: "hunter2-secret",
      email: "someone@example.be",
      user: { token: "tok-secret", cookie: "session=abc", email: "x@y.z" },
      input: { body: "a private draft" },
    });
    const text = JSON.stringify(lines);
    for (const secret of [
      "hunter2-secret",
      "someone@example.be",
      "tok-secret",
      "session=abc",
      "x@y.z",
      "a private draft",
    ])
      expect(text).not.toContain(secret);
  });

  it("keeps a well-formed request id and replaces a hostile one", () => {
    expect(requestIdOf(new Headers({ "x-request-id": "0123456789abcdef" }))).toBe("0123456789abcdef");
    const replaced = requestIdOf(new Headers({ "x-request-id": "bad id\\n{injected}" }));
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });
});
