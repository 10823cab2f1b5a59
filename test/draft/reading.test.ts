import { describe, expect, it } from "vitest";
import { type DraftContext, draftArticle } from "../../src/draft/draft.js";
import { stateMatcher } from "../../src/draft/states.js";
import type { Draft } from "../../src/draft/types.js";
import { dataset } from "../helpers/fixtures.js";

// Every article here is made up for the class of news prose it stands for.
const { jurisdictions, stories } = dataset;
const strangers: DraftContext = { people: [], jurisdictions, stories };
const draft = (lines: string[], ctx = strangers) => draftArticle(lines.join("\n"), ctx);
const stances = (d: Draft) => Object.fromEntries(d.claims.map((c) => [c.state, c.stance]));
const claimOf = (d: Draft, state: string) => d.claims.find((c) => c.state === state);
const speakerOf = (d: Draft, words: string) =>
  d.quotes.find((q) => q.text.includes(words))?.speaker;

describe("lists and labels", () => {
  it("gives paragraphs that each lead with a state the answer of a short sentence over them", () => {
    const d = draft([
      "The department asked every state for its full voter list.",
      "",
      "States pushed back hard. Idaho refused outright.",
      "",
      "Utah's secretary of state says the department never answered her questions about how the data would be kept",
      "",
      "Iowa's top election official called it a fishing trip",
      "",
      "The department has not said what comes next.",
      "",
      "Ohio's secretary met the department on Friday.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", UT: "refuses", IA: "refuses" });
    expect(claimOf(d, "UT")?.why).toBe("pushed back");
  });

  it("reads a line of postal codes under a paragraph that announces the list, and codes a page ran together", () => {
    const d = draft([
      "Update (July 4)",
      "The following states have said they will not give the panel all of the information it asked for. They are either ignoring the letter, following their own laws, or waiting to hear how the data will be used.",
      "AK, AZ, COIA, KY, MD",
      "",
      "The following states have not received a letter:",
      "HI (unlikely to acquiesce), IL, NM",
      "",
      "The tally will be updated.",
    ]);
    expect(stances(d)).toEqual({
      AK: "withholding",
      AZ: "withholding",
      CO: "withholding",
      IA: "withholding",
      KY: "withholding",
      MD: "withholding",
    });
    // (Four capitals beside no code are a word: "MEMO", "NEAR".)
    const codes = stateMatcher(jurisdictions);
    const found = (text: string) => codes.find(text).map((m) => m.state);
    expect(
      found("Officials in CA, NY and KY refused.\n\nMEMO\n\nIt went on, NEAR, the end."),
    ).toEqual(["CA", "NY", "KY"]);
    expect(found("AK, DEGA, IA\nARHI (unlikely), IL")).toEqual([
      "AK",
      "DE",
      "GA",
      "IA",
      "AR",
      "HI",
      "IL",
    ]);
  });

  it("narrows a list's answer when the next sentence says they all give only part, and keeps it otherwise", () => {
    const d = draft([
      "Even some states that voted for the president are balking, including Utah, Iowa and Ohio. All say they'll hand over only some data.",
      "California and Oregon refused outright. They also said the request was illegal.",
    ]);
    expect(stances(d)).toEqual({
      UT: "withholding",
      IA: "withholding",
      OH: "withholding",
      CA: "refuses",
      OR: "refuses",
    });
  });

  it("reads 'These included …', 'The officials include …' and 'are among those states' after a group's answer, however few are named", () => {
    const d = draft([
      "At least 13 states had outright rejected the request. These included red states such as Idaho and blue states such as Oregon.",
      "Officials from 20 states said their states do not intend to hand over the data. The officials include those of Iowa and Utah.",
      "Officials from more than 20 states have said they would not comply. Ohio and Texas are among those states.",
    ]);
    expect(stances(d)).toEqual({
      ID: "refuses",
      OR: "refuses",
      IA: "refuses",
      UT: "refuses",
      OH: "refuses",
      TX: "refuses",
    });
  });

  it("reads a list that names the states a sentence a little before gave an answer for", () => {
    const later = draft([
      "At a hearing last week, nine states said they were open to the agreement. A department lawyer said these states are willing to comply with the proposed terms.",
      "The department has sued 20 states for their full lists.",
      "The states identified by the lawyer and led by Republican officials include Idaho, Iowa and Utah.",
    ]);
    expect(stances(later)).toEqual({ ID: "complies", IA: "complies", UT: "complies" });
    const named = draft([
      "A department lawyer named nine states that have expressed an interest in the agreement.",
      "Two more, Maine and Oregon, rejected it. The lawyer spoke at a court hearing in Boston. The department has sued 20 states.",
      "The states the lawyer named are led by Republicans — Idaho, Iowa and Utah.",
    ]);
    expect(stances(named)).toMatchObject({ ID: "reviewing", IA: "reviewing", UT: "reviewing" });
    expect(claimOf(named, "IA")?.evidence).toMatch(/^A department lawyer named nine states/);
  });

  it("reads states one per line under a lead-in, numbered or bulleted", () => {
    const d = draft([
      "These are the states that have said no so far:",
      "1. Alabama",
      "2. Alaska",
      "Others will hand over only part of the data:",
      "• Ohio",
      "* Utah",
      "- Nevada",
      "Here is where the rest stand:",
      "Georgia: will hand over only what state law makes public.",
      "Maine: declined outright.",
      "Washington",
    ]);
    expect(stances(d)).toEqual({
      AL: "refuses",
      AK: "refuses",
      OH: "withholding",
      UT: "withholding",
      NV: "withholding",
      GA: "public-only",
      ME: "refuses",
    });
    expect(claimOf(d, "AK")?.evidence).toBe(
      "These are the states that have said no so far:\n1. Alabama\n2. Alaska",
    );
  });

  it("reads a label in parentheses after a state's name, but not a party or an official", () => {
    const d = draft([
      "Here is where the states stand:",
      "Arkansas (Partial compliance)",
      "Ohio (Refused)",
      "Texas (public data only)",
      "Iowa (R)",
      "Will comply.",
      "",
      "More to come.",
    ]);
    expect(stances(d)).toEqual({
      AR: "withholding",
      OH: "refuses",
      TX: "public-only",
      IA: "complies",
    });
  });

  it("gives each counted group in a tally its own clause, and 'raised questions' as still open", () => {
    const d = draft([
      "So far 40 states have partly or fully refused to comply, four states say they are still reviewing it (ID, IL, NH, and SC), and one has not yet commented (HI).",
      "Several secretaries of state, including Alabama's John Mill, raised questions about the request and some refused to cooperate with it.",
    ]);
    expect(stances(d)).toEqual({
      ID: "reviewing",
      IL: "reviewing",
      NH: "reviewing",
      SC: "reviewing",
      HI: "no-report",
      AL: "reviewing",
    });
  });

  it("reads 'Those states — … — are A, B and C' after the sentence that says what they did", () => {
    const d = draft([
      "A department lawyer said that five states have expressed willingness to comply with the agreement. Those states — all led by one party — are Iowa, Ohio, Utah, Idaho and Texas.",
    ]);
    expect(stances(d)).toEqual({
      IA: "complies",
      OH: "complies",
      UT: "complies",
      ID: "complies",
      TX: "complies",
    });
  });

  it("reads 'joined that crowd' as the stance before, and 'North and South Dakota' as two states", () => {
    const d = draft([
      "Iowa and Ohio immediately refused to hand over the information.",
      "Utah, North and South Dakota and Maine joined that crowd Friday.",
    ]);
    expect(stances(d)).toEqual({
      IA: "refuses",
      OH: "refuses",
      UT: "refuses",
      ND: "refuses",
      SD: "refuses",
      ME: "refuses",
    });
  });

  it("reads 'That includes: A, B and C' after a sentence that says what they did, and 'at all' as all", () => {
    const d = draft([
      "Officials in 20 states told reporters they would not comply at all with the request. That includes: Iowa, Ohio, Utah and Maine.",
      "Texas will not give the commission all of the data.",
    ]);
    expect(stances(d)).toEqual({
      IA: "refuses",
      OH: "refuses",
      UT: "refuses",
      ME: "refuses",
      TX: "withholding",
    });
  });

  it("reads list lines that name their state first, and ends a state's section at a new list", () => {
    const d = draft([
      "States that have refused the request:",
      "• Alabama (Secretary of State Ann Moss)",
      "• Alaska — Division of Elections",
      "• Idaho: will give only public data",
      "1) Arizona",
      "",
      "Utah",
      "",
      "States that will hand over public data only:",
      "- Colorado, Connecticut",
      "",
      "Florida officials did not respond.",
    ]);
    expect(stances(d)).toEqual({
      AL: "refuses",
      AK: "refuses",
      ID: "public-only",
      AZ: "refuses",
      UT: "refuses",
      CO: "public-only",
      CT: "public-only",
    });
  });

  it("reads category labels, and a state's heading over a label line", () => {
    const d = draft([
      "Refusal: Kentucky, New York",
      "Partial compliance: Texas",
      "Declined: Maine and Vermont",
      "Partly: Iowa",
      "No official response: Hawaii",
      "No decision: Ohio",
      "———",
      "IDAHO",
      "Undecided",
      "The secretary is still reading the letter.",
      "———",
      "KANSAS",
      "Comply",
      "The state sells its list for $50.",
    ]);
    expect(stances(d)).toEqual({
      KY: "refuses",
      NY: "refuses",
      TX: "withholding",
      ME: "refuses",
      VT: "refuses",
      IA: "withholding",
      HI: "no-report",
      OH: "reviewing",
      ID: "reviewing",
      KS: "complies",
    });
  });

  it("reads a state-by-state roundup with capitalised names, one-word answers and dashes", () => {
    const d = draft([
      "ALABAMA: Secretary of State Ann Moss said the state will provide publicly available data.",
      "CALIFORNIA: No. The secretary called the commission a waste of money.",
      "COLORADO: Yes. “We will follow the law,” said Secretary of State Tom Ames.",
      "DELAWARE: The elections commissioner said the state is still waiting for guidance.",
      "FLORIDA — Will send what is public under state law.",
      "GEORGIA - Secretary Bo Kemp: “We will not be handing over the data.”",
    ]);
    expect(stances(d)).toEqual({
      AL: "public-only",
      CA: "refuses",
      CO: "complies",
      DE: "reviewing",
      FL: "public-only",
      GA: "refuses",
    });
    expect(speakerOf(d, "handing over the data")).toBe("Bo Kemp");
  });

  it("lets the article define its partial category as public data only", () => {
    const d = draft([
      "States either turned the request down flat or offered only the records anyone can buy.",
      "Partly: Ohio, Texas",
      "Refused: Kentucky",
      "The list will be updated.",
    ]);
    expect(stances(d)).toEqual({ OH: "public-only", TX: "public-only", KY: "refuses" });
  });

  it("reads public-only phrasings and the 2025 story's wording", () => {
    const d = draft([
      "Missouri said it would provide what is publicly available.",
      "Kansas said its list is already public and it would send it.",
      "Arizona will turn over only what state law allows.",
      "Georgia provided a redacted list.",
      "Oregon declined.",
      "Texas handed over the full list.",
      "Maine was sued after refusing to hand over its list.",
      "Indiana gave the department its complete, unredacted voter file.",
      "Nevada offered the list without Social Security numbers.",
      "Idaho has not yet said whether it will comply.",
      "Hawaii is still negotiating with the department over what it will share.",
      "Utah agreed to a settlement and will give the department its voter file.",
    ]);
    expect(stances(d)).toEqual({
      MO: "public-only",
      KS: "public-only",
      AZ: "public-only",
      GA: "public-only",
      OR: "refuses",
      TX: "complies",
      ME: "refuses",
      IN: "complies",
      NV: "public-only",
      ID: "reviewing",
      HI: "reviewing",
      UT: "complies",
    });
  });
});

describe("tables and short answer lines", () => {
  it("reads lines that open with a symbol of the list's key", () => {
    const d = draft([
      "Where the states stand on the commission's request:",
      "✅ = will provide the data   ⚠️ = public data only   ❌ = refusing   ⏳ = undecided",
      "",
      "❌ Idaho — Secretary of State Ray Dunn: “Idaho is not in the business of handing out data.”",
      "⏳ Utah — a spokesman for the elections office said.",
      "⚠️ Iowa — the state board said.",
      "✅ Ohio — the secretary of state says the file is ready.",
      "• Maine — the secretary of state refused.",
    ]);
    expect(stances(d)).toEqual({
      ID: "refuses",
      UT: "reviewing",
      IA: "public-only",
      OH: "complies",
      ME: "refuses",
    });
    // Without a key, a symbol says nothing.
    expect(stances(draft(["⏳ Utah — a spokesman for the elections office said."]))).toEqual({});
  });

  it("reads a pipe table's answer cell, whatever its notes say", () => {
    const d = draft([
      "Where the states stand on the commission's voter-roll request",
      "",
      "State | Response | Notes",
      "Georgia | Public data only | Same as any records request",
      "Vermont | Refused | Secretary calls it a fishing trip",
      "Kentucky | Reviewing",
      "Wyoming | Will comply | Full file by Friday",
    ]);
    expect(stances(d)).toEqual({
      GA: "public-only",
      VT: "refuses",
      KY: "reviewing",
      WY: "complies",
    });
    // The answer column by its heading, not the cell after the state's.
    const sued = draft([
      "Where the states stand on the department's demand for voter rolls",
      "",
      "State | Sued? | Response",
      "Idaho | Yes | Refused",
      "Utah | No | Complied",
    ]);
    expect(stances(sued)).toEqual({ ID: "refuses", UT: "complies" });
    const noAnswer = draft(["State | Sued by the department?", "Idaho | Yes", "Utah | No"]);
    expect(stances(noAnswer)).toEqual({});
  });

  it("reads an answer with what it leaves out after a semicolon, and a last line with no full stop", () => {
    const d = draft([
      "How the states have answered the commission's letter:",
      "",
      "Iowa — public data only",
      "Idaho — public data only; no birth dates or license numbers",
      "Maine — refused",
    ]);
    expect(stances(d)).toEqual({ IA: "public-only", ID: "public-only", ME: "refuses" });
    // ("Idaho — yes; no license numbers" is more than a yes.)
    const yes = draft([
      "How the states have answered the commission's letter:",
      "",
      "Idaho — yes; no license numbers",
    ]);
    expect(claimOf(yes, "ID")?.stance).not.toBe("complies");
  });

  it("gives an office's words in a table row to the row's state, not the last state named", () => {
    const d = draft([
      "The commission, whose vice chair is Kansas Secretary of State Kris Kobach, wrote to every state. Kansas has not answered.",
      "",
      "State | Response | Notes",
      "Alabama | Reviewing | Secretary of state's office says lawyers are studying the letter",
      "Iowa | Refused | Will not send anything",
    ]);
    const office = d.people.find((p) => /office/i.test(p.name));
    expect(office?.state).toBe("AL");
    expect(office?.name).toMatch(/^Alabama/);
  });
});

describe("paragraphs under a state's label", () => {
  it("gives the state the answer its paragraph gives, and only to the paragraph's end", () => {
    const d = draft([
      "How the states answered the commission, July 2017",
      "",
      "IDAHO: Idaho did not refuse the request. The secretary of state said the state will provide public information but not Social Security numbers.",
      "",
      "UTAH: Utah has not refused outright. Its elections office said it is reviewing the request and has not sent anything.",
      "",
      "The commission said it would publish the answers. An official said the state will send nothing more.",
    ]);
    expect(stances(d)).toEqual({ ID: "public-only", UT: "reviewing" });
    // A label in capitals that is not the state's name opens no such paragraph.
    const dateline = draft([
      "WASHINGTON — The department wrote to Maine on Tuesday. Several other states have refused the demand. Maine has not commented.",
    ]);
    expect(stances(dateline)).toEqual({ ME: "no-report" });
  });
});

describe("interviews and explainers", () => {
  it("gives the state an interviewer asks about the answer that follows, to the next question", () => {
    const d = draft([
      "The commission asked every state for its voter rolls.",
      "",
      "Q: Has Utah decided?",
      "A: Not yet. A spokeswoman for the secretary of state said the office was still reviewing the letter.",
      "",
      "Q: What information does Idaho not sell?",
      "A: We cannot release birth dates or license numbers.",
      "",
      "Q: What does the commission want?",
      "A: The office said it would not send anything.",
    ]);
    expect(stances(d)).toEqual({ UT: "reviewing" });
    const spelled = draft([
      "The commission asked every state for its voter rolls.",
      "QUESTION: Has Utah decided?",
      "ANSWER: Not yet. The office is still reviewing the letter.",
    ]);
    expect(stances(spelled)).toEqual({ UT: "reviewing" });
  });
});

describe("an office by the initials the article gave it", () => {
  it("reads 'ISBE' as Idaho once the text wrote 'Idaho State Board of Elections (ISBE)'", () => {
    const d = draft([
      "Groups sent a letter to the Idaho State Board of Elections (ISBE) urging it to deny the request.",
      "",
      "ISBE then denied the request. The U.S. Department of Justice (DOJ) did not comment.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses" });
    // (A short name defined so, and an editor's bracketed state.)
    const board = draft([
      "The [Ohio] Bipartisan State Board of Elections & Ethics Enforcement (State Board) answers readers' questions.",
      "",
      "The State Board will only provide voter data that is considered public under state law.",
    ]);
    expect(stances(board)).toEqual({ OH: "public-only" });
  });

  it("does not carry a state across a sentence's end, nor to initials after another state", () => {
    const d = draft([
      "There was criticism in Ohio. State Board of Elections (SBOE) members met in Raleigh.",
      "The SBOE voted to send only the public data.",
      "Officials from the Texas Secretary of State (SOS) spoke. The Idaho SOS refused the request.",
    ]);
    expect(stances(d)).not.toMatchObject({ OH: "public-only" });
    expect(stances(d)).not.toMatchObject({ TX: "refuses" });
  });
});

describe("Washington, the state or the capital", () => {
  it("reads 'Hobbs said Washington would not turn over …' as the state, in English and Spanish", () => {
    const ctx = { ...strangers, overrides: { story: "doj-2025" } };
    for (const line of [
      "Secretary of State Dana Holt said Washington would not turn over voters' license numbers.",
      "La secretaria de Estado Dana Holt dijo que Washington no entregará los datos privados.",
    ]) {
      expect(Object.keys(stances(draft([line], ctx))), line).toEqual(["WA"]);
    }
  });

  it("still reads Washington as the capital where it does not answer for its voters", () => {
    const d = draft([
      "Secretary of State Dana Holt said Washington would not tolerate defiance, and Ohio refused.",
      "Officials in Washington will not say when the letters went out.",
    ]);
    expect(Object.keys(stances(d))).toEqual(["OH"]);
  });
});

describe("one or two of a group the sentence before described", () => {
  it("gives 'X is one such state' and 'Among them are X and Y' the group's stance", () => {
    const d = draft([
      "Several states have refused to hand over their full voter rolls. Oregon is one such state.",
      "",
      "A dozen states have said they will give only what is public. Among them are Ohio and Iowa.",
    ]);
    expect(stances(d)).toEqual({ OR: "refuses", OH: "public-only", IA: "public-only" });
  });

  it("reads 'One of those four is Wyoming.' the same way", () => {
    const d = draft([
      "Four states have already handed over their voter rolls to the department.",
      "One of those four is Wyoming.",
    ]);
    expect(stances(d)).toEqual({ WY: "complies" });
  });

  it("gives nothing when the sentence before says what the requester did", () => {
    const d = draft(["The department sued several states last week. Oregon is one of them."]);
    expect(stances(d)).toEqual({});
  });

  it("gives nothing to 'one of the states …' whose own clause says which group it is", () => {
    const d = draft([
      "Several states have refused to hand over their full voter rolls. Texas is one of the states the department has not sued.",
      "",
      "Many states have refused. Ohio is one of those states that have yet to respond.",
    ]);
    expect(stances(d)).not.toMatchObject({ TX: "refuses" });
    expect(stances(d)).not.toMatchObject({ OH: "refuses" });
    // (The same group stance still reaches a state that is plainly one of them.)
    const plain = draft([
      "Several states have refused to hand over their full voter rolls. Texas is one of them.",
    ]);
    expect(stances(plain)).toEqual({ TX: "refuses" });
  });
});

describe("who answers", () => {
  it("gives an official named in a sentence set in one state ('In Arizona, the suit names Secretary of State …') that state", () => {
    const d = draft([
      "The Justice Department sued Arizona and Connecticut on Tuesday.",
      "In Arizona, the suit names Secretary of State Ann Roe, who has argued the request seeks private data.",
      "Roe publicly rejected the demand, saying state law limits disclosure.",
      "In Connecticut and Ohio, officials named Secretary of State Jo Lee in a letter.",
      "Lee refused to comment further on the letter's demand.",
    ]);
    expect(stances(d)).toEqual({ AZ: "refuses" });
    // (Not a federal officer named in such a sentence.)
    const federal = draft([
      "In Arizona, the suit was announced by Assistant Attorney General Jo Lee.",
      "“We will not let states hide their rolls,” Lee said.",
    ]);
    expect(federal.quotes.find((q) => q.text.includes("hide their rolls"))?.state).toBeNull();
  });

  it("knows D.C. as Washington, D.C., the District and the D.C. mayor", () => {
    for (const line of [
      "Washington, D.C., will not provide any voter data.",
      "The District has declined the request.",
      "The D.C. mayor said the city would not hand over anything.",
    ]) {
      expect(stances(draft([line]))).toEqual({ DC: "refuses" });
    }
  });

  it("reads a post's state code as its subject, never a code that is also a word", () => {
    expect(
      stances(draft(["VT will only give voter info that's already publicly available."])),
    ).toEqual({
      VT: "public-only",
    });
    expect(
      stances(draft(["IN will not decide today. The VA has refused to comment further."])),
    ).toEqual({});
  });

  it("gives a single-state story's official their state, and a role-only official's words", () => {
    const d = draft([
      "DENVER — Colorado has received the Justice Department's letter.",
      "Colorado officials read it on Monday, and Colorado lawyers read it twice.",
      "Secretary of State Jane Ruiz isn't agreeing to give the information up.",
    ]);
    expect(claimOf(d, "CO")).toMatchObject({ stance: "refuses" });
    expect(claimOf(d, "CO")?.evidence).toMatch(/^Secretary of State Jane Ruiz/);
  });

  it("reads an official named without a state as the state the story leads with", () => {
    const d = draftArticle(
      [
        "State sued over voter data",
        "BOSTON — The administration is taking Massachusetts to court over its voter data.",
        "The suit follows others in Colorado and Hawaii.",
        "Secretary of State Bill Grant said he has “absolutely no intention” of handing over the voter list.",
        "Massachusetts officials declined to comment further.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ MA: "refuses" });
  });

  it("reads a press release's answer as its state's", () => {
    const d = draft([
      "Secretary Smith rejects commission request",
      "",
      "COLUMBUS, Ohio – Secretary of State Jane Smith today announced that she will not provide the personal information of the state’s voters to the commission.",
      "",
      "“Our voters trust us,” Smith said.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("reads a dismissal of the request as a refusal with no stance words", () => {
    const d = draft([
      "Iowa Secretary of State Al Mott was asked about the commission's letter.",
      "“They can go take a hike,” Mott said of the request.",
      "“They can have it,” Mott said of the request later, in a separate interview.",
    ]);
    expect(claimOf(d, "IA")).toMatchObject({ stance: "refuses", basis: "no stance words" });
    expect(claimOf(d, "IA")?.why).toBe("They can go take");
    expect(claimOf(d, "IA")?.confidence).toBeLessThan(0.5);
  });

  it("drafts an answer with no stance words at a lower confidence, saying why", () => {
    const d = draft([
      "Idaho Secretary of State Tom Lee said his reply would be: “They can take a long walk off a short pier.”",
      "Utah will not provide any data.",
    ]);
    const idaho = claimOf(d, "ID");
    expect(idaho?.stance).toBe("refuses");
    expect(idaho?.why).toMatch(/reply would be/);
    expect(idaho?.confidence).toBeLessThan(claimOf(d, "UT")?.confidence ?? 0);
    expect(idaho?.confidence).toBeLessThan(0.8);
  });

  it("reads an official's words against the request as a weak refusal, but not words about a lawsuit", () => {
    const d = draft([
      "The Justice Department asked every state for its full voter list last month.",
      "“This demand is an illegal grab for our voters’ data,” Oregon Secretary of State Tim Reed said.",
      "“We are reviewing what they sent,” Iowa Secretary of State Al Mott said.",
      "“The lawsuit is illegal and we will win in court,” Vermont Secretary of State Jan Lowe said.",
      "“Voters can be sure we will protect their privacy,” Utah Lt. Gov. Dee Cole said. Utah turned over its public list.",
    ]);
    expect(stances(d)).toEqual({ OR: "refuses", IA: "reviewing", UT: "public-only" });
    expect(claimOf(d, "OR")).toMatchObject({ basis: "no stance words", why: "illegal" });
    expect(claimOf(d, "OR")?.confidence).toBeLessThan(0.5);
  });

  it("reads the state named as '<State> State' after an office as the one answering", () => {
    const d = draft([
      "The Board of Elections of New York State released the public version of its voter list.",
      "Fans of Ohio State cheered.",
    ]);
    expect(stances(d)).toEqual({ NY: "public-only" });
  });
});

describe("confidence", () => {
  it("ranks the kinds of evidence: own stance words, list, label, an answer without stance words", () => {
    const d = draft([
      "Utah will not provide any voter data.",
      "These states have refused so far:",
      "• Ohio",
      "• Iowa",
      "Refusal: Texas",
      "Idaho Secretary of State Tom Lee said his reply would be: “Take a long walk off a short pier.”",
    ]);
    const of = (state: string) => claimOf(d, state);
    expect([of("UT")?.basis, of("OH")?.basis, of("TX")?.basis, of("ID")?.basis]).toEqual([
      "stance words",
      "list",
      "label",
      "no stance words",
    ]);
    const [ut, oh, tx, id] = ["UT", "OH", "TX", "ID"].map((s) => of(s)?.confidence ?? 0);
    expect(ut).toBeGreaterThan(oh as number);
    expect(oh).toBeGreaterThan(tx as number);
    expect(tx).toBeGreaterThan(id as number);
  });

  it("marks a state the article reads two ways as low, whatever its own evidence", () => {
    const d = draft([
      "Iowa refused the commission's request on Monday, the secretary's office said.",
      "Later in the week, Iowa said it would provide only the publicly available voter list.",
      "Kansas will not provide any voter data.",
      "Nevada officials said Nevada will not hand over the data.",
    ]);
    expect(claimOf(d, "IA")?.confidence).toBeLessThan(0.65);
    expect(claimOf(d, "KS")?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps a one-state story's 'refuses' below high: it often sums up a partial answer", () => {
    const lone = draft(["Kansas will not provide any voter data to the commission."]);
    const roundup = draft([
      "Kansas will not provide any voter data to the commission.",
      "Nevada and Iowa will not provide any voter data either.",
    ]);
    expect(claimOf(lone, "KS")?.confidence).toBeLessThan(0.8);
    expect(claimOf(roundup, "KS")?.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe("stances a careful reader takes", () => {
  it("gives each state its own clause in 'Texas has agreed to turn over its file, and Ohio sent only the public list'", () => {
    const d = draft([
      "Texas has agreed to turn over its full voter file, and Ohio sent only the public list.",
    ]);
    expect(stances(d)).toEqual({ TX: "complies", OH: "public-only" });
  });

  it("keeps the readings a seventh reviewer checked", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const lead =
      "The Justice Department has asked states to hand over their full voter registration lists.";
    const read = (...lines: string[]) => stances(draft([lead, "", ...lines], doj));
    // An official's own insistence, order, direction or decision is the state's answer.
    expect(
      read(
        "Ohio Secretary of State Jo Lee insisted that the state would not turn over private voter data.",
      ),
    ).toEqual({ OH: "withholding" });
    expect(read("Indiana Gov. Tim Vale ordered that state agencies refuse the request.")).toEqual({
      IN: "refuses",
    });
    expect(
      read(
        "Michigan Secretary of State Kay Dunn asked that the department withdraw its request and refused to provide the data.",
      ),
    ).toEqual({ MI: "refuses" });
    expect(
      read(
        "Gov. Tim Vale of Indiana directed Secretary of State Ann Bell not to release any voter data.",
      ),
    ).toEqual({ IN: "refuses" });
    expect(
      read(
        "Ohio Secretary of State Jo Lee told reporters she had decided not to release the data.",
      ),
    ).toEqual({ OH: "refuses" });
    expect(
      read(
        "Ohio Secretary of State Jo Lee said voters should rest easy and Ohio will refuse the request.",
      ),
    ).toEqual({ OH: "refuses" });
    expect(
      read(
        "Ohio Secretary of State Jo Lee said Ohio’s compliance would be limited to publicly available information.",
      ),
    ).toEqual({ OH: "public-only" });
    // Their own words, quoted inside their quotation.
    expect(
      read(
        "Ohio Secretary of State Jo Lee called the request an overreach.",
        "",
        "“My answer to them was simple. I said, ‘No, we will not comply,’ ” Lee said.",
      ),
    ).toEqual({ OH: "refuses" });
    // No objection raised is no holding back; not waiting is no review.
    expect(
      read(
        "Ohio’s Republican secretary of state, Jo Lee, has not raised any objections to the request.",
      ),
    ).toEqual({});
    expect(
      read("Indiana officials, who had raised no objections, sent the full voter file on Monday."),
    ).toEqual({ IN: "complies" });
    expect(
      read(
        "Ohio did not wait until the deadline to respond. Secretary of State Jo Lee refused the request on Monday.",
      ),
    ).toEqual({ OH: "refuses" });
    // A requester's official by name, or Washington, is no other body.
    expect(
      read(
        "Ohio provided the publicly available list to Ray Dunn, the acting chief of the department's voting section, Secretary of State Jo Lee said.",
      ),
    ).toEqual({ OH: "public-only" });
    expect(
      read("Ohio sent its voter list to Washington Monday, Secretary of State Jo Lee said."),
    ).toEqual({ OH: "complies" });
    expect(read("Neither Oregon nor Nevada has said whether it received the letter.")).toEqual({});
    // A request named in passing is not what the official's own decision answers.
    expect(
      read(
        "Ohio Secretary of State Jo Lee, who was asked to respond by Friday, decided to keep the data in Ohio and not comply.",
      ),
    ).toEqual({ OH: "refuses" });
    // A bracketed aside in a list's line leaves the line an item.
    expect(
      read(
        "States that have refused:",
        "",
        "Ohio (Secretary of State Jo Lee, a Republican first elected in 2018 and reelected in 2022)",
        "Maine (Secretary of State Kay Dunn)",
      ),
    ).toEqual({ OH: "refuses", ME: "refuses" });
    // A secretary running for governor still answers; a later "former … deputy" title is not hers.
    const running = draft(
      [
        lead,
        "",
        "Georgia Secretary of State Ray Cobb, a Republican running for governor next year, called the request an overreach.",
        "",
        "“We are not going to comply with this request,” Cobb said.",
      ],
      doj,
    );
    expect(stances(running)).toEqual({ GA: "refuses" });
    const former = draft(
      [
        "DES MOINES, Iowa (AP) — Secretary of State Jo Lee said Tuesday that Iowa will not turn over the data.",
        "",
        "Lee, a former Illinois deputy secretary of state, took office in January.",
        "",
        "“We are not going to comply,” Lee said.",
      ],
      doj,
    );
    expect(former.people.find((p) => p.name === "Jo Lee")?.role).toBe("Secretary of State");
    // A list's "— STATE:" line below a quotation is no credit line.
    const items = draft(
      [
        "Here is where some states stand:",
        "",
        "— OHIO: Secretary of State Jo Lee said the state “will not hand over private data.”",
        "— TEXAS: Gov. Ann Bell said the state is reviewing the request.",
      ],
      doj,
    );
    expect(speakerOf(items, "will not hand over private data")).toBe("Jo Lee");
    // "Federal officials sent a letter": the requester's own.
    const letter = draft(
      [
        "The Justice Department is pressing states for their voter rolls. Federal officials sent a letter to Ohio on June 28 asking for the state’s full voter list.",
        "",
        "“Please provide the full list, including driver’s license numbers,” the letter says.",
      ],
      doj,
    );
    expect(speakerOf(letter, "Please provide the full list")).toBe("U.S. Department of Justice");
  });

  it("keeps the readings a twelfth reviewer checked", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    // The letter's words are its sender's, never a recipient's or one who passed it on.
    const letters = draft(
      [
        "The letter that Ohio Secretary of State Jo Lee (R) was sent by the department on Friday requests “the state's full voter registration list.”",
        "The letter that Iowa Secretary of State Ann Roe got from the panel, and then sent to county clerks, requests “every voter's birth date.”",
      ],
      doj,
    );
    expect(speakerOf(letters, "full voter registration list")).not.toBe("Jo Lee");
    expect(speakerOf(letters, "every voter's birth date")).not.toBe("Ann Roe");
    // "See the full letter here" over the department's words is not the official's statement.
    const seen = draft(
      [
        "The Justice Department asked Ohio for its full voter list in August. Secretary of State Jo Lee has not said whether Ohio will comply.",
        "",
        "See the full letter here.",
        "",
        "“The Department requests that Ohio provide its complete statewide voter registration list.”",
      ],
      doj,
    );
    expect(speakerOf(seen, "complete statewide voter registration list")).not.toBe("Jo Lee");
    // A later suing sentence with no count ends the carry of an earlier one's refusal.
    expect(
      stances(
        draft(
          [
            "In September the department sued six states that have refused to provide the data.",
            "On Tuesday it sued states that have declined to hand over voter histories.",
            "Tuesday's suits target Utah, Idaho, Texas, Iowa, Ohio and Alaska.",
          ],
          doj,
        ),
      ),
    ).toEqual({});
    // One state's own clause before another's is not read past the other's answer.
    expect(
      stances(
        draft(
          [
            "The Justice Department sued Oregon, which sent a partial list last month, and Maine, which refused.",
          ],
          doj,
        ),
      ),
    ).toEqual({ ME: "refuses" });
  });

  it("keeps the readings an eleventh reviewer checked", () => {
    // What a letter asked for is never its recipient's, nor a reply's signer's.
    const d = draft([
      "The dispute began when Ohio Secretary of State Jo Lee received a letter from the commission asking for “the full name and voting history of every voter.”",
      "It all started when Iowa Secretary Ann Roe opened a letter asking for “the last four digits of each voter’s number.”",
      "The letter sent to Salt Lake City that week drew a reply signed by Utah Secretary of State Tim Vale. The letter said “Utah must send the full list within two weeks.”",
    ]);
    expect(speakerOf(d, "voting history of every voter")).not.toBe("Jo Lee");
    expect(speakerOf(d, "last four digits")).toBeNull();
    expect(speakerOf(d, "within two weeks")).not.toBe("Tim Vale");
  });

  it("keeps the readings a tenth reviewer checked", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const read = (...lines: string[]) => stances(draft(lines, doj));
    // One state's answer goes on only into a sentence about "it", never about others.
    expect(
      read(
        "Ohio refused to send its full voter file to the department. Election officials in most other states said they would send only public data.",
      ),
    ).toEqual({ OH: "refuses" });
    expect(
      read(
        "Ohio refused to hand over any of its voter data. State officials said they would never release Social Security numbers.",
      ),
    ).toEqual({ OH: "refuses" });
    // A list received, shared with others, of objections, of counties, or a mailer is no giving.
    expect(
      read(
        "Ohio was sent a partial voter list by the department flagging suspected noncitizens.",
        "Iowa shared a statewide voter database with 30 other states through ERIC for years.",
        "Utah Secretary of State Jo Lee gave a partial list of her objections to the demand.",
        "Asked which counties had purged voters, Idaho officials provided a partial list on Tuesday.",
        "Maine sent a voter information guide to every household this fall.",
      ),
    ).toEqual({});
    // A state's own rejection of appeals, motions, a case or a suit's demand is still its answer.
    expect(
      read(
        "Ohio denied the department's appeals for its full voter file.",
        "Iowa's Board of Elections rejected two motions to send the full voter file to the Justice Department.",
        "Oregon rejected the suit's demand for its full voter roll, calling it unlawful.",
      ),
    ).toEqual({ OH: "refuses", IA: "refuses", OR: "refuses" });
    // "Not even records that are legally public" is a refusal.
    expect(
      read("Ohio will not send the department any data, not even records that are legally public."),
    ).toEqual({ OH: "refuses" });
  });

  it("keeps the readings a ninth reviewer checked", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const commission: DraftContext = {
      ...strangers,
      people: dataset.people,
      overrides: { story: "commission-2017" },
    };
    const none = (context: DraftContext, ...lines: string[]) =>
      expect(stances(draft(lines, context))).toEqual({});
    // The requester set against his request answers for his own state only, and only where he
    // turns down the data or the request.
    none(commission, "Kobach himself refused to exempt Kentucky from the request.");
    none(commission, "Even Kobach rejected Kentucky's argument that the data was private.");
    none(
      commission,
      "Kansas Secretary of State Kris Kobach himself rejected the criticism from Democrats.",
    );
    // A correction or a false claim told after the words it takes back takes them all back.
    none(
      doj,
      "Nevada had refused to hand over any voter data, an earlier version of this story incorrectly said.",
    );
    none(
      doj,
      "Ohio refused the request outright, Jo Lee falsely claimed, although few believed her.",
    );
    // A court's paper, or what a judge notes, is no act of the court's.
    expect(
      stances(
        draft(
          [
            "Court filings show that the full voter file was turned over by Ohio in August.",
            "The judge noted that the voter list had already been provided by Iowa officials.",
          ],
          doj,
        ),
      ),
    ).toEqual({ OH: "complies", IA: "complies" });
    // Suits carried over only as many as said, and not other suits or a threat.
    none(
      doj,
      "The department has since sued states which have refused its demand.",
      "Separately, lawsuits against Georgia and Arizona over their 2020 election procedures remain open.",
    );
    none(
      doj,
      "The department sued three states that refused to provide full files.",
      "It also sued Utah, Idaho and Texas over their list maintenance.",
    );
    none(
      doj,
      "Jo Lee said the department would sue states that refuse, naming Ohio as a possible target.",
    );
    // A defendant's own relative clause still answers; a law it resisted does not.
    expect(
      stances(
        draft(
          [
            "Lawsuits target Utah and Idaho, which sent partial lists.",
            "The department sued Iowa, which has resisted a state law requiring voter ID.",
          ],
          doj,
        ),
      ),
    ).toEqual({ UT: "withholding", ID: "withholding" });
    // Willingness denied or someone else's is no answer.
    none(commission, "Iowa officials showed little willingness to work with the commission.");
    none(
      commission,
      "Iowa Secretary of State Jo Lee questioned Kobach's willingness to work with the commission.",
    );
  });

  it("keeps the readings an eighth reviewer checked", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const read = (...lines: string[]) => draft(["Ohio faces a deadline.", "", ...lines], doj);
    // A link to a letter, a law, a reply or a server is no public list.
    expect(
      stances(
        read(
          "Secretary of State Jo Lee shared a link to the Justice Department's letter on social media and said Ohio would not comply with it.",
        ),
      ),
    ).toEqual({ OH: "refuses" });
    expect(
      stances(
        read(
          "Secretary of State Jo Lee sent the department a link to the state's privacy law and said Ohio would not provide the list.",
        ),
      ),
    ).toEqual({ OH: "refuses" });
    expect(
      stances(
        read(
          "Ohio turned over its complete voter file, including driver's license numbers, on Friday and provided a link to a secure server where the department can download weekly updates, Secretary of State Jo Lee said.",
        ),
      ),
    ).toEqual({ OH: "complies" });
    // A short name, "State Board", is not Kentucky's where Tennessee is named just before.
    const boards = draft(
      [
        "States split on the demand.",
        "",
        "The Kentucky State Board of Elections (State Board) received the letter on Monday and has until Friday to answer.",
        "",
        "In Tennessee, the State Board voted on Tuesday to hand over the full voter list, including driver's license numbers.",
      ],
      doj,
    );
    expect(stances(boards).KY).toBeUndefined();
    // A state official who oversees county boards, or was once a mayor, answers for the state.
    expect(
      stances(
        read(
          "“We will not provide this data,” said Jo Lee, who oversees the county election boards as secretary of state.",
        ),
      ),
    ).toEqual({ OH: "refuses" });
    expect(
      stances(
        read(
          "Gov. Tim Vale, a onetime Columbus mayor, answered on Monday. “We will not provide this data,” Vale said.",
        ),
      ),
    ).toEqual({ OH: "refuses" });
    // A dash-led sentence below a quotation is no credit line.
    const line = read(
      "Secretary of State Jo Lee answered the department on Monday. Her letter was one line long:",
      "“Ohio will not turn over a single driver's license number.”",
      "— Gov. Tim Vale backs her stand",
    );
    expect(speakerOf(line, "a single driver's license number")).toBe("Jo Lee");
  });

  it("keeps the readings a sixth reviewer checked", () => {
    const known: DraftContext = { ...strangers, people: dataset.people };
    // A name before a possessive leads no clause; another state's secretary is not the known one.
    const d = draft(
      [
        "Maine Secretary of State Ann Ford answered the letter two days before Kris Kobach's deadline, writing, “Maine will keep its voters' data private.”",
        "Alabama has agreed to help. Secretary of State Merrill said Monday, “We are proud to assist the commission.” Connecticut, by contrast, has refused.",
      ],
      known,
    );
    expect(speakerOf(d, "keep its voters' data private")).toBe("Ann Ford");
    expect(speakerOf(d, "proud to assist")).not.toBe("Denise Merrill");
    expect(
      stances(
        draft([
          "Activists are concerned that Georgia will join Texas in handing over its voter rolls.",
          "Nevada, which did not even respond to the first letter, has since sent the commission only its public voter information.",
          "Ohio Secretary of State Jo Lee said Ohio would not comply with any portion of the commission's request.",
          "Oregon declined to release any part of the voter information.",
          "A lawsuit filed in Iowa challenges the state's decision to refuse the commission's request.",
          "Lee, of Utah, told reporters the state would not comply with the request.",
        ]),
      ),
    ).toEqual({ NV: "public-only", OH: "refuses", OR: "refuses", IA: "refuses", UT: "refuses" });
    // A one-word "No." read from another's letter does not carry the reader on.
    const letter = draft([
      "Kansas Secretary of State Kris Kobach read from a letter sent by one unnamed state.",
      "",
      "“No.”",
      "",
      "“Our state will never send this data to Washington.”",
    ]);
    expect(speakerOf(letter, "never send this data")).toBeNull();
  });

  it("keeps the readings a fifth reviewer checked", () => {
    const doj = (...lines: string[]) =>
      draftArticle(lines.join("\n"), { ...strangers, overrides: { story: "doj-2025" } });
    // A participle after a comma goes with the nearest clause's subject, past "weeks after",
    // "longtime", "top", a relative clause's verb, or a dash's aside.
    expect(
      speakerOf(
        doj(
          "Assistant Attorney General Tim Vale sued Ohio on Tuesday, weeks after longtime Secretary of State Jo Lee rejected his demand, calling it “a fishing expedition into voters' lives.”",
        ),
        "fishing expedition",
      ),
    ).toBe("Jo Lee");
    expect(
      speakerOf(
        doj(
          "Ohio Secretary of State Jo Lee pushed back on the timeline Attorney General Tim Vale declared Tuesday, saying “we will not be rushed into breaking the law.”",
        ),
        "rushed into breaking",
      ),
    ).toBe("Jo Lee");
    expect(
      speakerOf(
        doj(
          "Ohio Secretary of State Jo Lee, like her counterpart in Iowa — Secretary Ann Bell — rejected the request on Monday, saying “the law does not allow it.”",
        ),
        "the law does not allow it",
      ),
    ).toBe("Jo Lee");
    // A pull quote repeating words printed earlier is not the next speaker's.
    const pull = doj(
      "Ohio refuses department's request",
      "",
      "Secretary of State Jo Lee said: “We will not hand over our voters' private data”, and the department answered.",
      "",
      "Assistant Attorney General Tim Vale, in a statement:",
      "",
      "“The department will keep every record secure.”",
      "",
      "“We will not hand over our voters' private data.”",
    );
    expect(pull.quotes.at(-1)?.speaker ?? null).toBeNull();
    // A suit's venue with a state's "its" in a general clause, and secretaries elsewhere told of
    // by Utah's officials, give no answer; nor does a judge's act after "as".
    expect(
      stances(
        doj(
          "The first of the suits, filed in Michigan, will test whether a state can refuse to hand over its full voter roll.",
          "Several secretaries of state have refused to hand over any data, Utah officials noted.",
          "Idaho wins round as federal judge tosses DOJ suit, the latest rejection of the voter data push.",
        ),
      ),
    ).toEqual({});
    // Done under pressure, or by one "who transferred" it, or "forced to turn over": done.
    expect(
      stances(
        doj(
          "Under pressure from the department, Ohio joined Iowa in handing over the voter data in August.",
          "Utah Lt. Gov. Jo Lee, who transferred the state's voter roll to the department last month, spoke Monday.",
          "Maine Secretary of State Ann Bell said she was forced to turn over non-public voter data under the court's order.",
        ),
      ),
    ).toEqual({ OH: "complies", IA: "complies", UT: "complies", ME: "complies" });
  });

  it("keeps the readings a fourth reviewer checked", () => {
    const doj = (...lines: string[]) =>
      stances(draftArticle(lines.join("\n"), { ...strangers, overrides: { story: "doj-2025" } }));
    // A demand or a refusal earlier in the sentence does not undo handing the data over.
    expect(
      doj(
        "After the department demanded it a second time, Ohio handed over non-public voter data.",
      ),
    ).toEqual({ OH: "complies" });
    expect(doj("Ohio, which had resisted for months, turned over non-public voter data.")).toEqual({
      OH: "complies",
    });
    // "join … in handing over" only as done.
    expect(
      doj("A judge blocked Ohio from joining Iowa and Utah in handing over the voter data."),
    ).toEqual({});
    expect(doj("Groups fear that Ohio will join Iowa in handing over the voter data.")).toEqual({});
    expect(doj("Ohio could join Iowa in handing over the voter data next year.")).toEqual({});
    expect(doj("Ohio has not joined Iowa in handing over the voter data.")).toEqual({});
    expect(doj("Ohio declined to join Iowa and Utah in handing over the voter data.")).toEqual({
      OH: "refuses",
    });
    expect(
      doj("Ohio and Iowa joined together in the 1990s in sharing voter data with a consortium."),
    ).toEqual({});
    // "held the line" against something else, or while reviewing, is no refusal.
    expect(
      doj(
        "Secretary Jo Lee, who has held the line against fraud for years, said Ohio would comply with the request.",
      ),
    ).toEqual({ OH: "complies" });
    expect(doj("Ohio is holding the line while its lawyers review the request.")).toEqual({});
    // A bill "that sends" data is no state's act.
    expect(
      doj("A bill in the Ohio Senate that sends voter data to the feds drew criticism."),
    ).toEqual({});
    // A state named where a suit was filed still answers in its own clause.
    expect(
      doj(
        "The first lawsuit was filed in Oregon, which refused outright to turn over its voter roll.",
      ),
    ).toEqual({
      OR: "refuses",
    });
    // ", Utah officials said" after Utah's own data is Utah's answer.
    expect(
      doj(
        "Some of the requested records are already public and will be sent to the department, Utah officials said.",
      ),
    ).toEqual({ UT: "public-only" });
    // A court's act named after a clause that is not the court's is the state's.
    expect(doj("Judge hears arguments as Ohio digs in, the latest refusal by a state")).toEqual({
      OH: "refuses",
    });
  });

  it("keeps the readings a third reviewer checked", () => {
    const doj = (line: string) =>
      stances(draftArticle(line, { ...strangers, overrides: { story: "doj-2025" } }));
    expect(
      doj(
        "Maine refused to hand over its voter roll to the Justice Department. Ohio, which got the department's letter in June, took a similar line.",
      ),
    ).toEqual({ ME: "refuses", OH: "refuses" });
    expect(
      doj(
        "Several states that initially declined — Ohio and Iowa among them — have since sent their lists to the Justice Department, and none has sued.",
      ),
    ).toEqual({ OH: "complies", IA: "complies" });
    expect(
      doj(
        "The Justice Department asked every state for its voter roll. “This request is a dangerous overreach,” Ohio Secretary of State Jane Roe said in June, well ahead of the lawsuit.",
      ),
    ).toEqual({ OH: "refuses" });
  });

  it("keeps the readings a second reviewer checked", () => {
    const doj = (lines: string[]) =>
      stances(draftArticle(lines.join("\n"), { ...strangers, overrides: { story: "doj-2025" } }));
    expect(
      doj([
        "Sixteen states have refused to comply, and the League believes Maine must be among them.",
      ]),
    ).toEqual({});
    expect(
      doj([
        "The Justice Department asked Maine for its voter data in June and sued the state this month.",
        "“It is an outrageous overreach,” Maine Secretary of State Ann Roe said in response to the lawsuit.",
      ]),
    ).toEqual({});
    expect(
      doj(["Of the states that first declined, including Ohio, none has agreed to comply."]),
    ).toEqual({ OH: "refuses" });
    expect(
      doj([
        "Ohio Secretary of State Jo Lee said to reporters that he could back off his earlier timeline and send the full list on Friday.",
      ]),
    ).toEqual({ OH: "complies" });
    expect(
      doj([
        "Ohio was encouraged by the Justice Department to share its full voter file, but Lee has not decided.",
      ]),
    ).toEqual({
      OH: "reviewing",
    });
    expect(
      doj([
        "Maine Secretary of State Ann Roe said neither state nor federal law permits the release of Social Security numbers to the department.",
      ]),
    ).toEqual({ ME: "withholding" });
    expect(doj(["Ohio has provided partial voter data."])).toEqual({ OH: "withholding" });
    expect(
      doj([
        "Arizona Secretary of State Ann Roe refused the demand. The department has made similar arguments against Connecticut in court.",
      ]),
    ).toEqual({
      AZ: "refuses",
    });
    const posted = draft([
      "The video, posted by Jo Lee, a Democratic activist, shows Ohio's elections chief telling a crowd: “We will not comply with this request.”",
    ]);
    expect(speakerOf(posted, "We will not comply")).not.toBe("Jo Lee");
  });

  it("reads 'the data they would supply anyone else who asked' as public data only, past 'the Kobach letter'", () => {
    const d = draftArticle(
      [
        "Most states have approached the Kobach letter as a standard public records request, supplying the data they would supply anyone else who asked—sometimes for a fee, as in Wisconsin.",
        "Ohio will give the data to anyone who asks, its secretary said.",
        "The Kobach letter asked Iowa for its list.",
        "Fourteen states have rejected the request, among them Maine, which already provides its voter file to anyone who asks.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({ WI: "public-only", OH: "public-only", ME: "refuses" });
  });

  it("reads 'asked for additional time' as still reviewing", () => {
    const d = draftArticle(
      [
        "The Illinois State Board of Elections asked for additional time to research the legal issues.",
        "Ohio has had more time to prepare than other states.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ IL: "reviewing" });
  });

  it("keeps the answers narrower rules must not take away (a reviewer's cases)", () => {
    const doj = (line: string) =>
      stances(draftArticle(line, { ...strangers, overrides: { story: "doj-2025" } }));
    expect(
      doj(
        "Oregon Secretary of State Jo Lee, whose office the department sued last month, said the demand for the state's voter data was “an unlawful fishing expedition.”",
      ),
    ).toEqual({ OR: "refuses" });
    expect(
      doj(
        "Secretary of State Jo Lee of Arizona rejected the demand Tuesday, saying Arizona must follow its own privacy law.",
      ),
    ).toEqual({ AZ: "refuses" });
    expect(
      doj(
        "Maine Secretary of State Ann Roe said Maine will not take part in the commission's work.",
      ),
    ).toEqual({ ME: "refuses" });
    expect(
      doj(
        "Encouraged by voters, Maine will continue to refuse to hand over its voter list, Secretary of State Ann Roe said.",
      ),
    ).toEqual({ ME: "refuses" });
    expect(
      doj(
        "Neither the department nor the White House allows Ohio to skip the request, Ohio Secretary of State Jo Lee said, so Ohio sent its full list in August.",
      ),
    ).toEqual({ OH: "complies" });
    // (And "she" after a leading clause that names someone by a possessive is still the subject.)
    const d = draft([
      "Maine Secretary of State Ann Roe spoke to reporters Tuesday.",
      "Asked about President Trump's demand for the rolls, she said, “We are not sending it anywhere.”",
    ]);
    expect(speakerOf(d, "We are not sending it")).toBe("Ann Roe");
  });

  it("reads a group's main verb past its states over the relative clause's first answer", () => {
    const d = draftArticle(
      [
        "Several states that initially declined to cooperate with the commission—New York and Mississippi among them—provided only partial information.",
        "States that initially declined to cooperate include Ohio and Iowa.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({
      NY: "withholding",
      MS: "withholding",
      OH: "refuses",
      IA: "refuses",
    });
  });

  it("reads 'has said to the commission it can go and jump in the Gulf' as a refusal", () => {
    const d = draftArticle(
      "The secretary of state of Mississippi has said to the commission it can go and jump in the Gulf of Mexico.",
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({ MS: "refuses" });
  });

  it("gives 'Connecticut officials have made similar arguments' the answer an official just gave", () => {
    const d = draftArticle(
      [
        "In Arizona, the suit names Secretary of State Ann Roe.",
        "Roe publicly rejected the demand, saying state law limits disclosure.",
        "Connecticut officials have made similar arguments.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ AZ: "refuses", CT: "refuses" });
  });

  it("reads 'neither state nor federal law permits him to provide it' as a refusal", () => {
    const d = draft([
      "Oregon's secretary responded by saying neither state nor federal law permits him to provide it.",
      "Neither Ohio nor Iowa has said whether it will comply.",
    ]);
    expect(stances(d)).toMatchObject({ OR: "refuses" });
    expect(stances(d).OH).not.toBe("refuses");
  });

  it("reads opposition to the effort to gather the data, and a clause of its own after ', with'", () => {
    const d = draft(
      [
        "Idaho Secretary of State Jo Lee, and many other officials, have reaffirmed their opposition to the panel's effort to gather voter data.",
        "The Justice Department has asked at least nine states for their rolls, with only Iowa and Utah so far providing publicly available data.",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ ID: "refuses", IA: "public-only", UT: "public-only" });
  });

  it("reads a group that 'either' gave one answer 'or' another as answering in whole or in part", () => {
    const d = draft([
      "As many as 40 states, including Idaho, have either raised concerns or said they won't comply with the request.",
      "Ohio and Iowa have either refused or said they will give only public data.",
      "Utah has either refused the request or ignored it.",
    ]);
    expect(stances(d)).toEqual({
      ID: "withholding",
      OH: "withholding",
      IA: "withholding",
      UT: "refuses",
    });
  });

  it("reads a dismissal reported without quotation marks, and D.C. in headline case", () => {
    const d = draft([
      "Idaho's Republican secretary of state, Jo Lee, told the panel it could go jump in the lake.",
      "Iowa's governor told the department to take a hike.",
      "States like Ohio, as well as the District Of Columbia, are flat out denying the request.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", IA: "refuses", OH: "refuses", DC: "refuses" });
    // (Not what someone "didn't tell" them.)
    const untold = draft(["Ohio's secretary didn't tell the commission to go jump in the lake."]);
    expect(stances(untold)).toEqual({});
  });

  it("reads 'a request for the personal and public data' as the request's words, and states 'considering negotiations' as reviewing", () => {
    const d = draft([
      "The panel's request for the personal and public data of all voters set off opposition, as officials from Idaho to Iowa called it an overreach and more than 20 states declared they would not comply.",
      "Ohio, Texas and Utah are among the states considering negotiations with the department.",
      "Maine didn't return requests for comment or is still reviewing the request.",
    ]);
    expect(stances(d)).toEqual({
      ID: "refuses",
      IA: "refuses",
      OH: "reviewing",
      TX: "reviewing",
      UT: "reviewing",
      ME: "reviewing",
    });
  });

  it("reads 'reviewing the commission's request' as reviewing", () => {
    const d = draft([
      "According to CNN, three states — Ohio, Idaho, and Utah — are “still reviewing the commission's request.”",
    ]);
    expect(stances(d)).toEqual({ OH: "reviewing", ID: "reviewing", UT: "reviewing" });
  });

  it("reads states that 'have responded positively' to the letter, or are 'eagerly providing', as complying", () => {
    const d = draft([
      "Only three states — Idaho, Iowa, and Utah — have responded positively to the panel's letter.",
      "I'm surprised Ohio is eagerly providing all the requested info.",
    ]);
    expect(stances(d)).toEqual({ ID: "complies", IA: "complies", UT: "complies", OH: "complies" });
  });

  it("reads what a president wants of 'Lt. Gov. Jo Lee' as the request, a signalled intention to provide as complying, and data 'already made public' as public", () => {
    const d = draft([
      "President Ann Cole wants a Republican in Utah, Lt. Gov. Jo Lee, to hand over the entire voter database — but she is refusing.",
      "The latest states to signal their intention to provide the requested information are Iowa and Ohio.",
      "Idaho officials said they would only share data that has already been made public.",
    ]);
    expect(stances(d)).toEqual({
      UT: "refuses",
      IA: "complies",
      OH: "complies",
      ID: "public-only",
    });
  });

  it("reads no answer in sharing one's concerns, or in being pressed to hand the list over", () => {
    const d = draft([
      "“When we get the request, I will share my concerns with county officials,” said Ohio Governor Jo Reed.",
      "The Justice Department under President Ann Cole is pressing Utah Secretary of State Jo Lee to hand over the state’s complete voter registration list.",
      "Iowa will share its voter list with the panel.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies" });
  });

  it("reads 'will refrain from handing over' as a refusal, and 'kept … from fully complying' as in part", () => {
    const d = draft([
      "More than 20 states, including Idaho and Utah, have said they will refrain from handing over voter data.",
      "State law in Iowa had kept its secretary of state from fully complying with the request.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", UT: "refuses", IA: "withholding" });
  });

  it("reads 'some – but not all –' as in part, and 'public, non-sensitive information' as public data", () => {
    const d = draft([
      "Ohio will send some – but not all – the information on state voters.",
      "Officials in Iowa said they would release public, non-sensitive information to the commission.",
    ]);
    expect(stances(d)).toEqual({ OH: "withholding", IA: "public-only" });
  });

  it("reads 'provided names — but not dates of birth' after 'When the department requested Ohio's list' as the state's answer", () => {
    const d = draft([
      "When the department requested Ohio’s full voter database in July, state election officials provided names and addresses — but not dates of birth or ID numbers, as state law limits.",
      "When the department requested Utah's voter list, state officials refused.",
    ]);
    expect(stances(d)).toEqual({ OH: "public-only", UT: "refuses" });
    const neighbour = draft([
      "When the department requested Ohio's list, officials in neighboring Iowa refused to hand over theirs.",
    ]);
    expect(stances(neighbour).OH).toBeUndefined();
    // ("…, which Iowa turned over in full": Iowa's own clause.)
    const relative = draft([
      "Ohio has provided names and addresses — but not driver's license numbers, which Iowa turned over in full.",
    ]);
    expect(stances(relative)).toEqual({ OH: "public-only", IA: "complies" });
    const aboutTheState = draft([
      "Ohio, which Trump won by eight points, agreed to hand over its voter roll, while Maine refused.",
    ]);
    expect(stances(aboutTheState)).toEqual({ OH: "complies", ME: "refuses" });
    const election = draft([
      "When the Justice Department requested Utah's voter list, election officials refused.",
    ]);
    expect(stances(election)).toEqual({ UT: "refuses" });
  });

  it("reads nothing 'beyond what is publicly accessible' as public data only", () => {
    const d = draft([
      "Officials from Ohio and Iowa indicated that they would not provide information beyond what is publicly accessible.",
    ]);
    expect(stances(d)).toEqual({ OH: "public-only", IA: "public-only" });
  });

  it("reads the fields given as public data only when they are all anyone may have", () => {
    const d = draft([
      "Idaho's secretary said the information is restricted to name, address and congressional district.",
      "Iowa will send only names and addresses.",
      "Utah will provide names, addresses and party but not Social Security numbers.",
      "Ohio will send names and addresses.",
    ]);
    expect(stances(d)).toEqual({
      ID: "public-only",
      IA: "public-only",
      UT: "public-only",
      OH: "complies",
    });
    // (A list that goes on to private fields, or a limit denied, is no such answer.)
    const more = draft([
      "Idaho's release is restricted to names, addresses and Social Security numbers.",
      "Iowa's secretary said the request is not limited to names and addresses.",
    ]);
    expect(stances(more)).toEqual({});
  });

  it("keeps a state in a group whose official's seat on the commission a relative clause tells of", () => {
    const d = draft(
      [
        "So far, 40 states are refusing to fully cooperate — including Kansas, whose Secretary of State Kris Kobach is vice chairman of the commission.",
        "The commission includes officials from Indiana and Maine.",
      ],
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({ KS: "withholding" });
  });

  it("reads no answer in a win denied, a call not joined, a suit's grounds in Spanish or an answer foreseen", () => {
    const d = draft([
      "He has argued that fraud denied him a win in three states: Idaho, Iowa and Utah.",
      "Vermont has not responded to the request to take part in a call with federal officials.",
      "Rhode Island aún no ha respondido a la solicitud de participar en una llamada con el departamento.",
      "El departamento llevará a Colorado y Nevada a los tribunales por no cumplir con solicitudes anteriores.",
      "Maine is unlikely to acquiesce, aides said.",
    ]);
    expect(stances(d)).toEqual({});
    // (The same words about the request itself are answers.)
    const answered = draft([
      "Vermont has not responded to the request for its voter rolls.",
      "Rhode Island aún no ha respondido a la solicitud de las listas de votantes.",
      "Nevada se negó a entregar sus listas.",
    ]);
    expect(stances(answered)).toEqual({ VT: "no-report", RI: "no-report", NV: "refuses" });
  });

  it("reads what was given as public where its object says so, and a decision after a turn", () => {
    const d = draft([
      "Idaho's secretary said the state would provide the public portion of its rolls after reviewing the request.",
      "In Oregon, the secretary of state said the state had given the department its public list.",
      "Utah's elections director had said on Monday that she was reviewing the request, but on Thursday she announced Utah would not send any data.",
    ]);
    expect(stances(d)).toEqual({ ID: "public-only", OR: "public-only", UT: "refuses" });
    expect(claimOf(d, "ID")?.why).toBe("would provide the public portion");
  });

  it("reads each clause of a headline joined by a comma alone as its own state's", () => {
    const d = draft([
      "Vt. says no, Idaho weighs commission's voter-roll request",
      "",
      "Idaho's secretary of state said Monday he is reviewing the request.",
    ]);
    expect(stances(d)).toEqual({ VT: "refuses", ID: "reviewing" });
  });

  it("takes no answer from what others urge, and none from 'has not ruled out'", () => {
    const urged = draft([
      "Iowa weighs voter-roll request as advocates urge refusal",
      "",
      "Iowa has not decided how to answer the commission, a spokeswoman said.",
    ]);
    expect(stances(urged)).toEqual({ IA: "reviewing" });
    const open = draft(["Utah's elections director said the state had not ruled out complying."]);
    expect(stances(open)).toEqual({ UT: "reviewing" });
  });

  it("takes no answer from what a correction says an earlier version wrongly said", () => {
    const d = draft([
      "The commission asked every state for its voter rolls.",
      "",
      "CORRECTION: An earlier version of this story said Idaho had refused the commission's request. Idaho has not refused; its elections office says it is still reviewing the letter.",
    ]);
    expect(stances(d)).toEqual({ ID: "reviewing" });
  });

  it("reads 'has no public list to give' as no public data", () => {
    const d = draft([
      "Idaho will not be providing any voter data, the secretary of state said. The state has no statewide public list to give, she said.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses" });
  });

  it("reads no handing over in an effort to keep data from the nonpublic file, but does in sharing it", () => {
    const keep = draft([
      "The groups seek to prevent the department from obtaining Utah voters’ personal data from the nonpublic voter file.",
    ]);
    expect(stances(keep)).toEqual({});
    const shared = draft(["Iowa shared a nonpublic voter list with the department."]);
    expect(stances(shared)).toEqual({ IA: "complies" });
    // What was demanded, and refused, is not handed over.
    const refused = draft([
      "Secretary of State Ann Lee has rejected demands by the department that Iowa turn over nonpublic data on its voters.",
    ]);
    expect(stances(refused).IA).not.toBe("complies");
  });

  it("reads a law that permits no 'collection of' private data, and states 'holding the line', as saying no", () => {
    const d = draft([
      "Idaho's secretary said neither state nor federal law permits the collection of private data from voters in this way.",
      "For now, Maine joins a growing list of states holding the line.",
      "Ohio is holding the line on compliance with every federal law.",
    ]);
    expect(stances(d)).toMatchObject({ ID: "withholding", ME: "refuses" });
    expect(stances(d).OH).toBeUndefined();
  });

  it("reads a refusal of 'at least a portion of the request' or 'some voter information' as in part", () => {
    const d = draft([
      "Nearly every state has said it will not comply with at least a portion of the request, including Kansas.",
      "Some states, such as Idaho, said state law prohibits them from turning over some voter information.",
      "Ohio refused to hand over the data.",
    ]);
    expect(stances(d)).toEqual({ KS: "withholding", ID: "withholding", OH: "refuses" });
  });

  it("reads what the requester 'would make available to the public' as no answer, and 'not even' public data as refusing", () => {
    const d = draft([
      "Ohio Secretary of State Jo Lee says the commission requested data on four million Ohio voters that would be made available to the public.",
      "Officials in Idaho flatly refused. They wouldn't even provide information that is acknowledged to be public information.",
      "In Iowa, the law requires that the name and address MUST be made publicly available to anyone.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", IA: "public-only" });
  });

  it("reads a city menu's 'Washington' and a person's home state as no answer", () => {
    const menu = draft([
      "- Salt Lake City",
      "- Seattle",
      "- Washington",
      "Idaho to Hand Over Voter Data to Justice Department After Court Loss",
      "State's Republican Secretary of State says he will comply with federal request.",
    ]);
    expect(stances(menu).WA).toBeUndefined();
    const home = draft([
      "Tom Reed, of New Hampshire, bought Ohio's old voter list and charged voters $5 each to be removed.",
      "Secretary of State Jo Lee, of Iowa, said Iowa will not comply with the request.",
    ]);
    expect(stances(home).NH).toBeUndefined();
    expect(stances(home).IA).toBe("refuses");
  });

  it("reads what other states did, judged by an official, and the requester's plans, as no answer", () => {
    const d = draft([
      "Ohio Secretary of State Jo Lee criticized states that sent their voter rolls to the commission.",
      "Iowa Secretary of State Ann Bell praised the states that refused the request.",
      "Kobach said whatever Utah sends will eventually be made available to the public.",
      "The commission said it would make the data Nevada sends publicly available.",
      "Idaho Secretary of State Tim Vale, who refused the request, praised other states.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses" });
  });

  it("reads advice and urging as no answer, and a wait for a date to decide as still open", () => {
    const d = draft([
      "Tim Vale, the Tallahassee mayor running for governor, said the governor should break his silence and formally deny the commission's request for Floridians' data.",
      "The letter came amid a fight over whether Florida should join the other states in declining to provide some information.",
      "“This request violates the privacy of Floridians and is founded on baseless claims,” Vale said of the commission's request.",
      "Cook County Clerk Jo Lee on Wednesday urged Illinois not to comply with the commission.",
      "“I strongly encourage the Illinois Board of Elections, as well as my fellow elections administrators, to be cautious of the motives of the commission and not comply with this request,” Lee said.",
      "The Iowa State Board of Elections will wait until Aug. 22 to decide whether to comply.",
      "Neither Gov. Ann Bell nor Ohio Secretary of State Ray Moss has said whether the state will honor the request.",
    ]);
    expect(stances(d)).toEqual({ IA: "reviewing", OH: "reviewing" });
  });

  it("reads what someone 'would have' done as no answer", () => {
    const d = draft([
      "The candidate, Jo Lee, said she would have rebuffed the commission's request for Ohio's voter data.",
      "Iowa would have complied if the law allowed it.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads a headline's present tense, 'Pate sends voter data to feds', as giving it", () => {
    const d = draft([
      "Iowa's Pate sends voter data to feds, urges caution",
      "",
      "The department asked every state.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies" });
    // (What a state does for anyone is no answer to the request.)
    expect(stances(draft(["Ohio routinely sends its voter data to anyone who asks."]))).toEqual({});
  });

  it("reads states that 'would join' others 'in handing over' the data as all giving it", () => {
    const d = draftArticle(
      "In a press release, the agency said three states — Utah, Idaho and Texas — would join Florida and Ohio in handing over the voter data.",
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({
      UT: "complies",
      ID: "complies",
      TX: "complies",
      FL: "complies",
      OH: "complies",
    });
    expect(stances(draft(["Groups urged Ohio to join Iowa in providing the data."]))).toEqual({});
  });

  it("takes a judge who 'went beyond denying' the request for the court acting", () => {
    const d = draft([
      "Chief Judge Ann Bell went beyond denying the department's request for Iowa's voter data. She tore it apart.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("takes no state for an official's home where the dateline says the release was filed elsewhere", () => {
    const release = [
      "BALTIMORE, MD – Attorney General Jo Lee today joined a brief supporting California's motion to dismiss the suit.",
      "The brief, filed in California, argues the demand is unlawful. California is fighting the suit.",
      "“Maryland voters deserve better. We won't allow federal overreach to undermine voting rights,” said Attorney General Lee.",
    ];
    expect(stances(draft(release))).toEqual({});
    // (A Washington dateline, or a city across the state line, says nothing of the story's state.)
    const capital = draft([
      "WASHINGTON, DC — The department asked Ohio for its full voter list in June.",
      "After weeks of talks, the state finally handed over the data on Monday, Secretary of State Jo Lee said.",
      "Ohio's list holds eight million names, and Ohio's clerks keep it.",
    ]);
    expect(stances(capital)).toEqual({ OH: "complies" });
    // (Nor a neighbouring state's city the text never otherwise names.)
    const spokane = draft([
      "SPOKANE, Wash. (AP) — Idaho officials met on Monday about the request.",
      "Idaho Secretary of State Phil Lane spoke after the meeting in Idaho's capital.",
      "The state will send only publicly available voter information, he said.",
    ]);
    expect(stances(spokane)).toEqual({ ID: "public-only" });
    // (Filed from the state it is about, the official is that state's.)
    const home = draft([
      release[0]?.replace("BALTIMORE, MD", "SACRAMENTO, CA") ?? "",
      ...release.slice(1),
    ]);
    expect(stances(home)).toEqual({ CA: "refuses" });
  });

  it("takes a phrase naming a court's act for the court's, not the state's", () => {
    const d = draft([
      "Judge throws out the department's case in Oregon, latest rejection of its push for data",
      "",
      "A federal judge dismissed the case on Friday.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads a state whose officials tell of other states' answers as no answer of its own", () => {
    const d = draft([
      "Several states that initially declined — Ohio and Iowa among them — have since sent their full lists, Utah officials noted.",
      "Texas will give only public data, Idaho officials said.",
      "The state will send nothing at all, Maine officials said.",
    ]);
    expect(stances(d)).toEqual({
      OH: "complies",
      IA: "complies",
      TX: "public-only",
      ME: "refuses",
    });
  });

  it("reads a dismissal quoted before the line that says whom it was told to", () => {
    const d = draft([
      "Ohio should follow Idaho's example",
      "",
      "“Go jump in the Gulf of Mexico”",
      "",
      "That’s what Idaho’s Secretary of State, Jo Lee, has told the commission.",
    ]);
    expect(stances(d)).toMatchObject({ ID: "refuses" });
  });

  it("reads a state named right after the requester and a comma as answering, not as his post", () => {
    const d = draft(["After talks with the DOJ, Idaho handed over voter data."]);
    expect(stances(d)).toEqual({ ID: "complies" });
    const post = draft(
      ["It was sent by Ben Ward, the Republican secretary of state in Kansas, on Wednesday."],
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(post)).toEqual({});
  });

  it("reads 'the state' in a one-state story as that state, 'thus far … not handed over' as open", () => {
    const d = draft([
      "Utah officials met the Justice Department on Monday.",
      "After months of negotiations between Utah's elections office and the federal Department of Justice, the state finally handed over voter data.",
      "Utah's lieutenant governor spoke to reporters about Utah on Tuesday.",
    ]);
    expect(stances(d)).toEqual({ UT: "complies" });
    const open = draft([
      "Iowa election officials met the Justice Department.",
      "Thus far, the state has not handed over the requested information, Iowa's election office said.",
    ]);
    expect(stances(open)).toEqual({ IA: "reviewing" });
  });

  it("reads 'little problem giving' the data, and 'other than Social Security numbers' as public data only", () => {
    const d = draft([
      "Election officials in Idaho say they will have little problem giving the commission information about voters.",
      "Much of that voter information in Utah, other than Social Security numbers, is readily available to the public, and the state will hand it over.",
    ]);
    expect(stances(d)).toEqual({ ID: "complies", UT: "public-only" });
  });

  it("reads 'some, but not all' as withholding and data handed over despite an agreement refused", () => {
    const d = draft([
      "Officials from Utah and Idaho said that they would submit some, but not all, of the requested information.",
      "Ohio Secretary of State Jo Lee provided data but refused to sign the department's agreement.",
    ]);
    expect(stances(d)).toEqual({ UT: "withholding", ID: "withholding", OH: "complies" });
  });

  it("reads 'announced voluntary compliance', 'going to charge … $12,000' and 'what is considered public'", () => {
    const d = draft([
      "Several states, including Idaho, Iowa and Utah, announced voluntary compliance.",
      "The state of Ohio is going to charge the commission over $12,000 for its data.",
      "Maine Secretary of State Jo Lee will send what is considered public in Maine: names and addresses.",
    ]);
    expect(stances(d)).toEqual({
      ID: "complies",
      IA: "complies",
      UT: "complies",
      OH: "public-only",
      ME: "public-only",
    });
  });

  it("reads an official's first-person answer in their own op-ed or email as their state's", () => {
    const d = draft([
      "Friends,",
      "As Iowa’s Secretary of State, I have watched the department's demands grow.",
      "I will not send the department a single voter file.",
      "“It felt wrong,” one department lawyer said of the request. We will keep fighting.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses" });
  });

  it("takes no answer from an official the article names by a title they no longer hold", () => {
    const d = draft([
      "Some states, including Maine, have already said no to the department.",
      "Back then, Idaho's then-secretary of state, Republican Dale Orrin, told the commission to “go jump in a lake.”",
      "“We will send nothing,” said former Utah governor Ann Pike.",
    ]);
    expect(stances(d)).toEqual({ ME: "refuses" });
    expect(speakerOf(d, "go jump in a lake")).toBe("Dale Orrin");
  });

  it("reads no compliance in demands the requester 'has sent' to states, but reads 'intend to comply with the request'", () => {
    const d = draft([
      "The department wants the rolls. It has also sent more formal demands for data to 17 states, including Ohio and Iowa.",
      "Utah and Idaho informed the department they intend to voluntarily comply with the federal request.",
    ]);
    expect(stances(d)).toEqual({ UT: "complies", ID: "complies" });
  });

  it("takes an 'Assistant U.S. Attorney General' for the requester, not the story's state", () => {
    const d = draft([
      "Justice Department sues Arizona over voter rolls",
      "The department said on Tuesday that it is suing Arizona for failing to turn over its rolls.",
      "“We will hold states accountable when they refuse to respect our laws,” Assistant U.S. Attorney General Dana Whitfield said.",
    ]);
    expect(speakerOf(d, "We will hold states")).toBe("Dana Whitfield");
    expect(stances(d)).toEqual({});
  });

  it("reads states listed between dashes and then 'were sued for not providing' their rolls as sued only", () => {
    const d = draft([
      "Recently, six states—Delaware, Maryland, New Mexico, Rhode Island, Vermont, and Washington—were sued for allegedly violating federal law by not providing their voter registration rolls.",
      "Idaho has refused to provide its rolls.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses" });
  });

  it("reads the answer of states a relative clause says were sued, but not the suit itself", () => {
    const d = draft([
      "Two of the states that were sued Thursday, including Ohio and Iowa, have pointed the department to the publicly available versions of their voter rolls.",
      "The states that were sued Friday, including Utah, were accused of failing to produce the data.",
    ]);
    expect(stances(d)).toEqual({ OH: "public-only", IA: "public-only" });
  });

  it("reads the answer the article itself gives states it says were sued: 'sued 14 states that refused …, including'", () => {
    const d = draft([
      "The Justice Department has sued 14 states that refused its demand, among them Ohio, Iowa and Utah.",
      "The department also sued Idaho for refusing to hand over its rolls.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses", IA: "refuses", UT: "refuses" });
    // ("lawsuits targeting Maine, which has resisted …": the article's own word on Maine.)
    const resisted = draft([
      "Two lawsuits are pending, including one targeting Maine, which has resisted federal requests for its voter rolls.",
    ]);
    expect(stances(resisted)).toEqual({ ME: "refuses" });
  });

  it("gives the states a later sentence names as sued the refusal an earlier one stated of as many states unnamed", () => {
    const d = draft([
      "The Justice Department is suing six more states that have refused to provide the data.",
      "",
      "Officials in many states worry about how the data would be used.",
      "",
      "The new lawsuits target Ohio, Iowa, Utah, Idaho, Maine and Texas — joining suits filed weeks ago against Oregon and Alaska.",
    ]);
    expect(stances(d)).toEqual({
      OH: "refuses",
      IA: "refuses",
      UT: "refuses",
      ID: "refuses",
      ME: "refuses",
      TX: "refuses",
    });
    expect(Math.max(...d.claims.map((c) => c.confidence))).toBeLessThan(0.8);
    // (Not when the count differs, nor when the article only says why the suit was brought.)
    const other = draft([
      "The department sued three more states that have refused to provide the data.",
      "The lawsuits target Ohio and Iowa.",
      "It also sued Utah and Idaho for refusing to hand over their rolls.",
    ]);
    expect(stances(other)).toEqual({});
  });

  it("reads the states whose support the requester received as complying", () => {
    const d = draft([
      "The commission, chaired by Vice President Ann Cole, has so far won the support of two states: Alaska and Utah.",
      "The commission has also received letters from Ohio asking what the data is for.",
    ]);
    expect(stances(d)).toEqual({ AK: "complies", UT: "complies" });
  });

  it("reads states 'not fully complying' as withholding, even when the next sentence splits them", () => {
    const d = draft([
      "So far 20 states are not fully complying with the request, including Ohio, Iowa and Utah.",
      "Many states are refusing outright, while others are providing only what is already available to the public.",
    ]);
    expect(stances(d)).toEqual({ OH: "withholding", IA: "withholding", UT: "withholding" });
  });

  it("reads 'entered into a Memorandum of Understanding' as complying and 'the partial release of data' as withholding", () => {
    const d = draft([
      "Today the State of Iowa, through its election commission, has entered into a Memorandum of Understanding for sharing its voter list with the department.",
      "The request drew a variety of responses, including the partial release of data by states like Utah.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies", UT: "withholding" });
  });

  it("reads 'granted DOJ access', 'has supplied', 'public per state law' and 'told DOJ to kiss off'", () => {
    const d = draft([
      "A few states — like Alaska and Iowa — have granted DOJ access to their voter rolls, since that data is public per state law.",
      "Other states — like Maine and Utah — have told DOJ to kiss off.",
      "Ohio gave the department access to its full file.",
      "So far only Idaho Secretary of State Cal Reed has supplied any information the commission sought.",
    ]);
    expect(stances(d)).toEqual({
      AK: "public-only",
      IA: "public-only",
      ME: "refuses",
      UT: "refuses",
      OH: "complies",
      ID: "complies",
    });
  });

  it("reads 'no intention of catering to … demands' as refusing", () => {
    const d = draft([
      "Iowa Governor Ann Pike made clear she has no intention of catering to the attorney general's demands for the voter rolls.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses" });
  });

  it("reads 'signaled their unwillingness to cooperate' as refusing", () => {
    const d = draft([
      "Ohio, Iowa and Utah had all signaled their unwillingness to cooperate with the commission.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses", IA: "refuses", UT: "refuses" });
  });

  it("reads a price asked for the data as public records for a fee, but not damages sought", () => {
    const d = draft([
      "Two states told the commission it can have the requested voter data if it pays.",
      "Montana is seeking $4,000 for its voter file and Idaho wants $800 for the data.",
      "Oregon will cost the commission over $2,000, its elections office said of the voter data.",
      "Texas wants $5 million in damages from the commission over the voter data.",
    ]);
    expect(stances(d)).toEqual({ MT: "public-only", ID: "public-only", OR: "public-only" });
  });

  it("reads no answer in what a lawsuit seeks to force, and gives a ', yet …' clause its own subject", () => {
    const d = draft([
      "The department failed to show that the statutes gave it power to force Utah to turn over the unredacted file.",
      "The department refiled its suit to compel the release of unredacted Idaho data.",
      "Even Iowa's secretary of state opposed this request, yet Ohio Secretary Jo Lee willingly agreed to give away the data.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses", OH: "complies" });
  });

  it("reads 'has given no indication it will comply' as still open, and 'no sign that' as no answer", () => {
    expect(stances(draft(["Ohio has given no indication it will comply."]))).toEqual({
      OH: "reviewing",
    });
    expect(stances(draft(["There is no sign that Utah will comply."]))).toEqual({});
  });

  it("reads a firm stand, being told to kick rocks, 'has given' and 'will wait to respond', and Washington's official", () => {
    const d = draft([
      "Iowa and Utah officials have taken a firm stand against the department's demands.",
      "After the department came knocking, Idaho politely told the agency to kick rocks.",
      "Ohio Secretary of State Jo Lee has given the department personal data for 8 million voters.",
      "The Maine Elections Commission will wait to respond to the request until a judge rules.",
      "Officials say they provided public lists, with Washington’s Steve Hobbs vowing to defend voters.",
      "Oregon's secretary is too polite to tell the commission to go jump in the ocean.",
    ]);
    expect(stances(d)).toEqual({
      IA: "refuses",
      UT: "refuses",
      ID: "refuses",
      OH: "complies",
      ME: "reviewing",
      WA: "public-only",
    });
  });

  it("reads 'vehemently opposed the demands' and a leading letter 'confirming the delivery' of the data", () => {
    const d = draft([
      "Both Utah Secretary of State Jo Lee and Iowa Secretary of State Al Mott have vehemently opposed the department's demands.",
      "Ohio Secretary of State Ann Rees spoke Monday.",
      "In a Feb. 13 letter to the department confirming the immediate delivery of the state's voter data, Rees said the agency had asked twice.",
    ]);
    expect(stances(d)).toEqual({ UT: "refuses", IA: "refuses", OH: "complies" });
  });

  it("reads 'she would not comply' after the requester is named, and a state's 'Electoral Commission'", () => {
    const d = draft([
      "Utah Secretary of State Jo Lee spoke on Tuesday.",
      "She said the Constitution gives election power to the states, not the federal government, and she would not comply.",
      "So far, the Ohio Electoral Commission has refused to provide the requested information.",
    ]);
    expect(stances(d)).toEqual({ UT: "refuses", OH: "refuses" });
  });

  it("gives 'the three states' the answer said of them, but not someone else's account of them", () => {
    const own = draft([
      "The department sued three states — Utah, Idaho and Iowa — on Thursday.",
      "The lawsuits cite two federal laws.",
      "In recent months, the election chiefs of the three states have rejected the department's demands.",
    ]);
    expect(stances(own)).toEqual({ UT: "refuses", ID: "refuses", IA: "refuses" });
    const theirs = draft([
      "The department sued three states — Utah, Idaho and Iowa — on Thursday.",
      "The three states have not complied with federal law, the department's lawyer said.",
    ]);
    expect(stances(theirs)).toEqual({});
  });

  it("reads states listed 'such as' after the commission as answering, not as its post", () => {
    const d = draft([
      "Several states have pushed back against the commission, such as Utah, Idaho and Iowa.",
    ]);
    expect(stances(d)).toEqual({ UT: "refuses", ID: "refuses", IA: "refuses" });
  });

  it("reads answers worded as a newsroom words them: 'happy to assist', 'begun complying', 'submitted voter data', 'wants to know more'", () => {
    const d = draft([
      "The White House said it would delete the data provided by Idaho, the only state to so far submit the requested data.",
      "Iowa's secretary of state says he is happy to assist.",
      "Utah's elections office successfully submitted voter data Tuesday to the commission.",
      "Ohio's secretary of state has begun complying with the request.",
      "Maine's secretary of state wants to know more about how the commission will use the data before he provides it.",
    ]);
    expect(stances(d)).toEqual({
      ID: "complies",
      IA: "complies",
      UT: "complies",
      OH: "complies",
      ME: "reviewing",
    });
  });

  it("gives states that 'have taken the same position' the stance of the one before", () => {
    const d = draft([
      "Iowa Secretary of State Jo Lee announced her refusal to cooperate even before the letter came. Colleagues from Ohio to Texas have taken the same position.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses", OH: "refuses", TX: "refuses" });
    expect(claimOf(d, "TX")?.basis).toBe("similar");
  });

  it("reads 'will not adhere to', 'abide by' and 'rebuked' the request as a refusal, not rebuking a person", () => {
    const d = draft([
      "Iowa, Utah and Idaho have firmly stated that they will not adhere to the commission's request.",
      "Ohio said it would not abide by the demand.",
      "Four states — Maine, Texas, Nevada and Oregon — have fully rebuked the call for voter data.",
      "The attorney general was criticised for her action in Alaska, with Gov. Jo Lee rebuking her for the demand.",
    ]);
    expect(stances(d)).toEqual({
      IA: "refuses",
      UT: "refuses",
      ID: "refuses",
      OH: "refuses",
      ME: "refuses",
      TX: "refuses",
      NV: "refuses",
      OR: "refuses",
    });
  });

  it("does not take the requester turned down or given to for the one who acts", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "Several officials rejected DOJ demands; notable refusals include Iowa, Utah and Ohio resisting the requests.",
        "Some states provided the DOJ with data already publicly available: Idaho reportedly gave its public voter file, and Texas provided access to rolls already public.",
      ],
      doj,
    );
    expect(stances(d)).toEqual({
      IA: "refuses",
      UT: "refuses",
      OH: "refuses",
      ID: "public-only",
      TX: "public-only",
    });
  });

  it("reads “taken a far harder line” as pushing back, weakly, for each state in the aside", () => {
    const d = draft([
      "Some states will share only public data.",
      "But other secretaries of state have taken a far harder line – including those from Iowa, Utah and Ohio – saying the effort is a wast",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses", UT: "refuses", OH: "refuses" });
    expect(claimOf(d, "OH")?.confidence).toBeLessThan(0.8);
  });

  it("reads granting or honouring the request, and refusing a list of all voters, whole", () => {
    const d = draft([
      "Republican secretaries of state in Iowa and Utah have said they will grant the requests.",
      "The Ohio Elections Commission said it would not grant the commission's request for a list of all registered voters.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies", UT: "complies", OH: "refuses" });
  });

  it("does not take a photo caption's name for whom a later “he said” stands", () => {
    const d = draft([
      "Alabama Secretary of State Jo Hale said Friday much of the data is already public.",
      "",
      "President Donald Trump in the Rose Garden of the White House on May 4.",
      "",
      "“If the panel wants the rolls, it may have to buy them,” he said.",
    ]);
    expect(speakerOf(d, "may have to buy them")).toBe("Jo Hale");
  });

  it("reads “no plans to share”, a decision to hand over, and “only … with assurance that”", () => {
    const d = draft([
      "Vermont's office has no plans to share Vermont voter data with the federal government.",
      "Critics slammed Ohio's decision to hand over 8 million records to the department.",
      "Iowa Secretary of State Al Dunn said he would only comply with a request to share information about Iowa voters with the panel “with assurance that this request meets Iowa law.”",
    ]);
    expect(stances(d)).toEqual({ VT: "refuses", OH: "complies", IA: "reviewing" });
  });

  it("reads the others of a group, the only data the law allows, and an MOU turned down", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "Iowa is among three states that have voluntarily agreed to provide their full voter lists to the department. The others are Idaho and Utah.",
        "Ohio Secretary of State Jo Hale says the only information Ohio law allows her to release is names and addresses.",
        "Texas handed over its full voter file, though Texas did refuse to sign a memorandum requiring purges within 45 days.",
        "Maine is not required to provide its list, a federal judge ruled.",
      ],
      doj,
    );
    expect(stances(d)).toEqual({
      IA: "complies",
      ID: "complies",
      UT: "complies",
      OH: "public-only",
      TX: "complies",
    });
  });

  it("reads a refusal followed by “the state would share public data” as public data only", () => {
    const d = draft([
      "The governor of Iowa said Friday that the state will not comply with the commission's request for sensitive voter information. The state would, she said, share publicly available information.",
      "Utah will not comply. The commission wants only publicly available information.",
    ]);
    expect(stances(d)).toEqual({ IA: "public-only", UT: "refuses" });
  });

  it("reads the first states to comply, proceeding with the hand-over, and a list that lacks the private data", () => {
    const d = draft([
      "Iowa has become one of the first states to comply with the department's request.",
      "Ohio Secretary of State Al Dunn confirmed he will proceed with turning over the voter file on Thursday.",
      "Utah's letter says the list it sent lacks the non-public data.",
      "The names of eight million Texas voters may soon be turned over to the department.",
      "The department is suing Maine, claiming her refusal to turn over more complete voter data violates the law.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies", OH: "complies", UT: "public-only" });
  });

  it("reads “turned over no data”, “yet to comply”, “can't currently provide” and refusing even public data", () => {
    const d = draft([
      "Iowa's Republican secretary of state has turned over no data, citing state law.",
      "Ohio has yet to comply with the request.",
      "Texas officials said they can't currently provide a copy because of technical upgrades.",
      "Utah is joining more than 20 states in refusing to turn over public voter data.",
      "Republican legislators asked Maine's secretary to reconsider his decision not to comply with the request.",
      "Idaho's voter list was to have been delivered today.",
    ]);
    expect(stances(d)).toEqual({
      IA: "refuses",
      OH: "reviewing",
      TX: "reviewing",
      UT: "refuses",
      ME: "refuses",
    });
  });

  it("gives an official the state named just before the title (“to Kansas, where Secretary of State …”)", () => {
    const d = draft([
      "Ohio handed over its full voter list last month. Texas did the same.",
      "Today we look west to Kansas, where Republican Secretary of State Al Dunn finds himself at odds with the department.",
      "Dunn also declined to fully comply with the request, supplying only the publicly available information.",
    ]);
    expect(stances(d)).toEqual({ OH: "complies", TX: "complies", KS: "public-only" });
  });

  it("reads “we” leading a clause of a one-state release as that state's office, but not “we think”", () => {
    const release = [
      "JEFFERSON CITY, Missouri — The secretary of state's office answered the commission today.",
      "Just like the majority of states, we will provide only public information to respond to this request.",
    ];
    expect(stances(draft(release))).toEqual({ MO: "public-only" });
    const editorial = [
      "JEFFERSON CITY, Missouri — The commission wrote to the state again.",
      "We think the state should provide only public information.",
    ];
    expect(stances(draft(editorial))).toEqual({});
  });

  it("reads an official's statement past its opening account of the request", () => {
    const d = draft([
      "Missouri Secretary of State Al Dunn issued the following statement today.",
      "",
      "“In its letter, the commission asked specifically for ‘publicly available’ information. Just like the majority of states, we will provide only public information to respond to this request.”",
    ]);
    expect(stances(d)).toEqual({ MO: "public-only" });
    expect(claimOf(d, "MO")?.why).toBe("only public");
  });

  it("gives a statement 'below' to the one 'her' or 'his' stands for", () => {
    const d = draft([
      "Ohio Secretary of State Ann Hale answered the suit on Monday. She says the department wants license numbers.",
      "",
      "You can read her full response below.",
      "",
      "“It matters that every voter knows what is at stake. I told them they cannot have it.”",
    ]);
    expect(speakerOf(d, "every voter knows")).toBe("Ann Hale");
    expect(stances(d)).toEqual({ OH: "refuses" });
    // (With two people named before, no guess.)
    const two = draft([
      "Ohio Secretary of State Ann Hale rejected the request, a day after Gov. Tom Reyes said he backed it.",
      "",
      "Read her full response below.",
      "",
      "“We will not hand over the private data of Ohio voters.”",
    ]);
    expect(speakerOf(two, "We will not hand over")).toBeNull();
  });

  it("gives no answer to a state in the unfinished end of a text cut off mid-word", () => {
    const d = draft([
      "Idaho gave only its public voter file, Texas provided access to rolls already public, and Arizona's office described negotiatin",
    ]);
    expect(stances(d)).toEqual({ ID: "public-only", TX: "public-only" });
    // (A list under its label cut off in its last item keeps the items before the cut.)
    const list = draft([
      "Where the states stand",
      "",
      "Partial compliance:",
      "",
      "Ohio, Iowa, Utah, North Carolin",
    ]);
    expect(stances(list)).toEqual({ OH: "withholding", IA: "withholding", UT: "withholding" });
  });

  it("reads an official's answer in a sentence that names the requester's own state", () => {
    const d = draft([
      "Maine Secretary of State Al Dunn said Monday that he is unlikely to help.",
      "Dunn said he will reject a second request from the commission's vice chairman, Kansas Secretary of State Kris Kobach.",
      "The commission wants to know whether or not Ohio was complying with the law.",
    ]);
    expect(stances(d)).toEqual({ ME: "refuses" });
  });

  it("reads a sentence that goes on about the states the one before named", () => {
    const d = draft([
      "States — including Iowa, Utah and Ohio — want to know how the data would be used. Their officials have said they are legally barred from sharing it.",
      "",
      "Maine and Texas got the letter in July. The department has refused to explain it.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses", UT: "refuses", OH: "refuses" });
    expect(claimOf(d, "UT")?.evidence).toContain("Their officials have said");
  });

  it("reads “will oblige the request, but only with regard to public data” as public data only", () => {
    const d = draft([
      "In Idaho, Secretary of State Jo Park said the state will oblige the request, but only with regard to data that is already publicly available.",
    ]);
    expect(stances(d)).toEqual({ ID: "public-only" });
  });

  it("takes the position the article says replaced an earlier one", () => {
    const d = draft([
      "Iowa Secretary of State Jo Park initially said she would provide only publicly available information.",
      "On Friday she changed her mind and decided she would not send any voter information.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses" });
    const later = draft([
      "Iowa Secretary of State Jo Park said Monday that Iowa will not send any voter information.",
      "Iowa has since agreed to provide only the publicly available voter list.",
    ]);
    expect(stances(later)).toEqual({ IA: "public-only" });
    // "initially giving" is a first instalment, not a position left.
    const first = draft([
      "Iowa Secretary of State Jo Park wrote that Iowa was initially giving the department only publicly available data.",
    ]);
    expect(stances(first)).toEqual({ IA: "public-only" });
  });

  it("reads a non-public list shared as complying, a refusal's reason as no object, and two states' own pact as no answer", () => {
    const d = draft([
      "Wyoming's secretary of state shared a non-public statewide voter list with the department in August.",
      "New Hampshire's secretary of state has refused to turn over the lists as requested, saying they are protected by law.",
      "In November, Missouri and Kansas signed an agreement to exchange registration information.",
      "Ohio will share some Ohio voter data with the commission.",
    ]);
    expect(stances(d)).toEqual({ WY: "complies", NH: "refuses", OH: "withholding" });
  });

  it("reads 'rebelled against' and 'defied' as pushback, and signing the agreement as complying", () => {
    const d = draft([
      "At least 20 states have rebelled against the request, including Iowa, Ohio and Utah.",
      "Nevada defied the department again on Friday.",
      "Nine other states, including nearby Idaho and Montana, have also signed MOUs with the department.",
      "Maine refused to sign the memorandum of understanding.",
      "Oregon has not signed a data-sharing agreement.",
    ]);
    expect(stances(d)).toEqual({
      IA: "refuses",
      OH: "refuses",
      UT: "refuses",
      NV: "refuses",
      ID: "complies",
      MT: "complies",
      ME: "refuses",
    });
    expect(claimOf(d, "IA")?.confidence).toBeLessThan(claimOf(d, "ID")?.confidence ?? 0);
  });

  it("keeps a leading 'While …' concession and another's 'but …' answer out of a state's stance", () => {
    const d = draft([
      "While some states have complied or are in talks, Maine and a number of other states have so far refused to deliver the data.",
      "Officials in Iowa, Ohio, and Texas have said they will not share the data with the commission, but Utah's Lt. Gov. Ann Cole said her office will make any public voter information available.",
    ]);
    expect(stances(d)).toMatchObject({
      ME: "refuses",
      IA: "refuses",
      OH: "refuses",
      TX: "refuses",
    });
  });

  it("gives each state the clause it is the subject of, and reads 'some information' as partial", () => {
    const d = draft([
      "Iowa's Jo Park said her state will send only what is publicly available, and Maine said it would not comply.",
      "Utah, Ohio and Texas are among the states that have said they will provide some information.",
    ]);
    expect(stances(d)).toEqual({
      IA: "public-only",
      ME: "refuses",
      UT: "withholding",
      OH: "withholding",
      TX: "withholding",
    });
  });

  it("reads 'transmitted information', 'agreements that A and B have already signed' and 'who also refused'", () => {
    const d = draft([
      "On Thursday, Secretary of State Bo Evans transmitted information from the Iowa voter registration list to the department as requested.",
      "The department says the agreement is identical to agreements that Texas and Utah have already signed.",
      "A judge dismissed the department's lawsuit against the Ohio Secretary of State, who also refused to turn over voters' personal data.",
    ]);
    // (Refusing voters' personal data, with nothing said of the public list: kept back.)
    expect(stances(d)).toEqual({
      IA: "complies",
      TX: "complies",
      UT: "complies",
      OH: "withholding",
    });
  });

  it("reads plain past-tense hand-overs, 'largely cooperated' and a withdrawn offer", () => {
    const d = draft([
      "Republican-led states such as Texas and Indiana have largely cooperated.",
      "Nevada initially agreed to send the list but later withdrew that offer.",
      "Ohio provided its voter list in full, a move critics called reckless.",
      "Iowa sent its public voter list to the department.",
      "States agreeing to comply with the request now include Maine, Kansas, and Idaho.",
      "Utah's State Board of Elections said it would provide the list but redact Social Security numbers.",
    ]);
    expect(stances(d)).toEqual({
      TX: "complies",
      IN: "complies",
      NV: "refuses",
      OH: "complies",
      IA: "public-only",
      UT: "public-only",
      ME: "complies",
      KS: "complies",
      ID: "complies",
    });
  });

  it("reads 'state law bars him from releasing' and 'will fight the request' as refusals", () => {
    const d = draft([
      "Iowa Secretary of State Tim Lund said state law bars him from releasing the information.",
      "Ohio will fight the request in court, its secretary of state said.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses", OH: "refuses" });
    const more = draft([
      "“I have no intention of honoring this request,” Utah Secretary of State Ben Cole said.",
      "Some states, like Idaho, say state law keeps them from releasing certain data, such as Social Security numbers.",
      "Maine's elections chief told the commission the state would release only data available under state law.",
      "Nothing keeps Texas from sharing the list, a professor said.",
    ]);
    expect(stances(more)).toEqual({ UT: "refuses", ID: "withholding", ME: "public-only" });
  });

  it("reads 'only what is allowed under state law' as public-only, and 'not allowed' as a refusal", () => {
    const d = draft([
      "Some states that backed the president, such as Utah, say they can give only partial answers based on what is permitted by state law.",
      "Ohio said sending the full file is not allowed under state law.",
    ]);
    expect(stances(d)).toEqual({ UT: "public-only", OH: "refuses" });
  });

  it("lets an official's specific words settle a vague 'partially or entirely refusing'", () => {
    const d = draft([
      "Iowa has joined the states which are partially or entirely refusing to provide data.",
      "Iowa Gov. Jo Reed made the state's position clear on Friday.",
      "“I have no intention of honoring this request,” Reed said.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses" });
  });

  it("prefers the narrower public-only to a plan to hand records over, and reads 'exempting' as public-only", () => {
    const d = draft([
      "Iowa elections officials plan to turn over state voter records to the commission.",
      "Officials said Iowa will send only what is already public, not Social Security numbers.",
      "Ohio's secretary of state, Al Rowe, said Friday Ohio will provide information, exempting Social Security numbers.",
    ]);
    expect(stances(d)).toEqual({ IA: "public-only", OH: "public-only" });
  });

  it("gives a cue to the state of its own clause, not one named after 'but' with none of its own", () => {
    const d = draft([
      "Utah did not release its agreement on request, but according to the terms of the memo made public by the state of Idaho, states must act within 45 days.",
      "Three more states — Iowa, Ohio, and Maine — agreed to provide their full lists, joining Indiana.",
    ]);
    expect(stances(d)).toEqual({
      UT: "refuses",
      IA: "complies",
      OH: "complies",
      ME: "complies",
      IN: "complies",
    });
  });

  it("keeps what 'others' did out of a state's clause, and the requester's own acts out", () => {
    const d = draft([
      "In the end, Iowa and Maine refused to comply, while 26 others only agreed to send data that is publicly available.",
      "Nevada officials said the federal government hasn't answered basic questions about security.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses", ME: "refuses" });
  });

  it("does not take an official who is only the object of the sentence as the one answering", () => {
    const d = draft([
      "Ohio Secretary of State Ned Vale spoke at noon.",
      "It started with an email to Vale from the department about an agreement that would provide the department with the data.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads a refusal of the full file beside the public data already given as public-only", () => {
    const d = draft([
      "Utah Lieutenant Governor Dana Reyes said Tuesday that Utah will never release the full voter file to the department.",
      "Utah has offered the department only the public voter list, Reyes said.",
    ]);
    expect(stances(d)).toEqual({ UT: "public-only" });
    const e = draft([
      "Utah Lieutenant Governor Dana Reyes said Tuesday that Utah will never release the full voter file to the department.",
      "Utah law allows public access to some voter data for a fee, Reyes said.",
    ]);
    expect(stances(e)).toEqual({ UT: "refuses" });
  });

  it("reads 'refusing to fully comply', 'some of the data' and 'declined to give sensitive data' as withholding", () => {
    const d = draft([
      "Oregon and more than a dozen other states are refusing to fully comply with the request.",
      "Nevada Secretary of State Ann Bell said she will provide some of the requested information.",
      "Maine declined to give sensitive voter data to the department.",
      "Iowa declined to give the department anything.",
    ]);
    expect(stances(d)).toEqual({
      OR: "withholding",
      NV: "withholding",
      ME: "withholding",
      IA: "refuses",
    });
  });

  it("reads 'refused to turn over all the information' and 'partially denied' as withholding, but not 'refused … full lists'", () => {
    const d = draft([
      "Even commission members, including Secretaries Lane of Ohio and Ruiz of Iowa, have refused to turn over all the information requested.",
      "Utah says it cannot provide all of the data sought by the panel.",
      "Idaho was among the states that partially denied the request.",
      "Maine refused to hand over full voter lists.",
    ]);
    expect(stances(d)).toEqual({
      OH: "withholding",
      IA: "withholding",
      UT: "withholding",
      ID: "withholding",
      ME: "refuses",
    });
  });

  it("reads '…, but only the data the law releases to anyone', 'save for: Social Security numbers' and 'comply with some requests' as partial", () => {
    const d = draft([
      "Utah's secretary of state said she would provide voter data, but only the records required to be released to anyone under state law.",
      "Idaho will provide almost everything requested, save for one item: Social Security numbers.",
      "Ohio's secretary of state says he will comply with some requests for voter information.",
      "Iowa will provide the data, but the governor objected.",
    ]);
    expect(stances(d)).toEqual({
      UT: "public-only",
      ID: "public-only",
      OH: "withholding",
      IA: "complies",
    });
  });

  it("reads 'declined …, other than what was in public record', 'only a general version' and ', but would provide only public data' as partial", () => {
    const d = draft([
      "In June, Ohio's secretary declined the request for voter information, other than what was in public record.",
      "Utah provided only a general version of the voter file, refusing requests for detailed personal data.",
      "Iowa's secretary said the state would not release personal information, but would provide only information that is publicly available under the law.",
      "Idaho will not hand over voter data, saying that it does not have a publicly available roll.",
    ]);
    expect(stances(d)).toEqual({
      OH: "public-only",
      UT: "withholding",
      IA: "public-only",
      ID: "refuses",
    });
  });

  it("reads no answer in what a lawsuit aims at, nor for a state named as the exception", () => {
    const d = draft([
      "Ohio judge dismisses lawsuit to keep state from releasing voter data",
      "",
      "With the exception of Iowa, the states at first balked at providing the data.",
      "Every state but Maine, apart from Idaho, has been asked.",
    ]);
    expect(stances(d)).toEqual({});
    const which = draft([
      "The states balked, with the exception of Ohio, which has not yet responded.",
    ]);
    expect(stances(which)).toEqual({});
  });

  it("reads 'no more than is available to any citizen' as public-only", () => {
    const d = draft([
      "Vermont will not release any more information about its voters than is available to any citizen who asks.",
    ]);
    expect(stances(d)).toEqual({ VT: "public-only" });
  });

  it("reads the sensitive part refused as public-only only where the text says the rest is given", () => {
    const roundup = draft([
      "Ohio will not share voters' Social Security numbers.",
      "Iowa will not share voters' Social Security numbers.",
      "Iowa will send the commission the rest of its list.",
      "Utah would not hand over any confidential information.",
      "Utah sells its public voter file to anyone who asks.",
    ]);
    expect(stances(roundup)).toEqual({ OH: "withholding", IA: "public-only", UT: "public-only" });
    const oneState = draft([
      "Ohio will not share voters' Social Security numbers with the commission.",
      "Like any campaign, the commission can buy the rest of the list.",
    ]);
    expect(stances(oneState)).toEqual({ OH: "public-only" });
    expect(claimOf(roundup, "OH")?.why).toBe("not share voters' Social Security");
  });

  it("reads parts of compliance that would break state law as partial, and a demand for proof as reviewing", () => {
    const d = draft([
      "Ohio and Iowa officials said some parts of the request would violate state law, while Maine demanded assurances the data would be kept safe.",
    ]);
    expect(stances(d)).toEqual({ OH: "withholding", IA: "withholding", ME: "reviewing" });
  });

  it("reads an official's dismissal as a no when the lines before speak of the request", () => {
    const d = draft([
      "Several states rejected the commission's request on Friday.",
      "Some officials were blunt.",
      '"They can go take a hike, and I will say so again," Idaho Secretary of State Tom Lee wrote in a statement.',
    ]);
    expect(claimOf(d, "ID")).toMatchObject({ stance: "refuses", basis: "no stance words" });
    expect(claimOf(d, "ID")?.confidence).toBeLessThan(0.8);
  });

  it("reads records 'that are legally public' and the same data 'to anyone who filed a request' as public data, and harm from giving as no giving", () => {
    const d = draft([
      "Ohio officials said they have already provided all records that are legally public.",
      "A spokesman said Iowa would provide the same information to anyone who filed a state open records request.",
      "Secretary of State Jo Lee of Utah has maintained that releasing unredacted voter data would pose privacy risks.",
    ]);
    expect(stances(d)).toEqual({ OH: "public-only", IA: "public-only" });
    // ("one of only a few public figures" is no public data.)
    const figures = draft([
      "The letter that drew Secretary of State Jo Lee of Ohio's retort was sent by Kobach, one of only a few public figures to embrace the claims.",
    ]);
    expect(stances(figures)).toEqual({});
  });

  it("reads 'provided a voter list' as giving it, and narrows one state's answer by a next sentence about 'it'", () => {
    const d = draft([
      "Ohio’s office provided a voter list. However, it left out sensitive details like full birthdates.",
      "",
      "Iowa sent a redacted voter file. Utah provided a list of questions.",
      "",
      "Idaho provided a voter list to the department.",
    ]);
    expect(stances(d)).toEqual({ OH: "public-only", IA: "public-only", ID: "complies" });
  });

  it("narrows 'some of the data' to public-only when the next sentence names the non-public part kept back", () => {
    const d = draft([
      "Nevada Secretary of State Ann Bell said she will provide some of the requested information. State law forbids releasing Social Security numbers or birth dates.",
      "Idaho will hand over some of the requested information.",
      "Oregon officials are still reviewing the letter.",
    ]);
    expect(stances(d)).toMatchObject({ NV: "public-only", ID: "withholding" });
    const nv = claimOf(d, "NV");
    expect(nv?.evidence).toContain("forbids releasing Social Security");
    expect(nv?.confidence).toBeLessThan(0.8);
  });

  it("keeps a counted subject's stance after ', and' from the state named before it", () => {
    const d = draft([
      "Three of the eight states (plus Washington, D.C.) that have refused outright lean Democratic, and 12 more states have agreed only to partial compliance.",
    ]);
    expect(claimOf(d, "DC")?.stance).toBe("refuses");
  });

  it("gives a vague partial answer less confidence than a plain refusal", () => {
    const d = draft(["Ohio will comply only in part.", "Utah will not provide any voter data."]);
    expect(claimOf(d, "OH")?.confidence).toBeLessThan(0.8);
    expect(claimOf(d, "UT")?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("reads only what the public-records law gives as the public part", () => {
    const d = draft([
      "Idaho has said it will provide only that information properly requested under the state’s public-records laws.",
      "Iowa will release only what is available through the Freedom of Information Act.",
    ]);
    expect(stances(d)).toEqual({ ID: "public-only", IA: "public-only" });
  });

  it("reads data on its way to the requester as given", () => {
    const d = draft([
      "A dispute over Ohio's records has gone to a federal judge.",
      "Idaho's voter information has headed to the White House.",
      "Iowa's voter file is now in the hands of the Presidential Advisory Commission on Election Integrity.",
      "Utah's data has not gone to the commission.",
    ]);
    expect(stances(d)).toEqual({ ID: "complies", IA: "complies" });
  });

  it("reads a suit over a state's refusal as the reporter's account, and one for failing as an allegation", () => {
    const d = draftArticle(
      [
        "The Justice Department filed a federal lawsuit Thursday against Idaho Secretary of State Jo Lee over her refusal to turn over the state’s voter list.",
        "It also sued Iowa for failing to produce its list.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ ID: "refuses" });
  });

  it("gives each state of 'Ohio refused and Iowa is reviewing the request' its own answer", () => {
    const d = draft([
      "Idaho refused and Iowa is reviewing the request.",
      "Utah, Ohio and Maine are reviewing it.",
    ]);
    expect(stances(d)).toEqual({
      ID: "refuses",
      IA: "reviewing",
      UT: "reviewing",
      OH: "reviewing",
      ME: "reviewing",
    });
  });

  it("reads a price for the data named just before, and paying 'like everybody else', as public data for a fee", () => {
    const d = draft([
      "Two states told the commission it can have the requested information as long as it pays for it. Idaho is seeking $12,500.",
      "Ohio is seeking $2 million from the legislature.",
      "Utah's voter data system is decades old, and lawmakers must decide how to pay for a new one. Utah is seeking $4 million from the legislature.",
      "“They can have the voter rolls. They’re gonna pay for it like everybody else,” Iowa Secretary of State Jo Lee said.",
    ]);
    expect(stances(d)).toEqual({ ID: "public-only", IA: "public-only" });
    expect(claimOf(d, "ID")?.why).toBe("is seeking $12,500");
  });

  it("reads 'was turning over', 'her opposition to the request' and 'less than fully cooperative'", () => {
    const d = draftArticle(
      [
        "This summer Idaho's office was turning over voters’ names and addresses to the commission.",
        "Utah's secretary has been vocal in her opposition to the commission's request for voter data.",
        "Among the states less than fully cooperative are Iowa and Ohio.",
        "The department wants to ensure that states like Maine are complying with federal law.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({
      ID: "complies",
      UT: "refuses",
      IA: "withholding",
      OH: "withholding",
    });
  });

  it("reads 'partially or completely rejected' as withholding, and neither advice nor the requester's word as an answer", () => {
    const d = draftArticle(
      [
        "At least three states—including Idaho, Iowa and Utah—have partially or completely rejected the request.",
        "Here's a suggestion to Ohio's secretary of state: Just say no.",
        "Maine's secretary had a simple message for the commission: Declined.",
        "“They're saying don't send us anything,” a Maine official said of the commission's email.",
        "Texas law does not allow us to release protected data, the Texas secretary said.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({
      ID: "withholding",
      IA: "withholding",
      UT: "withholding",
      TX: "withholding",
      ME: "refuses",
    });
  });

  it("reads 'entered memoranda of understanding' with the requester as complying, not agreements with other states", () => {
    const d = draftArticle(
      [
        "Idaho and Utah went further than simply providing records — they entered memoranda of understanding giving the DOJ authority to analyze voter files.",
        "Iowa has previously entered into agreements with other states to share voter data.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ ID: "complies", UT: "complies" });
  });

  it("gives a group's refusal across 'but' to no state of the other side", () => {
    const d = draftArticle(
      "Most states refused to provide unredacted files, but Idaho and Utah reportedly went along.",
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).not.toMatchObject({ ID: "refuses" });
    expect(stances(d)).not.toMatchObject({ UT: "refuses" });
    // ("Republican-controlled states" are such a group too.)
    const setbacks = draftArticle(
      "The campaign has suffered setbacks in states including Idaho and Utah, but the more striking resistance now comes from Republican-controlled states.",
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(setbacks)).toEqual({});
  });

  it("ends a sentence before a source cited in parentheses, and reads a court's next act as the court's", () => {
    const d = draftArticle(
      [
        "Officials met in Idaho this week to discuss the rolls. (knpr.org) Utah refused the request.",
        "Iowa's Supreme Court heard arguments in the case but had denied an emergency motion.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ UT: "refuses" });
  });

  it("reads the only state to supply the data as complying", () => {
    const d = draftArticle(
      [
        "As of the time the commission put a hold, Idaho was reportedly the only state to supply the information.",
        "Iowa was the only state to refuse.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({ ID: "complies", IA: "refuses" });
  });

  it("reads what a state gave the requester, named in full, as the state's answer", () => {
    const d = draftArticle(
      "Idaho provided the Presidential Advisory Commission on Election Integrity only information that is public record.",
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({ ID: "public-only" });
  });

  it("reads data not turned to the commission 'before getting answers' as still open", () => {
    const d = draft([
      "The Idaho Secretary of State said he won’t turn state voter rolls to a White House commission before getting answers to some questions.",
      "Ohio won't turn its data to the commission.",
      "Iowa will not turn to the courts.",
    ]);
    expect(stances(d)).toEqual({ ID: "reviewing", OH: "refuses" });
    // (Not "turnout".)
    const turnout = draft([
      "Utah officials do not expect turnout records to change much this year.",
    ]);
    expect(stances(turnout)).toEqual({});
  });

  it("reads 'examining the request' and 'not sure what information, if any, it will provide' as still open", () => {
    const d = draft([
      "The secretary said Idaho is examining a request to turn over names and birthdays.",
      "Utah's secretary said he is not sure what information - if any - the state will provide.",
      "After reviewing that letter, a judge dismissed the case against Iowa.",
    ]);
    expect(stances(d)).toEqual({ ID: "reviewing", UT: "reviewing" });
  });

  it("reads data held back while a lawsuit is pending as still open", () => {
    const d = draft([
      "Idaho's solicitor general confirmed the secretary will not release any voter information to the department while the lawsuit is pending.",
      "Iowa will not provide the data, and the state is fighting the lawsuit.",
    ]);
    expect(stances(d)).toEqual({ ID: "reviewing", IA: "refuses" });
  });

  it("reads everything but the private fields as the public part", () => {
    const d = draft([
      "Idaho will hand over everything the panel asked for except voters' birth dates, a spokesman said.",
      "Utah will provide all of the data requested but the last four digits of Social Security numbers.",
      "Iowa will provide all the information it has.",
      "Ohio's board decided to hand over most of the voter data requested, with the exception of voters' Social Security numbers.",
    ]);
    expect(stances(d)).toEqual({
      ID: "public-only",
      UT: "public-only",
      IA: "complies",
      OH: "public-only",
    });
  });

  it("reads 'will send X, but not Social Security numbers' as the public part, whatever X is", () => {
    const d = draft([
      "Idaho will send names and addresses, but not Social Security numbers.",
      "Iowa will send the voter list, but not Social Security numbers.",
      "Utah will send names, addresses and dates of birth, not Social Security or driver's license numbers.",
      "Ohio will send the data, but not Maine.",
      "Texas will send the full file, including but not limited to Social Security numbers.",
    ]);
    expect(stances(d)).toEqual({
      ID: "public-only",
      IA: "public-only",
      UT: "public-only",
      OH: "complies",
      TX: "complies",
    });
  });

  it("keeps an answer the sentence says the state has not changed", () => {
    const d = draft([
      "Idaho, which said in June it would share its full voter file with the panel, has not changed its position, the secretary said Tuesday.",
      "Iowa hasn't budged: it will send the list.",
      "Utah has not changed its mind and will not share the file.",
    ]);
    expect(stances(d)).toEqual({ ID: "complies", IA: "complies", UT: "refuses" });
  });

  it("reads a list not for sale at any price as a refusal, and a price as the public part", () => {
    const d = draft([
      "Idaho won't sell its list at any price.",
      "Iowa will sell its voter file to the department for $500.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", IA: "public-only" });
  });

  it("reads 'isn't sure it will comply' as still open, and 'is complying with' as giving", () => {
    const d = draft([
      "Idaho isn't sure it will comply with the request.",
      "Iowa officials were not sure whether they would cooperate.",
      "Utah is complying with the request, its clerk said.",
      "Ohio is not complying with the request.",
    ]);
    expect(stances(d)).toEqual({
      ID: "reviewing",
      IA: "reviewing",
      UT: "complies",
      OH: "refuses",
    });
  });

  it("reads an official's 'the department isn't entitled to' and 'not in the best interest' as a refusal, not a court's", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "Idaho's secretary of state said Thursday that the Justice Department isn't entitled to the information.",
        "Oregon's secretary said the Department of Justice isn't entitled to the data.",
        "A judge ruled that the department is not entitled to Iowa's voter data.",
        "The department says it is entitled to Utah's list.",
        "Nevada's clerk noted that the public is not entitled to the full voter file.",
        "Ohio's secretary wrote that fulfilling the request would not be in the best interest of the state's voters.",
      ],
      doj,
    );
    expect(stances(d)).toEqual({ ID: "refuses", OR: "refuses", OH: "refuses" });
    expect(claimOf(d, "ID")?.why).toContain("isn't entitled");
  });

  it("reads refusing the 'personal information requested' as keeping back the private part", () => {
    const d = draft([
      "Idaho's secretary said she was not permitted by law to provide the personal information requested.",
      "Idaho will provide what is publicly available.",
      "Ohio will not hand over voters' personal information.",
    ]);
    expect(stances(d)).toEqual({ ID: "public-only", OH: "withholding" });
  });

  it("gives a 'while' clause that names other states none of the first clause's answer", () => {
    const d = draft([
      "Florida and Idaho are still reviewing the commission's request, while Hawaii and Wyoming did not respond to requests for comment.",
      "Illinois Gov. Jo Lee is declining to take a stand.",
    ]);
    expect(stances(d)).toEqual({ FL: "reviewing", ID: "reviewing" });
  });

  it("reads 'not on my watch' and 'the law prevented them from furnishing' as answers", () => {
    const d = draft([
      "“Not on my watch are we going to be handing over this file,” Idaho's secretary said.",
      "Iowa and Utah disclosed that privacy laws prevented them from furnishing some personal voter data.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", IA: "withholding", UT: "withholding" });
  });

  it("reads a 'Washington, D.C. –' dateline and 'courts in A and B' as no answer, and 'they can't have it' as a refusal", () => {
    const d = draft([
      "Washington, D.C. – The department has sued six states, citing their refusal to fully cooperate.",
      "Courts in Idaho and Iowa have already rejected the department's claims.",
      "Ohio's secretary said: “I told them they can't have it.”",
      "“They can't have it both ways,” Maine's secretary said of the department.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("reads 'supplied full rolls', 'reviewing the Trump administration's request', a copy 'for $12,500' and 'suggested that Kobach jump into the Gulf'", () => {
    const d = draft([
      "Most states refused, but a small number such as Idaho and Iowa supplied full rolls to the federal effort.",
      "The Utah elections board is currently reviewing the Trump administration's request for voter data.",
      "Ohio's elections board will let the panel know it can get a copy of the data for $12,500, what anyone pays.",
      "The secretary of state of Maine, who suggested that Kobach jump into the Gulf of Maine, was blunt.",
    ]);
    expect(stances(d)).toEqual({
      ID: "complies",
      IA: "complies",
      UT: "reviewing",
      OH: "public-only",
      ME: "refuses",
    });
  });

  it("reads ', and even Ohio could not …' as Ohio's own clause, not the many states' refusal", () => {
    const d = draft([
      "Many states had refused to comply with the request, citing privacy concerns, and even Ohio could not legally provide the commission with partial Social Security numbers.",
    ]);
    expect(stances(d)).toEqual({ OH: "withholding" });
  });

  it("reads 'state law bars the release of some private voter data' as keeping part back", () => {
    const d = draft([
      "Officials in Idaho and Utah say state law bars the release of some private voter data.",
      "A federal law bars the release of private data to campaigns in Ohio, the clerk noted.",
    ]);
    expect(stances(d)).toEqual({ ID: "withholding", UT: "withholding" });
  });

  it("keeps a refusal whole past a reason, a ruling or a court named before the state", () => {
    const d = draft([
      "Oregon refused the request, arguing that it would put voters' personal information at risk.",
      "Since the ruling in June, Idaho has refused to hand over its voter file.",
      "After the rulings in Ohio and Texas, Maine refused to hand over its voter rolls.",
      "Ohio has refused to hand over its voter rolls, while Iowa and Utah have followed suit.",
    ]);
    expect(stances(d)).toEqual({
      OR: "refuses",
      ID: "refuses",
      ME: "refuses",
      OH: "refuses",
      IA: "refuses",
      UT: "refuses",
    });
  });

  it("reads 'released Ohio's voter roll to the commission' as giving it, and 'the public portion of' as public data", () => {
    const d = draft([
      "On Tuesday, Secretary Ann Hale released Ohio’s voter registration roll to the commission.",
      "Iowa released its voter file to the commission on Monday.",
      "Utah released the public portion of its voter roll to the commission.",
      "Idaho released a statement to the commission.",
      "In court, the Justice Department revealed that Kansas had transferred voter histories to the commission.",
    ]);
    expect(stances(d)).toEqual({
      OH: "complies",
      IA: "complies",
      UT: "public-only",
      KS: "complies",
    });
  });

  it("reads 'withholding some information' as keeping part back, and refusing to 'roll back' rights as no answer", () => {
    const d = draft([
      "Ohio Secretary of State Ann Hale said she was withholding some information since state law only allows her to share names and addresses.",
      "“I refuse to roll back our voting rights here in Iowa,” said Iowa Secretary of State Tom Reyes.",
      "Utah is withholding the data.",
    ]);
    expect(stances(d)).toEqual({ OH: "withholding", UT: "refuses" });
  });

  it("reads the answer a state came to after its first one in the same sentence", () => {
    const d = draft([
      "Ohio initially refused but later agreed to comply.",
      "Iowa had originally said it would comply, but then refused.",
      "Utah, which had initially declined, has since agreed to send only public data.",
      "Maine initially refused and has not changed its mind.",
    ]);
    expect(stances(d)).toEqual({
      OH: "complies",
      IA: "refuses",
      UT: "public-only",
      ME: "refuses",
    });
    // (Not when someone else says the later words.)
    const other = draft([
      "Ohio initially refused, but the commission later said states could send only publicly available data.",
    ]);
    expect(stances(other)).toEqual({ OH: "refuses" });
    const noComma = draft([
      "Maine initially refused but the Justice Department later claimed the state had agreed to provide its data.",
      "Iowa initially refused but the secretary's critics later said the state would comply anyway.",
    ]);
    expect(stances(noComma)).toEqual({ ME: "refuses", IA: "refuses" });
  });

  it("gives states their own relative clause's answer over the group they are counted in", () => {
    const d = draft([
      "The states that won't provide all of their voter data grew to at least 40, including some, such as Ohio and Iowa, that said they would provide nothing to the commission.",
      "Most states would not hand over everything, among them Utah, which agreed to send the public list.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses", IA: "refuses", UT: "public-only" });
    // (What a state answered before is not its answer now.)
    const before = draft([
      "Among the states that have now refused is Ohio, which had initially agreed to comply.",
      "Fourteen states have refused, including Iowa, which had said in July that it would comply.",
    ]);
    expect(stances(before)).toEqual({ OH: "refuses", IA: "refuses" });
    const habit = draft([
      "Most states have balked at the demand, including Texas, which handed over its voter roll to the 2017 commission.",
      "Fourteen states have rejected the request, among them Maine, which already provides its voter file to anyone who pays $20.",
    ]);
    expect(stances(habit)).toEqual({ TX: "refuses", ME: "refuses" });
  });

  it("gives a ', while' clause's states no answer of the group set off between dashes before it", () => {
    const d = draft([
      "Three states — Idaho, Ohio and Utah — are still reviewing the request, while Iowa and Maine did not respond to calls.",
      "Two states — Texas and Kansas — have refused, while Alaska and Oregon have followed suit.",
      "Two states — Georgia and Nevada — are still reviewing it, while Maryland is in the same position.",
    ]);
    expect(stances(d)).toEqual({
      ID: "reviewing",
      OH: "reviewing",
      UT: "reviewing",
      TX: "refuses",
      KS: "refuses",
      AK: "refuses",
      OR: "refuses",
      GA: "reviewing",
      NV: "reviewing",
      MD: "reviewing",
    });
    const unsure = draft([
      "Kentucky refused. It is not clear whether Ohio is in the same position.",
      "Iowa has refused. Utah is in the same position as every other state: it has not yet received a letter.",
    ]);
    expect(stances(unsure)).toEqual({ KY: "refuses", IA: "refuses" });
  });

  it("reads 'plan to submit an amicus brief' and 'opposed the release of unredacted data' as no giving", () => {
    const d = draft([
      "Voting groups in Idaho plan to submit an amicus brief opposing the lawsuit.",
      "Utah's secretary firmly opposed the release of unredacted voter data.",
      "Texas will release its unredacted voter file.",
    ]);
    expect(stances(d)).toEqual({ TX: "complies" });
  });

  it("reads an official's 'they're not going to get our …' and 'they're not getting it' as refusals", () => {
    const d = draft([
      "“They're not going to get our personal information,” said Idaho Secretary of State Jo Lee.",
      "“That’s not public, so they’re not getting it,” said Utah's spokesman.",
    ]);
    expect(stances(d)).toEqual({ ID: "withholding", UT: "refuses" });
  });

  it("reads a judge 'in Maine' and 'three courts (California, Michigan, Oregon)' as courts, not answers", () => {
    const d = draft([
      "Three courts (California, Michigan, Oregon) have explicitly rejected the department's claims to unredacted voter files.",
      "Chief U.S. District Judge Jo Lee in Maine became the seventh federal judge to reject the department's suit.",
      "Idaho's secretary, a former judge, refused the request.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses" });
  });

  it("reads voters' plea 'please do not send my information' as no answer of the state's", () => {
    const d = draft([
      "“Every request I have is ‘please do not send my information,’” said Idaho's secretary of state.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads none of these as the state's answer: delays, press questions, unnamed sources, a court's order", () => {
    const d = draft([
      "Ohio said it won't have the list ready until next month.",
      "Idaho's spokesman said they won't have it until the legislature meets in January.",
      "Utah's secretary of state did not provide responses to the Associated Press.",
      "Florida officials did not grant interviews for this story.",
      "Nothing in Iowa law prevents the state from providing the data.",
      "Maine law doesn't prevent the state from sharing the voter file, officials said.",
      "A judge's temporary order prevented Oregon from handing over its voter rolls last week.",
      "Kansas's office will be providing more information to reporters later this week.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("keeps an answer beside a refusal to be named, a 'No. 1 priority', a list 'available to parties' and a habit", () => {
    const d = draft([
      "Ohio will hand over the data, said a state official, who refused to be named because the talks were private.",
      "Election security is a No. 1 priority for Iowa, its secretary said, adding that the state would comply with the request.",
      "Utah handed over its full voter file, the same list available to political parties and campaigns.",
      "Idaho will share only part of its voter file with the commission, as it normally does with any requester.",
    ]);
    expect(stances(d)).toEqual({
      OH: "complies",
      IA: "complies",
      UT: "complies",
      ID: "withholding",
    });
  });

  it("reads 'is a “no”', 'sent its file but left out sensitive data' and the list 'available to political committees'", () => {
    const d = draft([
      "Idaho is a “no”.",
      "Iowa is a no vote on the bill.",
      "Ohio sent its voter file but left out sensitive data.",
      "Utah's board said: “We’re providing the voter list that is available to political committees.”",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", OH: "public-only", UT: "public-only" });
  });

  it("reads 'telling them to butt out' as a refusal and 'will be providing' as giving", () => {
    const d = draft([
      "Two states — Idaho and Iowa — promptly responded to the feds, in essence telling them to butt out.",
      "Utah's secretary said the state will be providing the commission with the information.",
      "Ohio will not be providing the data.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", IA: "refuses", UT: "complies", OH: "refuses" });
  });

  it("reads 'public records obtained by the paper showed' as the reporter's source, not public data given", () => {
    const d = draft([
      "Utah officials discussed the request in June, public records that the Daily Ledger obtained showed.",
      "Iowa's clerk weighed in, according to public records reviewed by the paper.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads sharing a limited piece or part of the rolls as in part, and 'followed the law' as giving", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "Idaho shared a limited piece of the state's voter roll with the department on Tuesday.",
        "Iowa handed over part of its voter file.",
        "Nevada routinely shares parts of its voter file with political parties.",
        "Kansas sends some of its voter data to researchers and campaigns.",
        "Utah is one of 14 states refusing to comply, while others like Ohio and Texas have already followed the law.",
        "The secretary says Maine has followed the law by keeping the data private.",
        "Oregon has followed the law and kept Social Security numbers private.",
        "Nevada's clerk said the office is complying with state privacy laws.",
      ],
      doj,
    );
    expect(stances(d)).toEqual({
      ID: "withholding",
      IA: "withholding",
      UT: "refuses",
      OH: "complies",
      TX: "complies",
    });
  });

  it("reads refusing to do something other than give the data, about no data, as no answer", () => {
    const d = draft([
      "Idaho refuses to perpetuate the myth voter fraud played a role in our election.",
      "Iowa refused to legitimize the commission.",
      "Utah sent a message right back refusing to do so.",
      "Ohio refused to go along.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses", UT: "refuses", OH: "refuses" });
  });

  it("keeps refusing to budge or to play ball a refusal of the request", () => {
    const d = draft([
      "Idaho refused to budge when the commission asked again.",
      "Iowa refused to play ball with the panel.",
      "Utah refused to bow to the pressure.",
      "Ohio refused to let the federal government have it.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", IA: "refuses", UT: "refuses", OH: "refuses" });
  });

  it("keeps a refusal reported through statements or replies a refusal", () => {
    const d = draft([
      "Idaho rejected the request, according to statements from the secretary's office.",
      "Iowa declined the request in two replies to the commission.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses", IA: "refuses" });
  });

  it("reads states 'fighting this common-sense audit' as pushing back, but not fighting a lawsuit", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "The states fighting this common-sense audit are a who's who of liberal bastions: Idaho, Iowa and Utah.",
        "Ohio is fighting the lawsuit in federal court.",
        "Texas has been fighting voter fraud efforts for years, its secretary said.",
      ],
      doj,
    );
    expect(stances(d)).toEqual({ ID: "refuses", IA: "refuses", UT: "refuses" });
  });

  it("reads New England's 'public voter checklists' as the public list", () => {
    const d = draft([
      "He has emphasized that Maine would only be sharing what is included in the public voter checklists.",
    ]);
    expect(stances(d)).toEqual({ ME: "public-only" });
  });

  it("reads 'have not released statements' as no response reported, not a refusal", () => {
    const d = draft([
      "The other two states, Idaho and Iowa, have not released statements ahead of receiving the letter.",
      "Utah has not released any data.",
    ]);
    expect(stances(d)).toEqual({ ID: "no-report", IA: "no-report", UT: "refuses" });
  });

  it("lets the main clause narrow what a leading 'While …' clause gives the same state", () => {
    const d = draft([
      "While Idaho will provide the voter file, some specific data requested is exempt from disclosure.",
      "While Iowa will provide the data, most states refused.",
    ]);
    expect(stances(d)).toEqual({ ID: "withholding", IA: "complies" });
  });
});

describe("quotes", () => {
  it("reads two single marks as a double one: ‘‘…’’", () => {
    const d = draft([
      "Rep. Jo Lee backed the resolution. ‘‘If there’s nothing wrong with the file, there is nothing to hide,’’ Lee said on the floor.",
      "Rep. Ann Roe said the request ‘‘breaks state privacy law’’ and voted no.",
    ]);
    expect(speakerOf(d, "nothing to hide")).toBe("Jo Lee");
    expect(speakerOf(d, "breaks state privacy law")).toBe("Ann Roe");
    expect(d.quotes.map((q) => q.text)).toEqual([
      "If there’s nothing wrong with the file, there is nothing to hide",
      "breaks state privacy law",
    ]);
  });

  it("reads a quote whose opening mark the page doubled", () => {
    const d = draft(['A judge ruled for Utah. ""The request is illegal," Judge Jo Lee wrote.']);
    expect(d.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["The request is illegal", "Jo Lee"],
    ]);
  });

  it("follows attribution across sentences, dashes, roles and continued quotes", () => {
    const d = draft([
      "Ohio Secretary of State Ann Cole, a Democrat, spoke on Friday.",
      "“The request is a fishing trip,” the Democratic secretary said. “We will not join it.”",
      "“Our voters' data stays here.” — Sec. Cole",
      "Tom Ray said the state is reviewing the letter, according to a statement from Ann Cole.",
      "“We read every letter,” Ray said in a statement. “Then we decide.”",
    ]);
    expect(speakerOf(d, "fishing trip")).toBe("Ann Cole");
    expect(speakerOf(d, "We will not join it")).toBe("Ann Cole");
    expect(speakerOf(d, "stays here")).toBe("Ann Cole");
    expect(speakerOf(d, "We read every letter")).toBe("Tom Ray");
    expect(speakerOf(d, "Then we decide")).toBe("Tom Ray");
    // (A box of quotations, each credited on the line below it.)
    const box = draft([
      "Secretaries of state answered the commission this week.",
      "",
      "“We stand by the law and will send nothing private.”",
      "— Ohio's Ann Pruitt",
      "",
      "“Our voters come first.”",
      "— Jo Lee, Iowa secretary of state",
    ]);
    expect(speakerOf(box, "stand by the law")).toBe("Ann Pruitt");
    expect(speakerOf(box, "voters come first")).toBe("Jo Lee");
  });

  it("reads a headline's single-quoted words, never an apostrophe, and a role-only speaker", () => {
    const d = draft([
      "Maine's top elections official tells DOJ to 'jump in the Gulf of Maine' over data request",
      "",
      "Maine Secretary of State Ann Bell said no. The states' rights matter, she said.",
    ]);
    expect(d.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["jump in the Gulf of Maine", "Ann Bell"],
    ]);
    expect(claimOf(d, "ME")?.evidence).toBe("Maine Secretary of State Ann Bell said no.");
  });

  it("reads single marks as every quotation's on a page that prints no double mark", () => {
    const d = draft([
      "Court papers showed the panel ‘did not reach any findings’ and ‘found no evidence of fraud at the polls.’",
      "Maine Secretary of State Ann Dunn called it ’the oddest thing I’ve ever been part of,’ and left.",
      "The states’ lawyers met on Monday.",
    ]);
    expect(d.quotes.map((q) => q.text)).toEqual([
      "did not reach any findings",
      "found no evidence of fraud at the polls.",
      "the oddest thing I’ve ever been part of,",
    ]);
    expect(speakerOf(d, "oddest thing")).toBe("Ann Dunn");
  });

  it("reads single-quoted words in the body where a speech verb frames them, never an apostrophe", () => {
    const d = draft([
      "Ohio Secretary of State Ann Bell wrote that she has 'serious doubts about the reach of these requests, which serve no lawful need.'",
      "",
      "'We will guard the voters' rights and their data,' Bell said.",
      "",
      "'El pedido no tiene base legal', dijo Bell.",
      "",
      "The states' lawyers met on Monday, and Ohio's 'new plan' was not discussed.",
      "",
      "Bell said in '17 the states' Republican leaders would agree.",
    ]);
    expect(d.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["serious doubts about the reach of these requests, which serve no lawful need.", "Ann Bell"],
      ["We will guard the voters' rights and their data,", "Ann Bell"],
      ["El pedido no tiene base legal", "Ann Bell"],
    ]);
  });

  it("gives a quote opening a sentence to the one person its paragraph is about, else nobody", () => {
    const d = draft([
      "Ohio Secretary of State Jane Smith was blunt. “We will not comply.”",
      "",
      "Texas Gov. Al Poe and Smith met on Monday. “It is over.”",
    ]);
    expect(speakerOf(d, "We will not comply")).toBe("Jane Smith");
    expect(speakerOf(d, "It is over")).toBeNull();
  });

  it("gives a paragraph that is only a quote to the one person the paragraph before is about", () => {
    const d = draft([
      "Griffin said her state already has secure elections.",
      "That's why she is standing by the other states.",
      "“I would not be surprised if we are next.”",
    ]);
    // A surname the text prints speaking, with no full name anywhere, is named as printed.
    expect(d.quotes.map((q) => q.speaker)).toEqual(["Griffin"]);
    const e = draft([
      "Secretary of State Jo Griffin said her state already has secure elections.",
      "That's why she is standing by the other states.",
      "“I would not be surprised if we are next.”",
    ]);
    expect(speakerOf(e, "not be surprised")).toBe("Jo Griffin");
  });

  it("credits words the page cut off only to one their own paragraph names or the paragraph above introduces", () => {
    const d = draft([
      "Secretary of State Jo Griffin said her state already has secure elections.",
      "",
      "“We will follow the law and keep every voter's",
    ]);
    expect(speakerOf(d, "follow the law")).toBeNull();
    const e = draft([
      "“Our answer is no,” Secretary of State Jo Griffin said. “We will follow the law and keep every voter's",
    ]);
    expect(speakerOf(e, "follow the law")).toBe("Jo Griffin");
    const introduced = draft([
      "Secretary of State Jo Griffin answered the commission on Friday.",
      "",
      "Griffin also wrote:",
      "",
      "“We will follow the law and keep every voter's",
    ]);
    expect(speakerOf(introduced, "follow the law")).toBe("Jo Griffin");
    // (A speech verb just before the words attributes them where they stand.)
    const said = draft([
      "Sen. Tim Vale, who chairs the elections committee, said privacy must come first.",
      "",
      "However, the senator said, “most of what was asked for is public at the board of",
    ]);
    expect(speakerOf(said, "most of what was asked for")).toBe("Tim Vale");
  });

  it("credits 'confirmed X', 'his statement continued', a letter's signer and an attribution the page broke onto the line below", () => {
    const d = draft([
      "Withdrawing now “takes you off the list the state will send,” confirmed elections spokesman Tom Reyes.",
      "Secretary of State Ann Pruitt answered the commission on Monday. “Our voters come first,” she said.",
      "“Ohioans should enjoy the holiday weekend,” her statement continued.",
      "“Failure to respond will lead to legal action,” read the May 2 letter, signed by Carl Voss, a deputy attorney general.",
      "“States have a duty to keep their rolls clean”",
      "said Carl Voss, head of the division.",
    ]);
    expect(speakerOf(d, "takes you off the list")).toBe("Tom Reyes");
    expect(speakerOf(d, "enjoy the holiday")).toBe("Ann Pruitt");
    expect(speakerOf(d, "Failure to respond")).toBe("Carl Voss");
    // ("said the governor in a letter": the governor, never the last letter's author.)
    const governor = draft([
      "Kansas Secretary of State Kris Kobach sent a letter to every state.",
      "“We will not hand over a single Social Security number,” said the governor in a letter released Friday.",
    ]);
    expect(speakerOf(governor, "single Social Security")).not.toBe("Kris Kobach");
    expect(speakerOf(d, "duty to keep their rolls")).toBe("Carl Voss");
    const below = draft([
      "“Clean rolls are the ground of free elections.”",
      "",
      "Attorney General Dana Petrov said in a statement.",
    ]);
    expect(speakerOf(below, "Clean rolls are the ground")).toBe("Dana Petrov");
    // (A line below with words of its own is not the attribution.)
    const answered = draft([
      "“Clean rolls are the ground of free elections.”",
      "",
      "Attorney General Dana Petrov said she would appeal.",
    ]);
    expect(speakerOf(answered, "Clean rolls are the ground")).toBeNull();
  });

  it("gives 'the Ohio secretary said' only to Ohio's, and nothing to the byline's author", () => {
    const d = draft([
      "By Hattie Sollberg",
      "",
      "Ohio Secretary of State Ann Ruiz refused the request. Texas Secretary of State Jim Bole sent the file. “We said no,” the Ohio secretary said.",
      "A department lawyer wrote back. “We need the file to keep rolls accurate,” she said.",
    ]);
    expect(speakerOf(d, "We said no")).toBe("Ann Ruiz");
    expect(speakerOf(d, "keep rolls accurate")).not.toBe("Hattie Sollberg");
    expect(d.people.map((p) => p.name)).not.toContain("By Hattie Sollberg");
  });

  it("gives words an official reports someone else put so to that one, never the official", () => {
    const d = draft([
      "Ohio Secretary of State Ann Ruiz refused. Ruiz said a department lawyer had written that “the Attorney General expects full compliance.”",
      "Ruiz said Carl Voss had told her the data was “none of Ohio's business.”",
      "Ruiz said she had told the department that “we will not comply.”",
    ]);
    expect(speakerOf(d, "expects full compliance")).toBeNull();
    expect(speakerOf(d, "none of Ohio")).toBe("Carl Voss");
    expect(speakerOf(d, "we will not comply")).toBe("Ann Ruiz");
  });

  it("never gives a headline's words to a name past a semicolon or another quotation", () => {
    const d = draft([
      "'No way,' says Oregon; Washington 'reviewing' Kris Kobach's request",
      "",
      "Oregon Secretary of State Della Marsh said her state would refuse.",
    ]);
    expect(speakerOf(d, "No way")).not.toBe("Kris Kobach");
  });

  it("never gives 'she said' to a man the text calls 'he', nor 'he said' to a woman it calls 'she'", () => {
    const d = draft([
      "Vermont Secretary of State Jo Carrow said her state would not send anything. New Hampshire Secretary of State Walt Penn said his office was still reviewing the letter.",
      "“It is a fishing expedition,” Carrow said.",
      "“We will follow our law,” Penn said.",
      "She added that she had spoken with other secretaries. “None of us is comfortable with this,” she said.",
      "“Ms. Carrow and I agree on that much,” he said.",
    ]);
    expect(speakerOf(d, "None of us is comfortable")).toBe("Jo Carrow");
    expect(speakerOf(d, "agree on that much")).toBe("Walt Penn");
    // A spokeswoman is a "she", whom the text never calls so otherwise.
    const titled = draft([
      "Jo Lee, a spokeswoman for Secretary Pat Kim, spoke on Monday. Mr. Kim was traveling.",
      "“We will send only the public list,” she said.",
    ]);
    expect(speakerOf(titled, "only the public list")).toBe("Jo Lee");
    // (The text's own "she" outweighs a title: a woman may chair a committee as "chairman".)
    const chair = draft([
      "State Sen. Kay Bern, chairman of the Senate elections committee, said she opposed sending the data.",
      "“I don't think we should be handing this over,” she said.",
    ]);
    expect(speakerOf(chair, "handing this over")).toBe("Kay Bern");
  });

  it("credits 'said ACLU of Montana policy director X' to X, and 'That was X' after the words", () => {
    const d = draft([
      "“This request is a fishing expedition,” said ACLU of Montana policy director Eva Stone.",
      "",
      "“We have read it twice. We are not sending it.”",
      "",
      "That was Ohio Secretary of State Ray Moss on Monday.",
    ]);
    expect(speakerOf(d, "fishing expedition")).toBe("Eva Stone");
    expect(speakerOf(d, "read it twice")).toBe("Ray Moss");
    const message = draft([
      "BOISE — “The request is an overreach. We will not send a single record.”",
      "",
      "That was the message Friday from Idaho Secretary of State Lea Mott, who released a letter.",
      "",
      "“We are looking at what the law allows,” said Utah's elections director, Carl Benn.",
    ]);
    expect(speakerOf(message, "overreach")).toBe("Lea Mott");
    expect(message.people.find((p) => p.name === "Carl Benn")?.role).toBe(
      "Utah's elections director",
    );
    // (Looking at what the law allows is still deciding.)
    expect(claimOf(message, "UT")?.stance).toBe("reviewing");
  });

  it("gives a statement printed after a colon to the one who released it", () => {
    const d = draft([
      "CAPITAL CITY – Utah Lieutenant Governor Dana Reyes released the following statement today about a second letter from Commissioner Bob Hart:",
      "",
      "“My office has received another letter. My answer is still no.",
      "",
      "“The voters of Utah deserve better.”",
    ]);
    expect(speakerOf(d, "My answer is still no")).toBe("Dana Reyes");
  });

  it("never takes a sentence's opening word for part of a name", () => {
    const d = draft([
      "Both Dana Reyes and her predecessor, Tom Vance, have pushed back against the claim.",
      "“I will not release it,” Reyes said.",
    ]);
    expect(speakerOf(d, "I will not release it")).toBe("Dana Reyes");
    expect(d.people.map((p) => p.name)).not.toContain("Both Dana Reyes");
  });

  it("gives words someone 'accused' or 'asserted' to that person", () => {
    const d = draft([
      "Utah Lieutenant Governor Dana Reyes pushed back on Monday.",
      "She also accused “a reckless department” of seeking data the law protects.",
    ]);
    expect(speakerOf(d, "a reckless department")).toBe("Dana Reyes");
  });

  it("gives words the letter says to the one whose letter it is", () => {
    const d = draft([
      "Utah will not send birth dates, a request Ms. Dana Reyes’s letter called “needless” for several reasons.",
      "",
      "More broadly, the letter asserts, “I doubt the aims of this effort.”",
      "",
      "It continues, “The right to vote needs no such list.”",
    ]);
    expect(speakerOf(d, "I doubt the aims")).toBe("Dana Reyes");
    expect(speakerOf(d, "needs no such list")).toBe("Dana Reyes");
  });

  it("never takes a court or a division for a speaker", () => {
    const d = draft([
      "According to the suit, filed in the U.S. District Court's Eastern District of Utah, the refusal “blocks the law from being enforced.”",
      "In an email to the clerk, Dana Reyes, head of the Voting Section of the Civil Rights Division, wrote that the files were needed to “check the rolls against other records.”",
    ]);
    expect(d.people.map((p) => p.name)).toEqual(["Dana Reyes"]);
    expect(speakerOf(d, "blocks the law")).toBeNull();
    expect(speakerOf(d, "check the rolls")).toBe("Dana Reyes");
  });

  it("gives a quote to the person the attribution names, not the last name mentioned", () => {
    const d = draft([
      "Ohio Secretary of State Jane Smith and Governor Al Poe met on Friday.",
      "“We will not comply with this request,” according to a statement from Smith.",
      "Smith sent a letter to Kris Lee, head of Bob Hart's commission, saying she had “decided against it.”",
      "Bob Hart's letter asks states to send the data so the panel can “study the rolls.”",
    ]);
    expect(speakerOf(d, "We will not comply")).toBe("Jane Smith");
    expect(speakerOf(d, "decided against it")).toBe("Jane Smith");
    expect(speakerOf(d, "study the rolls")).toBe("Bob Hart");
  });

  it("reads a quote within a quote, a hard-wrapped paragraph and a quote cut off at the end", () => {
    const d = draft([
      "“The idea that “fraud” is common is false,” Iowa Secretary of State Al Moss said.",
      "",
      "When the department asked Kansas Secretary of State Bo Reed for the list, he",
      "answered with a letter to the agency, which the department received on the",
      "same day and read aloud to reporters in the capital that week.",
      "“We appreciate the efforts of the department to assist",
      "in ensuring states have access to resources,” Reed wrote in the",
      "letter, which was published by the agency later that month.",
      "",
      "“We will not hand over anyth",
    ]);
    expect(speakerOf(d, "is common is false")).toBe("Al Moss");
    expect(d.quotes.find((q) => q.text.includes("appreciate"))?.text).toContain("in ensuring");
    expect(speakerOf(d, "appreciate the efforts")).toBe("Bo Reed");
    expect(d.quotes.some((q) => q.text.startsWith("We will not hand over"))).toBe(true);
  });
});

describe("quote speakers across sentences", () => {
  it("reads 'reminded' as a verb of saying", () => {
    const d = draft([
      "Gov. Tim Vale offered Sen. Ann Roe the public file for a fee. Vale reminded Roe that the file has limits.",
      "",
      "“Of course, state law bars any commercial use of it.”",
    ]);
    expect(speakerOf(d, "commercial use")).toBe("Tim Vale");
  });

  it("reads a quote over two paragraphs that closes after a space, 'As posted by Jo Lee, …: “…'", () => {
    const d = draft([
      "As posted by Jo Lee, a state representative, on her Facebook page Sunday: “The White House has asked every state for the data of its voters. That claim has never been proven.",
      "",
      "More than 20 states have refused to comply, and I am bewildered that our state will provide a dozen points of voter data. ”",
      "",
      "The panel meets next week.",
    ]);
    expect(speakerOf(d, "bewildered that our state")).toBe("Jo Lee");
    expect(speakerOf(d, "The White House has asked")).toBe("Jo Lee");
  });

  it("gives no one who answers in the main clause the words a leading clause's subject asked for", () => {
    const d = draft([
      "When the panel sent a letter to every state on Thursday requesting “publicly available voter roll data,” Jo Lee, the secretary of state from Ohio, responded simply: “Go jump in the lake.”",
    ]);
    expect(speakerOf(d, "publicly available voter roll data")).not.toBe("Jo Lee");
    expect(speakerOf(d, "Go jump in the lake")).toBe("Jo Lee");
  });

  it("reads 'he' after a possessive as the one it names: 'Trump's commission — or, as he called it, the “…”'", () => {
    const d = draft([
      "By Jo Lee",
      "",
      "Few panels have been rebuffed as soundly as President Trump's commission — or, as he called it, the “very distinguished voter fraud panel of experts.”",
    ]);
    expect(speakerOf(d, "very distinguished voter fraud")).toBe("Trump");
  });

  it("gives words cut off at the page's end to the speaker whose quote they go on from", () => {
    const d = draft([
      "Gov. Jo Lee of Idaho spoke Friday.",
      "",
      "“Our position remains unchanged,” the governor said. “We will never provide private voter information to anyone",
    ]);
    expect(speakerOf(d, "never provide private")).toBe("Jo Lee");
  });

  it("finds a person after a joined title ('Co-President Jo Lee') and gives her 'She says' to her", () => {
    const d = draft([
      "Lieutenant Governor Ray Tull released a statement. However, League of Women Voters Idaho Co-President Jo Lee says the statement was not clear enough. She says, “The birth date is a protected form of voter data.”",
    ]);
    expect(speakerOf(d, "protected form")).toBe("Jo Lee");
  });

  it("gives a statement to the person a group's name titles, and reads 'insists' as speech", () => {
    const d = draft([
      "After the board's vote, Voters First/OH Executive Director Jo Lee released the following statement:",
      "",
      "“It is distressing that the board is handing over this information.”",
      "",
      "Ohio Secretary of State Ben Ward spoke later. He insists Ohio already has the “cleanest voter rolls in the country.”",
    ]);
    expect(speakerOf(d, "It is distressing")).toBe("Jo Lee");
    expect(speakerOf(d, "cleanest voter rolls")).toBe("Ben Ward");
  });

  it("keeps words introduced by 'X said,' with X though a new subject follows the quote", () => {
    const d = draft([
      'Spokeswoman Jo Lee said, "Rather than fight endless legal battles," President Ben Ward signed the order and asked the department to review it.',
    ]);
    expect(speakerOf(d, "Rather than fight")).toBe("Jo Lee");
  });

  it("gives 'he continued' to the one named since the last quote, not to that quote's speaker", () => {
    const d = draft([
      "“We could not reach the site,” wrote Ann Rees, an Iowa elections official, in an email.",
      "",
      "Commission lawyer Al Mott replied that the site would delete the file.",
      "",
      "“I’ll be back in touch,” he continued.",
    ]);
    expect(speakerOf(d, "back in touch")).toBe("Al Mott");
  });

  it("gives a Spanish quote introduced by its speaker and a colon to that speaker", () => {
    const d = draft([
      "La fiscal general Ana Ruiz demandó a Oregón.",
      "“Los estados deben cumplir con la ley”, dijo Ruiz.",
      "El secretario de Estado de Oregón, Tobías Rojas, acusó al presidente de usar al departamento:",
      "“Lo verá en los tribunales”, declaró.",
    ]);
    expect(speakerOf(d, "Lo verá en los tribunales")).toBe("Tobías Rojas");
  });

  it("gives 'X criticized Y and said' to X, and 'said ACLU-NJ staff attorney Jo Lee' to Lee", () => {
    const d = draft([
      "Gov. Tom Ward spoke on Monday.",
      'While Ward repeatedly criticized Trump and said "the commonwealth cannot share this information", he also noted that anyone can buy the file.',
      '"Ohio should not take part in a sham process," said ACLU-OH senior staff attorney Jo Lee.',
    ]);
    expect(speakerOf(d, "the commonwealth cannot")).toBe("Tom Ward");
    expect(speakerOf(d, "sham process")).toBe("Jo Lee");
  });

  it("gives a group's lawyers' words to the group, and knows Common Cause as a group", () => {
    const d = draft([
      "In their brief, lawyers for Common Cause argued that the release is a threat, stating, “That bell cannot be unrung.”",
      "Ohio refused the request.",
    ]);
    expect(speakerOf(d, "That bell cannot")).toBe("Common Cause");
    expect(d.people.find((p) => p.name === "Common Cause")?.role ?? null).toBeNull();
  });

  it("gives what a person's letter asked for to that person, not to someone named in passing", () => {
    const d = draft([
      "On June 28, Ben Ward sent a letter to election officials asking for “publicly available voter roll data” from every state.",
      "The letter, which was made public by Iowa's secretary of state Al Mott, requests “the full names of all registrants.”",
    ]);
    expect(speakerOf(d, "publicly available voter roll")).toBe("Ben Ward");
    expect(speakerOf(d, "the full names of all")).not.toBe("Al Mott");
  });

  it("gives the words to the sentence's subject, not to a judge named 'alongside' them", () => {
    const d = draft([
      "Judge Ann Hale, writing for the majority alongside Judge Tom Reyes, said the law was meant “to protect every eligible voter.”",
    ]);
    expect(speakerOf(d, "protect every eligible")).toBe("Ann Hale");
    const who = draft([
      "No one was blunter than Ohio Secretary of State Ann Hale, who said the panel could “go jump in Lake Erie.”",
      "Tom Reyes appeared on Monday alongside Gov. Jo Lee, who called the demand “a fishing expedition.”",
    ]);
    expect(speakerOf(who, "go jump in Lake Erie")).toBe("Ann Hale");
    expect(speakerOf(who, "a fishing expedition")).toBe("Jo Lee");
  });

  it("gives 'she said' to the one whose correspondence or demands lead the sentence", () => {
    const d = draft([
      "Iowa Secretary of State Al Mott rejected a request by U.S. Attorney General Jo Lee.",
      "Lee's correspondence reportedly set out three demands she said would “restore order” in Iowa.",
    ]);
    expect(speakerOf(d, "restore order")).toBe("Jo Lee");
  });

  it("gives words after 'Simon said:' to Simon, though the clause named someone else first", () => {
    const d = draft([
      "Iowa Secretary of State Al Mott rejected a request by U.S. Attorney General Jo Lee.",
      "In a statement released after a letter Lee sent to Governor Ann Rees, Mott said: “The answer to the request is no.”",
    ]);
    expect(speakerOf(d, "The answer to the request")).toBe("Al Mott");
  });

  it("gives a leading “he said” to whom the sentence before was about, not a name in its words", () => {
    const d = draft([
      "“We will look at it,” said Ohio Secretary of State Al Hart, adding that the panel meets soon.",
      "",
      "He said callers told him they did not want Donald Trump to see their files.",
      "",
      "“But this list is public,” he said.",
      "",
      "Hart's aide Bo Lane spoke too. He, however, said Ann Cole will not comply in Maine.",
      "",
      "“They are not getting it,” he said in an interview.",
    ]);
    expect(speakerOf(d, "this list is public")).toBe("Al Hart");
    expect(speakerOf(d, "They are not getting it")).toBe("Bo Lane");
  });

  it("gives words to the official named by role, never to the body they were told to", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "Maine Secretary of State Ann Bell formally rejected the Justice Department's request on Tuesday.",
        "It came after the Secretary of State told the DOJ to “go jump in the Gulf of Maine” last month.",
        "Attorney General Jo Reed announced the suits; Assistant Attorney General Al Moss wrote the letters.",
        "“We have now sued 23 states for failing to provide voter roll data,” the attorney general said.",
      ],
      doj,
    );
    expect(speakerOf(d, "go jump in the Gulf")).toBe("Ann Bell");
    expect(speakerOf(d, "We have now sued")).toBe("Jo Reed");
  });

  it("closes a quote at doubled curly apostrophes and carries it over a mid-sentence line break", () => {
    const d = draft([
      "In a statement Friday, Ann Bell said Kris Kobach who is making the same request of all 50 states is entitled to “the same redacted list that anyone can get through a records request.’’",
      "",
      "Bell said he won’t get everything he wants.",
      "“This request, and reported efforts to collect broad data, represent a",
      "worrying attempt to widen the federal role,” Tom Ray said.",
    ]);
    expect(speakerOf(d, "the same redacted list")).toBe("Ann Bell");
    expect(d.quotes.find((q) => q.text.includes("worrying attempt"))?.speaker).toBe("Tom Ray");
    // (Also where the page is cut off after the attribution.)
    const cut = draft([
      "Ann Bell said people already are worried.",
      "",
      "“I’ve already got voters calling me, asking how they can unregister,’’ she said. Bell sa",
    ]);
    expect(cut.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["I’ve already got voters calling me, asking how they can unregister", "Ann Bell"],
    ]);
  });

  it("reads past a link line, an official's “response was:”, and “the center said”", () => {
    const d = draft([
      "Florida Secretary of State Al Dunn referred to two laws in a letter he sent last week to the commission.",
      "",
      "Previous: Florida to give some of its voter data to the commission",
      "",
      "“Once again, this information is already given out to anyone who asks.”",
      "",
      "Secretary Bell’s response was clear and calm:",
      "",
      "“We are confident in the accuracy of our voter list.”",
      "",
      "At least 27 states got requests, according to the Civic Data Center. The center said the requests raise “serious privacy and security concerns for every voter.”",
    ]);
    expect(speakerOf(d, "already given out")).toBe("Al Dunn");
    expect(speakerOf(d, "confident in the accuracy")).toBe("Bell");
    expect(speakerOf(d, "serious privacy and security")).toBe("Civic Data Center");
  });

  it("gives words after “According to X, … :” to X", () => {
    const d = draft([
      "Michigan Secretary of State Ann Bell answered the lawsuit on Friday.",
      "According to Bell, Michigan has already provided the department with every public record it may get: “We gave them exactly what the law allows, the public version of the list.”",
    ]);
    expect(speakerOf(d, "We gave them exactly")).toBe("Ann Bell");
  });

  it("does not take a country after “says” in a headline widget for a person", () => {
    const d = draft([
      "Kansas Secretary of State Jo Hale would not send the numbers to the commission, the panel created by President Trump MORE US says Iran negotiations are 'positive' MORE to look into fraud.",
      "",
      "“In Kansas, that number is not public,” he told the Star.",
    ]);
    expect(speakerOf(d, "that number is not public")).toBe("Jo Hale");
  });

  it("credits “the Monday statement read”, “to tell … to”, and “the Secretary of State notes”", () => {
    const d = draft([
      "Wyoming Secretary of State Al Gray responded this week in a written statement, released by his office, saying he complied with a lawful request.",
      "",
      "“Contrary to the false claims, voter information remains confidential under the law,” the Monday statement read.",
      "",
      "The request prompted Maine Secretary of State Jo Bell to tell the administration to “jump in the Gulf of Maine” last summer.",
      "",
      "The Secretary of State notes that the Constitution “gives states the authority to conduct elections.”",
    ]);
    expect(speakerOf(d, "Contrary to the false claims")).toBe("Al Gray");
    expect(speakerOf(d, "jump in the Gulf of Maine")).toBe("Jo Bell");
    expect(speakerOf(d, "gives states the authority")).toBe("Jo Bell");
  });

  it("gives a quote opening a paragraph to the one who speaks in the sentence before", () => {
    const d = draft([
      "Florida Secretary of State Al Dunn referred to two laws in a letter he sent to commission vice chairman Kris Kobach.",
      "",
      "“Once again, this information is already given out to anyone who asks.”",
      "",
      "Maine Senate Republican Leader Tom Ray criticized Jo Bell for not complying.",
      "",
      "“Her continued refusal to do her job is unacceptable.”",
    ]);
    expect(speakerOf(d, "already given out")).toBe("Al Dunn");
    expect(speakerOf(d, "continued refusal")).toBe("Tom Ray");
  });

  it("goes on from the sentence before a short lead-in such as “First:”", () => {
    const d = draft([
      "New Mexico Secretary of State Ann Bell told reporters she had two concerns. First: “What is the data being used for?” Second: “Who else will see it?”",
    ]);
    expect(speakerOf(d, "What is the data being used for")).toBe("Ann Bell");
    expect(speakerOf(d, "Who else will see it")).toBe("Ann Bell");
  });

  it("finds statements quoted over paragraphs, left open, or opened with the wrong mark", () => {
    const d = draft([
      "Governor Al Dunn’s statement on the request:",
      "",
      "“The State of Iowa has received no request for voter roll data. I’m skeptical.",
      "",
      "From what I’ve heard, I don’t think we should share these records.”",
      "",
      "Secretary of State Jo Bell today issued the following statement about the lawsuit:",
      "",
      "\"I denied the department's unsubstantiated request for private information because elections belong to the states.",
      "",
      "Jo Bell was elected in 2022.",
      "Tom Ray, spokesman for the Ohio Secretary of State's Office, said Tuesday the office will wait.",
      "'They said, Don't send any data,” Ray said.",
      "",
      "”When I heard about the request, my first thought was privacy,” said Kim Fox.",
      "After six states handed over their data, @AnnaLeeSmith said:",
      "\"They understand that we're here to help them do their jobs.",
      "Anna Lee Smith is the department's lawyer.",
    ]);
    expect(speakerOf(d, "has received no request")).toBe("Al Dunn");
    expect(speakerOf(d, "share these records")).toBe("Al Dunn");
    expect(speakerOf(d, "I denied the department")).toBe("Jo Bell");
    expect(speakerOf(d, "Don't send any data")).toBe("Tom Ray");
    expect(speakerOf(d, "my first thought")).toBe("Kim Fox");
    expect(speakerOf(d, "here to help them")).toBe("Anna Lee Smith");
  });

  it("credits “the 32-year-old attorney said” to the one the sentence before is about, not to whom she criticized", () => {
    const d = draft([
      "Speaking at a party dinner Wednesday, Ann Hale pounced on Tom Reyes for handing over the data.",
      "",
      "“I am running because I refuse to roll back our voting rights,” the 32-year-old Dayton attorney said.",
    ]);
    expect(speakerOf(d, "roll back our voting")).toBe("Ann Hale");
    const objectFirst = draft([
      "Ann Hale, 32, is running for secretary of state. She criticized Secretary of State Tom Reyes over the data.",
      "",
      "“Ohioans deserve better than this,” the 32-year-old Dayton attorney said.",
      "",
      "After Gov. Jo Lee endorsed the request, Pat Kim announced he would run.",
      "",
      "“Iowans deserve better,” the 41-year-old Ames lawyer said.",
    ]);
    expect(speakerOf(objectFirst, "Ohioans deserve better")).toBe("Ann Hale");
    expect(speakerOf(objectFirst, "Iowans deserve better")).toBe("Pat Kim");
  });

  it("credits “opining that”, “the Republican said” and the requester “asking for” or “emphasizing”", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "In Ohio, Secretary of State Al Dunn went further while refusing to hand the records over, opining that the work was a “waste of taxpayer money and time.”",
        "Missouri Secretary of State Jo Hale explained her reasons on Thursday.",
        "“There are smart people on both sides of the issue,” the Republican said in an interview.",
        "It answered a letter from the Justice Department’s Civil Rights Division asking for evidence that the state is “complying with the list maintenance provisions.”",
        "Federal law, the DOJ emphasizes, imposes a “sweeping obligation on election officials” to keep records.",
      ],
      doj,
    );
    expect(speakerOf(d, "waste of taxpayer money")).toBe("Al Dunn");
    expect(speakerOf(d, "smart people on both sides")).toBe("Jo Hale");
    expect(speakerOf(d, "complying with the list")).toBe("U.S. Department of Justice");
    expect(speakerOf(d, "sweeping obligation")).toBe("U.S. Department of Justice");
  });

  it("names an unnamed office-holder given as “the secretary of state in Ohio”", () => {
    const d = draft([
      "In other states, officials pushed back. The Republican Secretary of State in Ohio told the commission, in part, “They can go jump in Lake Erie.”",
    ]);
    expect(speakerOf(d, "jump in Lake Erie")).toBe("Ohio Secretary of State");
    expect(claimOf(d, "OH")?.stance).toBe("refuses");
  });

  it("gives words to a person whose title names a body, and takes no place for a person", () => {
    const d = draft([
      "“This move is a blatant, partisan trick,” said Democratic Party Chair DuBose Porter.",
      "Democratic State Rep. Greg Leding of Fayetteville, who has urged resistance, said he had learned the news.",
    ]);
    expect(speakerOf(d, "partisan trick")).toBe("DuBose Porter");
    expect(d.people.map((p) => p.name)).not.toContain("Fayetteville");
  });

  it("finds the speech verb before a quote whatever verb follows it", () => {
    const d = draft([
      "Arizona Secretary of State Al Dunn has vowed to fight the demand, contending that it is illegal.",
      "He even told reporters he is “willing to go to jail” to protect the information, saying that a top official “can pound sand.”",
    ]);
    expect(speakerOf(d, "willing to go to jail")).toBe("Al Dunn");
  });

  it("reads “That's what X has told …” after a quote, and “X added,” over the quote's paragraph", () => {
    const d = draft([
      "Rhode Island should follow Ohio's example",
      "",
      '"Go jump in Lake Erie"',
      "",
      "That’s what Ohio’s Secretary of State Al Dunn, a Republican, has told the commission. Secretary Dunn added,",
      "",
      "“Ohio residents should celebrate the Fourth by running their own elections.”",
    ]);
    expect(speakerOf(d, "Go jump in Lake Erie")).toBe("Al Dunn");
    expect(speakerOf(d, "Ohio residents should celebrate")).toBe("Al Dunn");
    const unnamed = draft([
      '"Go jump in Lake Erie"',
      "",
      "That’s what Ohio’s Secretary of State, a Republican, has told the commission.",
    ]);
    expect(speakerOf(unnamed, "Go jump in Lake Erie")).toBe("Ohio Secretary of State");
  });

  it("gives a motion filed on an official's behalf to the official", () => {
    const d = draft([
      "The state's lawyers, on behalf of Secretary of State Jo Hale in a Friday motion, asked that the case be delayed.",
      "",
      "“It is in the interest of judicial economy that this agreement be completed first,” the motion states.",
    ]);
    expect(speakerOf(d, "judicial economy")).toBe("Jo Hale");
  });

  it("reads “The following can be attributed to X:”", () => {
    const d = draft([
      "The following can be attributed to Alison Beyea, executive director of the state's civil liberties union:",
      "",
      '"Maine law protects much of the information being sought."',
    ]);
    expect(speakerOf(d, "Maine law protects much")).toBe("Alison Beyea");
  });

  it("reads a short sentence after a quote that ended with a full stop as its attribution", () => {
    const d = draft([
      "Utah Lt. Gov. Ann Bell said the state will follow its law, and Gov. Tom Ray agreed.",
      "",
      "“As with any request, we must follow state law.” Bell said.",
    ]);
    expect(speakerOf(d, "we must follow state law")).toBe("Ann Bell");
  });

  it("reads a label naming whose statement follows", () => {
    const d = draft([
      "Kentucky Secretary of State Ann Bell refused again on Monday.",
      "",
      "Bell Complete Statement:",
      "",
      "“On behalf of Kentucky's voters, the answer is again no.”",
    ]);
    expect(speakerOf(d, "the answer is again no")).toBe("Ann Bell");
  });

  it("credits words an official is accusing someone of to the official", () => {
    const d = draft([
      "Maine Secretary of State Ann Bell, a Democrat, rejected the request on Aug. 8, accusing the department of “making sweeping and unexplained demands for records.”",
    ]);
    expect(speakerOf(d, "sweeping and unexplained")).toBe("Ann Bell");
  });

  it("gives the words of a paper or body that 'alleged' or 'characterized' to no one named before it", () => {
    const d = draft([
      "Secretary of State Ann Bell refused, and the department sued her on Tuesday, in a complaint that alleged “a pattern of obstruction by the state.”",
      "Secretary of State Jo Hale pointed to the department's letter, which characterized the state's rolls as “a mess of errors.”",
      "Secretary of State Jo Lee, whom reporters reached by phone on Monday, said “we will not hand over the data.”",
    ]);
    expect(speakerOf(d, "a pattern of obstruction")).toBeNull();
    expect(speakerOf(d, "a mess of errors")).toBeNull();
    expect(speakerOf(d, "we will not hand over")).toBe("Jo Lee");
    // (An official's own letter that "called" something is still theirs.)
    const own = draft([
      "Secretary of State Ann Bell sent a letter Friday that called the request “an illegal fishing expedition.”",
    ]);
    expect(speakerOf(own, "illegal fishing")).toBe("Ann Bell");
  });

  it("gives 'The lieutenant governor added:' to the lieutenant governor, not the governor", () => {
    const d = draft([
      "Lt. Gov. Ray Diaz said little. Gov. Ann Cole spoke next.",
      "",
      "The lieutenant governor added: “We are still reviewing.”",
    ]);
    expect(speakerOf(d, "still reviewing")).toBe("Ray Diaz");
  });

  it("gives a suit's words to the one who filed it, never to the one sued", () => {
    const d = draft([
      "Ohio Secretary of State Jo Lee refused the request.",
      "",
      "“This case arises from the department's inquiry into Ohio,” the lawsuit against Lee said.",
      "",
      "“It began in May,” states the complaint against Lee.",
      "",
      "Lee was also named in a lawsuit filed by Common Cause, a watchdog group, on Monday.",
      "",
      "“Officials cannot hand the file to third parties,” the complaint states.",
    ]);
    expect(speakerOf(d, "This case arises")).toBeNull();
    expect(speakerOf(d, "It began in May")).toBeNull();
    expect(speakerOf(d, "Officials cannot hand")).toBe("Common Cause");
  });

  it("never gives words 'whom X dubbed' to the one they were said of", () => {
    // (Kobach is a person the dataset knows: known people are found by name.)
    const d = draft(
      [
        "The governor set up a panel headed by Kris Kobach, the Kansas secretary of state whom a civil rights group dubbed “the king of purges.”",
        "The request came from Kris Kobach, whom Secretary of State Jo Lee has called “a menace to voters.”",
      ],
      { ...strangers, people: dataset.people },
    );
    expect(speakerOf(d, "the king of purges")).toBeNull();
    expect(speakerOf(d, "a menace to voters")).toBe("Jo Lee");
  });

  it("reads the same pronoun twice in a sentence as one person, past a name in passing", () => {
    const d = draft([
      "Gov. Tom Reyes rejected Attorney General Ann Bell's demands.",
      "",
      "Bell's letter, which came the day nurse Jo Dale was hurt, argued the state must comply. She also called for Reyes to repeal rules that she says “have led to chaos” in the state.",
    ]);
    expect(speakerOf(d, "have led to chaos")).toBe("Ann Bell");
  });

  it("gives 'The governor continued:' to the governor named as 'Gov.', not the lieutenant governor", () => {
    const d = draft([
      "Lt. Gov. Mae Lund said the office had not heard from the panel. Gov. Ray Okafor later emailed a statement: “I am doubtful.”",
      "",
      "The governor continued: “Cases of fraud here are vanishingly rare.”",
    ]);
    expect(speakerOf(d, "vanishingly rare")).toBe("Ray Okafor");
  });

  it("gives 'the president said' and 'repeated the claim that' to the president named, not to a Senate president", () => {
    const d = draft([
      "President Ana Ruiz met governors on Monday; Vice President Tom Hale joined her.",
      "The president said “the rolls are a mess.”",
      "Later the president repeated the claim that “states are hiding something.”",
      "“We will ask again,” the vice president said.",
      "“This is a stunt,” the Senate president said.",
    ]);
    expect(speakerOf(d, "rolls are a mess")).toBe("Ana Ruiz");
    expect(speakerOf(d, "states are hiding")).toBe("Ana Ruiz");
    expect(speakerOf(d, "ask again")).toBe("Tom Hale");
    expect(speakerOf(d, "This is a stunt")).toBeNull();
    const commission = draft([
      "President Ana Ruiz created the panel.",
      "Ohio Secretary of State Jo Lee, vice chairman of the Presidential Advisory Commission, sent the letter.",
      "“We found thousands of illegal votes,” the president said.",
    ]);
    expect(speakerOf(commission, "thousands of illegal votes")).toBe("Ana Ruiz");
  });

  it("gives words after 'then added:' to the one who spoke just before", () => {
    const d = draft([
      "At a briefing, Secretary of State Ann Bell joked, “The lake is cold, but they could use it,” then added: “My answer is a swim in the lake.”",
    ]);
    expect(speakerOf(d, "My answer is a swim")).toBe("Ann Bell");
  });

  it("reads 'pointed out', 'characterized … as' and 'expressed concerns about' as speech", () => {
    const d = draft([
      "Secretary of State Ann Bell refused the request. She pointed out that the department “has a poor record of keeping data safe.”",
      "Party chair Leo Marsh characterized the handover as a “reckless data grab.”",
      "Secretary of State Jo Hale agreed to send public data but expressed concerns about “a lack of candour” from the panel.",
    ]);
    expect(speakerOf(d, "has a poor record")).toBe("Ann Bell");
    expect(speakerOf(d, "reckless data grab")).toBe("Leo Marsh");
    expect(speakerOf(d, "a lack of candour")).toBe("Jo Hale");
  });
});

describe("quote speakers named the way the web names them", () => {
  it("reads an embedded tweet, printed without quotation marks, as the words of the one its credit line names", () => {
    const d = draft([
      "The governor answered on Twitter.",
      "",
      "You can add Idaho to that list. We will not take part in this effort. https://t.co/AbCdEf123 — Governor Jo Lee (@GovJoLee) June 30, 2017",
      "",
      "Utah's clerk said “we are still reading the letter,” and the tweet — Jo Lee's — drew replies.",
    ]);
    expect(speakerOf(d, "add Idaho to that list")).toBe("Jo Lee");
    expect(d.quotes.find((q) => q.text.includes("add Idaho"))?.text).toBe(
      "You can add Idaho to that list. We will not take part in this effort.",
    );
    // (A line that already holds a quotation is not read as a tweet.)
    expect(d.quotes.filter((q) => q.text.includes("Jo Lee")).length).toBe(0);
  });

  it("credits words after 'statements such as,', a credit after two hyphens, and words an official 'invited' someone to", () => {
    const d = draft([
      "Secretary of State Jo Penn of Idaho has been an outspoken critic of the request, making statements such as, “Not on my watch are we going to release private data.”",
      "“I have no intention of handing over a single file.” -- Governor Tim Vale, Utah",
      "Iowa Secretary of State Ann Bell invited the panel to “go jump in the Mississippi River,” while others kept quiet.",
    ]);
    expect(speakerOf(d, "Not on my watch")).toBe("Jo Penn");
    expect(speakerOf(d, "no intention of handing over")).toBe("Tim Vale");
    expect(speakerOf(d, "go jump in the Mississippi")).toBe("Ann Bell");
  });

  it("credits a paragraph of words, cut off, to the one who 'gave a statement' just above it", () => {
    const d = draft([
      "Governor Tim Vale of Utah gave an equally blunt statement.",
      "",
      // (The page cut off before the words' close.)
      "“This whole commission rests on a false claim, and we will not feed",
    ]);
    expect(speakerOf(d, "rests on a false claim")).toBe("Tim Vale");
  });

  it("credits words to the one 'a statement from' or 'I spoke with' introduces", () => {
    const d = draft([
      "DENVER, Jan. 3, 2018 -- The following is a statement from Idaho Secretary of State Jo Lee regarding President Trump's decision today to end the commission:",
      "“The commission asked for our public voter roll data, and we sent it as the law allows.”",
      "",
      "To find out why Utah balked, I spoke with Secretary of State Tim Vale, a Republican, about it.",
      "",
      "“The letter asks only for public information. I have no problem with that part.”",
    ]);
    expect(speakerOf(d, "we sent it as the law allows")).toBe("Jo Lee");
    expect(speakerOf(d, "no problem with that part")).toBe("Tim Vale");
    // (Having no problem with "that part" is no compliance with the whole request.)
    expect(claimOf(d, "UT")?.stance).not.toBe("complies");
  });

  it("goes on with the speaker when the next quotation opens on the editor's bracketed words", () => {
    const d = draft([
      "“The voting rolls are public in the towns,” said Jo Lee, spokesman for Secretary of State Tim Vale’s office. “(This commission) asked for the central registry. That’s not public, so they’re not getting it.”",
    ]);
    expect(speakerOf(d, "not getting it")).toBe("Jo Lee");
  });

  it("credits words 'cited', and a second quotation of the same sentence past a name in passing or 'and said'", () => {
    const d = draft([
      "Idaho Secretary of State Jo Penn cited Kobach’s “lengthy record of turning away eligible voters” as her reason.",
      "Utah Secretary of State Ann Bell said her office was “not obliged to go along” with Trump’s efforts to “draft states into the president's plans.”",
      "Iowa Attorney General Tim Vale said he found the request “repugnant,” and said it appeared “designed only to frighten voters away.”",
    ]);
    expect(speakerOf(d, "lengthy record of turning away")).toBe("Jo Penn");
    expect(speakerOf(d, "draft states into the president's")).toBe("Ann Bell");
    expect(speakerOf(d, "designed only to frighten")).toBe("Tim Vale");
  });

  it("reads a quotation a transcript closed with an opening mark at the paragraph's end", () => {
    const d = draft([
      "Secretary of State Jo Lee of Idaho answered the panel.",
      "",
      "Lee: “I will make sure that information is not going to be put in the public domain. So I don’t know how else to put it. “",
      "",
      "Chair: “That is a good guarantee, and I appreciate it.”",
    ]);
    expect(speakerOf(d, "not going to be put in the public domain")).toBe("Jo Lee");
    expect(d.quotes.find((q) => q.text.includes("public domain"))?.text).toBe(
      "I will make sure that information is not going to be put in the public domain. So I don’t know how else to put it.",
    );
  });

  it("reads a quotation a page opened with a closing mark mid-sentence, and credits what an official 'estimated'", () => {
    const d = draft([
      "Chief deputy secretary of state for Idaho, Jo Lee, estimated a ”gazillion calls and over 500 emails” from voters.",
    ]);
    expect(d.quotes.map((q) => q.text)).toEqual(["gazillion calls and over 500 emails"]);
    expect(speakerOf(d, "gazillion calls")).toBe("Jo Lee");
  });

  it("credits words after 'an order from X that declared:' to X", () => {
    const d = draft([
      "The suit against Idaho cites a March order from Governor Jo Lee that declared: “Free and honest elections are the bedrock of the republic.”",
    ]);
    expect(speakerOf(d, "bedrock of the republic")).toBe("Jo Lee");
  });

  it("credits words to the one named in 'with X stating, “…”'", () => {
    const d = draft([
      "The department has sued 23 states, with Attorney General Jo Lee stating, “Accurate voter rolls are the foundation of election integrity.”",
    ]);
    expect(speakerOf(d, "foundation of election integrity")).toBe("Jo Lee");
  });

  it("credits words to the office's general counsel who said them, not to the office", () => {
    const d = draft([
      "In a letter sent Friday, Jo Lee, general counsel for the Idaho Secretary of State’s Office, said the department did not “identify any legal basis” for its request.",
    ]);
    expect(speakerOf(d, "identify any legal basis")).toBe("Jo Lee");
  });

  it("credits words to the one who wrote them, not to the one a statement was sent to or spoken with", () => {
    const d = draft([
      "In a statement to Kansas Secretary of State Kris Kobach, Maine's top election official, Matthew Dunlap, wrote: “We will not comply.”",
    ]);
    expect(speakerOf(d, "We will not comply")).toBe("Matthew Dunlap");
    expect(stances(d)).toEqual({ ME: "refuses" });
  });

  it("never credits words to the one a passive says was called them", () => {
    const d = draft([
      "Idaho's Jo Lee has been called the ‘queen of red tape’ by the head of a voting-rights group.",
      "Utah's Tim Vale called the panel “a waste of money.”",
    ]);
    expect(speakerOf(d, "queen of red tape")).toBeNull();
    expect(speakerOf(d, "a waste of money")).toBe("Tim Vale");
  });

  it("reads no paragraph as a tweet across a blank line, nor a lead-in ending in a colon", () => {
    const d = draft([
      "The secretary of state wrote that Idaho would not take part in any such effort",
      "",
      "— Governor Jo Lee (@GovJoLee) June 30, 2017",
      "Utah's governor posted his answer on Twitter:",
      "— Tim Vale (@TimVale) July 1, 2017",
    ]);
    expect(d.quotes).toEqual([]);
  });

  const withKnown: DraftContext = { ...strangers, people: dataset.people };

  it("credits a tweet to the name before its handle, with a middle initial, or to the handle's person", () => {
    const d = draft(
      [
        "Kentucky's secretary of state answered online.",
        "“We will not hand over a single voter's data to this panel.” — Sec. Grimes Reply on the letter: pic.twitter.com/abc123 — Alison L. Grimes (@KySecState) July 1, 2017",
        "",
        "“Our answer has not changed since Friday.” (@AlisonGrimesKY) July 2, 2017",
      ],
      withKnown,
    );
    expect(speakerOf(d, "a single voter's data")).toBe("Alison Lundergan Grimes");
    expect(speakerOf(d, "Our answer has not changed")).toBe("Alison Lundergan Grimes");
    const later = draft(
      ["“We will not comply,” Jane Roe said. A tweet from Tim Vale (@TimVale) disagreed."],
      withKnown,
    );
    expect(speakerOf(later, "We will not comply")).toBe("Jane Roe");
  });

  it("reads a speech verb the page cut off after a name, but not one who 'concurred' with another's words", () => {
    const d = draft([
      "Ann Bell and Jo Lee are both running for secretary of state.",
      "Ohio Secretary of State Ann Bell called the demand “an unlawful fishing expedition,” a view with which Iowa Secretary of State Jo Lee concurred.",
      "“The request was never about fraud,” Lee conti",
    ]);
    expect(speakerOf(d, "fishing expedition")).toBe("Ann Bell");
    expect(speakerOf(d, "never about fraud")).toBe("Jo Lee");
    // (A quotation inside someone's sentence is theirs, whoever the cut-off words name next.)
    const inside = draft([
      "Ohio's Ann Bell called the demand “an unlawful fishing expedition,” Kobach no",
    ]);
    expect(speakerOf(inside, "fishing expedition")).toBe("Ann Bell");
    // (Not a word that is no speech verb: "… Lee sat".)
    const sat = draft([
      "Ann Bell and Jo Lee spoke.",
      "“The request was never about fraud,” Lee xy",
    ]);
    expect(speakerOf(sat, "never about fraud")).toBeNull();
  });

  it("credits a statement's paragraphs, each only a quotation, to the one who issued it", () => {
    const d = draft([
      "Secretary of State Ann Bell issued the following statement after the meeting.",
      "",
      "“Today's meeting is the latest effort to suppress the vote.”",
      "",
      "“The meeting heard no testimony from the voters it claims to protect.”",
      "",
      "“I will continue to refuse to comply with this commission's requests.”",
    ]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(["Ann Bell", "Ann Bell", "Ann Bell"]);
  });

  it("credits a group that 'sent a letter …, stating “…”' with the letter's words, past its initials", () => {
    const d = draft([
      "On July 6, the League of Women Voters of Ohio (LWVO) sent a letter commending Secretary Ann Bell for her response to Mr. Tim Vale, stating “The League stands by our long history of opposing such releases.”",
    ]);
    expect(speakerOf(d, "stands by our long history")).toBe("League of Women Voters of Ohio");
  });

  it("credits a participle after a comma to the clause's subject, never to one it names later", () => {
    const d = draft([
      "On July 6, the league sent a letter commending Secretary Ann Bell for her response to Mr. Tim Vale, stating “The league stands by our long history of opposing such releases.”",
      "Jo Lee, who said she had seen no fraud, also advised Vale to withdraw his request, saying the public lists would be “useless” in finding it.",
      "Each voter's record lists the elections they voted in, Ray Moss said, adding, “Of course, we have no idea how anyone voted.”",
    ]);
    expect(speakerOf(d, "stands by our long history")).toBeNull();
    expect(speakerOf(d, "useless")).toBe("Jo Lee");
    expect(speakerOf(d, "no idea how anyone voted")).toBe("Ray Moss");
    // (A subordinate clause in the past perfect may be a backdrop or the writer's: no one. Not
    // a main clause after "but".)
    const backdrop = draft([
      "Secretary of State Ann Bell turned the request down on Friday, days after Governor Tim Vale had praised it, writing “our voters deserve their privacy.”",
      "Gov. Tim Vale of Indiana weighed in on Friday, but Secretary of State Ann Bell had already refused, saying “we will not hand over private data.”",
    ]);
    expect(speakerOf(backdrop, "deserve their privacy")).toBeNull();
    expect(speakerOf(backdrop, "we will not hand over")).toBe("Ann Bell");
  });

  it("credits the quotation under 'issued a sharp response, calling …' and 'Assembly Member … released the following statement:'", () => {
    const d = draft([
      "Secretary of State Tim Vale's office said it had not yet received the lawsuit. Vale issued a sharp response, calling the department's actions politically motivated.",
      "",
      "“If the President wants to use the department to go after his opponents, we will see him in",
    ]);
    expect(speakerOf(d, "go after his opponents")).toBe("Tim Vale");
    const member = draft([
      "Bronx Assembly Member Jo Lee released the following statement:",
      "",
      "“Today, the State Board of Elections turned over voter information to the commission.”",
    ]);
    expect(speakerOf(member, "turned over voter information")).toBe("Jo Lee");
    // (A headline's verbs after a title are no part of a name.)
    const headline = draft([
      "Trump Election Commission Member Gardner Does Not Approve of Kobach's Claims",
      "Trump Voter Fraud Commissioner Again Rejects Panel's Request",
    ]);
    expect(headline.people.map((p) => p.name)).not.toContain("Gardner Does Not Approve");
    expect(headline.people.map((p) => p.name)).not.toContain("Again Rejects Panel");
  });

  it("reads an editorial's imperative, the one urged and the data asked for as no answer", () => {
    const d = draft(
      [
        "SHARE Don’t give private info about Ohio voters to Trump commission",
        "“Our group opposes this un-American request in the strongest terms and urges Iowa Secretary of State Tim Vale to join Secretaries of State across the country in publicly denying any request for Utah voter rolls.”",
      ],
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({});
    // (One pressed who answers in its own clause still answers.)
    expect(stances(draft(["The department pressed Ohio, which has refused the request."]))).toEqual(
      {
        OH: "refuses",
      },
    );
  });

  it("reads 'took a similar hard line' as refusing", () => {
    const d = draft([
      "Other Republican state leaders in places such as Louisiana, Tennessee and Wyoming took a similar hard line.",
    ]);
    expect(stances(d)).toEqual({ LA: "refuses", TN: "refuses", WY: "refuses" });
  });

  it("reads what a dispute is over as no answer", () => {
    const d = draft([
      "The ACLU of Ohio filed a brief on Friday siding with Secretary of State Jo Lee in her dispute with the Trump administration over turning over unredacted voter rolls to the federal government.",
      "Iowa is locked in a fight with the department about whether to hand over the full list.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("credits words one is 'touting' to the clause's subject", () => {
    const d = draft([
      "Attorney General Ann Bell is pushing Governor Tim Vale to grant access to the state's voter rolls, touting it as a means to “bring back law and order” in the city.",
    ]);
    expect(speakerOf(d, "bring back law and order")).toBe("Ann Bell");
  });

  it("reads an institution's counsel or adviser named after the title as the speaker", () => {
    const d = draft([
      "“Ohio is under no obligation to comply,” said Institute Associate Counsel Tim Vale.",
      "“The data stays here,” said Policy Advisor Jo Lee.",
    ]);
    expect(speakerOf(d, "no obligation")).toBe("Tim Vale");
    expect(speakerOf(d, "data stays here")).toBe("Jo Lee");
  });

  it("reads 'a spokesman' as saying nothing of whether 'she' may stand for her", () => {
    const d = draft([
      "Jo Lee, a spokesman for Secretary of State Tim Vale, said the ruling changes nothing.",
      "",
      "“Our office is still not providing them with any data,” she said.",
    ]);
    expect(speakerOf(d, "still not providing")).toBe("Jo Lee");
  });

  it("knows a known official by surname alone in a story of theirs that names their state", () => {
    const commission: DraftContext = { ...withKnown, overrides: { story: "commission-2017" } };
    const d = draft(
      [
        "Pennsylvania's governor will not send the commission its voters' private data.",
        'While Wolf repeatedly criticized Trump and said "the commonwealth cannot share this information", he also noted that anyone can buy the public file.',
      ],
      commission,
    );
    expect(speakerOf(d, "the commonwealth cannot share")).toBe("Tom Wolf");
    // (Not where the state goes unnamed, nor where the name is also printed as a common word.)
    const unnamed = draft(
      [
        'While Wolf criticized the panel and said "the data stays with us", he kept quiet on the rest.',
      ],
      commission,
    );
    expect(speakerOf(unnamed, "the data stays with us")).toBeNull();
    const common = draft(
      [
        "Pennsylvania's governor cried wolf, critics said.",
        'While Wolf criticized the panel and said "the data stays with us", he kept quiet on the rest.',
      ],
      commission,
    );
    expect(speakerOf(common, "the data stays with us")).not.toBe("Tom Wolf");
    // (Nor where the office goes unnamed: "said Wolf, a Pittsburgh retiree".)
    const voter = draft(
      [
        "Pennsylvania voters lined up to cancel their registrations.",
        '"I bet the state hands over everything," said Wolf, a Pittsburgh retiree.',
      ],
      commission,
    );
    expect(speakerOf(voter, "I bet the state")).not.toBe("Tom Wolf");
    // ("Governor Cuomo": the office's title before the surname, where the state is named.)
    const titled = draft(
      [
        "Governor Cuomo became the latest state official to turn down the request.",
        "“We will not be part of this sham,” Cuomo said of New York's voter rolls.",
      ],
      commission,
    );
    expect(speakerOf(titled, "part of this sham")).toBe("Andrew Cuomo");
    // (Another state's secretary of state is not Minnesota's office.)
    const retiree = draft(
      [
        "Kansas Secretary of State Kris Kobach asked every state for its voter rolls.",
        "At a market in Minnesota, opinions were mixed.",
        "“We will not give them a thing,” said Simon, a St. Paul retiree.",
      ],
      commission,
    );
    expect(speakerOf(retiree, "give them a thing")).not.toBe("Steve Simon");
    expect(stances(retiree).MN).toBeUndefined();
    // (West Virginia is not Virginia: its governor is not Virginia's.)
    const western = draft(
      [
        "West Virginia's governor said the state would share only public records.",
        "“We have nothing to hide,” McAuliffe said, a Charleston shop owner.",
      ],
      commission,
    );
    expect(speakerOf(western, "nothing to hide")).not.toBe("Terry McAuliffe");
    const virginia = draft(
      [
        "Virginia's governor said the state would share only public records.",
        "“We have nothing to hide,” McAuliffe said.",
      ],
      commission,
    );
    expect(speakerOf(virginia, "nothing to hide")).toBe("Terry McAuliffe");
  });

  it("credits words introduced by a colon to the clause's subject, and 'labeled' words to the labeller", () => {
    const d = draft([
      "After two more states balked, Governor Jane Roe lashed out on social media: “These states have something to hide, and voters will see it.”",
      "Senator Tim Vale labeled the probe “a fishing trip at the taxpayers' expense.”",
    ]);
    expect(speakerOf(d, "something to hide")).toBe("Jane Roe");
    expect(speakerOf(d, "a fishing trip")).toBe("Tim Vale");
  });

  it("credits a report's words to the publication, but a person's words told to a paper to the person", () => {
    const d = draft([
      "“More than thirty states are resisting the panel's request for voter data,” according to a Monday report by The Daily Ledger.",
      "“We will give them nothing,” Secretary of State Ann Bell told The Daily Ledger.",
    ]);
    expect(speakerOf(d, "More than thirty states")).toBe("The Daily Ledger");
    expect(speakerOf(d, "give them nothing")).toBe("Ann Bell");
  });
});

describe("quotes of the requesting body", () => {
  it("credits words after 'the White House lashed out and said' to it, and a group that 'has characterized' a request", () => {
    const d = draftArticle(
      [
        "When the states refused, the White House lashed out and said they were not cooperating because they are “afraid of what the panel will find.”",
        "Civil rights groups, including the American Civil Liberties Union, have characterized the requests as a “grave danger to every voter.”",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(speakerOf(d, "afraid of what")).toBe("White House");
    expect(speakerOf(d, "grave danger")).toBe("American Civil Liberties Union");
  });

  it("credits a list's quoted items under the requester's lead-in to the requester", () => {
    const d = draftArticle(
      [
        "The panel had asked states in a letter last week for the following information:",
        "",
        "+ The “full first and last names of all registrants”",
        "+ Information “regarding any felony convictions”",
        "",
        "Ohio's secretary said:",
        "- “We will send none of it, not a single record”",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    const commission = "Presidential Advisory Commission on Election Integrity";
    expect(speakerOf(d, "full first and last names")).toBe(commission);
    expect(speakerOf(d, "any felony convictions")).toBe(commission);
    expect(speakerOf(d, "not a single record")).not.toBe(commission);
  });

  it("credits the letter's words to the requester past an aside in dashes", () => {
    const d = draftArticle(
      "But the original letter—the same as those sent to other states—specifically requested voter roll data “if publicly available under the laws of your state.”",
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(speakerOf(d, "if publicly available")).toBe(
      "Presidential Advisory Commission on Election Integrity",
    );
  });

  it("credits 'the panel' of the 2017 story with its words and its request", () => {
    const d = draftArticle(
      [
        "The panel made news when it asked states to provide “whatever is public under state law,” which sounded mild.",
        "“We only want what anyone can buy,” the panel said on Friday.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    const by = "Presidential Advisory Commission on Election Integrity";
    expect(speakerOf(d, "whatever is public")).toBe(by);
    expect(speakerOf(d, "anyone can buy")).toBe(by);
  });

  it("credits 'the White House commission' and 'the Trump panel' with their words, and what 'it acknowledged'", () => {
    const d = draftArticle(
      [
        "In its letter to Iowa, the White House commission specifically requested “publicly available voter roll data for Iowa.”",
        "The Trump panel acknowledged in the same letter that what it receives “will also be made available to the public.”",
        "The state election commission said it would answer “within the week.”",
        "Since the Trump commission told states it would post the data online, the lawsuit said, “Once the list is public, it will be misused.”",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    const by = "Presidential Advisory Commission on Election Integrity";
    expect(speakerOf(d, "voter roll data for Iowa")).toBe(by);
    expect(speakerOf(d, "made available to the public")).toBe(by);
    expect(speakerOf(d, "within the week")).not.toBe(by);
    expect(speakerOf(d, "it will be misused")).not.toBe(by);
  });

  it("takes a court's or a legislature's panel for no requester", () => {
    const d = draftArticle(
      [
        "A three-judge appeals panel heard the case on Monday.",
        "“The state must answer within ten days,” the panel said.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(speakerOf(d, "must answer within")).not.toBe(
      "Presidential Advisory Commission on Election Integrity",
    );
  });

  it("credits the requester with the grounds it sued on, what it claims, and what its suit says", () => {
    const doj = draftArticle(
      [
        "The department filed federal lawsuits against Ohio and Iowa on Thursday for “failing to produce statewide voter lists.”",
        "The U.S. Department of Justice on Friday sued Utah for what it said was a “failure to comply with federal law.”",
        "The Justice Department claims the statute gives it “sweeping powers to obtain these records,” though critics characterize the suits as “a clear overreach.”",
        "The Department of Justice said it had sued Idaho as well. “This proceeding arises from an investigation,” the suit says.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    const by = "U.S. Department of Justice";
    expect(speakerOf(doj, "failing to produce statewide")).toBe(by);
    expect(speakerOf(doj, "failure to comply with federal")).toBe(by);
    expect(speakerOf(doj, "sweeping powers")).toBe(by);
    expect(speakerOf(doj, "This proceeding arises")).toBe(by);
    expect(speakerOf(doj, "a clear overreach")).not.toBe(by);
  });

  it("credits the requester when a letter's address block runs its name into a person's", () => {
    const d = draftArticle(
      [
        "August 16, 2017 Mr. Kris W. Kobach Vice Chair Presidential Advisory Commission on Election Integrity Dear Vice Chair Kobach: Please accept this letter from Ohio.",
        "The Commission has asked for “publicly available voter roll data for Ohio” in its letter.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(speakerOf(d, "publicly available voter roll data")).not.toMatch(/Vice Chair/);
  });

  it("gives the requester the words of what it asked for, announced or filed, as the sentence's subject", () => {
    const d = draft([
      "The Justice Department sued Ohio and Iowa on Friday and announced the suits were “for refusing to share full voter files.”",
      "The Justice Department in May requested each state's list, with a tally of voters “flagged as foreign nationals.”",
      "The lawsuit filed in federal court against Ohio Secretary of State Jo Lee accuses her of failing to “hand over the requested records.”",
      "Ohio's secretary said the request was “a solution in search of a problem.”",
    ]);
    const doj = "U.S. Department of Justice";
    expect(speakerOf(d, "for refusing to share")).toBe(doj);
    expect(speakerOf(d, "flagged as foreign")).toBe(doj);
    expect(speakerOf(d, "hand over the requested")).toBe(doj);
    expect(speakerOf(d, "solution in search")).not.toBe(doj);
  });

  it("gives the requester a continued quote, its memo's words and 'the department said'", () => {
    const d = draft([
      "The Justice Department sued Ohio on Tuesday.",
      "“States must hand over their complete voter lists,” the DOJ said. “The law lets the department inspect every record it asks for.”",
      "“Send the list within fourteen days of this letter,” the memo states.",
      "The demand, sent as a “sealed data sharing agreement” the department said, cited the National Voter Registration Act twice.",
    ]);
    const doj = "U.S. Department of Justice";
    expect(speakerOf(d, "complete voter lists")).toBe(doj);
    expect(speakerOf(d, "inspect every record")).toBe(doj);
    expect(speakerOf(d, "within fourteen days")).toBe(doj);
    expect(speakerOf(d, "sealed data sharing")).toBe(doj);
    // ("The letter says" is another's where the letter last introduced is: one lawmakers signed,
    // or one written to the department.)
    const dojStory: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const theirs = draft(
      [
        "The Justice Department sued Ohio on Tuesday.",
        "More than 40 lawmakers signed a letter sent to the governor Friday.",
        "The letter says the department has a history of overreach.",
        "“This demand is a fishing trip,” the letter says.",
        "Ann Bell wrote a letter to the Justice Department on Monday.",
        "“Our voters' records stay here,” the letter said.",
      ],
      dojStory,
    );
    expect(speakerOf(theirs, "fishing trip")).not.toBe(doj);
    expect(speakerOf(theirs, "records stay here")).not.toBe(doj);
    const its = draft(
      [
        "The Justice Department sued Ohio on Tuesday.",
        "The department sent a letter to every state in May.",
        "“Send the list within fourteen days,” the letter says.",
      ],
      dojStory,
    );
    expect(speakerOf(its, "within fourteen days")).toBe(doj);
  });

  it("gives the requester the words it “has asked” for and its agreement's terms", () => {
    const d = draft([
      "The Justice Department sued Ohio on Tuesday.",
      "The DOJ has asked states to agree to a “confidential memorandum of understanding” before they hand over files.",
      "Yet the agreement provides that the department will “test, analyze, and assess states’ voter rolls” on its own.",
    ]);
    const doj = "U.S. Department of Justice";
    expect(speakerOf(d, "confidential memorandum")).toBe(doj);
    expect(speakerOf(d, "test, analyze")).toBe(doj);
  });

  it("gives what a letter “indicated” to the one it came from", () => {
    const d = draft([
      "Ohio will not send birth dates, as requested in a recent letter from Commission Vice Chair Ben Ward.",
      "The letter indicated the request applied only to information “publicly available under the laws of your state.”",
    ]);
    expect(speakerOf(d, "publicly available under the laws")).toBe("Ben Ward");
  });

  it("does not give a quote to someone a message was sent to", () => {
    const d = draft([
      "The Justice Department sued Ohio on Tuesday.",
      "A letter sent to Deputy Secretary of State Jo Lee on May 2 said the DOJ wants a “complete, unredacted voter registration list.”",
    ]);
    expect(speakerOf(d, "complete, unredacted")).toBe("U.S. Department of Justice");
  });

  it("gives a letter's words to the one who sent it, else to the requester, never to its addressee", () => {
    const d = draft([
      "Kansas Secretary of State Ben Ward, the commission's vice chairman, sent letters to all 50 states on Wednesday.",
      "The letter directed states to turn over “publicly available voter roll data including dates of birth.”",
      "Iowa Secretary of State Tim Lund rejected the first letter. That letter from commission vice chairman Ben Ward advised Lund to “please be aware that any documents will be made public.”",
    ]);
    expect(speakerOf(d, "publicly available voter roll data")).toBe("Ben Ward");
    expect(speakerOf(d, "please be aware")).toBe("Ben Ward");
    const body = draft([
      "The Justice Department wrote to Ohio in May.",
      "In its letter, the department specifically requested “the full, unredacted voter registration list.”",
      "The memo further requested “every registrant's driver's license number.”",
    ]);
    expect(speakerOf(body, "full, unredacted")).toBe("U.S. Department of Justice");
    expect(speakerOf(body, "driver's license number")).toBe("U.S. Department of Justice");
    const officials = draft(
      ["An Aug. 14 letter sent by federal officials said “the last four digits are required.”"],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(speakerOf(officials, "last four digits")).toBe("U.S. Department of Justice");
    const addressed = draft(
      [
        "The letter addressed to Secretary of State Ann Hale asks for “the full voter list for Ohio.”",
        "Iowa officials are weighing the department's request to supply “every registrant's birth date.”",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(speakerOf(addressed, "full voter list")).toBe("U.S. Department of Justice");
    expect(speakerOf(addressed, "every registrant's birth")).toBe("U.S. Department of Justice");
    // (Not a letter to the requester, a group's letter, nor another's request.)
    const others = draft(
      [
        "A letter sent to the attorney general by 14 secretaries of state says the demand is “an unprecedented federal overreach.”",
        "The League of Women Voters of Ohio wrote to the secretary. Its letter asks him to “refuse the demand outright.”",
        "The state's request to provide “a redacted file instead” was denied.",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    for (const words of ["unprecedented federal", "refuse the demand", "a redacted file"])
      expect(speakerOf(others, words), words).not.toBe("U.S. Department of Justice");
  });

  it("gives the requester what it asked or sued for after a phrase that sets the time or the paper", () => {
    const d = draft([
      "The Justice Department sued Ohio on Tuesday.",
      "In March, the Justice Department filed a lawsuit arguing the list was needed for its review of “Ohio's upkeep of its voter rolls.”",
      "In a letter to state officials dated May 2, 2025, the department's civil rights chief demanded the full list, including “every voter's date of birth.”",
    ]);
    const doj = "U.S. Department of Justice";
    expect(speakerOf(d, "upkeep of its voter rolls")).toBe(doj);
    expect(speakerOf(d, "every voter's date of birth")).toBe(doj);
  });

  it("gives the requester its letter's words however the sentence puts the letter", () => {
    const d = draft(
      [
        "The Justice Department wrote to every state in May.",
        "The letter, which Ohio's secretary posted online on Friday, asks for “each voter's full date of birth and address.”",
        "The data would help the review of “list maintenance in every state” nationally, the letter said.",
        "“Please reply within fourteen days of receipt,” the request letter stated.",
        "The requested information includes “the last four digits of each registrant's Social Security number.”",
        "Ohio's secretary said the request was “a solution in search of a problem.”",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    const doj = "U.S. Department of Justice";
    expect(speakerOf(d, "full date of birth")).toBe(doj);
    expect(speakerOf(d, "list maintenance in every")).toBe(doj);
    expect(speakerOf(d, "within fourteen days")).toBe(doj);
    expect(speakerOf(d, "last four digits")).toBe(doj);
    expect(speakerOf(d, "solution in search")).not.toBe(doj);
  });

  it("reads the requester's post named after him as no answer", () => {
    const d = draft([
      "Iowa will not provide birth dates, as requested in a letter from Commission Vice Chair Kris Kobach, the Republican secretary of state in Kansas.",
    ]);
    expect(stances(d)).toEqual({ IA: "withholding" });
  });

  it("reads the requester's own quoted words as no answer from the requester's home state", () => {
    const d = draft(
      [
        "Iowa Secretary of State Tim Lund turned down the commission in July.",
        "That letter from commission vice chairman Kris Kobach advised Lund to “please note that any records you submit to the commission will also be made available to the public.”",
        "A second letter from Kris Kobach, the Kansas secretary of state, said “records submitted will be made available to the public.”",
      ],
      { ...strangers, people: dataset.people },
    );
    expect(stances(d)).toEqual({ IA: "refuses" });
    // ("He", Kobach, speaking of the states is the requester, not his state.)
    const he = draft(
      [
        "Kansas Secretary of State Kris Kobach said the reports were false.",
        "He claims that 20 states have agreed to comply with the request.",
      ],
      { ...strangers, people: dataset.people, overrides: { story: "commission-2017" } },
    );
    expect(stances(he)).toEqual({});
    // ("Kris Kobach, the Connecticut secretary of state": his title, however wrong, not
    // Connecticut's secretary speaking.)
    const titled = draft(
      [
        "The letter was made public by Kris Kobach, the Connecticut secretary of state, stating that “any documents submitted will also be made available to the public.”",
      ],
      { ...strangers, people: dataset.people, overrides: { story: "commission-2017" } },
    );
    expect(stances(titled)).toEqual({});
  });

  it("gives what a letter asked for to its sender past an aside about him, and in a clause that tells how it began", () => {
    const d = draft([
      "The fight began when Ohio Secretary of State Jo Lee, vice chair of a panel that President Ann Roe set up, sent a letter in June to every state asking for “the public voter roll data.”",
    ]);
    expect(speakerOf(d, "the public voter roll data")).toBe("Jo Lee");
  });

  it("gives what 'the letter that X sent' requests to X, not to whom it was sent", () => {
    const d = draft([
      "The letter that Ohio Secretary of State Jo Lee (R), the vice chair of the panel, sent to state officials last week requests “publicly available voter roll data.”",
      "The letter that Iowa officials received from the panel asks for “every voter's birth date.”",
    ]);
    expect(speakerOf(d, "publicly available voter roll data")).toBe("Jo Lee");
    expect(speakerOf(d, "every voter's birth date")).not.toBe("Jo Lee");
  });

  it("gives a letter's words to the one the text says signed it, past where it was sent", () => {
    const d = draft([
      "It all began with a June 28 letter sent to the secretary of state of each state and signed by Vice Chair Jo Lee.",
      "The letter requested that states share “the public voter roll data” with the panel.",
    ]);
    expect(speakerOf(d, "the public voter roll data")).toBe("Jo Lee");
  });

  it("gives the requester no words said of its demands ('the DOJ's demands could “…”'), but its letter's", () => {
    const d = draft([
      "As the group's brief lays out, the DOJ's demands could “upend the balance between the states” by taking over their lists.",
      "The DOJ’s letter demands “a copy of the full voter list within fourteen days.”",
    ]);
    expect(speakerOf(d, "upend the balance")).toBeNull();
    expect(speakerOf(d, "within fourteen days")).toBe("U.S. Department of Justice");
  });

  it("gives the requester its lawsuit's words, but not the words of a suit against it", () => {
    const sued = draft([
      "The Justice Department sued Ohio on Tuesday.",
      "According to the lawsuit, the state's refusal “keeps the Attorney General from doing her job” under federal law.",
      "“Ohio has ignored two letters,” the complaint says.",
    ]);
    expect(speakerOf(sued, "keeps the Attorney General")).toBe("U.S. Department of Justice");
    expect(speakerOf(sued, "ignored two letters")).toBe("U.S. Department of Justice");
    const suing = draft([
      "A voters' group sued the Justice Department on Tuesday.",
      "“The department has no right to this list,” the complaint says.",
    ]);
    expect(speakerOf(suing, "no right to this list")).toBeNull();
  });

  it("knows the requester's suit by 'filed a federal lawsuit' and 'the DOJ lawsuit', but not words the suit quotes", () => {
    const filed = draft([
      "The Justice Department has filed a federal lawsuit against Ohio's secretary of state.",
      "“Ohio has ignored two letters,” the lawsuit against the secretary said.",
      "“Every record shall be made available,” the complaint says, quoting a 1960 law.",
    ]);
    expect(speakerOf(filed, "ignored two letters")).toBe("U.S. Department of Justice");
    expect(speakerOf(filed, "Every record shall")).toBeNull();
    const named = draft([
      "The DOJ lawsuit, filed in Columbus, says Ohio broke federal law.",
      "The lawsuit states that federal law imposes a “broad duty on election officials” to keep records.",
    ]);
    expect(speakerOf(named, "broad duty")).toBe("U.S. Department of Justice");
    const inverted = draft([
      "The Justice Department sued Ohio's secretary of state on Monday.",
      "“Ohio has answered neither letter,” states the complaint against the secretary.",
      "In a reply to the state, Justice Department representatives again asked “when will Ohio send the list.”",
    ]);
    expect(speakerOf(inverted, "answered neither letter")).toBe("U.S. Department of Justice");
    expect(speakerOf(inverted, "when will Ohio send")).toBe("U.S. Department of Justice");
    const spanish = draft([
      "El Departamento de Justicia demandó a Ohio el jueves.",
      "«Ohio no ha respondido a dos cartas», afirma la demanda.",
    ]);
    expect(speakerOf(spanish, "no ha respondido")).toBe("U.S. Department of Justice");
    // Another party joined the suit: "the filing" may be theirs.
    const joined = draft([
      "A voters' group filed a motion to intervene in the DOJ lawsuit against Ohio.",
      "“The department has no right to these records,” the filing says.",
    ]);
    expect(speakerOf(joined, "no right to these records")).toBeNull();
  });
});

describe("press releases", () => {
  it("credits the words under 'Name Statement on …' to that person, and takes no institution's words for a name", () => {
    const d = draft([
      "Press Releases",
      "",
      "Secretary of State Jo Lindqvist Statement on the End of the Pence-Kobach Voter Fraud Commission",
      "",
      "“I am glad Ohio refused to share our voters’ private data with the Pence-Kobach voter fraud commission.”",
      "",
      "Lindqvist has served since 2015.",
    ]);
    expect(speakerOf(d, "I am glad Ohio refused")).toBe("Jo Lindqvist");
    expect(d.people.map((p) => p.name)).not.toContain("Pence-Kobach Voter Fraud");
  });
});

describe("quotes of an official named by role", () => {
  it("gives 'The Secretary of State condemned …, stating, “…”' to the secretary last named", () => {
    const d = draft([
      "Iowa Secretary of State Dana Whitfield spoke Monday.",
      "The Secretary of State condemned the department's approach, stating, “It is deeply troubling that the data was demanded.”",
    ]);
    expect(speakerOf(d, "It is deeply troubling")).toBe("Dana Whitfield");
  });

  it("keeps the speaker of words the page cut off after 'stating, “' or 'saying, “'", () => {
    const stating = draft([
      "Iowa Secretary of State Dana Whitfield spoke Monday.",
      "",
      "The Secretary of State condemned the department's approach, stating, “It is deeply troubling that the data was demanded as part of a bargain for our state's pea",
    ]);
    expect(speakerOf(stating, "It is deeply troubling")).toBe("Dana Whitfield");
    const saying = draft([
      "Gov. Jo Lee of Idaho spoke Friday about the request.",
      "",
      "The governor rejected it outright, saying, “We will never provide private voter information to anyone who asks for it without a law that lets",
    ]);
    expect(speakerOf(saying, "never provide private")).toBe("Jo Lee");
  });
});

describe("a judge's findings", () => {
  it("gives what a judge 'found that' or 'ruled that' to the judge, and a study's finding to no one", () => {
    const d = draft([
      "U.S. District Judge Ann Gale dismissed the department's suit against Maryland on Thursday.",
      "",
      "Gale found that the list, which holds addresses, “is not such a record or paper.” She ruled that the law “does not reach the voter list.”",
      "",
      "A 2017 study found that fraud was “vanishingly rare in every state it examined.”",
    ]);
    expect(speakerOf(d, "not such a record")).toBe("Ann Gale");
    expect(speakerOf(d, "does not reach")).toBe("Ann Gale");
    expect(speakerOf(d, "vanishingly rare")).toBeNull();
  });
});

describe("a possessed letter as what the subject judges", () => {
  it("gives 'Simon characterized Bondi's letter as an “…”' to Simon, and his 'which he argued' too, but 'Bondi's letter demanded “…”' to Bondi", () => {
    const judged = draft([
      "Minnesota Secretary of State Steve Simon answered U.S. Attorney General Pam Bondi on Monday.",
      "",
      "In his response, Simon characterized Bondi's letter as an “outrageous attempt” to pressure the state, which he argued breaks state law. “We will not be bullied,” he said.",
    ]);
    expect(speakerOf(judged, "outrageous attempt")).toBe("Steve Simon");
    expect(speakerOf(judged, "We will not be bullied")).toBe("Steve Simon");
    const quoted = draft([
      "Minnesota Secretary of State Steve Simon answered U.S. Attorney General Pam Bondi on Monday.",
      "",
      "Bondi's letter demanded “the complete and unredacted voter file” within two weeks.",
    ]);
    expect(speakerOf(quoted, "complete and unredacted")).toBe("Pam Bondi");
  });
});

describe("quotes on a page that lost its spaces", () => {
  it("reads a closing mark printed where a quote opens after a sentence's end", () => {
    const d = draft([
      "Senator Ann Pike and Senator Bo Marsh voted against the measure.”Once the data is handed over, you can never get it back,” Pike said. “It is like toothpaste.”Marsh agreed.",
    ]);
    expect(speakerOf(d, "Once the data is handed over")).toBe("Ann Pike");
    expect(speakerOf(d, "It is like toothpaste")).toBe("Ann Pike");
  });
});

describe("quotes after a committee's name", () => {
  it("takes the words after 'the Committee on … and Public Safety' for no person's name", () => {
    const d = draft([
      "Council member Dana Whitfield (D-Ward 6), Chair of the Committee on the Judiciary and Public Safety, who wrote the bill, said, “The District will not be party to this effort.”",
      "The Division of Elections Director Robert Lane said, “We have sent nothing.”",
    ]);
    expect(speakerOf(d, "will not be party")).toBe("Dana Whitfield");
    expect(speakerOf(d, "We have sent nothing")).toBe("Robert Lane");
    expect(d.people.map((p) => p.name)).not.toContain("Public Safety");
  });

  it("takes 'Ohioans for Honest Ballots' for a group's name, not a person who speaks", () => {
    const d = draft([
      "Jo Ann Pruitt, policy director at Ohioans for Honest Ballots added “The state should keep its word.”",
    ]);
    expect(speakerOf(d, "keep its word")).toBe("Jo Ann Pruitt");
    expect(d.people.map((p) => p.name)).not.toContain("Honest Ballots");
  });
});

describe("quotes introduced by 'Said Del. …:'", () => {
  it("takes 'Del.' for a delegate's title and a sentence's 'Said' for no name", () => {
    const d = draft([
      "Said Del. Kumar Vance of Gaithersburg: “There is not a shred of evidence of fraud.”",
    ]);
    expect(speakerOf(d, "not a shred of evidence")).toBe("Kumar Vance");
  });

  it("gives the words after 'Responded Idaho's X, a Republican,' to X", () => {
    const d = draft([
      "Some secretaries bristled at the panel's request for voter data. Responded Idaho’s Lena Marsh, a Republican, “They can take a long walk off a short pier.” Added Gov. Ray Tull (D), “We will not comply with this request at all.”",
    ]);
    expect(speakerOf(d, "long walk")).toBe("Lena Marsh");
    expect(speakerOf(d, "will not comply")).toBe("Ray Tull");
  });

  it("gives 'Said Gov. Ray Tull about Secretary Jo Lee: “…”' to Tull, not to Lee", () => {
    const d = draft(["Said Gov. Ray Tull about Secretary Jo Lee: “She has done her job well.”"]);
    expect(speakerOf(d, "done her job")).not.toBe("Jo Lee");
  });
});

describe("quotes inside someone's named reply", () => {
  it("gives the words of 'X's rejoinder that …' to X, past a name in passing", () => {
    const d = draft([
      "Many states echoed Ohio Secretary of State Jo Lindqvist’s rejoinder that the panel chaired by Vice President Ann Cole “can go jump in Lake Erie.”",
      "Iowa's Bo Marsh said the request was “a fishing expedition.”",
    ]);
    expect(speakerOf(d, "can go jump in Lake Erie")).toBe("Jo Lindqvist");
    expect(speakerOf(d, "a fishing expedition")).toBe("Bo Marsh");
  });
});

describe("speech verbs of manner", () => {
  it("credits 'who likes to bill himself as “…”' to the one who bills himself so", () => {
    const d = draft([
      "The panel's vice chairman is Jo Lee, who likes to bill himself as “the A.C.L.U.'s worst nightmare.”",
    ]);
    expect(speakerOf(d, "worst nightmare")).toBe("Jo Lee");
  });

  it("reads 'fumed', 'scoffed' and 'shot back' as speech", () => {
    const d = draft([
      "Virginia Governor Ann Pike fumed, “I have no intention of honoring this request.”",
      "Ohio's Bo Marsh scoffed: “Nobody asked us twice.”",
      "Iowa Secretary of State Dale Orrin shot back, “We will decide what is public.”",
      "Utah's Lt. Gov. Cal Reed went so far as to accuse the department of trying to “go after opponents.”",
    ]);
    expect(speakerOf(d, "go after opponents")).toBe("Cal Reed");
    expect(speakerOf(d, "I have no intention")).toBe("Ann Pike");
    expect(speakerOf(d, "Nobody asked us twice")).toBe("Bo Marsh");
    expect(speakerOf(d, "We will decide what is public")).toBe("Dale Orrin");
    const putIt = draft([
      "But as one Vermont town clerk, Meg Fay of Essex, put it to this page, “Once the data leaves the state, we lose any say over it.”",
    ]);
    expect(speakerOf(putIt, "Once the data leaves")).toBe("Meg Fay");
  });
});

describe("quotes whose opening mark the page lost", () => {
  it("reads a paragraph that ends its quote with a mark and a speech verb as the quote", () => {
    const d = draft([
      "Los estados rechazaron el pedido.",
      "",
      'No entregaré datos privados de los votantes a la comisión", dijo Ana Ruiz.',
      "",
      "This is why I refused to give up our voters' data,” said Bo Marsh.",
    ]);
    expect(speakerOf(d, "No entregaré datos privados")).toBe("Ana Ruiz");
    expect(speakerOf(d, "This is why I refused")).toBe("Bo Marsh");
  });
});

describe("quotes introduced past another's name", () => {
  it("takes the main clause's subject after a leading 'When …,' clause, and no one a lawsuit goes on to name", () => {
    const d = draft([
      "When President Donald Trump announced his commission, Secretary of State Ann Pike released this statement:",
      "",
      "“If the president wants confidence in our elections, he should stop making false claims.”",
      "",
      "“The order does not empower the commission to build a database,” the lawsuit said, referring to a directive issued by President Donald Trump.",
    ]);
    expect(speakerOf(d, "If the president wants confidence")).toBe("Ann Pike");
    expect(speakerOf(d, "The order does not empower")).not.toBe("Donald Trump");
  });
});

describe("quotes in single marks", () => {
  it("finds 'describing it as serving the president's '…'' past a possessive", () => {
    const d = draft([
      "The attorney general linked the rolls to restoring 'law and order' there. Idaho Secretary of State Jo Lee, a Democrat, rejected the request, describing it as serving the president's 'longstanding but false view that elections are rigged.'",
    ]);
    expect(speakerOf(d, "longstanding but false view")).toBe("Jo Lee");
  });
});

describe("quotes of a law", () => {
  it("gives the words a law is quoted as saying to the law, not to the official named before", () => {
    const d = draft([
      "Secretary of State Jo Lee said Ohio would wait.",
      "Ohio law specifies that the voter file “shall not be released to any federal agency.”",
      "“No voter's record may be withheld from the public,” says Utah Code 20A-2-104, except for birth dates.",
      "The Privacy Act of 1974 states:",
      "",
      "“No agency shall disclose any record by any means of communication.”",
      "Lee said the request “goes too far.”",
      "The program protects voters “in danger of bodily harm,” according to the Colorado Revised Statutes.",
    ]);
    expect(speakerOf(d, "shall not be released")).toBe("Ohio law");
    expect(speakerOf(d, "in danger of bodily")).toBe("Colorado Revised Statutes");
    expect(speakerOf(d, "No voter's record may")).toBe("Utah Code 20A-2-104");
    expect(speakerOf(d, "No agency shall disclose")).toBe("Privacy Act of 1974");
    expect(speakerOf(d, "goes too far")).toBe("Jo Lee");
  });
});

describe("a known name the page cut off", () => {
  it("takes 'Delbert Hosem' at the page's very end for the known Delbert Hosemann", () => {
    const d = draftArticle(
      "Meanwhile, some states are refusing. Mississippi’s Republican Secretary of State Delbert Hosem",
      { people: dataset.people, jurisdictions, stories },
    );
    expect(d.people.map((p) => p.name)).toContain("Delbert Hosemann");
    expect(d.people.map((p) => p.name)).not.toContain("Delbert Hosem");
  });
});

describe("people known by surname", () => {
  it("credits quotes to a chair the text names only by title and surname, but not a name cut off", () => {
    const d = draft([
      "“We counted every ballot twice and found nothing amiss,” Varga said in the letter.",
      "In the letter, Elections Board Chair Varga told the panel the state will sell public records.",
      "On Friday, Ohio Secretary of State Diego",
    ]);
    expect(speakerOf(d, "counted every ballot")).toBe("Varga");
    expect(d.people.map((p) => p.name)).not.toContain("Diego");
  });
});

describe("people", () => {
  it("reads 'Mr Smith' without the point, as British and house styles print it, as the Smith named", () => {
    const d = draft([
      "Mr Smith has alleged fraud - (Reuters)",
      "",
      "Governor John Smith of Ohio has criticised the states.",
      "",
      '"What are they trying to hide?", Mr Smith tweeted.',
    ]);
    expect(speakerOf(d, "trying to hide")).toBe("John Smith");
    expect(d.people.map((p) => p.name)).not.toContain("Mr Smith");
  });

  it("takes a title from its own words, not the sentence before it or a word opening the clause", () => {
    const d = draft([
      "Q: Has Idaho complied? A: Yes. Idaho Secretary of State Grant Seel said the file went out.",
      "Today Secretary of State Ora Baca said New Mexico would not comply.",
      "We also reached Wyoming's election director, Boyd Kess, who said Wyoming will wait.",
      "But as one Vermont town clerk, Meg Fay, put it, the state should refuse.",
      "Our guests: Utah's former secretary of state, Hal Lenz, and Nevada's current secretary of state, Cela Orta.",
      "In Little Rock, Arkansas Secretary of State Cole Brand, a Republican, said Arkansas would comply.",
      "The hearing was in Albany. Assistant Attorney General Harm Dill said states must comply.",
      "W.Va. Secretary of State Mac Ward said West Virginia would send public data only.",
    ]);
    const role = (name: string) => d.people.find((p) => p.name === name)?.role;
    expect(role("Grant Seel")).toBe("Idaho Secretary of State");
    expect(role("Ora Baca")).toBe("Secretary of State");
    expect(role("Boyd Kess")).toBe("Wyoming's election director");
    expect(role("Meg Fay")).toBe("Vermont town clerk");
    expect(role("Hal Lenz")).toBe("Utah's former secretary of state");
    expect(role("Cela Orta")).toBe("Nevada's current secretary of state");
    expect(role("Harm Dill")).toBe("Assistant Attorney General");
    expect(role("Mac Ward")).toBe("W.Va. Secretary of State");
    expect(d.people.map((p) => p.name)).not.toContain("Little Rock");
  });

  it("takes no headline above a byline for a title", () => {
    const d = draft([
      "Q&A: Idaho's secretary of state explains his 'no'",
      "",
      "By Jo Reddick, Gem Ledger staff writer",
      "",
      "BOISE — Idaho will not release any voter data, Secretary of State Ray Hollis said. He spoke with the Ledger by phone.",
    ]);
    expect(d.people.map((p) => p.name)).not.toContain("Gem Ledger");
    for (const p of d.people) expect(p.role ?? "").not.toMatch(/\n/);
  });

  it("knows a person whose first name is printed as initials, but not a state's or a wire's letters", () => {
    const d = draft([
      "“Nobody has shown us any fraud,” said JB Pratt, the Illinois governor.",
      "Illinois Gov. J.D. Vance-Moore added: “We will not hand it over.”",
      "S.C. Supreme Court justices said “the law is clear.” AP Photo by Jo Lee.",
    ]);
    expect(speakerOf(d, "Nobody has shown")).toBe("JB Pratt");
    expect(speakerOf(d, "We will not hand")).toBe("J.D. Vance-Moore");
    expect(d.people.map((p) => p.name)).not.toContain("S.C. Supreme");
    expect(d.people.map((p) => p.name).filter((n) => n.startsWith("AP"))).toEqual([]);
  });

  it("gives no party from a party office's title, nor from the next person's title in a list", () => {
    const d = draft([
      "Idaho Democratic Chairman Bert Marley said Tuesday the state should deny the request.",
      "Washington Democratic Party Chairwoman Tina Podlodowski called for the state to reject it.",
      "Republican National Committee Chair Joe Gruters praised the suit.",
      "Republican National Committee member Ann Roe agreed.",
      "The group, including former Republican state Rep. Neal Kurk, attorney Christopher Cole, former Democratic state Rep. Bob Perry, and activist Louise Spencer, appealed.",
    ]);
    const party = (name: string) => d.people.find((p) => p.name === name)?.party ?? null;
    expect(party("Bert Marley")).toBeNull();
    expect(party("Tina Podlodowski")).toBeNull();
    expect(party("Joe Gruters")).toBeNull();
    expect(party("Ann Roe")).toBe("R");
    expect(party("Christopher Cole")).toBeNull();
    expect(party("Bob Perry")).toBe("D");
    expect(party("Neal Kurk")).toBe("R");
  });

  it("matches an official named by role only to the person in that office", () => {
    const d = draft([
      "Nebraska Secretary of State Al Gale spoke on Monday.",
      "“We will not do it,” Nebraska's secretary of state said on Tuesday.",
    ]);
    expect(speakerOf(d, "We will not do it")).toBe("Al Gale");
  });

  it("credits emailed and affirmed words, a surname printed alone, and a 'Director of …' title's name", () => {
    const d = draft([
      "“The data is protected by state law,” Office Director of Public Affairs Lena Moss emailed the paper on Friday.",
      "Governor Ray Tull, a Democrat, affirmed, “We will not hand over our voters' data.”",
      "“We will work with the department on this,” Hurd said.",
    ]);
    expect(speakerOf(d, "protected by state law")).toBe("Lena Moss");
    expect(speakerOf(d, "hand over our voters")).toBe("Ray Tull");
    expect(speakerOf(d, "work with the department")).toBe("Hurd");
    const more = draft([
      "“We will protect our voters' data,” Fuentes, a Democrat, said in a statement.",
      "Maine Secretary of State Jo Bell also spoke.",
      "According to Bell, “the department never explained why it needs the data.”",
      "According to a spokesman for Bell, “the data is safe.”",
    ]);
    expect(speakerOf(more, "protect our voters")).toBe("Fuentes");
    expect(speakerOf(more, "never explained")).toBe("Jo Bell");
    expect(speakerOf(more, "the data is safe")).toBeNull();
  });

  it("gives '…,' she continued to the one whose words continue, not the last name before", () => {
    const d = draft([
      "“There is a process for that,” Lt. Gov. Ann Holt told the paper in response to a letter from Assistant Attorney General Bo Rand and Mia Kerr, who leads the section.",
      "“We will look at it if it comes,” she continued, “but we see no statute that requires it.”",
    ]);
    expect(speakerOf(d, "look at it if it comes")).toBe("Ann Holt");
    expect(speakerOf(d, "we see no statute")).toBe("Ann Holt");
  });

  it("gives a body's words no 'he continued': who went on, the text does not say", () => {
    const d = draft([
      "Attorney General Brian Frosh said Maryland would not comply.",
      "",
      "In a statement, the Congressional Black Caucus said, “These letters would lead to an unprecedented voter suppression effort.”",
      "",
      "“Repeating a false story of voter fraud does not make it any more true,” he continued.",
    ]);
    expect(speakerOf(d, "unprecedented voter suppression")).toBe("Congressional Black Caucus");
    expect(speakerOf(d, "Repeating a false story")).toBeNull();
  });

  it("keeps the speaker for a quote that goes on in the same sentence with no one else between", () => {
    const d = draft([
      "Secretary of State Ed Munro said he has “no plan at all” to hand over the list “to people who have shown they will misuse it.”",
    ]);
    expect(speakerOf(d, "no plan at all")).toBe("Ed Munro");
    expect(speakerOf(d, "shown they will misuse")).toBe("Ed Munro");
  });

  it("closes a quote at doubled apostrophes, and gives a lone quote paragraph to the one it is about", () => {
    const d = draft([
      "Iowa Secretary of State Jo Pratt spoke.",
      "",
      '"We have sued nine states and will keep filing,\'\' Pam Bondi said in a statement. More will come, "to protect elections," she added.',
      "",
      "In a letter Tuesday to Assistant Attorney General Dana Shore, Pratt hinted that only a court could make him hand over more.",
      "",
      "“While I am glad to send you the public voter rolls, I must protect the rest.”",
    ]);
    expect(speakerOf(d, "sued nine states")).toBe("Pam Bondi");
    expect(speakerOf(d, "to protect elections")).toBe("Pam Bondi");
    expect(speakerOf(d, "glad to send you")).toBe("Jo Pratt");
  });

  it("gives the requester the words it goes on to add in a sentence it is the subject of", () => {
    const d = draft([
      "The Justice Department wrote to Nevada in May.",
      "The department responded on Aug. 14, again asking for the full database and adding “the purpose of the request is to check the state's list.”",
    ]);
    expect(speakerOf(d, "the purpose of the request")).toBe("U.S. Department of Justice");
  });

  it("credits a statement 'issued' in paragraphs after its lead, and '“…,” the statement continued'", () => {
    const d = draft([
      "HARRISBURG – Gov. Tom Wolf issued the following statement in response to a letter from the commission.",
      "",
      "“This does not address my serious reservations about the request.",
      "",
      "“I will not assist any effort to burden voters.”",
      "",
      "Pennsylvania Secretary of the Commonwealth Al Schmidt's office issued a statement calling the lawsuit “baseless.”",
      "",
      "“We will fight the overreach in court,” the statement continued.",
      "",
      "“We cannot give out license numbers,” New Mexico's secretary of state office said.",
    ]);
    expect(speakerOf(d, "serious reservations")).toBe("Tom Wolf");
    expect(speakerOf(d, "fight the overreach")).toBe(
      "Pennsylvania Secretary of the Commonwealth's office",
    );
    expect(d.people.find((p) => p.name === "Al Schmidt")?.role).toBe(
      "Pennsylvania Secretary of the Commonwealth",
    );
    expect(speakerOf(d, "license numbers")).toBe("New Mexico Secretary of State's office");
  });

  it("credits an office that 'later issued a short statement:' with the words after the colon", () => {
    const d = draft([
      "Idaho Secretary of State Mara Castell, a Republican, said Friday that Idaho will not release any voter data.",
      "",
      "Castell's office later issued a short statement: “Idaho will not be a party to this.”",
    ]);
    expect(speakerOf(d, "party to this")).toBe("Idaho Secretary of State's office");
  });

  it("credits a judge's words to the judge, a press release's to its issuer, and a complaint's to the requester", () => {
    const d = draft(
      [
        "Circuit Judge Dana Cole heard the case on Monday.",
        "“They have said plainly that they will not release the data to the department,” the judge wrote.",
        "The Justice Department sued Utah in May.",
        "The laws are meant to “keep voter lists accurate and current,” the press release said.",
        "In a complaint filed Monday, the Justice Department alleges that it requested a “current copy of the full list.”",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(speakerOf(d, "said plainly")).toBe("Dana Cole");
    expect(speakerOf(d, "accurate and current")).toBe("U.S. Department of Justice");
    expect(speakerOf(d, "current copy of the full list")).toBe("U.S. Department of Justice");
    // A judge's words are no state's answer.
    expect(stances(d)).toEqual({});
  });

  it("credits 'The letter tells Kobach that “…”' to the one who wrote it 'in a letter'", () => {
    const d = draft([
      "In a letter to the commission's vice chairman, Iowa Gov. Jo Reed said disclosure would break state law.",
      "The letter tells the commission that “the state cannot share this information.”",
    ]);
    expect(speakerOf(d, "cannot share")).toBe("Jo Reed");
    expect(stances(d)).toEqual({ IA: "refuses" });
  });

  it("credits a statement 'from' a named person, quotes either side of her own words, and 'calling'", () => {
    const d = draft([
      "The department shared a previous statement from Dana Shore, who leads the division. “Clean rolls are a requisite for fair elections,” she stated. “We will enforce the law.”",
      "The Iowa secretary of state released a statement saying that “in the spirit of openness,” she would release public data, while still “honoring the privacy of every voter.”",
      "Maine's Ann Bell echoed those words, calling the demand “deeply troubling for every voter.”",
    ]);
    expect(speakerOf(d, "Clean rolls")).toBe("Dana Shore");
    expect(speakerOf(d, "We will enforce")).toBe("Dana Shore");
    expect(speakerOf(d, "deeply troubling")).toBe("Ann Bell");
  });

  it("takes 'he' for the one the sentence before is about, not a name in passing", () => {
    const d = draft([
      "Brian Lutz, spokesman for Secretary of the Commonwealth Ann Gale, confirmed Friday that the office had the letter.",
      "He said Gale will not comply, contending “it is not a public record here.”",
    ]);
    expect(speakerOf(d, "not a public record")).toBe("Brian Lutz");
    const possessive = draft([
      "Alabama Secretary of State John Mill says President Donald Trump’s commission dominated the conference.",
      "“This is the thing everyone talked about,” he said.",
    ]);
    expect(speakerOf(possessive, "everyone talked about")).toBe("John Mill");
  });

  it("names an unnamed office-holder who speaks by the office, and reads their dismissal", () => {
    const d = draft([
      "Some states said state law forbids them to comply with the request.",
      "Alabama's Republican secretary of state suggested the White House “jump in the Gulf of Mexico.”",
    ]);
    expect(speakerOf(d, "jump in the Gulf")).toBe("Alabama Secretary of State");
    // ("suggested … jump in the Gulf" is the dismissal that refuses, in so many words.)
    expect(stances(d)).toEqual({ AL: "refuses" });
    expect(claimOf(d, "AL")?.basis).toBe("stance words");
  });

  it("credits a group's words to the group, 'the group said' to the one named last, and never as a state's answer", () => {
    const d = draft([
      "The Brennan Center tracks the states' answers.",
      "The League of Women Voters of Iowa on Friday said it is alarmed by the secretary's “decision to surrender Iowa voters' private data.”",
      "“The League knows that privacy is paramount,” the group said in a statement. “Iowa will not hand over our data without a fight.”",
      "The League of Women Voters called the move “an unprecedented grab for data.”",
    ]);
    const league = "League of Women Voters of Iowa";
    expect(speakerOf(d, "decision to surrender")).toBe(league);
    expect(speakerOf(d, "privacy is paramount")).toBe(league);
    expect(speakerOf(d, "without a fight")).toBe(league);
    expect(speakerOf(d, "unprecedented grab")).toBe(league);
    expect(stances(d)).toEqual({});
  });

  it("credits words said of someone to whom the text names after 'by': 'was called “…” by the ACLU'", () => {
    const d = draft([
      "Kobach has been called “the king of voter suppression by design” by the ACLU.",
      "The plan was described as “a naked attempt to purge the rolls” by Common Cause.",
      "It was dismissed as “an attempt to suppress votes” by Secretary of State Alex Padilla.",
      "Smith called the law “a shield for every voter in the state” by design, not by accident.",
    ]);
    expect(speakerOf(d, "king of voter suppression")).toBe("ACLU");
    expect(speakerOf(d, "naked attempt")).toBe("Common Cause");
    expect(speakerOf(d, "attempt to suppress votes")).toBe("Alex Padilla");
    // (Not the one whose spokeswoman or critics said it.)
    const theirs = draft([
      "It was called “a routine request for public data” by Kris Kobach's critics.",
    ]);
    expect(speakerOf(theirs, "a routine request")).not.toBe("Kris Kobach");
    // (Active "called": the words are the subject's; "by design" names no one.)
    expect(speakerOf(d, "a shield for every voter")).not.toBe("design");
  });

  it("credits an office that acted 'stating it could not “…”' with the words", () => {
    const d = draft([
      "Minnesota Secretary of State Steve Simon has objected since July, when Simon's office initially rebuffed the request, stating it could not “identify any legal basis” for it.",
    ]);
    expect(speakerOf(d, "identify any legal basis")).toBe("Minnesota Secretary of State's office");
  });

  it("credits a group that 'issued a statement that “…”', or whose officials spoke, with the words", () => {
    const d = draft([
      "The Ohio Division of Elections has issued a statement that “no information has been released nor will any be.”",
      "The League of Women Voters issued a statement saying “this is a danger to every voter.”",
      "Officials with Common Cause called it “a threat to our democracy and our voters.”",
      "Officials from Jon Husted said the plan was “a fine idea for the whole state.”",
    ]);
    expect(speakerOf(d, "no information has been released")).toBe("Ohio Division of Elections");
    expect(speakerOf(d, "a danger to every voter")).toBe("League of Women Voters");
    expect(speakerOf(d, "a threat to our democracy")).toBe("Common Cause");
    // (A person's officials speak for him; not his own words.)
    expect(speakerOf(d, "a fine idea")).toBeNull();
  });

  it("credits '“…,” reads an ACLU of Rhode Island press release' to the state's ACLU", () => {
    const d = draft([
      "“Voters like these are particularly threatened by the effort,” reads an ACLU of Rhode Island press release.",
      "“We will not comply with this request at all,” said a statement from the Ohio Democratic Party.",
      "“We will fight this in court,” said ACLU of Ohio Executive Director Jo Lee.",
    ]);
    expect(speakerOf(d, "particularly threatened")).toBe("ACLU of Rhode Island");
    expect(speakerOf(d, "not comply with this request")).toBe("Ohio Democratic Party");
    expect(speakerOf(d, "fight this in court")).toBe("Jo Lee");
    const weekday = draft([
      "The ACLU of Ohio Thursday said the plan was “a threat to every voter in the state.”",
    ]);
    expect(speakerOf(weekday, "a threat to every voter")).toBe("ACLU of Ohio");
  });

  it("credits 'ACLU leaders said' to the group, by the full name the text spells out", () => {
    const d = draft([
      "The American Civil Liberties Union has called the suit an overreach.",
      "“The data would be open to hackers and scammers,” ACLU leaders said on Friday.",
    ]);
    expect(speakerOf(d, "hackers and scammers")).toBe("American Civil Liberties Union");
    const two = draft([
      "The Arizona Civil Liberties Union protested. The American Civil Liberties Union sued.",
      "“We will fight,” ACLU leaders said.",
    ]);
    expect(speakerOf(two, "We will fight")).toBe("ACLU");
  });

  it("credits '…, according to the Pew Center on the States, that “…”' to the center, by its whole name", () => {
    const d = draft([
      "It is a fact, according to the Pew Center on the States, that “one in eight voter registrations is no longer valid.”",
      "The League on Friday said it would “watch the state closely.”",
    ]);
    expect(speakerOf(d, "one in eight voter")).toBe("Pew Center on the States");
    expect(speakerOf(d, "watch the state closely")).toBe("League");
    const epic = draft([
      'In its suit, EPIC has argued that "there is no publicly available voter data to transfer."',
    ]);
    expect(speakerOf(epic, "no publicly available voter data")).toBe("EPIC");
  });

  it("credits an article's title to the publication: 'told the Ames Tribune in an article titled: “…”'", () => {
    const d = draft([
      'The White House told the Ames Tribune in an article titled: "Is Iowa handing over my voting data to the government," that it wanted clean rolls.',
    ]);
    expect(speakerOf(d, "Is Iowa handing over")).toBe("Ames Tribune");
  });

  it("credits '“…,” reports The Durango Herald' to the newspaper, not to the last person named", () => {
    const d = draft([
      "The clerk, Jo Lee, said the count rose.",
      "“A few hundred residents made their records confidential,” reports The Ames Gazette. “Most did so in July.”",
    ]);
    expect(speakerOf(d, "A few hundred residents")).toBe("The Ames Gazette");
    expect(speakerOf(d, "Most did so in July")).toBe("The Ames Gazette");
  });

  it("credits a state's election board or division by its name, and 'the board said' to the one named last", () => {
    const d = draft([
      "The Ohio State Board of Elections met on Friday.",
      "“No voter data will leave this office without a vote,” the board said. The Iowa Division of Elections said it had “sent nothing so far.”",
      "“We are still reading the letter,” the Utah Elections Commission said Friday.",
    ]);
    expect(speakerOf(d, "without a vote")).toBe("Ohio State Board of Elections");
    expect(speakerOf(d, "sent nothing so far")).toBe("Iowa Division of Elections");
    expect(speakerOf(d, "still reading the letter")).toBe("Utah Elections Commission");
    // (A board's director speaks for himself; "the board" is never another place's board, and
    // "the division" is no elections division.)
    const others = draft(
      [
        "“We have no formal request,” Ohio State Board of Elections Director Jo Lee said Tuesday.",
        "The Iowa elections board refused, weeks after the Polk County Board of Elections had raised concerns. “We will not send it,” the board said.",
        "The Utah Division of Elections confirmed receipt. The Justice Department's Civil Rights Division has sued eight states. “Every state must comply with federal law,” the division said.",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(speakerOf(others, "no formal request")).toBe("Jo Lee");
    expect(speakerOf(others, "We will not send it")).not.toBe("Polk County Board of Elections");
    expect(speakerOf(others, "Every state must comply")).toBe("U.S. Department of Justice");
  });

  it("credits a letter's words to its writer: 'his letter described …', 'It then concluded …, saying it “…”'", () => {
    const d = draft([
      "Marcus Webb, general counsel in the Nevada secretary's office, responded with a long letter of his own.",
      "His letter described the state's “careful safeguards that go beyond the federal rules.”",
      "It then concluded by turning down the request, saying the list “holds private details of a million voters.”",
      "It was not clear whether the department had replied.",
    ]);
    expect(speakerOf(d, "careful safeguards")).toBe("Marcus Webb");
    expect(speakerOf(d, "holds private details")).toBe("Marcus Webb");
    const closing = draft([
      "Ohio Secretary Ann Hale sent a letter to the commission on Friday.",
      "",
      "The letter concluded with, “I have one more challenge for the commission: prove me wrong.”",
    ]);
    expect(speakerOf(closing, "one more challenge")).toBe("Ann Hale");
  });

  it("credits words to the one the attribution names: 'the angry president tweeted', 'writing in her order', 'the organization's director', never an office only sought", () => {
    const d = draft(
      [
        "President Donald Trump weighed in on Saturday.",
        "“Many states are hiding something from the panel,” the angry president tweeted.",
        "Judge Mary Stone sided with the secretary of state, writing in her order that the court lacked power “because the demand was not made in this district.”",
        "Common Cause Iowa felt it had to step in “to protect private data from a careless government,” the organization’s director, Ben Ruiz, wrote in an email.",
        "In an interview, Jo Reed, a candidate for Iowa governor, said that “we may never know the truth.”",
        "The suit was filed in May, with the Department of Justice arguing that the list was needed for a review of “compliance with federal election law.”",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(speakerOf(d, "hiding something")).toBe("Donald Trump");
    // ("the senate president" is not the president.)
    const senate = draft([
      "President Donald Trump weighed in on Saturday.",
      "“This is a waste of everyone's time,” the senate president said.",
    ]);
    expect(speakerOf(senate, "a waste of everyone")).toBeNull();
    expect(speakerOf(d, "not made in this district")).toBe("Mary Stone");
    expect(speakerOf(d, "careless government")).toBe("Ben Ruiz");
    expect(speakerOf(d, "we may never know")).toBe("Jo Reed");
    expect(speakerOf(d, "compliance with federal")).toBe("U.S. Department of Justice");
  });

  it("credits 'Jo Lee, spokeswoman for the League …, said' to her, not the group her post names", () => {
    const d = draft([
      "Jo Lee, spokeswoman for the League of Women Voters of Ohio, said “we will watch this request closely.”",
      "The League of Women Voters of Iowa said it was “alarmed by the request for data.”",
    ]);
    expect(speakerOf(d, "watch this request closely")).toBe("Jo Lee");
    expect(speakerOf(d, "alarmed by the request")).toBe("League of Women Voters of Iowa");
  });

  it("credits 'the senator said' and 'the judge wrote' to the senator or judge named before", () => {
    const d = draft([
      "Sen. Ben Ruiz, a Republican, said Friday that privacy “must be respected and prioritized.”",
      "However, the senator said, “nearly all of the information is already public anyway.”",
      "Judge Mary Stone dismissed the suit on Monday.",
      "“The demand has no basis in the law at all,” the judge wrote.",
    ]);
    expect(speakerOf(d, "nearly all of the information")).toBe("Ben Ruiz");
    expect(speakerOf(d, "no basis in the law")).toBe("Mary Stone");
  });

  it("credits an unnamed judge's words to the judge the next sentence names", () => {
    const d = draft([
      "A federal judge on Thursday dismissed the department's suit, calling the request “wholly without basis in the law.”",
      "U.S. District Judge Mary Stone, a Clinton appointee, questioned the department's motives.",
      "A lawyer for the state said the ruling “settles the matter for good now.”",
      "Ohio Secretary of State Jo Reed praised it.",
    ]);
    expect(speakerOf(d, "wholly without basis")).toBe("Mary Stone");
    expect(speakerOf(d, "settles the matter")).not.toBe("Jo Reed");
  });

  it("goes on with the one a pronoun names before 'promising' or 'vowing' words", () => {
    const d = draft([
      "“Clean rolls matter,” said Attorney General Ann Cole. And she doubled down, promising to bring continual, “proactive litigation until states comply.”",
    ]);
    expect(speakerOf(d, "proactive litigation")).toBe("Ann Cole");
  });

  it("gives a quote opening the paragraph after one that ends on unnamed people to no one named before them", () => {
    const d = draft([
      "President Ann Cole claimed fraud on a massive scale. Some lawmakers suspect the panel's intent is to make voting harder.",
      "“They have clearly reached their conclusions already.”",
      "Iowa's secretary of state, Jo Reed, spoke on Monday.",
      "“We will not send a single record.”",
    ]);
    expect(speakerOf(d, "reached their conclusions")).toBeNull();
    expect(speakerOf(d, "a single record")).toBe("Jo Reed");
  });

  it("credits 'the office said' to the office named last, and 'the party said' only to a party", () => {
    const d = draft([
      "Ohio will share only public records, the secretary of state's office said Friday.",
      "“We will provide what any citizen can buy, and nothing more,” the office said in a statement.",
      "The Brennan Center urged every state to refuse. The Ohio Democratic Party went further.",
      "“Not one record should leave Columbus,” the party said.",
      "“We have no comment,” the league said.",
    ]);
    expect(speakerOf(d, "what any citizen can buy")).toBe("Ohio Secretary of State's office");
    expect(speakerOf(d, "Not one record")).toBe("Ohio Democratic Party");
    // (No league was named: the words are no one's the text gives.)
    expect(speakerOf(d, "We have no comment")).toBeNull();
    const unnamed = draft([
      "The Georgia Secretary of State's office received the letter on Thursday.",
      "“Our lawyers are reading it closely,” the office said.",
    ]);
    expect(speakerOf(unnamed, "Our lawyers")).toBe("Georgia Secretary of State's office");
  });

  it("credits a publication that 'reports that “…”', and words a group 'condemned' or an official 'clarified'", () => {
    const d = draft([
      "Prairie Public Radio reports that “names, addresses and voting sites” will be sent.",
      "The League of Women Voters of Ohio condemned the decision “to surrender private voter information.”",
      "In a letter to Ohio officials, Dana Shore clarified the demand, “given responses from other states.”",
      "In a statement, Ohio's Jo Reed dismissed criticism as “false claims and hysteria.”",
    ]);
    expect(speakerOf(d, "names, addresses")).toBe("Prairie Public Radio");
    expect(speakerOf(d, "to surrender private")).toBe("League of Women Voters of Ohio");
    expect(speakerOf(d, "given responses")).toBe("Dana Shore");
    expect(speakerOf(d, "false claims")).toBe("Jo Reed");
    const more = draft([
      "Prairie Public Radio reports that “names and addresses” will be sent. But “the state will not give the commission any Social Security number.”",
      "He said the data is being sent, noting that the Iowa Attorney General's office had advised that the request “was lawful and proper.”",
    ]);
    expect(speakerOf(more, "any Social Security number")).toBe("Prairie Public Radio");
    expect(speakerOf(more, "lawful and proper")).toBe("Iowa Attorney General's office");
  });

  it("credits a spokesman named after 'X's spokesman', but not an unnamed one", () => {
    const d = draft([
      "Iowa Secretary of State Jo Park said her office is reviewing the request.",
      "“We will review it,” Park's spokesman, Ben Ruiz, said.",
      "“We will not,” Park's spokeswoman said.",
    ]);
    expect(speakerOf(d, "We will review it")).toBe("Ben Ruiz");
    expect(speakerOf(d, "We will not")).toBeNull();
    const more = draft([
      "“Only what the public can get, no more,” said Reed spokesman Tom Hale.",
      "Ana Cruz, a spokeswoman for Iowa Gov. Jo Reed, said in a statement that “the board should supply no more than the law requires.”",
    ]);
    expect(speakerOf(more, "what the public can get")).toBe("Tom Hale");
    expect(speakerOf(more, "supply no more")).toBe("Ana Cruz");
  });

  it("credits an office that speaks for itself, named as whose office it is", () => {
    const d = draft([
      "Ohio Secretary of State Al Rowe met the department's lawyers on Monday.",
      "“The law gives the department no right to this data,” Rowe's office said Tuesday.",
      "“We will send nothing more,” the Iowa secretary of state's office said in a statement.",
      "“We are still reading the letter,” a spokeswoman for the governor's office said.",
    ]);
    expect(speakerOf(d, "no right to this data")).toBe("Ohio Secretary of State's office");
    expect(speakerOf(d, "send nothing more")).toBe("Iowa Secretary of State's office");
    expect(speakerOf(d, "still reading the letter")).toBeNull();
    const office = d.people.find((p) => p.name === "Ohio Secretary of State's office");
    expect(office).toMatchObject({ state: "OH", party: null, role: "Al Rowe's office" });
    expect(office?.roleEvidence?.text).toBe("Rowe's office");
    // The office answers for its state; a quote of it backs that state's claim.
    expect(claimOf(d, "IA")?.quote?.speaker).toBe("Iowa Secretary of State's office");
    // (A paragraph's last words are no part of the office the next one opens with.)
    const split = draft([
      "Georgia sent its list to the Justice Department.",
      "",
      "The secretary of state's office said the law required it.",
    ]);
    for (const p of split.people) expect(p.role ?? "").not.toContain("\n");
  });

  it("gives an office whose holder has no stated state the one state its sentence names", () => {
    const d = draft([
      "Ohio's election chief weighs the commission's request",
      "",
      "Ohio Secretary of State Al Rowe met the commission's lawyers on Monday and said Ohio would send public records only.",
      "Iowa will send the list but will “not give a single private record,” according to Secretary of State Dee Marsh's office.",
    ]);
    expect(speakerOf(d, "single private record")).toBe("Iowa Secretary of State's office");
  });

  it("finds the name after a capitalised title of several words", () => {
    const d = draft([
      "Polk County Chief Deputy Clerk Rosa McAlister runs elections in the state's largest county.",
      "“We read the letter twice,” McAlister said.",
      "Westfield College Political Science Professor Dan DeLuca was less sure.",
      "“It is a fishing trip,” DeLuca said.",
    ]);
    expect(speakerOf(d, "read the letter")).toBe("Rosa McAlister");
    expect(speakerOf(d, "fishing trip")).toBe("Dan DeLuca");
  });

  it("reads no party of a person's own from 'a Republican appointee'", () => {
    const d = draft([
      "“The department asks what the law forbids,” said Don Mills, a Republican appointee on the Iowa Elections Commission.",
      "“We will comply,” said Ann Wolfe, a Republican, on Friday.",
    ]);
    const party = (name: string) => d.people.find((p) => p.name === name)?.party ?? null;
    expect(party("Don Mills")).toBeNull();
    expect(party("Ann Wolfe")).toBe("R");
  });

  it("gives a party to the official it describes, never to their spokesperson", () => {
    const d = draft([
      "Mike Quinn, a spokesperson for West Virginia's Republican Secretary of State, Kris Walter, was blunt.",
    ]);
    const who = (name: string) => d.people.find((p) => p.name === name);
    expect(who("Mike Quinn")?.party ?? null).toBeNull();
    expect(who("Kris Walter")).toMatchObject({
      role: "West Virginia's Republican Secretary of State",
      party: "R",
    });
  });

  it("takes a party from 'Republican secretaries of state from states like …' and '(R)'", () => {
    const d = draft([
      "Republican secretaries of state from red states like Ohio and Texas said no.",
      "Ohio Secretary of State Jim Bell said Ohio would not comply.",
      "Utah Secretary of State Ann Holt said Utah would comply.",
      "Iowa Gov. Sam Dee (D) was not asked.",
    ]);
    const party = (name: string) => d.people.find((p) => p.name === name)?.party;
    expect(party("Jim Bell")).toBe("R");
    expect(d.people.find((p) => p.name === "Jim Bell")?.partyEvidence?.text).toBe(
      "Republican secretaries of state from red states like Ohio and Texas",
    );
    expect(party("Ann Holt")).toBeNull();
    expect(party("Sam Dee")).toBe("D");
  });

  it("never credits the requesting body for a quote it is only the object of", () => {
    const d = draft([
      "The Justice Department asked every state for its list.",
      "“That is a lot to ask,” Ohio's election chief said of the DOJ request.",
    ]);
    expect(speakerOf(d, "a lot to ask")).toBeNull();
  });

  it("credits the teller after a participle, 'indicated', and an office that speaks later in its clause", () => {
    const d = draft([
      "Attorney General Pam Bondi wants the full list; Secretary of State Dana Pruitt has refused.",
      "Pruitt has vowed to fight the demand, contending that it is illegal.",
      "She even told Capitol Media Services she is “ready to be held in contempt” to keep the list, saying that a top official in Bondi’s office who has pushed the demand “can wait forever.”",
      "In June, Treasurer Lou Vance indicated he was “obliged to hand over the public file and no more.”",
      "Attorney General Rita Olsen’s office got the letter in July, and told the Ledger it was “weighing every option we have.”",
      "Utah will share public data but will “not go one step past the law,” according to Lieutenant Governor Al Kemp’s office.",
    ]);
    expect(speakerOf(d, "ready to be held in contempt")).toBe("Dana Pruitt");
    expect(speakerOf(d, "obliged to hand over")).toBe("Lou Vance");
    expect(speakerOf(d, "weighing every option")).toBe("Utah Attorney General's office");
    expect(speakerOf(d, "not go one step past")).toBe("Utah Lieutenant Governor's office");
  });

  it("resolves 'he' past reported names, passing titles and names used as modifiers", () => {
    const d = draft([
      "Secretary of State Ray Dunn has questions about the request.",
      "He said he would hand over nothing until he got answers. The Secretary of State said Monday that Rob Keller had not yet replied to him.",
      "“I do not see why some of it was asked for,” he said.",
      "Few officials answered by Friday, with Ohio’s Republican secretary of state saying he would tell the panel to “go jump in Lake Erie.”",
      "Governor Ann Holt wrote that her state would “take no part in this,” while Kansas's secretary Bo Marsh said it would “send only the public file.”",
      "Hawaii Revised Statute 11-19 says the rest is “confidential except for election purposes.”",
      "• State Overreach: her reply telling the department to “take a hike” drew praise.",
    ]);
    expect(speakerOf(d, "I do not see why")).toBe("Ray Dunn");
    expect(speakerOf(d, "go jump in Lake Erie")).toBe("Ohio Secretary of State");
    expect(speakerOf(d, "take no part in this")).toBe("Ann Holt");
    expect(speakerOf(d, "send only the public file")).toBe("Bo Marsh");
    expect(speakerOf(d, "confidential except")).toBe("Hawaii Revised Statute 11-19");
    expect(d.people.map((p) => p.name)).not.toContain("Overreach");
  });

  it("knows a known person by a titled alias, but not in 'the Trump administration'", () => {
    const d = draftArticle(
      [
        "President Trump asked the states for their rolls.",
        "Trump spoke at the panel's meeting, where he attacked states that had not answered, saying “one wonders what they are hiding.”",
        "Secretary of State Jo Lee released the following statement in response to the Trump administration's letter. Maine was the first state to say no.",
        "“We will never hand it over. The best answer to a bully is no.”",
      ].join("\n"),
      { ...strangers, people: dataset.people },
    );
    expect(speakerOf(d, "one wonders what")).toBe("Donald Trump");
    expect(speakerOf(d, "We will never hand it over")).toBe("Jo Lee");
  });

  it("finds speakers past home-town labels, names as modifiers, acts, objects and sentence ends", () => {
    const d = draftArticle(
      [
        "Rep. Lee Ford, D-Pine Bluff, who chairs the caucus, said the caucus met with the deputy secretary last week.",
        "“I wish they had asked more questions first,” he said in an interview.",
        "The group's letter from counsel Dan Reyes notes that a Trump DOJ official indicated that “Kansas had shown a willingness to sign.”",
        "Secretary Mia Cole called the demand illegal. Governor Rob Dale backed her.",
        "Cole’s outright dismissal of the request has angered the department. “I told them no,” she told supporters.",
        "In a statement, Sam Ruiz took aim at Cole and said she should “never have gone along with this.”",
        "Trump has claimed that millions voted illegally for Democrat Hillary Clinton.",
        "Ruiz was asked Friday whether he planned to comply.",
        "“Not at all,” he said.",
      ].join("\n"),
      { ...strangers, people: dataset.people },
    );
    expect(speakerOf(d, "asked more questions first")).toBe("Lee Ford");
    expect(d.people.map((p) => p.name)).not.toContain("D-Pine Bluff");
    expect(speakerOf(d, "shown a willingness")).toBe("Dan Reyes");
    expect(speakerOf(d, "I told them no")).toBe("Mia Cole");
    expect(speakerOf(d, "never have gone along")).toBe("Sam Ruiz");
    expect(speakerOf(d, "Not at all")).toBe("Sam Ruiz");
  });

  it("credits 'the commission' to the state's own commission the text just named, and follows 'saying' and 'claims'", () => {
    const d = draft([
      "The State Election Commission on Thursday posted its reasons for turning down a request from the Presidential Advisory Commission on Election Integrity.",
      "“We have reviewed the request and state law forbids it,” the commission stated.",
      "Governor Ted Marsh said in a statement that he would not hand over “private voter details”, saying he believed the panel was a “tool to keep voters away.”",
      "Marsh claims that the panel's request rests on the “false idea of mass fraud.”",
    ]);
    expect(speakerOf(d, "state law forbids it")).toBe("State Election Commission");
    expect(speakerOf(d, "tool to keep voters away")).toBe("Ted Marsh");
    expect(speakerOf(d, "false idea of mass fraud")).toBe("Ted Marsh");
  });

  it("finds a county recorder or an assemblywoman named after a capitalised title", () => {
    const d = draft([
      "Voter rolls",
      "Pima County Recorder Ana Lutz, on the other hand, tweeted that the panel needs to “file a records request and pay the fees.”",
      "Bay County Assemblywoman Rita Moss said it was “a fishing trip.”",
    ]);
    expect(speakerOf(d, "file a records request")).toBe("Ana Lutz");
    expect(speakerOf(d, "a fishing trip")).toBe("Rita Moss");
  });

  it("credits a quote to the titled name that opens the next sentence with a speech verb", () => {
    const d = draft([
      "Voter rolls",
      "Last week an official posted: “Clean rolls. By Monday.”",
      "",
      "“They will have to jail me first. Period.” Utah Lieutenant Governor Amy Lee (R) told a podcast host on Tuesday, hours before the deadline.",
      "“It would serve no one,” the official said. And Maryland Attorney General Ben Ross says the demand is unlawful.",
    ]);
    expect(speakerOf(d, "jail me first")).toBe("Amy Lee");
  });

  it("reads past a scare-quoted label, 'specified', and what the commission's request includes", () => {
    const d = draftArticle(
      [
        "Voter data",
        "On June 28, Kris Kobach — vice chair of the “Voter Fraud” Commission — sent letters to election officials requesting they submit “voter roll data and feedback on the rolls” by July 14.",
        "Kobach specified in the letter he would only request “data public under each state’s laws.”",
        "The commission's request includes birth dates, but only “if public under the laws of your state.”",
      ].join("\n"),
      { ...strangers, people: dataset.people, overrides: { story: "commission-2017" } },
    );
    expect(speakerOf(d, "voter roll data and feedback")).toBe("Kris Kobach");
    expect(speakerOf(d, "data public under each")).toBe("Kris Kobach");
    expect(speakerOf(d, "if public under the laws")).toBe(
      "Presidential Advisory Commission on Election Integrity",
    );
  });

  it("knows a surname the text prints only as it 'continued' speaking", () => {
    const d = draft([
      "Voter rolls",
      "The request asks for birthdays, which the board described as “too much.”",
      "“I find this request for the data of millions of voters repugnant,” Frosh continued.",
    ]);
    expect(speakerOf(d, "I find this request")).toBe("Frosh");
  });

  it("reads 'he' after a leading participle's clause as the sentence's subject", () => {
    const d = draft([
      "Voter rolls",
      "Governor Tom Reed spoke often about the vote count.",
      "Tweeting days after beating Ann Cole in the count, he wrote, “I would have won by more.”",
    ]);
    expect(speakerOf(d, "I would have won by more")).toBe("Tom Reed");
  });

  it("credits a quote to the requesting body when the text does", () => {
    const d = draft([
      "The Justice Department sued Oregon on Friday.",
      "“States must follow the law,” the Justice Department said in a statement.",
    ]);
    expect(speakerOf(d, "must follow the law")).toBe("U.S. Department of Justice");
  });
});

describe("Spanish-language news", () => {
  it("claims nothing for D.C. counted 'junto con' the dozens of states sued", () => {
    const d = draftArticle(
      "Idaho –uno de las dos docenas de estados, junto con el Distrito de Columbia, a los que la administración está demandando– rechazó la solicitud.",
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ ID: "refuses" });
  });

  it("reads a judge's dismissal as the court's act, and 'la parte pública' given as public data only", () => {
    const d = draftArticle(
      [
        "Un juez federal en Idaho ha desestimado la demanda del Departamento de Justicia.",
        "El secretario de Estado de Utah afirmó haber proporcionado la parte pública del registro electoral.",
        "Iowa, cuyo secretario es conocido por haber rechazado la presión del presidente en 2021, no ha respondido.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(claimOf(d, "ID")).toBeUndefined();
    expect(claimOf(d, "UT")?.stance).toBe("public-only");
    expect(claimOf(d, "IA")?.stance).not.toBe("refuses");
  });

  it("reads 'han entregado' as complying and 'no se va a entregar' as refusing", () => {
    const d = draft([
      "Las autoridades de Texas han entregado el censo electoral al Departamento de Justicia.",
      "La secretaria de Estado de Ohio dijo que no se va a entregar información sensible.",
    ]);
    expect(stances(d)).toMatchObject({ TX: "complies" });
    expect(["refuses", "public-only"]).toContain(stances(d).OH);
  });

  it("credits '”, dijo Lara este lunes' to the name after the verb, and a question opening with '¿' goes on with it", () => {
    const d = draft([
      "Ohio rechazó la solicitud.",
      "“Ohio ha sido muy negligente”, dijo Lara este lunes en una entrevista. “¿A qué le tiene miedo el secretario?”.",
      "Ana Vega, en un comunicado, calificó la demanda «una expedición de pesca», una «intrusión descarada».",
    ]);
    expect(speakerOf(d, "muy negligente")).toBe("Lara");
    expect(speakerOf(d, "A qué le tiene miedo")).toBe("Lara");
    expect(speakerOf(d, "una expedición de pesca")).toBe("Ana Vega");
  });

  it("reads 'Desestiman demanda …' as a court dismissing a suit, and 'desestimó la solicitud' as a refusal", () => {
    const d = draft([
      "Desestiman demanda del gobierno sobre datos de votantes en Ohio",
      "Iowa desestimó la solicitud del departamento.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses" });
  });

  it("reads all but the private fields, and nothing but the public part, as public data only in Spanish", () => {
    const d = draft([
      "Pero Ohio va a proporcionar casi todo lo requerido, excepto los números del seguro social.",
      "Iowa no entregará nada, excepto lo público.",
      "Utah no entregará nada.",
    ]);
    expect(stances(d)).toEqual({ OH: "public-only", IA: "public-only", UT: "refuses" });
  });

  it("reads states' Spanish names, answers and attributions", () => {
    const d = draft([
      "Crece la lista de estados que rechazan el pedido",
      "Carolina del Norte y Nueva York rechazaron la solicitud de la comisión.",
      "El viernes, el secretario de estado de Kentucky dijo que tampoco participaría.",
      "Virginia Occidental entregará solo información pública, según su oficina.",
      "Pensilvania está revisando la solicitud.",
      "“No entregaré datos privados de los votantes”, dijo Ana Ruiz, secretaria de Estado de Nevada.",
      "“Tengo serias dudas sobre la comisión”, añadió.",
      "La secretaria de Estado de Kentucky, Alma Grimes, respondió a Kobach. “No hay bastante bourbon aquí para esto”, dijo.",
    ]);
    expect(stances(d)).toEqual({
      NC: "refuses",
      NY: "refuses",
      KY: "refuses",
      WV: "public-only",
      PA: "reviewing",
      NV: "refuses",
    });
    expect(speakerOf(d, "No entregaré datos privados")).toBe("Ana Ruiz");
    expect(speakerOf(d, "Tengo serias dudas")).toBe("Ana Ruiz");
    expect(speakerOf(d, "No hay bastante bourbon")).toBe("Alma Grimes");
  });

  it("reads Spanish speech verbs in the present and the gerund that carries a sentence on", () => {
    const d = draft([
      "“Ohio celebra elecciones limpias”, dijo el gobernador de Ohio, Luis Vega, el jueves, alegando que la comisión parte de una “idea falsa sobre el fraude”.",
      "“Los votantes merecen privacidad”, afirma Rosa Pinto, secretaria de Estado de Iowa.",
    ]);
    expect(speakerOf(d, "idea falsa sobre el fraude")).toBe("Luis Vega");
    expect(speakerOf(d, "Los votantes merecen privacidad")).toBe("Rosa Pinto");
  });

  it("reads no compliance in requests sent to states ('ha enviado solicitudes a …')", () => {
    const d = draft([
      "El Departamento de Justicia ha estado presionando a los estados. Ha enviado solicitudes similares a Ohio, Iowa y otros estados.",
      "Utah ha enviado los datos al departamento.",
    ]);
    expect(stances(d)).toEqual({ UT: "complies" });
  });

  it("takes a state named only as sued in Spanish for no answer, unless the sentence says it refused", () => {
    const d = draft([
      "El Departamento de Justicia dijo que está demandando a Ohio e Iowa por supuestamente no entregar sus listas de votantes.",
      "La división anunció demandas federales contra Texas y Nevada, bajo el argumento de que no entregaron las listas.",
      "También demandó a las autoridades de Utah, quienes han rechazado sus solicitudes.",
    ]);
    expect(stances(d)).toEqual({ UT: "refuses" });
  });

  it("reads 'Esos estados son …' as the states the sentence before described", () => {
    const d = draft([
      "Funcionarios de 4 estados y el Distrito de Columbia dijeron que no cumplirán con ninguna parte del pedido. Esos estados son Ohio, Iowa, Utah y Idaho.",
    ]);
    expect(stances(d)).toEqual({
      DC: "refuses",
      OH: "refuses",
      IA: "refuses",
      UT: "refuses",
      ID: "refuses",
    });
  });

  it("takes no state, department or office in Spanish for a person", () => {
    const d = draft([
      "El Departamento de Justicia demanda a seis estados",
      "El secretario de Estado de Minnesota, Tom Lind, declaró el jueves: “Hemos sido claros con el Departamento de Justicia.”",
    ]);
    expect(speakerOf(d, "Hemos sido claros")).toBe("Tom Lind");
    expect(d.people.map((p) => p.name)).toEqual(["Tom Lind"]);
  });
});

describe("what must stay out", () => {
  it("takes no state's answer from a judge's reason: 'saying the department is not entitled to the information'", () => {
    const d = draftArticle(
      [
        "A federal judge on Tuesday dismissed the lawsuit over Michigan's voter rolls, saying the Justice Department is not entitled to the information.",
        "Ohio's secretary said the Justice Department is not entitled to the information.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("claims nothing for a state's voters or for a university named for it", () => {
    const d = draftArticle(
      [
        "Several thousand voters in Florida, Colorado and Vermont have turned in their voter registrations rather than risk having their data turned over.",
        "A professor at the University of California, Irvine, said many states will not comply.",
        "Ohio voters were angry, and Ohio refused.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("takes no answer to the demand from an official's reaction to the lawsuit", () => {
    const d = draftArticle(
      [
        "The Justice Department sued Oregon and Maine on Tuesday for their voter rolls.",
        "Oregon Secretary of State Jo Lee reacted to the lawsuit by declaring that his state will not submit to threats and attacks from the administration.",
        "Maine's Secretary of State Ann Roe also slammed the DOJ for the lawsuit and declared that her state is “fighting back against this federal abuse of power.”",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({});
    // (Submitting the data is still giving it.)
    const gave = draftArticle(
      "Ohio will not submit its voter file to the department, Secretary Jo Lee said.",
      {
        ...strangers,
        overrides: { story: "doj-2025" },
      },
    );
    expect(stances(gave)).toEqual({ OH: "refuses" });
  });

  it("takes no answer from what someone wants of a state: 'Maine should be among them'", () => {
    const d = draft([
      "Sixteen states have said they would not comply, and the League believes that Maine should be among them.",
      "Ten states refused, and Iowa ought to do the same, critics say.",
      "Twelve states refused, and Ohio is among them.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("takes no answer from a plea to an official: 'a letter encouraging him to reject the request'", () => {
    const d = draft([
      "AUGUSTA, Maine - The League sent a letter to Secretary of State Jo Lee encouraging him to reject the request.",
      "Voters in Maine deserve their privacy, the League said.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("takes no answer from a state given something, nor from what is 'not part of the commission's charge'", () => {
    const d = draft([
      "In 2010 the Kansan started providing states with bills when he provided Arizona with its language for demanding citizenship papers.",
      "Maine Secretary of State Jo Lee hopes to look into hacking, but that was not part of the commission's charge.",
      "Ohio will not be part of the commission's effort, its secretary said.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("claims nothing for a state named as its judge's ('an Oregon judge may dismiss …')", () => {
    const d = draftArticle(
      "The effort has already faced significant pushback, while an Idaho judge has indicated he may dismiss that state’s case as well.",
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({});
  });

  it("claims nothing for D.C. in a running count's parentheses or as a newspaper's home", () => {
    const d = draftArticle(
      [
        "By one count, this brings the total number of states refusing full compliance to 41 (plus the District of Columbia).",
        "Critics cited a story from the Washington DC newspaper The Hill that said more than half of states are refusing.",
      ].join("\n"),
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({});
    const filings = draftArticle(
      "Utah court filings show the secretary refused to hand over the list.",
      {
        ...strangers,
        overrides: { story: "doj-2025" },
      },
    );
    expect(stances(filings)).toEqual({ UT: "refuses" });
  });

  it("claims no compliance with an urging to run the rolls through a federal tool", () => {
    const d = draft([
      "Federal officials have been urging states to run their entire voter rolls through the citizenship tool. Idaho and Utah have complied and found very few noncitizens.",
      "The department asked states to hand over their rolls. Iowa has complied.",
      "The department asked for the rolls and urged states to check with their lawyers first. Ohio has complied.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies", OH: "complies" });
  });

  it("takes no answer from a writer's past, an official's time in office, or questions a paper sent", () => {
    const d = draft([
      "The commission asked every state for its voter rolls.",
      "When I lived in Idaho, anyone could buy the voter list.",
      "HOST: Mr. Lenz, when you were in office, Utah shared data with federal agencies.",
      "Not on our list yet: Hawaii and Alaska, which have not answered our questions.",
      "Iowa refused the request.",
    ]);
    expect(stances(d)).toEqual({ IA: "refuses" });
  });

  it("reads 'did not comply with state law' as a question of law, not a refusal", () => {
    const d = draft([
      "The group wants to stop Utah from sending data in a manner that did not comply with state law.",
      "Ohio will not comply with the request, the secretary said.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("reads 'can't share other states' data' as no answer about its own voters", () => {
    const d = draft([
      "A spokesperson for the secretary said Texas can’t share other states’ data with the federal government.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads judges overseeing a state's case as the court, not the state", () => {
    const d = draft([
      "Federal judges overseeing similar challenges to Ohio and Iowa this week rejected the department's stance.",
      "At a hearing in May, nine states expressed interest, while Utah publicly rejected it.",
    ]);
    expect(stances(d)).toEqual({ UT: "refuses" });
  });

  it("reads 'led the charge for' as no fee, and the requester's title as no answer of his state", () => {
    const ctx = { ...strangers, overrides: { story: "commission-2017" } };
    const d = draft(
      [
        "As a champion of strict voting laws, he led the charge for a proof-of-citizenship law in Kansas.",
        "In his letter to the vice chairman, Kris Kobach, who is also Kansas’ Secretary of State, Secretary Dana Holt said the state would give only what is available to the public.",
      ],
      ctx,
    );
    expect(Object.keys(stances(d))).not.toContain("KS");
    const fee = draft(["Kansas will charge a fee for the public voter file."], ctx);
    expect(stances(fee)).toEqual({ KS: "public-only" });
  });

  it("keeps the newer rules to what they were written for", () => {
    const d = draft([
      "In response to the department's demand Ohio sent its full voter file.",
      "Idaho has given the department until Friday to explain its plans.",
      "“This request is illegal,” said Utah State University Professor Jo Lee.",
    ]);
    expect(stances(d)).toEqual({ OH: "complies" });
    const doj = draft([
      "The Justice Department's request was rejected by Iowa Secretary of State Al Mott, who called it “a fishing expedition.”",
    ]);
    expect(speakerOf(doj, "a fishing expedition")).not.toBe("U.S. Department of Justice");
    const vp = draft(["VP Ben Ward said, “We will look at every state.”"]);
    expect(speakerOf(vp, "We will look")).toBe("Ben Ward");
  });

  it("keeps this round's rules to what they were written for (a second reader's cases)", () => {
    const d = draft([
      "Ohio is seeking $1.2 million in federal grants to replace its voting machines.",
      "Iowa will fulfill the request, its secretary of state said.",
      "Utah ha cumplido con la solicitud del departamento.",
      "Idaho officials criticized the department’s unwillingness to share its plans for the data.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies", UT: "complies" });
    const rest = draft([
      "Ohio will provide some of the requested information. State law prohibits releasing the rest of the file, including Social Security numbers.",
    ]);
    expect(stances(rest)).toEqual({ OH: "public-only" });
    const oped = draft([
      "As Iowa’s secretary of state, I asked lawmakers for help last year.",
      "Editor’s note: We have declined to publish the names of the staff involved.",
    ]);
    expect(stances(oped)).toEqual({});
    const people = draft([
      "Iowa Secretary of State Dana Whitfield and Iowa Gov. Bo Marsh spoke Monday.",
      "The secretary of state approved the plan, and the governor signed off on it Tuesday, saying, “We will send nothing private.”",
      "Ohio Secretary of State Ann Pike spoke Tuesday. Then-Gov. Cal Reed appointed Pike in 2019.",
      "“We will not send the department a thing,” Pike said.",
      "“The request is plainly unlawful,” says Utah law professor Jo Lind.",
      "Nevada Secretary of State Lee Dorn Tuesday called the request “a fishing expedition.”",
    ]);
    expect(speakerOf(people, "We will send nothing private")).not.toBe("Dana Whitfield");
    expect(stances(people).OH).toBe("refuses");
    expect(speakerOf(people, "plainly unlawful")).toBe("Jo Lind");
    expect(speakerOf(people, "a fishing expedition")).toBe("Lee Dorn");
    const label = draft([
      "Marsh Opening Statement at Senate Hearing",
      "“We will not comply,” Marsh said.",
    ]);
    expect(label.people.map((p) => p.name)).not.toContain("Marsh Opening");
    const suits = draft([
      "El Departamento de Justicia demanda a Ohio por no entregar los datos.",
      "El departamento demandó a Utah, con quien se negoció durante meses, por no entregar los datos.",
    ]);
    expect(stances(suits)).toEqual({});
  });

  it("keeps out the requester's state named as 'X is the secretary of state for Kansas'", () => {
    const d = draft(
      [
        "Kris Kobach is the secretary of state for Kansas and vice chair of the commission, which many states have refused.",
      ],
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({});
  });

  it("does not take the words of an advocacy group's director as a state's answer", () => {
    const d = draft([
      "Kansas Secretary of State Ben Ward, the commission's vice chair, wrote to every state.",
      "“States are right to balk at turning over this data,” said Jo Lee, director of the ACLU’s Voting Rights Project.",
      "Kansas officials have met about it. Kansas is where the commission's letter came from.",
    ]);
    expect(stances(d)).toEqual({});
    // (Nor where the group is named after the title: "…, Director of Litigation, Voter Law Center".)
    const credited = draft([
      "The Justice Department sued Michigan this week.",
      "“The department's effort to access voter data from states, including Michigan, is an act of federal overreach.” — Tim Vale, Director of Litigation, Voter Law Center.",
    ]);
    expect(stances(credited).MI).toBeUndefined();
    expect(credited.people.find((p) => p.name === "Tim Vale")?.role).toBe(
      "Director of Litigation, Voter Law Center",
    );
  });

  it("keeps out a state named only in a 'file photo' caption", () => {
    const d = draft([
      "In this May 17, 2017, file photo, Kansas Secretary of State Ben Ward talks with a reporter in his office in Topeka, Kan.",
      "",
      "The state elections board says it is handing over only information that is already available to the public.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("keeps out the places a dateline names, but not a roundup's state labels", () => {
    const d = draft([
      "WASHINGTON, D.C. — U.S. Sen. Jo Lee, D-Ohio, applauded Ohio Secretary of State Al Mott on Friday for rejecting a request for confidential voter data.",
      "",
      "PORTLAND, Ore. (AP) — Idaho refused the request too.",
      "",
      "WASHINGTON — Officials in Utah declined to produce full voter lists.",
      "",
      "NEVADA — Will send what is public under state law.",
    ]);
    expect(stances(d)).toEqual({
      OH: "withholding",
      ID: "refuses",
      UT: "refuses",
      NV: "public-only",
    });
  });

  it("reads a press release's official by the fuller title its lead gives", () => {
    const d = draft([
      "Secretary Smith rejects commission request",
      "",
      "COLUMBUS, Ohio – Secretary of State Jane Smith today announced that she will not provide the data.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
    expect(d.people.find((p) => p.name === "Jane Smith")?.role).toBe("Secretary of State");
  });

  it("gives a relative clause's answer to the state just before it, not to the others listed", () => {
    const d = draft([
      "Officials from many states share the senators' worries, including Governor Jo Lee in Utah, who refused to comply with the request, and officials from Iowa, Idaho and Ohio.",
    ]);
    expect(stances(d)).toEqual({ UT: "refuses" });
  });

  it("keeps out the requester's state named as his 'counterpart' and a judge's seat, not a lawsuit's targets", () => {
    const d = draft(
      [
        "Iowa's secretary of state declined for a second time the request from her Kansas counterpart, Kris Kobach, who leads the commission.",
        "U.S. District Judge Jo Lee, in the District of Columbia, on Monday denied a request to block the collection.",
        "The lawsuit targeted six states that have refused to hand over data: Utah, Ohio, Maine, Idaho, Oregon and Nevada.",
      ],
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    // The lawsuit's words are not a court's act: the states it names "have refused".
    expect(Object.keys(stances(d)).sort()).toEqual(["IA", "ID", "ME", "NV", "OH", "OR", "UT"]);
  });

  it("keeps out states where courts in the plural ruled, in a relative clause", () => {
    const d = draft([
      "Courts that have so far rejected the department's argument found either that it lacks the power, as in Idaho, or that the statutes it cites do not permit it, as in Iowa.",
      "Judges have previously rejected such attempts in Ohio, Texas and Maine.",
      "Utah has refused the demand.",
    ]);
    expect(stances(d)).toEqual({ UT: "refuses" });
  });

  it("reads a state's two-letter code before its office", () => {
    const d = draft([
      "I’d like to be clear — the RI Department of State does not intend to share voters’ personal information without a court order.",
    ]);
    expect(Object.keys(stances(d))).toEqual(["RI"]);
    expect(stances(draft(["The OR Department of Revenue moved on Monday."]))).toEqual({});
  });

  it("does not read the requester's state named after a long title", () => {
    const d = draft([
      "That information is public under state law, Al Dunn wrote in his letter to Kris Kobach, vice chairman of the commission and the Kansas secretary of state.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads a short line that reports what was done on a date, which no caption does", () => {
    const d = draft([
      "States That Responded",
      "",
      "Colorado (D)",
      "",
      "Provided the public voter file on May 27.",
      "",
      "Ohio will comply.",
    ]);
    expect(stances(d)).toEqual({ CO: "public-only", OH: "complies" });
  });

  it("reads a table's short answers: in progress, access provided, compliance asserted, pointed to the public list", () => {
    const d = draft([
      "States That Responded",
      "",
      "Alaska (R)",
      "",
      "In progress, working on a response.",
      "",
      "Arizona (D)",
      "",
      "Responded on June 2, asserted compliance.",
      "",
      "Florida (R)",
      "",
      "Provided access to voter rolls.",
      "",
      "Oklahoma (R)",
      "",
      "Directed the department to the public voter list portal.",
    ]);
    expect(stances(d)).toEqual({
      AK: "reviewing",
      AZ: "complies",
      FL: "complies",
      OK: "public-only",
    });
  });

  it("reads a demand 'dismissed' or 'brushed off' as refused, but not a lawsuit a judge dismissed", () => {
    const d = draft([
      "Voter rolls",
      "Michigan Secretary of State Ann Lutz dismissed the department's demand, saying it wants the data of 8 million residents.",
      "Ohio's secretary brushed off the request.",
      "A judge dismissed the department's lawsuit against Iowa.",
    ]);
    expect(stances(d)).toEqual({ MI: "refuses", OH: "refuses" });
  });

  it("reads a demand called illegal as refused, weakly, also in a leading participle before the official", () => {
    const d = draftArticle(
      [
        "Voter rolls",
        "PHOENIX -- Saying the demand is illegal, Secretary of State Ann Fox wants a judge to throw out the case.",
        "In a filing, Fox says Arizona's voter records are protected by state privacy law.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ AZ: "refuses" });
    const e = draft(["Voter rolls", "Ohio Secretary of State Jo Lee calls the demand unlawful."]);
    expect(stances(e)).toEqual({ OH: "refuses" });
  });

  it("reads 'unable to provide' as a refusal and a 'decision to disclose' as handing over", () => {
    const d = draft([
      "Secretary Jo Lane wrote to the commission last week, stating Montana is unable to provide the information because state law limits who may see it.",
      "Critics say Oklahoma Secretary of State Ray Hunt’s decision to disclose voter roll information to the department should worry every voter.",
    ]);
    expect(stances(d)).toEqual({ MT: "refuses", OK: "complies" });
  });

  it("never takes the United States for a person", () => {
    const d = draft([
      "Kansas Secretary of State Ann Pike signed the letter.",
      "The United States Department of Justice first reached out to Pike in July. She told reporters this week the state gave the department “the public file anyone can buy.”",
    ]);
    expect(speakerOf(d, "the public file anyone can buy")).toBe("Ann Pike");
    expect(stances(d)).toEqual({ KS: "public-only" });
  });

  it("reads a first answer taken back, and no answer in what a requested deal would give", () => {
    const d = draft([
      "Idaho Secretary of State Tom Hale had initially signed a data-sharing agreement with the DOJ, then reversed course in March, citing “no legal duty at all” to hand over the data.",
      "An official asked Vermont's secretary for a call to discuss a “data-sharing agreement,” that would give the DOJ names of voters flagged as ineligible.",
    ]);
    expect(stances(d)).toEqual({ ID: "refuses" });
    expect(claimOf(d, "ID")?.why).toBe("reversed course");
    expect(speakerOf(d, "no legal duty at all")).toBe("Tom Hale");
  });

  it("reads no answer in a plan, a condition, a question or a lawsuit's act, and a missed deadline as open", () => {
    const d = draft([
      "Colorado's secretary had planned to send the commission a disc on Friday, but will now wait for the court.",
      "The attorney general wrote that the violence would end if Minnesota complied with the orders.",
      "What assurance can you give the voters of Iowa that their data will not be released?",
      "Lawsuit bars Kansas from turning over voter data to federal officials",
      "Nevada did not comply with a Monday deadline from the department to turn over the list, a spokeswoman said.",
    ]);
    expect(stances(d)).toEqual({ NV: "reviewing" });
  });

  it("reads 'turned its data over', 'voted against the request', and a refusal after a suit by its official", () => {
    const d = draft([
      "Voter data update",
      "UPDATE: Arkansas has already turned its data over, to a federal portal.",
      "A week ago the Wisconsin Elections Commission voted against the department’s request for the data.",
      "The department sued Arizona on Tuesday after Secretary of State Ana Ruiz declined to turn over the state’s unredacted voter list.",
      "The department also filed a similar lawsuit against Connecticut.",
      "It has sued neighboring Idaho, whose secretary of state refused the same request in August.",
    ]);
    expect(stances(d)).toEqual({ AR: "complies", WI: "refuses", AZ: "refuses", ID: "refuses" });
  });

  it("reads data sent 'in accordance with state law' as public only, and 'but only after' assurances as open", () => {
    const d = draft([
      "Voter rolls",
      "Clerks saw a rush of cancellations after Oregon's secretary said he would send the commission some voter-roll information in accordance with state law.",
      "Iowa's secretary had said he would send the commission the voter information it requested, but only after he received assurances it would be handled properly.",
    ]);
    expect(stances(d)).toEqual({ OR: "public-only", IA: "reviewing" });
  });

  it("reads a promise on a condition and a letter sent on for review as open", () => {
    const d = draft([
      "Voter rolls",
      "Nebraska Secretary of State Jo Gale said if the request meets state law and answers his concerns he would turn the publicly available information over.",
      "Utah's lieutenant governor turned the letter over to Attorney General Jo Hale for “her review and advice,” a spokeswoman said.",
    ]);
    expect(stances(d)).toEqual({ NE: "reviewing", UT: "reviewing" });
  });

  it("reads a state's answer now when the text also recalls its answer in the first term", () => {
    const d = draftArticle(
      [
        "Justice Department asks Nebraska for its voter list",
        "Published Sept. 10, 2025",
        "The department asked Nebraska for its full list, renewing a request that was rejected by state officials during President Donald Trump’s first term.",
        "This month Nebraska turned the letter over to Attorney General Jo Hale for review.",
      ].join("\n"),
      { ...strangers, overrides: { published: "2025-09-10" } },
    );
    expect(stances(d)).toEqual({ NE: "reviewing" });
    expect(d.otherStory.map((o) => [o.claim.state, o.claim.stance])).toEqual([["NE", "refuses"]]);
  });

  it("reads 'partial responses' as withholding and data 'excluded' as public only", () => {
    const d = draft([
      "Voter rolls",
      "Some other states, such as Texas, say state laws only allow for partial responses.",
      "Ohio delivered its list but excluded sensitive data including Social Security numbers.",
    ]);
    expect(stances(d)).toEqual({ TX: "withholding", OH: "public-only" });
  });

  it("reads 'signed the agreements', a judge's 'has turned down', and a passive refusal of confidential data", () => {
    const d = draft([
      "Voter rolls",
      "Texas and Alaska signed the agreements, while Tennessee and Idaho refused.",
      "A Georgia judge has turned down a request to block the state from sharing voter data.",
      "Ohio will give the public file. However, confidential information, such as Social Security numbers, will not be provided to the commission.",
    ]);
    expect(stances(d)).toEqual({
      TX: "complies",
      AK: "complies",
      TN: "refuses",
      ID: "refuses",
      OH: "public-only",
    });
  });

  it("reads the states sued in one sentence as refusing when the next says all of them rebuffed the demand", () => {
    const d = draftArticle(
      [
        "Department sues more states",
        "The lawsuits, filed against Iowa, Ohio and Utah, follow similar suits the department brought against Maine.",
        "All of those states have rebuffed earlier demands from the department for their voter rolls.",
        "The department also sued Texas and Idaho last week.",
      ].join("\n"),
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ IA: "refuses", OH: "refuses", UT: "refuses", ME: "refuses" });
  });

  it("reads no answer in a request rescinded, a refusal not made, or what the law bars; 'bears additional review' is open", () => {
    const d = draft([
      "Voter rolls",
      "The commission told Florida officials it is rescinding its request. Before the rescinded request, Georgia had agreed to hand over its list.",
      "But Secretary Ray Dunn has not definitively rejected the request, the Utah complaint says.",
      "“Kansas law prevents Secretary Lane from acquiescing to the demand,” the complaint reads.",
      "Judges have also rejected these attempts in Ohio, Iowa and Texas.",
      "Idaho's secretary says this request is unusual enough that it bears additional review.",
    ]);
    expect(stances(d)).toEqual({ GA: "complies", ID: "reviewing" });
  });

  it("reads a state's nickname, but not a building named for it", () => {
    const d = draft([
      "Voter rolls",
      "So far, the Palmetto State's top election official has refused to comply with the request.",
      "Officials at the Empire State Building declined to comment.",
    ]);
    expect(stances(d)).toEqual({ SC: "refuses" });
  });

  it("reads a list of refusing states that ends with the home state of the commission's chairman", () => {
    const d = draft([
      "Voter rolls",
      "Among those refusing to turn over the requested information are the Republican secretaries of state of Alabama, Iowa and Indiana, the home state of Vice President Mike Pence, the commission chairman.",
    ]);
    expect(stances(d)).toEqual({ AL: "refuses", IA: "refuses", IN: "refuses" });
  });

  it("reads 'forwarded their information' as handing over and 'the public version of' the file as public only", () => {
    const d = draft([
      "Voter rolls",
      "Several states have already forwarded their information, including Iowa, Ohio and Utah.",
      "Secretary of State Jo Penn of Maine said: “We gave the department exactly what it is entitled to – the public version of Maine’s voter file.”",
    ]);
    expect(stances(d)).toEqual({
      IA: "complies",
      OH: "complies",
      UT: "complies",
      ME: "public-only",
    });
  });

  it("reads no handing over in data that 'would only provide a snapshot'", () => {
    const d = draft([
      "Voter rolls",
      "Arizona Secretary of State Ana Lutz said the data states could share with the department would only provide a snapshot of the rolls.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads data 'released to anyone' as public data only", () => {
    const d = draft(["Ohio will provide only the records it has released to anyone who asks."]);
    expect(stances(d)).toEqual({ OH: "public-only" });
  });

  it("reads no answer in the data a request asked for, nor in a concession", () => {
    const d = draft([
      "Ten secretaries of state signed the letter, including those from Ohio, Iowa and Utah – who all received letters requesting voter lists – in some cases redacted lists with birth dates.",
      "Arkansas Gov. Amy Stone said, “I am wary of sending voter data. Even though it is publicly available information, we rarely send it.”",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads states sued “due to their refusal” and officials who “echoed” the answer before", () => {
    const doj: DraftContext = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "The department has filed lawsuits against the states of Iowa and Utah due to their refusal to provide detailed voter data.",
        "Ohio's governor said the state will not comply. The governor's statement was echoed by Maine's secretary of state Jo Bell.",
      ],
      doj,
    );
    expect(stances(d)).toEqual({ IA: "refuses", UT: "refuses", OH: "refuses", ME: "refuses" });
  });

  it("reads an open question as still deciding, and another state's refusal as that state's", () => {
    const d = draft([
      "Montana's secretary of state said her office hasn't decided whether to hand over the rolls.",
      "Delaware hasn't said no — yet.",
      "Ohio's secretary criticized California's refusal to share its rolls.",
      "Missouri is still deciding.",
      "North Carolina's board has not finished its review of the request.",
      "Wisconsin's elections commission will vote on a response next month.",
      "Hawaii's elections chief says the state is looking closely at the request.",
      "Illinois Gov. Jan Morrow said: “Illinois will not be party to this.”",
    ]);
    expect(stances(d)).toEqual({
      MT: "reviewing",
      CA: "refuses",
      MO: "reviewing",
      NC: "reviewing",
      WI: "reviewing",
      HI: "reviewing",
      IL: "refuses",
    });
    expect(stances(draft(["Nuevo México todavía estudia la solicitud."]))).toEqual({
      NM: "reviewing",
    });
    // (Whether the letter came is no answer to it.)
    expect(stances(draft(["Ohio has not said whether it received a request."]))).toEqual({});
  });

  it("reads Spanish public data only however far 'solo' stands from 'pública', in its own clause", () => {
    const d = draft([
      "Maryland confirmó que no entregará los datos, mientras que Georgia indicó que solo entregará al departamento los que ya están disponibles públicamente.",
      "Arizona solo entregará a la comisión la información que ya es pública.",
    ]);
    expect(stances(d)).toEqual({ MD: "refuses", GA: "public-only", AZ: "public-only" });
  });

  it("reads nothing from a sentence that tells what is not so", () => {
    const d = draft([
      "Nevada is still reviewing the request.",
      "An earlier version of this story incorrectly said Nevada had refused.",
      "It is false that Ohio signed the agreement.",
      "Iowa's secretary denied reports that Iowa had agreed to send the file.",
    ]);
    expect(stances(d)).toEqual({ NV: "reviewing" });
    // (Only from the clause that says so: the main clause before it still reports.)
    const clause = draft([
      "So far, two states (Utah and Idaho) have shown a willingness to work with the commission, which was set up after Trump falsely claimed that Ohio had agreed. What are they hiding?",
    ]);
    expect(stances(clause)).toEqual({ UT: "complies", ID: "complies" });
    expect(claimOf(clause, "UT")?.evidence).toBe(
      "So far, two states (Utah and Idaho) have shown a willingness to work with the commission",
    );
  });

  it("reads more ways to have no answer yet, and prefers any answer reported to none", () => {
    const d = draft([
      "Vermont has yet to answer the letter. Wyoming has been silent.",
      "Nevada todavía no ha contestado la carta.",
      "Ohio had already sent the department a reply.",
      "Eight days later, Rhode Island had yet to respond. Rhode Island's secretary was still reviewing the request, a spokesman said.",
    ]);
    expect(stances(d)).toEqual({
      VT: "no-report",
      WY: "no-report",
      NV: "no-report",
      RI: "reviewing",
    });
  });

  it("reads 'hands over its voter file', 'says yes to' and 'will hand its rolls to' as complying", () => {
    const d = draft([
      "Idaho hands over its voter file to the Justice Department.",
      "Kentucky says yes to the department.",
      "Texas will hand its voter rolls to the DOJ on Monday.",
      "Tennessee's secretary says turning over the information would be illegal.",
    ]);
    expect(stances(d)).toMatchObject({ ID: "complies", KY: "complies", TX: "complies" });
    expect(stances(d).TN).not.toBe("complies");
  });

  it("reads nothing from another article's headline under 'Related:' or 'Read more:'", () => {
    const d = draft(
      [
        "The Justice Department's Civil Rights Division asked every state for its voter rolls. Utah said it would send only the public list.",
        "Related: Nevada refuses DOJ voter request",
        "RELATED STORIES: Idaho sends full voter file to DOJ",
        "More:'What are they hiding?' Oregon official asks",
        "Ohio's secretary said he would not comply.",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ UT: "public-only", OH: "refuses" });
    expect(d.quotes.map((q) => q.text)).toEqual([]);
  });

  it("reads “agreed to produce”, “undergoing careful evaluation”, and no answer in non-public files sought", () => {
    const d = draft([
      "Iowa Secretary of State Jo Hale once again agreed to produce statewide information on voters' names and addresses.",
      "Ohio's office said the letter is undergoing careful evaluation by its lawyers.",
      "The administration has sued several states, including Maine, in an attempt to collect non-public voter files.",
    ]);
    expect(stances(d)).toEqual({ IA: "complies", OH: "reviewing" });
  });

  it("does not read a photo caption as an answer", () => {
    const d = draft([
      "Ohio's secretary spoke on Monday.",
      "",
      "Reject stickers await ballot envelopes Wednesday at the Division 1 office of the Alaska Division of Elections in Juneau, Alaska. (Jo Lee/Alaska Beacon)",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads the District counted among those who refused as refusing, not among those sued or asked", () => {
    for (const line of [
      "At least 16 other states and the District of Columbia have said they will refuse.",
      "More than a dozen states and the District of Columbia refused to comply.",
      "Fourteen states plus Washington, D.C., have refused.",
      "Twenty states and D.C. refused and were later sued.",
      "Otros 23 estados y Washington D.C. se negaron.",
    ])
      expect(stances(draft([line])), line).toEqual({ DC: "refuses" });
    const d = draft([
      "As one of two dozen states, along with the District of Columbia, facing suits, Iowa has refused.",
      "Utah, one of 20 states and the District of Columbia sued by the department, refused.",
      "Al menos 25 estados han mostrado resistencia al pedido de la comisión, que envió cartas a los 50 Estados y al Distrito de Columbia.",
      "By one count that brings the number of states refusing to 41 (plus the District of Columbia). Ohio said it will comply.",
    ]);
    expect(stances(d)).toEqual({ OH: "complies", IA: "refuses", UT: "refuses" });
    for (const line of [
      "Forty states and the District of Columbia received the letter, and several have refused to comply.",
      "Fourteen states and D.C. have now been sued after refusing.",
      "About 20 states and D.C. have Democratic secretaries of state, and most have refused.",
    ])
      expect(stances(draft([line])), line).toEqual({});
    expect(
      stances(
        draft(["Eight states and the District of Columbia handed over their full voter files."]),
      ),
    ).toEqual({ DC: "complies" });
    const destination = draft([
      "Voter data",
      "Despite the Ohio board declining Thursday to send the voter data, the information is heading to Washington, D.C., anyway.",
    ]);
    expect(stances(destination)).toEqual({ OH: "refuses" });
  });

  it("claims nothing from lawsuits, publications, seats, addressees, exceptions, requests or a cut-off line", () => {
    const d = draft([
      "The Justice Department sued Michigan for failing to provide its voter list.",
      "The Washington Post reported that states will not provide data.",
      "The commission, headed by Kansas Secretary of State Ann Doe, wants the data.",
      "Former Missouri Secretary of State Al Ray said states should not comply.",
      "Letters went to Florida and Georgia officials last week.",
      "According to some reports, all but three states — Nevada, Oregon and Iowa — had complied.",
      "The department asked Pennsylvania to turn over its entire, unredacted list.",
      "Officials in Vermont have not yet received the letter.",
      "Montana officials said they will provide the data, and so will Kansas City",
    ]);
    expect(stances(d)).toEqual({ MT: "complies" });
  });

  it("keeps the requester's requests and their recipients out, but reads a backlash list", () => {
    const d = draft([
      "The suits against Oregon and Maine are part of a campaign by the department, which has reportedly sent requests for voter data to at least 24 states.",
      "The commission is seeking voter data in all 50 states and the District of Columbia.",
      "The request from commission Vice Chairman Kris Kobach caused a backlash in states including Iowa, Utah and Ohio, where officials said they would not provide all the data.",
    ]);
    expect(stances(d)).toEqual({ IA: "withholding", UT: "withholding", OH: "withholding" });
  });

  it("keeps the commission's makeup, advice, a former official and a contrast out", () => {
    const d = draft([
      "The commission includes secretaries of state from Indiana, New Hampshire and Maine, and several states have refused the request.",
      "Former Gov. Jane Doe of Ohio said the state should refuse.",
      "Kentucky is still waiting for guidance on the letter, but Utah refused it.",
      "Iowa and Idaho have not yet received the letter.",
    ]);
    expect(stances(d)).toEqual({ KY: "reviewing", UT: "refuses" });
  });

  it("reads data given to another program, a state describing a thing and a bracketed sentence as no answer", () => {
    const d = draft(
      [
        "Ohio has provided its voter data to Interstate Crosscheck, a program that Mr. Kobach runs.",
        "Officials said an Iowa company bought the list and said it would comply.",
        "These states have refused the request:",
        "(Reporters said on Thursday that Utah has been studying the matter for some time, according to records seen by the paper.)",
      ],
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(d)).toEqual({});
  });

  it("takes an official's state from a later, fuller title, and 'directed the commission to the website' as public data", () => {
    const d = draft([
      "Secretary of State Jo Lee displays a security tag. Credit: Tim Vale",
      "",
      "A judge ordered the commission to give its papers to Maine Secretary of State Jo Lee.",
      "",
      "In July 2017, Lee was among a number of secretaries of state who refused to turn over voters' personal information.",
      "Ohio Secretary of State Ann Bell said she hasn't handed over anything, but instead directed the commission to the office's website.",
      "Iowa Secretary of State Ray Moss provided a link to the state's voter registration list.",
    ]);
    expect(d.people.find((p) => p.name === "Jo Lee")?.role).toBe("Maine Secretary of State");
    expect(stances(d)).toEqual({ ME: "withholding", OH: "public-only", IA: "public-only" });
  });

  it("reads 'raised objections' as holding back, but not objections to a lawsuit", () => {
    const d = draft([
      "Some states (e.g., California, Minnesota, New Hampshire) raised legal or privacy objections in court filings and letters.",
      "Ohio has said it will respond with objections based on state law.",
      "Iowa raised objections to the lawsuit on Monday.",
    ]);
    expect(stances(d)).toEqual({
      CA: "withholding",
      MN: "withholding",
      NH: "withholding",
      OH: "withholding",
    });
  });

  it("reads words an official puts in another's mouth as no answer of theirs", () => {
    const d = draft([
      "Colorado Secretary of State Tim Vale spoke at the conference.",
      "“You don’t want a secretary of state saying ‘OK, I’m not going to give the information to my opponents, I’ll just give it to my friends,” he told reporters.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads what a suit demands that an official do as no answer, and a sensitive field kept back in a relative clause", () => {
    const d = draft(
      [
        "In December, the ACLU of Ohio intervened in this DOJ-filed lawsuit that is demanding that Secretary of State Tim Vale turn over this sensitive, non-public information contained in the Ohio state voter file.",
        "The government argued its demand would “ascertain Iowa’s compliance with the list maintenance requirements,” but the brief says the DOJ never explained how access to the non-public portions would help.",
        "Commission leaders insist that all's well -- even though Utah's secretary of state told them to go jump in the Great Salt Lake.",
      ],
      { ...strangers, overrides: { story: "doj-2025" } },
    );
    expect(stances(d)).toEqual({ UT: "refuses" });
    const kept = draft(
      [
        "Critics call the commission voter suppression.",
        "",
        "In June, Republican Kris Kobach, Kansas secretary of state and vice chairman of the commission, sent a letter to top state election officials requesting voter lists, including social security numbers, which Oregon did not provide.",
      ],
      { ...strangers, overrides: { story: "commission-2017" } },
    );
    expect(stances(kept)).toEqual({ OR: "withholding" });
  });

  it("reads a lawmaker's party tag as no state's answer", () => {
    const d = draft([
      "Separately, Sen. Jo Lee (D-Minn.) sent the commission a letter demanding more information on its activities.",
      "Rep. Tim Vale, R-Ohio, said he would not comply with the commission's questionnaire.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads a commission member's own state's answer when the sentence gives it", () => {
    const d = draft([
      "Maine Secretary of State Ann Dunn, a member of the commission, said Maine would not provide the data.",
      "Kansas Secretary of State Bo Kirk, vice chairman of the commission, said his state will provide the data.",
      "Indiana Secretary of State Jo Lane, a member of the commission, spoke.",
    ]);
    expect(stances(d)).toEqual({ ME: "refuses", KS: "complies" });
    // (Its answer in a sentence that names the commission seat first.)
    const seat = draft([
      "Ohio Secretary of State Tim Vale is resigning.",
      "He said he will submit a formal resignation once Gov. Ann Bell selects his successor.",
      "",
      "He was also a member of the commission in 2017, but declined to provide some requested information to the commission.",
      "Iowa Secretary of State Ray Moss, a member of the commission, plans to submit data that is public under state law.",
    ]);
    expect(stances(seat)).toEqual({ OH: "withholding", IA: "public-only" });
  });

  it("reads the requester's own state's answer where the text sets him against his own request", () => {
    const commission: DraftContext = {
      ...strangers,
      people: dataset.people,
      overrides: { story: "commission-2017" },
    };
    const own = draft(
      [
        "Kansas Secretary of State Kris Kobach, who runs the panel, said he would not give his own commission the Social Security digits of Kansans.",
      ],
      commission,
    );
    expect(stances(own)).toEqual({ KS: "withholding" });
    const even = draft(
      [
        "Kansas Secretary of State Kris Kobach wrote to every state in June.",
        "Dozens of states balked at the panel's letter.",
        "Even Kobach himself declined to send it all of the data, citing the law of his state.",
      ],
      commission,
    );
    expect(stances(even)).toEqual({ KS: "withholding" });
    // (The requester asking, judging or promising is still no answer of his state's.)
    const asks = draft(
      [
        "Kansas Secretary of State Kris Kobach said states that refuse to hand over the records are hiding something.",
        "Kobach himself said the data would be kept secure, and that no state would be forced to provide it.",
        "Even Kobach has conceded that many states will refuse.",
      ],
      commission,
    );
    expect(stances(asks)).toEqual({});
  });

  it("keeps a court's rejection, a clause of another subject and a request's U.S. agency out of a state's stance", () => {
    const d = draft([
      "Senators raised alarm at the attempt to press Ohio into handing over its list, following the rejection of the department's lawsuits in two other states.",
      "Federal judges last week rejected two lawsuits seeking Ohio and Iowa’s voter rolls.",
      "A federal judge’s rebuke of the department's campaign for Utah’s voter rolls could hurt its other cases.",
      "Only four states complied with the request, while Idaho is dealing with a separate problem.",
      "A state senator filed a resolution urging Secretary Jo Lee to comply with requests from the U.S. Department of Justice to turn over Maine’s full voter roll.",
    ]);
    expect(stances(d)).toEqual({});
    // (A state that tells the court, or answers after the ruling, still answers.)
    const told = draft([
      "Iowa rejected the department's demand for its voter list.",
      "Ohio told the court it would refuse to hand over the rolls.",
      "Only four states complied with the request, while Idaho refused.",
    ]);
    expect(stances(told)).toEqual({ IA: "refuses", OH: "refuses", ID: "refuses" });
  });

  it("keeps courts' acts and words, letters and non-answers out of a state's stance", () => {
    const d = draft([
      "A Circuit Court judge refused Monday to block the Utah Election Commission from sharing the list.",
      "The court in its ruling wrote that because Idaho's list had already been released, it would decline to hear the case.",
      "Ohio's secretary of state declined to name his other concerns.",
    ]);
    expect(stances(d)).toEqual({});
    // (A court's rebuff, named by its adjective, is the court's, in any list of states.)
    const judicial = draft([
      "Repeated judicial rebuffs in states like Michigan, California, Oregon, and now Massachusetts show the courts pushing back against the department.",
      "Court rejections in Maine and Wisconsin followed in May.",
    ]);
    expect(stances(judicial)).toEqual({});
  });

  it("reads 'not yet', conditions and questions as still open, and 'fullest extent of state law' as public-only", () => {
    const d = draft([
      "Iowa Secretary of State Jo Lund says Iowa hasn't sent any information to the department at this time.",
      "Ohio will turn over the information if assured it will be kept safe, its secretary said.",
      "Maine Secretary of State Ann Dunn has sent a letter to the commission, asking for clarification.",
      "Georgia's secretary of state said Georgia has already complied with the request “to the fullest extent of state law.”",
      "Utah has not provided the data, officials said.",
      "Idaho's spokesman said the office will not submit any voter data until the commission provides further information.",
      "Texas will not provide the data unless a court orders it.",
    ]);
    expect(stances(d)).toEqual({
      IA: "reviewing",
      OH: "reviewing",
      ME: "reviewing",
      GA: "public-only",
      UT: "refuses",
      ID: "reviewing",
      TX: "refuses",
    });
  });

  it("claims nothing for a court's seat or a state's people, but reads a state board's answer", () => {
    const d = draft([
      "A federal judge in Oregon ruled that the state does not have to hand over the data.",
      "Voters in Florida worry their data will be shared.",
      "The standoff echoes resistance elsewhere, including recent rulings in Utah.",
      "Iowa would not fulfill the request for private data, according to a letter made public by officials in Nevada.",
      "Ohio State University researchers said they would not comply.",
      "But the Kentucky State Board of Elections rejected the proposal twice.",
    ]);
    expect(stances(d)).toEqual({ IA: "withholding", KY: "refuses" });
  });

  it("claims nothing for states named only as sued, whatever the suit says they did", () => {
    const d = draft([
      "The Justice Department filed lawsuits against Iowa and three other states — Utah, Idaho and Ohio — alleging they failed to provide complete voter lists.",
      "Near-identical complaints were filed against officials in Nevada and Hawaii, accusing them of refusing to follow federal law.",
      "Vermont Secretary of State Ann Holt's refusal came the same day the department sued Maine and Texas for refusing to turn over their rolls.",
      "The administration is taking Alaska to court for refusing to hand over the data.",
      "Georgia is among eight states sued by the department.",
      "The department also sued Kansas after it refused to send the full list.",
    ]);
    expect(stances(d)).toEqual({ VT: "refuses", KS: "refuses" });
    const more = draft([
      "The department has sued 23 states, including recent cases against Iowa and Utah, and it filed suit against Ohio after the state rejected the agreement.",
      "Lawyers with the Civil Rights Division in Washington, D.C., filed a lawsuit in Maine on Tuesday after Ann Bell, Maine's secretary of state, refused to provide the list.",
    ]);
    expect(stances(more)).toEqual({ OH: "refuses", ME: "refuses" });
  });

  it("takes no stance from an official's words about what the requester will do", () => {
    const d = draft([
      "The Justice Department asked Ohio for its voter list.",
      "Ohio Secretary of State Al Rowe met the department's lawyers on Monday.",
      "In his letter, Rowe said it was his understanding that “the Department will use the records only for lawful purposes and will not disclose them to anyone.”",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("never takes a federal official for the state's own in a one-state story", () => {
    const d = draft([
      "Oregon Secretary of State Lee Park met reporters on Tuesday.",
      "“States cannot pick and choose which federal laws they will comply with,” said Assistant Attorney General Dana Shore.",
    ]);
    expect(stances(d)).toEqual({});
  });

  it("reads 'sued after refusing' as the refusal it states", () => {
    expect(stances(draft(["Oregon was sued after refusing the request."]))).toEqual({
      OR: "refuses",
    });
  });

  it("claims no state named only as a lawsuit's defendant, in a count or among the request's recipients", () => {
    const d = draft([
      "The Justice Department filed lawsuits against four states—Ohio, Iowa, Maine and Vermont—accusing local officials of failing to provide full voter lists.",
      "Similar allegations were made in lawsuits against officials from Texas and Georgia.",
      "The department has asked all 50 states and the District of Columbia to hand over their lists, bringing the total of states sued to 19 plus the District of Columbia.",
      "Nevada officials said they will provide the data.",
    ]);
    expect(stances(d)).toEqual({ NV: "complies" });
  });

  it("reads what there is 'no evidence that' a state did as no answer of the state's", () => {
    const d = draft([
      "The Justice Department admitted it has no evidence that Vermont is not complying with federal voter roll maintenance laws.",
      "Lawyers for the department offered no proof that Maine had refused anything.",
      "Ohio, for its part, refused to hand over the list.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("keeps the requester's post out, but not his state's own answer", () => {
    const d = draft([
      "The panel, led by Vice President Mike Pence and Kansas Secretary of State Kris Kobach, will publish only publicly available data.",
      "Kansas Secretary of State Kris Kobach said the commission will not release the data it gets.",
    ]);
    expect(stances(d)).toEqual({});
    const own = draft([
      "Kansas Secretary of State Kris Kobach told a local paper that his state will provide the data.",
    ]);
    expect(stances(own)).toEqual({ KS: "complies" });
  });

  it("reads the requester named with a title or owner as the one answered, not the one acting", () => {
    const ctx = { ...strangers, overrides: { story: "doj-2025" } };
    const d = draft(
      [
        "Voter data",
        "",
        "Here is the official letter Secretary Bell sent Trump's DOJ rejecting request for voter data",
        "",
        "Maine Secretary of State Ann Bell wrote to the department on Friday.",
      ],
      ctx,
    );
    expect(stances(d)).toEqual({ ME: "refuses" });
  });

  it("reads a state's motion asking the court to reject the request as its refusal", () => {
    const d = draft([
      "Ohio officials responded with a motion asking the court to reject the request for the full voter file.",
      "Voters in Iowa filed a motion asking the court to reject the state's agreement with the department.",
    ]);
    expect(stances(d)).toEqual({ OH: "refuses" });
  });

  it("reads 'made no guarantee he will comply' as still deciding", () => {
    const d = draft([
      "Ohio's secretary of state said he was troubled by the request and made no guarantee that his office will comply with it.",
    ]);
    expect(stances(d)).toEqual({ OH: "reviewing" });
    expect(claimOf(d, "OH")?.why).toContain("no guarantee");
  });

  it("reads handing over policies and manuals as no answer about the rolls", () => {
    const d = draft([
      "After months of delay, Ohio's secretary of state agreed to produce “policies, procedures and training manuals” on list upkeep.",
    ]);
    expect(stances(d)).toEqual({});
    const rolls = draft([
      "Ohio's secretary of state agreed to produce the voter list and its procedures for upkeep.",
    ]);
    expect(stances(rolls)).toEqual({ OH: "complies" });
    const guided = draft([
      "Ohio's secretary of state agreed to turn over the records, following guidance from the attorney general.",
    ]);
    expect(stances(guided)).toEqual({ OH: "complies" });
  });

  it("claims nothing for states that say the request never reached them", () => {
    const d = draft([
      "The group counts 12 states handing over only public records. Ohio is reviewing the request, and Utah, Maine and Nevada said they didn't receive it.",
    ]);
    expect(stances(d)).toEqual({ OH: "reviewing" });
  });

  it("reads an 'Undecided' heading whose only words are that the letter has not arrived as nothing", () => {
    const d = draft([
      "IDAHO: Undecided",
      "",
      "A spokeswoman said the office had not yet received the letter and had no comment.",
      "",
      "MONTANA: Undecided",
      "",
      "The secretary of state is still reviewing the request with lawyers.",
    ]);
    expect(stances(d)).toEqual({ MT: "reviewing" });
  });
});

describe("rewritten wire copy", () => {
  it("reads 'mentioned' as 'said', and takes no 'Social Safety' for a person", () => {
    const d = draft([
      "Some of the data sought includes partial Social Safety numbers.",
      "“States have a duty to protect their voters,” Assistant Legal professional Common Jo Okay. Lee mentioned in a press launch.",
      "“We will not allow states to break the law,” Dhillon mentioned.",
    ]);
    expect(speakerOf(d, "allow states to break the law")).toBe("Dhillon");
    expect(speakerOf(d, "States have a duty")).not.toBe("Social Safety");
  });
});

describe("broadcast transcripts", () => {
  const transcript = [
    "Ohio Secretary of State Jane Doe spoke with NPR's Ann Lee this morning.",
    "",
    "LEE: Secretary Doe, what did you tell the commission?",
    "",
    "DOE: We will not hand over our voters' personal data to anyone in Washington. It stays here.",
    "",
    "That is the law in our state, and it protects every voter.",
    "",
    "LEE: And the commission said it was “simply asking for public records anyone can buy”?",
    "",
    "UNIDENTIFIED CORRESPONDENT: Several states have said they will wait and see.",
    "",
    "(SOUNDBITE OF MUSIC)",
    "",
    "MORRIS: Another guest nobody introduced spoke at length here.",
  ];

  it("credits each turn to the person its label names, as the text prints the name", () => {
    const d = draft(transcript);
    expect(speakerOf(d, "what did you tell the commission")).toBe("Ann Lee");
    expect(speakerOf(d, "We will not hand over our voters")).toBe("Jane Doe");
    // (A turn runs on over its unlabelled paragraphs.)
    expect(speakerOf(d, "That is the law in our state")).toBe("Jane Doe");
    // (A quotation inside a turn keeps its own attribution, and no span overlaps another.)
    expect(speakerOf(d, "simply asking for public records")).not.toBe("Ann Lee");
    const spans = [...d.quotes].sort((a, b) => a.start - b.start);
    for (const [i, q] of spans.entries())
      expect(q.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
  });

  it("reads 'NAME, BYLINE:' and 'Q:' labels, and leaves the page's prose after the last turn to no one", () => {
    const d = draft([
      "NPR's Ann Lee reports on Ohio Secretary of State Jane Doe.",
      "",
      "ANN LEE, BYLINE: Ohio went its own way. I asked the secretary why.",
      "",
      "Q: Why did you send the file?",
      "",
      "DOE: We follow the law, and we sent it in August.",
      "",
      "A day later, Iowa Secretary of State Paul Pate told reporters his office would wait.",
    ]);
    expect(speakerOf(d, "Ohio went its own way")).toBe("Ann Lee");
    expect(speakerOf(d, "Why did you send the file")).toBeNull();
    expect(speakerOf(d, "We follow the law")).toBe("Jane Doe");
    expect(d.quotes.some((q) => q.text.includes("A day later"))).toBe(false);
  });

  it("takes no roundup by place or by official, written in the third person, for a transcript", () => {
    const counties = draft([
      "Here is how the largest counties answered, and what Cook County's clerk said.",
      "COOK COUNTY: The clerk's office said it would wait for the state.",
      "HARRIS COUNTY: Officials there have not decided.",
      "KING COUNTY: The county sent nothing.",
    ]);
    expect(counties.quotes).toEqual([]);
    const officials = draft([
      "A look at where Ohio's Frank LaRose and Maine's Shenna Bellows stand:",
      "LAROSE: The Ohio secretary of state's office has not said whether it will comply.",
      "BELLOWS: The Maine secretary is weighing the request with lawyers.",
      "LAROSE: His office sent nothing so far.",
    ]);
    expect(officials.quotes).toEqual([]);
  });

  it("ends a turn before the page's prose and a label that names no speaker, and takes no 'told us' roundup", () => {
    const d = draft([
      "NPR's Ari Shapiro spoke with Ann Roe, Maine's secretary of state.",
      "",
      "ARI SHAPIRO: Secretary Roe, will you hand over the list?",
      "",
      "ANN ROE: No. I told them we will not hand over Mainers' data.",
      "",
      "ARI SHAPIRO: And what did you tell the department?",
      "",
      "ANN ROE: That we will see them in court.",
      "",
      "Texas has agreed to turn over its full voter file.",
      "",
      "SUBSCRIBE: Get our politics newsletter every day.",
    ]);
    expect(speakerOf(d, "I told them we will not")).toBe("Ann Roe");
    expect(d.quotes.some((q) => q.text.includes("Texas has agreed"))).toBe(false);
    const roundup = draft([
      "Where Ohio's Frank LaRose, Maine's Shenna Bellows and Arizona's Adrian Fontes stand, as they told us:",
      "LAROSE: Ohio Secretary of State Frank LaRose told us his office sent only the public list.",
      "BELLOWS: Bellows's office told me the state is reviewing the request.",
      "FONTES: Arizona's Adrian Fontes has refused, his spokesman said.",
    ]);
    expect(roundup.quotes).toEqual([]);
  });

  it("reads an interview whose host says 'joins us' as a transcript, and no roundup that narrates", () => {
    const d = draft([
      "NPR's Ari Shapiro spoke with Ohio Secretary of State Jane Roe.",
      "",
      "SHAPIRO: The Justice Department asked Ohio for its full voter roll. Jane Roe joins us now.",
      "",
      "ROE: Thanks for having me. The department will not get the Social Security numbers from Ohio.",
      "",
      "SHAPIRO: And the rest of the file, the names and addresses?",
      "",
      "ROE: That part is public and anyone can buy it, so the department can buy it too.",
    ]);
    expect(speakerOf(d, "Thanks for having me")).toBe("Jane Roe");
    const roundup = draft([
      "Where Ohio's Frank LaRose, Iowa's Jane Roe and Utah's Tom Poe stand:",
      "",
      "LAROSE: The secretary's office has not responded to our request for comment.",
      "",
      "ROE: The office told us it would send only the public list.",
      "",
      "POE: A spokesman said Utah will not hand over any data, and we have asked for the letter.",
    ]);
    expect(roundup.quotes).toEqual([]);
  });

  it("gives a role's turn, and a label the text never names in print, to no one", () => {
    const d = draft(transcript);
    expect(speakerOf(d, "will wait and see")).toBeNull();
    expect(speakerOf(d, "Another guest nobody introduced")).toBeNull();
  });

  it("reads an official's own turn as her answer", () => {
    expect(claimOf(draft(transcript), "OH")?.evidence).toContain("We will not hand over");
  });

  it("gives a fact check's quotation to the one whose label it is set under, if the text names them", () => {
    const d = draft([
      "WASHINGTON (AP) — Governor Jane Roe repeated her claims about the voter rolls on Monday. A look at some of them:",
      "",
      "ROE: “Many states are refusing to give us their lists because they have something to hide.”",
      "",
      "THE FACTS: Most states offered at least some public data. Ohio sent only its public list.",
      "",
      "LEE: “We will not hand over the private data of our voters to anyone.”",
      "",
      "OHIO: “The public list is all that state law lets us give out,” a spokesman said.",
    ]);
    expect(speakerOf(d, "something to hide")).toBe("Jane Roe");
    // (No one the text names: "LEE"; a place's label: "OHIO".)
    expect(speakerOf(d, "private data of our voters")).toBeNull();
    expect(speakerOf(d, "all that state law")).toBeNull();
  });

  it("takes no line headed 'UPDATE:' or 'JUST IN:' for a transcript's turn", () => {
    const d = draft([
      "UPDATE: The secretary said more on Monday about it.",
      "JUST IN: Ohio has refused the request today.",
      "WATCH: The full interview is below here.",
    ]);
    expect(d.quotes).toEqual([]);
    expect(stances(d)).toEqual({ OH: "refuses" });
    // (Nor a roundup's labels in capitals, which name no one the text prints.)
    const roundup = draft([
      "Where the states stand on the commission's request:",
      "DECLINED: Ohio, Texas and Utah",
      "PARTLY: Iowa, Idaho and Maine",
      "NO ANSWER YET: Alaska and Hawaii",
    ]);
    expect(roundup.quotes).toEqual([]);
    expect(stances(roundup)).toMatchObject({ OH: "refuses", IA: "withholding" });
  });
});

describe("speakers past the nearest name", () => {
  it("takes no outlet for a person: 'a report by Riverside Public Broadcasting' is not who spoke", () => {
    const d = draft([
      "U.S. District Judge Ana Prieto said she doubted the department's case.",
      "",
      "“I am not persuaded that an unredacted list is what you need,” the judge told a department lawyer, according to a report by Riverside Public Broadcasting.",
    ]);
    expect(d.people.map((p) => p.name)).not.toContain("Public Broadcasting");
    expect(speakerOf(d, "I am not persuaded")).toBe("Ana Prieto");
  });

  it("gives the words to the one an aside follows, not the one it names: 'Ann Bell, the nominee to replace Gov. Sam Ortiz, released a statement …'", () => {
    const d = draft([
      'Lt. Gov. Ann Bell, the party\'s nominee to replace Gov. Sam Ortiz, released a statement saying she had stepped aside and as such was "not involved with the federal request for voter data."',
    ]);
    expect(speakerOf(d, "not involved")).toBe("Ann Bell");
  });

  it("reads 'concurred' after a quotation as a verb of saying", () => {
    const d = draft([
      "State Sen. Ana Ruiz and Rep. Tom Webb both oppose the request.",
      "",
      "“Handing over the rolls would be a mistake,” Ruiz concurred.",
    ]);
    expect(speakerOf(d, "Handing over")).toBe("Ana Ruiz");
  });

  it("gives a reporter's question at a briefing to no one, not to the one asked", () => {
    const d = draft([
      "Deputy press secretary Ana Ruiz spoke at an off-camera briefing on Friday.",
      "",
      "“Does the President have a view on the states that will not comply?” one reporter asked Ruiz.",
      "",
      "“I think that is mostly a stunt,” she replied.",
    ]);
    expect(speakerOf(d, "Does the President")).toBeNull();
    expect(speakerOf(d, "mostly a stunt")).toBe("Ana Ruiz");
  });

  it("gives the words of a statement the White House released to the White House", () => {
    const d = draft([
      "On Wednesday, the White House released a statement saying that the president had “signed an order to wind up the panel”.",
    ]);
    expect(speakerOf(d, "signed an order")).toBe("White House");
  });
});

describe("datelines", () => {
  it("takes a dateline's state for where the story was filed, not for a state that answered", () => {
    const d = draft([
      "States push back",
      "Updated 2017-07-06 DAYTON, Ohio -- So far, 40 states and the District of Columbia are refusing to fully comply with a request for voter data from the commission.",
    ]);
    expect(claimOf(d, "OH")).toBeUndefined();
    expect(claimOf(d, "DC")?.stance).toBe("withholding");
    const wire = draft([
      "States push back",
      "Updated 2017-07-06 SALEM, Oregon (AP) - Officials in Utah are refusing to fully comply with the request.",
    ]);
    expect(claimOf(wire, "OR")).toBeUndefined();
    expect(claimOf(wire, "UT")?.stance).toBe("withholding");
  });
});

describe("a commission member's own suit", () => {
  it("takes no answer from a panelist's seat, nor from an official 'being denied' the panel's records", () => {
    const seat = draft([
      "At least 30 states refused to comply with the request, and one panelist, Vermont Secretary of State Jo Lee, sued over being denied access to the panel's papers.",
    ]);
    expect(claimOf(seat, "VT")).toBeUndefined();
    const denied = draft([
      "The commission was sued by one of its members; Vermont Secretary of State Jo Lee said he was being denied full access to the panel's records.",
    ]);
    expect(claimOf(denied, "VT")).toBeUndefined();
  });
});

describe("answers with no stance words", () => {
  it("takes no giving from 'I would just give her a pro tip'", () => {
    const d = draft([
      "Vermont Gov. Jo Lee brushed off the attorney general's latest letter on voter rolls.",
      "“I would just give her a pro tip: go and read the law,” Lee said.",
    ]);
    expect(claimOf(d, "VT")?.stance).not.toBe("complies");
  });
});

describe("a party is not its state", () => {
  it("takes no answer from 'the Minnesota Democratic-Farmer-Labor Party responded with a rejection'", () => {
    const d = draft([
      "The attorney general demanded that Minnesota leaders grant access to the voter rolls.",
      "The Minnesota Democratic-Farmer-Labor Party responded with a sharp, dismissive rejection.",
    ]);
    expect(claimOf(d, "MN")).toBeUndefined();
  });
});

describe("keeps the readings a thirteenth reviewer checked", () => {
  it("still reads a denied request, a state between dashes, and association members as answers", () => {
    expect(
      claimOf(
        draft([
          "In Kentucky, the commission's request was denied, the secretary's office confirmed Monday.",
        ]),
        "KY",
      )?.stance,
    ).toBe("refuses");
    expect(
      claimOf(
        draft([
          "In its reply to the DOJ, Maine — one of the first states to get the request — said it would not hand over any voter data.",
        ]),
        "ME",
      )?.stance,
    ).toBe("refuses");
    expect(
      claimOf(
        draft([
          "According to the NCSL, Ohio — like most states — will provide only the public voter list.",
        ]),
        "OH",
      )?.stance,
    ).toBe("public-only");
    const members = draft([
      "The association has stayed neutral, but several of its members, including Ohio and Indiana, have said they will provide only publicly available information.",
      "Officials from Kentucky and Tennessee told fellow panelists that their offices would not turn over any voter data to the commission.",
    ]);
    expect(stances(members)).toMatchObject({
      OH: "public-only",
      IN: "public-only",
      KY: "refuses",
      TN: "refuses",
    });
  });

  it("gives no unnamed one's words to the one person named, nor a question's answer to the last statement's author", () => {
    const spokesman = draft([
      "Ana Ruiz's request reached Boston on Friday. The state's elections office answered within hours. A spokesman gave his explanation: “We don't release that information to anyone.”",
    ]);
    expect(speakerOf(spokesman, "We don't release")).toBeNull();
    const voters = draft([
      "Secretary of State Tom Reyes released the following statement on Monday:",
      "",
      "“Utah will send only what any citizen can buy.”",
      "",
      "But what do voters here think about handing over their information?",
      "",
      "“I don't want anybody in Washington having my birthday. Period.”",
    ]);
    expect(speakerOf(voters, "anybody in Washington")).toBeNull();
  });

  it("keeps the speaker a descriptive lead names, and a surname that is also an outlet's word", () => {
    const frustrated = draft([
      "On Tuesday, a visibly frustrated Tom Reyes, Utah's secretary of state, said the state would hand over “only what any member of the public can already buy.”",
    ]);
    expect(speakerOf(frustrated, "already buy")).toBe("Tom Reyes");
    const daily = draft([
      "“We will not be sending Social Security numbers to anyone,” said Deputy Secretary of State Karen Daily, who oversees elections in Ohio.",
    ]);
    expect(speakerOf(daily, "Social Security")).toBe("Karen Daily");
  });
});

describe("keeps the readings a fourteenth reviewer checked", () => {
  it("still reads giving after 'the benefit of the doubt', a requester 'denied access', and a hyphened office", () => {
    const doubt = draft([
      "Nebraska Secretary of State Jo Lee said he would give the commission the benefit of the doubt and hand over the list.",
    ]);
    expect(claimOf(doubt, "NE")?.stance).toBe("complies");
    const denied = draft([
      "Federal officials were denied access to Maine's voter registration database, the secretary of state said Thursday.",
    ]);
    expect(claimOf(denied, "ME")?.stance).toBe("refuses");
    const hyphened = draft([
      "In a letter Friday, Maine Attorney-General Jo Lee said the state would not turn over its voter list.",
    ]);
    expect(claimOf(hyphened, "ME")?.stance).toBe("refuses");
  });

  it("gives no state's words to the requester's signer, and keeps a speaker named after another's aside", () => {
    const signer = draft([
      "The Justice Department has asked states for their full voter rolls. The letter to Maine was signed by Ana Ruiz, head of the department's Civil Rights Division.",
      "Maine's secretary of state did not take long to respond. The secretary gave her answer: “Maine will not be handing over our voters' private information.”",
    ]);
    expect(speakerOf(signer, "will not be handing over")).not.toBe("Ana Ruiz");
    const read = draft([
      "Among those asked was Tom Reyes, the Oregon secretary of state. Reyes, who took office in January, told reporters, “Oregon will send only what's already public.”",
    ]);
    expect(speakerOf(read, "already public")).toBe("Tom Reyes");
  });

  it("carries no interviewee past a question about another state, nor a state's department for the requester", () => {
    const other = draft([
      "In an interview Tuesday, Minnesota Secretary of State Jo Lee was blunt.",
      "",
      "“We're not going to give them Social Security numbers. It's that simple.”",
      "",
      "What about Wisconsin, next door?",
      "",
      "“Wisconsin will send the public list and nothing else.”",
    ]);
    expect(speakerOf(other, "Wisconsin will send")).toBeNull();
    const department = draft([
      "Pennsylvania's election agency is the Department of State. On Friday the department put out a statement saying Pennsylvania “will not be sharing Social Security numbers with anyone.”",
    ]);
    expect(speakerOf(department, "will not be sharing")).not.toBe("U.S. Department of Justice");
  });
});

describe("keeps the readings a fifteenth reviewer checked", () => {
  it("keeps a subject named before an aside, gives no one's words to a statement in a leading clause, and keeps 'priority access'", () => {
    const subject = draft([
      "In a letter to the Justice Department, the state's elections director Jane Porter, a Democrat, told Ana Ruiz exactly what she thought of the request: “It is an overreach, and Vermont will not comply.”",
    ]);
    expect(speakerOf(subject, "an overreach")).toBe("Jane Porter");
    const leading = draft([
      "After the Justice Department released a statement saying states had a legal duty to comply, a spokesman for Maine's secretary of state called the request “a fishing expedition.”",
    ]);
    expect(speakerOf(leading, "fishing expedition")).not.toBe("U.S. Department of Justice");
    expect(
      claimOf(draft(["Ohio will give the commission priority access to its voter list."]), "OH")
        ?.stance,
    ).toBe("complies");
  });
});

describe("speakers of embedded words", () => {
  it("gives what a letter's sender solicited to the sender", () => {
    const solicited = draft([
      "Vice chair of the panel, Kansas Secretary of State Ann Bell, sent out letters to state election officials soliciting all “publicly available voter roll data,” including names.",
    ]);
    expect(speakerOf(solicited, "publicly available")).toBe("Ann Bell");
  });
});

describe("the next sentence about other states", () => {
  it("gives a state none of the answer 'officials in at least two states' gave in the next sentence, but keeps 'officials in both states'", () => {
    const others = draft([
      "Nebraska faces a lawsuit seeking to block the sharing of its list. Election officials in at least two states shared data but rejected the demand for Social Security numbers.",
    ]);
    expect(claimOf(others, "NE")).toBeUndefined();
    const both = draft([
      "Idaho and Utah got the letter on Monday. Election officials in both states said they would not send it.",
    ]);
    expect(stances(both)).toEqual({ ID: "refuses", UT: "refuses" });
  });
});

describe("an allegation is not an answer", () => {
  it("takes no answer from 'accused in court by the federal government of refusing'", () => {
    const accused = draft([
      "The suit makes Illinois' election board the latest of several state agencies accused in court by the federal government of refusing to comply with its demands.",
    ]);
    expect(claimOf(accused, "IL")).toBeUndefined();
    const own = draft(["Illinois refused to comply with the demand, the board said."]);
    expect(claimOf(own, "IL")?.stance).toBe("refuses");
  });
});

describe("block quotations printed without marks", () => {
  it("takes the paragraph under 'X wrote:' or 'put out a written statement:' as the words of the one introduced", () => {
    const wrote = draft([
      "The senators' plan drew a sharp answer from the secretary. Georgia Secretary of State Ann Bell wrote:",
      "",
      "Rather than focus on pressing issues, a group of state senators wants my office to release the Social Security numbers of every voter.",
      "",
      "The resolution failed on Thursday.",
    ]);
    expect(speakerOf(wrote, "Rather than focus")).toBe("Ann Bell");
    expect(speakerOf(wrote, "resolution failed")).toBeUndefined();
    const letter = draft([
      "Vermont Secretary of State Jo Lee sent the following letter:",
      "",
      "Dear Vice Chair Roe,",
      "",
      "Vermont will not be sending its voters' private and sensitive information to the commission.",
    ]);
    expect(speakerOf(letter, "will not be sending")).toBe("Jo Lee");
  });

  it("takes no paragraph for a quotation under a line that only leads into the article's own words", () => {
    const d = draft([
      "Here are answers to the questions voters ask, and what state law actually says about your data:",
      "",
      "The commission asked every state for its voter rolls, including the last four digits of Social Security numbers.",
      "",
      "Ann Roe of The Nation has a list of states that told Trump to buzz off:",
      "",
      "The first state on it is Wisconsin, which said no to the commission in early July.",
    ]);
    expect(d.quotes).toEqual([]);
  });
});

describe("a suit's words", () => {
  it("gives a complaint's words to the group that filed it, and keeps the words it reports of another", () => {
    const filed = draft([
      "The lawsuit, filed by pro-voting group Common Cause and a voter on Monday, seeks to stop Secretary of State Jo Lee from complying with the federal demand.",
      "",
      "“State law prevents Secretary Lee from handing over the voters' birth dates,” the complaint reads.",
    ]);
    expect(speakerOf(filed, "State law prevents")).toBe("Common Cause");
    const reported = draft([
      "Secretary of State Jo Lee answered by email on Dec. 3, stating, “We received your request. We will not be producing unredacted voter files,” the complaint alleges.",
    ]);
    expect(speakerOf(reported, "We received your request")).toBe("Jo Lee");
  });
});

describe("the requester's papers", () => {
  it("gives words a requester's letter to a state asks to the requester, and none a letter to it asks", () => {
    const letter = draft([
      "The Justice Department sued several states in 2025 for refusing to hand over their voter rolls. A June 25 Justice Department letter to Maine Secretary of State Jo Lee asks, “please send us Maine’s current voter registration list.”",
    ]);
    expect(speakerOf(letter, "please send us")).toBe("U.S. Department of Justice");
    const toIt = draft([
      "Kris Kobach's commission asked every state for its voter roll. Ohio Secretary of State Jon Roe answered on July 5. A July 5 letter to the commission asks, “Why do you need Social Security numbers?”",
    ]);
    expect(speakerOf(toIt, "Why do you need")).not.toBe(
      "Presidential Advisory Commission on Election Integrity",
    );
  });
});

describe("keeps the readings a sixteenth reviewer checked", () => {
  it("gives a law's words to no one who outlined it, and keeps a refusal after 'accused … of overreach and'", () => {
    const law = draft([
      "Judge Mary Collins outlined the state law, which says voter data may be released only “for election purposes and not for commercial use.”",
    ]);
    expect(speakerOf(law, "for election purposes")).not.toBe("Mary Collins");
    const accused = draft([
      "Maine Secretary of State Ann Bell accused the Justice Department and its leaders of overreach and refused to turn over the state's voter file.",
    ]);
    expect(claimOf(accused, "ME")?.stance).toBe("refuses");
  });

  it("keeps the states a next sentence's officials answer for, named in other words", () => {
    for (const officials of [
      "Election officials in the two Democratic-led states",
      "Election officials in the neighboring states",
      "Election officials in Phoenix and Carson City",
    ]) {
      const d = draft([
        `Arizona and Nevada received the demand last week. ${officials} said Monday they would send only the public list.`,
      ]);
      expect(stances(d)).toEqual({ AZ: "public-only", NV: "public-only" });
    }
  });

  it("takes no block quotation from a round-up's lead, a reporter's question or a post the page lost", () => {
    const roundUp = draft([
      "Here is what some secretaries of state said:",
      "",
      "Alabama Secretary of State John Merrill said Alabama would comply with the commission's request.",
    ]);
    expect(roundUp.quotes).toEqual([]);
    expect(claimOf(roundUp, "AL")?.stance).toBe("complies");
    const question = draft([
      "Minnesota Secretary of State Steve Simon took questions on Monday. He responded:",
      "",
      "Q. Will Minnesota hand over its full voter list to the department this month?",
    ]);
    expect(question.quotes).toEqual([]);
    const lost = draft([
      "President Donald Trump posted on Truth Social:",
      "",
      "Several states have refused to hand over their voter rolls, including California and Oregon.",
    ]);
    expect(lost.quotes).toEqual([]);
  });
});

describe("keeps the readings a seventeenth reviewer checked", () => {
  it("keeps a state's own filing its own, and gives the department's complaint to no one it sues", () => {
    const response = draft([
      "The Justice Department sued states in 2025 over voter rolls. Wisconsin Elections Commission administrator Ann Roe filed a response on Friday. “Wisconsin will provide only the public list,” the filing reads.",
    ]);
    expect(speakerOf(response, "only the public list")).not.toBe("U.S. Department of Justice");
    const sued = draft([
      "The Justice Department sued Oregon in September 2025 for refusing to hand over its full voter roll. The lawsuit, filed by the Justice Department against Oregon Secretary of State Tom Reyes in federal court in Eugene, seeks the list. “Oregon has refused to provide the requested data,” the complaint reads.",
    ]);
    expect(speakerOf(sued, "has refused to provide")).not.toBe("Tom Reyes");
    const states = draft([
      "The Justice Department sued Maine in 2025 over its voter rolls. In a filing Friday, Maine asked a federal judge to dismiss the suit. “The department has no authority to demand the private data of Maine voters,” the state’s filing says.",
    ]);
    expect(speakerOf(states, "has no authority")).not.toBe("U.S. Department of Justice");
    const joint = draft([
      "The Justice Department demanded states’ voter rolls in 2025. The secretaries’ joint letter to Attorney General Ana Ruiz says their states “will not provide” the unredacted files.",
    ]);
    expect(speakerOf(joint, "will not provide")).not.toBe("U.S. Department of Justice");
  });

  it("takes no block quotation from the article's own paragraph under a lost post, and keeps a refusal 'while' accusing", () => {
    const post = draft([
      "The Justice Department sued Oregon in 2025 for its voter rolls. President Donald Trump wrote on Truth Social on Monday:",
      "",
      "The post came hours after a federal judge in Eugene dismissed the department’s lawsuit seeking Oregon’s full voter list.",
    ]);
    expect(post.quotes).toEqual([]);
    const own = draft([
      "The Justice Department sued Maine in 2025 for its voter rolls. Maine Secretary of State Ann Bell wrote on X:",
      "",
      "Bell, a Democrat running for governor, has refused to hand over the unredacted voter file since July.",
    ]);
    expect(own.quotes).toEqual([]);
    const dateline = draft([
      "Assistant Attorney General Harmeet Dhillon said in a statement:",
      "",
      "AUGUSTA, Maine (AP) — Maine has refused to give the Justice Department its full voter registration list.",
    ]);
    expect(dateline.quotes).toEqual([]);
    const accusing = draft([
      "The Justice Department demanded states’ voter rolls in 2025. Maine Secretary of State Ann Bell accused the Justice Department of overreach while refusing to turn over the state’s voter file.",
    ]);
    expect(claimOf(accusing, "ME")?.stance).toBe("refuses");
  });
});

describe("a spokesperson for an official named after the title", () => {
  it("gives the spokesperson's words to no one, and a spokesman named after his boss his own", () => {
    const d = draft([
      "The commission asked every state for its voter rolls. A spokesperson for Ohio’s Republican Secretary of State, Jon Doeman, told the Associated Press that the state “will not share voter information with the commission.”",
      "",
      "A spokesman for Reyes, Chris Palo, said the governor “has no say in what the secretary sends.”",
    ]);
    expect(speakerOf(d, "will not share")).toBeNull();
    expect(speakerOf(d, "has no say")).toBe("Chris Palo");
  });

  it("gives the unnamed spokesperson's follow-up 'he said' to no one, neither the official nor one named before", () => {
    const d = draft([
      "Gov. Tom Hart said Monday that Ohio would cooperate with the commission.",
      "",
      "A spokesman for Ohio’s Secretary of State, Jo Lee, told the Associated Press that the state “will give only what the law allows.” “We have said so from the start,” he said.",
      "",
      "Ann Roe, a spokeswoman for Secretary of State Jo Lee, said the office “has not sent anything.” “Nothing will go out this week,” she said.",
    ]);
    expect(speakerOf(d, "said so from the start")).toBeNull();
    expect(speakerOf(d, "Nothing will go out")).toBe("Ann Roe");
  });
});

describe("a pronoun after 'said' begins what was said", () => {
  it("keeps 'he said' with the critic when the one criticised is 'she', and with one set off by dashes", () => {
    const d = draft([
      "Nevada Secretary of State Ann Lopez agreed to send voter data to the commission.",
      "",
      "In a statement issued Wednesday, Assemblyman Jose Ruiz took aim at Lopez and said she should “never have agreed to take part in this sham commission.”",
      "",
      "“Even Mississippi’s secretary of state opposed this attempt at voter suppression, yet Secretary Lopez agreed to give away our data,” he said in the statement.",
      "",
      "A federal judge in Los Angeles, Judge Ray Olin, dismissed the department’s suit on Thursday.",
      "",
      "In a video he posted on Thursday, Assistant Attorney General Tom Vance — who heads the division — said he was proud of the effort to “clean up voter rolls nationally.”",
      "",
      "“We will reach every state and finish this project,” he said.",
    ]);
    expect(speakerOf(d, "Even Mississippi")).toBe("Jose Ruiz");
    expect(speakerOf(d, "We will reach every state")).toBe("Tom Vance");
  });
});

describe("credit lines", () => {
  it("gives a quote credited on its own line to one the text does not know to no one, and past a title to the name", () => {
    const d = draft([
      "Readers wrote to the commission after it asked for their voter data.",
      "",
      "“I wholeheartedly support the decision not to send you the voter data you requested.”—Bob Worobec",
      "",
      "“Just stop already, you are a stain on democracy.”—CB",
      "",
      "“My goal would be not to send any information at all.” —Secretary of State Jim Condos",
    ]);
    expect(speakerOf(d, "wholeheartedly")).toBe("Bob Worobec");
    expect(speakerOf(d, "Just stop already")).toBeNull();
    expect(speakerOf(d, "My goal would be")).toBe("Jim Condos");
  });
});

describe("keeps the readings an eighteenth reviewer checked", () => {
  it("keeps 'she'/'he' with the one who 'on Friday said' or 'also said' so, and no dash aside makes an object speak", () => {
    const friday = draft([
      "SANTA FE, N.M. — Justice Department lawyer Tom Vance called Secretary of State Maria Ortiz on Monday about the voter file, and Ortiz on Friday said she would not hand it over.",
      "",
      "She called the demand “a fishing expedition dressed up as law enforcement.”",
    ]);
    expect(speakerOf(friday, "a fishing expedition")).toBe("Maria Ortiz");
    const also = draft([
      "When Kris Kobach first asked for Iowa's voter file, Secretary of State Paul Dunn also said he would wait to see what other states did.",
      "",
      "He called the request “premature and poorly thought out” in an interview.",
    ]);
    expect(speakerOf(also, "premature")).toBe("Paul Dunn");
    const pressed = draft([
      "Secretary of State Maria Ortiz spoke with the Justice Department's Tom Vance by phone last week, according to two people briefed on the call.",
      "",
      "Ortiz pressed Vance — the official who signed the letter — said one of the people, who asked not to be named.",
      "",
      "“We are not going to give you Social Security numbers,” she told him, according to the person.",
    ]);
    expect(speakerOf(pressed, "Social Security numbers")).not.toBe("Tom Vance");
  });

  it("keeps a spokesperson's name after 'the secretary of state,' and a quote credited above a byline, time stamp or signature", () => {
    const spokeswoman = draft([
      "Secretary of State Tom Lee has not said whether he will comply with the Justice Department's demand for Ohio's voter file.",
      "",
      "A spokeswoman for the secretary of state, Maggie Ruiz, said Tuesday that the office is “reviewing the letter with our lawyers” this week.",
    ]);
    expect(speakerOf(spokeswoman, "reviewing the letter")).toBe("Maggie Ruiz");
    const byline = draft([
      "Vermont's secretary of state said Thursday he would not send the commission anything beyond the public file.",
      "",
      "Secretary of State Jim Condos said: “I will not be complicit in a scheme to intimidate voters.”",
      "",
      "— Associated Press",
    ]);
    expect(speakerOf(byline, "complicit")).toBe("Jim Condos");
    const signed = draft([
      "I was proud to read that our secretary of state will not hand our information to Washington.",
      "",
      "As Secretary of State Jim Condos put it last week, “Vermonters' private information is not for sale, and it is not for giveaway.”",
      "",
      "— R.T., Montpelier",
    ]);
    expect(speakerOf(signed, "not for sale")).toBe("Jim Condos");
  });

  it("keeps 'he' with the secretary past a sentence on someone else's commission or department", () => {
    const commission = draft([
      "HARTFORD, Conn. — Secretary of State Tom Lee said Tuesday that Connecticut would send only what state law already makes public.",
      "",
      "President Trump's commission had asked every state for names, birth dates and voting histories.",
      "",
      "He said the rest of the request was “simply not something I can lawfully do.”",
    ]);
    expect(speakerOf(commission, "lawfully do")).toBe("Tom Lee");
  });
});

describe("credit lines with a title", () => {
  it("credits a quote to the one a title-led line names, on its own line or the line below, never to the speaker above", () => {
    const d = draft([
      "In their own words: how the states answered.",
      "",
      "“Go jump in the Gulf of Mexico.” — Mississippi Secretary of State Delbert Hosemann, in a statement",
      "",
      "“We'll give them exactly what any member of the public can buy, and not one field more.” — Connecticut Secretary of State Denise Merrill, in an interview",
      "",
      "“I'm not inclined to give them anything at all.”",
      "— Iowa Secretary of State Paul Pate",
    ]);
    expect(speakerOf(d, "any member of the public")).toBe("Denise Merrill");
    expect(speakerOf(d, "not inclined")).toBe("Paul Pate");
    expect(claimOf(d, "MS")?.stance).not.toBe("public-only");
  });
});

describe("keeps the readings a nineteenth reviewer checked", () => {
  it("keeps an aide named after 'the Governor,' when the governor is named, and 'spoke to The Associated Press and said he'", () => {
    const aide = draft([
      "DES MOINES, Iowa — Gov. Tim Vale said Monday that Iowa would cooperate with the Justice Department but would not release Social Security numbers.",
      "",
      "A spokeswoman for the Governor, Anne Marsh, said the state “will provide what Iowa law allows, and nothing more.”",
    ]);
    expect(speakerOf(aide, "what Iowa law allows")).toBe("Anne Marsh");
    const outlet = draft([
      "ST. PAUL, Minn. (AP) — When the Justice Department’s Michael Gates demanded the state’s voter file last month, Secretary of State Steve Simon spoke to The Associated Press on Tuesday and said he was not surprised.",
      "",
      "“Minnesota law is clear, and we will follow it,” he said.",
    ]);
    expect(speakerOf(outlet, "Minnesota law is clear")).toBe("Steve Simon");
    const letter = draft([
      "ST. PAUL, Minn. — Deputy Assistant Attorney General Michael Gates, in a letter to Minnesota’s Steve Simon — a Democrat who turned down a similar request in 2017 — said the department would sue if the state did not comply.",
      "",
      "“We will see them in court,” he said.",
    ]);
    expect(speakerOf(letter, "see them in court")).toBe("Michael Gates");
  });

  it("reads no sentence after a dash as a credit, and lets no byline, time stamp or signature take or wipe a quote's credit", () => {
    const prose = draft([
      "HARTFORD, Conn. — Ohio Secretary of State Frank Lane calls the federal request “perfectly reasonable and overdue” — Connecticut Secretary of State Stephanie Thomas, a Democrat, strongly disagrees.",
    ]);
    expect(speakerOf(prose, "perfectly reasonable")).not.toBe("Stephanie Thomas");
    const signed = draft([
      "I was glad to read that Ohio will not give the Justice Department our Social Security numbers. As Secretary of State Frank Lane put it last week: “Ohio will not hand over information that state law keeps private.”",
      "",
      "— Retired Franklin County Elections Director Mary Jones, Westerville",
    ]);
    expect(speakerOf(signed, "keeps private")).toBe("Frank Lane");
    const stamped = draft([
      "Minnesota Secretary of State Steve Simon said Tuesday that his office would not turn over the unredacted file.",
      "",
      "“This is a fishing expedition, and we are not going to take the bait.”",
      "",
      "— Updated Tuesday",
    ]);
    expect(speakerOf(stamped, "take the bait")).toBe("Steve Simon");
  });
});

describe("keeps the readings a twentieth reviewer checked", () => {
  const inStory = (story: string, lines: string[]) =>
    draftArticle(lines.join("\n"), { ...strangers, overrides: { story } });

  it("takes 'the department', 'the federal department', 'the federal panel' and 'the presidential commission' for the requester only where no other body is meant", () => {
    const doj = "U.S. Department of Justice";
    const state = inStory("doj-2025", [
      "Officials at the Pennsylvania Department of State said they had received the letter. Late Friday, the department acknowledged that it “will review the request under state law.”",
    ]);
    expect(speakerOf(state, "review the request under state law")).toBe(
      "Pennsylvania Department of State",
    );
    const clause = inStory("doj-2025", [
      "“It was a clerical error in our office,” a state elections official said, though the department acknowledged no fault in the letter.",
    ]);
    expect(speakerOf(clause, "clerical error")).not.toBe(doj);
    const dhs = inStory("doj-2025", [
      "The names would be checked against records held by the Department of Homeland Security. “We will run every name through the SAVE system,” the federal department said in a statement.",
    ]);
    expect(speakerOf(dhs, "run every name")).not.toBe(doj);
    const commission = "Presidential Advisory Commission on Election Integrity";
    const court = inStory("commission-2017", [
      "A federal appeals court heard the privacy group's challenge on Friday. “The commission may proceed with its work,” the federal panel said in a brief order.",
    ]);
    expect(speakerOf(court, "may proceed with its work")).not.toBe(commission);
    const earlier = inStory("commission-2017", [
      "In 2014, a bipartisan Presidential Commission on Election Administration urged states to modernize their rolls. “Voter lists are riddled with errors,” the presidential commission wrote in its report.",
    ]);
    expect(speakerOf(earlier, "riddled with errors")).not.toBe(commission);
  });

  it("keeps 'She said' with a spokeswoman named after her boss, and a reply with the one who wrote back after a group's letter", () => {
    const aide = draft([
      "A spokeswoman for Kansas Gov. Laura Kelly, Sara Ortiz, said the governor opposed the request. She said the state would “protect every voter's privacy, whatever the commission asks.”",
    ]);
    expect(speakerOf(aide, "protect every voter")).toBe("Sara Ortiz");
    const reply = draft([
      "After the Brennan Center sent a letter urging him to refuse, Secretary of State Michael Adams wrote back: “Kentucky will decide for itself what it shares.”",
    ]);
    expect(speakerOf(reply, "decide for itself")).toBe("Michael Adams");
  });

  it("keeps a state's own 'judicial filing rejecting the demand' as its refusal", () => {
    const d = draft([
      "Maine, in a judicial filing rejecting the department's demand, argued that federal law does not require it to share voters' private data.",
    ]);
    expect(claimOf(d, "ME")?.stance).toBe("refuses");
  });
});
