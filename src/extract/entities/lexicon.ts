/**
 * Curated word lists for telling people, places and organizations apart.
 * General English and newsroom vocabulary only: nothing here knows an article.
 */
const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Courtesy titles: stripped from names, not kept as roles (except the titled ones). */
export const HONORIFICS = words(`mr mrs ms miss dr sir dame lord lady prof professor rev reverend mx messrs`);
/** Honorifics that are worth keeping as a role ("Sir", "Lord"). */
export const KEPT_HONORIFICS = words(`sir dame lord lady prof professor rev reverend`);

/** Words that head a role written before a name ("Deputy Defence Minister", "President"). */
export const TITLE_HEADS = words(`
  president minister secretary chancellor governor mayor senator congressman congresswoman
  spokesman spokeswoman spokesperson chairman chairwoman chair chief executive director
  ambassador commissioner general gen colonel col major maj captain capt lieutenant lt
  sergeant sgt admiral marshal commander king queen prince princess emperor pope
  judge justice envoy premier leader boss coach manager striker midfielder defender
  goalkeeper keeper captain winger wing prop hooker mp mep msp mla td agent supt insp det councillor sheikh ayatollah cardinal bishop archbishop
  father imam rabbi president-elect chief-executive analyst economist officer head founder
  owner editor presenter actor actress singer star producer writer author designer
  vice-president deputy prosecutor attorney detective inspector constable superintendent
  commandant sultan emir crown duke duchess baron baroness count countess
  comedian comedienne sprinter athlete runner skater dancer rapper musician artist novelist
  poet playwright film-maker filmmaker guitarist drummer vocalist frontman bassist pianist
  composer conductor photographer journalist columnist critic chef correspondent reporter
  fly-half scrum-half flanker full-back centre-back wicketkeeper batsman bowler all-rounder
  jockey boxer golfer cyclist swimmer hurdler champion medallist referee umpire
  guardsman trooper corporal rifleman fusilier pm
`);
/** Words that may sit inside a role before its head ("Deputy Defence", "Foreign"). */
export const TITLE_MODIFIERS = words(`
  deputy vice prime foreign defence defense interior home finance economy economic trade
  health culture sports education environment energy justice state first junior shadow
  acting former ex chief executive general senior assistant associate managing national
  regional local federal european international affairs security culture media business
  industry transport agriculture labour work pensions treasury financial technology
  culture secretary of the for and new lead head interim operating
`);

/** A name ending with one of these names an organization ("Defence Ministry", "General Staff"). */
export const ORG_HEADS = words(`
  ministry department office agency authority commission committee council assembly parliament
  congress senate government administration cabinet staff army navy forces force police
  guard guards militia brigade battalion regiment corps service services bureau institute
  institution university college school academy hospital foundation trust society association
  federation confederation union league party movement front alliance coalition bloc group
  company corporation corp co inc ltd plc llc ag sa gmbh nv bank banks fund exchange
  holdings industries technologies systems communications networks network media
  entertainment studios studio pictures records films airline airlines airways motors
  telecom telecoms energy oil petroleum gas pharmaceuticals pharmaceutical labs laboratories partners
  capital securities investments insurance club fc afc united rovers wanderers athletic
  albion city rangers county hotspur court tribunal organisation organization network
  times post news herald guardian telegraph journal gazette tribune observer mirror express
  daily weekly magazine broadcasting television tv radio channel press reuters
  theatre theater opera orchestra choir ballet band
  board panel centre center council commission directorate inspectorate secretariat
  mission delegation embassy consulate
  unions organisations organizations registry advisors advisers international aid treasury
  fellowship devices democrats republicans unit utd ventures outfitters stores interactive consortium
  healthcare software music arts megastore megastores electronics banco banque maintenance
  management associates research co-operative cooperative co-op chronicle inquirer examiner
  incorporated limited financial confederation supplement
  harriers striders juniors automotive dairy steel power partnership partnerships ministries
  gallery galleries museum guide
`);
/** Organization heads that may be followed by "of" ("Bank of England", "University of Oxford"). */
export const OF_HEADS = words(`
  bank university ministry department office committee council commission institute school
  college academy church court house federation association union league party organisation
  organization chamber board federal republic kingdom city isle gulf sea duke secretary
  minister chancellor state states museum society order united news bureau glens vale bay straits strait
  confederation chambers
`);

/** Heads of bodies named "X for Y": "Department for Education and Skills", "Commission for Africa". */
export const FOR_HEADS = words(`
  department ministry commission committee council office institute centre center agency corporation
  campaign society association trust foundation fund alliance coalition secretary minister
  board authority organisation organization union federation league party
`);

/** Nationality and group adjectives: not entities themselves, and not part of a person's role. */
export const DEMONYMS = words(`
  ukrainian russian british american french german chinese japanese indian israeli palestinian
  iraqi iranian syrian european african asian irish scottish welsh english spanish italian
  dutch belgian swiss swedish norwegian danish finnish polish czech slovak hungarian romanian
  bulgarian greek turkish egyptian saudi afghan pakistani korean australian canadian mexican
  brazilian argentine argentinian chilean colombian peruvian venezuelan cuban nigerian kenyan
  ethiopian sudanese libyan belarusian georgian armenian azerbaijani kazakh uzbek chechen
  serbian croatian bosnian albanian kosovan portuguese austrian scandinavian arab arabic jewish
  muslim catholic protestant western eastern northern southern soviet kurdish
  lebanese jordanian yemeni qatari emirati kuwaiti thai vietnamese indonesian malaysian
  filipino singaporean taiwanese tibetan mongolian nepalese bangladeshi sri lankan zimbabwean
  south african ghanaian ugandan tanzanian somali moroccan algerian tunisian latvian lithuanian
  estonian moldovan slovenian icelandic maltese cypriot luxembourgish zealand kiwi
  pro-russian pro-kremlin pro-western anti-war sunni shia shiite hindu sikh buddhist
  republican democratic conservative liberal socialist communist nazi neo-nazi islamic
`);

/** Towns that are first of all English words, months or days: places only when the context says so. */
export const FALSE_PLACES = words(`
  of police mission reading bath march may june july august april january february september
  october november december monday tuesday wednesday thursday friday saturday sunday
  independence victory unity liberty hope union progress enterprise commerce industry
  orange split nice mobile deal sale wells street church hospital university college
  university university president minister general premier parliament congress senate
  christmas easter best worst more most many much said says one two three new old
  north south east west central eastern western northern southern upper lower great little
  man woman boy girl city town village bank market centre center square court home
  nation state county district region province island
`);

/** Words before a name that say it is a place ("in Reading", "the village of Olenivka"). */
export const PLACE_CUES_BEFORE = words(`in at from near to into outside across around towards toward via through throughout inside`);
/** Nouns in "the city of X", "the village of X". */
export const PLACE_NOUNS = words(`
  city cities town towns village villages port capital region regions province provinces
  oblast county district area state island islands suburb suburbs settlement settlements
  republic township townships resort resorts stronghold constituency
`);
/** Words after a name that say it is a place ("Luhansk region", "Kharkiv province"). */
export const PLACE_CUES_AFTER = words(`region province oblast county district area regional border city town village port governor mayor`);

/** Sentence openers and function words that are capitalised only because a sentence starts. */
export const FUNCTION_WORDS = words(`
  the a an and but or nor so yet for of in on at to by with from as after before during
  since until while when where if though although because despite meanwhile however
  this that these those there here it its his her their our my your we they he she i you
  who what which why how some many most more much all any each every no not both either
  neither one two three four five six seven eight nine ten also even just only still then
  now today yesterday tomorrow earlier later according asked speaking writing last next
  other another such than former ex late
`);

/** Number words that open sentences ("Fifty-three seriously injured fighters"). */
export const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:-\w+)?$/i;
