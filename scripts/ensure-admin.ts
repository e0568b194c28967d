// Run by `npm start` after the seed: when no user exists yet (and ADMIN_EMAIL/ADMIN_PASSWORD
// are not set), creates the first administrator with a random password and prints it, once.
import { oneTimePassword } from "../lib/auth/password";
import { FIRST_ADMIN_EMAIL, renameUnusableFirstAdmin, upsertAdmin } from "../lib/auth/users";
import { db } from "../lib/db";

async function main() {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env;
  const renamed = await renameUnusableFirstAdmin();
  if (ADMIN_EMAIL && ADMIN_PASSWORD) {
    await upsertAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    console.log(JSON.stringify({ email: ADMIN_EMAIL.trim().toLowerCase() }));
  } else if ((await db.user.count()) === 0) {
    const password = oneTimePassword();
    await upsertAdmin(FIRST_ADMIN_EMAIL, password);
    console.log(JSON.stringify({ email: FIRST_ADMIN_EMAIL, password }));
  } else {
    console.log(JSON.stringify(renamed ? { renamed } : {}));
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
