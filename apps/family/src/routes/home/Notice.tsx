import { Alert } from "@heard/ui";
import { Show } from "solid-js";
import { takeNotice } from "../../shell/announcer";

/** A message left by the screen before ("You have signed out."), shown once. */
export function Notice() {
  const text = takeNotice();
  return (
    <Show when={text}>
      {(message) => (
        <Alert variant="success" announce={false}>
          {message()}
        </Alert>
      )}
    </Show>
  );
}
