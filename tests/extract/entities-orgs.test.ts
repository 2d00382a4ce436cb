/**
 * Organizations named without a tell-tale head word: what the words around
 * them say (a verb and "its", a deal, a sector noun), a firm's initials, a
 * numbered channel, a nation's executive.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entities, runText } from "./pipeline-harness.ts";

describe("organizations by context", () => {
  it("should read a name followed by a verb and 'its' as an organization", () => {
    const { organizations } = entities("In 2004 the search market changed and Yahoo has tweaked its technology to do better.\nA US judge barred Gazprom and its lenders from the auction.\n");
    assert.ok(organizations.includes("Yahoo"), organizations.join());
    assert.ok(organizations.includes("Gazprom"), organizations.join());
  });

  it("should read an English word opening a sentence before a verb and 'its' as a name", () => {
    const { organizations } = entities("Orange had its UK launch in 1994.\n");
    assert.deepEqual(organizations, ["Orange"]);
  });

  it("should step over a short aside in brackets between a name and its verb and 'its'", () => {
    const { organizations } = entities("Then on 10 January Cellnet (now O2) launched its service.\n");
    assert.ok(organizations.includes("Cellnet"), organizations.join());
  });

  it("should not read a person's report, a date or a gerund before 'its' as an organization", () => {
    const { organizations } = entities("Later Ebbers said its plans were sound.\nThe campaign began in late November but its tactics were criticised.\nPodcasting takes its name from the iPod.\n");
    assert.deepEqual(organizations, []);
  });

  it("should read what is state-owned, a stake is held in or a monopoly is as an organization", () => {
    const { organizations } = entities("The unit was bought by state-owned Rosneft last year.\nInvestors bought shares in Gracenote on Monday.\nIt was a bid by state gas monopoly Gazprom.\n");
    for (const name of ["Rosneft", "Gracenote", "Gazprom"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should read a firm's initials before a name as an organization, and two initials before a surname as a person", () => {
    const { organizations, people } = entities("Its lawyers now accept ABN Amro, BNP Paribas and Calyon as creditors.\nThe racehorse owner JP McManus bought the stake, said Tim Congdon, economist at ING Barings.\n");
    for (const name of ["ABN Amro", "BNP Paribas", "ING Barings"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.ok(people.includes("JP McManus"), people.join());
  });

  it("should keep the number of a numbered channel or station in its name", () => {
    const { organizations } = entities("He moved from Channel 4 to BBC Radio 4 last year.\n");
    assert.ok(organizations.includes("Channel 4"), organizations.join());
    assert.ok(organizations.includes("BBC Radio 4"), organizations.join());
  });

  it("should read a nation's executive as an organization, not a role", () => {
    const { organizations } = entities("Campaigners will keep up the pressure on the Scottish Executive this year.\n");
    assert.deepEqual(organizations, ["Scottish Executive"]);
  });

  it("should not read a skating duo as an organization", () => {
    const { people, organizations } = entities("Ice skating duo Jayne Torvill and Christopher Dean are to front a new show.\n");
    assert.ok(people.includes("Jayne Torvill"), people.join());
    assert.deepEqual(organizations, []);
  });

  it("should read a body named 'X of Y' after Chambers or Confederation whole, and a sprinter called Chambers as a person", () => {
    const { organizations, people } = entities("The British Chambers of Commerce and the Confederation of British Industry welcomed it.\nThe sprinter Dwain Chambers ran in Birmingham.\n");
    for (const name of ["British Chambers of Commerce", "Confederation of British Industry"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.ok(people.includes("Dwain Chambers"), people.join());
  });

  it("should read a name ending in Incorporated, Limited or Financial as an organization", () => {
    const { organizations } = entities("On Tuesday, Paws Incorporated, the owner of the rights, sued.\nShares in Zurich Financial fell.\n");
    for (const name of ["Paws Incorporated", "Zurich Financial"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should read the maker before a product's name as an organization", () => {
    const { organizations } = entities("Podcasting takes its name from the Apple iPod, and users of Apple iTunes can stream.\n");
    assert.deepEqual(organizations, ["Apple"]);
  });

  it("should count a maker's name in the plural as the maker, not a person", () => {
    const { organizations, people } = entities("Fiat said Alfa Romeo would grow. Sales of Alfa Romeos fell.\n");
    assert.ok(organizations.includes("Alfa Romeo"), organizations.join());
    assert.deepEqual(people, []);
  });
});

describe("lists and roles", () => {
  it("should read every name of a comma list that goes on after organizations as an organization", () => {
    const { organizations, people } = entities("Firms signing up include MCI, BT, Deutsche Telekom, Energis, NTT and many others.\n");
    assert.ok(organizations.includes("Deutsche Telekom"), organizations.join());
    assert.deepEqual(people, []);
  });

  it("should not read an apposition after a body or a list of diseases as a list", () => {
    const { organizations, people } = entities("Mr Barroso told the President of the European Parliament, Josep Borrell, that the plan stood.\nIt could help victims of Multiple Sclerosis, Motor Neurone Disease, Alzheimer's and other diseases.\n");
    assert.ok(people.includes("Josep Borrell"), people.join());
    assert.ok(!organizations.includes("Josep Borrell"), organizations.join());
    assert.ok(!people.includes("Alzheimer"), people.join());
  });

  it("should read a one-word name in a comma list of players as a person", () => {
    const { people } = entities("Milan's veteran defence of Paolo Maldini, Cafu and Alessandro Costacurta held firm.\n");
    assert.ok(people.includes("Cafu"), people.join());
  });

  it("should list the body named before a person's title and name", () => {
    const { organizations, people } = entities("Medical Research Council Professor Nancy Rothwell said so. It was written by Home Office Minister Lord Falconer. New Metropolitan Police Commissioner Sir Ian Blair agreed, BBC Political Correspondent James Hardy said.\n");
    for (const name of ["Medical Research Council", "Home Office", "Metropolitan Police"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.ok(!organizations.some((o) => o.startsWith("BBC Political") || o.startsWith("New ")), organizations.join());
    assert.ok(people.includes("Nancy Rothwell"), people.join());
  });

  it("should read a party, a paper's supplement and a name said with 'its' by someone else apart", () => {
    const { organizations } = entities("George Galloway founded the anti-war party Respect. He told the Times Higher Education Supplement it would. The genre is in what Manuel Millan calls its infant stage.\n");
    assert.ok(organizations.includes("Respect"), organizations.join());
    assert.ok(organizations.includes("Times Higher Education Supplement"), organizations.join());
    assert.ok(!organizations.includes("Millan"), organizations.join());
  });

  it("should read a person's name in the plural as that person", () => {
    const { people } = entities("\"We can't all be Wayne Rooneys,\" he said. Wayne Rooney scored twice.\n");
    assert.deepEqual(people, ["Wayne Rooney"]);
  });
});

describe("lists of organizations", () => {
  it("should read an unknown word anywhere in a list of organizations as one, but not an adverb opening the sentence", () => {
    const { organizations } = entities("The software is licensed by Nokia, LG Electronics, Lenovo, Panasonic and Samsung.\nRecently, Norwich Union and Axa Sun Life both cut their bonuses.\n");
    for (const name of ["Nokia", "LG Electronics", "Lenovo", "Panasonic"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.ok(!organizations.includes("Recently"), organizations.join());
  });
});

describe("performers listed by example", () => {
  it("should read the names after 'stars such as' or 'artists including' as people, stage names too", () => {
    const { people } = entities("A campaign against stars such as Beenie Man and Sizzla has ended. The show featured artists including Fat Joe, Beyonce and Usher.\n");
    for (const name of ["Beenie Man", "Sizzla", "Fat Joe", "Beyonce", "Usher"]) assert.ok(people.includes(name), `${name}: ${people.join()}`);
  });

  it("should read a dash after performers as opening a list of people, a group's initials among them", () => {
    const { people } = entities("But the artists - Beenie Man, Sizzla, Elephant Man, TOK, Capleton and Vybz Kartel - will not apologise.\n");
    for (const name of ["Elephant Man", "Capleton", "Vybz Kartel"]) assert.ok(people.includes(name), `${name}: ${people.join()}`);
  });

  it("should leave a list with a band or a nationality in it as it is", () => {
    const { people } = entities("It has featured artists like British stars Joss Stone and the band Franz Ferdinand.\n");
    assert.ok(!people.includes("British"), people.join());
  });
});

describe("examples of a body", () => {
  it("should read the names given as examples after a known body as bodies", () => {
    const { organizations } = entities("Other players provide similar services as Microsoft, like Myrio and C-Cor.\n");
    for (const name of ["Myrio", "C-Cor"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });
});

describe("groups named in the plural", () => {
  it("should read 'the' before a plural name as a band's, team's or unit's name", () => {
    const { organizations } = entities("The concert features the Beach Boys and the Chemical Brothers, and the Royal Marines band.\n");
    for (const name of ["Beach Boys", "Chemical Brothers", "Royal Marines"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should not read a title, a period, a person or a place in the plural as a group", () => {
    const { organizations } = entities("He starred in Alan Bennett's The History Boys, set in the Middle Ages, and in the Darling Buds of May, then the Howard Hughes biopic, filmed in the Falkland Islands.\n");
    assert.deepEqual(organizations, []);
  });
});

describe("clubs named after their town", () => {
  it("should read a town before a plural verb in a match report as its club", () => {
    const { organizations, places } = entities("Tottenham beat Nottingham Forest 1-0 in the Cup. Looking ahead, Jol said: \"Newcastle have got a very good side.\"\n");
    assert.ok(organizations.includes("Newcastle"), organizations.join());
    assert.ok(!places.some((p) => p.startsWith("Newcastle")), places.join());
  });
});

describe("festivals and awards", () => {
  it("should read a festival, a film market or an awards show as the body that runs it", () => {
    const { organizations } = entities("Organisers of the third Bangkok International Film Festival carried on, as did the Bangkok Film Market. He won at the Brit Awards.\n");
    for (const name of ["Bangkok International Film Festival", "Bangkok Film Market", "Brit Awards"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });
});

describe("websites", () => {
  it("should read a website's address as an organization, in lower case too", () => {
    const { organizations } = entities("So he launched a website called latinohiphopradio.com. Latinohiphopradio.com has been up for a year, and Amazon.com said the dot.com boom was over.\n");
    assert.deepEqual(organizations.sort(), ["Amazon.com", "latinohiphopradio.com"]);
  });
});

describe("initials", () => {
  it("should read an initial and a surname in a team sheet as a person, not 'X Factor'", () => {
    const { people } = entities("Wales: H Luscombe, T Shanklin, G Henson, S Williams; S Jones.\nHe beat the X Factor winner.\n");
    for (const name of ["T Shanklin", "G Henson", "S Williams"]) assert.ok(people.includes(name), `${name}: ${people.join()}`);
    assert.ok(!people.includes("X Factor"), people.join());
  });

  it("should read 'Air' before a name as an airline", () => {
    const { organizations } = entities("It signed deals with two Indian airlines - Air Deccan and Kingfisher.\n");
    assert.ok(organizations.includes("Air Deccan"), organizations.join());
  });

  it("should read two initials before a name as a firm when the words around say so, and as the firm everywhere then", () => {
    const { organizations, people } = entities("The carmaker MG Rover said sales fell. MG Rover is in trouble.\n");
    assert.deepEqual(organizations, ["MG Rover"]);
    assert.deepEqual(people, []);
  });

  it("should read a person's surname before a verb and 'its' as that person", () => {
    const { organizations, people } = entities("England coach Andy Robinson spoke. As far as Robinson is concerned its findings must not be ignored.\n");
    assert.deepEqual(organizations, []);
    assert.deepEqual(people, ["Andy Robinson"]);
  });
});

describe("nationalities after a name", () => {
  it("should drop a nationality that ends a name and describes what follows, but keep New Zealand", () => {
    const { organizations, places } = entities("They own the Tampa Bay Buccaneers American football team. New Zealand won.\n");
    assert.ok(organizations.includes("Tampa Bay Buccaneers"), organizations.join());
    assert.ok(places.includes("New Zealand"), places.join());
  });
});

describe("possessives inside names", () => {
  it("should read a calling's plural possessive before a body's head word as one name", () => {
    const { organizations } = entities("The British Bankers' Association said lending rose. The London Critics' Circle named its films. Bow Street Magistrates' Court heard the case.\n");
    for (const name of ["British Bankers' Association", "London Critics' Circle", "Bow Street Magistrates' Court"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should keep 'Men's', 'Women's', 'People's' inside a body's name, and read what a movement is called as a body", () => {
    const { organizations } = entities("It includes the Black Gay Men's Advisory Group and Jamaican movement J-Flag. The Women's Tennis Association and the Pakistan People's Party agreed.\n");
    for (const name of ["Black Gay Men's Advisory Group", "J-Flag", "Women's Tennis Association", "Pakistan People's Party"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should keep a name's possessive before a work or a place apart", () => {
    const { organizations } = entities("The BBC Films' Dirty War aired at Los Angeles' Kodak Theatre, near Wave Systems' Embassy.\n");
    assert.ok(!organizations.some((o) => o.includes("'")), organizations.join());
  });

  it("should read a reinsurer and a bank named by its bankers' trade as organizations", () => {
    const { organizations } = entities("Munich Re and Swiss Re, the world's two biggest reinsurers, cut forecasts. The move led bankers JP Morgan to withdraw.\n");
    for (const name of ["Munich Re", "Swiss Re", "JP Morgan"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });
});

describe("deals, people and clubs", () => {
  it("should not read a person bid for as a firm", () => {
    const { people, organizations } = entities("Leicester will not be rushed into making a bid for Andy Farrell.\n");
    assert.ok(people.includes("Andy Farrell"), people.join());
    assert.ok(!organizations.includes("Andy Farrell"), organizations.join());
  });

  it("should read a firm's initials before a person's name as the person, and BT's units as bodies", () => {
    const { people, organizations } = entities("EADS Philippe Camus said so. BT Retail said the same.\n");
    assert.ok(people.includes("Philippe Camus"), people.join());
    assert.ok(organizations.includes("BT Retail"), organizations.join());
  });

  it("should read what a sector noun opening a sentence names as a firm, even a town's name", () => {
    const { organizations, places } = entities("Miners Rio Tinto and BHP Billiton raised prices.\n");
    assert.ok(organizations.includes("Rio Tinto"), organizations.join());
    assert.deepEqual(places, []);
  });

  it("should drop a plural role opening a sentence before a person's name", () => {
    const data = runText("Judges Simon Cowell and Louis Walsh will return.\n");
    assert.ok((data.people ?? []).some((p) => p.name === "Simon Cowell" || p.aliases.includes("Simon Cowell")));
  });

  it("should read a name set off by commas after a firm's sector noun as the firm, not after 'rival'", () => {
    const { organizations } = entities("Edinburgh-based developer, Rockstar, which is behind the GTA titles, grew. His rival, Jones, said so.\n");
    assert.ok(organizations.includes("Rockstar"), organizations.join());
    assert.ok(!organizations.includes("Jones"), organizations.join());
  });

  it("should read a name before a noun and a body's kind as that body, not before a preposition", () => {
    const { organizations } = entities("Revellers can use a service set up by Jongleurs comedy club. England centre Mike Tindall played. Tindall alongside club team-mate Jamie Noon trained.\n");
    assert.ok(organizations.includes("Jongleurs"), organizations.join());
    assert.ok(!organizations.includes("Tindall"), organizations.join());
  });

  it("should read a rugby position after a name as the player's club", () => {
    const { organizations } = entities("The Wasps wing insisted he grounded the ball.\n");
    assert.deepEqual(organizations, ["Wasps"]);
  });
});

describe("places named in institutions and events", () => {
  it("should list the big city an institution or event is named after as a place", () => {
    const { places } = entities("They were arrested at Munich University.\nThe film opens the Berlin Film Festival.\n");
    assert.ok(places.includes("Munich"), places.join());
    assert.ok(places.includes("Berlin"), places.join());
  });

  it("should not list the city in a firm's, a paper's or a club's name", () => {
    const { places } = entities("Norwich Union said profits rose, the Los Angeles Times reported, and Leeds United lost.\n");
    assert.deepEqual(places, []);
  });
});

describe("names of bodies in full", () => {
  it("should read a party's members as the party and drop a portfolio before a role", () => {
    const { organizations } = entities("Labour MPs are poised to vote against it.\nLib Dem Home Affairs spokesman Mark Oaten said no.\nThe Scottish Executive spokesman said so.\n");
    assert.deepEqual(organizations.sort(), ["Labour Party", "Liberal Democrats", "Scottish Executive"]);
  });

  it("should keep a Sunday paper's title, a body 'for' a purpose and a singular industry head", () => {
    const { organizations } = entities("It will get the go-ahead, according to The Mail on Sunday.\nIt is up to the Internet Corporation for Assigned Names and Numbers.\nShares in Japan's Yamanouchi Pharmaceutical fell.\n");
    for (const name of ["Mail on Sunday", "Internet Corporation for Assigned Names and Numbers", "Yamanouchi Pharmaceutical"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should read 'the' before an unknown plural as a band in a story about music, and not elsewhere", () => {
    const music = entities("Four suits worn by the Beatles on their album cover were sold.\nThe band's singer and guitarist played rock songs at the gig.\n");
    assert.ok(music.organizations.includes("Beatles"), music.organizations.join());
    const other = entities("The Londoners lost to the Magpies on Saturday.\n");
    assert.deepEqual(other.organizations, []);
  });
});

describe("head words of clubs and industries", () => {
  it("should read athletics and football clubs and industrial firms by their head word", () => {
    const { organizations, people } = entities("She runs for Birchfield Harriers and he for Annadale Striders.\nHe left Boca Juniors for Maccabi Tel Aviv.\nShares in Mengniu Dairy and Shanghai Automotive rose, and Yangtze Electric Power fell.\n");
    for (const name of ["Birchfield Harriers", "Annadale Striders", "Boca Juniors", "Maccabi Tel Aviv", "Mengniu Dairy", "Shanghai Automotive", "Yangtze Electric Power"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.deepEqual(people, []);
  });

  it("should keep a person whose surname is an industry's head word", () => {
    const { people } = entities("Tony Power said the plan was sound.\n");
    assert.deepEqual(people, ["Tony Power"]);
  });
});

describe("names run together", () => {
  it("should read two words run together with a capital each as a firm's name", () => {
    const { organizations } = entities("ScanSoft and Gracenote are developing it, and OneTel adverts were spotted.\nShares in ThyssenKrupp rose.\n");
    for (const name of ["ScanSoft", "OneTel", "ThyssenKrupp"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should not read a surname with its prefix or a known product as a firm", () => {
    const { organizations, people } = entities("Leonardo DiCaprio met JP McManus.\nMcManus said the PlayStation sold well.\n");
    assert.deepEqual(organizations, []);
    assert.ok(people.includes("JP McManus"), people.join());
  });
});

describe("what only a body does", () => {
  it("should read who conducted, commissioned, ran or bought something as an organization", () => {
    const { organizations } = entities("The survey was conducted by Sunovate last year.\nThe index is compiled by Agroflora.\nThe study was commissioned by Pact.\n");
    for (const name of ["Sunovate", "Agroflora", "Pact"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should not read a person's surname after 'owned by' as an organization", () => {
    const { organizations } = entities("The paper is owned by Murdoch.\n");
    assert.deepEqual(organizations, []);
  });
});

describe("firms named like people and their models", () => {
  it("should read banks, accountants and bookmakers named like people as organizations", () => {
    const { organizations, people } = entities("Analysts at Merrill Lynch and Smith Barney agreed, as did Grant Thornton.\nLadbrokes cut the odds.\n");
    for (const name of ["Merrill Lynch", "Smith Barney", "Grant Thornton", "Ladbrokes"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.deepEqual(people, []);
  });

  it("should read a model's code after a maker as the maker alone", () => {
    const { organizations } = entities("The Airbus A380 and the Motorola Razr V3 were shown.\n");
    assert.deepEqual(organizations.sort(), ["Airbus", "Motorola"]);
  });
});

describe("galleries and museums", () => {
  it("should read galleries and museums as bodies", () => {
    const { organizations } = entities("Paintings from the National Gallery and the Natural History Museum were lent.\n");
    assert.deepEqual(organizations.sort(), ["National Gallery", "Natural History Museum"]);
  });
});

describe("acronyms of diseases", () => {
  it("should not read an acronym before 'drug' or 'patients' as an organization", () => {
    const { organizations } = entities("Shares hit by MS drug suspension.\nSome MND patients were treated.\n");
    assert.deepEqual(organizations, []);
  });
});

describe("a body's member or format after its name", () => {
  it("should read 'Tory MP', 'UKIP MEP' as the party and 'Sony DVD' as the maker, keeping a country's branch", () => {
    const { organizations } = entities("The Tory MP spoke, and a UKIP MEP agreed.\nThe Sony DVD format won.\nKaren Thomson of AOL UK said so.\n");
    for (const name of ["Conservative Party", "UK Independence Party", "Sony", "AOL UK"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.ok(!organizations.includes("Tory MP") && !organizations.includes("Sony DVD"), organizations.join());
  });
});

describe("guides", () => {
  it("should read a guide's title as a publisher's body", () => {
    const { organizations } = entities("The pub was listed in the Good Pub Guide this year.\n");
    assert.deepEqual(organizations, ["Good Pub Guide"]);
  });
});

describe("big firms with no head word", () => {
  it("should read Apple, Sega, Enron and Napster as organizations without a cue", () => {
    const { organizations } = entities("The single is on iTunes after Apple reached agreement.\nSega released a game, and scandals such as Enron hurt, while Napster grew.\n");
    for (const name of ["Apple", "Sega", "Enron", "Napster"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });
});

describe("brands with a lower-case letter first", () => {
  it("should read eBay and eDonkey as organizations, and a maker before its products' plural as the maker", () => {
    const { organizations } = entities("Sellers on eBay and users of eDonkey grew.\nSales of Apple iPods rose.\n");
    assert.deepEqual(organizations.sort(), ["Apple", "eBay", "eDonkey"]);
  });
});
