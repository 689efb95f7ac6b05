import type { LetterKind, LetterTemplate, TemplateSection } from "./kinds";

/**
 * The templates a new organisation starts with. The participation team edits its own copies
 * (stored in the database); these are what a kind falls back to until then. Headings speak to
 * the child; prompts speak to the writer.
 */
type Section = Omit<TemplateSection, "key">;

const whoCame: Section = {
  type: "text",
  required: false,
  icon: "people",
  wording: {
    en: {
      heading: "Who came to the meeting",
      prompt: "Name the people who came and say who they are, for example “Jo, your social worker”.",
    },
    cy: {
      heading: "Pwy ddaeth i’r cyfarfod",
      prompt: "Enwch y bobl a ddaeth a dywedwch pwy ydyn nhw, er enghraifft “Jo, dy weithiwr cymdeithasol”.",
    },
    ar: { heading: "من حضر الاجتماع", prompt: "اذكر أسماء الأشخاص الذين حضروا ومن هم، مثلًا: «جو، الأخصائية الاجتماعية التي تعمل معك»." },
  },
};

const whatWeTalkedAbout: Section = {
  type: "text",
  required: true,
  icon: "speech",
  wording: {
    en: { heading: "What we talked about", prompt: "Say in a few short sentences what the meeting was about." },
    cy: { heading: "Beth wnaethon ni siarad amdano", prompt: "Dywedwch mewn ychydig o frawddegau byr beth oedd y cyfarfod yn ei drafod." },
    ar: { heading: "ما الذي تحدثنا عنه", prompt: "قل في بضع جمل قصيرة عمّا كان الاجتماع." },
  },
};

const worries: Section = {
  type: "text",
  required: true,
  icon: "worry",
  wording: {
    en: { heading: "What we are worried about", prompt: "Say what worries us, kindly and honestly. Use the words the child uses." },
    cy: {
      heading: "Beth sy’n ein poeni ni",
      prompt: "Dywedwch beth sy’n ein poeni, yn garedig ac yn onest. Defnyddiwch y geiriau mae’r plentyn yn eu defnyddio.",
    },
    ar: { heading: "ما الذي يقلقنا", prompt: "قل ما الذي يقلقنا بلطف وصدق. استخدم الكلمات التي يستخدمها الطفل." },
  },
};

const goingWell: Section = {
  type: "text",
  required: true,
  icon: "sun",
  wording: {
    en: { heading: "What is going well", prompt: "Say what is good and who is helping." },
    cy: { heading: "Beth sy’n mynd yn dda", prompt: "Dywedwch beth sy’n dda a phwy sy’n helpu." },
    ar: { heading: "ما الذي يسير على ما يرام", prompt: "قل ما هو جيد ومن يساعد." },
  },
};

const whatHappensNow: Section = {
  type: "steps",
  required: true,
  icon: "steps",
  wording: {
    en: { heading: "What will happen now", prompt: "Write the plan as short numbered steps. Say who will do each one." },
    cy: {
      heading: "Beth fydd yn digwydd nawr",
      prompt: "Ysgrifennwch y cynllun fel camau byr wedi’u rhifo. Dywedwch pwy fydd yn gwneud pob un.",
    },
    ar: { heading: "ما الذي سيحدث الآن", prompt: "اكتب الخطة في خطوات قصيرة مرقّمة. قل من سيقوم بكل خطوة." },
  },
};

const nextMeeting: Section = {
  type: "text",
  required: false,
  icon: "calendar",
  wording: {
    en: { heading: "When the next meeting is", prompt: "Give the date, the time and where it will be." },
    cy: { heading: "Pryd mae’r cyfarfod nesaf", prompt: "Rhowch y dyddiad, yr amser a ble bydd e." },
    ar: { heading: "متى الاجتماع القادم", prompt: "اكتب التاريخ والوقت والمكان." },
  },
};

const whoToTalkTo: Section = {
  type: "text",
  required: true,
  icon: "phone",
  wording: {
    en: { heading: "Who you can talk to", prompt: "Name someone the child can talk to and say how to reach them." },
    cy: { heading: "Pwy gei di siarad â nhw", prompt: "Enwch rywun y gall y plentyn siarad â nhw a dywedwch sut i gysylltu â nhw." },
    ar: { heading: "مع من يمكنك التحدث", prompt: "اذكر شخصًا يمكن للطفل التحدث معه وقل كيف يتواصل معه." },
  },
};

const whatYouToldUs: Section = {
  type: "text",
  required: true,
  icon: "ear",
  wording: {
    en: { heading: "What you told us", prompt: "Write what the child told us, in their own words where you can." },
    cy: {
      heading: "Beth ddywedaist ti wrthon ni",
      prompt: "Ysgrifennwch beth ddywedodd y plentyn wrthon ni, yn ei eiriau ei hun lle gallwch chi.",
    },
    ar: { heading: "ما الذي أخبرتنا به", prompt: "اكتب ما أخبرنا به الطفل، بكلماته هو كلما أمكن." },
  },
};

const whatISaid: Section = {
  type: "text",
  required: true,
  icon: "speech",
  wording: {
    en: { heading: "What I said", prompt: "Write what the child said at the meeting, in their own words where you can." },
    cy: {
      heading: "Beth ddywedais i",
      prompt: "Ysgrifennwch beth ddywedodd y plentyn yn y cyfarfod, yn ei eiriau ei hun lle gallwch chi.",
    },
    ar: { heading: "ما الذي قلته", prompt: "اكتب ما قاله الطفل في الاجتماع، بكلماته هو كلما أمكن." },
  },
};

const plan: Section = {
  type: "planTable",
  required: true,
  icon: "table",
  wording: {
    en: {
      heading: "My plan",
      prompt: "For each part of the plan: what will happen, who will do it, by when, and how we will know it worked.",
    },
    cy: {
      heading: "Fy nghynllun",
      prompt:
        "Ar gyfer pob rhan o’r cynllun: beth fydd yn digwydd, pwy fydd yn ei wneud, erbyn pryd, a sut byddwn ni’n gwybod ei fod wedi gweithio.",
    },
    ar: { heading: "خطتي", prompt: "لكل جزء من الخطة: ما الذي سيحدث، ومن سيقوم به، ومتى، وكيف سنعرف أنه نجح." },
  },
};

const notHappening: Section = {
  type: "text",
  required: true,
  icon: "phone",
  wording: {
    en: {
      heading: "Who I can talk to if it is not happening",
      prompt: "Name someone the child can tell if the plan is not happening, and say how to reach them.",
    },
    cy: {
      heading: "Pwy alla i siarad â nhw os nad yw’n digwydd",
      prompt: "Enwch rywun y gall y plentyn ddweud wrthyn nhw os nad yw’r cynllun yn digwydd, a dywedwch sut i gysylltu â nhw.",
    },
    ar: {
      heading: "مع من يمكنني التحدث إذا لم يحدث ذلك",
      prompt: "اذكر شخصًا يمكن للطفل أن يخبره إذا لم تُنفَّذ الخطة، وقل كيف يتواصل معه.",
    },
  },
};

const letter: Section = {
  type: "text",
  required: true,
  icon: "pencil",
  wording: {
    en: { heading: "Your letter", prompt: "Write to the child in short sentences and everyday words." },
    cy: { heading: "Dy lythyr", prompt: "Ysgrifennwch at y plentyn mewn brawddegau byr a geiriau bob dydd." },
    ar: { heading: "رسالتك", prompt: "اكتب إلى الطفل بجمل قصيرة وكلمات يومية." },
  },
};

const conferenceSections = { whoCame, whatWeTalkedAbout, worries, goingWell, whatHappensNow, nextMeeting, whoToTalkTo };

function template(kind: LetterKind, sections: Record<string, Section>): LetterTemplate {
  return { kind, sections: Object.entries(sections).map(([key, section]) => ({ key, ...section })) };
}

export const defaultLetterTemplates: Readonly<Record<LetterKind, LetterTemplate>> = {
  cpConference: template("cpConference", conferenceSections),
  // A review starts with what the child told us, then has the conference's shape.
  review: template("review", { whatYouToldUs, ...conferenceSections }),
  fgcPlan: template("fgcPlan", { whatISaid, plan, notHappening }),
  free: template("free", { letter }),
};
