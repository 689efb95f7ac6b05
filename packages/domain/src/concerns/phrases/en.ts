import type { CompletePhraseList } from "../categories";
import { englishImmediateDanger, englishSelfHarm } from "./en-danger";
import { englishGroups } from "./en-groups";
import {
  englishAbuse,
  englishBullying,
  englishDomesticAbuse,
  englishExploitation,
  englishNeglect,
  englishOtherWorry,
  englishSexualHarm,
} from "./en-harm";

/** English is complete across every category and always runs, whatever the language. */
export const englishPhrases: CompletePhraseList = {
  language: "en",
  groups: englishGroups,
  phrases: {
    immediateDanger: englishImmediateDanger,
    selfHarm: englishSelfHarm,
    abuse: englishAbuse,
    neglect: englishNeglect,
    sexualHarm: englishSexualHarm,
    exploitation: englishExploitation,
    domesticAbuse: englishDomesticAbuse,
    bullying: englishBullying,
    otherWorry: englishOtherWorry,
  },
};
