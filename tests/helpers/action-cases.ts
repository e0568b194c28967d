// For each server action: a valid input, and the outcome each role must get with it.
import { randomUUID } from "node:crypto";
import type { ErrorCode } from "@/lib/errors";
import { createUser } from "./auth";
import { locales } from "@/lib/i18n/routing";

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
  setUserActive: {
    input: async () => ({ id: (await someUser()).id, active: "false", confirm: "yes" }),
    expect: adminOnly,
  },
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

// ── Content ──

async function organisationRef() {
  const { db } = await import("@/lib/db");
  const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
  const organisation = await db.organisation.create({
    data: {
      key: `access-${randomUUID().slice(0, 8)}`,
      regionId: region.id,
      translations: {
        create: locales.map((locale) => ({
          locale,
          slug: `access-${locale}-${randomUUID().slice(0, 8)}`,
          name: `Access ${locale}`,
          status: "published" as const,
          publishedAt: new Date(),
        })),
      },
    },
  });
  return { organisation, regionId: region.id };
}

const translation = async (intent: string, locale = "fr") => {
  const { organisation } = await organisationRef();
  return {
    type: "organisation",
    id: organisation.id,
    locale,
    version: 1,
    name: "Nom",
    slug: "",
    summary: "Résumé",
    body: "Texte",
    intent,
  };
};

const editorsOnly = { translator: "FORBIDDEN", editor: "ok", admin: "ok" } as const;

Object.assign(actionCases, {
  saveTranslation: { input: () => translation("review"), expect: everyone },
  reviewTranslation: {
    input: async () => {
      const { organisation } = await organisationRef();
      return {
        type: "organisation",
        id: organisation.id,
        locale: "fr",
        version: 1,
        decision: "send_back",
        comment: "Non",
      };
    },
    expect: editorsOnly,
  },
  archiveTranslation: {
    input: async () => ({
      type: "organisation",
      id: (await organisationRef()).organisation.id,
      locale: "fr",
      version: 1,
      confirm: "yes",
    }),
    expect: editorsOnly,
  },
  updateFacts: {
    input: async () => {
      const { organisation, regionId } = await organisationRef();
      return {
        type: "organisation",
        id: organisation.id,
        updatedAt: organisation.updatedAt.toISOString(),
        regionId,
        websiteUrl: "https://example.be",
        focusAreas: ["ai"],
        position: "3",
      };
    },
    expect: editorsOnly,
  },
  createEntity: {
    input: async () => ({
      type: "organisation",
      locale: "en",
      name: `Created ${randomUUID().slice(0, 8)}`,
      regionId: (await organisationRef()).regionId,
      focusAreas: [],
      position: "0",
    }),
    expect: editorsOnly,
  },
  restoreRevision: {
    input: async () => {
      const { db } = await import("@/lib/db");
      const { organisation } = await organisationRef();
      const revision = await db.revision.create({
        data: {
          entityType: "organisation",
          entityId: organisation.id,
          locale: "fr",
          version: 1,
          status: "published",
          content: {
            name: "Ancien",
            slug: `ancien-${randomUUID().slice(0, 8)}`,
            summary: "",
            body: "",
            seoDescription: null,
          },
        },
      });
      return { type: "organisation", id: organisation.id, locale: "fr", version: 1, revisionId: revision.id };
    },
    expect: everyone,
  },
  deleteEntity: {
    input: async () => ({
      type: "organisation",
      id: (await organisationRef()).organisation.id,
      confirm: "yes",
    }),
    expect: editorsOnly,
  },
} satisfies Record<string, Case>);

/** A Brussels wall-clock value an hour from now, as a datetime-local field sends it. */
async function inAnHour() {
  const { toBrusselsInput } = await import("@/lib/time/brussels");
  return toBrusselsInput(new Date(Date.now() + 3_600_000));
}

Object.assign(actionCases, {
  scheduleJob: {
    input: async () => ({
      type: "organisation",
      id: (await organisationRef()).organisation.id,
      locale: "fr",
      action: "archive",
      runAt: await inAnHour(),
    }),
    expect: editorsOnly,
  },
  cancelJob: {
    input: async () => {
      const { db } = await import("@/lib/db");
      const { organisation } = await organisationRef();
      const job = await db.scheduledJob.create({
        data: {
          entityType: "organisation",
          entityId: organisation.id,
          locale: "fr",
          action: "publish",
          runAt: new Date(Date.now() + 3_600_000),
        },
      });
      return { jobId: job.id };
    },
    expect: editorsOnly,
  },
} satisfies Record<string, Case>);

Object.assign(actionCases, {
  // A translator of French only may not say they have the Dutch text open.
  recordPresence: {
    input: async () => ({
      type: "organisation",
      id: (await organisationRef()).organisation.id,
      locale: "nl",
      event: "heartbeat",
    }),
    expect: editorsOnly,
  },
} satisfies Record<string, Case>);

// ── Two-step sign-in ──

/** Gives a user a fresh enrolment waiting for its first code; returns its id and the current code. */
async function pendingEnrolmentFor(userId: string) {
  const { db } = await import("@/lib/db");
  const { pendingEnrolment, removeTwoFactor, startEnrolment } = await import("@/lib/auth/two-factor");
  const { codeFor } = await import("./two-factor");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  await db.$transaction(async (tx) => {
    await removeTwoFactor(tx, userId);
    await startEnrolment(tx, userId);
  });
  const pending = (await pendingEnrolment(user))!;
  return { id: pending.id, code: codeFor(pending.uri) };
}

/** Turns two-step sign-in on for a user, as a confirmed enrolment leaves it. */
async function enrolled(userId: string) {
  const { db } = await import("@/lib/db");
  await pendingEnrolmentFor(userId);
  await db.twoFactor.update({ where: { userId }, data: { verified: true } });
  await db.user.update({ where: { id: userId }, data: { twoFactorEnabled: true } });
}

Object.assign(actionCases, {
  startTwoFactor: {
    input: async ({ actorId }) => {
      if (actorId) {
        const { db } = await import("@/lib/db");
        await db.$transaction((tx) =>
          import("@/lib/auth/two-factor").then((m) => m.removeTwoFactor(tx, actorId)),
        );
      }
      return {};
    },
    expect: everyone,
  },
  confirmTwoFactor: {
    input: async ({ actorId }) => (actorId ? pendingEnrolmentFor(actorId) : { id: "none", code: "123456" }),
    expect: everyone,
  },
  disableTwoFactor: {
    input: async ({ actorId }) => {
      if (actorId) {
        // Whatever an earlier row (changeOwnPassword) made of the password, this one is known.
        const { db } = await import("@/lib/db");
        const { setPassword } = await import("@/lib/auth/users");
        await db.$transaction((tx) => setPassword(tx, actorId, "a-long-test-password", false));
        await enrolled(actorId);
      }
      return { password: "a-long-test-password" };
    },
    expect: everyone,
  },
  resetUserTwoFactor: {
    input: async () => {
      const user = await someUser();
      await enrolled(user.id);
      return { id: user.id, confirm: "yes" };
    },
    expect: adminOnly,
  },
  setTwoFactorPolicy: {
    input: async () => {
      const { twoFactorPolicy } = await import("@/lib/auth/two-factor");
      return { roles: [], updatedAt: (await twoFactorPolicy()).updatedAt.toISOString() };
    },
    expect: adminOnly,
  },
} satisfies Record<string, Case>);
