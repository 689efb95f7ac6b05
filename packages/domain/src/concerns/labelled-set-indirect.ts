import type { LabelledSentence } from "./measure";

type Make = (text: string, expected: LabelledSentence["expected"], level: LabelledSentence["level"]) => LabelledSentence;
const en: Make = (text, expected, level) => ({ text, language: "en", expected, level });

/**
 * Indirect disclosures, written from what public guidance lists as the signs (Samaritans'
 * warning signs, NSPCC and Childline on abuse, grooming and neglect, the Home Office's county
 * lines indicators, Women's Aid on coercive control), with ordinary comments that use the same
 * words. Written while the signals were written, so they are development sentences, not a test.
 */
export const indirectLabelledSet: readonly LabelledSentence[] = [
  // suicidal thinking without the words
  en("i gave my xbox and all my games to my cousin because i wont need them", ["selfHarm"], "urgent"),
  en("everyone would be happier if i just wasnt here", ["selfHarm"], "urgent"),
  en("i wrote letters for my mum and my nan so they know its not their fault", ["selfHarm"], "urgent"),
  en("i keep thinking about going to sleep and never waking up", ["selfHarm"], "urgent"),
  en("whats the point of anything any more", ["selfHarm"], "urgent"),
  en("i just want everything to stop", ["selfHarm"], "urgent"),
  en("i feel like such a burden on everyone", ["selfHarm"], "urgent"),
  en("by next week it wont matter anyway", ["selfHarm"], "urgent"),
  en("ive been looking up how many tablets it takes", ["selfHarm"], "urgent"),
  en("i said goodbye to my friends today", ["selfHarm"], "urgent"),
  en("i cant see a future for me", ["selfHarm"], "urgent"),
  en("my son has started giving his things away and says he wont be around much longer", ["selfHarm"], "urgent"),
  en("my daughter told me she doesnt want to wake up in the mornings any more", ["selfHarm"], "urgent"),
  // self-harm by what is done
  en("i do it with a pencil sharpener blade so no one sees", ["selfHarm"], "urgent"),
  en("i wear long sleeves even in summer so no one sees my arms", ["selfHarm"], "urgent"),
  en("i scratch my arms till they bleed when i get upset", ["selfHarm"], "urgent"),
  en("i hit my head on the wall when it gets too much", ["selfHarm"], "urgent"),
  en("i havent eaten properly for a week because i dont deserve to", ["selfHarm"], "urgent"),
  // sexual abuse and grooming in a child's words
  en("he says im his special girl and i mustnt tell mum", ["sexualHarm"], "concern"),
  en("my mums friend comes into the bathroom when im in there", ["sexualHarm"], "concern"),
  en("a boy from roblox wants me to go on video chat with no top on", ["sexualHarm"], "concern"),
  en("he gives me money to keep quiet about what we do", ["sexualHarm"], "concern"),
  en("my uncle makes me sit on his knee and i dont like it", ["sexualHarm"], "concern"),
  en("someone i met online is 19 and wants to meet me at the station", ["sexualHarm"], "concern"),
  en("he showed me videos of grown ups doing rude things", ["sexualHarm"], "concern"),
  en("my stepdad sleeps in my bed when mum is at work", ["sexualHarm"], "concern"),
  // criminal exploitation in the young person's words
  en("i have to go to a flat in another town and stay there for a few days", ["exploitation"], "concern"),
  en("the older boys said i owe them now because they bought me stuff", ["exploitation"], "concern"),
  en("they gave me a phone and it rings all night and i have to answer it", ["exploitation"], "concern"),
  en("i have to drop things off for them after school", ["exploitation"], "concern"),
  en("if i stop working for them they said theyll come to my house", ["exploitation"], "concern"),
  en("i got robbed of their stuff and now i have to pay it back", ["exploitation"], "concern"),
  en("my son keeps going missing and comes back with new trainers and cash", ["exploitation"], "concern"),
  // physical abuse by what happened
  en("dad grabbed me by the arm so hard it went purple", ["abuse"], "concern"),
  en("mum threw the remote at my head", ["abuse"], "concern"),
  en("when hes angry he pins me against the wall", ["abuse"], "concern"),
  en("i told school i fell down the stairs but i didnt", ["abuse"], "concern"),
  en("my step mum pulls my hair when i dont do as im told", ["abuse"], "concern"),
  en("nan makes me stand in the corner for hours and smacks me if i move", ["abuse"], "concern"),
  // neglect in a child's words
  en("theres never anything in the fridge at home", ["neglect"], "concern"),
  en("i make my own tea most nights because mum is asleep", ["neglect"], "concern"),
  en("my shoes have holes and my feet get wet every day", ["neglect"], "concern"),
  en("we havent had any electric for a week", ["neglect"], "concern"),
  en("i have to get my little sister ready for school every morning", ["neglect"], "concern"),
  en("nobody notices if i dont come home", ["neglect"], "concern"),
  en("my teeth really hurt but no one takes me to the dentist", ["neglect"], "concern"),
  en("mum goes out at night and leaves me with my baby brother", ["neglect"], "concern"),
  // domestic abuse and coercive control in a parent's words
  en("he has all the bank cards and i have to ask him for money for nappies", ["domesticAbuse"], "concern"),
  en("my ex keeps turning up at the school gates even though hes not meant to", ["domesticAbuse"], "concern"),
  en("he goes mad if dinner isnt ready on time so i make sure it is", ["domesticAbuse"], "concern"),
  en("he tells me no one would believe me and the kids would be taken", ["domesticAbuse"], "concern"),
  en("i have to send him photos of where i am when im out", ["domesticAbuse"], "concern"),
  en("my partner says i cant see my sister any more", ["domesticAbuse"], "concern"),
  en("the kids hide upstairs when he starts shouting", ["domesticAbuse"], "concern"),
  // danger now, without the word, including where a child is placed
  en("hes banging on the door and im in my room with the chair against it", ["immediateDanger"], "urgent"),
  en("my foster dad hit me last night and i dont want to go back there", ["immediateDanger", "abuse"], "urgent"),
  en("a member of staff at my home pushed me down and sat on me", ["immediateDanger", "abuse"], "urgent"),
  en("hes drunk and says hes going to do something bad tonight", ["immediateDanger"], "urgent"),
  en("im hiding in the bathroom and he wont stop", ["immediateDanger"], "urgent"),
  en("please come quick", ["immediateDanger"], "urgent"),
  // review: a person and a frightening feeling, worry about home
  en("i get a funny feeling in my tummy when my uncle visits", ["otherWorry"], "review"),
  en("i dont like it when mums boyfriend stays over", ["otherWorry"], "review"),
  en("i worry about mum when im at school", ["otherWorry"], "review"),
  // ordinary comments with the same words
  en("the meeting was killing me it went on so long", [], null),
  en("i gave my worker a picture i drew", [], null),
  en("i was scared of the big room but it was fine", [], null),
  en("my brother kicked the ball over the fence", [], null),
  en("i nearly died when she said i could go on the trip", [], null),
  en("she listened to everything i said", [], null),
  en("i was worried about the meeting but it went well", [], null),
  en("the worker said my mum is doing really well", [], null),
  en("i felt a bit nervous at the start", [], null),
  en("the cake was to die for", [], null),
  en("we played a game where you hit the balloons", [], null),
  en("i hate maths homework it kills me", [], null),
  en("my dad drove me to the meeting", [], null),
  en("i liked that she asked what i wanted for tea at contact", [], null),
  en("i want to go to football club more", [], null),
  en("the meeting was on a school day so i missed art", [], null),
  en("mum and dad both came and that was nice", [], null),
  en("i was tired because the meeting was after school", [], null),
  en("it was a bit boring but she explained things", [], null),
  en("my foster carer helped me write what i wanted to say", [], null),
  en("the staff at my home are kind and take me swimming", [], null),
  en("my worker was late but she said sorry", [], null),
  en("i didnt understand some of the words", [], null),
  en("he is a good worker and always phones back", [], null),
  en("i want to see my brother more often", [], null),
  en("we talked about my new school and it sounds good", [], null),
];
