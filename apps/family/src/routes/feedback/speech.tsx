/** Read aloud with the phone's own voices (Web Speech API): nothing leaves the phone. */
import { t } from "../../i18n";

/** Where the browser has no speech synthesis, read-aloud buttons are not shown at all. */
export const canSpeak = typeof window !== "undefined" && Boolean(window.speechSynthesis);

const tags: Record<string, string> = { en: "en-GB", cy: "cy-GB", ar: "ar" };

/** Says `text` in `lang` ("en", "cy", "ar"), with a voice for that language when the phone has one. */
export function speak(text: string, lang: string): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = tags[lang] ?? lang;
  const voice = synth.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith(lang));
  if (voice) utterance.voice = voice;
  synth.speak(utterance);
}

/** "🔊 Read aloud". Render inside `<Show when={canSpeak}>`. */
export function ReadAloud(props: { text: () => string; lang: () => string }) {
  return (
    <button type="button" class="btn btn--link read-aloud" onClick={() => speak(props.text(), props.lang())}>
      <span aria-hidden="true">🔊</span> {t("feedback:readAloud")}
    </button>
  );
}
