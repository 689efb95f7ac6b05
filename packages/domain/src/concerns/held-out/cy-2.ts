// Welsh (Cymraeg), part 2: more of every kind, northern and southern forms, as teenagers in Wales
// text, with English mixed in.
import { writersFor } from "./build";
import type { HeldOutSentence } from "./types";

const { child, parent } = writersFor("cy");

export const cyMore: readonly HeldOutSentence[] = [
  // Ordinary text that must raise nothing
  child("ma'r gwaith cartref 'ma'n literally fy lladd i, tri traethawd erbyn dydd Llun 😩", [], null),
  child("bu bron i fi farw chwerthin pan gwympodd Mr Jones off ei gadair yn y wers", [], null),
  child("mae gen i ofn y pigiad yn yr ysgol wythnos nesa, dwi'n casáu nodwyddau", [], null),
  child("sa i'n lico'r cyfarfodydd hir, allwn ni neud nhw'n fyrrach plis", [], null),
  child("roedd y gweithiwr cymdeithasol yn hwyr eto, so annoying", [], null),
  child("nes i sgorio gôl yn y gêm ddoe!! ⚽ hyfforddwr yn hapus", [], null),
  child("mae Mam wedi cymryd fy ffôn i achos nes i ddim tacluso fy stafell, mor annheg lol", [], null),
  child("dwi braidd yn nerfus am y cyfarfod mawr dydd Iau, ydy Dad yn dod?", [], null),
  child("oedd y prawf maths yn uffernol, dwi 'di methu fo siŵr o fod", [], null),
  child("mae fy chwaer yn mynd i fy lladd i, nes i dorri ei sythwr gwallt hi 😬", [], null),
  child("diolch i Gareth am wrando arna i, mae o'n grêt", [], null),
  child("ga i ddod â ffrind efo fi i'r cyfarfod nesa?", [], null),
  child("dwi'n caru byw efo Nain a Taid, maen nhw'n sbwylio fi'n rhacs", [], null),
  child("nes i ganu ar y llwyfan yn Eisteddfod yr Urdd ac o'n i'n crynu fel deilen!", [], null),
  child("roedd y llythyr yn rhy hir a doedd dim lluniau ynddo fo", [], null),
  child("ni 'di bod yn chwarae cuddio yn y goedwig gyda'r cŵn, oedd e'n lush", [], null),
  parent("Diolch am drefnu'r cyfarfod yn Gymraeg, roedd yn golygu llawer i ni fel teulu", [], null),
  parent("Mae'r plant wedi bod yn hunllef ers dechrau'r gwyliau haha, dwi angen gwyliau fy hun", [], null),
  parent("Hoffwn gwyno bod yr ymweliad wedi cael ei ganslo dair gwaith yn olynol", [], null),
  parent("Mae fy merch wedi cael ei dewis i dîm rygbi'r sir, dan ni mor falch ohoni", [], null),
  parent("Roedd y weithwraig yn barchus ac yn amyneddgar efo ni drwy'r amser", [], null),
  // Danger now or tonight
  child(
    "plis dewch, mae Dad yn chwalu'r tŷ ac yn gweiddi ar Mam, dwi'n cuddio yn y cwpwrdd efo fy chwaer fach",
    ["immediateDanger", "domesticAbuse"],
    "urgent",
  ),
  child("nath un o'r staff yn y cartref fy ngwthio i lawr y grisiau heno a dwi ofn aros yma", ["immediateDanger", "abuse"], "urgent"),
  child("mae'r dyn o Snapchat tu allan i'r tŷ rŵan ac mae Mam yn y gwaith", ["immediateDanger", "sexualHarm"], "urgent"),
  child(
    "maen nhw wedi mynd â fi i fflat yn Wrecsam a dydyn nhw ddim yn gadael i fi fynd adre",
    ["immediateDanger", "exploitation"],
    "urgent",
  ),
  child("mae fy mrawd bach wedi yfed rhywbeth o dan y sinc a does neb adre", ["immediateDanger"], "urgent"),
  parent("Mae o wedi torri i mewn drwy'r drws cefn ac mae o'n fy mygwth i efo cyllell", ["immediateDanger", "domesticAbuse"], "urgent"),
  // Self-harm and suicidal thinking
  child("sa i moyn bod 'ma rhagor, wir", ["selfHarm"], "urgent"),
  child("dwi 'di dechrau crafu fy nghoesau efo cwmpawd yn y wers", ["selfHarm"], "urgent"),
  child("mae gen i dabledi wedi'u cuddio o dan fy ngwely, just in case", ["selfHarm"], "urgent"),
  child("y penwythnos yma fydd y diwedd, dwi'n barod", ["selfHarm"], "urgent"),
  child("nes i gymryd hanner pecyn o paracetamol neithiwr ond dwi'm 'di deud wrth neb", ["selfHarm"], "urgent"),
  child("dwi'm yn gweld pwynt deffro bob bore tbh", ["selfHarm"], "urgent"),
  parent("Mae fy mab wedi bod yn chwilio ar-lein sut i grogi ei hun", ["selfHarm"], "urgent"),
  // Abuse
  child("mae Dad yn fy nyrnu yn fy stumog lle does neb yn gallu gweld", ["abuse"], "concern"),
  child("dwi'n cael fy ngyrru i'r gwely heb swper bob tro dwi'n crio", ["abuse"], "concern"),
  child("mae'r gofalwr maeth yn deud mai fy mai i ydi o bod Mam heb ddod nôl", ["abuse"], "concern"),
  // Neglect
  child("mae Mam yn mynd allan nos Wener a ddim yn dod nôl tan nos Sul, fi sy'n edrych ar ôl y babi", ["neglect"], "concern"),
  child("mae'r tŷ yn llawn sbwriel a dwi 'di gweld llygod mawr yn y gegin", ["neglect"], "concern"),
  child("dwi'n gwisgo'r un dillad ers wythnos a does gen i ddim côt i fynd i'r ysgol", ["neglect"], "concern"),
  // Sexual harm and grooming
  child("ma cefnder fi'n dod mewn i'n stafell i pan ma pawb yn cysgu", ["sexualHarm"], "concern"),
  child("nath hogyn hŷn yn y parti fy ngorfodi i neud pethau o'n i ddim isio", ["sexualHarm"], "concern"),
  child("mae fy nghariad i'n 20 a dwi'n 14, mae o'n deud i beidio deud wrth Mam amdano fo", ["sexualHarm"], "concern"),
  // Criminal exploitation
  child("dwi'n gorfod mynd i'r Rhyl ar y trên bob penwythnos i fynd â stwff iddyn nhw", ["exploitation"], "concern"),
  child("ges i fy nal efo cyffuriau yn fy hosan ond dim fi bia nhw, rhaid i fi neud be ma nhw'n deud", ["exploitation"], "concern"),
  child("maen nhw'n fy nghasglu i o'r ysgol mewn car a dwi'm yn cael mynd adre tan 3 y bore", ["exploitation"], "concern"),
  // Domestic abuse and coercive control
  parent(
    "Dydi o ddim yn gadael i mi siarad Cymraeg efo'r plant, mae o'n deud mod i'n cuddio pethau rhagddo fo",
    ["domesticAbuse"],
    "concern",
  ),
  parent("Mae o'n fy ngalw i'n dwp o flaen y plant ac yn fy ngwthio i pan mae o wedi yfed", ["domesticAbuse"], "concern"),
  parent("Os dwi'n mynd allan heb ofyn iddo fo, mae o'n fy nghloi i allan o'r tŷ drwy'r nos", ["domesticAbuse"], "concern"),
  child("mae Dad yn gweiddi ar Mam tan mae hi'n crio a wedyn mae o'n malu ei ffôn hi", ["domesticAbuse"], "concern"),
  // Bullying
  child("maen nhw'n fy ngalw i'n 'Sais' ac yn taflu fy mag i'r afon ar y ffordd adre", ["bullying"], "concern"),
  child("mae'r genod yn fy mlwyddyn yn anfon negeseuon bob nos yn deud mod i'n dew ac yn hyll", ["bullying"], "concern"),
  parent("Mae fy merch yn cael ei bwlio ar y bws ysgol ac yn crio bob bore cyn mynd", ["bullying"], "concern"),
  // Other worries
  child("mae fy mrawd mawr yn gwylio fideos eithafol ac yn deud pethau cas am Fwslimiaid drwy'r amser", ["otherWorry"], "concern"),
  child("mae fy ffrind yn cymryd pils yn yr ysgol ac mi wnaeth hi basio allan yn y toiledau", ["otherWorry"], "concern"),
  // Low-confidence signals
  child("sa i moyn mynd i dŷ Dad penwythnos 'ma", ["otherWorry"], "review"),
  child("mae 'na ddyn yn y parc sy'n cynnig fêps am ddim i ni os dan ni'n rhoi ein rhifau iddo fo", ["exploitation"], "review"),
  child("dwi'n teimlo'n drist drwy'r amser ers i ni symud", ["otherWorry"], "review"),
  child("Mam a'i chariad yn ffraeo bob nos a mae hi'n crio yn y bathrwm wedyn", ["domesticAbuse"], "review"),
  child("does gen i neb i siarad efo fo adre", ["otherWorry"], "review"),
  child("ma rhywbeth wedi digwydd yn y parti ond sa i'n siŵr os dylen i ddeud", ["otherWorry"], "review"),
  child("dwi'n cael pen tost bob tro mae'n amser mynd adre", ["otherWorry"], "review"),
  parent("Mae fy mab wedi dechrau colli ysgol a dod adre'n hwyr, a dydi o ddim yn deud efo pwy mae o", ["otherWorry"], "review"),
  parent("Mae fy merch yn siarad efo rhywun ar ei ffôn tan oriau mân y bore a dydi hi ddim yn deud pwy", ["sexualHarm"], "review"),
];
