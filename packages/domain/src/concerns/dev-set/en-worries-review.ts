import { type DevSentence, sentences } from "./sentence";

/**
 * Bullying and other worries in English, and the sentences worth a person's look: a person with
 * a frightening act or feeling, or a worry about home, too unsure to call a concern. Review
 * sentences carry the category a reader would most likely give them.
 */
export const englishWorriesAndReview: readonly DevSentence[] = [
  ...sentences(
    "en",
    "child",
    "concern",
    ["bullying"],
    [
      "they made a group chat just to slag me off",
      "some kids in year 9 take my dinner money every day",
      "they film me and put it on tiktok and everyone laughs",
      "nobody sits with me and they throw stuff at my head in maths",
      "they keep calling me the n word on the bus",
      "i dont want to go to school cos of what they do in the changing rooms",
      "they said they would jump me after school",
      "people keep messaging me telling me to go kill myself",
      "they hide my bag and rip up my books",
      "a girl keeps making fake accounts of me",
      "the older kids at the unit pick on me every day and staff dont do nothing",
      "they spread rumours that im gay and now everyone ignores me",
    ],
  ),
  ...sentences(
    "en",
    "parent",
    "concern",
    ["bullying"],
    [
      "my son is being bullied so badly he wont leave the house",
      "kids have been sending my daughter horrible messages about her weight all night",
    ],
  ),
  ...sentences(
    "en",
    "child",
    "concern",
    ["otherWorry"],
    [
      "i keep running away from my placement cos i hate it there",
      "i havent been to school for 3 weeks and nobody has noticed",
      "i drink every weekend to forget stuff",
      "i feel empty all the time and cant stop crying",
      "my mum is really poorly and i dont know whos going to look after me",
      "i hear voices telling me im bad",
    ],
  ),
  // Worth a look: unsure, but a person should read it.
  ...sentences(
    "en",
    "child",
    "review",
    ["abuse"],
    [
      "mums boyfriend scares me sometimes",
      "dad gets really angry and i get scared of what hell do",
      "i dont like being on my own with my uncle",
      "my foster carer is nice in front of you but not when youve gone",
      "i got in trouble at home and i dont want to say what happened",
      "i flinch when my stepdad walks past",
      "im scared of my mums new partner",
      "i have to be really quiet at home or else",
    ],
  ),
  ...sentences(
    "en",
    "child",
    "review",
    ["otherWorry"],
    [
      "i dont like going home",
      "i dont want to say how i really feel in case it gets back to them",
      "its not nice at home at the moment",
      "i wish i could live somewhere else",
      "i cant talk in front of my mum can you come to school",
      "nobody listens to me at home",
      "i get really anxious before i go back to dads",
      "i want to tell you something but not in the meeting",
      "i havent been sleeping cos of stuff at home",
      "stuff happens at the weekends that i dont like",
    ],
  ),
  ...sentences(
    "en",
    "child",
    "review",
    ["domesticAbuse"],
    ["mum and her boyfriend argue loads and it gets loud", "dad shouts at mum when he has had a drink", "i get scared when they row"],
  ),
  ...sentences(
    "en",
    "child",
    "review",
    ["neglect"],
    ["sometimes there isnt much to eat at home", "mum is asleep a lot when i get home", "i have to get myself up and to school most days"],
  ),
  ...sentences(
    "en",
    "child",
    "review",
    ["sexualHarm"],
    ["theres an older lad who keeps messaging me and telling me im pretty", "my mums friend is a bit weird with me"],
  ),
  ...sentences(
    "en",
    "child",
    "review",
    ["exploitation"],
    ["some older lads keep giving me money for nothing", "my mates brother wants me to do a job for him on the weekend"],
  ),
  ...sentences(
    "en",
    "parent",
    "review",
    ["otherWorry"],
    [
      "im worried about what goes on at my exs house when the kids are there",
      "my daughter has gone very quiet since she started seeing her dad again",
      "my son comes back from contact really upset and wont say why",
      "im struggling to cope at home and i dont know who to ask",
    ],
  ),
  ...sentences(
    "en",
    "parent",
    "review",
    ["domesticAbuse"],
    ["my partner gets jealous when i go out and it frightens me a bit", "hes not violent but i am nervous around him"],
  ),
  ...sentences("en", "parent", "review", ["exploitation"], ["my son has started hanging around with lads a lot older than him"]),
];
