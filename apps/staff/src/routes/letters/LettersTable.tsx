import { formatNumber } from "@heard/client";
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { DueDate } from "./LetterRecord";
import type { LetterSummary } from "./model";

/** Letters in a table: each opens from its name; who wrote it where the list is not one's own. */
export function LettersTable(props: { caption: string; letters: readonly LetterSummary[]; showWriter?: boolean }) {
  const { t, formatDate, language } = useI18n();
  return (
    <TableRegion caption={props.caption} class="table--letters">
      <thead>
        <tr>
          <th scope="col">{t("letters:list.columns.letter")}</th>
          <th scope="col">{t("letters:list.columns.status")}</th>
          <th scope="col">{t("letters:list.columns.due")}</th>
          <Show when={props.showWriter}>
            <th scope="col">{t("letters:list.columns.writer")}</th>
          </Show>
          <th scope="col" class="numeric">
            {t("letters:list.columns.readingAge")}
          </th>
          <th scope="col">{t("letters:list.columns.changed")}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.letters}>
          {(letter) => (
            <tr>
              <th scope="row">
                <A href={`/letters/${letter.id}`}>
                  {t(`letters:kinds.${letter.kind}`)}: {letter.addressee.displayName}
                </A>
              </th>
              <td>
                <span class={`letter-status letter-status--${letter.status}`}>{t(`letters:statuses.${letter.status}`)}</span>
              </td>
              <td>
                <DueDate letter={letter} />
              </td>
              <Show when={props.showWriter}>
                <td>{letter.writer.displayName}</td>
              </Show>
              <td class="numeric">{letter.readingAge === null ? "–" : formatNumber(letter.readingAge, language())}</td>
              <td class="nowrap">
                <time datetime={letter.updatedAt}>{formatDate(letter.updatedAt, "dateTime")}</time>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </TableRegion>
  );
}
