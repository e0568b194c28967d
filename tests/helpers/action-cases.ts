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

Object.assign(actionCases, {
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
