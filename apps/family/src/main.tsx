import "@heard/ui/tokens.css";
import "./shell/shell.css";
import { matchLanguage } from "@heard/i18n";
import { Router } from "@solidjs/router";
import { render } from "solid-js/web";
import { startI18n } from "./i18n";
import { help, routes, warmUpScreen } from "./routes";
import { sendSavedFeedback } from "./routes/feedback/start";
import { loadOrganisation, loadPerson } from "./session";
import { Shell } from "./shell/Shell";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

// Everything the first screen needs starts at once: the API calls, the shell's messages,
// and the screen's code, messages and first API call.
void loadOrganisation();
void loadPerson();
warmUpScreen(location.pathname, matchLanguage([document.documentElement.lang]));
await startI18n();

render(() => <Router root={Shell}>{routes}</Router>, root);

const whenIdle = (task: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(task) : setTimeout(task, 2000));
whenIdle(() => void help.component.preload());

// Feedback kept on this phone for want of a signal goes now, when the signal returns, and
// whenever the app is shown again (phones pause background tabs; `online` may have been missed).
sendSavedFeedback();
addEventListener("online", sendSavedFeedback);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") sendSavedFeedback();
});
