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

/**
 * A relative path inside the app that is safe to go to after signing in
 * ("/families?x=1"), or "/" for anything else (other sites, "//evil", the sign-in page itself).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (/^\/sign-in(?:[/?#]|$)/.test(next)) return "/";
  return next;
}
