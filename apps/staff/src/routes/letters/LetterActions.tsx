import { createForm, type Form } from "@heard/client";
import { hasPermission, letterLimits } from "@heard/domain";
import { Alert, Button, Card, ErrorSummary, Select, Stack, TextField } from "@heard/ui";
import { createSignal, Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import type { Letter, LetterEvent } from "./model";

/** The comments a letter was sent back with, beside the words they are about. */
export function CommentsCard(props: { comment: LetterEvent }) {
  const { t, formatDate } = useI18n();
  return (
    <Card as="section" class="letter-comments" aria-labelledby="letter-comments-title">
      <Stack gap="s">
        <h2 id="letter-comments-title">{t("letters:review.commentsTitle", { name: props.comment.byName })}</h2>
        <p class="field__hint">{t("letters:review.commentsOn", { date: formatDate(props.comment.at, "dateTime") })}</p>
        <blockquote class="letter-comments__words" dir="auto">
          {props.comment.comment}
        </blockquote>
      </Stack>
    </Card>
  );
}

/** Sending for approval: to the team's managers, or to a named colleague where the organisation allows it. */
export function SubmitPanel(props: { letter: Letter; form: Form<string>; onSubmit: (reviewerId: string | null) => Promise<unknown> }) {
  const { t, errorText } = useI18n();
  const [reviewerId, setReviewerId] = createSignal("");
  const reviewers = createApiQuery("letters.reviewers", () => ({
    input: { id: props.letter.id },
    enabled: props.letter.namedReviewerAllowed,
  }));
  const reviewerError = () => {
    const key = props.form.error("reviewerId");
    return key ? errorText(key) : undefined;
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void props.onSubmit(reviewerId() || null);
  };
  return (
    <Card as="section" aria-labelledby="letter-submit-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="s">
          <h2 id="letter-submit-title">{t("letters:review.submitTitle")}</h2>
          <p>{t("letters:review.submitIntro")}</p>
          <Show when={props.letter.namedReviewerAllowed && reviewers.isSuccess && (reviewers.data?.length ?? 0) > 0}>
            <Select
              id="letter-reviewer"
              label={t("letters:review.reviewer")}
              description={t("letters:review.reviewerHint")}
              value={reviewerId()}
              onChange={setReviewerId}
              error={reviewerError()}
              options={[
                { value: "", label: t("letters:review.reviewerManager") },
                ...(reviewers.data ?? []).map((colleague) => ({ value: colleague.id, label: colleague.displayName })),
              ]}
            />
          </Show>
          <Show when={props.form.formError()}>{(problem) => <p class="field__error">{errorText(problem())}</p>}</Show>
          <div>
            <Button type="submit" loading={props.form.busy()} loadingText={t("common:states.sending")}>
              {t("letters:review.submit")}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}

/**
 * The approver's part: comments, then send back or approve. Someone who may approve letters but
 * not this one (their own, or not theirs to review) reads why, in the server's words.
 */
export function ReviewPanel(props: { letter: Letter; notify: (text: string) => void }) {
  const { t, errorText, formSummary } = useI18n();
  const session = useSession();
  const [comment, setComment] = createSignal("");
  const form = createForm<"comment">({ fields: ["comment"] });
  const sendBack = createApiMutation("letters.return");
  const approve = createApiMutation("letters.approve");
  const fieldId = () => "letter-review-comment";
  const commentError = () => {
    const key = form.error("comment");
    return key ? errorText(key) : undefined;
  };
  const decide = (how: "return" | "approve") =>
    form.submit({
      send: async () => {
        if (how === "return") {
          await sendBack.mutateAsync({ id: props.letter.id, comment: comment() });
          props.notify(t("letters:review.returned"));
        } else {
          await approve.mutateAsync({ id: props.letter.id, comment: comment().trim() || undefined });
          props.notify(t("letters:review.approved"));
        }
        setComment("");
      },
    });
  const refusal = () =>
    props.letter.writer.id === session.user()?.id
      ? "letterOwnApproval"
      : hasPermission(session.user()?.role, "letters.approve")
        ? "letterNotYourReview"
        : null;

  return (
    <Show
      when={props.letter.mayApprove}
      fallback={
        <Alert variant="info" announce={false}>
          <p>{errorText("letterAwaitingApproval")}</p>
          <Show when={refusal()}>{(key) => <p>{errorText(key())}</p>}</Show>
        </Alert>
      }
    >
      <Card as="section" aria-labelledby="letter-review-title">
        <form onSubmit={(event) => event.preventDefault()} noValidate>
          <Stack gap="s">
            <h2 id="letter-review-title">{t("letters:review.decideTitle")}</h2>
            <ErrorSummary
              title={t("common:errorSummary.title")}
              failures={form.failures()}
              items={formSummary(form, fieldId, () => t("letters:review.comment"))}
            />
            <TextField
              id={fieldId()}
              label={t("letters:review.comment")}
              description={t("letters:review.commentHint")}
              value={comment()}
              onInput={setComment}
              error={commentError()}
              multiline
              rows={5}
              maxLength={letterLimits.comment}
            />
            <div class="cluster">
              <Button variant="secondary" loading={form.busy()} onClick={() => void decide("return")}>
                {t("letters:review.return")}
              </Button>
              <Button loading={form.busy()} onClick={() => void decide("approve")}>
                {t("letters:review.approve")}
              </Button>
            </div>
          </Stack>
        </form>
      </Card>
    </Show>
  );
}

/** Sending an approved letter to the family account. */
export function SendPanel(props: { letter: Letter; notify: (text: string) => void }) {
  const { t, errorText } = useI18n();
  const send = createApiMutation("letters.send");
  const form = createForm<never>({ fields: [] });
  const name = () => props.letter.addressee.displayName;
  const go = () =>
    form.submit({
      send: async () => {
        await send.mutateAsync({ id: props.letter.id });
        props.notify(t("letters:review.sent", { name: name() }));
      },
    });
  return (
    <Card as="section" aria-labelledby="letter-send-title">
      <Stack gap="s">
        <h2 id="letter-send-title">{t("letters:review.sendTitle")}</h2>
        <p>{t("letters:review.sendIntro", { name: name() })}</p>
        <Show when={form.formError()}>{(problem) => <Alert variant="danger">{errorText(problem())}</Alert>}</Show>
        <div>
          <Button loading={form.busy()} loadingText={t("common:states.sending")} onClick={() => void go()}>
            {t("letters:review.send", { name: name() })}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}

/** A sent letter never changes: a correction is a new version, with what was wrong, through approval again. */
export function CorrectPanel(props: { letter: Letter; notify: (text: string) => void }) {
  const { t, errorText, formSummary } = useI18n();
  const [reason, setReason] = createSignal("");
  const form = createForm<"comment">({ fields: ["comment"] });
  const correct = createApiMutation("letters.correct");
  const fieldId = () => "letter-correct-reason";
  const reasonError = () => {
    const key = form.error("comment");
    return key ? errorText(key) : undefined;
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const ok = await form.submit({
      send: async () => {
        await correct.mutateAsync({ id: props.letter.id, comment: reason() });
      },
    });
    if (ok) props.notify(t("letters:review.corrected"));
  };
  return (
    <Card as="section" aria-labelledby="letter-correct-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="s">
          <h2 id="letter-correct-title">{t("letters:review.correct")}</h2>
          <p>{errorText("letterSent")}</p>
          <ErrorSummary
            title={t("common:errorSummary.title")}
            failures={form.failures()}
            items={formSummary(form, fieldId, () => t("letters:review.correctReason"))}
          />
          <TextField
            id={fieldId()}
            label={t("letters:review.correctReason")}
            description={t("letters:review.correctHint")}
            value={reason()}
            onInput={setReason}
            error={reasonError()}
            multiline
            rows={3}
            maxLength={letterLimits.comment}
            required
          />
          <div>
            <Button type="submit" variant="secondary" loading={form.busy()} loadingText={t("common:states.saving")}>
              {t("letters:review.correctStart")}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
