import { letterGlossaryTerms, letterTemplates, type Queryable } from "@heard/db";
import {
  defaultGlossary,
  defaultLetterTemplates,
  fail,
  type LetterKind,
  type LetterTemplate,
  languages,
  letterKinds,
  type letterSchemas,
} from "@heard/domain";
import { asc, count, eq, sql } from "drizzle-orm";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { uniqueOr } from "../platform/errors";

/** The template a new letter of a kind starts from: the organisation's own, or the default. */
export async function templateFor(db: Queryable, kind: LetterKind): Promise<LetterTemplate> {
  const [stored] = await db.select({ sections: letterTemplates.sections }).from(letterTemplates).where(eq(letterTemplates.kind, kind));
  return stored ? { kind, sections: stored.sections } : defaultLetterTemplates[kind];
}

/** Every kind's template, saying whether it is the organisation's own or still the default. */
export async function listTemplates(ctx: SignedInContext) {
  const stored = await ctx.db.select().from(letterTemplates);
  const byKind = new Map(stored.map((row) => [row.kind, row]));
  return letterKinds.map((kind) => {
    const own = byKind.get(kind);
    return {
      kind,
      sections: own?.sections ?? defaultLetterTemplates[kind].sections,
      custom: own !== undefined,
      updatedAt: own?.updatedAt.toISOString() ?? null,
    };
  });
}

/** Replaces a kind's template; letters already started keep the sections they started with. */
export async function updateTemplate(ctx: SignedInContext, input: letterSchemas.UpdateTemplateInput) {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const values = { kind: input.kind, sections: input.sections, updatedAt: now, updatedBy: ctx.user.id };
    await tx
      .insert(letterTemplates)
      .values(values)
      .onConflictDoUpdate({ target: letterTemplates.kind, set: { sections: values.sections, updatedAt: now, updatedBy: ctx.user.id } });
    await audit(tx, ctx, {
      action: "letters.template.updated",
      actorId: ctx.user.id,
      subject: { type: "letterTemplate", id: input.kind },
      detail: { sections: input.sections.map((section) => section.key) },
    });
    return { kind: input.kind, sections: input.sections, custom: true, updatedAt: now.toISOString() };
  });
}

/**
 * Fills an empty glossary with the default, once: concurrent first readers insert the same
 * terms, and the unique index keeps one of each. Terms are turned off rather than deleted, so
 * an organisation's edited glossary is never empty again.
 */
async function seedGlossary(db: Queryable): Promise<void> {
  const [row] = await db.select({ terms: count() }).from(letterGlossaryTerms);
  if ((row?.terms ?? 0) > 0) return;
  const rows = languages.flatMap((language) =>
    defaultGlossary[language].map((entry) => ({ language, term: entry.term, swap: entry.swap, forms: [...(entry.forms ?? [])] })),
  );
  await db.insert(letterGlossaryTerms).values(rows).onConflictDoNothing();
}

const glossaryColumns = {
  id: letterGlossaryTerms.id,
  language: letterGlossaryTerms.language,
  term: letterGlossaryTerms.term,
  swap: letterGlossaryTerms.swap,
  forms: letterGlossaryTerms.forms,
  disabled: letterGlossaryTerms.disabled,
};

/** The organisation's glossary (one language, or all), turned-off terms included and marked. */
export async function listGlossary(ctx: SignedInContext, input: { language?: (typeof languages)[number] | undefined } | undefined) {
  await seedGlossary(ctx.db);
  return ctx.db
    .select(glossaryColumns)
    .from(letterGlossaryTerms)
    .where(input?.language ? eq(letterGlossaryTerms.language, input.language) : undefined)
    .orderBy(asc(letterGlossaryTerms.language), sql`lower(${letterGlossaryTerms.term})`);
}

/** Adds a term, or changes one; the same word twice in a language is refused. */
export async function upsertGlossaryTerm(ctx: SignedInContext, input: letterSchemas.UpsertGlossaryInput) {
  await seedGlossary(ctx.db);
  const now = ctx.now();
  const values = { language: input.language, term: input.term, swap: input.swap, forms: input.forms, disabled: input.disabled };
  return uniqueOr("glossaryTermTaken", () =>
    ctx.db.transaction(async (tx) => {
      const [saved] = input.id
        ? await tx
            .update(letterGlossaryTerms)
            .set({ ...values, updatedAt: now, updatedBy: ctx.user.id })
            .where(eq(letterGlossaryTerms.id, input.id))
            .returning(glossaryColumns)
        : await tx
            .insert(letterGlossaryTerms)
            .values({ ...values, createdAt: now, updatedAt: now, updatedBy: ctx.user.id })
            .returning(glossaryColumns);
      if (!saved) return fail("notFound", "notFound");
      await audit(tx, ctx, {
        action: "letters.glossary.saved",
        actorId: ctx.user.id,
        subject: { type: "glossaryTerm", id: saved.id },
        detail: { language: saved.language, term: saved.term, disabled: saved.disabled, added: !input.id },
      });
      return saved;
    }),
  );
}
