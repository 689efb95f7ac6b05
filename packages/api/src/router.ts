import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { concernsRouter } from "./routers/concerns";
import { feedbackRouter } from "./routers/feedback";
import { meetingsRouter } from "./routers/meetings";
import { qaRouter } from "./routers/qa";
import { tipsRouter } from "./routers/tips";
import { router } from "./trpc";

/** Every area's router. Each procedure declares who may call it (see trpc.ts). */
export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
  meetings: meetingsRouter,
  feedback: feedbackRouter,
  concerns: concernsRouter,
  tips: tipsRouter,
  qa: qaRouter,
});

export type AppRouter = typeof appRouter;
/** What each procedure takes and returns, for clients that do not use @trpc/client. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
