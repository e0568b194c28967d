// Every route the build serves, with every method, right after a publication has revalidated the
// cached ones: a method a route does not serve gets 405 with Allow (OPTIONS: 204 with Allow),
// nothing answers 5xx, and GET still answers what it answered before. The addresses come from the
// build's manifests, so a new page or route handler is covered without editing this file.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { routing } from "../../lib/i18n/routing";
import { paramsOf, publicPath } from "../helpers/build-routes";
import { editorUrl, signedIn } from "../../scripts/lib/publish-probe.mjs";

const dist = process.env.NEXT_DIST_DIR ?? ".next";
const manifest = (file: string) => JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
const methods = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE"] as const;

/**
 * One address per route and locale: a prerendered one where the build made any, else the route
 * with placeholder parameters (a 404 or a redirect is fine: it must only stay what it was).
 */
function addresses(): string[] {
  const routes = [...new Set(Object.values(manifest("app-path-routes-manifest.json") as string[]))].filter(
    (route) => !route.startsWith("/_"),
  );
  const prerendered = Object.entries(
    manifest("prerender-manifest.json").routes as Record<string, { srcRoute: string | null }>,
  );
  return routes.flatMap((route) => {
    const localesOf = route.startsWith("/[locale]") ? routing.locales : [undefined];
    return localesOf.map((locale) => {
      const built = prerendered.find(
        ([internal, { srcRoute }]) =>
          (srcRoute ?? internal) === route && (!locale || paramsOf(route, internal).locale === locale),
      );
      return publicPath(route, built ? paramsOf(route, built[0]) : { locale: locale ?? "" });
    });
  });
}

interface Answer {
  status: number;
  allow?: string;
  type?: string;
  body: string;
}

/** One request with Node's client: any method (TRACE too), no redirects followed, no cookies. */
function send(base: string, method: string, address: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(address, base), { method }, (response) => {
      let body = "";
      response.setEncoding("latin1").on("data", (chunk) => (body += chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode!,
          allow: response.headers.allow,
          type: response.headers["content-type"]?.split(";")[0],
          body,
        }),
      );
    });
    request.on("error", reject).end();
  });
}

/** What must not change in a GET answer: the status, the type and the content. */
function fingerprint(answer: Answer): string {
  const title = /<title>([^<]*)<\/title>/.exec(answer.body)?.[1];
  const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(answer.body)?.[1]?.replace(/<[^>]+>/g, "");
  const root = /<(urlset|sitemapindex|feed)\b/.exec(answer.body)?.[1];
  const shape = answer.type?.includes("json") ? Object.keys(JSON.parse(answer.body)).join() : "";
  const text = answer.type === "text/plain" ? answer.body : "";
  const size = answer.type?.startsWith("image/") ? answer.body.length : 0;
  return JSON.stringify([answer.status, answer.type, title, h1, root, shape, text, size]);
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

const admin = { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! };
const item = { query: "digitalcity", type: "organisation", name: "Digitalcity.brussels", locale: "en" };

/** An editor publishes a new English summary: every cached page and feed is revalidated. */
async function publish(editor: Page, url: string, marker: string) {
  await editor.goto(url);
  await editor.getByLabel("Summary").fill(`The Brussels agency for digital public services (${marker}).`);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await editor.getByRole("status").filter({ hasText: "Published" }).waitFor();
}

test("no request method changes what a route serves, even right after a revalidation", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = baseURL!;
  const list = addresses();
  // The list covers the kinds of routes there are, under their public addresses.
  for (const expected of ["/", "/fr/feed.xml", "/sitemap.xml", "/robots.txt", "/api/v1/openapi.json"]) {
    expect(list).toContain(expected);
  }
  expect(
    list.filter((a) => /^\/nl\/(organisaties|gewesten|initiatieven|strategie)\/[\w-]+/.test(a)),
  ).toHaveLength(5);
  // The API's collections and a social image, which have no address in the manifests.
  const openapi = JSON.parse((await send(base, "GET", "/api/v1/openapi.json")).body);
  list.push(...Object.keys(openapi.paths), "/api/og?locale=nl&kind=home");
  const before = new Map(
    await inBatches(list, 8, async (a) => [a, fingerprint(await send(base, "GET", a))] as const),
  );
  expect([...before].filter(([, f]) => JSON.parse(f)[0] >= 500)).toEqual([]);

  const editor = await signedIn(browser, base, admin.email, admin.password);
  const editorAddress = await editorUrl(editor, base, item);
  const profile = "/en/organisations/digitalcity-brussels";
  for (const method of methods) {
    const marker = `methods ${method} ${Date.now()}`;
    await publish(editor, editorAddress, marker);
    // The first request after the revalidation is the method under test, on every address.
    const answers = await inBatches(list, 8, async (a) => [a, await send(base, method, a)] as const);
    for (const [address, answer] of answers) {
      expect.soft(answer.status, `${method} ${address}`).toBeLessThan(500);
      if (answer.status === 405) expect.soft(answer.allow, `${method} ${address}: Allow`).toBeTruthy();
      if (method === "OPTIONS") expect.soft([answer.status, !!answer.allow], address).toEqual([204, true]);
      if (answer.status !== 405) continue;
      expect.soft((answer.allow ?? "").split(", "), `${method} ${address}`).not.toContain(method);
    }
    const readOnly = answers.filter(([a]) => !/^\/(admin|api\/(auth|draft|jobs|admin|feedback))/.test(a));
    if (!["GET", "HEAD", "OPTIONS"].includes(method)) {
      expect
        .soft(
          readOnly.filter(([, answer]) => answer.status !== 405).map(([a]) => a),
          method,
        )
        .toEqual([]);
    }
    for (const [address, fingerprintBefore] of before) {
      expect
        .soft(fingerprint(await send(base, "GET", address)), `GET ${address} after ${method}`)
        .toBe(fingerprintBefore);
    }
    // The revalidation did happen: the page shows the new text.
    await expect.poll(async () => (await send(base, "GET", profile)).body.includes(marker)).toBe(true);
  }
});
