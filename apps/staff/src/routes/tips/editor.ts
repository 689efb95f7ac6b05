import { type TipIcon, tipIcons, tipsSchemas, topTipsCount } from "@heard/domain";

/** The languages a tip may be translated into (English is the tip itself). */
export const translationLanguages = ["cy", "ar"] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];

export interface TipText {
  title: string;
  wording: string;
}

/** One tip as the editor holds it: every box a string, so nothing typed is ever dropped. */
export interface EditableTip extends TipText {
  /** "" for no picture. */
  icon: TipIcon | "";
  translations: Record<TranslationLanguage, TipText>;
}

/** A tip as the API returns it (tips.current, tips.get). */
export interface TipSource extends TipText {
  icon: TipIcon | null;
  translations: Partial<Record<TranslationLanguage, TipText>>;
}

const emptyText = (): TipText => ({ title: "", wording: "" });

export function emptyTip(): EditableTip {
  return { title: "", wording: "", icon: "", translations: { cy: emptyText(), ar: emptyText() } };
}

function isIcon(value: unknown): value is TipIcon {
  return typeof value === "string" && (tipIcons as readonly string[]).includes(value);
}

/** Exactly ten editable tips from a version's tips (missing ones empty, extra ones left out). */
export function editableFrom(tips: readonly TipSource[]): EditableTip[] {
  return Array.from({ length: topTipsCount }, (_, index) => {
    const tip = tips[index];
    if (!tip) return emptyTip();
    return {
      title: tip.title,
      wording: tip.wording,
      icon: isIcon(tip.icon) ? tip.icon : "",
      translations: {
        cy: { ...emptyText(), ...tip.translations.cy },
        ar: { ...emptyText(), ...tip.translations.ar },
      },
    };
  });
}

const blank = (text: TipText) => text.title.trim() === "" && text.wording.trim() === "";

/**
 * What tips.saveDraft takes. A translation with both boxes empty is left out (families then see
 * the English); one with a single box filled is sent, so the missing half is reported.
 */
export function toVersionInput(tips: readonly EditableTip[]): tipsSchemas.TipVersionInput {
  return {
    tips: tips.map((tip) => {
      const translations: Partial<Record<TranslationLanguage, TipText>> = {};
      for (const language of translationLanguages) {
        const text = tip.translations[language];
        if (!blank(text)) translations[language] = { title: text.title, wording: text.wording };
      }
      return { title: tip.title, wording: tip.wording, icon: tip.icon || null, translations };
    }),
  };
}

/** Whether a translation has been written (either box). */
export function hasTranslation(tip: EditableTip, language: TranslationLanguage): boolean {
  return !blank(tip.translations[language]);
}

/** The boxes of one tip, in the order they appear, as the API names them below `tips.<index>.`. */
export const tipFieldNames = [
  "title",
  "wording",
  "icon",
  "translations.cy.title",
  "translations.cy.wording",
  "translations.ar.title",
  "translations.ar.wording",
] as const;
export type TipFieldName = (typeof tipFieldNames)[number];

/** "tips.3.translations.cy.title": the path the API uses in its field errors. */
export function fieldPath(index: number, field: TipFieldName): string {
  return `tips.${index}.${field}`;
}

/** Every field path of the editor in page order, then "tips" (the whole list). */
export const editorFieldPaths: readonly string[] = [
  ...Array.from({ length: topTipsCount }, (_, index) => tipFieldNames.map((field) => fieldPath(index, field))).flat(),
  "tips",
];

/** "tips.3.translations.cy.title" → { index: 3, field: "translations.cy.title" }; null for anything else. */
export function parseFieldPath(path: string): { index: number; field: TipFieldName } | null {
  const match = /^tips\.(\d+)\.(.+)$/.exec(path);
  if (!match) return null;
  const index = Number(match[1]);
  const field = match[2] as TipFieldName;
  if (!Number.isInteger(index) || index < 0 || index >= topTipsCount || !tipFieldNames.includes(field)) return null;
  return { index, field };
}

/** The id of the control for a field path: "tips.3.translations.cy.title" → "tip-3-cy-title". */
export function fieldId(path: string): string {
  const parsed = parseFieldPath(path);
  if (!parsed) return "tips-editor";
  return `tip-${parsed.index}-${parsed.field.replace("translations.", "").replace(".", "-")}`;
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Keeps the first error per path, and only paths the editor shows (others become "tips"). */
function firstPerPath(entries: Iterable<[string, string]>): Record<string, string> {
  const known = new Set(editorFieldPaths);
  const out: Record<string, string> = {};
  for (const [rawPath, key] of entries) {
    const path = known.has(rawPath) ? rawPath : "tips";
    if (!(path in out)) out[path] = key;
  }
  return out;
}

/** The same checks as the server, as field path → error key ({} when all is well). */
export function checkTips(tips: readonly EditableTip[]): Record<string, string> {
  const result = tipsSchemas.tipVersionInput.safeParse(toVersionInput(tips));
  if (result.success) return {};
  return firstPerPath((result.error.issues as readonly Issue[]).map((issue) => [issue.path.map(String).join("."), issue.message]));
}

// ---- unsaved edits kept in this tab (sessionStorage) ----

const storageKey = "heard.staff.tipsEditor";

interface StoredEdits {
  /** The version the edits started from (the draft, or the published version). */
  base: string | null;
  tips: EditableTip[];
}

function isText(value: unknown): value is TipText {
  const text = value as TipText | null;
  return typeof text?.title === "string" && typeof text.wording === "string";
}

function isEditableTip(value: unknown): value is EditableTip {
  const tip = value as EditableTip | null;
  return (
    isText(tip) &&
    (tip.icon === "" || isIcon(tip.icon)) &&
    typeof tip.translations === "object" &&
    tip.translations !== null &&
    translationLanguages.every((language) => isText(tip.translations[language]))
  );
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage refused
  }
}

/** Unsaved edits made in this tab on top of `base`, or null. */
export function loadEdits(base: string | null): EditableTip[] | null {
  try {
    const raw = storage()?.getItem(storageKey);
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredEdits;
    if (stored.base !== base || !Array.isArray(stored.tips) || stored.tips.length !== topTipsCount) return null;
    return stored.tips.every(isEditableTip) ? stored.tips : null;
  } catch {
    return null;
  }
}

export function saveEdits(base: string | null, tips: readonly EditableTip[]): void {
  try {
    storage()?.setItem(storageKey, JSON.stringify({ base, tips: [...tips] } satisfies StoredEdits));
  } catch {
    // Full or refused: the edits are still on the page, and Save draft keeps them on the server.
  }
}

export function clearEdits(): void {
  try {
    storage()?.removeItem(storageKey);
  } catch {
    // nothing to do
  }
}

/** Whether two sets of tips say exactly the same. */
export function sameTips(a: readonly EditableTip[], b: readonly EditableTip[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
