import { Alert, Button } from "@heard/ui";
import { A, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { QrCode } from "./QrCode";
import "./meetings.css";

/**
 * A sheet to print and put on the table: the organisation's name, "Tell us how we did", the
 * QR code, the code, the link and one line for families. On paper nothing else shows (no
 * header, menu or buttons) and it fits one A4 page; see the print rules in meetings.css.
 */
export default function PrintPage() {
  const { t, formatDate } = useI18n();
  const params = useParams<{ id: string }>();
  const meeting = createApiQuery("meetings.get", () => ({ input: { id: params.id } }));
  // The name is a nicety: the sheet works without it.
  const organisation = createApiQuery("admin.organisation.public");
  const organisationName = () => (organisation.isSuccess ? (organisation.data?.name ?? null) : null);

  return (
    <LoadState query={meeting}>
      {(found) => (
        <Page
          title={t("meetings:print.title")}
          intro={
            <Show when={organisationName()}>
              <p class="print-sheet__organisation">{organisationName()}</p>
            </Show>
          }
        >
          <div class="print-controls stack stack--s">
            <Show when={found().status !== "open"}>
              <Alert variant="warning" announce={false}>
                {found().status === "closed" && found().codeClosedAt
                  ? t("meetings:code.closedOn", { date: formatDate(found().codeClosedAt ?? "", "dateTime") })
                  : t("meetings:code.expiredOn", { date: formatDate(found().codeExpiresAt, "dateTime") })}
              </Alert>
            </Show>
            <p class="field__hint">{t("meetings:print.hint")}</p>
            <div class="cluster">
              <Button onClick={() => globalThis.print()}>{t("meetings:print.button")}</Button>
              <A href={`/meetings/${found().id}`}>{t("meetings:print.back")}</A>
            </div>
          </div>

          <div class="print-sheet">
            <QrCode svg={found().qrSvg} link={found().link} class="qr--print" />
            <div class="print-sheet__code-block">
              <p class="print-sheet__label">{t("meetings:print.codeLabel")}</p>
              <p class="print-sheet__code" dir="ltr" translate="no">
                {found().code}
              </p>
            </div>
            <div class="print-sheet__code-block">
              <p class="print-sheet__label">{t("meetings:print.linkLabel")}</p>
              <p class="url print-sheet__link" dir="ltr" translate="no">
                {found().link}
              </p>
            </div>
            <p class="print-sheet__line">{t("meetings:print.forFamilies")}</p>
          </div>
        </Page>
      )}
    </LoadState>
  );
}
