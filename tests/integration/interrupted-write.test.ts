// A write whose database connection drops half-way leaves the previous state intact: the
// translation, its revisions and the audit log are exactly as before.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { writeTranslation } from "@/lib/actions/content";
import { audit } from "@/lib/audit";
import { toActor } from "@/lib/auth/access";
import { readWorkingCopy } from "@/lib/content/editorial";
import { createPrismaClient, db } from "@/lib/db";
import { createUser } from "../helpers/auth";

afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "cut-" } } });
  await db.$disconnect();
});

describe("interrupted writes", () => {
  it("a connection killed in the middle of a publish changes nothing", async (context) => {
    if (process.env.TEST_DATABASE_KIND === "pglite") {
      context.skip(); // PGlite has no backends to terminate; the test runs on PostgreSQL in CI.
    }
    const user = await createUser("editor");
    const actor = toActor(user);
    const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
    const organisation = await db.organisation.create({
      data: {
        key: `cut-${randomUUID().slice(0, 8)}`,
        regionId: region.id,
        translations: {
          create: {
            locale: "en",
            slug: `cut-${randomUUID().slice(0, 8)}`,
            name: "Before",
            status: "published",
          },
        },
      },
    });
    const before = await readWorkingCopy(db, "organisation", organisation.id, "en");
    const counts = async () => ({
      revisions: await db.revision.count({ where: { entityId: organisation.id } }),
      audit: await db.auditLog.count({ where: { targetId: organisation.id } }),
    });
    const countsBefore = await counts();

    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    // The writer has a client of its own, as a separate app process would.
    const writer = createPrismaClient();
    try {
      await expect(
        writer.$transaction(async (tx) => {
          await writeTranslation(tx, actor, {
            type: "organisation",
            id: organisation.id,
            locale: "en",
            expectedVersion: before!.version,
            content: { ...before!.content, name: "After", summary: "Half-written." },
            status: "published",
          });
          await audit(tx, actor, "content.publish", { type: "organisation", id: organisation.id });
          // The process dies or the network drops here, before the commit.
          const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          await killer.query("SELECT pg_terminate_backend($1)", [pid]);
          await tx.$queryRaw`SELECT 1`;
        }),
      ).rejects.toThrow();
    } finally {
      await killer.end();
      // Its broken pool is abandoned, like the dead process's.
      void writer.$disconnect().catch(() => {});
    }
    const after = await readWorkingCopy(db, "organisation", organisation.id, "en");
    expect(after).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });
});
