/**
 * Curated word lists the attribution rules lean on: speech verbs, titles,
 * role nouns, organization nouns, pronouns. General English news usage, not
 * tuned to any article. All entries are lower-case.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that introduce a quote or reported speech ("said", "told", "wrote"). */
export const CUE_VERBS = set(`
  predict argue claim warn insist countered counters counter
  said says say told tells added adds announced announces stated states explained explains
  insisted insists warned warns argued argues claimed claims stressed stresses noted notes
  confirmed confirms reported reports wrote writes tweeted posted commented comments remarked
  replied replies responded admitted admits acknowledged acknowledges revealed reveals declared
  declares suggested suggests predicted predicts continued concluded asked asks maintained
  maintains emphasised emphasized added observed observes recalled recalls conceded concedes
  agreed agrees urged urges complained complains boasted joked explained cautioned
  countered retorted insisted vowed vows pledged promised promises indicated indicates hinted
  disclosed signalled signaled
  forecast forecasts reiterated reiterates alleged alleges speculated
  stress admit confirm reveal
  alerted alerts informed informs reminded reminds assured assures
  laughed laughs quipped quips
`);

/**
 * Cue verbs that report a clause ("X said the deal was done"): indirect speech.
 * Verbs like "asked" or "urged" take an object and an infinitive instead.
 */
export const REPORTING_VERBS = set(`
  say predict argue claim warn insist countered counters counter
  said says told tells added adds announced announces stated states explained explains
  insisted insists warned warns argued argues claimed claims stressed stresses noted notes
  confirmed confirms reported reports wrote writes admitted admits acknowledged acknowledges
  revealed reveals declared declares suggested suggests predicted predicts maintained maintains
  emphasised emphasized conceded concedes agreed agrees complained complains cautioned vowed
  vows pledged promised promises indicated indicates hinted disclosed signalled signaled
  forecast forecasts reiterated reiterates alleged alleges speculated recalled boasted concluded observed
  stress admit confirm reveal
  alerted alerts informed informs reminded reminds assured assures
`);

/** Verbs that need a clause with a finite verb to count as reported speech (they also take plain objects). */
export const CLAUSE_ONLY_VERBS = set(`
  announced announces reported reports revealed reveals confirmed confirms acknowledged
  acknowledges admitted admits promised promises pledged vowed vows wrote writes indicated
  indicates hinted disclosed signalled signaled stressed stresses emphasised emphasized
  emphasises emphasizes noted notes predicted predicts claim warn argue insist predict
  forecast forecasts reiterated reiterates alleged alleges speculated recalled boasted concluded observed
  agreed agrees stress admit confirm reveal conceded concedes complained complains declared declares
  maintained maintains
  claimed claims explained explains argued argues
  alerted alerts informed informs reminded reminds assured assures
`);

/** Words that may sit between a subject and its cue verb ("Maliar meanwhile said"). */
export const CUE_ADVERBS = set(`
  meanwhile also later earlier previously has have had recently already then again once always allegedly apparently
  even now pointedly
  separately himself herself itself however further subsequently today yesterday reportedly
  publicly privately repeatedly quickly simply just last night has also had also would
  openly bluntly angrily
`);

export const PRONOUNS: Record<string, "male" | "female" | "org" | "group" | "self"> = {
  he: "male",
  she: "female",
  it: "org",
  they: "group",
  we: "self",
  i: "self",
};

/** Forms of address and titles that precede a name and are stripped from it. */
export const HONORIFICS = set(`
  mr mrs ms miss dr sir dame lord lady prof professor rev reverend mx
  lt col gen maj capt sgt cpl adm brig cdr insp supt det
`);
export const MALE_HONORIFICS = set(`mr sir lord king prince father`);
export const FEMALE_HONORIFICS = set(`mrs ms miss dame lady queen princess`);

/** Role and title words: in "Deputy Defence Minister Hanna Maliar" the name starts after the last one. */
export const ROLE_WORDS = set(`
  president vice prime minister deputy defence defense foreign home interior finance trade
  health education culture economy justice secretary chancellor governor mayor senator
  congressman congresswoman representative general colonel major captain lieutenant sergeant
  admiral commander chief executive officer director head leader chairman chairwoman chair
  spokesman spokeswoman spokesperson judge justice prince princess king queen pope bishop
  archbishop cardinal commissioner ambassador envoy coach manager boss striker midfielder
  defender goalkeeper keeper skipper coach chairman founder editor analyst economist
  correspondent reporter presenter professor dr mr mrs ms miss sir dame lord lady baroness
  rev mp mep mayor attorney sheriff shadow opposition party labour tory conservative liberal
  lt col gen maj capt sgt cpl adm brig cdr insp supt det
  democrat republican speaker premier emir sheikh ayatollah chancellor state first sen rep gov
  adviser advisor aide official officials spokesmen inspector superintendent constable detective
  councillor alderman producer actor actress singer star director writer author designer
  chairman ceo cfo coo md vp executive analyst strategist trader economist
  rabbi imam cleric pastor vicar
  novelist poet playwright screenwriter songwriter composer musician guitarist drummer rapper
  comedian comic artist painter sculptor photographer architect chef model supermodel dj
  film-maker filmmaker broadcaster journalist columnist commentator pundit historian academic
  olympian athlete sprinter hurdler runner swimmer cyclist boxer golfer jockey batsman bowler
  winger full-back fly-half scrum-half centre-back quarterback champion veteran legend
  wing prop flanker hooker forward
  businessman businesswoman entrepreneur tycoon magnate billionaire millionaire
  campaigner activist barrister solicitor lawyer surgeon scientist researcher
  fellow lib dem
`);

/** Head nouns that make a phrase an organization ("the Ukrainian General Staff", "Bank of America"). */
export const ORG_WORDS = set(`
  dem dems tories democrats republicans greens nationalists liberals conservatives
  ministry staff bank council party group inc ltd plc corp corporation company co agency committee
  commission association union office department reserve court government kremlin parliament
  assembly congress senate house cabinet army navy military police service services authority
  authorities organisation organization institute institution foundation federation league club
  fc united city university college school hospital trust board fund network news times post
  telegraph guardian journal herald press broadcasting airlines airways motors holdings
  partners capital industries systems technologies records studios pictures entertainment
  executive administration commission directorate bureau secretariat command forces guard
  tribunal society centre center exchange association registry deutsche boerse bourse alliance coalition
  athletics cycling swimming gymnastics rowing sailing triathlon rugby cricket hockey tennis
  golf boxing basketball netball badminton volleyball skiing
  yard mail mirror express observer gazette chronicle tribune courier
`);

/** Head nouns of a document or channel that speaks for its author ("the TASS report said"). */
export const DOCUMENT_NOUNS = set(`
  report statement release communique bulletin study survey document filing letter post update website
  lawsuit suit indictment ruling judgment judgement writ petition
`);

/** Lower-case nouns for organizations referred back to ("the firm", "the ministry"). */
export const ORG_ANAPHORS = set(`
  firm company group ministry bank government agency department council party club union
  commission committee regulator watchdog organisation organization retailer carrier airline
  broadcaster network studio label court military army police authority office channel
  newspaper paper magazine insurer lender operator manufacturer maker chain board
`);

/** Lower-case nouns for people referred to by role only ("the local mayor"). */
export const PERSON_ROLE_NOUNS = set(`
  mayor governor spokesman spokeswoman spokesperson official minister president chairman
  chairwoman chair director chief executive boss manager coach analyst analysts expert experts
  economist economists source sources officials lawyer lawyers prosecutor prosecutors judge
  police officer officers doctor doctors witness witnesses resident residents employee
  worker workers leader leaders head secretary adviser advisers aide aides campaigners
  critics observers insiders diplomats diplomat commander commanders researchers researcher
  scientist scientists teacher teachers parents fans player players trader traders dealer
  dealers investors executive executives person people man woman owner founder author
  representative representatives negotiator negotiators members member mp mps critic
  commentator historian campaigner activist lecturer surgeon nurse consultant partner
  wife husband widow widower son daughter mother father brother sister girlfriend boyfriend
  fiancee fiance friend neighbour neighbor relative uncle aunt cousin grandmother grandfather
  supporters opponents voters consumers customers users shoppers farmers passengers
  host hosts presenter presenters fan politician politicians barrister barristers solicitor
  solicitors singer singers actor actors actress actresses star stars producer producers writer
  writers novelist musician musicians artist artists comedian athlete athletes runner champion
  veteran veterans pundit pundits chef pilot pilots soldier soldiers survivor survivors victim
  victims patient patients student students pupil pupils academic academics professor
  psychologist psychiatrist protester protesters organiser organisers organizer organizers
  promoter agent banker bankers broker brokers entrepreneur businessman businesswoman
  engineer engineers designer designers developer developers programmer hacker hackers
  blogger bloggers journalist journalists columnist reviewer juror jurors coroner detective
  detectives inspector candidate candidates voter councillor councillors peer peers msp msps
  senator senators delegate delegates envoy mediator priest vicar rabbi imam eyewitness
  eyewitnesses bystander bystanders colleague colleagues team-mate teammate rival rivals
  trustee trustees headteacher headmaster headmistress gp vet dentist pharmacist strategist
  pollster pollsters specialist specialists landlord tenant tenants villager villagers fisherman
  shopkeeper gamer gamers viewer viewers listener listeners reader readers subscriber buyer
  buyers seller sellers shareholder shareholders bosses staff referee umpire respondents
  lords medallist medalist winner winners runner-up organiser skipper captain manager
  associate associates ally allies confidant proponents proponent makers directors
  authors commentators strategists figure panellists panelists
  brothers sisters sons daughters wives husbands friends relatives neighbours neighbors families
  backbencher backbenchers advocates sceptics skeptics detractors ecologists environmentalists
`);

/** Words that count people ("a number of", "most of", "two of"). */
export const QUANTITIES = /^(one|panel|number|majority|minority|handful|lot|lots|group|third|half|quarter|most|many|some|several|all|none|two|three|four|five|dozens|hundreds|thousands|millions)$/;

/** Plural nouns for groups that speak ("analysts said", "Ukrainian officials had said"). */
export const GROUP_NOUNS = set(`
  officials analysts experts economists sources critics observers insiders diplomats residents
  witnesses campaigners lawyers prosecutors investors traders dealers researchers scientists
  police workers employees fans players separatists leaders commanders members representatives
  authorities mps ministers activists protesters analysts doctors teachers parents
  supporters opponents voters consumers customers users shoppers farmers passengers
  victims families students pupils authors commentators strategists backbenchers
  pair duo couple trio advocates sceptics skeptics detractors ecologists environmentalists
`);

/** News agencies and outlets that are sources in their own right. */
export const NEWS_OUTLETS = set(`
  reuters ap afp tass ria interfax xinhua bloomberg bbc cnn pa upi dpa efe ansa kyodo yonhap
  itar-tass ukrinform unian sky itv channel al-jazeera aljazeera nbc abc cbs fox npr
`);

/** Words a sentence may start with that are never part of a name. */
export const NOT_NAME = set(`
  the a an but and or so yet if when while as after before since because although though
  in on at by for from with without into of to this that these those it its he she they we
  i you his her their our my your there here then now meanwhile however also asked speaking
  some many most several all both each every any no other another few such more much
  former no-one nobody someone somebody anyone anybody everyone everybody
  mr mrs ms dr sir monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december
`);

/** Nationality adjectives that open role phrases ("French President Emmanuel Macron"). */
export const DEMONYMS = set(`
  ukrainian russian french german british american us uk chinese japanese indian italian
  spanish polish dutch belgian swiss swedish norwegian danish finnish irish scottish welsh
  english canadian australian israeli palestinian iranian iraqi syrian turkish greek egyptian
  saudi korean north south european african asian brazilian mexican argentine pakistani afghan
  nigerian kenyan belarusian georgian moldovan hungarian czech slovak romanian bulgarian serbian
  croatian austrian portuguese lebanese jordanian libyan tunisian moroccan algerian
  sudanese ethiopian somali venezuelan colombian chilean peruvian cuban thai vietnamese
  indonesian filipino malaysian singaporean taiwanese mongolian kazakh uzbek armenian azerbaijani
  new federal state regional local national international
`);

/** Day and time words skipped in attribution tails ("she said on Facebook Monday"). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
  afternoon evening night late early earlier later week month year weekend
`);

/** Prepositions that open an adverbial after a cue ("said in a statement", "told by video link"). */
export const CUE_PREPOSITIONS = set(`in on at by during via through over after before following from with late earlier last this`);

/** Words that open a clause, so an adverbial after a cue ends before them. */
export const CLAUSE_OPENERS = set(`
  it he she they we i you there this that these those the a an all some any no every his her
  their its our my one two three many most few several each both neither either nothing
  everything anyone someone no-one nobody everyone what how why whether if when where
`);

/** Finite verb forms that show a phrase is a clause ("an agreement was reached"). */
export const FINITE_HINTS = set(`
  is are was were be been being will would could should can may might must had has have did
  does do shall won't can't couldn't wouldn't didn't isn't wasn't aren't weren't hasn't haven't
`);

/** Channels named after a cue ("on Facebook", "in a statement", "in his daily video address"). */
export const CHANNELS: [RegExp, string][] = [
  [/\bfacebook\b/i, "Facebook"],
  [/\btelegram\b/i, "Telegram"],
  [/\btwitter\b|\btweet(ed)?\b/i, "Twitter"],
  [/\binstagram\b/i, "Instagram"],
  [/\byoutube\b/i, "YouTube"],
  [/\bvideo (address|message|link|statement)\b|\btelevised address\b|\baddress to the nation\b/i, "video address"],
  [/\bsituation report\b|\breport\b/i, "report"],
  [/\bstatement\b|\bpress release\b|\bcommuniqu/i, "statement"],
  [/\binterview\b/i, "interview"],
  [/\b(news|press) conference\b|\bbriefing\b/i, "news conference"],
  [/\bonline post\b|\bpost(ed)?\b|\bblog\b/i, "social post"],
  [/\bletter\b/i, "letter"],
  [/\bradio\b/i, "radio"],
  [/\btelevision\b|\btv\b/i, "television"],
];
