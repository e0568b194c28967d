// Debian's Chromium, as every browser here is started: Playwright's tests, the publish probe and
// Lighthouse. Browsers are never downloaded on our machines (docs/platform.md); without the
// background-networking flags Chromium keeps trying hosts this network refuses.
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
