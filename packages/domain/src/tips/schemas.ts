import { z } from "zod";

/**
 * The Top 10 Tips: ten expectations of workers, written by parents' groups and edited by the
 * participation team. A version always has exactly this many, in order (position 1 to 10).
 */
export const topTipsCount = 10;

/** Pictures a tip may carry; the apps draw them. */
export const tipIcons = ["clock", "ear", "speech", "arrow", "heart", "hands", "pencil", "check", "phone", "star"] as const;
export type TipIcon = (typeof tipIcons)[number];

export const tipTitleMax = 60;
export const tipWordingMax = 200;

/** Whether a version is being edited, is the one families answer, or has been replaced. */
export const tipVersionStatuses = ["draft", "published", "retired"] as const;
export type TipVersionStatus = (typeof tipVersionStatuses)[number];

export const tipText = z.object({
  title: z.string({ error: "required" }).trim().min(1, "required").max(tipTitleMax, "tooLong"),
  wording: z.string({ error: "required" }).trim().min(1, "required").max(tipWordingMax, "tooLong"),
});

/** One tip as the participation team writes it: English, with optional Welsh and Arabic. */
export const tipInput = tipText.extend({
  icon: z
    .enum(tipIcons, { error: "invalidChoice" })
    .nullish()
    .transform((icon) => icon ?? undefined),
  translations: z
    .object({ cy: tipText.optional(), ar: tipText.optional() })
    .optional()
    .transform((translations) => {
      const kept: { cy?: z.output<typeof tipText>; ar?: z.output<typeof tipText> } = {};
      if (translations?.cy) kept.cy = translations.cy;
      if (translations?.ar) kept.ar = translations.ar;
      return kept;
    }),
});
export type TipInput = z.input<typeof tipInput>;
export type SavedTip = z.output<typeof tipInput>;

/** A whole version of the Top 10 Tips: exactly ten, in the order they are shown. */
export const tipVersionInput = z.object({
  tips: z.array(tipInput, { error: "tipsMustBeTen" }).length(topTipsCount, "tipsMustBeTen"),
});
export type TipVersionInput = z.input<typeof tipVersionInput>;

export const tipVersionIdInput = z.object({ id: z.string().uuid("invalidInput") });
