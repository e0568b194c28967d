// The methods the proxy lets through (lib/http/methods.ts) are exactly those each route handler
// exports, and pages are read-only outside the admin: a new handler's methods must be listed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, answerMethod } from "@/lib/http/methods";

const exported = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

function files(dir: string, name: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, name) : name.test(entry.name) ? [full] : [];
  });
}

/** The address of a route file, with a sample value for each parameter and no route groups. */
const addressOf = (file: string) =>
  path
    .dirname(file)
    .slice("app".length)
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[[^\]]+\]/g, "sample") || "/";

describe("request methods", () => {
  it.each(files("app", /^route\.tsx?$/))("%s: the proxy lets through what it exports", async (file) => {
    const handlers = await import(`@/${file.replace(/\.tsx?$/, "")}`);
    const served = exported.filter((method) => method in handlers);
    // Next answers HEAD with GET and OPTIONS by itself; the proxy answers OPTIONS first.
    const expected = [...served, ...(served.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
    expect([...allowedMethods(addressOf(file))].sort()).toEqual([...new Set(expected)].sort());
  });

  it.each(files("app", /^page\.tsx$/))("%s: read-only, server actions in the admin", (file) => {
    const address = addressOf(file);
    const expected = ["GET", "HEAD", "OPTIONS", ...(address.startsWith("/admin") ? ["POST"] : [])];
    expect([...allowedMethods(address)].sort()).toEqual(expected.sort());
  });

  it("answers a refused method with 405, Allow and a translated problem; OPTIONS with 204", async () => {
    const ask = (method: string, url: string, language = "nl") =>
      answerMethod({ method, url, headers: new Headers({ "accept-language": language }) });
    expect(ask("GET", "http://localhost/nl/feed.xml")).toBeNull();
    expect(ask("POST", "http://localhost/admin/content")).toBeNull();
    const options = ask("OPTIONS", "http://localhost/api/auth/sign-in")!;
    expect([options.status, options.headers.get("allow")]).toEqual([204, "POST, OPTIONS"]);
    const refused = ask("DELETE", "http://localhost/nl/feed.xml")!;
    expect([refused.status, refused.headers.get("allow")]).toEqual([405, "GET, HEAD, OPTIONS"]);
    expect(await refused.json()).toMatchObject({
      status: 405,
      title: "Methode niet toegestaan",
      detail: "Dit adres aanvaardt geen DELETE. Het aanvaardt: GET, HEAD, OPTIONS.",
    });
  });
});
