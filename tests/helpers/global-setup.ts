// One fresh, migrated and seeded database for the whole vitest run, dropped afterwards.
import { createTestDatabase } from "../../scripts/lib/test-db.mjs";

export default async function setup() {
  const database = await createTestDatabase("vitest");
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET ??= "vitest-only-secret-0123456789-abcdefghijklmnop";
  process.env.TEST_DATABASE_KIND = database.kind;
  if (database.kind === "pglite") process.env.DATABASE_POOL_MAX = "1";
  return async () => {
    await database.drop();
  };
}
