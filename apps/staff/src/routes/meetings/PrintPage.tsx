import { Alert, Button } from "@heard/ui";
import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { api } from "../../lib/trpc";
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
  const [sheet, { refetch }] = createResource(
    () => params.id,
    async (id) => {
      const [meeting, organisation] = await Promise.all([
        api.meetings.get.query({ id }),
        // The name is a nicety: the sheet works without it.
        api.admin.organisation.public.query().catch(() => null),
      ]);
      return { meeting, organisationName: organisation?.name ?? null };
    },
  );

  return (
    <LoadState resource={sheet} retry={() => void refetch()}>
      {(current) => (
        <Page
          title={t("meetings:print.title")}
          intro={
            <Show when={current().organisationName}>
              <p class="print-sheet__organisation">{current().organisationName}</p>
            </Show>
          }
        >
          <div class="print-controls stack stack--s">
            <Show when={current().meeting.status !== "open"}>
              <Alert variant="warning" announce={false}>
                {current().meeting.status === "closed" && current().meeting.codeClosedAt
                  ? t("meetings:code.closedOn", { date: formatDate(current().meeting.codeClosedAt ?? "", "dateTime") })
                  : t("meetings:code.expiredOn", { date: formatDate(current().meeting.codeExpiresAt, "dateTime") })}
              </Alert>
            </Show>
            <p class="field__hint">{t("meetings:print.hint")}</p>
            <div class="cluster">
              <Button onClick={() => globalThis.print()}>{t("meetings:print.button")}</Button>
              <A href={`/meetings/${current().meeting.id}`}>{t("meetings:print.back")}</A>
            </div>
          </div>

          <div class="print-sheet">
            <QrCode svg={current().meeting.qrSvg} link={current().meeting.link} class="qr--print" />
            <div class="print-sheet__code-block">
              <p class="print-sheet__label">{t("meetings:print.codeLabel")}</p>
              <p class="print-sheet__code" dir="ltr" translate="no">
                {current().meeting.code}
              </p>
            </div>
            <div class="print-sheet__code-block">
              <p class="print-sheet__label">{t("meetings:print.linkLabel")}</p>
              <p class="url print-sheet__link" dir="ltr" translate="no">
                {current().meeting.link}
              </p>
            </div>
            <p class="print-sheet__line">{t("meetings:print.forFamilies")}</p>
          </div>
        </Page>
      )}
    </LoadState>
  );
}
