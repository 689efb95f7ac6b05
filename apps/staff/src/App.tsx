import { Route, Router } from "@solidjs/router";
import { QueryClient, QueryClientProvider } from "@tanstack/solid-query";
import { type Component, lazy } from "solid-js";
import { NotFound, RequireStaff, RoleGate } from "./components/Guards";
import { base } from "./components/paths";
import { Shell } from "./components/Shell";
import { SessionProvider } from "./lib/session";
import { type StaffPageId, type StaffSubPageId, staffPages, staffSubPages } from "./nav";
import ActivatePage from "./routes/auth/ActivatePage";
import SignInPage from "./routes/auth/SignInPage";

/** One component per entry of `staffPages`; a new entry without a page does not type-check. */
const pages: Record<StaffPageId, Component> = {
  home: lazy(() => import("./routes/home/HomePage")),
  meetings: lazy(() => import("./routes/meetings/MeetingsPage")),
  letters: lazy(() => import("./routes/letters/LettersPage")),
  letterApprovals: lazy(() => import("./routes/letters/ApprovalsPage")),
  concerns: lazy(() => import("./routes/concerns/ConcernsPage")),
  reviews: lazy(() => import("./routes/concerns/ReviewsPage")),
  results: lazy(() => import("./routes/results/ResultsPage")),
  tips: lazy(() => import("./routes/tips/TipsPage")),
  families: lazy(() => import("./routes/families/FamiliesPage")),
  adminTeams: lazy(() => import("./routes/admin/TeamsPage")),
  adminStaff: lazy(() => import("./routes/admin/StaffPage")),
  adminOrganisation: lazy(() => import("./routes/admin/OrganisationPage")),
  adminAudit: lazy(() => import("./routes/admin/AuditPage")),
  account: lazy(() => import("./routes/auth/AccountPage")),
};

/** One component per entry of `staffSubPages`. */
const subPages: Record<StaffSubPageId, Component> = {
  meetingRecord: lazy(() => import("./routes/meetings/RecordMeetingPage")),
  meeting: lazy(() => import("./routes/meetings/MeetingPage")),
  meetingPrint: lazy(() => import("./routes/meetings/PrintPage")),
  concern: lazy(() => import("./routes/concerns/ConcernPage")),
  review: lazy(() => import("./routes/concerns/ReviewPage")),
  tipsEdit: lazy(() => import("./routes/tips/TipsEditPage")),
  tipVersion: lazy(() => import("./routes/tips/TipVersionPage")),
  letterStart: lazy(() => import("./routes/letters/StartLetterPage")),
  letter: lazy(() => import("./routes/letters/LetterPage")),
};

export function App() {
  // The one cache of API answers. A failure shows at once, with "Try again" (no silent retries);
  // answers are fetched again when a page using them opens, and after a change to them.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        {/* explicitLinks: the router handles its own <A> links only; plain anchors such as the
			    skip link (#main) and the error summary's links keep their native behaviour. */}
        <Router base={base} root={Shell} explicitLinks>
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/activate" component={ActivatePage} />
          <Route path="/" component={RequireStaff}>
            {staffPages.map((page) => {
              const View = pages[page.id];
              return (
                <Route
                  path={page.path}
                  component={() => (
                    <RoleGate permission={page.permission}>
                      <View />
                    </RoleGate>
                  )}
                />
              );
            })}
            {staffSubPages.map((page) => {
              const View = subPages[page.id];
              return (
                <Route
                  path={page.path}
                  component={() => (
                    <RoleGate permission={page.permission}>
                      <View />
                    </RoleGate>
                  )}
                />
              );
            })}
            <Route path="*404" component={NotFound} />
          </Route>
        </Router>
      </SessionProvider>
    </QueryClientProvider>
  );
}
