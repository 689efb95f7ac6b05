import { Show } from "solid-js";
import { person } from "../../session";
import { SignedInHome } from "./SignedInHome";
import { Welcome } from "./Welcome";

/** `/`: a welcome with the ways in, or, once signed in, what the person can do. */
export default function Home() {
  return (
    <Show when={person()} fallback={<Welcome />}>
      {(signedInPerson) => <SignedInHome person={signedInPerson()} />}
    </Show>
  );
}
