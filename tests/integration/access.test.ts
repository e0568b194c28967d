// Every server action and every state-changing route handler, called without a session, as a
// translator, as an editor and as an admin. A new action or handler without a row here fails.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "@/lib/actions/all";
import { actionRegistry, runAction } from "@/lib/actions/pipeline";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/metadata";
import { anonymous, createUser, formRequest, signedIn } from "../helpers/auth";
import { actionCases, type Who } from "../helpers/action-cases";
import * as access from "@/lib/auth/access";

afterAll(async () => {
  const made = { OR: [{ key: { startsWith: "access-" } }, { key: { startsWith: "created-" } }] };
  const ids = (await db.organisation.findMany({ where: made, select: { id: true } })).map((o) => o.id);
  await db.scheduledJob.deleteMany({ where: { entityId: { in: ids } } });
  await db.organisation.deleteMany({ where: made });
  await db.reviewRequest.deleteMany({ where: { entityId: { in: ids } } });
  await db.notification.deleteMany({ where: { entityId: "access" } });
  await db.strategy.deleteMany({ where: { key: { startsWith: "access-" } } });
  await db.mediaAsset.deleteMany({ where: { filename: "access.png" } });
  await db.$disconnect();
});

type Sessions = Record<Exclude<Who, "anonymous">, { user: { id: string; email: string }; headers: Headers }>;
let sessions: Sessions;

beforeAll(async () => {
  sessions = {
    translator: await signedIn("translator", ["fr"]),
    editor: await signedIn("editor"),
    admin: await signedIn("admin"),
  };
});

describe("server actions", () => {
  it("each registered action has a row in the access table", () => {
    const names = actionRegistry.map((a) => a.name).sort();
    expect(names.filter((name) => !(name in actionCases))).toEqual([]);
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const definition of actionRegistry) {
    const row = actionCases[definition.name];
    if (!row) continue;
    it(`${definition.name}: no session → 401, then ${JSON.stringify(row.expect)}`, async () => {
      // Outside a Next request the cache cannot be revalidated: the tags are collected instead.
      const touched: string[] = [];
      const collect = (tags: string[]) => void touched.push(...tags);
      const anonymousResult = await runAction(
        definition,
        await row.input({ actorId: null }),
        anonymous(),
        collect,
      );
      expect(anonymousResult).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      for (const who of ["translator", "editor", "admin"] as const) {
        const session = sessions[who];
        const result = await runAction(
          definition,
          await row.input({ actorId: session.user.id }),
          session.headers,
          collect,
        );
        const outcome = result.ok ? "ok" : result.code;
        expect(outcome, `${definition.name} as ${who}: ${JSON.stringify(result)}`).toBe(row.expect[who]);
      }
    });
  }
});

describe("route handlers", () => {
  const handlerFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory()
        ? handlerFiles(full)
        : e.name === "route.ts" || e.name === "route.tsx"
          ? [full]
          : [];
    });

  /** Route handlers that change state, with what each answers without a session / from another origin. */
  const stateChanging: Record<string, { method: "POST"; anonymousStatus: number }> = {
    "app/api/admin/presence/route.ts": { method: "POST", anonymousStatus: 401 },
    "app/api/auth/sign-in/route.ts": { method: "POST", anonymousStatus: 303 },
    "app/api/auth/sign-out/route.ts": { method: "POST", anonymousStatus: 401 },
    // The sign-in's code step: without the password step's challenge, back to the sign-in.
    "app/api/auth/two-factor/route.ts": { method: "POST", anonymousStatus: 303 },
    "app/api/draft/route.ts": { method: "POST", anonymousStatus: 401 },
    // Readers' forms: no session needed; without the form's fields, refused: 303 to the form's
    // page, which shows what was sent with the reasons (lib/feedback/drafts.ts).
    "app/api/feedback/route.ts": { method: "POST", anonymousStatus: 303 },
    "app/api/feedback/comment/route.ts": { method: "POST", anonymousStatus: 303 },
    "app/api/feedback/page/route.ts": { method: "POST", anonymousStatus: 400 },
    "app/api/jobs/run/route.ts": { method: "POST", anonymousStatus: 401 },
  };

  it("every route handler that accepts a write is listed here", async () => {
    const writers: string[] = [];
    for (const file of handlerFiles("app")) {
      const handlers = await import(`@/${file.replace(/\.tsx?$/, "")}`);
      if (["POST", "PUT", "PATCH", "DELETE"].some((m) => m in handlers)) writers.push(file);
    }
    expect(writers.sort()).toEqual(Object.keys(stateChanging).sort());
  });

  for (const [file, row] of Object.entries(stateChanging)) {
    it(`${file}: refuses another origin; without a session answers ${row.anonymousStatus}`, async () => {
      const handlers = await import(`@/${file.replace(/\.tsx?$/, "")}`);
      const handler = handlers[row.method] as (request: Request) => Promise<Response>;
      const user = await createUser("editor");
      const crossOrigin = await handler(
        formRequest(
          `/${file}`,
          { email: user.email, password: "x" },
          new Headers({ origin: "https://evil.example" }),
        ),
      );
      expect(crossOrigin.status).toBe(403);
      const noSession = await handler(
        formRequest(`/${file}`, { email: user.email, password: "wrong-password" }),
      );
      expect(noSession.status).toBe(row.anonymousStatus);
    });
  }
});

describe("route handlers that read what only signed-in users may see", () => {
  it("app/api/admin/media/[id]/[hash]/[file]/route.ts: 401 without a session, the file with one", async () => {
    const { GET } = await import("@/app/api/admin/media/[id]/[hash]/[file]/route");
    const asset = await db.mediaAsset.create({
      data: {
        kind: "document",
        mimeType: "application/pdf",
        filename: "access.png",
        byteSize: 5,
        hash: "a".repeat(64),
        data: new Uint8Array(Buffer.from("%PDF-")),
      },
    });
    const params = { id: asset.id, hash: "a".repeat(16), file: "original.pdf" };
    const call = (headers: Headers) =>
      GET(new Request("http://localhost/api/admin/media", { headers }), { params: Promise.resolve(params) });
    expect((await call(anonymous())).status).toBe(401);
    for (const who of ["translator", "editor", "admin"] as const) {
      const response = await call(sessions[who].headers);
      expect(response.status, who).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
    }
    // The public address of the same file: nothing uses it and it is not public, so a 404.
    const { GET: publicGet } = await import("@/app/media/[id]/[hash]/[file]/route");
    const open = await publicGet(new Request("http://localhost/media"), { params: Promise.resolve(params) });
    expect(open.status).toBe(404);
  });
});

describe("admin route handlers that read", () => {
  /** Each GET handler of the admin's API, with who gets an answer (everyone else: 401 or 403). */
  const readers: Record<string, { url: string; allowed: Exclude<Who, "anonymous">[] }> = {
    "app/api/admin/items/route.ts": {
      url: "/api/admin/items?q=wallonia",
      allowed: ["translator", "editor", "admin"],
    },
  };

  it("every admin route handler that answers GET is listed here", async () => {
    const files = fs
      .readdirSync("app/api/admin", { recursive: true, encoding: "utf8" })
      .filter((f) => /(^|\/)route\.tsx?$/.test(f))
      .map((f) => `app/api/admin/${f}`);
    const getters: string[] = [];
    for (const file of files) {
      if ("GET" in (await import(`@/${file.replace(/\.tsx?$/, "")}`))) getters.push(file);
    }
    // The media library's file route takes its file from the path (tested above); the XLIFF
    // download is tested below with the items it exports.
    const tested = ["app/api/admin/media/[id]/[hash]/[file]/route.ts", "app/api/admin/xliff/route.ts"];
    expect(getters.sort()).toEqual([...Object.keys(readers), ...tested].sort());
  });

  for (const [file, row] of Object.entries(readers)) {
    it(`${file}: 401 without a session, 403 or 200 by role`, async () => {
      const { GET } = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as {
        GET: (request: Request) => Promise<Response>;
      };
      const url = `http://localhost${row.url}`;
      expect((await GET(new Request(url, { headers: anonymous() }))).status).toBe(401);
      const unassigned = await signedIn("translator", []);
      expect((await GET(new Request(url, { headers: unassigned.headers }))).status).toBe(403);
      for (const who of ["translator", "editor", "admin"] as const) {
        const response = await GET(new Request(url, { headers: sessions[who].headers }));
        expect(response.status, `${file} as ${who}`).toBe(row.allowed.includes(who) ? 200 : 403);
      }
    });
  }
});

describe("admin downloads", () => {
  /** Each admin download, with what a query for Dutch answers each role (the translator has French). */
  const downloads: Record<
    string,
    { query: (ids: { organisation: string }) => string; expect: Record<Who, number> }
  > = {
    "app/api/admin/xliff/route.ts": {
      query: ({ organisation }) => `?source=en&target=nl&item=organisation:${organisation}`,
      expect: { anonymous: 401, translator: 403, editor: 200, admin: 200 },
    },
  };

  it("every admin route handler is listed here, among the readers above or among the writers", () => {
    const admin = fs
      .readdirSync("app/api/admin", { recursive: true, withFileTypes: true })
      .filter((e) => e.name === "route.ts")
      .map((e) => path.join(e.parentPath, e.name))
      .filter((file) => file !== "app/api/admin/presence/route.ts");
    const readersAbove = ["app/api/admin/items/route.ts", "app/api/admin/media/[id]/[hash]/[file]/route.ts"];
    expect(admin.sort()).toEqual([...Object.keys(downloads), ...readersAbove].sort());
  });

  for (const [file, row] of Object.entries(downloads)) {
    it(`${file}: ${JSON.stringify(row.expect)}`, async () => {
      const { GET } = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as {
        GET: (request: Request) => Promise<Response>;
      };
      const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
      const organisation = await db.organisation.create({
        data: {
          key: `access-${crypto.randomUUID().slice(0, 8)}`,
          regionId: region.id,
          translations: { create: { locale: "en", slug: `access-${crypto.randomUUID()}`, name: "Access" } },
        },
      });
      const route = file.replace(/^app/, "").replace(/\/route\.tsx?$/, "");
      const url = `${siteUrl()}${route}${row.query({ organisation: organisation.id })}`;
      for (const who of ["anonymous", "translator", "editor", "admin"] as const) {
        const headers = who === "anonymous" ? anonymous() : sessions[who].headers;
        const response = await GET(new Request(url, { headers }));
        expect(response.status, `${file} as ${who}`).toBe(row.expect[who]);
      }
    });
  }
});

describe("admin pages", () => {
  /** Each admin page with the predicate it passes to requireActor, and who gets in. */
  const pages: Record<string, { predicate: keyof typeof access; allowed: Exclude<Who, "anonymous">[] }> = {
    "app/admin/page.tsx": { predicate: "canUseAdmin", allowed: ["translator", "editor", "admin"] },
    "app/admin/account/page.tsx": { predicate: "canUseAdmin", allowed: ["translator", "editor", "admin"] },
    "app/admin/content/page.tsx": { predicate: "canUseAdmin", allowed: ["translator", "editor", "admin"] },
    "app/admin/content/new/page.tsx": { predicate: "canManageContent", allowed: ["editor", "admin"] },
    "app/admin/content/[type]/[id]/page.tsx": {
      predicate: "canUseAdmin",
      allowed: ["translator", "editor", "admin"],
    },
    "app/admin/content/[type]/[id]/history/page.tsx": {
      predicate: "canUseAdmin",
      allowed: ["translator", "editor", "admin"],
    },
    "app/admin/content/[type]/[id]/order/page.tsx": {
      predicate: "canManageContent",
      allowed: ["editor", "admin"],
    },
    "app/admin/translations/page.tsx": {
      predicate: "canUseAdmin",
      allowed: ["translator", "editor", "admin"],
    },
    "app/admin/translations/exchange/page.tsx": {
      predicate: "canExchangeTranslations",
      allowed: ["translator", "editor", "admin"],
    },
    "app/admin/feedback/page.tsx": { predicate: "canReadFeedback", allowed: ["editor", "admin"] },
    "app/admin/links/page.tsx": { predicate: "canReadLinkReport", allowed: ["editor", "admin"] },
    "app/admin/users/page.tsx": { predicate: "canManageUsers", allowed: ["admin"] },
    "app/admin/users/[id]/page.tsx": { predicate: "canManageUsers", allowed: ["admin"] },
    "app/admin/audit/page.tsx": { predicate: "canViewAuditLog", allowed: ["admin"] },
    "app/admin/trash/page.tsx": { predicate: "canRestoreFromTrash", allowed: ["admin"] },
    "app/admin/reviews/page.tsx": { predicate: "canReviewAny", allowed: ["editor", "admin"] },
    "app/admin/notifications/page.tsx": {
      predicate: "canUseAdmin",
      allowed: ["translator", "editor", "admin"],
    },
    "app/admin/settings/page.tsx": { predicate: "canManageSettings", allowed: ["admin"] },
  };
  /** Pages anyone may open: signing in (both steps), and the admin's 404. */
  const open = [
    "app/admin/sign-in/page.tsx",
    "app/admin/sign-in/two-factor/page.tsx",
    "app/admin/[...missing]/page.tsx",
  ];
  const pageFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? pageFiles(full) : e.name === "page.tsx" ? [full] : [];
    });

  it("every admin page is listed here and checks its own predicate with requireActor", () => {
    const files = pageFiles("app/admin").filter((f) => !open.includes(f));
    expect(files.sort()).toEqual(Object.keys(pages).sort());
    for (const [file, row] of Object.entries(pages)) {
      expect(fs.readFileSync(file, "utf8"), file).toContain(`requireActor(${row.predicate},`);
    }
  });

  it("each page's predicate lets in exactly the roles listed", () => {
    for (const [file, row] of Object.entries(pages)) {
      const predicate = access[row.predicate] as (actor: access.Actor) => boolean;
      for (const who of ["translator", "editor", "admin"] as const) {
        const actor = access.toActor({
          id: who,
          name: who,
          email: `${who}@example.test`,
          role: who,
          locales: who === "translator" ? ["fr"] : [],
          uiLocale: "en",
          mustChangePassword: false,
        });
        expect(predicate(actor), `${file} as ${who}`).toBe(row.allowed.includes(who));
      }
    }
  });
});
