import { type DevSentence, writersIn } from "./sentence";

const { child, parent } = writersIn("en");
const dangerNow = (text: string) => child(text, ["immediateDanger"], "urgent");

/**
 * Danger now told without the word: someone at the door, being shut in, nowhere safe to go
 * tonight, including harm where a child is placed (foster carers, children's homes). Then
 * bullying and other worries, and the review level: a person with a frightening act or feeling,
 * or worry about home, said too lightly to be sure of.
 */
export const dangerWorryAndReviewEnglish: readonly DevSentence[] = [
  // danger now, without the word
  dangerNow("hes outside the door right now and hes shouting my name"),
  dangerNow("my foster carer locks me in my room at night and i cant get to the toilet"),
  dangerNow("staff at the home hurt me when they hold me down and one of them is on tonight"),
  dangerNow("im hiding under my bed please send someone"),
  dangerNow("he just took my phone off me and im on my tablet get someone here"),
  dangerNow("dad is really drunk and has the kitchen knife out"),
  dangerNow("im at the bus station and ive got nowhere to go tonight"),
  dangerNow("the man who hurt me has found out where we live and is in the street"),
  dangerNow("my foster carer said if i tell my social worker she will hurt me worse"),
  dangerNow("a worker at my childrens home comes in my room at night and i am scared of tonight"),
  dangerNow("hes kicking the door in"),
  dangerNow("mum has gone and hes been hitting me all day and i cant get out"),
  dangerNow("i ran out the house with no shoes and im in the park and i cant go back"),
  dangerNow("there are boys with knives waiting for me outside school"),
  dangerNow("hes got a hammer and hes smashing everything"),
  dangerNow("please someone come to my house i cant say more hes listening"),
  dangerNow("my placement kicked me out and im sleeping in a stairwell tonight"),
  dangerNow("my carer put me in the shed and told me to stay there till morning"),
  dangerNow("he said when he gets back from the pub im getting it"),
  dangerNow("i locked myself in the bathroom and he is trying to break the lock"),
  dangerNow("get the police here now"),
  dangerNow("the staff at my home push me and sit on me and they said nobody will believe a kid like me"),
  parent(
    "my ex just turned up with a bat and hes trying to get into the house where the kids are",
    ["immediateDanger", "domesticAbuse"],
    "urgent",
  ),
  parent("my daughter hasnt come home and she texted that a man wont let her leave his flat", ["immediateDanger"], "urgent"),
  parent(
    "my son has been missing since last night and the older boys he owes are looking for him",
    ["immediateDanger", "exploitation"],
    "urgent",
  ),
  // bullying and other worries
  child("year 9s take my dinner money every day and trip me on the stairs", ["bullying"], "concern"),
  child("theres a group chat about me where they say im disgusting and should go away", ["bullying"], "concern"),
  child("they wait for me after school and throw stuff at me", ["bullying"], "concern"),
  child("someone made a fake account of me and is posting things", ["bullying"], "concern"),
  child("they spit at me on the bus and call me a refugee", ["bullying"], "concern"),
  child("no one sits with me and they whisper when i walk past", ["bullying"], "review"),
  child("i pretend to be ill so i dont have to go to school because of them", ["bullying"], "review"),
  parent("my son comes home with his things broken and says the kids in his class did it", ["bullying"], "concern"),
  parent("my daughter is being sent horrible messages every night and wont go to school", ["bullying"], "concern"),
  child("i cant sleep and i keep getting these thoughts i cant stop", ["otherWorry"], "review"),
  child("i drink vodka before school to get through it", ["otherWorry"], "concern"),
  child("i feel empty all the time like nothing is real", ["otherWorry"], "review"),
  parent("my son stays out all night and wont tell me where and i am scared for him", ["otherWorry"], "concern"),
  parent("my daughter has stopped talking to anyone and stays in her room all day", ["otherWorry"], "review"),
  // review: a person and a frightening act or feeling, worry about home
  child("dad gets really angry and i go quiet", ["otherWorry"], "review"),
  child("i dont want to go to dads at the weekend he is different when hes drinking", ["otherWorry"], "review"),
  child("my uncle looks at me funny and i dont like being alone with him", ["sexualHarm"], "review"),
  child("my step mum is mean to me but not to my sister", ["abuse"], "review"),
  child("sometimes theres no tea but its fine", ["neglect"], "review"),
  child("i get a bit scared when mum and her boyfriend argue", ["domesticAbuse"], "review"),
  child("my brothers friends make me hold their bags sometimes idk why", ["exploitation"], "review"),
  child("i feel weird around my coach", ["sexualHarm"], "review"),
  child("mum shouts a lot and i dont know what to do", ["otherWorry"], "review"),
  child("i dont feel like myself anymore", ["otherWorry"], "review"),
  child("its hard at home atm", ["otherWorry"], "review"),
  child("my foster carer gets cross and grabs me sometimes", ["abuse"], "review"),
  child("im a bit frightened of the new man at mums", ["otherWorry"], "review"),
  child("i have to be really careful what i say at home", ["otherWorry"], "review"),
  child("i stay at school as late as i can so i dont have to go back", ["otherWorry"], "review"),
  child("sometimes i think about hurting myself but i wouldnt", ["selfHarm"], "urgent"),
  parent("my son says he is scared of his stepdad but wont say why", ["otherWorry"], "review"),
  parent("my daughter cries before every visit to her dads and i dont know whats going on there", ["otherWorry"], "review"),
  parent("i think my son is mixing with older boys and he has money i didnt give him", ["exploitation"], "review"),
  parent("things with my partner are not great and the kids are picking up on it", ["domesticAbuse"], "review"),
  parent("he gets angry and i worry what hes like with the kids when im at work", ["otherWorry"], "review"),
];
