import { type Language, type LetterSection, letterLimits, type PlanRow, planColumns } from "@heard/domain";
import { Button, TextField } from "@heard/ui";
import { type Accessor, Index, type JSX, Match, Show, Switch } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { ChecksList, MarkedText } from "./ChecksList";
import { type Checks, type Jargon, markedPieces, type SlotPlace } from "./checks";
import { emptyRow } from "./draft";
import { LetterIcon } from "./LetterIcon";

type Steps = Extract<LetterSection, { type: "steps" }>;
type Plan = Extract<LetterSection, { type: "planTable" }>;
type Text = Extract<LetterSection, { type: "text" }>;

/** The id of the box a section's problems link to (its text, its first step, its first cell). */
export const sectionFieldId = (key: string) => `section-${key}`;

/** A key for one box of one section, to find it again (focus after a swap or a new step). */
export const placeKey = (sectionKey: string, place: SlotPlace) =>
  place.kind === "text" ? sectionKey : place.kind === "step" ? `${sectionKey}.${place.step}` : `${sectionKey}.${place.row}.${place.column}`;

export interface SectionEditorProps {
  section: Accessor<LetterSection>;
  /** What the template asks the writer to say here, in the letter's language. */
  prompt: string | undefined;
  language: Language;
  checks: Checks;
  forChild: boolean;
  /** The server's message about this section (an empty required section). */
  error: string | undefined;
  onChange: (section: LetterSection) => void;
  onSwap: (jargon: Jargon) => void;
  /** Hands over each box as it appears, to be focused later. */
  box: (place: SlotPlace, element: HTMLInputElement | HTMLTextAreaElement) => void;
  /** Focuses a box of this section once it is on the page. */
  focus: (place: SlotPlace) => void;
}

/** One section of the letter: its heading, the writer's prompt, the words, and the checks beside them. */
export function SectionEditor(props: SectionEditorProps) {
  const { t } = useI18n();
  const key = () => props.section().key;
  const titleId = () => `section-${key()}-title`;
  return (
    <section class="card letter-section" aria-labelledby={titleId()} data-invalid={props.error ? "" : undefined}>
      <div class="letter-section__head">
        <h3 id={titleId()} class="letter-section__title" lang={props.language}>
          <LetterIcon icon={props.section().icon} />
          <span>{props.section().heading}</span>
        </h3>
        <span class="letter-tag" data-required={props.section().required ? "" : undefined}>
          {props.section().required ? t("letters:write.required") : t("letters:write.optional")}
        </span>
      </div>
      <div class="letter-section__body">
        <div class="letter-section__words" lang={props.language}>
          <Switch>
            <Match when={props.section().type === "text"}>
              <TextWords {...props} section={props.section as Accessor<Text>} />
            </Match>
            <Match when={props.section().type === "steps"}>
              <StepWords {...props} section={props.section as Accessor<Steps>} />
            </Match>
            <Match when={props.section().type === "planTable"}>
              <PlanWords {...props} section={props.section as Accessor<Plan>} />
            </Match>
          </Switch>
        </div>
        <ChecksList
          id={`section-${key()}-checks`}
          checks={props.checks}
          language={props.language}
          forChild={props.forChild}
          onSwap={props.onSwap}
          heading={(text, id) => <h4 id={id}>{text}</h4>}
        />
      </div>
    </section>
  );
}

function TextWords(props: Omit<SectionEditorProps, "section"> & { section: Accessor<Text> }) {
  const { t } = useI18n();
  const pieces = () =>
    markedPieces(
      props.section().text,
      props.checks.longSentences,
      props.checks.jargon.map((j) => j.match),
    );
  return (
    <>
      <TextField
        id={sectionFieldId(props.section().key)}
        label={t("letters:write.words", { heading: props.section().heading })}
        description={props.prompt}
        value={props.section().text}
        onInput={(text) => props.onChange({ ...props.section(), text })}
        error={props.error}
        multiline
        rows={6}
        maxLength={letterLimits.sectionText}
        required={props.section().required}
        ref={(element) => props.box({ kind: "text" }, element)}
      />
      <Show when={props.checks.longSentences.length > 0 || props.checks.jargon.length > 0}>
        <MarkedText pieces={pieces()} language={props.language} />
      </Show>
    </>
  );
}

function StepWords(props: Omit<SectionEditorProps, "section"> & { section: Accessor<Steps> }) {
  const { t } = useI18n();
  const steps = () => props.section().steps;
  const setStep = (index: number, text: string) =>
    props.onChange({ ...props.section(), steps: steps().map((step, i) => (i === index ? text : step)) });
  const add = () => {
    props.onChange({ ...props.section(), steps: [...steps(), ""] });
    props.focus({ kind: "step", step: steps().length - 1 });
  };
  const remove = (index: number) => {
    props.onChange({ ...props.section(), steps: steps().filter((_, i) => i !== index) });
    props.focus({ kind: "step", step: Math.max(0, index - 1) });
  };
  return (
    <fieldset class="letter-words-group" aria-describedby={props.prompt ? `section-${props.section().key}-prompt` : undefined}>
      <legend class="visually-hidden">{props.section().heading}</legend>
      <WordsIntro {...props} />
      <ol class="letter-steps">
        <Index each={steps()}>
          {(step, index) => (
            <li class="letter-steps__step">
              <TextField
                id={index === 0 ? sectionFieldId(props.section().key) : undefined}
                label={t("letters:write.step", { number: index + 1 })}
                value={step()}
                onInput={(text) => setStep(index, text)}
                multiline
                rows={2}
                maxLength={letterLimits.step}
                required={props.section().required && index === 0}
                ref={(element) => props.box({ kind: "step", step: index }, element)}
              />
              <Show when={steps().length > 1}>
                <Button variant="link" onClick={() => remove(index)}>
                  {t("letters:write.removeStep", { number: index + 1 })}
                </Button>
              </Show>
            </li>
          )}
        </Index>
      </ol>
      <Show when={steps().length < letterLimits.steps}>
        <div>
          <Button variant="secondary" onClick={add}>
            {t("letters:write.addStep")}
          </Button>
        </div>
      </Show>
    </fieldset>
  );
}

function PlanWords(props: Omit<SectionEditorProps, "section"> & { section: Accessor<Plan> }) {
  const { t } = useI18n();
  const rows = () => props.section().rows;
  const setCell = (index: number, column: keyof PlanRow, text: string) =>
    props.onChange({ ...props.section(), rows: rows().map((row, i) => (i === index ? { ...row, [column]: text } : row)) });
  const add = () => {
    props.onChange({ ...props.section(), rows: [...rows(), emptyRow()] });
    props.focus({ kind: "cell", row: rows().length - 1, column: "what" });
  };
  const remove = (index: number) => {
    props.onChange({ ...props.section(), rows: rows().filter((_, i) => i !== index) });
    props.focus({ kind: "cell", row: Math.max(0, index - 1), column: "what" });
  };
  return (
    <div class="letter-words-group">
      <WordsIntro {...props} />
      <ol class="letter-plan">
        <Index each={rows()}>
          {(row, index) => (
            <li>
              <fieldset class="letter-plan__row">
                <legend>{t("letters:write.row", { number: index + 1 })}</legend>
                <Index each={planColumns}>
                  {(column) => (
                    <TextField
                      id={index === 0 && column() === "what" ? sectionFieldId(props.section().key) : undefined}
                      label={t(`letters:plan.${column()}`)}
                      value={row()[column()]}
                      onInput={(text) => setCell(index, column(), text)}
                      maxLength={letterLimits.planCell}
                      required={props.section().required && index === 0 && column() === "what"}
                      ref={(element) => props.box({ kind: "cell", row: index, column: column() }, element)}
                    />
                  )}
                </Index>
                <Show when={rows().length > 1}>
                  <div>
                    <Button variant="link" onClick={() => remove(index)}>
                      {t("letters:write.removeRow", { number: index + 1 })}
                    </Button>
                  </div>
                </Show>
              </fieldset>
            </li>
          )}
        </Index>
      </ol>
      <Show when={rows().length < letterLimits.planRows}>
        <div>
          <Button variant="secondary" onClick={add}>
            {t("letters:write.addRow")}
          </Button>
        </div>
      </Show>
    </div>
  );
}

/** The prompt and the server's message, above a list of steps or a plan. */
function WordsIntro(props: { section: Accessor<LetterSection>; prompt: string | undefined; error: string | undefined }): JSX.Element {
  return (
    <>
      <Show when={props.prompt}>
        <p id={`section-${props.section().key}-prompt`} class="field__hint">
          {props.prompt}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field__error">{props.error}</p>
      </Show>
    </>
  );
}
