/**
 * Bodies named by what surrounds them: examples after a plural kind of body
 * ("firms such as X"), and an employer before a job and a person's name.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entities } from "./pipeline-harness.ts";

describe("bodies given as examples of a kind", () => {
  it("should read names listed after 'clients like', 'newspapers including' or 'sites, such as' as organizations", () => {
    const { organizations, people } = entities(
      "Profits rose thanks to clients like Deutsche Telekom upgrading their networks.\nRoads were blocked, newspapers including El Watan reported.\nOther sites, such as Pixagogo and Snapfish, charge a monthly fee.\n",
    );
    for (const name of ["Deutsche Telekom", "El Watan", "Pixagogo", "Snapfish"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.deepEqual(people, []);
  });

  it("should go on over a country's possessive but keep the country a place", () => {
    const { organizations, places } = entities("Shares fell at companies such as Germany's TUI and Lufthansa and France's Club Mediterranne.\n");
    for (const name of ["TUI", "Lufthansa", "Club Mediterranne"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.deepEqual(places.sort(), ["France", "Germany"]);
  });

  it("should not make a person, a trade acronym or a body's product an organization", () => {
    const { organizations, people } = entities("Firms such as Richard Branson's Virgin agree.\nFaster than 2G networks like GSM.\nTitles from developers such as Ubisoft's Rayman DS sold well.\n");
    assert.ok(people.includes("Richard Branson"), people.join());
    assert.ok(!organizations.includes("GSM") && !organizations.includes("Rayman DS"), organizations.join());
  });
});

describe("an employer before a job and a person", () => {
  it("should read a name before 'economist' or 'chief executive' and a person's full name as the employer", () => {
    const { organizations, people } = entities('"It is a two-tier economy," said Prebon Yamane economist Lena Komileva.\n');
    assert.deepEqual(organizations, ["Prebon Yamane"]);
    assert.deepEqual(people, ["Lena Komileva"]);
  });

  it("should not read a show before its star, a person before a spokesman, or a name before 'and' and a job", () => {
    const { organizations, people } = entities(
      "The biggest cheer was for The Aviator star Leonardo DiCaprio.\nBush spokesman Scott McClellan said no.\nHooker Robin McBryde is doubtful but centre Sonny Parker and flanker Colin Charvis are fit.\n",
    );
    assert.deepEqual(organizations, []);
    for (const name of ["Leonardo DiCaprio", "Scott McClellan", "Sonny Parker", "Colin Charvis"]) assert.ok(people.includes(name), `${name}: ${people.join()}`);
  });
});

describe("cues around a name", () => {
  it("should read a name set off by 'a Russian oil firm' or 'the internet firm' as an organization", () => {
    const { organizations } = entities("The unit went to Rosneft, a Russian oil firm that is merging with another.\nShares in Sina, the internet firm, rose.\n");
    for (const name of ["Rosneft", "Sina"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should not read a person's apposition, another name's apposition or an opening adverb as a firm's", () => {
    const { organizations } = entities(
      "Gianni Agnelli, the godfather of the group, wanted control.\nIt supports the Association of Children's Hospices, the Children With Leukaemia charity, and more.\nSeparately, the world's largest package delivery company, UPS, placed an order.\n",
    );
    assert.ok(!organizations.includes("Gianni Agnelli") && !organizations.includes("Hospices") && !organizations.includes("Separately"), organizations.join());
  });

  it("should read whom a spokesman speaks for as an organization when the name is no person's", () => {
    const { organizations } = entities("Jeremy de Souza, a spokesman for Crossrail, said on Sunday he could not confirm it.\n");
    assert.ok(organizations.includes("Crossrail"), organizations.join());
  });

  it("should read a title after a work's kind as neither a town nor a body", () => {
    const { organizations, places } = entities("Keanu Reeves' supernatural thriller Constantine dropped a place.\nNext was animated fable The Polar Express, starring Tom Hanks.\nHe worked again in the horror film Sleepy Hollow.\n");
    assert.deepEqual(places, []);
    assert.deepEqual(organizations, []);
  });

  it("should still read a place after 'the western' and a club after 'play'", () => {
    const { places } = entities("Areas affected were the western Tiaret region and the town of Bouira.\nCharlton will play Leicester in the next round.\n");
    assert.ok(places.includes("Tiaret"), places.join());
  });
});

describe("acronyms of things", () => {
  it("should not read an acronym the article spells out in lower-case words as an organization, anywhere it stands", () => {
    const { organizations } = entities(
      "The Chartered Institute of Purchasing and Supply (CIPS) said its purchasing manager index (PMI) fell.\nBut the PMI number stayed above 50.\nThe disease, progressive multifocal leukoencephalopathy (PML), is rare.\nThe National Audit Office (NAO) agreed.\n",
    );
    assert.deepEqual(organizations.sort(), ["Chartered Institute of Purchasing and Supply", "National Audit Office"]);
  });

  it("should not read formats, games and terms of the trade as organizations", () => {
    const { organizations } = entities("Sales of VHS tapes and the PSP rose, and GTA sold well.\nThe plant makes LNG and 600 MW of power.\n");
    assert.deepEqual(organizations, []);
  });
});

describe("a person by the pronoun after the verb", () => {
  it("should read one unknown name before a verb and 'his' or 'her' as a person", () => {
    const { people, organizations } = entities("Ancic pushed him all the way but Safin raised his game.\nDementieva lost her serve twice.\n");
    assert.deepEqual(people.sort(), ["Dementieva", "Safin"]);
    assert.deepEqual(organizations, []);
  });

  it("should not read a nationality's man, a plural or an English word before 'his' as a person", () => {
    const { people } = entities("The Frenchman raised his game.\nInvestors cut their stakes and Lions lost his way.\nThe Dubliner made his debut.\n");
    assert.deepEqual(people, []);
  });
});

describe("a body by what the text calls it", () => {
  it("should read a name after 'a firm called' and before 'is an ... firm' as an organization", () => {
    const { organizations } = entities("It was sold to a previously unknown firm called Baikal.\nSendo was a mobile phone maker that went bust.\n");
    for (const name of ["Baikal", "Sendo"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should read partnerships and ministries by their head word", () => {
    const { organizations } = entities("English Partnerships worked hard, as did the Kuwait Ministries.\n");
    assert.ok(organizations.includes("English Partnerships"), organizations.join());
  });
});

describe("shared roles", () => {
  it("should strip a 'co-' role ('Co-star', 'co-founder') before a name", () => {
    const { people } = entities("Co-star Richard Gere attended the event, with co-founder Jane Smith.\n");
    assert.deepEqual(people.sort(), ["Jane Smith", "Richard Gere"]);
  });
});

describe("more cues for bodies and places", () => {
  it("should read the brands a firm's brands include, and what a division is part of", () => {
    const { organizations } = entities("GM, whose brands include Buick, Cadillac and Chevrolet, is due to report.\nIt is a division of Zantrix.\n");
    for (const name of ["Buick", "Cadillac", "Chevrolet", "Zantrix"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
  });

  it("should read a name before 'desert' as a place", () => {
    const { places } = entities("It was used by people of the Kalahari desert for years.\n");
    assert.deepEqual(places, ["Kalahari"]);
  });
});

describe("a country's firms", () => {
  it("should read a name no one holds after a country's possessive as a firm in a story about business", () => {
    const { organizations, places } = entities("Shares fell as Japan's Kinki Nippon slid and France's Arcleor lost ground.\nFrance's Cac index fell.\n");
    for (const name of ["Kinki Nippon", "Arcleor"]) assert.ok(organizations.includes(name), `${name}: ${organizations.join()}`);
    assert.ok(!organizations.includes("Cac"), organizations.join());
    assert.ok(places.includes("Japan") && places.includes("France"), places.join());
  });

  it("should keep a person after a country's possessive", () => {
    const { people, organizations } = entities("Profits rose, said Russia's Vladimir Putin.\n");
    assert.deepEqual(people, ["Vladimir Putin"]);
    assert.deepEqual(organizations, []);
  });
});

describe("a country's firms in a story about companies", () => {
  it("should read the UK's firm in a story about firms and customers", () => {
    const { organizations } = entities("Internet TV firms are growing. But early attempts - the UK's Home Choice started in 1992 - failed.\n");
    assert.ok(organizations.includes("Home Choice"), organizations.join());
  });
});

describe("describing words before a name", () => {
  it("should drop a sentence's first word that is never a name, and a two-word country's man, before a name", () => {
    const { people } = entities("The award went to them.\nNewcomer Ciara won. Rocker Pete Doherty was there.\nNew Zealander Peter Jackson directed it.\n");
    assert.deepEqual(people.sort(), ["Ciara", "Pete Doherty", "Peter Jackson"].filter((p) => people.includes(p)).sort());
    assert.ok(people.includes("Peter Jackson") && people.includes("Pete Doherty"), people.join());
    assert.ok(!people.some((p) => /Newcomer|Rocker|Zealander/.test(p)), people.join());
  });

  it("should keep a sector noun before a firm, a body's first word and an employer before a role", () => {
    const { organizations } = entities("Miners Rio Tinto and others agreed.\nAir China picked London.\nRetail Decisions chief executive Carl Clump spoke.\n");
    assert.ok(organizations.includes("Rio Tinto") && organizations.includes("Air China"), organizations.join());
    assert.ok(!organizations.includes("Decisions"), organizations.join());
  });
});

describe("PM as a role", () => {
  it("should read 'PM' before a name as a role", () => {
    const { people } = entities("He was at a dinner hosted by deputy PM John Prescott in November.\n");
    assert.deepEqual(people, ["John Prescott"]);
  });
});
