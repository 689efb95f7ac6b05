import { type DevSentence, writersIn } from "./sentence";

const { child, parent } = writersIn("en");
const ordinary = (text: string) => child(text, [], null);
const ordinaryParent = (text: string) => parent(text, [], null);

/**
 * Ordinary comments that use the screen's frightening words: idioms, games and sport, worries
 * about the meeting itself, sarcasm, and negations ("nobody hurts me at home"). A screen that
 * flags these wastes a safeguarding lead's time and teaches people to ignore it.
 */
export const ordinaryIdiomsEnglish: readonly DevSentence[] = [
  // idioms with frightening words
  ordinary("im scared of the dentist can the meeting not be the same day"),
  ordinary("i nearly died laughing when the worker fell off the beanbag"),
  ordinary("my brother hits me at football in the game its called a tackle lol"),
  ordinary("i was dying to tell her about my grades"),
  ordinary("mum will murder me if i lose my new coat"),
  ordinary("that test absolutely destroyed me"),
  ordinary("my feet are killing me from PE"),
  ordinary("i could die of embarrassment she saw my baby photos"),
  ordinary("honestly the chips at the meeting were sick"),
  ordinary("he shot me in fortnite and i rage quit"),
  ordinary("my sister is gonna kill me for taking her charger"),
  ordinary("ngl i was shaking before i went in but it was fine"),
  ordinary("i got slaughtered at chess by my foster dad"),
  ordinary("im dead lol that was so funny"),
  ordinary("i cut my finger on the paper at the meeting no biggie"),
  ordinary("we got a new puppy and he bites everything"),
  ordinary("i hit my head on the cupboard door at contact but im fine"),
  ordinary("the roller coaster was so scary i screamed"),
  ordinary("i burnt the toast at cooking club"),
  ordinary("my brother and me had a pillow fight"),
  ordinary("i almost died when she said my dad was coming"),
  ordinary("i want to kill my alarm clock every morning"),
  ordinary("my mate punched the air when we won"),
  ordinary("im starving can we have pizza next time"),
  ordinary("dad said hell ground me forever if i dont tidy my room"),
  ordinary("the scary film at my nans gave me nightmares for one night lol"),
  ordinary("i was frozen when they asked me a question in front of everyone"),
  ordinary("i fell off my bike and grazed my knee but mum sorted it"),
  ordinary("i drowned in homework this week"),
  ordinary("my teacher would kill for a quiet class"),
  ordinary("we play a game called hide and seek at my carers its the best"),
  ordinary("i was so nervous i thought i was gonna be sick"),
  ordinary("my cousin knocked me out in the boxing game on the switch"),
  ordinary("i got told off for being late and it was fair"),
  ordinary("i have a secret santa at school and i cant tell who i got"),
  ordinary("i sent her a pic of my drawing of my dog"),
  // negations and plain reassurance
  ordinary("no one is mean to me at my foster home"),
  ordinary("i am not being bullied anymore since i moved school"),
  ordinary("i dont want to hurt anyone i just get angry at my xbox"),
  ordinary("i never feel scared at my nans"),
  ordinary("my dad doesnt hit me he just shouts at the telly when the football is on"),
  ordinary("i dont self harm i just have eczema on my arms"),
  ordinary("im not sad anymore my new school is good"),
  ordinary("there is always food at my carers house"),
  ordinary("i am safe and happy where i live now"),
  ordinary("nothing bad is happening i just dont like meetings"),
  // sarcasm and complaints with harsh words
  ordinary("oh great another meeting my favourite thing ever"),
  ordinary("wow thanks for telling me the meeting was moved AFTER it happened"),
  ordinary("best part of the meeting was when it ended"),
  ordinary("another new worker, brilliant, love that for me"),
  ordinary("i hate hate hate filling in these forms"),
  ordinary("this app is so slow it makes me want to scream"),
  ordinary("they talked about me like i was a piece of furniture"),
  ordinary("if i have to tell my story one more time i will lose it"),
  // parents using the same words ordinarily
  ordinaryParent("the waiting list is killing us we have been waiting months for an assessment"),
  ordinaryParent("i was terrified of the meeting but the worker put me at ease"),
  ordinaryParent("my son is scared of the dark so can the visit be earlier"),
  ordinaryParent("my kids fight like cat and dog but they love each other"),
  ordinaryParent("i nearly had a heart attack when i saw the size of the report"),
  ordinaryParent("the kids were bouncing off the walls after the sweets at contact"),
  ordinaryParent("we are not in any danger i just want help with his school place"),
  ordinaryParent("nobody in our house is hurting anybody, we need help with housing"),
  ordinaryParent("my daughter cried at the end because she didnt want to leave her worker"),
  ordinaryParent("i am worried sick about the court date but the worker explained it well"),
];
