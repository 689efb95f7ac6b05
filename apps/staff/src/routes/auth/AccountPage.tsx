import { createForm, type FieldErrors } from "@heard/client";
import { passwordRules } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import { Alert, Button, Card, ErrorSummary, Stack, TextField } from "@heard/ui";
import { createSignal, Show } from "solid-js";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";

type Field = "currentPassword" | "newPassword" | "confirmPassword";
const fields: readonly Field[] = ["currentPassword", "newPassword", "confirmPassword"];

const labelKeys: Record<Field, TranslationKey> = {
  currentPassword: "auth:changePassword.currentPassword",
  newPassword: "auth:changePassword.newPassword",
  confirmPassword: "auth:changePassword.confirmPassword",
};

/** The same checks the server makes, so most mistakes are explained before sending. */
function checkPasswords(current: string, next: string, confirm: string): FieldErrors<Field> {
  const problems: FieldErrors<Field> = {};
  if (!current) problems.currentPassword = "required";
  if (!next) problems.newPassword = "required";
  else if (next.length < passwordRules.staffMin) problems.newPassword = "passwordTooShort";
  else if (next.length > passwordRules.max) problems.newPassword = "passwordTooLong";
  else if (next === current) problems.newPassword = "passwordSameAsOld";
  if (!confirm) problems.confirmPassword = "required";
  else if (next && confirm !== next) problems.confirmPassword = "passwordsDiffer";
  return problems;
}

export default function AccountPage() {
  const { t, errorText, formSummary } = useI18n();
  const session = useSession();
  const user = () => session.user();

  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [confirm, setConfirm] = createSignal("");
  const [changed, setChanged] = createSignal(false);
  const changePassword = createApiMutation("auth.changePassword");
  const form = createForm<Field>({
    fields,
    messageFields: {
      wrongCredentials: "currentPassword",
      passwordTooShort: "newPassword",
      passwordTooLong: "newPassword",
      passwordCommon: "newPassword",
      passwordSameAsOld: "newPassword",
    },
  });
  const fieldId = (field: Field) => `account-${field}`;
  const label = (field: Field) => t(labelKeys[field]);
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  let successMessage: HTMLDivElement | undefined;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setChanged(false);
    const ok = await form.submit({
      check: () => checkPasswords(current(), next(), confirm()),
      send: async () => {
        await changePassword.mutateAsync({ currentPassword: current(), newPassword: next() });
      },
    });
    if (ok) {
      setCurrent("");
      setNext("");
      setConfirm("");
      setChanged(true);
      successMessage?.focus();
    }
  };

  // The names are a nicety: without them (not yet, or not at all) each team shows as "…".
  const teams = createApiQuery("admin.teams.list");
  const teamsText = () => {
    const ids = user()?.teamIds ?? [];
    if (ids.length === 0) return t("common:account.noTeams");
    const list = teams.isSuccess ? teams.data : [];
    return ids.map((id) => list.find((team) => team.id === id)?.name ?? "…").join(", ");
  };

  return (
    <Page title={t("common:nav.account")}>
      <Show when={user()}>
        {(me) => (
          <dl class="details">
            <div>
              <dt>{t("admin:staff.name")}</dt>
              <dd>{me().displayName}</dd>
            </div>
            <div>
              <dt>{t("admin:staff.email")}</dt>
              <dd dir="ltr">{me().email}</dd>
            </div>
            <div>
              <dt>{t("admin:staff.role")}</dt>
              <dd>{t(`admin:roles.${me().role}`)}</dd>
            </div>
            <div>
              <dt>{t("admin:staff.teams")}</dt>
              <dd>{teamsText()}</dd>
            </div>
          </dl>
        )}
      </Show>
      <Card as="section" aria-labelledby="change-password-title">
        <Stack>
          <h2 id="change-password-title">{t("auth:changePassword.title")}</h2>
          <p>{t("auth:changePassword.othersSignedOut")}</p>
          <div ref={successMessage} tabIndex={-1}>
            <Show when={changed()}>
              <Alert variant="success">{t("auth:changePassword.changedHere")}</Alert>
            </Show>
          </div>
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
              <TextField
                id={fieldId("currentPassword")}
                type="password"
                label={label("currentPassword")}
                autocomplete="current-password"
                value={current()}
                onInput={setCurrent}
                error={fieldError("currentPassword")}
                required
              />
              <TextField
                id={fieldId("newPassword")}
                type="password"
                label={label("newPassword")}
                description={t("auth:changePassword.rules", { min: passwordRules.staffMin })}
                autocomplete="new-password"
                value={next()}
                onInput={setNext}
                error={fieldError("newPassword")}
                required
              />
              <TextField
                id={fieldId("confirmPassword")}
                type="password"
                label={label("confirmPassword")}
                autocomplete="new-password"
                value={confirm()}
                onInput={setConfirm}
                error={fieldError("confirmPassword")}
                required
              />
              <div>
                <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
                  {t("auth:changePassword.submit")}
                </Button>
              </div>
            </Stack>
          </form>
        </Stack>
      </Card>
    </Page>
  );
}
