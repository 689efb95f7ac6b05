import { type DevSentence, writersIn } from "./sentence";

const { child, parent } = writersIn("en");
const abused = (text: string) => child(text, ["abuse"], "concern");
const neglected = (text: string) => child(text, ["neglect"], "concern");
const controlled = (text: string) => parent(text, ["domesticAbuse"], "concern");

/**
 * Physical abuse told by what happened (marks, objects, being thrown or shut in), neglect by
 * what is missing (food, warmth, care, someone there), as NSPCC lists the signs; and domestic
 * abuse and coercive control in a parent's words, by the behaviours Women's Aid describes
 * (checking, isolating, money, threats about the children).
 */
export const abuseNeglectAndDomesticAbuseEnglish: readonly DevSentence[] = [
  // physical abuse by what happened
  abused("dad hit me with the belt buckle and it left a mark on my back"),
  abused("my step dad threw me across the room into the wardrobe"),
  abused("mum locks me in the cupboard under the stairs when im naughty"),
  abused("he slammed my hand in the door on purpose"),
  abused("i got a black eye off my dad but i said it was football"),
  abused("she hits me with the hairbrush on my legs where no one can see"),
  abused("mums boyfriend squeezes my neck when im too loud"),
  abused("dad kicked me in the ribs and it hurts to breathe"),
  abused("they make me kneel on rice when i get a bad mark at school"),
  abused("my uncle burned me with the iron and said it was an accident"),
  abused("i have bruses on my arms from where she grips me"),
  abused("i get smacked with a slipper every time i answer back"),
  abused("dad shook my baby sister really hard when she was crying"),
  abused("he pushed my head under the water in the bath"),
  abused("my grandad whips us with a wire if we dont pray"),
  abused("she chucked a plate at me and it cut my face"),
  abused("i have to wear long sleeves cos of the marks he leaves"),
  abused("i get put outside in the garden in the cold at night as punishment"),
  abused("my brother is 19 and he punches me when mum is at work and says he will do worse if i tell"),
  abused("my mum tells me im worthless and she wishes shed given me away"),
  parent("my ex returns our son from contact with bruises and the boy says daddy squeezed him", ["abuse"], "concern"),
  parent("my partner hits the kids with his belt when they misbehave and says thats how he was raised", ["abuse"], "concern"),
  parent("i think my sons childminder is hurting him theres finger marks on his arms", ["abuse"], "concern"),
  // neglect by what is missing
  neglected("we only have cereal with no milk most days"),
  neglected("the heating has been off since october and we sleep in our coats"),
  neglected("mum went away for the weekend and left me and my sister with no money"),
  neglected("i wear the same uniform all week and it smells and people say so"),
  neglected("nobody takes me to the doctor even though my ear has been hurting for weeks"),
  neglected("i steal food from school to take home for my brothers"),
  neglected("theres no bed for me i sleep on the settee or the floor"),
  neglected("my mum is always passed out on the sofa when i get home"),
  neglected("i havent had a bath in ages cos theres no hot water"),
  neglected("nobody picks me up from school so i walk home in the dark on my own"),
  neglected("i have to change my baby sisters nappy and feed her cos mum dont get up"),
  neglected("there are needles on the kitchen side and my little brother plays near them"),
  neglected("we were on our own for 4 days and i had to make toast for everyone"),
  neglected("our house has mould everywhere and the windows are broke"),
  neglected("i dont have a coat or proper shoes for winter"),
  neglected("i havent been to school in weeks and no one has noticed"),
  neglected("dad spends all the money on drink so theres nothing for tea"),
  neglected("i get my dinner from the food bank bag when i can find it"),
  neglected("nobody asks if ive done my homework or where i am"),
  neglected("i have to stay up to let mums friends in at 3 in the morning"),
  neglected("my glasses broke last year and no one has got me new ones"),
  parent("the kids dad leaves them alone in the flat all day when they stay with him and they come back starving", ["neglect"], "concern"),
  parent("my sister leaves her toddler with anyone and the house is full of rubbish and dog mess", ["neglect"], "concern"),
  // domestic abuse and coercive control, in a parent's words
  controlled("he checks my phone every night and goes through all my messages"),
  controlled("he controls all the money and gives me £20 a week for everything"),
  controlled("im not allowed to see my friends or my mum unless hes there"),
  controlled("he says if i leave he will take the kids and ill never see them again"),
  controlled("he tracks where i am on my phone and rings me if im five minutes late"),
  controlled("he tells me im a useless mother in front of the children every day"),
  controlled("he took my passport and my bank card and keeps them locked away"),
  controlled("he wont let me work and says no one else would want me"),
  controlled("i have to ask permission to go to the shop or to see the doctor"),
  controlled("he threatens to tell social services im a bad mum if i dont do what he says"),
  controlled("my ex keeps using the kids to pass messages and turns up at the house drunk at night"),
  controlled("he pushed me against the wall while i was holding the baby"),
  controlled("he chooses what i wear and says im dressing for other men"),
  controlled("he makes me feel like im going mad says things never happened when they did"),
  controlled("hes put all the debts in my name and says ill go to prison if i tell"),
  controlled("he follows me to the school run and watches who i talk to"),
  controlled("he said hed kill himself if i take the kids to my sisters"),
  controlled("i walk on eggshells all the time so he doesnt kick off"),
  controlled("he grabbed me by the throat last week and the kids saw it"),
  parent("he is banging on the door now and screaming that hes going to get in", ["domesticAbuse", "immediateDanger"], "urgent"),
  child("dad wont let mum have any money and she has to beg him for food for us", ["domesticAbuse"], "concern"),
  child("mums boyfriend reads all her texts and shouts at her if she talks to anyone", ["domesticAbuse"], "concern"),
  child("i heard a big bang and mum screaming and he said if i tell anyone were all going into care", ["domesticAbuse"], "concern"),
  child("i turn my music up so i cant hear him hurting my mum", ["domesticAbuse"], "concern"),
  child("dad makes mum sleep in the car when hes angry", ["domesticAbuse"], "concern"),
];
