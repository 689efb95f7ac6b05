import { type JSX, splitProps } from "solid-js";
import { Dynamic } from "solid-js/web";
import { cx } from "./cx";

type BlockElement = "div" | "section" | "article" | "aside" | "ul" | "ol" | "li" | "form";

export type StackGap = "xs" | "s" | "m" | "l" | "xl";

interface LayoutProps extends JSX.HTMLAttributes<HTMLElement> {
  /** Element to render (div by default). */
  as?: BlockElement;
}

export interface StackProps extends LayoutProps {
  gap?: StackGap;
}

/** Vertical flow with a consistent gap between children. */
export function Stack(props: StackProps) {
  const [local, others] = splitProps(props, ["as", "gap", "class"]);
  return (
    <Dynamic
      component={local.as ?? "div"}
      class={cx("stack", local.gap && local.gap !== "m" && `stack--${local.gap}`, local.class)}
      {...others}
    />
  );
}

/** Items in a wrapping row (buttons, tags); follows the writing direction. */
export function Cluster(props: LayoutProps) {
  const [local, others] = splitProps(props, ["as", "class"]);
  return <Dynamic component={local.as ?? "div"} class={cx("cluster", local.class)} {...others} />;
}

export type CardProps = LayoutProps;

/** A bordered surface. Use as="section"/"article" with a heading inside when it is a landmark-like block. */
export function Card(props: CardProps) {
  const [local, others] = splitProps(props, ["as", "class"]);
  return <Dynamic component={local.as ?? "div"} class={cx("card", local.class)} {...others} />;
}
