import { Button as KButton } from "@kobalte/core/button";
import { type JSX, Show, splitProps } from "solid-js";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "link";

export interface ButtonProps extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, "type" | "disabled"> {
  variant?: ButtonVariant;
  type?: "button" | "submit" | "reset";
  disabled?: boolean;
  /** Marks the button busy (aria-busy) and blocks activation. */
  loading?: boolean;
  /** Optional translated text shown instead of the children while loading. */
  loadingText?: string;
  /** Full width (useful on phones). */
  block?: boolean;
}

/**
 * While `loading`, the button is disabled for interaction but stays focusable
 * (aria-disabled + a click guard instead of the `disabled` attribute), so a
 * keyboard or screen-reader user who just pressed "Send" does not lose focus.
 */
export function Button(props: ButtonProps) {
  const [local, others] = splitProps(props, [
    "variant",
    "type",
    "disabled",
    "loading",
    "loadingText",
    "block",
    "class",
    "children",
    "onClick",
  ]);

  const onClick: JSX.EventHandler<HTMLButtonElement, MouseEvent> = (event) => {
    if (local.loading) {
      event.preventDefault();
      return;
    }
    const handler = local.onClick;
    if (typeof handler === "function") handler(event);
    else if (Array.isArray(handler)) handler[0](handler[1], event);
  };

  return (
    <KButton
      {...others}
      type={local.type ?? "button"}
      disabled={local.disabled}
      aria-disabled={local.loading || undefined}
      aria-busy={local.loading || undefined}
      class={cx("btn", `btn--${local.variant ?? "primary"}`, local.block && "btn--block", local.class)}
      onClick={onClick}
    >
      <Show when={local.loading}>
        <span class="btn__spinner" aria-hidden="true" />
      </Show>
      <Show when={local.loading && local.loadingText} fallback={local.children}>
        {local.loadingText}
      </Show>
    </KButton>
  );
}
