import { type JSX, onMount, splitProps } from "solid-js";
import { cx } from "./cx";

export interface PageHeadingProps extends JSX.HTMLAttributes<HTMLHeadingElement> {
  /** Move focus here when mounted (use on each route so screen readers hear the new page). */
  focusOnMount?: boolean;
}

/** The page's single h1. tabIndex -1 makes it focusable by script only, never in the tab order. */
export function PageHeading(props: PageHeadingProps) {
  const [local, others] = splitProps(props, ["focusOnMount", "class", "ref"]);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    if (local.focusOnMount) heading?.focus({ preventScroll: false });
  });
  return (
    <h1
      {...others}
      ref={(element) => {
        heading = element;
        const ref = local.ref;
        if (typeof ref === "function") ref(element);
      }}
      tabIndex={-1}
      class={cx("page-heading", local.class)}
    />
  );
}
