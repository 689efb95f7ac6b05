/** The router's base: the staff app lives at /staff/. */
export const base = "/staff";

/** "/staff/families?x" → "/families?x" (paths given to navigate() are below the base). */
export function withoutBase(pathname: string): string {
  if (pathname === base) return "/";
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

export type SignInReason = "expired" | "signedOut" | "passwordChanged";

/** The sign-in page, remembering where to go next and why the person is there. */
export function signInHref(next: string | null, reason?: SignInReason): string {
  const query = new URLSearchParams();
  if (next && next !== "/") query.set("next", next);
  if (reason) query.set("reason", reason);
  const search = query.toString();
  return search ? `/sign-in?${search}` : "/sign-in";
}
