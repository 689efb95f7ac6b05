import { Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { LettersTable } from "./LettersTable";
import "./letters.css";

/** Letters waiting for this person's approval (never their own), the most recently changed first. */
export default function ApprovalsPage() {
  const { t } = useI18n();
  const waiting = createApiQuery("letters.list", () => ({ input: { view: "toApprove" } }));
  return (
    <Page title={t("letters:approvals.title")} intro={<p>{t("letters:approvals.intro")}</p>}>
      <LoadState query={waiting}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t("letters:approvals.empty")}</p>}>
            <LettersTable caption={t("letters:approvals.caption")} letters={list()} showWriter />
          </Show>
        )}
      </LoadState>
    </Page>
  );
}
