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
  withdrawTranslation: {
    input: async () => ({
      type: "organisation",
      id: (await organisationRef()).organisation.id,
      locale: "fr",
      version: 1,
      confirm: "yes",
      note: "Replaced by a newer page.",
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
  restoreFromTrash: {
    input: async () => ({ trashId: await trashedOrganisation() }),
    expect: { translator: "FORBIDDEN", editor: "FORBIDDEN", admin: "ok" },
  },
} satisfies Record<string, Case>);

/** An organisation deleted the way the delete action does it: in the trash, restorable. */
async function trashedOrganisation() {
  const { db } = await import("@/lib/db");
  const { moveToTrash } = await import("@/lib/actions/trash");
  const { organisation } = await organisationRef();
  const deleter = await createUser("editor");
  return db.$transaction(async (tx) => {
    await moveToTrash(tx, { ...deleter, mustChangePassword: false }, "organisation", organisation);
    await tx.organisation.delete({ where: { id: organisation.id } });
    return (await tx.trashItem.findFirstOrThrow({ where: { entityId: organisation.id } })).id;
  });
}

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

Object.assign(actionCases, {
  setReviewPolicy: {
    input: async () => {
      const { db } = await import("@/lib/db");
      const policy = await db.reviewPolicy.findUniqueOrThrow({ where: { id: 1 } });
      return { siteRequired: "", version: String(policy.version) };
    },
    expect: adminOnly,
  },
  assignReviewer: {
    input: async () => {
      const { db } = await import("@/lib/db");
      const { organisation } = await organisationRef();
      await db.organisationTranslation.updateMany({
        where: { organisationId: organisation.id, locale: "fr" },
        data: { status: "in_review" },
      });
      return { type: "organisation", id: organisation.id, locale: "fr", version: 1, reviewerId: "" };
    },
    expect: editorsOnly,
  },
  markNotificationRead: {
    input: async ({ actorId }) => {
      const { db } = await import("@/lib/db");
      const notification = await db.notification.create({
        data: {
          userId: actorId ?? (await someUser()).id,
          kind: "approved",
          entityType: "organisation",
          entityId: "access",
          locale: "fr",
          itemName: "Access",
        },
      });
      return { id: notification.id };
    },
    expect: everyone,
  },
  markAllNotificationsRead: { input: () => ({}), expect: everyone },
  setEmailNotifications: { input: () => ({ emailNotifications: "on" }), expect: everyone },
  // Submitting French is the translator's own work; publishing and archiving are editors'.
  bulkContent: {
    input: async () => {
      const { organisation } = await organisationRef();
      return {
        intent: "submit",
        locale: "fr",
        items: [`organisation:${organisation.id}`],
        seen: [`organisation:${organisation.id}:fr:1`],
      };
    },
    expect: everyone,
  },
  reorderChildren: {
    input: async () => {
      const { db } = await import("@/lib/db");
      const { regionId } = await organisationRef();
      const key = `access-${randomUUID().slice(0, 8)}`;
      const strategy = await db.strategy.create({
        data: { key, regionId, periodStart: 2020, periodEnd: 2025, adoptedOn: new Date("2020-01-01") },
      });
      const pillars = await Promise.all(
        [1, 2].map((position) =>
          db.pillar.create({ data: { key: `${key}-${position}`, strategyId: strategy.id, position } }),
        ),
      );
      return {
        parent: "strategy",
        parentId: strategy.id,
        seen: pillars.map((p) => p.id),
        move: `${pillars[0].id}:down`,
      };
    },
    expect: editorsOnly,
  },
  // A file exported for Dutch: a translator of French only may not import it (into their own
  // language they may: tests/integration/exchange.test.ts).
  importXliff: {
    input: async () => {
      const { readExportItems } = await import("@/lib/admin/exchange");
      const { buildXliff } = await import("@/lib/exchange/xliff");
      const { organisation } = await organisationRef();
      const read = await readExportItems({
        source: "en",
        target: "nl",
        refs: [{ type: "organisation", id: organisation.id }],
      });
      if (!read.ok) throw new Error("the item cannot be exported");
      const xml = await buildXliff({
        sourceLocale: "en",
        targetLocale: "nl",
        items: read.items.map((item) => ({ ...item, target: { name: "Geïmporteerde naam" } })),
        fieldLabel: (field) => field,
      });
      return { locale: "nl", file: new File([xml], "vertaling.xlf") };
    },
    expect: editorsOnly,
  },
} satisfies Record<string, Case>);

// ── Media library ──

async function mediaAsset() {
  const { db } = await import("@/lib/db");
  return db.mediaAsset.create({
    data: {
      kind: "image",
      mimeType: "image/png",
      filename: "access.png",
      byteSize: 1,
      hash: "0".repeat(64),
      width: 1,
      height: 1,
      data: new Uint8Array([0]),
    },
  });
}

async function tinyPng() {
  const sharp = (await import("sharp")).default;
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], "access.png", { type: "image/png" });
}

Object.assign(actionCases, {
  uploadMedia: { input: async () => ({ file: await tinyPng(), alt_en: "Access" }), expect: editorsOnly },
  updateMediaSettings: {
    input: async () => {
      const asset = await mediaAsset();
      return { id: asset.id, updatedAt: asset.updatedAt.toISOString(), isPublic: "on" };
    },
    expect: editorsOnly,
  },
  // The translator may edit fr (their language).
  updateMediaText: {
    input: async () => ({
      id: (await mediaAsset()).id,
      locale: "fr",
      updatedAt: "",
      alt: "Logo",
      caption: "",
    }),
    expect: everyone,
  },
  deleteMedia: { input: async () => ({ id: (await mediaAsset()).id, confirm: "yes" }), expect: editorsOnly },
});
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
