import { createForm, validate } from "@heard/client";
import { authSchemas, passwordRules } from "@heard/domain";
import { Alert, Button, Card, ErrorSummary, Stack, TextField } from "@heard/ui";
import { useLocation, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { useSession } from "../../lib/session";

type Field = "password" | "confirm";

/**
 * The page a one-time link opens (`/staff/activate#code=…`, printed by `npm run heard -- admin
 * create` for a first administrator): choose a password, and be signed in. The code sits after
 * `#`, so it never reaches a server's logs.
 */
export default function ActivatePage() {
  const { t, errorText, formSummary } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const code = () => new URLSearchParams(location.hash.replace(/^#/, "")).get("code") ?? "";

  const [password, setPassword] = createSignal("");
  const [confirm, setConfirm] = createSignal("");
  const form = createForm<Field>({
    fields: ["password", "confirm"],
    messageFields: { passwordCommon: "password", passwordTooShort: "password" },
  });
  const fieldId = (field: Field) => `activate-${field}`;
  const label = (field: Field) => t(field === "password" ? "auth:changePassword.newPassword" : "auth:changePassword.confirmPassword");
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const ok = await form.submit({
      check: () => {
        const problems = validate<Field>(authSchemas.staffActivateInput.pick({ password: true }), { password: password() });
        if (!problems.password && confirm() !== password()) problems.confirm = "passwordsDiffer";
        return problems;
      },
      send: async () => {
        await session.activate(code(), password());
      },
    });
    if (ok) navigate("/", { replace: true });
  };

  return (
    <Page title={t("auth:staffActivate.title")}>
      <Show when={code()} fallback={<Alert variant="danger">{errorText("activationCodeInvalid")}</Alert>}>
        <Card class="narrow">
          <form onSubmit={submit} noValidate>
            <Stack>
              <p>{t("auth:staffActivate.intro")}</p>
              <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
              <TextField
                id={fieldId("password")}
                name="password"
                type="password"
                label={label("password")}
                description={t("auth:changePassword.rules", { min: passwordRules.staffMin })}
                autocomplete="new-password"
                value={password()}
                onInput={setPassword}
                error={fieldError("password")}
                required
              />
              <TextField
                id={fieldId("confirm")}
                name="confirm"
                type="password"
                label={label("confirm")}
                autocomplete="new-password"
                value={confirm()}
                onInput={setConfirm}
                error={fieldError("confirm")}
                required
              />
              <div>
                <Button type="submit" loading={form.busy()} loadingText={t("auth:signingIn")}>
                  {t("auth:staffActivate.submit")}
                </Button>
              </div>
            </Stack>
          </form>
        </Card>
      </Show>
    </Page>
  );
}
