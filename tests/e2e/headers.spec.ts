import { expect, test, type Page } from "@playwright/test";

/** Collects every Content-Security-Policy violation the page reports. */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

for (const path of ["/en", "/fr/organisations/bosa", "/nl/zoeken?q=wallcode"]) {
  test(`${path}: security headers, and no CSP violation while the page loads and hydrates`, async ({
    page,
  }) => {
    const violations = watchViolations(page);
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "style-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    // Next's runtime has started (its router answers) once the page has hydrated.
    await page.waitForFunction(() => "__next_f" in window && document.readyState === "complete");
    await page.waitForTimeout(300);
    expect(violations).toEqual([]);
  });
}

for (const path of ["/", "/en", "/nl/organisaties/bosa", "/fr/feed.xml"]) {
  test(`${path}: no header twice, and the banner is a plain <header>`, async ({ request, page }) => {
    const response = await request.get(path);
    const names = response.headersArray().map((h) => h.name.toLowerCase());
    const repeated = names.filter((name, i) => name !== "set-cookie" && names.indexOf(name) !== i);
    expect(repeated).toEqual([]);
    if (path === "/" || path.endsWith(".xml")) return;
    await page.goto(path);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.locator("[role=banner]")).toHaveCount(0);
  });
}

test("admin pages get a fresh nonce with 'strict-dynamic', and their scripts run under it", async ({
  page,
  request,
}) => {
  const violations = watchViolations(page);
  const first = (await request.get("/admin/sign-in")).headers()["content-security-policy"];
  const second = (await request.get("/admin/sign-in")).headers()["content-security-policy"];
  expect(first).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  expect(first).not.toBe(second);
  expect(first).not.toContain("unsafe-inline");
  await page.goto("/admin/sign-in");
  const nonce = /'nonce-([^']+)'/.exec(first)![1];
  expect(nonce).toBeTruthy();
  await page.waitForFunction(() => document.readyState === "complete");
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test("a static page has an ETag, its own, and answers 304 to it", async ({ request }) => {
  const first = await request.get("/nl/organisaties");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]{27}"$/);
  expect((await request.get("/nl/organisaties")).headers()["etag"]).toBe(etag);
  for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
    const again = await request.get("/nl/organisaties", { headers: { "If-None-Match": ifNoneMatch } });
    expect(again.status(), ifNoneMatch).toBe(304);
    expect(await again.text(), ifNoneMatch).toBe("");
  }
  const changed = await request.get("/nl/organisaties", { headers: { "If-None-Match": '"other"' } });
  expect(changed.status()).toBe(200);
  expect(await changed.text()).toContain("Digitaal Vlaanderen");
  // Another page, another language: another ETag.
  expect((await request.get("/fr/organisations")).headers()["etag"]).not.toBe(etag);
});
