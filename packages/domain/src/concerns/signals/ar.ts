import { arabicDanger } from "./ar-danger";
import { arabicHarm } from "./ar-harm";
import type { SignalList } from "./types";

/**
 * Arabic signals, in Modern Standard Arabic and the spoken forms children type (Levantine,
 * Gulf, Egyptian, Iraqi). Letters are folded as the text is (hamza forms, ta marbuta, alef
 * maqsura), and `*` patterns catch the prefixes and suffixes Arabic joins to words.
 */
export const arabicSignals: SignalList = {
  language: "ar",
  groups: {
    who: [
      "ابي",
      "ابوي",
      "بابا",
      "والدي",
      "امي",
      "ماما",
      "والدتي",
      "زوجي",
      "زوجها",
      "اخي",
      "اخوي",
      "عمي",
      "خالي",
      "جدي",
      "هو",
      "هي",
      "هم",
      "شخص",
      "رجل",
      "واحد",
      "المعلم",
      "الاستاذ",
      "عائلتي",
    ],
  },
  signals: {
    ...arabicDanger,
    ...arabicHarm,
  },
};
