// Accounts that could do nothing, and deactivation without confirmation, are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, setUserActive, updateUser } from "@/lib/actions/users";
import { runAction } from "@/lib/actions/pipeline";
import { db } from "@/lib/db";
import { createUser as createTestUser, signedIn } from "../helpers/auth";

let admin: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  admin = await signedIn("admin");
});
afterAll(async () => {
  await db.$disconnect();
});

const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>) =>
  runAction(definition, input, admin.headers, () => {});

describe("user rules", () => {
  it("a translator needs at least one language, on creation and when edited", async () => {
    const email = `nolang-${Date.now()}@example.test`;
    const created = await run(createUser, {
      name: "No languages",
      email,
      role: "translator",
      locales: [],
      uiLocale: "fr",
    });
    expect(created).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { locales: ["translatorNeedsLanguage"] },
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(
      (await run(createUser, { name: "Editor", email, role: "editor", locales: [], uiLocale: "fr" })).ok,
    ).toBe(true);

    const translator = await createTestUser("translator", ["nl"]);
    const edited = await run(updateUser, {
      id: translator.id,
      name: translator.name,
      role: "translator",
      locales: [],
      updatedAt: translator.updatedAt.toISOString(),
    });
    expect(edited).toMatchObject({ ok: false, fieldErrors: { locales: ["translatorNeedsLanguage"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: translator.id } })).locales).toEqual(["nl"]);
  });

  it("deactivating asks for a confirmation; reactivating does not", async () => {
    const user = await createTestUser("translator", ["fr"]);
    const unconfirmed = await run(setUserActive, { id: user.id, active: "false" });
    expect(unconfirmed).toMatchObject({ ok: false, fieldErrors: { confirm: ["confirmDeactivate"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
    expect(await run(setUserActive, { id: user.id, active: "false", confirm: "yes" })).toMatchObject({
      ok: true,
      data: { active: false },
    });
    expect(await run(setUserActive, { id: user.id, active: "true" })).toMatchObject({
      ok: true,
      data: { active: true },
    });
  });
});
