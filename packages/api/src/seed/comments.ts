import type { AgeBand, ConcernLevel, Language, MeetingType, RespondentKind } from "@heard/domain";

/**
 * What the demo's families wrote, as data: plain words as children and parents write them.
 * Ordinary comments never trip the safeguarding screen; worrying ones do, at the level given
 * here (comments.test.ts checks both against `screenForConcerns`). Phone numbers are Ofcom's drama
 * numbers and addresses are example.com: nobody real.
 */

/** A child or young person, or an adult of the family (parent, carer, grandparent …). */
export type CommentWriter = "child" | "adult";

/** Goes with answers that fit: praise with good answers, complaints with poor ones. */
export type CommentTone = "praise" | "mixed" | "complaint";

export type OrdinaryComment = { text: string; language: Language; writer: CommentWriter; tone: CommentTone };

type Written = Record<CommentWriter, Record<CommentTone, readonly string[]>>;

const english: Written = {
  child: {
    praise: [
      "she listened to me and didnt rush me",
      "i liked that you asked me what i think first",
      "Thank you for explaining everything, I understood it this time",
      "you came when you said you would. thanks",
      "best meeting so far tbh",
      "I like my social worker she is kind and funny",
      "thanks for writing down what i said in my own words",
      "it was good that i could sit next to my nan",
      "you told me what happens next so now i know",
      "The snacks were good and it didnt go on forever",
      "felt like people actually listened this time",
      "thank you for helping me with school",
      "she always remembers what i tell her",
      "Good meeting. I got to say my bit",
      "you said nice things about me and my brother 😊",
    ],
    mixed: [
      "it was ok but too many people i didnt know",
      "some of the words were hard but you explained them after",
      "it was ok in the end",
      "ok i guess. bit long",
      "i wanted to say something but i didnt know when",
      "it was better than last time",
      "can we have the meeting after school next time not in lessons",
      "I liked it but I didnt like missing PE",
      "i dont really get what a core group is",
      "the room was boiling",
      "my new number is 07700 900217 if you need me, mum knows",
    ],
    complaint: [
      "why does everyone talk about me when im sitting right there",
      "she was late AGAIN",
      "too long and boring",
      "nobody asked what i wanted",
      "i didnt understand half of it",
      "I've had 4 social workers this year and I have to tell my story every time",
      "you said you would ring me back and you didnt",
      "i dont like that my teacher was there",
      "stop changing the day of the meeting",
      "they used loads of letters like CIN and LAC and nobody said what they mean",
    ],
  },
  adult: {
    praise: [
      "Thank you for listening to me today, first time I have felt heard.",
      "Our worker has been brilliant with the kids, they look forward to her visits.",
      "Everything was explained clearly and I know what I need to do before the next meeting.",
      "Really appreciated you noticing how hard we have been trying.",
      "Grateful that the interpreter was booked in advance this time.",
      "Punctual, polite and honest with us. Thank you.",
      "She rang me back the same day. That makes a big difference.",
      "You treated us with respect even when I got upset.",
      "Thank you for putting the plan in writing for me.",
      "The family group conference was the first time the whole family sat down together. It helped.",
      "Good to have the plan in plain English rather than jargon",
      "Thank you for helping us get the housing letter sorted.",
    ],
    mixed: [
      "Meeting was ok but the report only arrived the night before so I had no time to read it.",
      "Good meeting but I still don't know who to ring when my worker is off.",
      "The worker was fine, the other professionals talked over me.",
      "Better than the last conference. Still too many people in the room.",
      "I understood most of it but would like a copy of the minutes.",
      "Could the next meeting be after 3.30 so I can do the school run?",
      "Some positives were mentioned but it felt like a list of everything we had done wrong.",
      "It helped having my sister with me.",
      "Online meeting kept cutting out, could not hear half of it.",
      "My number has changed, it's now 07700 900461. Please update it.",
      "Please send the minutes to my new email sarah.jones.family@example.com as I can't get into the old one.",
      "Can you email me the dates for contact? mo.khan82@example.co.uk",
    ],
    complaint: [
      "Third worker this year. We have to start again every time.",
      "Arrived 40 minutes late with no phone call.",
      "Nobody told me what happens next, I left more confused than when I came.",
      "I have rung four times this week and no one has rung me back.",
      "Felt judged from the moment I walked in.",
      "The report had wrong information about my son's school and it still hasn't been corrected.",
      "You said you would sort the nursery place and nothing has happened.",
      "The meeting was moved twice and I had to take time off work both times.",
      "It was all decided before I got there.",
      "Very rushed, I didn't get a chance to say anything about my side.",
      "I'd like to talk to the manager about the plan, you can ring me on 020 7946 0832 after 5.",
    ],
  },
};

const welsh: Written = {
  child: {
    praise: ["Diolch am wrando arna i", "Roedd y cyfarfod yn iawn, diolch am siarad Cymraeg efo fi"],
    mixed: ["Roedd o'n iawn ond roedd gormod o bobl yn yr ystafell"],
    complaint: ["Roedd y cyfarfod yn rhy hir ac yn ddiflas"],
  },
  adult: {
    praise: ["Diolch yn fawr am esbonio popeth yn glir.", "Roedd hi'n braf cael y cyfarfod yn Gymraeg."],
    mixed: ["Hoffwn gael copi o'r cynllun yn Gymraeg os gwelwch yn dda.", "Mae fy rhif ffôn newydd yn 07700 900583, diolch."],
    complaint: ["Roedd y gweithiwr yn hwyr eto a wnaeth neb ffonio.", "Wnaeth neb esbonio beth sy'n digwydd nesaf."],
  },
};

const arabic: Written = {
  child: {
    praise: ["كان الاجتماع منيح وحكيت اللي بدي ياه"],
    mixed: ["الاجتماع كان طويل بس الموظفة كانت لطيفة"],
    complaint: ["ما فهمت الكلام الصعب بالاجتماع"],
  },
  adult: {
    praise: ["شكراً لأنكم استمعتوا لي وشرحتوا كل شي", "الموظفة كانت محترمة ولطيفة معنا"],
    mixed: ["نحتاج مترجم في الاجتماع الجاي لو سمحتوا", "رقمي الجديد 07700 900742 لو سمحتوا اتصلوا فيني"],
    complaint: ["ما فهمت شو رح يصير بعدين", "الموظف تأخر ساعة وما اعتذر"],
  },
};

function flatten(language: Language, written: Written): OrdinaryComment[] {
  return (Object.entries(written) as [CommentWriter, Written[CommentWriter]][]).flatMap(([writer, tones]) =>
    (Object.entries(tones) as [CommentTone, readonly string[]][]).flatMap(([tone, texts]) =>
      texts.map((text) => ({ text, language, writer, tone })),
    ),
  );
}

/** Every ordinary comment, in every language. */
export const ordinaryComments: readonly OrdinaryComment[] = [...flatten("en", english), ...flatten("cy", welsh), ...flatten("ar", arabic)];

/** Who handles a concern in the story: the QA lead, or the manager of the meeting's team. */
export type Handler = "qa" | "manager";

/** What staff did after the words arrived, minutes after they did. */
export type StoryEvent = {
  kind: "acknowledged" | "noted" | "resolved" | "cleared";
  afterMinutes: number;
  by: Handler;
  note: string | null;
};

/** One response that raised a concern (or a review item), and what happened next. */
export type ConcernStory = {
  text: string;
  language: Language;
  respondentKind: RespondentKind;
  ageBand: AgeBand | null;
  /**
   * The level the screen raises these words at (`urgent`, `concern`; `review`: worth a look);
   * null: the words raise nothing, only the request to be contacted does.
   */
  level: ConcernLevel | null;
  /** Days before today the words arrived (0: a couple of hours before the latest working moment: today, on a weekday afternoon). */
  daysAgo: number;
  team: "north" | "south" | "west";
  meetingType: MeetingType;
  events: readonly StoryEvent[];
  /** Asked to be contacted: raises a concern of its own (reason `contactRequested`). */
  contact?: { method: "phone"; detail: string };
};

const hour = 60;
const day = 24 * hour;

/** Words that raise a concern or a review item; each meeting in the story is added for it. */
export const concernStories: readonly ConcernStory[] = [
  {
    text: "i dont want to be here anymore. i think about killing myself",
    language: "en",
    respondentKind: "child",
    ageBand: "13to15",
    level: "urgent",
    daysAgo: 250,
    team: "north",
    meetingType: "childInNeedReview",
    events: [
      { kind: "acknowledged", afterMinutes: 22, by: "qa", note: "Rang the worker, who is going back to see her this afternoon." },
      {
        kind: "noted",
        afterMinutes: 3 * hour,
        by: "manager",
        note: "Seen at home with mum. Safety plan agreed, GP told, CAMHS referral made.",
      },
      { kind: "resolved", afterMinutes: 9 * day, by: "qa", note: "CAMHS appointment attended; support plan in place at school. Closed." },
    ],
  },
  {
    text: "i dont feel safe going home tonight",
    language: "en",
    respondentKind: "child",
    ageBand: "16plus",
    level: "urgent",
    daysAgo: 96,
    team: "south",
    meetingType: "coreGroup",
    events: [
      { kind: "acknowledged", afterMinutes: 14, by: "qa", note: "Duty social worker called; he is staying with his aunt tonight." },
      { kind: "noted", afterMinutes: day, by: "manager", note: "Strategy discussion held. Section 47 enquiry started." },
    ],
  },
  {
    text: "my mums boyfriend hits me when shes at work",
    language: "en",
    respondentKind: "child",
    ageBand: "8to12",
    level: "concern",
    daysAgo: 180,
    team: "north",
    meetingType: "familyGroupConference",
    events: [{ kind: "acknowledged", afterMinutes: 18 * hour, by: "qa", note: "Passed to the front door; worker visiting tomorrow." }],
  },
  {
    text: "Mae dad yn gweiddi ar mam bob nos ac yn taflu pethau",
    language: "cy",
    respondentKind: "child",
    ageBand: "13to15",
    level: "concern",
    daysAgo: 131,
    team: "south",
    meetingType: "childProtectionConference",
    events: [{ kind: "acknowledged", afterMinutes: 5 * hour, by: "manager", note: "Discussed with the chair; added to the plan." }],
  },
  {
    text: "الولاد بالمدرسة بيتنمروا علي كل يوم",
    language: "ar",
    respondentKind: "child",
    ageBand: "8to12",
    level: "concern",
    daysAgo: 62,
    team: "west",
    meetingType: "childrenInCareReview",
    events: [
      { kind: "acknowledged", afterMinutes: 2 * hour, by: "qa", note: null },
      {
        kind: "noted",
        afterMinutes: 2 * day,
        by: "manager",
        note: "School told; the designated teacher is meeting him and his carer on Friday.",
      },
    ],
  },
  {
    text: "The children are often left home alone at night with no food in the house",
    language: "en",
    respondentKind: "otherFamily",
    ageBand: null,
    level: "concern",
    daysAgo: 37,
    team: "north",
    meetingType: "coreGroup",
    events: [
      { kind: "acknowledged", afterMinutes: 3 * hour, by: "manager", note: "Unannounced visit booked." },
      { kind: "noted", afterMinutes: 3 * day, by: "manager", note: "Visit done; food bank referral and evening checks agreed with mum." },
    ],
  },
  {
    text: "My ex grabbed my son by the neck at handover and he has bruises",
    language: "en",
    respondentKind: "parent",
    ageBand: null,
    level: "concern",
    daysAgo: 6,
    team: "south",
    meetingType: "childProtectionConference",
    events: [],
  },
  {
    text: "Please can the manager ring me about the plan, I don't agree with it.",
    language: "en",
    respondentKind: "parent",
    ageBand: null,
    level: null,
    daysAgo: 19,
    team: "north",
    meetingType: "childInNeedReview",
    events: [{ kind: "acknowledged", afterMinutes: 20 * hour, by: "manager", note: "Rang her back; meeting with the manager booked." }],
    contact: { method: "phone", detail: "07700 900391" },
  },
  {
    text: "i feel sad all the time and i dont know why",
    language: "en",
    respondentKind: "child",
    ageBand: "13to15",
    level: "review",
    daysAgo: 150,
    team: "west",
    meetingType: "childrenInCareReview",
    events: [
      {
        kind: "cleared",
        afterMinutes: 6 * hour,
        by: "qa",
        note: "Checked with her worker: exam stress, already seeing the school counsellor. Nothing more needed.",
      },
    ],
  },
  {
    text: "Dwi ddim yn iawn ers i ni symud tŷ",
    language: "cy",
    respondentKind: "child",
    ageBand: "16plus",
    level: "review",
    daysAgo: 9,
    team: "north",
    meetingType: "childInNeedReview",
    events: [],
  },
  {
    text: "i cant sleep before these meetings",
    language: "en",
    respondentKind: "child",
    ageBand: "13to15",
    level: "review",
    daysAgo: 0,
    team: "south",
    meetingType: "coreGroup",
    events: [],
  },
];
