import type { JSX } from "solid-js";

/**
 * Kobalte hides radio/checkbox inputs as 1px boxes. We stretch the (transparent)
 * input over the whole option row instead: a tap anywhere on the row hits the real
 * input, and touch exploration with TalkBack/VoiceOver finds a full-size control.
 * Passed as a style object because Kobalte applies its hiding styles inline.
 */
export const coverRowStyle: JSX.CSSProperties = {
  position: "absolute",
  inset: "0",
  width: "100%",
  height: "100%",
  margin: "0",
  padding: "0",
  opacity: "0",
  // Native radio appearance hit-tests as a circle in Chromium; a plain box covers the corners.
  appearance: "none",
  "border-radius": "0",
  clip: "auto",
  "clip-path": "none",
  cursor: "pointer",
  "z-index": "1",
};
