import { type DevSentence, writersIn } from "./sentence";

const { child, parent } = writersIn("en");
const urgent = (text: string) => child(text, ["selfHarm"], "urgent");
const fromParent = (text: string) => parent(text, ["selfHarm"], "urgent");

/**
 * Suicidal thinking and self-harm described by what is felt, planned or done, seldom by the
 * words "suicide" or "die": Samaritans' warning signs (giving things away, saying goodbye,
 * feeling a burden, no future, a plan or a date) and the ways young people describe hurting
 * themselves (cutting, burning, hiding marks, starving or punishing themselves).
 */
export const selfHarmEnglish: readonly DevSentence[] = [
  // suicidal thinking without the words
  urgent("ive give my phone and my trainers to my best mate he can have them i wont be using them"),
  urgent("everyone in my family would be better of if i wasnt around"),
  urgent("i wont be here after christmas so it dont matter what the plan says"),
  urgent("no point anymore tbh"),
  urgent("ive written goodbye letters and hid them in my drawer"),
  urgent("i keep thinking about how i would do it"),
  urgent("i looked up the train times for the bridge not to get on it"),
  urgent("i just want to go to sleep forever and not have to do this"),
  urgent("mum will be sad for a bit but then shell be happier without me"),
  urgent("im just a waste of space and everyone knows it"),
  urgent("i saved up all my tablets in a sock"),
  urgent("ive decided what im going to do on friday"),
  urgent("when im gone can my cat go to my nan"),
  urgent("i dont see me being 16"),
  urgent("i told my friends i love them and deleted all my accounts"),
  urgent("idk why im even still here honestly"),
  urgent("theres nothing left for me theres no way out"),
  urgent("i want it all to be over for good"),
  urgent("if i wasnt here there would be less fighting at home cos its all my fault"),
  urgent("ive been standing at the edge of the multi storey car park thinking"),
  urgent("i feel trapped and there is only one way out"),
  urgent("i just want to not exist anymore"),
  urgent("dont bother with the next meeting i wont be coming to it or any of them"),
  urgent("i keep writing my will in my notes app"),
  urgent("i had the rope in my room last night"),
  urgent("im tired of fighting it i give up"),
  urgent("sorry for everything i wont be a problem for much longer"),
  fromParent(
    "my daughter has been giving her clothes and jewellery away to her friends and said goodbye to her nan like it was the last time",
  ),
  fromParent("my son told his sister he wont be here for his birthday and i found a note"),
  fromParent("shes been searching online how to do it i saw it on the ipad"),
  fromParent("my lad keeps saying everyone would be better off without him and hes stopped eating"),
  fromParent("i found a bag of pills hidden under her mattress and a letter saying sorry"),
  fromParent("since his mate passed he says theres no point and hes sorting his things into boxes"),
  // self-harm by what is done
  urgent("i do it on my legs now so no one at school sees"),
  urgent("i use the blade out of a razor"),
  urgent("ive been burning myself with the hair straighteners"),
  urgent("i wear plasters on my wrists and say its from the cat"),
  urgent("i punch walls till my knuckles bleed"),
  urgent("i havent eaten all week to punish myself"),
  urgent("not eating to punish myself for being so stupid"),
  urgent("i pull my hair out until there are bald bits"),
  urgent("i scratch myself with a compass in lessons under the table"),
  urgent("i hold ice on my skin till it burns cos it helps"),
  urgent("the marks on my arm are from me not from anyone else"),
  urgent("i took a load of my mums tablets on saturday but i didnt tell anyone"),
  urgent("i drank bleach a bit to see what would happen"),
  urgent("i bang my head on the floor when my brain wont stop"),
  urgent("it helps when i see the blood it makes the feelings stop"),
  urgent("i keep a sharpener blade in my pencil case for when it gets bad"),
  urgent("ive started doing it again after 3 months clean"),
  urgent("i tie things really tight round my arm till it goes numb"),
  urgent("i pick my skin till it bleeds and i cant stop"),
  urgent("i only eat an apple a day because i dont deserve more"),
  fromParent("my daughter has cuts all up her arms and wont let me see"),
  fromParent("i found blood on her towels and blades wrapped in tissue in the bin"),
  fromParent("hes been wearing his hoodie all the time even in the heat and i saw burns on his wrists"),
  fromParent("she is making herself sick after every meal and shes getting so thin"),
  fromParent("my son has been hitting himself in the face when hes upset"),
];
