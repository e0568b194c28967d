// For each server action: a valid input, and the outcome each role must get with it.
import { randomUUID } from "node:crypto";
import type { ErrorCode } from "@/lib/errors";
import { createUser } from "./auth";

export type Who = "anonymous" | "translator" | "editor" | "admin";
export type Outcome = "ok" | ErrorCode;

interface Case {
  input: (ctx: { actorId: string | null }) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Exclude<Who, "anonymous">, Outcome>;
}

const adminOnly = { translator: "FORBIDDEN", editor: "FORBIDDEN", admin: "ok" } as const;
const everyone = { translator: "ok", editor: "ok", admin: "ok" } as const;

async function someUser() {
  return createUser("translator", ["nl"]);
}

export const actionCases: Record<string, Case> = {
  createUser: {
    input: () => ({
      name: "New",
      email: `new-${randomUUID().slice(0, 8)}@example.test`,
      role: "translator",
      locales: ["nl"],
      uiLocale: "nl",
    }),
    expect: adminOnly,
  },
  updateUser: {
    input: async () => {
      const user = await someUser();
      return {
        id: user.id,
        name: "Renamed",
        role: "translator",
        locales: ["fr"],
        updatedAt: user.updatedAt.toISOString(),
      };
    },
    expect: adminOnly,
  },
  setUserActive: { input: async () => ({ id: (await someUser()).id, active: "false" }), expect: adminOnly },
  resetUserPassword: { input: async () => ({ id: (await someUser()).id }), expect: adminOnly },
  changeOwnPassword: {
    input: () => ({
      current: "a-long-test-password",
      next: "a-new-long-password",
      confirm: "a-new-long-password",
    }),
    expect: everyone,
  },
  setUiLocale: { input: () => ({ uiLocale: "fr" }), expect: everyone },
};
