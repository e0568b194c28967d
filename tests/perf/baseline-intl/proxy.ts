import createMiddleware from "next-intl/middleware";
import { routing } from "../../../lib/i18n/routing";

// The portal's routing (translated URLs), and nothing else of its proxy.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
