import { afterAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";

afterAll(() => db.$disconnect());

describe("audit log", () => {
  it("is append-only: updates and deletes change nothing", async () => {
    await audit(db, null, "test.append_only", { type: "test", id: "1" }, { n: 1 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "test.append_only" } });
    await db.$executeRaw`UPDATE audit_log SET action = 'tampered' WHERE id = ${entry.id}`;
    await db.$executeRaw`DELETE FROM audit_log WHERE id = ${entry.id}`;
    const after = await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.action).toBe("test.append_only");
  });
});

describe("the audit log as the admin reads it", () => {
  it("names who acted and what on, links what still exists, and remembers the name of what was deleted", async () => {
    const { readAuditLog } = await import("@/lib/admin/audit");
    const { deleteEntity, saveTranslation } = await import("@/lib/actions/content");
    const { runAction } = await import("@/lib/actions/pipeline");
    const { signedIn } = await import("../helpers/auth");
    const editor = await signedIn("editor");
    const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
    const o = await db.organisation.create({
      data: { key: `audited-${Date.now()}`, regionId: region.id },
    });
    const saved = await runAction(
      saveTranslation,
      {
        type: "organisation",
        id: o.id,
        locale: "fr",
        version: 0,
        name: "Agence auditée",
        slug: "",
        summary: "Une agence.",
        body: "Son texte.",
        intent: "publish",
      },
      editor.headers,
      () => {},
    );
    expect(saved.ok).toBe(true);
    const mine = { who: editor.user.email, page: 1 };
    const [published] = (await readAuditLog(mine, "nl")).entries;
    expect(published).toMatchObject({
      action: "content.publish",
      actor: { name: editor.user.name, email: editor.user.email },
      target: {
        type: "organisation",
        name: "Agence auditée",
        href: `/admin/content/organisation/${o.id}?locale=fr`,
      },
      locale: "fr",
      version: 1,
    });
    await runAction(
      deleteEntity,
      { type: "organisation", id: o.id, confirm: "yes" },
      editor.headers,
      () => {},
    );
    const entries = (await readAuditLog(mine, "nl")).entries;
    expect(entries.map((e) => [e.action, e.target?.name, e.target?.href])).toEqual([
      ["content.delete", "Agence auditée", null],
      ["content.publish", "Agence auditée", null],
    ]);
    await audit(db, editor.user, "user.reset_password", { type: "user", id: editor.user.id });
    const resets = await readAuditLog({ ...mine, action: "user.reset_password" }, "en");
    expect(resets.entries[0]).toMatchObject({
      target: { type: "user", name: editor.user.name, href: `/admin/users/${editor.user.id}` },
    });
    expect(resets.actions).toEqual(
      expect.arrayContaining(["content.delete", "content.publish", "user.reset_password"]),
    );
  });
});
