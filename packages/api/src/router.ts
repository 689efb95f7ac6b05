import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { router } from "./trpc";

/** Every area's router. Each procedure declares who may call it (see trpc.ts). */
export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
