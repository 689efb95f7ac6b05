/** The admin area's services: what its router calls and what other areas may use. */
export { listAuditLog } from "./audit-log";
export { createFamily, issueFamilyCode, listFamilies, pendingFamilyCodes, updateFamilyContact } from "./families";
export { createAdministrator, type FirstAdministrator, firstAdminLinkHours } from "./first-admin";
export { type OrganisationPolicy, organisationPolicy, organisationSettings, publicOrganisation, updateOrganisation } from "./organisation";
export { createStaff, listStaff, setStaffDisabled, updateStaff } from "./staff";
export { assertTeamsExist, createTeam, listTeams, renameTeam } from "./teams";
