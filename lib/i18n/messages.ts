import type { Messages } from "next-intl";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import nl from "@/messages/nl.json";
import type { Locale } from "./routing";

/**
 * Every locale's messages. Messages is the type of en.json (global.d.ts), so a locale without a
 * file here, or a file that lacks one of en.json's keys, fails the type check.
 */
export const messages: Record<Locale, Messages> = { nl, fr, de, en };
