import type { Language } from "@heard/domain";
import { Alert } from "@heard/ui";
import { A, useParams, useSearchParams } from "@solidjs/router";
import { type Accessor, createMemo, createSignal, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { matcherFor } from "./checks";
import { LetterEditor } from "./LetterEditor";
import { LetterReader } from "./LetterReader";
import { LetterFacts, LetterRecord } from "./LetterRecord";
import { isWritable, type Letter, type WritingHelp } from "./model";
import "./letters.css";

/** One letter: written here while a draft (or sent back), read, approved, sent and corrected here. */
export default function LetterPage() {
  const params = useParams<{ id: string }>();
  const [search] = useSearchParams<{ version?: string }>();
  const version = () => {
    const number = Number(search.version);
    return Number.isInteger(number) && number > 0 ? number : undefined;
  };
  const letter = createApiQuery("letters.get", () => ({ input: { id: params.id, version: version() } }));
  const templates = createApiQuery("letters.templates.list");
  const glossary = createApiQuery("letters.glossary.list");
  // The writer's help comes together: both answers, or both still loading (or failing) as one.
  const help = {
    get isError() {
      return templates.isError || glossary.isError;
    },
    get isSuccess() {
      return templates.isSuccess && glossary.isSuccess;
    },
    get error() {
      return templates.error ?? glossary.error;
    },
    get data() {
      return templates.data && glossary.data ? { templates: templates.data, glossary: glossary.data } : undefined;
    },
    refetch: () => Promise.all([templates.refetch(), glossary.refetch()]),
  };
  return (
    <LoadState query={letter}>
      {(current) => (
        <LoadState query={help}>
          {(found) => <LetterView letter={current} help={found} reload={async () => (await letter.refetch()).data} />}
        </LoadState>
      )}
    </LoadState>
  );
}

function LetterView(props: {
  letter: Accessor<Letter>;
  help: Accessor<{ templates: WritingHelp["templates"]; glossary: Parameters<typeof matcherFor>[0] }>;
  reload: () => Promise<Letter | undefined>;
}) {
  const { t } = useI18n();
  const letter = props.letter;
  const [notice, setNotice] = createSignal<string | null>(null);
  let noticeBox: HTMLDivElement | undefined;
  const notify = (text: string) => {
    setNotice(text);
    // The button pressed has gone with the step it took: the news takes the focus instead.
    setTimeout(() => noticeBox?.focus(), 50);
  };
  const matchers = new Map<Language, WritingHelp["matcher"]>();
  const help = createMemo((): WritingHelp => {
    const language = letter().language;
    const matcher = matchers.get(language) ?? matcherFor(props.help().glossary, language);
    matchers.set(language, matcher);
    return { templates: props.help().templates, matcher };
  });
  const title = () => t("letters:page.title", { kind: t(`letters:kinds.${letter().kind}`), name: letter().addressee.displayName });
  // A new editor for each letter and version: its autosave belongs to them.
  const editing = () => (isWritable(letter()) ? `${letter().id}:${letter().version}` : null);

  return (
    <Page title={title()}>
      <div class="letter-page stack stack--l">
        <p class="no-print">
          <A href="/letters">{t("letters:page.back")}</A>
        </p>
        <div ref={noticeBox} tabIndex={-1} class="no-print">
          <Show when={notice()}>
            {(text) => (
              <Alert variant="success" announce={false}>
                {text()}
              </Alert>
            )}
          </Show>
        </div>
        <Show when={editing()} keyed fallback={<LetterReader letter={letter} help={help()} notify={notify} />}>
          <LetterEditor letter={letter()} help={help()} reload={props.reload} notify={notify} />
        </Show>
        <LetterFacts letter={letter()} />
        <LetterRecord letter={letter()} />
      </div>
    </Page>
  );
}
