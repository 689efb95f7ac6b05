// Arabic, part 2: more of every kind, in Modern Standard Arabic and Levantine, Gulf, Egyptian and
// Iraqi forms, as families in the UK write, with some Arabizi.
import { writersFor } from "./build";
import type { HeldOutSentence } from "./types";

const { child, parent } = writersFor("ar");

export const arMore: readonly HeldOutSentence[] = [
  // Ordinary text that must raise nothing
  child("الواجب هاد رح يقتلني، عندي تلات مقالات هالأسبوع 😩", [], null),
  child("مت من الضحك لما الأستاذ انكب عليه العصير بنص الحصة", [], null),
  child("خايف من إبرة التطعيم بالمدرسة الأسبوع الجاي", [], null),
  parent("أشكر المنسقة على صبرها، كان الاجتماع طويلاً لكنه مفيد", [], null),
  child("ماما خدت مني الموبايل عشان ما رتبتش أوضتي، ظلم والله 😂", [], null),
  child("سجلت هدف بالمباراة أمس والمدرب فرحان فيني ⚽", [], null),
  child("متوترة شوي من الاجتماع الكبير يوم الخميس، بابا رح يكون موجود؟", [], null),
  child("el emti7an kan sa3b ktiir, akid rasabt 😭", [], null),
  child("أختي بتموتني لأني خربت السشوار حقها", [], null),
  parent("الولاد عاملين دوشة من أول الإجازة، أنا اللي محتاجة إجازة 😅", [], null),
  parent("أود تقديم شكوى لأن الزيارة أُلغيت ثلاث مرات متتالية دون إشعار", [], null),
  parent("بنتي انقبلت بفريق كرة السلة بالمدرسة، فخورين فيها كتير", [], null),
  child("بحب عيش عند جدو وتيتا، بيدلعوني كتير", [], null),
  child("الرسالة كانت طويلة كتير وما فيها صور", [], null),
  parent("الموظف تأخر ساعة وما اعتذر، هذا شي ما يصير", [], null),
  child("اليوم رحنا للحديقة ويا المدرسة وكلش استانست", [], null),
  parent("هل يمكن عقد الاجتماع القادم عبر الفيديو؟ زوجي يعمل في مدينة أخرى", [], null),
  child("حفظت جزء عمّ كامل والمعلمة عطتني جايزة 🌟", [], null),
  parent("ابني بيخاف من الكلاب، ممكن الموظفة ما تجيب كلبها معها عالزيارة؟", [], null),
  // Danger now or tonight
  child("تعالوا بسرعة بابا سكران وعم يكسر الباب علينا أنا وإخواتي", ["immediateDanger", "abuse"], "urgent"),
  child("واحد من الشباب في الدار قال بيطعني الليلة لما يطلعون المشرفين", ["immediateDanger"], "urgent"),
  child("الرجال اللي تعرفت عليه عالسناب واقف تحت البيت هلق وبدو ياني انزل", ["immediateDanger", "sexualHarm"], "urgent"),
  child("ana b shi bet ma ba3rfo w a5adoli telefone, hayda telefon wa7ad tene", ["immediateDanger", "exploitation"], "urgent"),
  child("الأم الحاضنة ضربتني وطلعتني برا البيت وأنا هلق بالشارع حافي", ["immediateDanger", "abuse"], "urgent"),
  parent("طليقي كسر النافذة ودخل البيت وهو يحمل سكيناً، أنا مختبئة مع الأطفال في الحمام", ["immediateDanger", "domesticAbuse"], "urgent"),
  parent("ابني عنده ١٣ سنة ومختفي من امبارح وفي ناس بعتولي رسالة إنه مديون لهم", ["immediateDanger", "exploitation"], "urgent"),
  // Self-harm and suicidal thinking
  child("كتبت رسالة وداع وخبيتها بدرج المكتب", ["selfHarm"], "urgent"),
  child("أجرح يدي بالموس كل ليلة وأحس إني أرتاح", ["selfHarm"], "urgent"),
  child("جمعت حبوب أمي المنومة عندي بالخزانة", ["selfHarm"], "urgent"),
  child("مش عايز أعيش تاني، تعبت", ["selfHarm"], "urgent"),
  child("بفكر أرمي حالي من الشباك، غرفتي بالطابق السابع", ["selfHarm"], "urgent"),
  child("7ases ino a7san la kel el3alam eza ana ma ba2a mawjoud", ["selfHarm"], "urgent"),
  parent("وجدت آثار جروح حديثة على فخذي ابنتي وقالت إنها تتمنى ألا تستيقظ", ["selfHarm"], "urgent"),
  // Abuse
  child("بابا بيلبطني برجله لما يعصب، ظهري كلو أزرق", ["abuse"], "concern"),
  child("زوجة أبوي تحبسني بالحمام إذا زعلتها", ["abuse"], "concern"),
  parent("ابنتي عادت من بيت والدها وعلى ذراعها آثار عض، وتقول إن زوجته فعلت ذلك", ["abuse"], "concern"),
  // Neglect
  child("ماما بتطلع من الصبح وبترجع بالليل وأنا بطعمي إخواتي الصغار، عمري ١٠", ["neglect"], "concern"),
  child("أخوي الصغير عمره سنتين وما حدا بيغيرله الحفاض طول النهار", ["neglect"], "concern"),
  child("أروح المدرسة بدون فطور وما عندي غدا، آكل من أكل أصحابي", ["neglect"], "concern"),
  // Sexual harm and grooming
  child("ابن عمي الكبير بيفوت عليي بالليل وبيقلي ما تعملي صوت", ["sexualHarm"], "concern"),
  child("واحد بالديسكورد يبيني أفتح الكاميرا وأنا بغرفتي ويقول لا تقول لأهلك", ["sexualHarm"], "concern"),
  child("fi wa7ad akbar menni 3al insta baddo sowar menni bala tyeb", ["sexualHarm"], "concern"),
  parent("بنتي عمرها ١٣ وفي زلمة عمره ٢٥ عم يبعتلها هدايا ويوصلها من المدرسة بسيارته", ["sexualHarm"], "concern"),
  // Criminal exploitation
  child("الشباب الكبار عطوني بسكليت وصرت وصّل أغراض بالليل لعناوين بيبعتولي ياها", ["exploitation"], "concern"),
  child("قالوا لي إذا ما شلت الأغراض في شنطتي بيأذون أمي", ["exploitation"], "concern"),
  child("خلوني أفتح حساب بنك باسمي وأعطيهم الكارت", ["exploitation"], "concern"),
  parent("الشرطة لقت ابني بمدينة ثانية ويا شباب أكبر منه وبجيبه مخدرات", ["exploitation"], "concern"),
  // Domestic abuse and coercive control
  parent("يمنعني من زيارة الطبيب وحدي ويصرّ على الحضور والإجابة عني", ["domesticAbuse"], "concern"),
  parent("يقول لي إذا اشتكيت بيسفرني لأهلي ويخلي العيال عنده", ["domesticAbuse"], "concern"),
  parent("بيراقبني بكاميرات جوا البيت وهو بالشغل وبيتصل يسألني ليش قعدت", ["domesticAbuse"], "concern"),
  parent("بيضربني لما الأكل ميعجبوش، والعيال بيشوفوا", ["domesticAbuse"], "concern"),
  child("بابا بيسكر الباب على ماما وما بيخليها تطلع من البيت", ["domesticAbuse"], "concern"),
  // Bullying
  child("البنات بالصف بيقولوا عني إرهابية عشان حجابي", ["bullying"], "concern"),
  child("يصورون أخوي الصغير وهو يبكي وينزلونه تيك توك", ["bullying"], "concern"),
  parent("يتعرض ابني للضرب في الحافلة المدرسية كل يوم، وعاد اليوم بنظارته مكسورة", ["bullying"], "concern"),
  // Other worries
  child("بابا ناوي ياخدني عالبلد بالعطلة عشان يعملولي الختان، وأنا خايفة", ["otherWorry"], "concern"),
  child("أخوي بيتفرج على فيديوهات لجماعات متطرفة وبيقول إنه بدو يسافر ينضم لهم", ["otherWorry"], "concern"),
  // Low-confidence signals
  child("ما بدي ارجع عالبيت بعد الاجتماع", ["otherWorry"], "review"),
  child("في واحد كبير بالمحل يعطيني أشياء ببلاش ويسألني عن رقمي", ["sexualHarm"], "review"),
  child("صرت ما نام منيح وبصحى مفزوع كل ليلة", ["otherWorry"], "review"),
  child("ماما وجوزها بيتخانقوا كل يوم وأنا بسمع أصوات تكسير", ["domesticAbuse"], "review"),
  child("ما حدا بيسأل عني بالبيت", ["neglect"], "review"),
  child("fi shi sar ma3i bas ma ba3ref eza lazem 2ello la 7ada", ["otherWorry"], "review"),
  parent("ابني صار يرجع متأخر وما بيقلي مع مين كان، وعندو تلفون جديد", ["exploitation"], "review"),
  parent("لاحظت أن ابنتي صارت ترفض الذهاب إلى بيت عمها وتبكي عندما نذكره", ["otherWorry"], "review"),
  parent("الوضع بالبيت صعب هالأيام وما أقدر أتكلم كثير", ["otherWorry"], "review"),
];
