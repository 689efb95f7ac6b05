import type { Language } from "../shared/language";

export type TipText = { title: string; wording: string };

/** A tip as the organisation writes it: English, with optional translations. */
export type TipContent = TipText & {
  icon?: string | undefined;
  translations?: Partial<Record<Exclude<Language, "en">, TipText>> | undefined;
};

/**
 * The Top 10 Tips a new organisation starts with: our own wording of what
 * parents' groups ask of workers. The participation team edits them as new versions.
 */
export const defaultTips: readonly TipContent[] = [
  {
    title: "On time",
    wording: "You came when you said you would.",
    icon: "clock",
    translations: {
      cy: { title: "Ar amser", wording: "Daethoch pan ddywedoch y byddech yn dod." },
      ar: { title: "في الموعد", wording: "جئت في الوقت الذي قلت إنك ستأتي فيه." },
    },
  },
  {
    title: "Listened",
    wording: "You listened to me and let me finish.",
    icon: "ear",
    translations: {
      cy: { title: "Gwrando", wording: "Gwnaethoch wrando arnaf a gadael i mi orffen." },
      ar: { title: "استمعت", wording: "استمعت إليّ وتركتني أكمل كلامي." },
    },
  },
  {
    title: "Clear words",
    wording: "You used words I understand.",
    icon: "speech",
    translations: {
      cy: { title: "Geiriau clir", wording: "Gwnaethoch ddefnyddio geiriau rwy'n eu deall." },
      ar: { title: "كلمات واضحة", wording: "استخدمت كلمات أفهمها." },
    },
  },
  {
    title: "What happens next",
    wording: "You told me what happens next.",
    icon: "arrow",
    translations: {
      cy: { title: "Beth sy'n digwydd nesaf", wording: "Gwnaethoch ddweud wrthyf beth sy'n digwydd nesaf." },
      ar: { title: "ماذا سيحدث بعد ذلك", wording: "أخبرتني بما سيحدث بعد ذلك." },
    },
  },
  {
    title: "Honest",
    wording: "You were honest with me, even about hard things.",
    icon: "heart",
    translations: {
      cy: { title: "Gonest", wording: "Roeddech yn onest gyda mi, hyd yn oed am bethau anodd." },
      ar: { title: "صادق", wording: "كنت صادقًا معي، حتى في الأمور الصعبة." },
    },
  },
  {
    title: "Respect",
    wording: "You treated me and my family with respect.",
    icon: "hands",
    translations: {
      cy: { title: "Parch", wording: "Gwnaethoch fy nhrin i a fy nheulu gyda pharch." },
      ar: { title: "الاحترام", wording: "عاملتني أنا وعائلتي باحترام." },
    },
  },
  {
    title: "My views",
    wording: "You asked what I think and wrote it down.",
    icon: "pencil",
    translations: {
      cy: { title: "Fy marn", wording: "Gwnaethoch ofyn beth rwy'n ei feddwl a'i ysgrifennu." },
      ar: { title: "رأيي", wording: "سألتني عن رأيي وكتبته." },
    },
  },
  {
    title: "Did what you said",
    wording: "You did the things you said you would do.",
    icon: "check",
    translations: {
      cy: { title: "Gwneud beth ddywedoch", wording: "Gwnaethoch y pethau y dywedoch y byddech yn eu gwneud." },
      ar: { title: "فعلت ما قلته", wording: "فعلت الأشياء التي قلت إنك ستفعلها." },
    },
  },
  {
    title: "Easy to reach",
    wording: "I knew how to reach you, and you got back to me.",
    icon: "phone",
    translations: {
      cy: { title: "Hawdd cysylltu", wording: "Roeddwn i'n gwybod sut i gysylltu â chi, ac fe wnaethoch ymateb." },
      ar: { title: "سهل الوصول إليك", wording: "عرفت كيف أتواصل معك، وقد رددت عليّ." },
    },
  },
  {
    title: "Strengths",
    wording: "You noticed the good things about my family too.",
    icon: "star",
    translations: {
      cy: { title: "Cryfderau", wording: "Gwnaethoch sylwi ar y pethau da am fy nheulu hefyd." },
      ar: { title: "نقاط القوة", wording: "لاحظت الأشياء الجيدة في عائلتي أيضًا." },
    },
  },
];
