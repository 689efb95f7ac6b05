import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { adminRouter } from "./admin/router";
import { authRouter } from "./auth/router";
import { concernsRouter } from "./concerns/router";
import { feedbackRouter } from "./feedback/router";
import { lettersRouter } from "./letters/router";
import { meetingsRouter } from "./meetings/router";
import { router } from "./platform/trpc";
import { qaRouter } from "./qa/router";
import { statementsRouter } from "./statements/router";
import { tipsRouter } from "./tips/router";

/** Every area's router. Each procedure declares who may call it (see platform/trpc.ts). */
export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
  meetings: meetingsRouter,
  feedback: feedbackRouter,
  concerns: concernsRouter,
  tips: tipsRouter,
  qa: qaRouter,
  letters: lettersRouter,
  statements: statementsRouter,
});

export type AppRouter = typeof appRouter;
/** What each procedure takes and returns, for clients that do not use @trpc/client. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
