import type { LetterSection } from "@heard/domain";
import { Button } from "@heard/ui";
import { Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { asSent } from "./draft";
import { LetterSheet } from "./LetterSheet";
import type { Letter } from "./model";

/**
 * The letter as the family will see it, in a frame a phone's width (360 px), and on paper: the
 * print stylesheet leaves only the letter, on A4. `pdfHref` is the letter as a PDF, once the
 * server makes one: a download beside Print.
 */
export function LetterPreview(props: {
  letter: Pick<Letter, "kind" | "language" | "addressee" | "writer">;
  sections: readonly LetterSection[];
  pdfHref?: string;
}) {
  const { t } = useI18n();
  return (
    <section class="letter-preview" aria-labelledby="letter-preview-title">
      <h2 id="letter-preview-title" class="no-print">
        {t("letters:preview.title", { name: props.letter.addressee.displayName })}
      </h2>
      <p class="field__hint no-print">{t("letters:preview.intro")}</p>
      <div class="letter-phone">
        <LetterSheet
          kind={props.letter.kind}
          language={props.letter.language}
          sections={asSent(props.sections)}
          addresseeName={props.letter.addressee.displayName}
          writerName={props.letter.writer.displayName}
        />
      </div>
      <div class="cluster no-print">
        <Button variant="secondary" onClick={() => globalThis.print()}>
          {t("letters:print.button")}
        </Button>
        <Show when={props.pdfHref}>
          {(href) => (
            <a href={href()} download="">
              {t("letters:print.pdf")}
            </a>
          )}
        </Show>
      </div>
      <p class="field__hint no-print">{t("letters:print.hint")}</p>
    </section>
  );
}
