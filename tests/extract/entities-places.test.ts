/**
 * Places a city gazetteer lacks: countries' first-level subdivisions (states,
 * provinces, prefectures), generated from country-region-data.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lookupPlace } from "../../src/gazetteer/index.ts";
import { runText } from "./pipeline-harness.ts";

/** People, and places with their country ("Derby (GB)"). */
function entities(text: string) {
  const data = runText(text);
  return { people: (data.people ?? []).map((e) => e.name), places: (data.places ?? []).map((e) => `${e.name} (${e.country})`) };
}

describe("subdivisions", () => {
  it("should know states and provinces news names as places of their country", () => {
    for (const [name, country] of [["Rajasthan", "IN"], ["Gujarat", "IN"], ["Queensland", "AU"], ["Guangdong", "CN"]] as const) {
      const place = lookupPlace(name);
      assert.equal(place?.kind, "region", name);
      assert.equal(place?.country, country, name);
    }
  });

  it("should not take a subdivision that is an English word, a short word or a city for a region", () => {
    assert.notEqual(lookupPlace("Delta")?.kind, "region");
    assert.notEqual(lookupPlace("Moscow")?.kind, "region");
    assert.equal(lookupPlace("Beru"), undefined);
    assert.equal(lookupPlace("Saint Mary"), undefined);
  });

  it("should list a state named in the text as a place", () => {
    const { places } = entities("Drilling in Rajasthan had been disappointing, the firm said.\n");
    assert.deepEqual(places, ["Rajasthan (IN)"]);
  });

  it("should read a prefecture's name that is a person's surname as that person", () => {
    const { people, places } = entities("Nissan named Toshiyuki Shiga as its new head. Shiga said he was pleased.\n");
    assert.deepEqual(people, ["Toshiyuki Shiga"]);
    assert.deepEqual(places, []);
  });
});

describe("parts of cities", () => {
  it("should read a compass word before a big city as a part of that city", () => {
    const { places } = entities("There has been a new development in North London and in West Belfast.\n");
    assert.deepEqual(places, ["North London (GB)", "West Belfast (GB)"]);
  });
});

describe("places by context", () => {
  it("should read the last name of a comma list of places as a place", () => {
    const { places } = entities("It has yet to match the events held in Hong Kong, Tokyo and Pusan in South Korea.\n");
    assert.ok(places.includes("Pusan (null)"), places.join());
  });

  it("should read a name before a lower-case 'state' as a place, but not a nationality", () => {
    const { places } = entities("A cocoa farmer from Edo state told Reuters. The firm admitted bribery in the West African state of Benin.\n");
    assert.ok(places.includes("Edo (null)"), places.join());
    assert.ok(!places.some((p) => p.startsWith("West African")), places.join());
  });
});

describe("where people come from", () => {
  it("should read a town before 'man' or 'runner' after 'the', and after 'the edge of', as a place", () => {
    const { places } = entities("The Ballymena man gave it a lash. The 35-year-old Cobh runner may be included. The school is on the edge of Kibera, where 800,000 live.\n");
    for (const name of ["Ballymena", "Cobh", "Kibera"]) assert.ok(places.some((p) => p.startsWith(name)), `${name}: ${places.join()}`);
  });

  it("should read a name before a lower-case landscape word as a place", () => {
    const { places } = entities("The theatre opened at its present site on the Stranmillis embankment.\n");
    assert.ok(places.some((p) => p.startsWith("Stranmillis")), places.join());
  });

  it("should not read a body's head word after 'the centre of' as a place", () => {
    const { places } = entities("Schools are at the centre of Government policy.\n");
    assert.deepEqual(places, []);
  });
});

describe("surname particles", () => {
  it("should read Van or Di before a surname as a person, but not Dutch 'De' before a title", () => {
    const { people } = entities("Van Nistelrooy set to return, and Di Canio scored. He read it in De Telegraaf on Monday.\n");
    assert.ok(people.includes("Van Nistelrooy"), people.join());
    assert.ok(people.includes("Di Canio"), people.join());
    assert.ok(!people.includes("De Telegraaf"), people.join());
  });
});

describe("titles of works", () => {
  it("should not read the name opening 'X and the Y of Z' as a person, but keep 'Tony Blair and the Bank of England'", () => {
    const { people } = entities("It beat Dead Man's Shoes, Harry Potter and the Prisoner of Azkaban and others. Tony Blair and the Bank of England agreed.\n");
    assert.deepEqual(people, ["Tony Blair"]);
  });
});

describe("three-word names", () => {
  it("should not read three words with an English word and no first name or surname as a person, but keep foreign names", () => {
    const { people } = entities("The IMF published its World Economic Outlook. Crowds went to Christmas Midnight Mass. Ruud van Nistelrooy scored and Dhiru Bhai Ambani watched.\n");
    assert.ok(!people.includes("World Economic Outlook"), people.join());
    assert.ok(!people.includes("Christmas Midnight Mass"), people.join());
    assert.ok(people.includes("Ruud van Nistelrooy"), people.join());
    assert.ok(people.includes("Dhiru Bhai Ambani"), people.join());
  });
});

describe("place-name openers", () => {
  it("should read Sao, Porto or Puerto before a name as a place, however it is spelt, but not a nationality", () => {
    const { places, people } = entities("We're doing Rio at the carnival, and Sao Paolo. Then Porto Alegre. The Puerto Rican singer sang.\n");
    assert.ok(places.some((p) => p.startsWith("Sao Paolo")), places.join());
    assert.ok(places.some((p) => p.startsWith("Porto Alegre")), places.join());
    assert.ok(!places.some((p) => p.startsWith("Puerto Rican")), places.join());
    assert.deepEqual(people, []);
  });
});

describe("clubs in transfer news", () => {
  it("should read the destination of a move and a team's possessive as clubs in a sports story", () => {
    const file = entities("Anelka scored in a 2-1 win. He has been linked with a move to Barcelona. Milan's veteran defence held.\n");
    assert.ok(!file.places.some((p) => p.startsWith("Barcelona") || p.startsWith("Milan")), file.places.join());
  });
});

describe("months in names", () => {
  it("should read a month that is a given name as the start of a name, and a month at a name's end as a surname", () => {
    const { people } = entities("June Sarpong hosted the show. Later, June Sarpong left in June. Brian May said the band would tour.\n");
    assert.deepEqual(people.sort(), ["Brian May", "June Sarpong"]);
  });

  it("should still read a month before a body's name as a date", () => {
    const data = runText("Since May Vodafone has grown. On Monday Google said so.\n");
    assert.deepEqual((data.organizations ?? []).map((e) => e.name).sort(), ["Google", "Vodafone"]);
    assert.deepEqual(data.people ?? [], []);
  });
});

describe("cities the word list also holds", () => {
  it("should read a city of a million as a place even when the word list knows its name", () => {
    const { places } = entities("In its filing, the bank said Houston was the wrong court.\nThe final in Sydney drew a crowd.\n");
    assert.ok(places.includes("Houston (US)"), places.join());
    assert.ok(places.includes("Sydney (AU)"), places.join());
  });

  it("should not read a plural of a word as a city of a million", () => {
    const { places } = entities("Queens were crowned on both days.\n");
    assert.deepEqual(places, []);
  });

  it("should read 'Korea' alone as South Korea, and a town after 'through' as a place", () => {
    const { places } = entities("The service will be launched in Korea in May.\nTrains would run from Edinburgh through Tweedbank to Carlisle.\n");
    assert.ok(places.includes("South Korea (KR)"), places.join());
    assert.ok(places.some((p) => p.startsWith("Tweedbank")), places.join());
  });
});

describe("places in compounds and offices", () => {
  it("should read the place a person was born in and the country whose office a role is", () => {
    const { places, people } = entities("The Birmingham-born singer won again.\nNorthern Ireland Minister John Spellar was in Belfast, and US President George W Bush agreed.\n");
    for (const name of ["Birmingham (GB)", "Northern Ireland (GB)", "United States (US)"]) assert.ok(places.includes(name), `${name}: ${places.join()}`);
    assert.ok(people.includes("John Spellar"), people.join());
  });
});

describe("parts played", () => {
  it("should not read the part an actor played as a town, outside sport", () => {
    const { places } = entities("Matthew Perry, who played Chandler, has appeared on stage.\n");
    assert.deepEqual(places, []);
  });
});

describe("team sheets and studios", () => {
  it("should not read a player listed after a surname that is a town as a place in a sports report", () => {
    const { places } = entities("Charlton: Kiely, Young, Konchesky, Murphy, Holland, Kishishev, Thomas. The striker scored twice in the league match.\n");
    assert.ok(!places.includes("Kishishev (null)"), places.join());
  });

  it("should read a film studio named like a town as a body", () => {
    const { places } = entities("He later secured the film rights from Paramount.\n");
    assert.deepEqual(places, []);
  });
});

describe("dams, galleries and museums", () => {
  it("should read a dam as a place, keeping a number that opens its name", () => {
    const { places } = entities("The Three Gorges Dam on the Yangtze is huge.\n");
    assert.ok(places.some((p) => p.startsWith("Three Gorges Dam")), places.join());
  });

  it("should not read galleries and museums as people", () => {
    const { people } = entities("Paintings from the National Gallery and the Natural History Museum were lent.\n");
    assert.deepEqual(people, []);
  });
});

describe("constituencies", () => {
  it("should read a British town and a compass word as a seat, a place", () => {
    const { places, people } = entities("The first question came from Derby North's Bob Laxton.\nTony Lloyd, the Manchester Central MP, agreed.\nKanye West sang.\n");
    assert.ok(places.includes("Derby North (GB)") && places.includes("Manchester Central (GB)"), places.join());
    assert.ok(!places.some((p) => p.startsWith("Kanye")), places.join());
    assert.ok(people.includes("Bob Laxton"), people.join());
  });
});
