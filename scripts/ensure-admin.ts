// Run by `npm start` after the seed: when no user exists yet (and ADMIN_EMAIL/ADMIN_PASSWORD
// are not set), creates admin@localhost with a random password and prints it, once.
import { oneTimePassword } from "../lib/auth/password";
import { upsertAdmin } from "../lib/auth/users";
import { db } from "../lib/db";

async function main() {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env;
  if (ADMIN_EMAIL && ADMIN_PASSWORD) {
    await upsertAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    console.log(JSON.stringify({ email: ADMIN_EMAIL.toLowerCase() }));
  } else if ((await db.user.count()) === 0) {
    const password = oneTimePassword();
    await upsertAdmin("admin@localhost", password);
    console.log(JSON.stringify({ email: "admin@localhost", password }));
  } else {
    console.log(JSON.stringify({}));
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
