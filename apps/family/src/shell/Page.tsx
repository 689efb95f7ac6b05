import { PageHeading } from "@heard/ui";
import { createEffect, type JSX, onMount } from "solid-js";
import { announce } from "./announcer";
import { organisationName } from "./organisationName";

export interface PageProps {
  /** The h1, and the first part of the document title. */
  title: string;
  children?: JSX.Element;
}

let firstPageShown = false;

/**
 * Every screen's frame: one h1 and the document title. On the first screen after the app
 * loads, focus stays at the top of the document (so Tab reaches the skip link first);
 * on every later screen focus moves to the h1 and the title is announced.
 */
export function Page(props: PageProps) {
  const moveFocus = firstPageShown;
  firstPageShown = true;
  createEffect(() => {
    document.title = `${props.title} – ${organisationName()}`;
  });
  onMount(() => {
    if (moveFocus) announce(props.title);
  });
  return (
    <>
      <PageHeading focusOnMount={moveFocus}>{props.title}</PageHeading>
      {props.children}
    </>
  );
}
