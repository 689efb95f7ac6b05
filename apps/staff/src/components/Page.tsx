import { PageHeading, Stack } from "@heard/ui";
import { createEffect, type JSX, Show } from "solid-js";
import { useI18n } from "../lib/i18n";

let pagesShown = 0;

/**
 * A page: its single h1 and the document title. The h1 takes focus when the page
 * appears after a navigation inside the app (not on the first load, where the skip link
 * should come first), so screen readers announce the new page.
 */
export function Page(props: { title: string; intro?: JSX.Element; children?: JSX.Element }) {
  const { t } = useI18n();
  const focusOnMount = pagesShown++ > 0;
  createEffect(() => {
    document.title = `${props.title} – ${t("common:appName.staff")}`;
  });
  return (
    <Stack gap="l" class="page">
      <Stack gap="s">
        <PageHeading focusOnMount={focusOnMount}>{props.title}</PageHeading>
        <Show when={props.intro}>
          <div class="page__intro">{props.intro}</div>
        </Show>
      </Stack>
      {props.children}
    </Stack>
  );
}
