import { adminSchemas, authSchemas } from "@heard/domain";
import { publicProcedure, router, staffProcedure } from "../platform/trpc";
import * as admin from "./service";

const administers = staffProcedure("admin.manage");
const managesFamilies = staffProcedure("families.manage");

export const adminRouter = router({
  organisation: router({
    /** The name and front door number, for every family screen before anyone signs in. */
    public: publicProcedure.query(({ ctx }) => admin.publicOrganisation(ctx)),
    get: administers.query(({ ctx }) => admin.organisationSettings(ctx)),
    update: administers.input(adminSchemas.organisationSettingsInput).mutation(({ ctx, input }) => admin.updateOrganisation(ctx, input)),
  }),

  teams: router({
    list: staffProcedure("staff.signedIn").query(({ ctx }) => admin.listTeams(ctx)),
    create: administers.input(adminSchemas.teamInput).mutation(({ ctx, input }) => admin.createTeam(ctx, input)),
    rename: administers
      .input(adminSchemas.teamInput.extend({ id: authSchemas.id }))
      .mutation(({ ctx, input }) => admin.renameTeam(ctx, input)),
  }),

  staff: router({
    list: administers.query(({ ctx }) => admin.listStaff(ctx)),
    create: administers.input(authSchemas.createStaffUserInput).mutation(({ ctx, input }) => admin.createStaff(ctx, input)),
    update: administers.input(authSchemas.updateStaffUserInput).mutation(({ ctx, input }) => admin.updateStaff(ctx, input)),
    /** Disabling ends every session of the account at once. */
    setDisabled: administers.input(authSchemas.setDisabledInput).mutation(({ ctx, input }) => admin.setStaffDisabled(ctx, input)),
  }),

  families: router({
    /** Family accounts in the teams the staff member acts for; organisation-wide roles see all. */
    list: managesFamilies.query(({ ctx }) => admin.listFamilies(ctx)),
    create: managesFamilies.input(authSchemas.createFamilyAccountInput).mutation(({ ctx, input }) => admin.createFamily(ctx, input)),
    /** The address for "a letter is waiting" emails, and whether they want them. */
    updateContact: managesFamilies
      .input(authSchemas.updateFamilyContactInput)
      .mutation(({ ctx, input }) => admin.updateFamilyContact(ctx, input)),
    /** A new one-time code (for a lost passphrase too); earlier unused codes stop working. */
    issueCode: managesFamilies.input(authSchemas.idInput).mutation(({ ctx, input }) => admin.issueFamilyCode(ctx, input)),
    pendingCodes: managesFamilies.input(authSchemas.idInput).query(({ ctx, input }) => admin.pendingFamilyCodes(ctx, input)),
  }),

  audit: router({
    list: staffProcedure("admin.audit")
      .input(adminSchemas.auditLogQuery)
      .query(({ ctx, input }) => admin.listAuditLog(ctx, input)),
  }),
});
