/**
 * In-process nudges between request handlers and background jobs: when a concern is raised,
 * its alert should go now rather than at the next poll. Other server processes pick it up
 * at their next poll; the outbox row is the truth, the nudge only saves time.
 */
type Listener = () => void;
const mailListeners = new Set<Listener>();

/** Tells any mail job in this process that there is mail to send. */
export function nudgeMail(): void {
  for (const listener of mailListeners) listener();
}

/** Listens for `nudgeMail`; returns the function that stops listening. */
export function onMailNudge(listener: Listener): () => void {
  mailListeners.add(listener);
  return () => mailListeners.delete(listener);
}
