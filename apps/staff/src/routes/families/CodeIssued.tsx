import { Alert, CopyableCode, Stack } from "@heard/ui";
import { Dynamic } from "solid-js/web";
import { useI18n } from "../../lib/i18n";

export interface IssuedCode {
  familyName: string;
  code: string;
  expiresAt: string;
  /** "created": a new account; "reissued": a new code for an existing one. */
  kind: "created" | "reissued";
}

/** Where the family member goes to use the code: the family app on this same server. */
export function activationAddress(): string {
  return `${globalThis.location.origin}/activate`;
}

/**
 * The code, large and copyable, when it stops working, and what to do with it.
 * `headingRef` lets the page move focus to the heading once the code is shown.
 */
export function CodeIssued(props: { issued: IssuedCode; headingLevel: "h2" | "h3"; headingRef?: (element: HTMLElement) => void }) {
  const { t, formatDate } = useI18n();
  return (
    <Stack class="code-issued" gap="m">
      <Dynamic component={props.headingLevel} ref={props.headingRef} tabIndex={-1} class="code-issued__title">
        {t(props.issued.kind === "created" ? "admin:families.createdFor" : "admin:families.codeIssuedFor", {
          name: props.issued.familyName,
        })}
      </Dynamic>
      <CopyableCode
        code={props.issued.code}
        label={t("admin:families.activationCode")}
        copyLabel={t("common:actions.copyCode")}
        copiedMessage={t("common:states.codeCopied")}
      />
      <p class="code-issued__expiry">{t("admin:families.codeExpires", { when: formatDate(props.issued.expiresAt, "dateTime") })}</p>
      <Alert variant="info" announce={false} title={t("admin:families.nextSteps.title")}>
        <ol class="steps">
          <li>{t("admin:families.nextSteps.give", { name: props.issued.familyName })}</li>
          <li>
            <p>{t("admin:families.nextSteps.open")}</p>
            <p class="url" dir="ltr" translate="no">
              {activationAddress()}
            </p>
          </li>
          <li>{t("admin:families.nextSteps.enter")}</li>
          <li>{t("admin:families.nextSteps.once")}</li>
        </ol>
      </Alert>
    </Stack>
  );
}
