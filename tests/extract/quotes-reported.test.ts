/**
 * Reported speech (indirect quotes) and who says it, one rule per case, on short
 * invented stories: each case names the rule it holds the extractor to.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runArticle } from "./quotes-harness.ts";

/** The indirect quotes of a story as "speaker: text" (speaker "-" when none is named). */
function reported(text: string): string[] {
  const file = runArticle(text);
  return (file.data.quotes ?? []).filter((q) => q.kind === "indirect").map((q) => `${q.speaker ?? "-"}: ${q.text}`);
}

describe("reported speech", () => {
  it("should leave the local mayor of a city the story turns to a role, not the official named before", () => {
    const story = [
      "Shelling goes on",
      "",
      "The governor of the Luhansk region, Serhiy Gaidai, said the defenders were finding it hard to hold the town.",
      "",
      "The second city, Kharkiv, was also hit by shelling on Tuesday and the local mayor said one person was killed.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Serhiy Gaidai: the defenders were finding it hard to hold the town", "-: one person was killed"]);
  });

  it("should give an unplaced he to the person named last in the sentences before", () => {
    const story = [
      "Factory jobs may go",
      "",
      "Steel & Metal Workers' Union general secretary Tony Marlow repeated his view on Friday that all mergers led to job cuts. He said investment in new lines was needed to keep the plant open.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Tony Marlow: investment in new lines was needed to keep the plant open"]);
  });

  it("should not give a he to a person named earlier in its own sentence", () => {
    const story = ["Minister denies claim", "", "Peter Hollis has dismissed reports he told colleagues he would resign before the summer."].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should not take a team or a firm for the person a he means", () => {
    const story = [
      "Cup draw",
      "",
      "The winners will be at home to Leeds United or Nottingham Forest.",
      "",
      'was thrilled with the draw, although he admitted they still have plenty of work to do before the tie. "We are happy to be in it," he said.',
    ].join("\n");
    // The scraper cut the name off: the words are still someone's report, with no name.
    assert.deepEqual(reported(story), ["-: they still have plenty of work to do before the tie"]);
  });

  it("should read authors, commentators and a senior government figure as people who speak", () => {
    const story = [
      "Tax study",
      "",
      "The net result, the authors say, is that firms pay more tax but gain in efficiency.",
      "",
      "Commentators say the opposition has grasped the initiative on the economy.",
      "",
      "The state must sell its stake in the oil firm, a senior government figure has warned.",
    ].join("\n");
    assert.deepEqual(reported(story), [
      "-: The net result is that firms pay more tax but gain in efficiency",
      "-: the opposition has grasped the initiative on the economy",
      "-: The state must sell its stake in the oil firm",
    ]);
  });

  it("should read lawyers for a body as people, not as the body", () => {
    const story = ["Trial costs", "", "Lawyers for the newspapers said it was vital for the hearings to be held in public."].join("\n");
    assert.deepEqual(reported(story), ["-: it was vital for the hearings to be held in public"]);
  });

  it("should leave the paper told out of the reported clause", () => {
    const story = ["Campaign plans", "", "Party strategists told the paper he would be set loose on the opposition leader."].join("\n");
    assert.deepEqual(reported(story), ["-: he would be set loose on the opposition leader"]);
  });

  it("should drop what a firm read as a person reports, and keep its direct quotes", () => {
    const story = [
      "Bid battle",
      "",
      'Phone firm Zentrix Communications has made a new offer for Telco. Zentrix Communications said it would submit an improved bid. "We are confident," Zentrix Communications said.',
    ].join("\n");
    const file = runArticle(story);
    assert.deepEqual(
      (file.data.quotes ?? []).map((q) => `${q.kind} ${q.speaker}`),
      ["direct Zentrix Communications"],
    );
  });

  it("should take the titled person before 'from' a body as the speaker, not the body", () => {
    const story = [
      "Cash machines",
      "",
      "Dominic Harsh, managing director of analysts Cash Machine Research, spoke on Monday. But Mr Harsh from Cash Machine Research said the number of machines at risk was low.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Dominic Harsh: the number of machines at risk was low"]);
  });

  it("should not read an agreement, something added or member states as speech", () => {
    const story = [
      "Fund settlement",
      "",
      "Three former executives agreed settlements with the regulator. Ann Lee added her voice to those warning that aid must be delivered soon. The watchdog said member states needed to be more accountable.",
    ].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should keep a report inside another report as part of the outer one", () => {
    const story = ["Trial", "", "His mother Katherine Jones told reporters that her son told her he was innocent."].join("\n");
    assert.deepEqual(reported(story), ["Katherine Jones: her son told her he was innocent"]);
  });

  it("should leave whom a warning was given to out of the reported clause", () => {
    const story = ["Fraud case", "", "Scott Sullen warned Mr Ebbs that falsifying the books would be the only way to meet expectations."].join("\n");
    assert.deepEqual(reported(story), ["Scott Sullen: falsifying the books would be the only way to meet expectations"]);
  });

  it("should read 'this year's ...' after a cue as the start of the clause, not a time", () => {
    const story = ["Film festival", "", "Organisers say this year's festival, which opens on Thursday, will celebrate European cinema."].join("\n");
    assert.deepEqual(reported(story), ["-: this year's festival, which opens on Thursday, will celebrate European cinema"]);
  });

  it("should read people described by the body they belong to as people", () => {
    const story = ["Fashion deal", "", "But one of the three brothers behind the Falco Group said the firm had also held talks with the designer."].join("\n");
    assert.deepEqual(reported(story), ["-: the firm had also held talks with the designer"]);
  });

  it("should read an estimate set after its clause with a named subject as a speech tag", () => {
    const story = [
      "Savings lost",
      "",
      "Carlos Ruiz heads the savers' group. Few people have recovered more than half their savings, Mr Ruiz estimated, pointing out that many savers are pensioners. He thinks the banks are to blame.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Carlos Ruiz: Few people have recovered more than half their savings"]);
  });

  it("should not read the phrase before a cue with its own object as what was said", () => {
    const story = ["Budget", "", "Formerly one of the chancellor's closest aides, Ed Bell hinted at a Budget giveaway on 16 March."].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should read 'predicts' as a cue before its clause", () => {
    const story = ["Film festival", "", "Festival director Craig Porter predicts it will soon become their equal."].join("\n");
    assert.deepEqual(reported(story), ["Craig Porter: it will soon become their equal"]);
  });

  it("should read people led or prompted to speak, and many saying, as unnamed speakers", () => {
    const story = [
      "Dance music",
      "",
      "These developments lead some to suggest that dance was finished as a popular genre. Anger over the war appeared to be the main reason, with many saying it was unjustified and wrong. The plan was due to be announced on Monday.",
    ].join("\n");
    assert.deepEqual(reported(story), ["-: dance was finished as a popular genre", "-: it was unjustified and wrong"]);
  });

  it("should not read what someone is urged to admit as said", () => {
    const story = ["Budget row", "", "Tom Grey attacked the plans. He urged the chancellor to admit he had dragged millions into the tax net."].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should skip a sentence adverb after the cue and resolve a capitalised role", () => {
    const story = ["New album", "", "Norman Cole is back with a new album. The DJ admitted, however, that his worldwide success had a downside."].join("\n");
    assert.deepEqual(reported(story), ["Norman Cole: his worldwide success had a downside"]);
  });

  it("should give an inner report its own speaker and leave whom it was told and when out of it", () => {
    const story = [
      "War advice",
      "",
      "In a book published this week, Philip Sandler QC, a member of the chambers, says Lord Goldstone warned Tony Blair on 7 March 2003 that the war could be illegal.",
    ].join("\n");
    assert.deepEqual(reported(story), [
      "Philip Sandler: Lord Goldstone warned Tony Blair on 7 March 2003 that the war could be illegal",
      "Goldstone: the war could be illegal",
    ]);
  });

  it("should read an auxiliary before a plain cue and a quotation placed in a paper", () => {
    const story = [
      "Transfer news",
      "",
      "Nicolas Anelko was quoted in a French newspaper as saying he would like to play for a bigger club. Chairman John Wardley spoke later. But Wardley did stress that the club was not inviting any offers.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Nicolas Anelko: he would like to play for a bigger club", "John Wardley: the club was not inviting any offers"]);
  });

  it("should not take two names joined after a clause's verb for one speaker", () => {
    const story = ["Hip-hop", "", "His name is Tote Kong and Manuel Milan says that he is the hip-hop leader in Spain."].join("\n");
    assert.deepEqual(reported(story), ["Manuel Milan: he is the hip-hop leader in Spain"]);
  });

  it("should need the clause's own verb for a cue that also takes an object", () => {
    const story = [
      "Parties",
      "",
      "He promised more such parties around the world - despite problems after the last event, which ended in chaos. Critics claim the law, which the EU says is needed, is little more than a law on ideas.",
    ].join("\n");
    assert.deepEqual(reported(story), ["-: the law, which the EU says is needed, is little more than a law on ideas"]);
  });

  it("should keep a thing named with 'called' inside the reported clause", () => {
    const story = ["Schools", "", "Matthew Herrin from EduVisions told the BBC programme Go Digital how the group uses satellite radio and handheld computers called E-slates."].join("\n");
    assert.deepEqual(reported(story), ["Matthew Herrin: how the group uses satellite radio and handheld computers called E-slates"]);
  });

  it("should give quoted words to the one who 'calls' them so", () => {
    const file = runArticle(["Hip-hop", "", 'Manuel Milan runs the site. The genre is in what Milan calls its "infant stage".'].join("\n"));
    assert.deepEqual(
      (file.data.quotes ?? []).map((q) => `${q.kind} ${q.speaker}: ${q.text}`),
      ["partial Manuel Milan: infant stage"],
    );
  });

  it("should read an exclamation mark inside a name as part of the speaker's name", () => {
    const story = ["Protest", "", "Brett Locke of gay group OutRage! said they were wiping the slate clean."].join("\n");
    assert.deepEqual(reported(story), ["Brett Locke: they were wiping the slate clean"]);
  });

  it("should find the people behind an opening 'But' for a second verb after 'and'", () => {
    const story = ["Campaign row", "", "But many Labour backbenchers are said to be unhappy with the campaign and have said they wanted the chancellor to take a bigger role."].join("\n");
    assert.deepEqual(reported(story), ["-: they wanted the chancellor to take a bigger role"]);
  });

  it("should read a clause opening with 'being' as reported", () => {
    const story = ["Honours", "", "Jason Garden says being made an MBE underlines the achievement of the relay squad."].join("\n");
    assert.deepEqual(reported(story), ["Jason Garden: being made an MBE underlines the achievement of the relay squad"]);
  });

  it("should read the clause after 'As X claimed,'", () => {
    const story = ["Tax", "", "As party leader Charles Kendal claimed, for most families the distinction between the two taxes is meaningless."].join("\n");
    assert.deepEqual(reported(story), ["Charles Kendal: for most families the distinction between the two taxes is meaningless"]);
  });

  it("should read a first name before a place word as a person", () => {
    const story = ["Court case", "", "Mike Lake, a spokesman for the firm's lawyers, said on Tuesday that the company stands by its legal action."].join("\n");
    assert.deepEqual(reported(story), ["Mike Lake: the company stands by its legal action"]);
  });

  it("should keep a body's name with 'the' after 'of' out of the speaker", () => {
    const story = ["Children", "", "Laura Brown of Save the Children said there were grave concerns about the plan."].join("\n");
    assert.deepEqual(reported(story), ["Laura Brown: there were grave concerns about the plan"]);
  });

  it("should read 'saying' with no comma after a sentence opened by a person", () => {
    const story = [
      "Premiere",
      "",
      "Jennifer Lopes cancelled an appearance at the premiere saying she was too ill to fly. The firm issued a statement saying the show would go on.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Jennifer Lopes: she was too ill to fly"]);
  });

  it("should give an unplaced 'it said' to the body that opened the sentence before", () => {
    const file = runArticle(["Retirement", "", 'The British Chambers of Commerce welcomed the proposal. "This move is the best of both worlds," it said.'].join("\n"));
    assert.deepEqual(
      (file.data.quotes ?? []).map((q) => `${q.kind} ${q.speaker}`),
      ["direct British Chambers of Commerce"],
    );
  });

  it("should let a 'he' after a sentence opened by a title mean the one who holds it", () => {
    const story = [
      "Africa tour",
      "",
      "Chancellor Gordon Browne met Tony Blair on Monday. The chancellor is currently on a tour of Africa. But before leaving, he insisted he still trusted Mr Blair.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Gordon Browne: he still trusted Mr Blair"]);
  });

  it("should not read a conceded defeat or a written score as a reported clause", () => {
    const story = [
      "Election",
      "",
      "John Kerrey conceded defeat on Wednesday, abandoning his hopes. Jeff Rich wrote the score for a musical based on a novel, called Thou Shalt Not.",
    ].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should read the words before 'was quoted as saying by' an agency", () => {
    const story = ["Oil fields", "", "The ownership issue will be dealt with under competition law, minister Yuri Trutnov was quoted as saying by the Interfax news agency."].join("\n");
    assert.deepEqual(reported(story), ["Yuri Trutnov: The ownership issue will be dealt with under competition law"]);
  });

  it("should read a named committee after 'told' as whom it was told", () => {
    const story = ["EU rebate", "", "Jack Strawe told the Commons foreign affairs committee that the rebate was not up for talks."].join("\n");
    assert.deepEqual(reported(story), ["Jack Strawe: the rebate was not up for talks"]);
  });

  it("should leave a player's position out of his name and a spoken name out of reports", () => {
    const story = [
      "Grand Slam",
      "",
      "Wing Christophe Domino says France can still win the Grand Slam this year. Fans kept saying the actor's name.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Christophe Domino: France can still win the Grand Slam this year"]);
  });

  it("should keep 'according to the code' in a reported clause and leave 'according to' an outlet out", () => {
    const story = [
      "Legal advice",
      "",
      "Clare Shaw told reporters the full advice should have been attached, according to the ministerial code. Tom Brand said prices would rise, according to Reuters.",
    ].join("\n");
    assert.deepEqual(reported(story), [
      "Clare Shaw: the full advice should have been attached, according to the ministerial code",
      "Tom Brand: prices would rise",
    ]);
  });

  it("should read a known first name before a month as a person ('Brian May')", () => {
    const story = ["Queen tour", "", "Guitarist Brian May has said he expects to be on the road with the band from April."].join("\n");
    assert.deepEqual(reported(story), ["Brian May: he expects to be on the road with the band from April"]);
  });

  it("should look past an age and an address to the name they follow", () => {
    const story = ["Camp", "", "Martin Mbanga spoke to the paper. Mr Mbanga, 32, from Wembley, London, said he was interrogated at the camp."].join("\n");
    assert.deepEqual(reported(story), ["Martin Mbanga: he was interrogated at the camp"]);
  });

  it("should take the named person after an opening phrase or a role and a stray comma, not a body's leader", () => {
    const story = [
      "Mobiles",
      "",
      "Looking further ahead in the year, the association's chairman Mike Shore, has predicted that more people will go online.",
      "",
      "But the chairman of the working party, Ambassador Stefan Jonsson of Iceland, warned that there was still a lot of work to do.",
      "",
      "The Yorkshire company, led by chief executive Gerry Spindle, said it hoped to return to profit in 2006.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Mike Shore: more people will go online", "Stefan Jonsson: there was still a lot of work to do"]);
  });

  it("should read no clause after a cue inside a relative clause whose object came before it", () => {
    const story = ["Poster", "", "Another poster showed a pocket watch on a chain, which critics said echoed the money lender Shylock."].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should not read nouns and labels after cue-like verbs as reports", () => {
    const story = [
      "Reports",
      "",
      "Tony Blane backed the report amid opposition claims he was too bullish about the economy. Many people complained every day about Labour. The date United fans declared as Cantona Day passed quietly. Coach John Kirwin recalled the experienced Cristian Stoic at centre and drafted in David Mazo.",
    ].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should leave 'the BBC' warned out of the reported clause", () => {
    const story = ["Campbell", "", "Peter Mandelsen warned the BBC that attacking Mr Campbell had brought it trouble before."].join("\n");
    assert.deepEqual(reported(story), ["Peter Mandelsen: attacking Mr Campbell had brought it trouble before"]);
  });

  it("should let a later 'they' mean the people who open its sentence", () => {
    const story = [
      "Retirement age",
      "",
      "The government announced the plan on Monday. Business leaders had opposed the plan as they said it would be too costly.",
    ].join("\n");
    assert.deepEqual(reported(story), ["-: it would be too costly"]);
  });

  it("should find the speaker behind a relative clause, a time, or a name run after a title", () => {
    const story = [
      "Speakers",
      "",
      "Presenter Cat Deely left the show. The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate on new projects. Jack Strawe spoke on Tuesday. Mr Strawe last week said he also wanted the ban to end. On top of the relief deal with Tanzania Mr Browne said the UK would make similar offers to other nations.",
    ].join("\n");
    assert.deepEqual(reported(story), [
      "Cat Deely: she wanted to concentrate on new projects",
      "Jack Strawe: he also wanted the ban to end",
      "Browne: the UK would make similar offers to other nations",
    ]);
  });

  it("should keep an opening phrase with a name before a split cue in the clause", () => {
    const story = ["Broadband", "", "Jill Fingers runs the service. For BT Retail, she said, the fast service could set it apart."].join("\n");
    assert.deepEqual(reported(story), ["Jill Fingers: For BT Retail the fast service could set it apart"]);
  });

  it("should read 'told X to do' as an order, not a report", () => {
    const story = ["Bribe", "", "The manager told the company to disguise an invoice for the bribe as consulting fees. Tom Hart told reporters the deal was done."].join("\n");
    assert.deepEqual(reported(story), ["Tom Hart: the deal was done"]);
  });

  it("should read nothing said after 'would not say' or 'Neither ... nor ... would say'", () => {
    const story = ["Tax cuts", "", "Oliver Letwen would not say how the cash would be used. Neither Mr Howerd nor Mr Letwen would say exactly how they would use that cash."].join("\n");
    assert.deepEqual(reported(story), []);
  });

  it("should keep the people a name qualifies with whom it was told, and points added out of reports", () => {
    const story = [
      "Conference",
      "",
      "Tony Blare told Labour supporters he was back and still hungry for the job. Barry Everett added the conversion to become the fourth player to reach 1,000 points.",
    ].join("\n");
    assert.deepEqual(reported(story), ["Tony Blare: he was back and still hungry for the job"]);
  });

  it("should read an outlet's word as a surname after a first name or a title ('Liam Fox', 'Dr Fox')", () => {
    const story = ["Tories", "", "Conservative co-chairman Liam Fox said the show of unity was poor. Earlier, Dr Fox had said Labour's rule was characterised by lost trust."].join("\n");
    assert.deepEqual(reported(story), ["Liam Fox: the show of unity was poor", "Liam Fox: Labour's rule was characterised by lost trust"]);
  });

  it("should let an unplaced 'he' mean the unnamed person who spoke just before, or a titled surname", () => {
    const story = [
      "Exchange bid",
      "",
      '"I don\'t think it will make much difference," said one London-based broker. He forecast the takeover bid would succeed.',
      "",
      "Mr Allardyce, who heads the games unit, gave a speech. He said gaming was entering a new era.",
    ].join("\n");
    assert.deepEqual(reported(story), ["-: the takeover bid would succeed", "Allardyce: gaming was entering a new era"]);
  });
});
