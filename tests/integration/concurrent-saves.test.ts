// Many saves of one translation (or of one entity's facts) at the same moment, all made from the
// same version, as when several editors press Save together: the database lets exactly one win
// per version; the others get CONFLICT with the winner's state, and no revision or audit entry
// is lost or doubled.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveTranslation, updateFacts } from "@/lib/actions/content";
import { runAction, type ActionResult } from "@/lib/actions/pipeline";
import { db } from "@/lib/db";
import { signedIn } from "../helpers/auth";

const SAVES = 20;
const ROUNDS = 3;

let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "race-" } } });
  await db.$disconnect();
});

async function organisation(withTranslation: boolean) {
  const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
  const key = `race-${randomUUID().slice(0, 8)}`;
  return db.organisation.create({
    data: {
      key,
      regionId: region.id,
      translations: withTranslation
        ? { create: { locale: "en", slug: key, name: "Race", status: "published", publishedAt: new Date() } }
        : undefined,
    },
  });
}

const saveAt = (id: string, version: number, body: string) =>
  runAction(
    saveTranslation,
    {
      type: "organisation",
      id,
      locale: "en",
      version,
      name: "Race",
      slug: "",
      summary: "",
      body,
      intent: "draft",
    },
    editor.headers,
    () => {},
  );

/**
 * Fires every call at once and makes their transactions meet: another connection holds an
 * exclusive lock on the organisation table, so each transaction stops at its first read of it
 * until as many as the connection pool holds are waiting, then all of them go on together.
 * (The embedded database runs one transaction at a time: there the calls simply run.)
 */
async function together<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  if (process.env.TEST_DATABASE_KIND === "pglite") return Promise.all(calls.map((call) => call()));
  const gate = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await gate.connect();
  await gate.query("BEGIN");
  await gate.query("LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE");
  const running = Promise.all(calls.map((call) => call()));
  const poolSize = Number(process.env.DATABASE_POOL_MAX ?? 4);
  for (const deadline = Date.now() + 1500; Date.now() < deadline; await sleep(10)) {
    const { rows } = await gate.query(
      "SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'organisation'::regclass AND NOT granted",
    );
    if (rows[0].n >= Math.min(poolSize, calls.length)) break;
  }
  await gate.query("COMMIT");
  await gate.end();
  return running;
}

function splitOutcomes(results: ActionResult[]) {
  const winners = results.filter((r) => r.ok);
  const losers = results.filter((r) => !r.ok);
  return { winners, losers };
}

describe("concurrent saves of one translation", () => {
  it("one save per version wins, the others get the winner's text as a conflict; versions stay contiguous", async () => {
    const o = await organisation(true);
    const bodies: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const expected = round + 1;
      const results = await together(
        Array.from({ length: SAVES }, (_, i) => () => saveAt(o.id, expected, `Round ${round}, save ${i}.`)),
      );
      const { winners, losers } = splitOutcomes(results);
      expect(winners, `round ${round}`).toHaveLength(1);
      const won = winners[0] as { data: { version: number } };
      expect(won.data.version).toBe(expected + 1);
      const body = (await db.revision.findFirstOrThrow({ where: { entityId: o.id, version: expected + 1 } }))
        .content as { body: string };
      bodies.push(body.body);
      for (const loser of losers) {
        expect(loser).toMatchObject({
          ok: false,
          code: "CONFLICT",
          detail: {
            version: expected + 1,
            content: { body: body.body },
            authorName: editor.user.name,
            savedAt: expect.any(String),
          },
        });
      }
    }
    const revisions = await db.revision.findMany({ where: { entityId: o.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: ROUNDS }, (_, i) => i + 2));
    expect(revisions.map((r) => (r.content as { body: string }).body)).toEqual(bodies);
    const row = await db.organisationTranslation.findFirstOrThrow({ where: { organisationId: o.id } });
    expect(row.version).toBe(ROUNDS + 1);
    expect(await db.auditLog.count({ where: { targetId: o.id, action: "content.save" } })).toBe(ROUNDS);
  });

  it("of many first saves of a translation that does not exist yet, one creates it", async () => {
    const o = await organisation(false);
    const results = await together(
      Array.from({ length: SAVES }, (_, i) => () => saveAt(o.id, 0, `First text ${i}.`)),
    );
    const { winners, losers } = splitOutcomes(results);
    expect(winners).toHaveLength(1);
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: o.id } });
    for (const loser of losers) {
      expect(loser).toMatchObject({
        code: "CONFLICT",
        detail: { version: 1, content: { body: (revision.content as { body: string }).body } },
      });
    }
    expect(await db.revision.count({ where: { entityId: o.id } })).toBe(1);
    expect(await db.organisationTranslation.count({ where: { organisationId: o.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: o.id, action: "content.save" } })).toBe(1);
  });
});

describe("concurrent saves of an entity's facts", () => {
  it("one save per token wins; the others get the token to send next and who saved", async () => {
    const o = await organisation(true);
    let token = o.updatedAt.toISOString();
    const positions: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results = await together(
        Array.from(
          { length: SAVES },
          (_, i) => () =>
            runAction(
              updateFacts,
              {
                type: "organisation",
                id: o.id,
                updatedAt: token,
                regionId: o.regionId,
                focusAreas: [],
                position: String(round * 100 + i),
              },
              editor.headers,
              () => {},
            ),
        ),
      );
      const { winners, losers } = splitOutcomes(results);
      expect(winners, `round ${round}`).toHaveLength(1);
      const saved = await db.organisation.findUniqueOrThrow({ where: { id: o.id } });
      positions.push(saved.position);
      expect(saved.updatedAt.toISOString()).not.toBe(token);
      for (const loser of losers) {
        expect(loser).toMatchObject({
          ok: false,
          code: "CONFLICT",
          detail: { updatedAt: saved.updatedAt.toISOString(), authorName: editor.user.name },
        });
      }
      token = saved.updatedAt.toISOString();
    }
    expect(new Set(positions).size).toBe(ROUNDS);
    expect(await db.auditLog.count({ where: { targetId: o.id, action: "content.update_facts" } })).toBe(
      ROUNDS,
    );
  });
});

describe("who made the newer version", () => {
  it("says it was the editor's own save (another tab), or someone else's", async () => {
    // An editor of its own: the races above used up the shared one's saves for this minute.
    const me = await signedIn("editor");
    const { id, key } = await organisation(true);
    const save = (headers: Headers, body: string) =>
      runAction(
        saveTranslation,
        {
          type: "organisation",
          id,
          locale: "en",
          version: 1,
          name: "Race",
          slug: key,
          summary: "",
          body,
          intent: "draft",
        },
        headers,
        () => {},
      );
    const first = await save(me.headers, "From the first tab.");
    expect(first.ok, JSON.stringify(first)).toBe(true);
    expect(await save(me.headers, "From the second tab.")).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "contentChangedBySelf",
    });
    const other = await signedIn("editor");
    const theirs = await runAction(
      saveTranslation,
      {
        type: "organisation",
        id,
        locale: "en",
        version: 1,
        name: "Race",
        slug: "",
        summary: "",
        body: "Theirs.",
        intent: "draft",
      },
      other.headers,
      () => {},
    );
    expect(theirs).toMatchObject({ ok: false, code: "CONFLICT", message: "contentChanged" });
  });
});
