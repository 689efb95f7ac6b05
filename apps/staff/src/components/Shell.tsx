import { problemOf } from "@heard/client";
import { type Language, languageNames, supportedLanguages } from "@heard/i18n";
import { Button, LanguagePicker, SkipLink } from "@heard/ui";
import { A, type RouteSectionProps, useLocation } from "@solidjs/router";
import { createEffect, createSignal, For, on, onCleanup, Show, Suspense } from "solid-js";
import { useI18n } from "../lib/i18n";
import { useSession } from "../lib/session";
import { api, onUnauthorized } from "../lib/trpc";
import { pagesFor, type StaffPage } from "../nav";

const languages = supportedLanguages.map((code) => ({ code, name: languageNames[code] }));

/**
 * Around every page: skip link, header (product name, who is signed in, menu, language,
 * sign out) and the main landmark.
 */
export function Shell(props: RouteSectionProps) {
  const { t, language, changeLanguage, errorText } = useI18n();
  const session = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = createSignal(false);
  const [signingOut, setSigningOut] = createSignal(false);
  const [signOutError, setSignOutError] = createSignal<string | null>(null);

  // A call refused as "not signed in" means the session ended (idle, expired, signed out
  // elsewhere): go to sign-in, calmly, and come back here afterwards.
  // (RequireStaff then sends them to sign-in, keeping this page as the place to return to.)
  const stopListening = onUnauthorized(() => {
    if (session.user()) session.forget("expired");
  });
  onCleanup(stopListening);

  createEffect(
    on(
      () => location.pathname,
      () => setMenuOpen(false),
      { defer: true },
    ),
  );

  const chooseLanguage = async (code: string) => {
    const next = code as Language;
    await changeLanguage(next, { remember: true });
    if (session.user()) api.auth.setLanguage.mutate({ language: next }).catch(() => {});
  };

  const signOut = async () => {
    if (signingOut()) return;
    setSigningOut(true);
    setSignOutError(null);
    try {
      await session.signOut();
    } catch (error) {
      setSignOutError(errorText(problemOf(error)));
    } finally {
      setSigningOut(false);
    }
  };

  const navLink = (page: StaffPage) => (
    <li>
      <A href={page.path} end={page.path === "/"} class="nav__link">
        {t(page.labelKey)}
      </A>
    </li>
  );

  const role = () => session.user()?.role;

  return (
    <>
      <SkipLink text={t("common:skipToContent")} />
      <header class="shell-header">
        <div class="shell-header__bar">
          <A href="/" end class="shell-brand">
            {t("common:appName.staff")}
          </A>
          <div class="shell-header__tools">
            <LanguagePicker
              variant="select"
              class="shell-language"
              label={t("common:language.label")}
              languages={languages}
              value={language()}
              onChange={(code) => void chooseLanguage(code)}
            />
          </div>
        </div>
        <Show when={session.user()}>
          {(user) => (
            <div class="shell-header__user">
              <p class="shell-user">
                <span>{t("auth:signedInAs", { name: user().displayName })}</span>{" "}
                <span class="shell-user__role">({t(`admin:roles.${user().role}`)})</span>
              </p>
              <div class="cluster">
                <For each={pagesFor(role(), "account")}>
                  {(page) => (
                    <A href={page.path} class="nav__link nav__link--plain">
                      {t(page.labelKey)}
                    </A>
                  )}
                </For>
                <Button variant="secondary" loading={signingOut()} onClick={() => void signOut()}>
                  {t("auth:signOut")}
                </Button>
              </div>
              <Show when={signOutError()}>
                <p class="field__error" role="alert">
                  {signOutError()}
                </p>
              </Show>
            </div>
          )}
        </Show>
        <Show when={session.user()}>
          <nav class="nav" aria-label={t("common:nav.main")}>
            <button
              type="button"
              class="btn btn--secondary nav__toggle"
              aria-expanded={menuOpen()}
              aria-controls="main-menu"
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t("common:nav.menu")}
            </button>
            <div id="main-menu" class="nav__menu" data-open={menuOpen() ? "" : undefined}>
              <ul class="nav__list">
                <For each={pagesFor(role(), "main")}>{navLink}</For>
              </ul>
              <Show when={pagesFor(role(), "admin").length > 0}>
                <div class="nav__group">
                  <p class="nav__group-title" id="nav-admin-title">
                    {t("admin:nav.title")}
                  </p>
                  <ul class="nav__list" aria-labelledby="nav-admin-title">
                    <For each={pagesFor(role(), "admin")}>{navLink}</For>
                  </ul>
                </div>
              </Show>
            </div>
          </nav>
        </Show>
      </header>
      <main id="main" tabIndex={-1} class="shell-main">
        <Suspense
          fallback={
            <p class="loading" role="status">
              {t("common:states.loading")}
            </p>
          }
        >
          {props.children}
        </Suspense>
      </main>
    </>
  );
}
