// Lighthouse (npm package, Debian's Chromium, default mobile settings with simulated throttling)
// for one URL: the four category scores out of 100, and the audits that cost points.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { nodeBin } from "./setup.mjs";

const run = promisify(execFile);
export const lighthouseCategories = ["performance", "accessibility", "best-practices", "seo"];

/** Lighthouse asks to be run again when its trace fails (NO_NAVSTART …): up to three tries. */
export async function lighthouse(url, tries = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url);
    } catch (error) {
      if (attempt >= tries || !/run Lighthouse again/i.test(String(error.stderr ?? error.message)))
        throw error;
      console.log(`lighthouse ${url}: ${String(error.stderr).trim()} (try ${attempt + 1} of ${tries})`);
    }
  }
}

async function lighthouseOnce(url) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  const output = path.join(dir, "report.json");
  try {
    await run(
      process.execPath,
      [
        nodeBin("lighthouse"),
        url,
        "--quiet",
        "--output=json",
        `--output-path=${output}`,
        `--only-categories=${lighthouseCategories.join(",")}`,
        `--chrome-flags=--headless=new ${chromiumArgs.join(" ")}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: chromiumPath },
        timeout: 120_000,
        maxBuffer: 1 << 24,
      },
    );
    const report = JSON.parse(fs.readFileSync(output, "utf8"));
    const scores = Object.fromEntries(
      lighthouseCategories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
    );
    const lost = Object.values(report.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== "informative" &&
          a.scoreDisplayMode !== "manual",
      )
      .filter((a) =>
        lighthouseCategories.some((c) =>
          report.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        ),
      )
      .map((a) => a.id);
    const metric = (id) => Math.round(report.audits[id]?.numericValue ?? 0);
    return {
      scores,
      lost,
      metrics: {
        lcpMs: metric("largest-contentful-paint"),
        tbtMs: metric("total-blocking-time"),
        fcpMs: metric("first-contentful-paint"),
        cls: report.audits["cumulative-layout-shift"]?.numericValue ?? 0,
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
