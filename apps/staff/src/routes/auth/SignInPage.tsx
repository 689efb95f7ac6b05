import { createForm, validate } from "@heard/client";
import { authSchemas } from "@heard/domain";
import { Alert, Button, Card, ErrorSummary, Stack, TextField } from "@heard/ui";
import { Navigate, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import { Page } from "../../components/Page";
import { safeNextPath } from "../../components/paths";
import { useI18n } from "../../lib/i18n";
import { useSession } from "../../lib/session";

type Field = "email" | "password";

export default function SignInPage() {
  const { t, errorText, formSummary } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string; reason?: string }>();
  const next = () => safeNextPath(typeof params.next === "string" ? params.next : null);

  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const form = createForm<Field>({ fields: ["email", "password"] });
  const fieldId = (field: Field) => `sign-in-${field}`;
  const label = (field: Field) => t(field === "email" ? "auth:staff.email" : "auth:staff.password");
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  // True from pressing "Sign in" until the next page is on its way: this page then does the
  // navigating itself, so the "already signed in" redirect below must not run as well.
  const [submitting, setSubmitting] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting()) return;
    // Read once, now: once navigation starts, the search parameters are the next page's.
    const destination = next();
    setSubmitting(true);
    const ok = await form.submit({
      check: () => validate<Field>(authSchemas.staffSignInInput, { email: email(), password: password() }),
      send: async () => {
        await session.signIn(email().trim(), password());
      },
    });
    if (ok) navigate(destination, { replace: true });
    else setSubmitting(false);
  };

  return (
    // Someone already signed in who opens this page goes where they were heading.
    <Show when={!session.user() || submitting()} fallback={<Navigate href={next()} />}>
      <Page title={t("auth:staff.title")}>
        <Switch>
          <Match when={params.reason === "expired"}>
            <Alert variant="info">{t("auth:sessionExpired")}</Alert>
          </Match>
          <Match when={params.reason === "signedOut"}>
            <Alert variant="success">{t("auth:signedOut")}</Alert>
          </Match>
          <Match when={params.reason === "passwordChanged"}>
            <Alert variant="success">{t("auth:changePassword.changed")}</Alert>
          </Match>
        </Switch>
        <Card class="narrow">
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
              <TextField
                id={fieldId("email")}
                name="email"
                type="email"
                label={label("email")}
                autocomplete="username"
                value={email()}
                onInput={setEmail}
                error={fieldError("email")}
                required
              />
              <TextField
                id={fieldId("password")}
                name="password"
                type="password"
                label={label("password")}
                autocomplete="current-password"
                value={password()}
                onInput={setPassword}
                error={fieldError("password")}
                required
              />
              <div>
                <Button type="submit" loading={form.busy()} loadingText={t("auth:signingIn")}>
                  {t("auth:signIn")}
                </Button>
              </div>
              <p class="field__hint">{t("auth:staff.forgotten")}</p>
            </Stack>
          </form>
        </Card>
      </Page>
    </Show>
  );
}
