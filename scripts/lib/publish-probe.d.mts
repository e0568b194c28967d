import type { Browser, Page } from "@playwright/test";

export function launchChromium(): Promise<Browser>;
export function signedIn(browser: Browser, base: string, email: string, password: string): Promise<Page>;
export function editorUrl(
  page: Page,
  base: string,
  item: { query: string; type: string; name: string; locale: string },
): Promise<string>;
export function englishEditorUrl(page: Page, base: string): Promise<string>;
