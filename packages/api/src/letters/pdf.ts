import { letters, letterVersions } from "@heard/db";
import { fail, workingDateOf } from "@heard/domain";
import { and, eq } from "drizzle-orm";
import { organisationPolicy } from "../admin/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import type { Download } from "../platform/http";
import { sentLetterFor } from "./family";
import { type LetterForPdf, letterPdf } from "./pdf-document";
import { selectLetters } from "./view";
import { staffMaySee } from "./write";

/** A name a download may have on any system: the day it is dated, and the version after a correction. No names of people. */
function pdfFilename(letter: LetterForPdf, today: Date): string {
  const day = workingDateOf(letter.sentAt ?? today);
  return `heard-letter-${day}${letter.version > 1 ? `-v${letter.version}` : ""}${letter.sentAt ? "" : "-draft"}.pdf`;
}

async function download(ctx: SignedInContext, letterId: string, letter: LetterForPdf, by: "staff" | "family"): Promise<Download> {
  const now = ctx.now();
  const pdf = await letterPdf(letter, now);
  // A copy of a child's letter leaves Heard: the audit log says who took it.
  await audit(ctx.db, ctx, {
    action: "letter.downloaded",
    actorId: ctx.user.id,
    subject: { type: "letter", id: letterId },
    detail: { version: letter.version, by, pages: pdf.pages },
  });
  return { filename: pdfFilename(letter, now), contentType: "application/pdf", body: pdf.bytes };
}

/**
 * A letter as a PDF for staff: whoever may open it with `letters.get` (its writer, its
 * reviewer, their teams' managers), any version. A version not yet sent says so on the page.
 */
export async function staffLetterPdf(ctx: SignedInContext, input: { id: string; version?: number | undefined }): Promise<Download> {
  const [row] = await selectLetters(ctx.db)
    .where(and(eq(letters.id, input.id), staffMaySee(ctx)))
    .limit(1);
  if (!row) return fail("notFound", "notFound");
  const [[version], policy] = await Promise.all([
    ctx.db
      .select({ number: letterVersions.number, sections: letterVersions.sections, sentAt: letterVersions.sentAt })
      .from(letterVersions)
      .where(and(eq(letterVersions.letterId, row.id), eq(letterVersions.number, input.version ?? row.currentVersion))),
    organisationPolicy(ctx.db),
  ]);
  if (!version) return fail("notFound", "notFound");
  return download(
    ctx,
    row.id,
    {
      kind: row.kind,
      language: row.language,
      sections: version.sections,
      addresseeName: row.addresseeName,
      writerName: row.writerName,
      organisationName: policy.name,
      version: version.number,
      sentAt: version.sentAt,
    },
    "staff",
  );
}

/** The family member's own letter as a PDF, as `letters.read` shows it: a version they were sent, and only theirs. */
export async function familyLetterPdf(ctx: SignedInContext, input: { id: string; version?: number | undefined }): Promise<Download> {
  const [{ letter, version }, policy] = await Promise.all([sentLetterFor(ctx, input.id, input.version), organisationPolicy(ctx.db)]);
  return download(
    ctx,
    letter.id,
    {
      kind: letter.kind,
      language: letter.language,
      sections: version.sections,
      addresseeName: ctx.user.displayName,
      writerName: letter.writerName,
      organisationName: policy.name,
      version: version.number,
      sentAt: version.sentAt,
    },
    "family",
  );
}
