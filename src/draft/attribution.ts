import { type Mention, ownAfter, type PeopleInText } from "./people.js";
import type { QuoteSpan } from "./quote-marks.js";
import { REPORT_BY } from "./requester-speaker.js";
import { ASKING, beginsSpeechVerb, SPANISH_SAID, SPEAKING_FOR, speechVerbs } from "./speech.js";
import { clauseBefore, type Range, rangeAt, rangesWithin, SCENE_OPENERS } from "./text.js";

const SPEECH = new RegExp(
  String.raw`(?<!\p{L})${speechVerbs(
    "say",
    "saying",
    "adds",
    "adding",
    "continued",
    "continues",
    "tell",
    "tells",
    "telling",
    "writes",
    "tweeted",
    "tweets",
    "repeated",
    "stated",
    String.raw`(?<!\b(?:\d+|the|all|other|these|those|many|some|several|of|in|and|more|most|both|which|to|from|for)\s+)states`,
    "stating",
    "asked",
    "asks",
    "argued",
    "argues",
    "asserted",
    "asserts",
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "claimed",
    "claims",
    "claiming",
    "describing",
    "urging",
    "declaring",
    "announced",
    "explained",
    "confirmed",
    "confirms",
    "noted",
    "notes",
    "warned",
    "called",
    "calls",
    "declared",
    "insisted",
    "insists",
    "maintains",
    "contends",
    "counters",
    "stresses",
    "warns",
    "explains",
    "acknowledges",
    "concedes",
    "vows",
    "replied",
    "responded",
    "urged",
    // "invited the administration to “go jump in the Gulf of Mexico”".
    "invited",
    "according to",
    "statement",
    "posted",
    "requesting",
    "requested",
    // "sent out letters to state election officials soliciting all “…”".
    "soliciting",
    "solicited",
    "concluded",
    // "Gallagher found that the list “is not such a record”": a judge's finding is her words.
    String.raw`(?:found|finds|ruled|rules|held|holds)\s+that`,
    "emphasized",
    "acknowledged",
    "conceded",
    "testified",
    "label(?:l)?ed",
    "dubbed",
    "termed",
    "described",
    "e-?mailed",
    "texted",
    "affirmed",
    "maintained",
    "contended",
    "countered",
    "stressed",
    "reiterated",
    "remarked",
    // (Rewritten wire copy puts "mentioned" for "said" throughout.)
    "mentioned",
    // "Kobach, who likes to bill himself as “…”": his own words for himself.
    String.raw`bill(?:s|ed|ing)?\s+(?:himself|herself|itself|themselves)\s+as`,
    "commented",
    // "is pushing Walz to grant access, touting it as a means to “…”".
    "touting",
    "touted",
    "touts",
    "cautioned",
    "vowed",
    "pledged",
    "predicted",
    "recalled",
    "complained",
    "admitted",
    "hinted",
    "arguing",
    "insisting",
    "noting",
    "warning",
    "explaining",
    "writing",
    "promising",
    "vowing",
    "pledging",
    "concluding",
    "quipped",
    "reminded",
    // "as one town clerk, Meg Fay, put it to this page, “…”".
    String.raw`put\s+it`,
    "puts it",
    "fumed",
    "scoffed",
    "snapped",
    "retorted",
    "joked",
    "lamented",
    "boasted",
    "bragged",
    "griped",
    "railed",
    "exclaimed",
    String.raw`(?:shot|fired)\s+back`,
    "observed",
    "opining",
    "opined",
    "suggested",
    "calling",
    "echoed",
    "clarified",
    "assured",
    "advised",
    "condemned",
    "criticized",
    "criticised",
    "denounced",
    "blasted",
    "slammed",
    "praised",
    "welcomed",
    "dismissed",
    "indicated",
    "indicates",
    "signaled",
    "signalled",
    "promised",
    "promises",
    "believes",
    "anticipates",
    "expects",
    "citing",
    // "Merrill cited Kobach’s “lengthy record of …”", "Hurst estimated a “gazillion calls”".
    "cited",
    "estimated",
    "specified",
    "specifies",
    String.raw`point(?:ed|s|ing)\s+out`,
    "alleged",
    "alleges",
    "alleging",
    "mentioned",
    "characteri[sz](?:ed|es|ing)",
    String.raw`expressed\s+(?:\p{L}+\s+)?concerns?`,
    // Spanish-language outlets ("dijo Steve Simon", "según el secretario").
    ...SPANISH_SAID,
    "según",
  )}(?!\p{L})`,
  "giu",
);

// "“…”, añadió.": a Spanish speech verb with its subject left unsaid.
const SAID_UNNAMED = new RegExp(String.raw`^[\s,”"’]*(?:${SPANISH_SAID.join("|")})\s*[.,]`, "u");

type Found = NonNullable<ReturnType<PeopleInText["personAt"]>>;

/**
 * Who said each quote, as reporters attribute it: after the quote (`…," said X`, `…," X said`,
 * `…," he added`), before it (`X said in a statement that "…"`, `X said "…"`), or, for a quote that
 * follows another with nothing between but connecting words, the previous quote's speaker.
 */
export function attributeQuotes(
  text: string,
  quotes: QuoteSpan[],
  sentences: Range[],
  paragraphs: Range[],
  people: PeopleInText,
): (Found | null)[] {
  const sentenceAt = (at: number) => rangeAt(sentences, at);
  const paragraphAt = (at: number) => rangeAt(paragraphs, at);
  const speakers: (Found | null)[] = [];
  // The one person (not a body) the 600 characters before `at` name, if only one.
  const onlyPersonBefore = (at: number) => {
    const named = rangesWithin(people.mentions, Math.max(0, at - 600), at).filter(
      (m) => !m.inQuote && !m.pronoun && !inPassing(text, m) && !people.personAt(m)?.body,
    );
    const who = new Set(named.map((m) => people.personAt(m)));
    return who.size === 1 ? named[0] : undefined;
  };
  for (const [i, q] of quotes.entries()) {
    const previous = quotes[i - 1];
    const next = quotes[i + 1];
    // After the quote, up to the end of its sentence or the next quote; or of the line below
    // when the page broke the attribution onto it ("“…”" / "said Harmeet Dhillon, …", "— Jo Lee").
    const saidBelow =
      /^[\s,”"’]*\n[^\S\n]*(?:said|says)\s/.exec(text.slice(q.close + 1, q.close + 12)) ??
      creditBelow(text, q.close + 1) ??
      ATTRIBUTION_BELOW.exec(text.slice(q.close + 1, q.close + 160));
    const afterEnd = Math.min(
      (saidBelow ? sentenceAt(q.close + saidBelow[0].length)?.end : undefined) ??
        strayStop(text, q, sentenceAt) ??
        sentenceAt(q.close)?.end ??
        q.close + 1,
      next?.open ?? text.length,
      q.close + 250,
    );
    const afterMentions = rangesWithin(people.mentions, q.close + 1, afterEnd).filter(
      (m) => !m.inQuote,
    );
    // "…" — Sec. Smith on the request: pic.twitter.com/… — Jane Smith (@SecSmith): a tweet is
    // credited to the name before its handle, or to the person the handle names.
    let speaker: Found | null = tweeter(text, q.close + 1, next?.open ?? text.length, people);
    const afterText = text.slice(q.close + 1, afterEnd);
    // ("“…?” one reporter asked Sanders": an unnamed questioner's words, not the one asked.)
    let someoneElse = REPORT_BY.test(afterText) || UNNAMED_ASKER.test(afterText);
    // ("“…,” Clyde concu" where the page stops: a speech verb cut off after a name.)
    const said = firstMatch(SPEECH, afterText);
    const concurred = firstMatch(CONCURRED, afterText);
    const spokenAfter = said < 0 || (concurred >= 0 && concurred < said) ? concurred : said;
    const afterVerb = spokenAfter >= 0 ? spokenAfter : cutSpeechVerb(text, q, afterText, afterEnd);
    // "he is “willing to go to jail,” saying that an official in Bondi’s office …": a participle
    // goes on with the one who spoke before the quote; who it names next is not the speaker.
    const goesOnBefore =
      /^(?!according)\p{L}+ing$/iu.test(/^\p{L}+/u.exec(afterText.slice(afterVerb))?.[0] ?? "") &&
      (afterMentions[0]?.start ?? 0) > q.close + 1 + afterVerb;
    // "…,” while Mississippi’s secretary said …": a new clause with a speaker of its own.
    const newClause = /^[\s,”"’]*(?:while|whereas|but|though|although)\b/i.test(afterText);
    // `Sanders said, "…," Trump signed the order and asked …`: the words were introduced before
    // them, and what follows is a new sentence's subject.
    const introduced = SAID_BEFORE.test(text.slice(Math.max(0, q.open - 40), q.open));
    // "When the commission sent a letter requesting “…,” Hosemann responded: …": what a leading
    // clause's subject asked for; the one named after it answers in the main clause.
    const askedInLead =
      SUBORDINATE_START.test(text.slice(sentenceAt(q.open)?.start ?? 0, q.open)) &&
      ASKED_FOR.test(text.slice(Math.max(0, q.open - 40), q.open));
    if (
      !speaker &&
      !someoneElse &&
      afterVerb >= 0 &&
      afterMentions.length &&
      !goesOnBefore &&
      !newClause &&
      !askedInLead &&
      !DOCUMENT_SAYS_AFTER.test(afterText) &&
      !(
        introduced &&
        !/^\s*(?:,[^,]{0,60},)?\s*(?:\p{Ll}+ly\s+)?$/u.test(
          text.slice((afterMentions[0] as Mention).end, q.close + 1 + afterVerb),
        )
      )
    ) {
      const m = afterMentions[0] as Mention;
      // "Merrill's spokesman, Gabe Rosenberg, said", "said McMaster spokesman Brian Symmes": the
      // spokesman, named.
      const named = afterMentions[1];
      if (
        named &&
        !named.pronoun &&
        /^(?:['’]s?)?\s+(?:\p{L}+\s+)?(?:spokes\w+|aide|deputy|press\s+secretary|communications\s+director)\s*,?\s*$/iu.test(
          text.slice(m.end, named.start),
        )
      )
        speaker = people.personAt(named);
      // "said Democratic Party Chair DuBose Porter", "said ACLU-NJ senior staff attorney Jo
      // Lee": the body is part of the person's title.
      else if (
        named &&
        !named.pronoun &&
        people.personAt(m)?.body !== undefined &&
        TITLE_BETWEEN.test(text.slice(m.end, named.start))
      )
        speaker = people.personAt(named);
      else if (spokenFor(text, m, people)) someoneElse = true;
      else if (
        m.start - q.close <= 120 &&
        // ("'No way,' says Oregon; Washington 'reviewing' Kobach request": an attribution ends at
        // a semicolon or another quotation, and the one named past it did not say the words.)
        !/[;“”"‘]|\s'/.test(text.slice(q.close + 1 + afterVerb, m.start))
      ) {
        // "“…,” she continued": the one whose words these continue, not the last name before.
        const goesOn =
          m.pronoun &&
          previous &&
          speakers[i - 1] &&
          /^\W*(?:he|she)\s+(?:continued|added|went on)\b/i.test(afterText) &&
          // (unless someone else was named since: "Kossack replied …. “…,” he continued")
          rangesWithin(people.mentions, previous.close + 1, q.open).every(
            (x) => x.inQuote || x.pronoun || people.personAt(x) === speakers[i - 1],
          );
        const prior = speakers[i - 1] as Found;
        // (A body is no "he": "the Caucus said, “…” … “…,” he continued" does not say who went on.)
        const noOne = goesOn && (prior.body || prior.group);
        if (noOne) someoneElse = true;
        speaker = noOne ? null : goesOn ? prior : people.personAt(m);
      }
    }
    // "Kobach has been called “the king of voter suppression” by the ACLU": a passive verb of
    // saying before the words, and who said them after "by".
    if (
      !speaker &&
      !someoneElse &&
      PASSIVE_SAYING.test(text.slice(sentenceAt(q.open)?.start ?? 0, q.open))
    ) {
      const by = /^[\s,”"’]*by\s+/.exec(afterText);
      const m = by && afterMentions.find((x) => !x.pronoun);
      // (By the one named, perhaps after a title: "by Secretary of State Alex Padilla"; not "by
      // Kris Kobach's spokeswoman".)
      if (
        m &&
        !/^['’]s?\b/u.test(text.slice(m.end, m.end + 2)) &&
        /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of)\s+){0,6}$/u.test(
          text.slice(q.close + 1 + by[0].length, m.start),
        )
      )
        speaker = people.personAt(m);
    }
    // "“…,” reads an ACLU of Rhode Island press release": the words of the paper's owner.
    if (!speaker && !someoneElse) {
      const paper = OWNERS_PAPER_AFTER.exec(afterText);
      const m =
        paper && afterMentions.find((x) => !x.pronoun && x.end <= q.close + 1 + paper[0].length);
      if (m) speaker = people.personAt(m);
    }
    // "“…”, añadió.": Spanish leaves the one who goes on speaking unnamed: the last speaker, or
    // whom the sentence before in the paragraph was about ("Grimes respondió a Kobach. “…”, dijo.").
    if (
      !speaker &&
      !someoneElse &&
      SAID_UNNAMED.test(afterText) &&
      !/:\s*$/.test(text.slice(Math.max(0, q.open - 10), q.open))
    ) {
      const own = sentenceAt(q.open);
      const prior = own && sentenceAt(own.start - 2);
      const subject =
        prior && paragraphAt(prior.start) === paragraphAt(q.open)
          ? rangesWithin(people.mentions, prior.start, prior.end).find(
              (m) => !m.inQuote && !inPassing(text, m),
            )
          : undefined;
      speaker =
        previous && speakers[i - 1] && !subject
          ? (speakers[i - 1] as Found)
          : subject
            ? people.personAt(subject)
            : null;
    }
    // "“…,” the statement continued": the words of the one who issued it.
    const docAfter = DOCUMENT_AFTER.exec(text.slice(q.close + 1, q.close + 80));
    if (!speaker && !someoneElse && docAfter) {
      // "“…,” read the Aug. 13 letter, signed by Jo Lee": the one it names as its author.
      const signer = afterMentions.find(
        (m) =>
          !m.pronoun &&
          /\b(?:signed|sent|written|issued)\s+by\s+$|\bfrom\s+$/.test(
            text.slice(Math.max(q.close + 1, m.start - 20), m.start),
          ),
      );
      // "“…,” his statement continued": the one whose words came just before.
      const theirs =
        /^(?:his|her)$/i.test(docAfter[1] ?? "") && previous && q.open - previous.close < 600
          ? speakers[i - 1]
          : null;
      speaker = signer
        ? people.personAt(signer)
        : (theirs ?? lastAuthor(text, people, q.open, (docAfter[2] ?? docAfter[4]) as string));
    }
    // "“…,” the complaint reads": the words of the one who filed it ("Common Cause filed a
    // complaint", "the DOJ lawsuit"), when the text says who did.
    const paper = DOCUMENT_SAYS_AFTER.exec(afterText);
    const filing = paper?.[1] ?? paper?.[2];
    if (!speaker && !someoneElse && filing && SUIT.test(filing))
      speaker = lastAuthor(text, people, q.open, SUIT.source, true);
    // "“Go jump in the Gulf of Mexico.” / That's what Mississippi's secretary of state has told
    // the commission": the sentence after names who said it.
    if (!speaker && !someoneElse) {
      const then = sentenceAt(text.slice(q.close + 1).search(/\S/) + q.close + 1);
      const words = then ? text.slice(then.start, then.end) : "";
      const what = words.search(/That['’]s\s+what\s+/);
      // "“…”" / "That was Ohio Secretary of State Ray Moss on Monday.", "That was the message
      // Friday from …": the words' speaker named.
      const was =
        /^\s*(?:That|Those)\s+(?:was|were)\s+(?:the\s+words\s+of\s+|the\s+(?:message|word|response|answer|reply|verdict)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?from\s+)?(?=\p{Lu})/u.exec(
          words,
        );
      if (then && was) {
        // (The "from" of "the message from …" names the speaker, not someone in passing.)
        const from = /\bfrom\s+$/.test(was[0]);
        const who = rangesWithin(people.mentions, then.start, then.start + was[0].length + 80).find(
          (m) => !m.inQuote && !m.pronoun && (from || !inPassing(text, m)),
        );
        if (who && who.start <= then.start + was[0].length + 40) speaker = people.personAt(who);
      } else if (then && what >= 0 && what < 80 && firstMatchIn(SPEECH, words)) {
        const who = rangesWithin(people.mentions, then.start + what, then.end).find(
          (m) => !m.inQuote && !inPassing(text, m),
        );
        if (who) speaker = people.personAt(who);
      }
    }
    // "…" — Sec. Grimes: a dash (or two hyphens) and the name, as a post or a tweet is credited,
    // on the quote's line or the line below it ("— Ohio's Jo Lee" under a boxed quotation).
    let creditedUnknown = false;
    if (!speaker && !someoneElse) {
      const dash =
        /^[^\S\n]*(?:[—–]|--)[^\S\n]*/.exec(text.slice(q.close + 1, q.close + 8)) ??
        creditBelow(text, q.close + 1);
      const m = dash
        ? afterMentions.find((x) => !x.pronoun && x.start - (q.close + 1) <= dash[0].length + 12)
        : undefined;
      // A quotation standing alone in its paragraph may be credited by a line that leads with a
      // title ("“…” —Secretary of State Jo Lee", or on the line below), and one credited on its
      // own line to someone the text does not name as a person ("“…”—CB", "“…” — J.R., Ohio")
      // does not go on from the one credited above. (Not a quote inside a sentence, whose
      // attribution is its own, nor a byline, a time stamp or a signature on a line below.)
      const alone = q.open === paragraphAt(q.open)?.start;
      const creditEnd = dash ? text.indexOf("\n", q.close + 1 + dash[0].length) : -1;
      const credit = dash
        ? text.slice(q.close + 1 + dash[0].length, creditEnd < 0 ? text.length : creditEnd)
        : "";
      const creditLine = alone && isCreditLine(credit);
      const who =
        m ??
        (creditLine
          ? afterMentions.find((x) => !x.pronoun && (creditEnd < 0 || x.end <= creditEnd))
          : undefined);
      if (who) speaker = people.personAt(who);
      else creditedUnknown = creditLine && !(dash?.[0].includes("\n") ?? true);
    }
    // "…," the Democratic secretary said: the person last named before in that role.
    if (!speaker && !someoneElse && afterVerb >= 0) {
      const role = ROLE_AFTER.exec(afterText);
      if (role) speaker = lastInRole(people, q.open, role[1] as string, role[0]);
      // "…," the Republican said: the person last named before whom the text gives that party.
      const party = PARTY_AFTER.exec(afterText);
      if (!speaker && party)
        speaker = lastOfParty(people, q.open, party[1]?.startsWith("R") ? "R" : "D");
      // "…," the 32-year-old Louisville attorney said: the one the sentence before is about, its
      // subject (not "Williams" in "Griswold pounced on Williams").
      if (!speaker && AGE_AFTER.test(afterText)) {
        const own = sentenceAt(q.open);
        const before = own && sentenceAt(text.slice(0, own.start).trimEnd().length - 1);
        // (Past a leading "After Gov. Reyes endorsed it," or "Speaking at a dinner," to the main
        // clause; "She" stands for whom the text resolves it to.)
        const lead = before && LEADING_CLAUSE.exec(text.slice(before.start, before.end));
        const from = before ? before.start + (lead ? lead[0].length : 0) : 0;
        const subject =
          before &&
          rangesWithin(people.mentions, from, before.end).find(
            (m) => !m.inQuote && !people.personAt(m)?.body,
          );
        const who = subject && people.personAt(subject);
        if (who && !who.body && subject.start - from < 40) speaker = who;
      }
    }
    // The last person named just before the quote, outside any quote.
    const lead = rangesWithin(people.mentions, Math.max(0, q.open - 200), q.open)
      .filter((m) => !m.inQuote && !m.pronoun)
      .pop();
    // "Secretary Brian Kemp: “…”": a name and a colon introduce the words.
    if (
      !speaker &&
      !someoneElse &&
      lead &&
      !inPassing(text, lead) &&
      /^\s*(?:\([RD][^)]*\))?\s*:\s*$/.test(text.slice(lead.end, q.open))
    )
      speaker = people.personAt(lead);
    // "Responded Mississippi’s Delbert Hosemann, another Republican, “…”": the speech verb
    // first, then the one who spoke, then the words.
    if (!speaker && !someoneElse && lead) {
      const from = sentenceAt(lead.start)?.start ?? 0;
      if (
        VERB_FIRST.test(text.slice(from, lead.start)) &&
        // (No one else between: "Said Gov. Tull about Secretary Lee: “…”" is Tull's.)
        rangesWithin(people.mentions, from, lead.start).every((m) => m.inQuote) &&
        NAME_THEN_WORDS.test(text.slice(lead.end, q.open))
      )
        speaker = people.personAt(lead);
    }
    // Before the quote, from its sentence's start or the previous quote.
    const beforeStart = Math.max(
      sentenceAt(q.open)?.start ?? 0,
      // (not past a scare-quoted label of a few words: Trump’s “Voter Fraud” Commission)
      previous && previous.close < q.open && !scareQuote(text, previous) ? previous.close + 1 : 0,
      q.open - 300,
    );
    const beforeText = text.slice(beforeStart, q.open);
    // A clause ending in a colon introduces the words of the one named just before its speech
    // verb ("In a statement released after a letter Bondi sent, Simon said: “…”"), else of its
    // subject, whatever its verb ("Smith lashed out on Twitter: “…”").
    if (!speaker && !someoneElse && /:\s*$/.test(beforeText)) {
      const last = rangesWithin(people.mentions, beforeStart, q.open)
        .filter((m) => !m.inQuote)
        .pop();
      if (last && SAYS_COLON.test(text.slice(last.end, q.open))) speaker = people.personAt(last);
      // "As posted by Jo Lee, a state representative, on her Facebook page Sunday: “…”".
      else if (
        last &&
        !last.pronoun &&
        /\b(?:[Aa]s|statement|post|message|letter|note|tweet)\s+(?:posted|written|said|stated|tweeted|put)\s+by\s+(?:(?:\p{Lu}[\p{L}.]*|of)\s+){0,5}$/u.test(
          text.slice(Math.max(0, last.start - 60), last.start),
        ) &&
        /^(?:,[^:;“”"]{1,100})?\s*:\s*$/.test(text.slice(last.end, q.open))
      )
        speaker = people.personAt(last);
    }
    // ("… making statements such as, “…”" introduces them as a colon does.)
    if (!speaker && !someoneElse && /(?::|\bsuch\s+as,?)\s*$/.test(beforeText)) {
      const subjectIn = (from: number, to: number) =>
        rangesWithin(people.mentions, from, to).find(
          (m) => !m.inQuote && !inPassing(text, m) && !spokenFor(text, m, people),
        );
      let subject = subjectIn(beforeStart, q.open);
      // "… she had two main concerns. First: “…”": a short lead-in goes on from the sentence
      // before it in the paragraph.
      const own = sentenceAt(q.open);
      const prior = own && sentenceAt(own.start - 2);
      if (
        !subject &&
        own &&
        prior &&
        paragraphAt(prior.start) === paragraphAt(q.open) &&
        beforeText.trim().split(/\s+/).length <= 4
      )
        subject = subjectIn(prior.start, prior.end);
      if (subject) speaker = people.personAt(memberNamed(text, people, subject));
    }
    // "Smith released the following statement:" / "“…": a paragraph that opens with the quote,
    // after a sentence ending in a colon, holds the words of that sentence's subject.
    const ownParagraph = paragraphAt(q.open);
    let introducedAbove = false;
    if (!speaker && !someoneElse && ownParagraph && q.open === ownParagraph.start) {
      const lead = paragraphs[paragraphs.indexOf(ownParagraph) - 1];
      const leadSentence = lead && sentenceAt(Math.max(lead.start, lead.end - 1));
      const leadText = leadSentence ? text.slice(leadSentence.start, lead.end) : "";
      // "… issued the following statement in response to …." introduces it as a colon does.
      // "Secretary Hosemann added," over the quote's paragraph introduces it as a colon does.
      if (
        leadSentence &&
        (/:\s*$/.test(leadText) ||
          FOLLOWING.test(leadText) ||
          /\b(?:said|says|added|adds|wrote|continued),\s*$/.test(leadText))
      ) {
        // ("When President Trump announced …, Secretary Toulouse Oliver released this
        // statement:": the main clause's subject, past a leading "When …," clause.)
        const opening = LEADING_CLAUSE.exec(leadText);
        const from = leadSentence.start + (opening ? opening[0].length : 0);
        const subject = rangesWithin(people.mentions, from, lead.end).find(
          (m) => !m.inQuote && !inPassing(text, m) && !spokenFor(text, m, people),
        );
        // ("Read her full response below." after a passage naming one person only: hers.)
        const named =
          subject ?? (FOLLOWING.test(leadText) ? onlyPersonBefore(leadSentence.start) : undefined);
        if (named) {
          speaker = people.personAt(memberNamed(text, people, named));
          introducedAbove = speaker !== null;
        }
      }
    }
    // "According to Bellows, “…”": the one named after "according to".
    if (!speaker && !someoneElse) {
      // ("It is a fact, according to the Pew Center, that “…”".)
      const according = /\baccording\s+to\s+[^,“”"]{1,80}?,?\s*(?:that\s+)?$/i.exec(beforeText);
      const named = according
        ? rangesWithin(people.mentions, beforeStart + according.index, q.open).filter(
            (m) => !m.inQuote,
          )
        : [];
      const m = named[0];
      if (
        m &&
        named.every((x) => people.personAt(x) === people.personAt(m)) &&
        !spokenFor(text, m, people)
      )
        speaker = people.personAt(m);
    }
    if (!speaker && !someoneElse) {
      const verbs = allMatches(SPEECH, beforeText);
      const lastVerb = verbs[verbs.length - 1];
      if (lastVerb !== undefined) {
        const candidates = rangesWithin(
          people.mentions,
          beforeStart,
          beforeStart + lastVerb,
        ).filter((m) => !m.inQuote);
        const last = candidates[candidates.length - 1];
        // The one who speaks is the clause's subject, not a name it mentions in passing ("sent
        // a letter to Kris Kobach, head of Trump's commission, saying …").
        // "Amelia Chasse, a spokeswoman for Gov. Larry Hogan, said": the one named before the
        // "spokeswoman for", if anyone is.
        const subject = candidates
          .filter((c) => !inPassing(text, c) && !spokenFor(text, c, people))
          .pop();
        let m =
          last && !spokenFor(text, last, people)
            ? candidates.filter((c) => !inPassing(text, c)).pop()
            : (subject ?? last);
        // "Wolf repeatedly criticized Trump and said “…”": the object of the first verb is not
        // the subject of the second.
        const earlier = candidates.filter((c) => c !== m && !inPassing(text, c) && !c.inQuote);
        if (
          m &&
          earlier.length > 0 &&
          /^\s*,?\s*and\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(m.end, beforeStart + lastVerb)) &&
          /\b\p{Ll}{3,}(?:ed|es)\s+(?:the\s+)?(?:(?:President|Gov\.|Governor|Sen\.|Secretary)\s+)?$/u.test(
            text.slice(Math.max(0, m.start - 30), m.start),
          )
        )
          m = earlier[earlier.length - 1];
        // "Bell pointed to the department's letter, which characterized the rolls as “…”", "a
        // complaint that alleged “…”": the verb's subject is what "which" or "that" stands for,
        // not the one named before it.
        // (Not "Padilla said in a statement that criticized Kobach that …" or "Padilla sent a
        // letter that called …", his own paper; not
        // "the Brennan Center at NYU, which calls …" or "Civic Nebraska, a nonprofit, which said …",
        // where "which" is the one named.)
        const upTo = m ? text.slice(m.end, beforeStart + lastVerb) : "";
        const relative = /,?\s+(?:which|that)\s+(?:also\s+|\p{Ll}+ly\s+)?$/u.exec(upTo);
        const between = relative ? upTo.slice(0, relative.index) : "";
        if (
          relative &&
          /\p{Ll}{4,}/u.test(between) &&
          !firstMatchIn(SPEECH, between) &&
          !OWN_PAPER.test(between) &&
          !/^\s*,\s*(?:a|an|the)\s[^;]*$/u.test(between)
        )
          someoneElse = true;
        // "Kobach, whom the ACLU dubbed “…”": the one named before "whom" is what was said of,
        // never who said it.
        // (Not "Jo Lee, whom reporters reached on Monday, said": the clause closed before it.)
        const whom = m ? /\bwhom\b[^,]*$/i.exec(text.slice(m.end, beforeStart + lastVerb)) : null;
        if (m && whom && !someoneElse) {
          const from = m.end + whom.index;
          m = candidates.filter((c) => c.start > from && !inPassing(text, c)).pop();
          if (!m) someoneElse = true;
        }
        const participle = /^(?!according)\p{L}+ing\b/iu.test(beforeText.slice(lastVerb));
        // "Ruiz said a department lawyer had written that “…”", "Ruiz said Dhillon had told her
        // the data was “…”": words Ruiz reports someone else put so are that one's, not hers.
        const inner = REPORTED_SPEAKER.exec(beforeText.slice(lastVerb));
        if (m && inner) {
          const innerStart = beforeStart + lastVerb + inner.index;
          const named = rangesWithin(
            people.mentions,
            innerStart,
            innerStart + inner[0].length,
          ).find((x) => !x.inQuote && !x.pronoun);
          if (named) m = named;
          else someoneElse = true;
        }
        // "Kobach has been called the ‘king of …’ by …": the one called so is not who spoke.
        if (
          m &&
          /^\s+(?:has\s+been|have\s+been|had\s+been|is|was|are|were|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(
            text.slice(m.end, beforeStart + lastVerb),
          ) &&
          /^(?:called|dubbed|label(?:l)?ed|described|termed|branded|characteri[sz]ed)\b/i.test(
            beforeText.slice(lastVerb),
          )
        )
          someoneElse = true;
        // "The League sent a letter commending Secretary Merrill for her response to Mr. Kobach,
        // stating “…”": after a comma the participle is the clause subject's; one named later
        // in the clause (an object) is not who spoke, and an unnamed subject credits no one.
        // ("…, Woodhams said, adding, “…”" and "…, when Simon's office rebuffed the request,
        // stating …" have the subject speak too.)
        if (m && !m.pronoun && participle && /,\s*$/.test(beforeText.slice(0, lastVerb))) {
          const sentenceStart = sentenceAt(q.open)?.start ?? beforeStart;
          const named = candidates.filter((c) => c.start >= sentenceStart && !c.pronoun);
          // (Not one whose possession is named: "two days before Kris Kobach's deadline".)
          const openerBefore = (c: Mention) =>
            [...text.slice(sentenceStart, c.start).matchAll(CLAUSE_OPENER)].pop();
          const leadsClause = (c: Mention) => {
            if (/^['’]s?\b/u.test(text.slice(c.end, c.end + 2))) return false;
            const lead = text.slice(sentenceStart, c.start);
            const opener = openerBefore(c);
            return CLAUSE_SUBJECT.test(lead.slice(opener ? opener.index + opener[0].length : 0));
          };
          // (The nearest clause's subject: "Simon has objected since July, when Simon's office
          // rebuffed the request, stating …" is the office's; failing one, who "said, adding".)
          m =
            named.findLast(leadsClause) ??
            named.findLast((c) =>
              SAID_THEN_PARTICIPLE.test(text.slice(c.end, beforeStart + lastVerb)),
            );
          // ("… days after Governor Roe had praised it, writing …": a subordinate clause in the
          // past perfect may be the backdrop or the writer's; unsure, no one.)
          const opener = m && openerBefore(m);
          if (
            m &&
            opener &&
            BACKDROP_OPENER.test(opener[0]) &&
            /^\s+had\s/.test(text.slice(m.end, beforeStart + lastVerb))
          )
            someoneElse = true;
        }
        if (someoneElse) m = undefined;
        if (m && spokenFor(text, m, people)) someoneElse = true;
        else if (m) speaker = people.personAt(m);
        // "said he wouldn’t provide “…”, saying he believed it was a “…”": the same speaker
        // goes on.
        else if (participle && previous && sentenceAt(previous.close) === sentenceAt(q.open))
          speaker = speakers[i - 1] ?? null;
        else {
          // "the Secretary of State told the DOJ to “…”": the person last named in that role.
          const role = ROLE_BEFORE.exec(beforeText.slice(0, lastVerb));
          if (role) speaker = lastInRole(people, q.open, role[1] as string, role[0]);
        }
      }
    }
    // "The letter that Kris Kobach (R), the vice chair, sent to state officials last week requests
    // “…”": the one who sent it, named first in its relative clause.
    if (!speaker && !someoneElse) {
      const sent = LETTER_THAT_ONE_SENT.exec(beforeText);
      const sender = sent
        ? rangesWithin(people.mentions, beforeStart + sent.index, q.open).find(
            (m) => !m.inQuote && !m.pronoun,
          )
        : undefined;
      // (The one who sent it, not one it was sent to: "The letter that Lee was sent", "… that
      // Lee got from the panel and sent on".)
      if (
        sender &&
        !inPassing(text, sender) &&
        /^(?:\s*\([RD][^)]*\))?(?:\s*,[^,.;“”"]{0,120},)?\s+(?:sent|wrote|mailed|signed)\b/.test(
          text.slice(sender.end, q.open),
        )
      )
        speaker = people.personAt(sender);
    }
    // "Smith's letter called it “problematic” … More broadly, the letter asserts, “…”": the words
    // of the one whose letter or statement was last named; "It continues, “…”" goes on with them.
    if (!speaker && !someoneElse) {
      const doc = DOCUMENT_SPEAKS.exec(beforeText);
      if (doc) speaker = lastAuthor(text, people, q.open, doc[1] as string);
      else if (
        previous &&
        // ("It then concluded by rejecting the request, saying it “…”": the letter goes on.)
        /(?:^|[.!?]\s+)It\s+(?:then\s+|also\s+|later\s+)?(?:(?:continues|continued|adds|added|goes on|went on)\W*$|(?:concludes|concluded|ends|ended|closes|closed)\b[^“”".;]{0,160}$)/.test(
          beforeText,
        )
      )
        speaker = speakers[i - 1] ?? null;
    }
    // "echoing Hosemann's rejoinder that the panel “can go jump …”": the words of the one whose
    // reply the sentence names.
    if (!speaker && !someoneElse) {
      const named = rangesWithin(people.mentions, beforeStart, q.open).filter(
        (m) => !m.inQuote && !m.pronoun,
      );
      // (Someone named in passing after them, "the panel chaired by Mike Pence", does not count.)
      const at = named.findLastIndex((m) => THEIR_WORDS.test(text.slice(m.end, q.open)));
      const owner = named[at];
      if (owner && named.slice(at + 1).every((m) => inPassing(text, m)))
        speaker = people.personAt(owner);
    }
    // "“…,” she continued, “but …”": the words go on after their own attribution.
    if (
      previous &&
      speakers[i - 1] &&
      /^[\s,”"’]*(?:he|she)\s+(?:said|says|continued|added|wrote)\s*,\s*$/i.test(
        text.slice(previous.close + 1, q.open),
      )
    ) {
      speaker = speakers[i - 1] as Found;
      someoneElse = false;
    }
    // Nothing but connecting words since the last quote of the same paragraph: the same speaker.
    const bare = beforeText.match(/\p{L}+/gu) ?? [];
    const connecting = bare.length <= 3 && bare.every((w) => CONNECTING.test(w));
    // "said he has “no intention” of handing over data “to an administration …”": a quote
    // that goes on in the same sentence, with no one else named or speaking between.
    // (A name in passing between, "with Trump’s efforts to “…”", is no new speaker; nor is "and
    // said it was “…”" with no one else named.)
    const sameSentence =
      previous !== undefined &&
      sentenceAt(previous.close) === sentenceAt(q.open) &&
      rangesWithin(people.mentions, previous.close + 1, q.open).every(
        (m) =>
          (m.pronoun && people.personAt(m) === speakers[i - 1]) ||
          (!m.pronoun && !m.inQuote && inPassing(text, m)),
      ) &&
      (!firstMatchIn(SPEECH, text.slice(previous.close + 1, q.open)) ||
        /^[\s,”"’]*(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:also\s+)?(?:said|says|added|called)\b/i.test(
          text.slice(previous.close + 1, q.open),
        ));
    if (
      !speaker &&
      !someoneElse &&
      previous &&
      afterVerb < 0 &&
      (connecting || sameSentence) &&
      paragraphAt(previous.close) === paragraphAt(q.open)
    ) {
      speaker = speakers[i - 1] ?? null;
    }
    // "Smith issued the following statement:" / "“…”" / "“…”": paragraphs that are each only a
    // quotation, one after another, go on with the words above.
    if (
      !speaker &&
      !someoneElse &&
      !creditedUnknown &&
      previous &&
      speakers[i - 1] &&
      afterVerb < 0
    ) {
      const own = paragraphAt(q.open);
      const prior = own && paragraphs[paragraphs.indexOf(own) - 1];
      const quoteOnly = (p: Range, s: QuoteSpan) =>
        s.open === p.start && /^[\s”"’]*$/.test(text.slice(s.close + 1, p.end));
      // (Not in a box of quotations each credited below, "— Ohio's Jo Lee", nor a pull quote
      // that repeats words printed elsewhere.)
      const next = own && paragraphs[paragraphs.indexOf(own) + 1];
      const creditBelow = next !== undefined && /^\s*[—–-]/.test(text.slice(next.start, next.end));
      const repeated = text.indexOf(text.slice(q.start, Math.min(q.end, q.start + 40))) !== q.start;
      // (A statement's paragraph, not a one-word "“No.”" read out from someone else's letter.)
      const statement = text.slice(previous.start, previous.end).split(/\s+/).length >= 4;
      if (
        own &&
        prior &&
        quoteOnly(own, q) &&
        quoteOnly(prior, previous) &&
        statement &&
        !creditBelow &&
        !repeated
      )
        speaker = speakers[i - 1] as Found;
    }
    // A paragraph that is only a quote, after a paragraph about one person ("That's why she's
    // standing by the other states." / "“I would not be surprised …"): that person's words.
    // Likewise a quote that opens a sentence after sentences about one person in its paragraph
    // ("Smith was blunt. “We will not comply.”").
    const paragraph = paragraphAt(q.open);
    const opensSentence = sentenceAt(q.open)?.start === q.open;
    const earlierQuote = previous && paragraph && previous.open >= paragraph.start;
    if (
      !speaker &&
      !someoneElse &&
      !creditedUnknown &&
      paragraph &&
      afterVerb < 0 &&
      opensSentence &&
      !earlierQuote
    ) {
      const rest = text.slice(q.close + 1, sentenceAt(q.close)?.end ?? paragraph.end);
      const before =
        q.open === paragraph.start
          ? paragraphs[paragraphs.indexOf(paragraph) - 1]
          : { start: paragraph.start, end: q.open };
      if (before && !firstMatchIn(SPEECH, rest)) {
        // Names in passing ("a letter to Harmeet Dhillon") are not who the paragraph is about.
        const all = rangesWithin(people.mentions, before.start, before.end)
          .filter((m) => !m.inQuote && !inPassing(text, m))
          .map((m) => people.personAt(m));
        // "Read's office said … Read issued a sharp response": the person, over the office.
        const named = all.some((p) => p && !p.body) ? all.filter((p) => !p?.body) : all;
        const only = named[0];
        // ("Trump claimed …. Some lawmakers suspect the panel's intent …" / "“…”": the words of
        // the unnamed people the paragraph ends on, not of the one named before them.)
        const last = sentenceAt(Math.max(before.start, before.end - 1));
        const endsOnOthers =
          q.open === paragraph.start &&
          last !== undefined &&
          UNNAMED_PEOPLE.test(text.slice(last.start, last.end)) &&
          !rangesWithin(people.mentions, last.start, last.end).some((m) => !m.inQuote);
        if (only && named.every((p) => p === only) && !endsOnOthers) speaker = only;
        // "Senate Leader Trey Stewart criticized Bellows for not complying." / "“…”": a quote
        // opening the paragraph after one whose last sentence has someone speak is theirs.
        else if (q.open === paragraph.start) {
          const last = sentenceAt(Math.max(before.start, before.end - 1));
          const speaking = last
            ? rangesWithin(people.mentions, last.start, last.end).find((m) => {
                const after = text.slice(m.end, Math.min(last.end, m.end + 80));
                const verb = firstMatch(SPEECH, after);
                return (
                  !m.inQuote &&
                  !inPassing(text, m) &&
                  verb >= 0 &&
                  /^(?:,[^,.;]{1,60},)?\s*$/.test(after.slice(0, verb))
                );
              })
            : undefined;
          if (speaking && !spokenFor(text, speaking, people)) speaker = people.personAt(speaking);
        }
      }
    }
    // "Kobach sent a letter to the secretaries on Wednesday asking them for information, “…”":
    // the sentence's subject names what it asked for, with no one else named or speaking.
    if (!speaker && !someoneElse && afterVerb < 0) {
      const own = sentenceAt(q.open);
      const lead = own ? text.slice(own.start, q.open) : "";
      const named = own
        ? rangesWithin(people.mentions, own.start, q.open).filter((m) => !m.inQuote)
        : [];
      const subject = named[0];
      // (Past an aside about the subject set off by commas: "Kobach, vice chair of a panel that
      // President Trump set up, sent a letter … asking for “…”".)
      const aside = subject ? /^,[^,.;“”"]{1,160},/.exec(text.slice(subject.end)) : null;
      const asideEnd = subject && aside ? subject.end + aside[0].length : -1;
      // ("It all began when Kobach … sent a letter …": the subject of the clause that tells it,
      // if it is the one who sent the letter, not "began when Lee received a letter asking …".)
      const began = /^[^,“”"]{0,60}?\b(?:began|started)\s+when\s+/.exec(
        text.slice(own?.start ?? 0, subject?.start ?? 0),
      );
      const sent =
        subject !== undefined &&
        /^\s*(?:\p{Ll}+ly\s+)?(?:sent|wrote|mailed|issued)\b/u.test(
          text.slice(asideEnd >= 0 ? asideEnd : subject.end),
        );
      if (
        subject &&
        own &&
        (!began || sent) &&
        /^\s*(?:(?:On|In|Last|This|Earlier)\s+[^,]{1,30},\s*)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+)*$/u.test(
          text.slice(own.start + (began?.[0].length ?? 0), subject.start),
        ) &&
        named.every((m) => people.personAt(m) === people.personAt(subject) || m.end <= asideEnd) &&
        ASKED.test(lead) &&
        !firstMatchIn(SPEECH, lead)
      )
        speaker = people.personAt(subject);
    }
    // "A federal judge on Thursday dismissed the suit, calling it “…”. U.S. District Judge Jo
    // Lee, a Clinton appointee, …": the judge the next sentence names.
    const ownSentence = !speaker && !someoneElse ? sentenceAt(q.open) : undefined;
    if (ownSentence && UNNAMED_JUDGE.test(text.slice(ownSentence.start, q.open))) {
      const own = ownSentence;
      const next = sentenceAt(text.slice(own.end).search(/\S/) + own.end);
      if (
        next &&
        next !== own &&
        !rangesWithin(people.mentions, own.start, q.open).some((m) => !m.inQuote)
      ) {
        const named = rangesWithin(people.mentions, next.start, next.end).find((m) => !m.inQuote);
        const who = named && !named.pronoun ? people.personAt(named) : null;
        const role = who?.known?.role ?? who?.role?.text ?? "";
        if (who && named && /\bjudge\b/i.test(role) && named.start - next.start < 60) speaker = who;
      }
    }
    // Words the page cut off before their close, where the attribution usually stands, are
    // credited only to one their own paragraph names before them ("Smith said: “…", "“…,”
    // Smith said. “…"), whose quote they go on from ("“…,” the governor said. “…"), or the
    // paragraph above introduces them with ("Smith also wrote:"), not to whom the paragraphs
    // before were about. (Words a speech verb introduces, "However, the senator said, “…", keep
    // the attribution that stands before them.)
    const saidBefore = SAID_BEFORE.test(text.slice(Math.max(0, q.open - 40), q.open));
    const goesOn =
      previous !== undefined &&
      speakers[i - 1] === speaker &&
      paragraphAt(previous.close) === paragraphAt(q.open);
    const cutOff =
      q.close >= text.length &&
      !introducedAbove &&
      !saidBefore &&
      !goesOn &&
      !rangesWithin(people.mentions, paragraphAt(q.open)?.start ?? q.open, q.open).some(
        (m) => !m.inQuote && people.personAt(m) === speaker,
      );
    speakers.push(cutOff ? null : speaker);
  }
  return speakers;
}

/**
 * Where a speech verb the page cut off begins ("“…,” Clyde concu" at the text's end, after a
 * quotation closed on a comma), or -1.
 */
function cutSpeechVerb(text: string, q: QuoteSpan, afterText: string, afterEnd: number): number {
  // (Only a quotation that opens its sentence: "Lee called it “…,” Kobach no" may be Lee's.)
  if (
    afterEnd < text.trimEnd().length ||
    !text.slice(q.end, q.close + 1).includes(",") ||
    !/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, q.open - 3), q.open))
  )
    return -1;
  const m = /^[\s”"’]*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(\p{Ll}{2,9})\s*$/u.exec(afterText);
  const part = m?.[1];
  if (!part || !beginsSpeechVerb(part)) return -1;
  return afterText.lastIndexOf(part);
}

// What the sentence's subject asked for, up to the quote ("… asking them for information, “").
const ASKED = new RegExp(String.raw`\b(?:${ASKING}|direct(?:s|ed|ing))\b[^“”"]{0,120}$`, "i");

/**
 * "“… state law.” Williams said.": the quote's sentence ends inside it, and the short sentence
 * after it, a name and a speech verb, is its attribution; the end of that sentence, if so.
 */
function strayStop(
  text: string,
  q: QuoteSpan,
  sentenceAt: (at: number) => Range | undefined,
): number | undefined {
  const own = sentenceAt(q.close);
  if (!own || own.end > q.close + 2) return undefined;
  const after = sentenceAt(own.end + 1);
  if (!after) return undefined;
  const next = text.slice(own.end, after.end);
  // "… Period.” Arizona Secretary of State Adrian Fontes (D) told Marc Elias in a podcast …": a
  // sentence that opens with a titled name and a speech verb, however long, attributes it (not
  // "And Maryland's Frosh says …", a new report, nor "Jo Lee wrote at Slate," over a block).
  if (
    /^[^\S\n]*(?!(?:And|But|Meanwhile|Also|Then|Yet|So)\b)(?:(?:\p{Lu}[\p{L}.'’-]*|of)\s+){2,8}(?:\([RDI][^)]{0,20}\)\s+)?(?:said|says|added|wrote|told)\b/u.test(
      next,
    ) &&
    !/[,:]\s*$/.test(next)
  )
    return after.end;
  if (after.end - after.start > 60) return undefined;
  return /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|added|wrote|told\s+\S+)\s*\.?\s*$/u.test(
    next,
  )
    ? after.end
    : undefined;
}

/**
 * The person a tweet is credited to when its credit line follows the quote (on its line, before
 * the next quote): the name just before "(@handle)", else the one person named in the text
 * whose surname the handle holds.
 */
function tweeter(
  text: string,
  from: number,
  nextQuote: number,
  people: PeopleInText,
): Found | null {
  const newline = text.indexOf("\n", from);
  const line = text.slice(
    from,
    Math.min(nextQuote, newline < 0 ? text.length : newline, from + 200),
  );
  // A tweet's credit line follows the quote directly: "” — Jane Smith (@SecSmith)", "” (@SecSmith)".
  const handle = /^[^\S\n]*(?:[—–][^@\n]*?)?\(?@(\w{3,})/.exec(line);
  if (!handle) return null;
  const at = from + handle[0].lastIndexOf("@");
  const before = rangesWithin(people.mentions, from, at).filter((m) => !m.inQuote && !m.pronoun);
  const last = before[before.length - 1];
  if (last && /^[\s,(]*$/.test(text.slice(last.end, at))) return people.personAt(last);
  const tag = (handle[1] as string).toLowerCase();
  const named = [...people.byKey.values()].filter((p) => {
    const surname = (p.known?.name ?? p.name).split(/\s+/).pop()?.toLowerCase() ?? "";
    return surname.length >= 4 && tag.includes(surname);
  });
  return named.length === 1 ? (named[0] as Found) : null;
}

/**
 * A credit line on the line below a quotation, "— Ohio's Jo Lee": a dash and a few words that
 * are not a list's item ("— TEXAS: Gov. Ann Bell said …") nor a sentence of their own.
 */
function creditBelow(text: string, from: number): RegExpExecArray | null {
  const line = /^[\s”"’]*\n[^\S\n]*(?:[—–]|--)[^\S\n]*/.exec(text.slice(from, from + 12));
  if (!line) return null;
  const rest = text.slice(from + line[0].length, from + line[0].length + 160).split("\n")[0] ?? "";
  return isCreditLine(rest) ? line : null;
}

/**
 * A credit's line: a name in capitals before any comma, perhaps after a title ("Ohio's Ann
 * Pruitt", "Connecticut Secretary of State Jo Lee, in an interview", "CB", "J.R., Ohio"); not
 * "Gov. Tim Vale backs her stand", nor one that "has not replied".
 */
function isCreditLine(line: string): boolean {
  const name = (line.split(",")[0] ?? "").trim();
  return (
    !/^[^:]{0,30}:|\b(?:said|says|told|wrote|announced|has|have|had|is|was|are|were|will|would)\b/.test(
      line,
    ) &&
    line.split(/\s+/).length <= 14 &&
    // (A sentence goes on after a dash: "— Connecticut's Jo Lee, a Democrat, disagrees.")
    !/\p{Ll}{2,}[.!?]\s*$/u.test(line) &&
    /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the)){0,6}$/u.test(name) &&
    !NOT_A_PERSON_CREDIT.test(name)
  );
}
// A byline, a desk, a time stamp or a heading in capitals: "— Associated Press", "— Updated
// Tuesday", "— The Dispatch Editorial Board", "— KXTV NEWS", "— DES MOINES", "— UPDATE".
const NOT_A_PERSON_CREDIT =
  /\b(?:Press|News|Board|Editorial|Editors?|Updated?|Staff|Photos?|Reports?|Associated|Reuters|Times|Post|Herald|Tribune|Journal|Gazette|Writers?|Service|Wire|Radio|Television|Desk)\b|(?<!\p{L})\p{Lu}{4,}(?!\p{L})/u;

/** A name as a preposition's object or a possessive: "to Kris Kobach", "Trump's commission". */
function inPassing(text: string, m: Mention): boolean {
  if (m.pronoun) return false;
  // "a statement from Benson", "I spoke with Benson": what follows is her account; "officials
  // with Common Cause called it …": the group's.
  if (OWN_ACCOUNT_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  // "with Bondi stating, “…”": the one a participle of speech follows speaks. (After a comma the
  // participle goes with the clause's subject: "sent a letter commending Merrill for her response
  // to Mr. Kobach, stating “…”" is the letter writer's.)
  const participle =
    /^(,?)\s+(?:stating|saying|adding|noting|writing|declaring|arguing|insisting|warning)\b/.exec(
      text.slice(m.end, m.end + 14),
    );
  if (
    participle &&
    (participle[1] === "" ||
      /\bwith\s+(?:[\p{L}.'’-]+\s+){0,5}$/u.test(text.slice(Math.max(0, m.start - 60), m.start)))
  )
    return false;
  // "blunter than Delbert Hosemann, who said …", "sent to Grimes, who called it …": the one the
  // relative clause has speak.
  if (WHO_SPOKE.test(text.slice(m.end, m.end + 80))) return false;
  // "Lt. Gov. Ann Bell, the party's nominee to replace Gov. Sam Ortiz, released …": a name inside
  // an aside on the one named before it.
  // (Within one sentence: not "… was Tobias Read, the Oregon secretary. Read, who …".)
  const aside =
    text[m.end] === ","
      ? IN_ASIDE_ON_NAME.exec(text.slice(Math.max(0, m.start - 100), m.start))
      : null;
  if (aside && !SENTENCE_ENDS_IN.test(aside[0]) && LINKED_IN_ASIDE.test(aside[0])) return true;
  const before = clauseBefore(text, m.start, 40);
  return (
    // "Trump's commission" mentions him in passing; "Kobach's letter" gives his words.
    (/^['’]s?\b/u.test(text.slice(m.end, m.end + 2)) && !ownAfter(text, m)) ||
    // "sent to Deputy Secretary of State Jo Lee", "to commission vice chairman Jo Lee", "writing
    // alongside Judge Jo Lee": a title of up to five words may stand between.
    // "According to Benson" is her account, not a passing mention.
    /(?<!\b(?:[Aa]ccording|attributed)\s+)(?:\b(?:to|with|by|from|against|about|alongside|beside|besides|unlike|than)|\b(?:aim|out|\p{L}+ed)\s+at)\s+(?:the\s+)?(?:(?:\p{Lu}\p{L}*|(?:Gov|Sen|Rep|Lt|Sec|Atty|Dr|Mr|Mrs|Ms)\.|of|commission(?:['’]s)?|panel(?:['’]s)?|vice|chair(?:man|woman)?|secretary|deputy|assistant|attorney|general|governor|lieutenant|director)[^\S\n]+){0,5}$/u.test(
      before,
    )
  );
}

// "“…,” Clyde concurred", right after the words (not "a view with which Lee concurred", nor
// "Lawson concurred that it was “…”": she agrees; another spoke).
const CONCURRED = /(?<=^[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})concur(?:red|s)\b/u;

const UNNAMED_ASKER =
  /^[\s,”"’]*(?:one|a|another|the)\s+(?:\p{Ll}+\s+)?(?:reporter|journalist|questioner|caller|listener|viewer|audience\s+member|member\s+of\s+the\s+(?:audience|press|public))\s+(?:asked|asks|wanted\s+to\s+know|inquired|pressed|questioned)\b/u;

// The aside names the one in passing as its object: "… nominee to replace Gov. ", "… aide to ".
// (Not "the state's elections director Jane Porter, a Democrat, told …": she is the subject.)
const LINKED_IN_ASIDE =
  /\b(?:to|of|for|with|by|against|than|replac\w*|succeed\w*|unseat\w*|challeng\w*|defeat\w*|fac(?:e|es|ed|ing))\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,4}$/u;
const SENTENCE_ENDS_IN =
  /(?<!\b(?:Gov|Sen|Rep|Lt|Dr|Mr|Mrs|Ms|St|Gen|Atty|Sec|Jr|Sr|U\.S|D\.C|\p{Lu}))\.(?:\s+\p{Lu}|\s*$)/u;
// (A full name before the aside's comma: not "On Tuesday, a visibly frustrated Jon Husted, …".)
const IN_ASIDE_ON_NAME =
  /(?<![\p{L}.])(?!(?:On|In|At|By|For|From|Since|Until|After|Before|During|Last|Next|This|Early|Late|Later|Still|Meanwhile|Then|But|And|So)\b)\p{Lu}[\p{L}.'’-]*\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]+,\s+(?:the|a|an)\s[^,;:!?“”"\n]{0,80}$/u;

// "a statement from Benson", "I spoke with Benson", "officials with Common Cause".
const OWN_ACCOUNT_BEFORE = new RegExp(
  String.raw`\b(?:(?:statement|remarks|message)\s+from|(?:I|we)\s+(?:spoke|talked)\s+(?:with|to)|${SPEAKING_FOR})\s+(?:[\p{L}.'’-]+\s+){0,6}$`,
  "u",
);

const WHO_SPOKE =
  /^(?:,[^,.;“”"]{1,60})?,\s+who\s+(?:has\s+|had\s+|also\s+)?(?:said|says|called|calls|told|tells|wrote|writes|added|described|argued|declared|quipped|noted|warned|insisted|replied|responded)\b/;

/**
 * "Common Cause/NY Executive Director Susan Lerner released …": a body or group named as part of
 * the title of the person who follows it is not who speaks; that person is.
 */
function memberNamed(text: string, people: PeopleInText, m: Mention): Mention {
  const next = rangesWithin(people.mentions, m.end, m.end + 160).find((x) => x.start - m.end <= 60);
  const between = next ? text.slice(m.end, next.start) : "";
  if (
    next &&
    !next.pronoun &&
    !next.inQuote &&
    people.personAt(next)?.body === undefined &&
    TITLE_BETWEEN.test(between) &&
    TITLE_WORD.test(between)
  )
    return next;
  return m;
}
const TITLE_WORD =
  /\b(?:director|president|chair(?:man|woman)?|counsel|attorney|lawyer|spokes\w+|executive)\b/i;
// "/NY Executive Director ", "-NJ senior staff attorney ".
// ("said ACLU-NJ senior staff attorney Jo Lee", "said ACLU of Montana policy director Jo Lee".)
const TITLE_BETWEEN =
  /^(?:[-/]\p{Lu}+)?(?:\s+of(?:\s+\p{Lu}[\p{L}.]*){1,3})?\s+(?:(?:\p{Lu}[\p{L}.]*|senior|staff|attorney|lawyer|counsel|director|president|executive|policy|legal|chief|deputy|general|spokes\w+)\s+){1,5}$/u;

/**
 * "a spokeswoman for Jane Doe", "Doe's office": someone speaks for the person named. A group's
 * lawyers and spokespeople ("lawyers for Common Cause argued") speak as the group.
 */
function spokenFor(text: string, m: Mention, people: PeopleInText): boolean {
  if (people.personAt(m)?.group) return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 30);
  return (
    /\b(?:spokes\w+|aides?|representatives?|office|staff|officials?|lawyers?|attorneys?|counsel)\s+(?:for|of|to|with|from)\s+(?:[\p{L}.’'-]+\s+){0,5}$/iu.test(
      before,
    ) ||
    /^['’]s?\s+(?:office|spokes\w+|aides?|staff|campaign|lawyers?|attorneys?)\b/u.test(after) ||
    // "A spokesperson for Ohio's Secretary of State, Jo Lee, told …": the name after the title is
    // the official's (after a name or a body, "a spokesman for Lee, Jo Roe", it is the spokesman's).
    SPOKESMAN_FOR_TITLE.test(text.slice(Math.max(0, m.start - 100), m.start))
  );
}
// (A title in capitals, as a state's own is printed, and not one that points back, "the
// Secretary": "the secretary of state, Maggie Ruiz," is as likely the spokeswoman's name.)
const OFFICE_TITLE = String.raw`\b(?:Secretary(?:\s+of\s+(?:State|the\s+Commonwealth))?|Governor|Gov\.|Attorney\s+General|Lieutenant\s+Governor|Lt\.\s+Gov\.|Mayor|Senator|Sen\.)`;
const SPOKESMAN_FOR_TITLE = new RegExp(
  String.raw`\b(?:[Ss]pokes\w+|[Aa]ides?|[Pp]ress\s+[Ss]ecretary)\s+(?:for|to)\s+(?!the\s)(?:[\p{L}.’'-]+\s+){0,5}?${OFFICE_TITLE},\s+$`,
  "u",
);

// "the letter says “…”", "That letter … advised Krebs to “…”", "The letter further requested
// information about “…”": the words of the one who wrote it.
/**
 * "“…”" / "Attorney General Jo Lee said in a statement.": a line below that is nothing but a name,
 * a verb of saying and when or where, which can only be the words' attribution.
 */
const ATTRIBUTION_BELOW =
  /^[\s”"’]*\n\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){1,8}(?:said|says|wrote|added|stated)(?:\s+(?:in|on|at|during|via)\s+[^.“”"\n]{1,40}|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|later))*\.(?=\s|$)/u;

// A sentence led by a judge it does not name: "A federal judge on Thursday dismissed …".
const UNNAMED_JUDGE =
  /^\s*(?:An?|The)\s+(?:(?:federal|U\.S\.|US|district|state|circuit|appeals|county|Superior\s+Court|presiding|senior)\s+)*judge\b/i;

// A sentence led by people it does not name: "Some lawmakers suspect …", "Critics say …".
const UNNAMED_PEOPLE =
  /^\s*(?:(?:some|many|several|other|most|few)\s+(?:[\p{L}-]+\s+)?(?:lawmakers|legislators|officials|critics|advocates|experts|observers|Democrats|Republicans|voters|residents|secretaries|clerks|activists)|(?:critics|advocates|opponents|experts|lawmakers|activists)\b)/iu;

// ("“…,” the statement continued", "“…,” his statement continued", "“…,” read the Aug. 13 letter".)
const DOCUMENT_AFTER =
  /^[\s,”"’]*(?:(the|his|her)\s+(?:[\p{L}\d-]+\s+)?(statement|letter|memo|e-?mail|post|motion|(?:press|news)\s+release)\s+(?:also\s+)?(?:said|says|continued|continues|added|adds|read|reads|stated|states)\b|(?:read|reads|said|says|stated)\s+(the)\s+(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2},?\s+(?:\d{4},?\s+)?|(?:new|latest|first|second|original|earlier|draft|\p{L}+-page)\s+)?(letter|memo|e-?mail|motion)\b)/iu;
// "has been called", "was described as", "were branded": the words said of someone, by someone
// the text names after them.
const PASSIVE_SAYING =
  /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:called|dubbed|labell?ed|branded|termed|(?:described|characteri[sz]ed|denounced|critici[sz]ed|derided|decried|blasted|slammed|dismissed)\s+as)\s+(?:an?\s+|the\s+)?$/u;
// "…,” reads an ACLU press release", "…,” said a statement from the Ohio Democratic Party".
const OWNERS_PAPER_AFTER =
  /^[\s,”"’]*(?:read|reads|said|says|stated|states)\s+(?:an?|the)\s+(?:(?:statement|letter|post|memo|(?:press|news)\s+release)\s+(?:from|by|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+|of\s+|for\s+|and\s+)*\p{Lu}[\p{L}.'’&-]*|(?:\p{Lu}[\p{L}.'’&-]*\s+|of\s+|for\s+|and\s+)*\p{Lu}[\p{L}.'’&-]*\s+(?:statement|letter|post|memo|(?:press|news)\s+release))\b/u;
// ("… gave an equally blunt statement." closing the paragraph over the words does too, and so
// does "You can read her full response below.")
const FOLLOWING =
  /\b(?:read|see)\s+(?:his|her|their)\s+(?:full\s+|entire\s+)?(?:response|statement|letter|remarks)\s+(?:below|here)\b|\b(?:issued|released|gave|sent|provided|shared)\s+(?:the\s+following|this)\s+statement\b|\b(?:issued|released|gave|made|put\s+out)\s+(?:an?|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|response|reply|rebuttal)(?:\s*,\s*(?:calling|saying|writing|noting|stating|arguing)\b[^.“”"]*)?\s*\.\s*$/iu;

// "The letter that X (R), the vice chair, sent to officials … requests “…”" (see the sender check
// where it is used).
const LETTER_THAT_ONE_SENT =
  /\b(?:the|that|this)\s+(?:letter|memo|e-?mail)\s+(?:that|which)\s+[^“”".;]{1,160}?\s(?:sent|wrote|mailed|signed)\b[^“”".;]{0,100}?\s(?:requests|requested|asks|asked|says|said|seeks|sought|demands|demanded|states|stated)\s+(?:for\s+)?$/iu;
// ("His letter addressed the state's “…”": the letter of the one "his" stands for, below.)
const DOCUMENT_SPEAKS =
  /\b(?:the|that|this|his|her)\s+(letter|statement|memo|e-?mail|post)\s+(?:from\s+[^“”"]{0,80}?\s+)?(?:\p{L}+\s+)?(?:(?:says|said|asserts|asserted|reads|read|states|stated|continues|adds|argues|concludes|concluded|warns|noted|notes|(?:opens|opened|begins|began|ends|ended|closes|closed|concludes|concluded)\s+with)\W*|(?:directed|directs|requested|requests|asked|asks|sought|seeks|demanded|demands|advised|specified|promised|tells|told|indicated|indicates|noted|notes|addressed|addresses|described|describes|cited|cites|explained|explains|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|highlighted|highlights|pointed\s+to|points\s+to)\b[^“”".;]{0,100})$/iu;

// A sentence's leading subordinate clause, up to its comma: "When Trump announced the panel, …",
// "After Gov. Tom Reyes endorsed it, …" (a title's full stop may stand in it), "Speaking at a
// dinner, …".
// What may stand before a clause's subject: a short leading phrase ("On July 6,"), capitalised
// names and titles, an office's words ("California's secretary of state,").
const CLAUSE_SUBJECT =
  /^\s*(?:[^,;:“”"]{1,60},\s*)?(?:(?:the|a|an|of|and|for|with|secretary|state|governor|attorney|general|lieutenant|director|spokes\w+|officials?|chief|elections?|commissioner|board|office|lawyers?|attorneys?|longtime|veteran|top|new)\s+|[\p{Lu}(][\p{L}.'’()-]*[\s,]+)*$/u;
// Where a clause of its own opens inside a sentence: ", when", ", as", "weeks after", ",” but",
// "; ". (Not a dash: "Lee, like his counterpart — Secretary Pate — rejected …" is Lee's.)
const CLAUSE_OPENER =
  /(?:,[”"’]?\s*(?:when|as|after|while|because|since|before|until|but|and|though|although)\s+|\b(?:when|after|before|while|because|since|until|though|although)\s+|;\s*)/giu;
// The openers of a subordinate clause, whose verb may set a scene before the sentence's own.
const BACKDROP_OPENER = /\b(?:after|before|since|when|while|because|until|though|although|as)\b/i;
// "Woodhams said, adding": a speech verb of the one named, then the participle.
const SAID_THEN_PARTICIPLE =
  /^\s*(?:\([^()]{1,20}\))?\s*(?:,[^,]{0,60},)?\s*(?:said|says|wrote|writes|added|adds|announced|announces|stated|declared|told\s+[^,.;]{1,40})(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s*,\s*$/u;
const LEADING_CLAUSE =
  /^\s*(?:(?:When|After|As|Before|Since|While|Although|Though|If|Once|Because)\b|\p{Lu}\p{Ll}+ing\s)[^,;:“”"]{1,160},/u;

const COURT_PAPERS = "lawsuit|suit|complaint|filing|motion|brief|ruling|opinion|order|report";
const SAYS_OF_PAPERS =
  "(?:said|says|states|stated|reads|read|argues|argued|alleges|alleged|adds|added)";
// "sent a letter", "held a press conference": a paper or event of the one named before it.
const OWN_PAPER =
  /\b(?:sent|wrote|issued|released|published|posted|signed|held|gave|delivered)\s+(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:letter|statement|op-ed|column|post|memo|e-?mail|press\s+(?:release|conference)|news\s+conference|speech|response|reply)\b/iu;

// A suit's papers, whose words are the filer's.
const SUIT = /(?:lawsuit|suit|complaint|filing|motion|brief)/;

// `…,” the lawsuit said, referring to a directive issued by President Donald Trump`, "…,” the
// lawsuit against Griswold said", "…,” states the complaint": a document speaks, and whom it
// goes on to name is not the speaker.
const DOCUMENT_SAYS_AFTER = new RegExp(
  String.raw`^[\s,”"’]*(?:${SAYS_OF_PAPERS}\s+the\s+(?:[\w-]+\s+){0,2}?(${COURT_PAPERS})\b|the\s+(?:[\w-]+\s+){0,2}?(${COURT_PAPERS})\s+(?:(?:against|filed\s+by|brought\s+by|by|from)\s+[^,.;“”"]{1,60}?\s+)?${SAYS_OF_PAPERS}\b)`,
  "i",
);

// "'s rejoinder that …", "'s response to the commission recommended that it …": what follows is
// theirs.
const THEIR_WORDS =
  /^['’]s?\s+(?:\p{L}+\s+)?(?:rejoinder|retort|response|reply|answer|quip|remark|advice|suggestion|recommendation|message)\b[^“”".;]{0,160}$/iu;

// "Responded Mississippi’s …", "Added the governor, …": a sentence that opens on its speech verb.
const VERB_FIRST =
  /^\s*(?:Said|Says|Responded|Replied|Added|Countered|Retorted|Quipped|Wrote|Answered|Declared|Tweeted)\s+(?:(?!(?:about|to|at|of|for|with)\s)[\p{L}.’'-]+\s+){0,5}$/u;
// (…the one named, an aside in commas, and a comma or colon before the words.)
const NAME_THEN_WORDS = /^(?:\s*\([RD][^)]*\))?(?:,[^,“”".;:]{1,80})?\s*[,:]\s*$/u;

// A sentence that opens on a subordinate clause: "When …", "After …".
const SUBORDINATE_START = new RegExp(String.raw`^\s*${SCENE_OPENERS}\b[^;:“”"]*$`, "u");
// "… requesting “…”", "… asking for “…”": the words of what was asked for.
const ASKED_FOR =
  /\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?)\s+$/i;

// `… said, "`, `… wrote: “`, `… and said "`: a speech verb right before the quote.
// (Participles too: "The governor rejected it, saying, “…", "condemned the approach, stating, “…".)
const SAID_BEFORE =
  /\b(?:said|says|wrote|writes|added|adds|stated|declared|saying|stating|adding|writing|declaring)\s*[,:]?\s*$/;

// "Simon said:", "Fontes (D), in a statement, wrote:".
// ("… an executive order from President Trump that declared:".)
const SAYS_COLON =
  /^\s*(?:\([RD][^)]*\)\s*)?(?:,[^,]{0,60},\s*)?(?:(?:that|who)\s+)?(?:\p{Ll}+ly\s+)?(?:said|says|wrote|writes|added|adds|stated|states|declared|explained|responded|replied|told\s+[\p{L}.]+(?:\s+[\p{L}.]+)?)\s*:\s*$/u;

/**
 * The person last named within 1,500 characters before `at` as the author of a `doc`: "Smith's
 * letter", "a letter from Secretary Jo Smith", "Smith sent a letter".
 */
function lastAuthor(
  text: string,
  people: PeopleInText,
  at: number,
  doc: string,
  filed = false,
): Found | null {
  const from = Math.max(0, at - 1500);
  const authored = rangesWithin(people.mentions, from, at).filter((m) => {
    if (m.inQuote || m.pronoun) return false;
    const after = text.slice(m.end, m.end + 160);
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    return (
      new RegExp(`^['’]s?\\s+(?:\\p{L}+\\s+)?${doc}\\b`, "iu").test(after) ||
      new RegExp(
        `^(?:,[^,]{0,60},)?\\s+(?:sent|wrote|signed|issued|penned|filed|brought|responded\\s+with|replied\\s+with|answered\\s+with)\\b[^.;]{0,40}\\b${doc}s?\\b`,
        "iu",
      ).test(after) ||
      // "The DOJ lawsuit, filed …": a body's name before its paper.
      (people.personAt(m)?.body !== undefined && new RegExp(`^\\s+${doc}\\b`, "iu").test(after)) ||
      // "… on behalf of Evnen in a Friday motion".
      (new RegExp(`^\\s+in\\s+an?\\s+(?:\\p{L}+\\s+)?${doc}\\b`, "iu").test(after) &&
        /\bon\s+behalf\s+of\s+(?:(?:\p{Lu}[\p{L}.]*|of|the)\s+){0,5}$/u.test(before)) ||
      // "Gray responded this week in a written statement" (but "Evnen was named in a lawsuit"
      // is the one sued).
      (!filed &&
        // (case-sensitive: under "i", \p{Ll} would be any letter)
        new RegExp(`^\\s+\\p{Ll}[^.;]{0,40}?\\bin\\s+an?\\s+(?:\\p{L}+\\s+)?${doc}\\b`, "u").test(
          after,
        )) ||
      // "In a letter to Kris Kobach, commission vice chairman, Wolf said …".
      new RegExp(
        `\\bin\\s+(?:a|an|his|her|the|its)\\s+(?:\\p{L}+\\s+)?${doc}\\b[^;]{0,100},\\s*(?:(?:\\p{Lu}[\\p{L}.]*|of|the)\\s+){0,5}$`,
        "iu",
      ).test(before) ||
      // "a letter from (commission vice chairman) Kris Kobach", "the letter was signed by …
      // Vice Chair Kris Kobach", "The lawsuit, filed by Common Cause", not "… Kobach advised
      // Krebs" nor "filed by the department against Secretary Read".
      new RegExp(
        `\\b${doc}s?,?\\s+(?:\\p{L}+\\s+){0,2}?(?:from|(?:signed|filed|brought)\\s+by)\\s+(?:(?![\\p{L}]+ed\\s|(?:against|to)\\s)[\\p{L}.’'-]+\\s+){0,9}$`,
        "iu",
      ).test(before) ||
      // "a June 28 letter sent to every state and signed by vice chair Kris Kobach".
      new RegExp(
        `\\b${doc}s?\\s+(?:sent|mailed|addressed)\\s(?:(?!\\b(?:reply|response|answer|letter|note|statement|drew|prompted|received|got)\\b)[^.;“”"]){0,100}?\\s(?:and\\s+)?(?:signed|written)\\s+by\\s+(?:(?![\\p{L}]+ed\\s)[\\p{L}.’'-]+\\s+){0,9}$`,
        "iu",
      ).test(text.slice(Math.max(0, m.start - 200), m.start))
    );
  });
  const last = authored[authored.length - 1];
  return last ? people.personAt(last) : null;
}

// `…," the Democratic secretary said` / `…," said the governor`.
const ROLE_AFTER =
  /^[\s,]*(?:(?:said|says|added|wrote)\s+)?the\s+(?:[\p{L}-]+\s+){0,2}?(secretary|governor|president|administrator|director|commissioner|official|attorney general|judge|senator|spokes(?:man|woman|person))\b(?:\s+(?:said|says|added|wrote|told))?/iu;

// `the secretary told the DOJ to “…”`, `The Secretary of State condemned the approach, stating,
// “…”` (the subject of the clause the participle goes on).
const ROLE_BEFORE =
  /\bthe\s+(?:[\p{L}-]+\s+){0,2}?(secretary|governor|president|administrator|director|commissioner|attorney general|judge|senator|spokes(?:man|woman|person))(?:\s+of\s+(?:state|the\s+commonwealth))?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed\s+(?:(?!\band\b)[^.;:,“”"]){1,80}?,\s*)?$/iu;

const AGE_AFTER =
  /^[\s,]*the\s+\d{1,3}-year-old\s+(?:[\p{L}.-]+\s+){0,3}?(?:said|says|added|wrote|told)\b/u;
const PARTY_AFTER =
  /^[\s,]*the\s+(Republican|Democrat|Democratic)(?:\s+official)?\s+(?:said|says|added|wrote|told)\b/;

/**
 * The person last named before `at` whose party the text states as `party`; else, as "the
 * Republican" stands for whom the story is about, the last person named of no other party.
 */
function lastOfParty(people: PeopleInText, at: number, party: "R" | "D"): Found | null {
  const before = rangesWithin(people.mentions, Math.max(0, at - 3000), at).filter(
    (m) => !m.inQuote,
  );
  const named = before.map((m) => people.personAt(m)).filter((p): p is Found => p !== null);
  const stated = named.filter((p) => p.party?.party === party).pop();
  if (stated) return stated;
  const last = named.filter((p) => !p.body && !p.group).pop();
  return last && !last.party ? last : null;
}

// The way titles are abbreviated before a name, as regex sources.
const ROLE_ABBREVIATED: Record<string, string> = {
  governor: String.raw`(?:governor|gov\.)`,
  secretary: String.raw`(?:secretary|sec\.|secy\.?)`,
  senator: String.raw`(?:senator|sen\.)`,
};

/**
 * The person last named before `at` whose role holds `word`; "the attorney general" is not an
 * assistant attorney general, unless `phrase` (the words naming the role) says so.
 */
function lastInRole(people: PeopleInText, at: number, word: string, phrase: string): Found | null {
  const w = word.toLowerCase();
  // "the president" or "the vice president", but not "the Senate president" or "the league's
  // president", who may never have been named.
  // ("the angry president" is still the president; "the senate president" is not.)
  if (
    w === "president" &&
    !/\b[Tt]he\s+(?:(?!(?:senate|house|league|board|commission|council|party|county|university|college|company|student|union|club|association)\s)\p{Ll}+\s+)?(?:[Vv]ice[\s-]+)?[Pp]resident\b/u.test(
      phrase,
    )
  )
    return null;
  // ("the governor" is "Gov. David Ige" and never "Lt. Gov. Kim Guadagno".)
  const held = ROLE_ABBREVIATED[w] ?? w;
  const junior = new RegExp(
    String.raw`(?:\b(?:assistant|deputy|associate|under|lieutenant|vice)[\s-]+|\blt\.\s*)(?:\S+\s+){0,2}?${held}`,
    "i",
  );
  // ("president" is not the "Presidential" of a commission's name.)
  const holds = new RegExp(String.raw`\b${held}(?!ial)`, "i");
  const askedJunior = /\b(?:assistant|deputy|associate|under|lieutenant|vice)\b/i.test(phrase);
  // "the Ohio secretary said": only one whose role names Ohio, never the last secretary named.
  const place =
    /\bthe\s+((?!(?:Republican|Democratic|Democrat|GOP|Former|State|Top|Chief)\b)(?:\p{Lu}[\p{L}.-]*\s+){1,2})/u
      .exec(phrase)?.[1]
      ?.trim()
      .toLowerCase();
  const before = rangesWithin(people.mentions, Math.max(0, at - 3000), at);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as Mention;
    if (m.pronoun || m.inQuote) continue;
    const who = people.personAt(m);
    const role = (who?.known?.role ?? who?.role?.text ?? "").toLowerCase();
    // ("the lieutenant governor" is a junior holder, never the governor.)
    if (
      who &&
      holds.test(role) &&
      askedJunior === junior.test(role) &&
      (!place || role.includes(place))
    )
      return who;
  }
  return null;
}

/**
 * After "X said": another subject, not a pronoun for X, and its own verb of saying ("a department
 * lawyer had written that", "Dhillon had told her").
 */
const REPORTED_SPEAKER =
  /^\p{L}+\s+(?:that\s+)?(?!(?:he|she|they|it|we|I)\s)(?:(?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})\s+(?:had\s+|has\s+|have\s+)?(?:written|wrote|told|said|stated|claimed|argued|warned|insisted)\b/u;

const CONNECTING =
  /^(?:and|that|but|then|also|added|adds|adding|continued|continuing|first|second|third|next|finally|plus)$/i;

/** A label of at most three words in quotation marks, inside a sentence ("the “Voter Fraud” panel"). */
function scareQuote(text: string, q: QuoteSpan): boolean {
  const words = text
    .slice(q.open + 1, q.close)
    .trim()
    .split(/\s+/);
  return words.length <= 3 && !/[.!?,]$/.test(text.slice(q.open + 1, q.close).trim());
}

function firstMatchIn(pattern: RegExp, s: string): boolean {
  return firstMatch(pattern, s) >= 0;
}

function firstMatch(pattern: RegExp, s: string): number {
  pattern.lastIndex = 0;
  const m = pattern.exec(s);
  return m ? m.index : -1;
}

function allMatches(pattern: RegExp, s: string): number[] {
  // matchAll starts where the pattern's last exec stopped: from the start, always.
  pattern.lastIndex = 0;
  return [...s.matchAll(pattern)].map((m) => m.index ?? 0);
}
