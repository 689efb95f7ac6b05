import { SkipLink } from "@heard/ui";
import { type RouteSectionProps, useLocation } from "@solidjs/router";
import { createEffect, ErrorBoundary, type JSX, on, onCleanup, onMount, Suspense } from "solid-js";
import { t } from "../i18n";
import { announcement } from "./announcer";
import { ErrorPage } from "./ErrorPage";
import { Header } from "./Header";

/** Shown only while the first screen's code and words arrive; later navigations keep the old screen until the new one is ready. */
function Loading(): JSX.Element {
  return (
    <p class="loading" role="status">
      {t("states.loading")}
    </p>
  );
}

/** The frame around every route: skip link, header, main landmark, live region. */
export function Shell(props: RouteSectionProps) {
  const location = useLocation();
  let main: HTMLElement | undefined;

  // The router turns every same-origin link click into a navigation, which scrolls to
  // "#main" but leaves focus on the skip link. Catch it first and move focus to <main>.
  onMount(() => {
    const skipToMain = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href="#main"]') : null;
      if (!link || !main) return;
      event.preventDefault();
      main.focus();
    };
    document.addEventListener("click", skipToMain, true);
    onCleanup(() => document.removeEventListener("click", skipToMain, true));
  });

  return (
    <>
      <SkipLink text={t("skipToContent")} />
      <Header />
      <main id="main" ref={main} class="site-main stack stack--l" tabIndex={-1}>
        <ErrorBoundary
          fallback={(error, reset) => {
            // Going somewhere else is a fresh start.
            createEffect(on(() => location.pathname, reset, { defer: true }));
            return <ErrorPage error={error} retry={reset} />;
          }}
        >
          <Suspense fallback={<Loading />}>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement()}
      </div>
    </>
  );
}
