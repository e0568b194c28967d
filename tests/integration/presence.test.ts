// Who has a translation open: the route handler the open page calls, and what the others read.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/admin/presence/route";
import { readOthersPresent, recordOpen } from "@/lib/admin/presence";
import { db } from "@/lib/db";
import { formRequest, signedIn } from "../helpers/auth";

let anna: Awaited<ReturnType<typeof signedIn>>;
let bart: Awaited<ReturnType<typeof signedIn>>;
let translator: Awaited<ReturnType<typeof signedIn>>;
let organisationId = "";

beforeAll(async () => {
  [anna, bart, translator] = await Promise.all([
    signedIn("editor"),
    signedIn("editor"),
    signedIn("translator", ["fr"]),
  ]);
  const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
  organisationId = (
    await db.organisation.create({
      data: { key: `presence-${randomUUID().slice(0, 8)}`, regionId: region.id },
    })
  ).id;
});
afterAll(async () => {
  await db.presence.deleteMany({ where: { entityId: organisationId } });
  await db.organisation.deleteMany({ where: { key: { startsWith: "presence-" } } });
  await db.$disconnect();
});

const send = (headers: Headers, fields: Record<string, string>) =>
  POST(formRequest("/api/admin/presence", { type: "organisation", id: organisationId, ...fields }, headers));
const ref = () => ({ type: "organisation" as const, id: organisationId, locale: "en" as const });

describe("presence", () => {
  it("shows the others who have the translation open, then that they left", async () => {
    expect((await send(anna.headers, { locale: "en", event: "heartbeat" })).status).toBe(204);
    const seen = await readOthersPresent(ref(), bart.user.id);
    expect(seen).toEqual([
      { name: anna.user.name, openedAt: expect.any(Date), seenAt: expect.any(Date), stillThere: true },
    ]);
    // Nobody is told about themselves.
    expect(await readOthersPresent(ref(), anna.user.id)).toEqual([]);

    expect((await send(anna.headers, { locale: "en", event: "leave" })).status).toBe(204);
    expect(await readOthersPresent(ref(), bart.user.id)).toMatchObject([
      { name: anna.user.name, stillThere: false },
    ]);
    // After a quarter of an hour it is forgotten.
    expect(await readOthersPresent(ref(), bart.user.id, new Date(Date.now() + 16 * 60_000))).toEqual([]);
  });

  it("keeps the time of opening across heartbeats, and opens anew after leaving or going silent", async () => {
    const start = new Date(Date.now() - 10 * 60_000);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    await recordOpen(db, bart.user.id, ref(), start);
    await recordOpen(db, bart.user.id, ref(), at(1));
    await recordOpen(db, bart.user.id, ref(), at(2));
    let [seen] = await readOthersPresent(ref(), anna.user.id, at(2));
    expect(seen).toMatchObject({ openedAt: start, seenAt: at(2), stillThere: true });
    // Two heartbeats missed and a half: no longer there.
    [seen] = await readOthersPresent(ref(), anna.user.id, at(5));
    expect(seen.stillThere).toBe(false);
    await recordOpen(db, bart.user.id, ref(), at(6));
    [seen] = await readOthersPresent(ref(), anna.user.id, at(6));
    expect(seen).toMatchObject({ openedAt: at(6), stillThere: true });
  });

  it("checks the language, the values and the item", async () => {
    expect((await send(translator.headers, { locale: "nl", event: "heartbeat" })).status).toBe(403);
    expect((await send(translator.headers, { locale: "fr", event: "heartbeat" })).status).toBe(204);
    expect((await send(anna.headers, { locale: "en", event: "lock" })).status).toBe(422);
    const missing = await POST(
      formRequest(
        "/api/admin/presence",
        { type: "organisation", id: "no-such-item", locale: "en", event: "heartbeat" },
        anna.headers,
      ),
    );
    expect(missing.status).toBe(404);
  });
});

describe("presence across pages of one person", () => {
  it("a leave from a page a reload replaced, arriving after the new page's heartbeat, ends nothing", async () => {
    const fresh = { locale: "nl", event: "heartbeat", page: "page-new" };
    expect((await send(anna.headers, { locale: "nl", event: "heartbeat", page: "page-old" })).status).toBe(
      204,
    );
    expect((await send(anna.headers, fresh)).status).toBe(204);
    expect((await send(anna.headers, { locale: "nl", event: "leave", page: "page-old" })).status).toBe(204);
    const nl = { ...ref(), locale: "nl" as const };
    expect(await readOthersPresent(nl, bart.user.id)).toMatchObject([
      { name: anna.user.name, stillThere: true },
    ]);
    // The page that is open leaving does end it.
    expect((await send(anna.headers, { locale: "nl", event: "leave", page: "page-new" })).status).toBe(204);
    expect(await readOthersPresent(nl, bart.user.id)).toMatchObject([
      { name: anna.user.name, stillThere: false },
    ]);
  });
});
