import { hasPermission, type Permission } from "@heard/domain";
import { Alert, Button } from "@heard/ui";
import { A, Navigate, type RouteSectionProps, useLocation } from "@solidjs/router";
import { type JSX, Match, Switch } from "solid-js";
import { useI18n } from "../lib/i18n";
import { useSession } from "../lib/session";
import { Page } from "./Page";
import { signInHref, withoutBase } from "./paths";

/** Pages below this need a signed-in member of staff; anyone else goes to sign-in and comes back. */
export function RequireStaff(props: RouteSectionProps) {
  const { t, errorText } = useI18n();
  const session = useSession();
  const location = useLocation();
  return (
    <Switch>
      <Match when={session.error()}>
        {(error) => (
          <Page title={t("common:states.error")}>
            <Alert variant="danger">
              <div class="stack stack--s">
                <p>{errorText(error())}</p>
                <div>
                  <Button variant="secondary" onClick={() => session.retry()}>
                    {t("common:actions.tryAgain")}
                  </Button>
                </div>
              </div>
            </Alert>
          </Page>
        )}
      </Match>
      <Match when={session.loading()}>
        <p class="loading" role="status">
          {t("common:states.loading")}
        </p>
      </Match>
      <Match when={!session.user()}>
        <Navigate
          href={signInHref(
            // After signing out there is nowhere to come back to; after an expiry, here.
            session.endReason() === "signedOut" ? null : withoutBase(location.pathname) + location.search,
            session.endReason() ?? undefined,
          )}
        />
      </Match>
      <Match when={session.user()}>{props.children}</Match>
    </Switch>
  );
}

/** Shows the page only to those with the permission (the API decides by the same table); others read why not. */
export function RoleGate(props: { permission: Permission; children: JSX.Element }) {
  const { t } = useI18n();
  const session = useSession();
  return (
    <Switch>
      <Match when={hasPermission(session.user()?.role, props.permission)}>{props.children}</Match>
      <Match when={true}>
        <Page title={t("common:forbidden.title")}>
          <p>{t("common:forbidden.body")}</p>
          <p>
            <A href="/">{t("common:notFound.home")}</A>
          </p>
        </Page>
      </Match>
    </Switch>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t("common:notFound.title")}>
      <p>{t("common:notFound.body")}</p>
      <p>
        <A href="/">{t("common:notFound.home")}</A>
      </p>
    </Page>
  );
}
