import { type JSX, Show } from "solid-js";
import { cx } from "./cx";

export type AlertVariant = "info" | "success" | "warning" | "danger";

export interface AlertProps {
  variant?: AlertVariant;
  title?: string;
  children?: JSX.Element;
  /**
   * Whether screen readers should announce the alert when it appears (default true):
   * danger uses role="alert", the others role="status". Set false for notices
   * that are simply part of the page (e.g. a "Get help now" panel).
   */
  announce?: boolean;
  id?: string;
  class?: string;
}

export function Alert(props: AlertProps) {
  const variant = () => props.variant ?? "info";
  const role = () => {
    if (props.announce === false) return undefined;
    return variant() === "danger" ? "alert" : "status";
  };
  return (
    <div id={props.id} role={role()} class={cx("alert", `alert--${variant()}`, props.class)}>
      <Show when={props.title}>
        <p class="alert__title">{props.title}</p>
      </Show>
      <div>{props.children}</div>
    </div>
  );
}
