import { z } from "zod";
import { tipIcons, tipTitleMax, tipWordingMax, topTipsCount } from "./tips";

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
export type TipVersionOutput = z.output<typeof tipVersionInput>;
