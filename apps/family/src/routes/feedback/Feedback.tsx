/**
 * `/f` (type a code) and `/f/:code` (from a link or QR code): a family member's feedback on
 * one meeting. Native form controls only (no Kobalte): this route has a 40 KB JS budget.
 */
import "./feedback.css";
import { useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../../i18n";
import { Page } from "../../shell/Page";
import { CodeForm } from "./CodeForm";
import { Journey } from "./Journey";
import { Unsent } from "./Unsent";

export default function Feedback() {
  const params = useParams<{ code?: string }>();
  return (
    <Show when={params.code} keyed fallback={<EnterCode />}>
      {(code) => <Journey code={code} />}
    </Show>
  );
}

function EnterCode() {
  return (
    <Page title={t("feedback:code.title")}>
      <Unsent />
      <CodeForm />
      <p class="muted">{t("feedback:code.scan")}</p>
    </Page>
  );
}
