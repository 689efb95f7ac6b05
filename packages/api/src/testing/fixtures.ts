/**
 * Test fixtures for meetings, feedback and concerns: an organisation, published tips,
 * a recorded meeting, and a valid submission. Used by the tests beside these routers.
 */
import { randomBytes } from "node:crypto";
import { organisation, tips, tipVersions } from "@heard/db";
import { AppError, defaultTips } from "@heard/domain";
import { callerWithToken, makeTeam, makeUser, type TestWorld } from "./index";

export const safeguardingEmail = "safeguarding@test.local";

export async function seedOrganisation(
  world: TestWorld,
  settings: { concernAckTargetMinutes?: number; feedbackCodeValidDays?: number } = {},
) {
  await world.db
    .insert(organisation)
    .values({ id: 1, name: "Testshire Council", frontDoorPhone: "01234 567890", safeguardingEmail, ...settings })
    .onConflictDoUpdate({ target: organisation.id, set: { safeguardingEmail, ...settings } });
}

let versionNumber = 0;

/** A tip version with the default tips (or `count` of them); returns its id and tip ids in order. */
export async function addTipVersion(world: TestWorld, status: "draft" | "published" | "retired" = "published", count = 10) {
  const [version] = await world.db
    .insert(tipVersions)
    .values({ number: ++versionNumber, status, publishedAt: status === "draft" ? null : world.now() })
    .returning();
  if (!version) throw new Error("no version");
  const rows = await world.db
    .insert(tips)
    .values(
      defaultTips.slice(0, count).map((tip, index) => ({
        versionId: version.id,
        position: index + 1,
        title: tip.title,
        wording: tip.wording,
        icon: tip.icon ?? null,
        translations: tip.translations ?? {},
      })),
    )
    .returning({ id: tips.id });
  return { id: version.id, tipIds: rows.map((r) => r.id) };
}

/** A team with a worker who records a meeting in it. */
export async function recordedMeeting(world: TestWorld, options: { type?: "coreGroup" | "childProtectionConference" } = {}) {
  const team = await makeTeam(world);
  const worker = await makeUser(world, "worker", { teamIds: [team.id] });
  const caller = await worker.caller();
  const meeting = await caller.meetings.create({
    type: options.type ?? "coreGroup",
    heldOn: "2026-03-02",
    teamId: team.id,
    workerIds: [worker.user.id],
  });
  return { team, worker, caller, meeting };
}

export function idempotencyKey(): string {
  return randomBytes(16).toString("base64url");
}

/** A valid submission for a code with the given tips answered "yes". */
export function submission(code: string, tipIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    code,
    idempotencyKey: idempotencyKey(),
    respondentKind: "child" as const,
    ageBand: "8to12" as const,
    language: "en" as const,
    answers: tipIds.map((tipId) => ({ tipId, answer: "yes" as const })),
    contactRequested: false,
    ...overrides,
  };
}

export const worryingText = "My stepdad hits me when he is drunk and I am scared to go home.";

export async function anonymous(world: TestWorld) {
  return callerWithToken(world, null);
}

/** The error a promise rejects with. */
export async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; cause?: unknown };
  }
  throw new Error("expected the call to fail");
}

/** Field → message key of a refusal, as the client sees it in `fieldErrors` (from the schema or a service's rule). */
export function fieldErrorsOf(error: { cause?: unknown }): Record<string, string> {
  const cause = error.cause;
  if (cause instanceof AppError) return { ...cause.fieldErrors };
  const issues = (cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues ?? [];
  return Object.fromEntries(issues.map((i) => [i.path.join("."), i.message]));
}
