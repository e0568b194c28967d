// Publish-to-live latency, as an editor and a reader see it: an administrator changes the summary
// of an organisation in the admin (Chromium, through `adminBase`), clicks Publish, and the time
// runs until the public page at each of `publicBases` shows the new text to a reader (polled every 50 ms,
// without cookies, so through the cache like any citizen).
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

export async function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
}

/** A new page in `browser`, signed in at `base` as `email`. */
export async function signedIn(browser, base, email, password) {
  const page = await browser.newPage();
  await page.goto(`${base}/admin/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin$/);
  return page;
}

/** The address of an item's text in one language, in the editor at `base` (found by its list). */
export async function editorUrl(page, base, { query, type, name, locale }) {
  await page.goto(`${base}/admin/content?q=${encodeURIComponent(query)}&type=${type}`);
  const href = await page.getByRole("link", { name, exact: true }).first().getAttribute("href");
  return base + href.replace(/locale=\w+/, `locale=${locale}`);
}

/** The address of Digitaal Vlaanderen's English text in the editor at `base`. */
export function englishEditorUrl(page, base) {
  const item = { query: "digitaal-vlaanderen", type: "organisation", name: "Digitaal Vlaanderen" };
  return editorUrl(page, base, { ...item, locale: "en" });
}

/** Polls `url` every 50 ms until it contains `marker`; the milliseconds since `since`. */
async function waitFor(url, marker, since, timeoutMs) {
  for (;;) {
    const response = await fetch(url);
    const html = await response.text();
    if (html.includes(marker)) return Math.round(performance.now() - since);
    if (performance.now() - since > timeoutMs) {
      const shown = html.match(/The Flemish agency[^<]*/)?.[0];
      throw new Error(
        `${url} not live after ${timeoutMs} ms (status ${response.status}, x-nextjs-cache ${response.headers.get("x-nextjs-cache")}, shows "${shown}")`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Publishes `runs` changes through the editor at `adminBase` and returns, per run, the
 * milliseconds from the click on Publish until each of `publicBases` served the new text at
 * `publicPath` ({ [base]: ms }).
 */
export async function publishToLive({
  adminBase,
  // Sessions live in the database and cookies are per host, so an editor may sign in through
  // nginx and then edit on one instance directly.
  signInBase = adminBase,
  publicBases,
  email,
  password,
  publicPath = "/en/organisations/digitaal-vlaanderen",
  runs = 3,
  summary = (marker) => `The Flemish agency for the digital government (${marker}).`,
  timeoutMs = 15_000,
}) {
  const browser = await launchChromium();
  try {
    const page = await signedIn(browser, signInBase, email, password);
    const editor = await englishEditorUrl(page, adminBase);
    const latencies = [];
    let latest = "";
    for (let run = 0; run < runs; run++) {
      await page.goto(editor);
      const marker = `Publish probe ${Date.now()}-${run}`;
      latest = marker;
      await page.getByLabel("Summary").fill(summary(marker));
      const clicked = performance.now();
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      let seen;
      try {
        seen = await Promise.all(
          publicBases.map((base) => waitFor(base + publicPath, marker, clicked, timeoutMs)),
        );
      } catch (error) {
        const said = await page
          .locator("[role=status], [role=alert]")
          .allInnerTexts()
          .catch(() => []);
        throw new Error(
          `${error.message}; the editor says: ${said.join(" | ") || "nothing"} (${page.url()})`,
        );
      }
      latencies.push(Object.fromEntries(publicBases.map((base, i) => [base, seen[i]])));
      await page.getByRole("status").filter({ hasText: "Published" }).waitFor();
      // Past the 1 s micro-cache, so that every run starts from a cached page.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    return { latencies, lastMarker: latest };
  } finally {
    await browser.close();
  }
}
