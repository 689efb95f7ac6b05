import { letterAddressees, letters, letterVersions, meetings, type Queryable, teams, users } from "@heard/db";
import { isLetterOverdue, type Scope } from "@heard/domain";
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

const writers = alias(users, "writers");
const addressees = alias(users, "addressees");

/**
 * The SQL twin of who may see a letter under `letters.write` (and `letters.approve`): the
 * letters a person wrote or is named to review; with team scope, every letter of their teams.
 */
export function lettersWithin(scope: Scope | null): SQL | undefined {
  if (!scope) return sql`false`;
  if (scope.kind === "organisation") return undefined;
  const own = or(eq(letters.writerId, scope.userId), eq(letters.reviewerId, scope.userId)) as SQL;
  if (scope.kind === "team" && scope.teamIds.length > 0) return or(own, inArray(letters.teamId, [...scope.teamIds]));
  return own;
}

export const letterColumns = {
  id: letters.id,
  kind: letters.kind,
  status: letters.status,
  language: letters.language,
  teamId: letters.teamId,
  teamName: teams.name,
  writerId: letters.writerId,
  writerName: writers.displayName,
  reviewerId: letters.reviewerId,
  meetingId: letters.meetingId,
  meetingType: meetings.type,
  meetingHeldOn: meetings.heldOn,
  fromFamilyId: letters.fromFamilyId,
  addresseeId: letterAddressees.familyId,
  addresseeName: addressees.displayName,
  addresseeKind: addressees.memberKind,
  dueOn: letters.dueOn,
  currentVersion: letters.currentVersion,
  readingAge: letterVersions.readingAge,
  revision: letterVersions.revision,
  createdAt: letters.createdAt,
  updatedAt: letters.updatedAt,
  firstSentAt: letters.firstSentAt,
  lastSentAt: letters.lastSentAt,
};

/** Letters with their team, writer, addressee, meeting and newest version's reading age. */
export function selectLetters(db: Queryable) {
  return db
    .select(letterColumns)
    .from(letters)
    .innerJoin(teams, eq(teams.id, letters.teamId))
    .innerJoin(writers, eq(writers.id, letters.writerId))
    .innerJoin(letterAddressees, eq(letterAddressees.letterId, letters.id))
    .innerJoin(addressees, eq(addressees.id, letterAddressees.familyId))
    .innerJoin(letterVersions, and(eq(letterVersions.letterId, letters.id), eq(letterVersions.number, letters.currentVersion)))
    .leftJoin(meetings, eq(meetings.id, letters.meetingId));
}

export type LetterRow = Awaited<ReturnType<ReturnType<typeof selectLetters>["where"]>>[number];

/** A letter as staff lists show it. */
export function letterSummary(row: LetterRow, now: Date) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    language: row.language,
    team: { id: row.teamId, name: row.teamName },
    writer: { id: row.writerId, displayName: row.writerName },
    reviewerId: row.reviewerId,
    addressee: { id: row.addresseeId, displayName: row.addresseeName, memberKind: row.addresseeKind },
    meeting:
      row.meetingId && row.meetingType && row.meetingHeldOn
        ? { id: row.meetingId, type: row.meetingType, heldOn: row.meetingHeldOn }
        : null,
    fromFamilyId: row.fromFamilyId,
    dueOn: row.dueOn,
    overdue: isLetterOverdue(row, now),
    version: row.currentVersion,
    revision: row.revision,
    readingAge: row.readingAge,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    firstSentAt: row.firstSentAt?.toISOString() ?? null,
    lastSentAt: row.lastSentAt?.toISOString() ?? null,
  };
}
