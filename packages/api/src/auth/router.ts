import { authSchemas } from "@heard/domain";
import { publicProcedure, router, signedInProcedure } from "../platform/trpc";
import * as auth from "./service";

export const authRouter = router({
  /** Whoever is signed in on this browser, or null. */
  me: publicProcedure.query(({ ctx }) => auth.whoIsSignedIn(ctx)),
  staffSignIn: publicProcedure.input(authSchemas.staffSignInInput).mutation(({ ctx, input }) => auth.staffSignIn(ctx, input)),
  familySignIn: publicProcedure.input(authSchemas.familySignInInput).mutation(({ ctx, input }) => auth.familySignIn(ctx, input)),
  /** A family member turns a one-time code into a sign-in name and passphrase. */
  familyActivate: publicProcedure
    .input(authSchemas.familyActivateInput)
    .mutation(({ ctx, input }) => auth.activateFamilyAccount(ctx, input)),
  /** A member of staff with a one-time link (a first administrator) sets a password. */
  staffActivate: publicProcedure.input(authSchemas.staffActivateInput).mutation(({ ctx, input }) => auth.activateStaffAccount(ctx, input)),
  /** Signs out of the app asking; always succeeds. */
  signOut: publicProcedure.mutation(({ ctx }) => auth.signOut(ctx)),
  /** Ends every session of the user (other devices included) and starts a fresh one here. */
  changePassword: signedInProcedure.input(authSchemas.changePasswordInput).mutation(({ ctx, input }) => auth.changePassword(ctx, input)),
  setLanguage: signedInProcedure.input(authSchemas.setLanguageInput).mutation(({ ctx, input }) => auth.setLanguage(ctx, input)),
});
