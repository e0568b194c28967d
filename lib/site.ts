import { siteUrl } from "./metadata";

/** The address readers write to about accessibility and privacy (CONTACT_EMAIL). */
export function contactEmail(): string {
  return process.env.CONTACT_EMAIL ?? `contact@${new URL(siteUrl()).hostname}`;
}
