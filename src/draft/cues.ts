import type { Stance } from "../domain/stance.js";
import { BODY_KINDS } from "./bodies.js";
import type { Range } from "./text.js";

/** The words that decide a stance, and how firmly they decide it. */
export interface Cue extends Range {
  stance: Stance;
  /** A category's label ("Refusal:") rather than words about the state itself. */
  label?: boolean;
  /** Words that say a state pushes back without saying how far ("resisting", "balked"). */
  weak?: boolean;
  /**
   * Public-only read from the sensitive part refused alone ("will not share Social Security
   * numbers"): the rest is not said to be given.
   */
  keptBack?: boolean;
  /** Said of the requester ("the department isn't entitled to …"), as the state's answer. */
  ofRequester?: boolean;
}

const WEAK =
  /\b(?:resist|balk|buck|push|stonewall|rebel|def(?:y|ie|ia)|snub|fight|(?:hard|tough|firm)(?:er)?\s+(?:line|stance)|(?:call|deem|saying|says|said|argu|contend)\w*\s+(?:that\s+)?(?:the|its|their|this)\s)/i;

// ("won't turn state voter rolls to a White House commission": the giving, "over" left out.)
// ("will not submit to threats" is no giving.)
const GIVE = String.raw`(?:turn(?:s|ed|ing)?(?=\s+(?:[\w'’]+\s+){0,3}?(?:rolls?|data|lists?|files?|information|records)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:commission|panel|department|DOJ|government|administration|House|Kobach|feds)\b)|compl(?:y|ying|ied|ies)|provid\w*|releas\w*|shar(?:e|es|ed|ing)|hand\w*\s+over|turn\w*\s+over|give|giving|gave|send\w*|sent|fulfill\w*|participat\w*|cooperat\w*|submit\w*(?!\s+to\s+(?:(?:the|its|their|these|those|such)\s+)?(?:threats?|pressure|intimidation|bullying|attacks?|coercion|politics))|allow\w*|permit\w*|disclos\w*|hand\w*|supply\w*|aid|aiding|help\w*|assist\w*|deliver\w*|transmit\w*|grant\w*|honou?r\w*|adher\w*|abid(?:e|es|ing)\s+by|obey\w*|go(?:ing)?\s+along)`;
// "declined to comment", "refused to name the other concerns": not an answer about the data.
const NOT_SAYING = String.raw`\s+to\s+(?:take\s+(?:a\s+)?(?:stand|position|side)|weigh\s+in|say|name|comment|discuss|answer|speculate|confirm|elaborate|respond|specify|identify|detail|explain|disclose\s+(?:details|more|what|which|how|whether))\b`;
const NOT = String.raw`(?:\bnot|n['’]t|\bcannot|\bnever|\bno longer)`;
/** A clause with a negation in it ("including but not limited to" negates nothing). */
const NEGATED = new RegExp(`${NOT}\\s(?!limited\\s+to\\b)`, "i");
// "has not decided whether to hand over", "isn't sure it will send": the question left open.
// ("has not ruled out complying": left open too; "has not joined Iowa in handing over" says
// nothing of Iowa, nor surely of Ohio.)
const OPEN_QUESTION =
  "(?:decided|decide|deciding|determined|sure|certain|clear|said|says|announced|indicated|whether|if|ruled|rule|ruling|joined|join)";
const PARTIAL =
  /\b(?:certain|confidential|non-?public|private|protected|personal|social security|dates? of birth|birth ?dates?|driver['’]?s? licen[cs]e|last four digits|partial(?:ly)?|some of the|felony|military status)\b/i;
// "declined to give sensitive voter data": what is refused is the sensitive part only.
const SENSITIVE_OBJECT =
  /^\S+\s+(?:to\s+\S+\s+(?:over\s+)?)?(?:(?:the|its|any|their)\s+)?(?:most\s+)?sensitive\b/i;
const ALL_BUT_PRIVATE =
  /^\s+(?:[\w'’-]+\s+){0,3}?(?:everything|(?:all|most)(?:\s+of)?\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:data|information|records|fields|list|file|rolls?))\b[^.;]{0,60}?\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of|but|save(?:\s+for)?|other\s+than|minus|apart\s+from)\s+(?:the\s+|their\s+|its\s+|voters['’]?\s+)?(?:[\w'’-]+\s+){0,4}?(?:social\s+security|driver['’]?s?\s+licen[cs]e|dates?\s+of\s+birth|birth\s?dates?|sensitive|personal|private|confidential)\b[^.;,]*/i;
const GIVE_OR_KEEP =
  /\b(?:provid\w*|releas\w*|(?:hand|turn)\w*\s+(?:[\w'’]+\s+){0,4}?over|shar\w*|sell\w*|sold|compl(?:y|ies|ied|ying|iance(?!\s+with\s+(?:the\s+)?(?:[\w[\]-]+\s+){0,3}?(?:requirements?|laws?|rules?|provisions?|obligations?|statutes?)))|give|giving|gave|send\w*|sent|submit\w*|obtain\w*|make|makes|made|making|purchas\w*|withh[oe]ld\w*|buy|pay|charg\w*|offer\w*|suppl\w*|deliver\w*|oblig\w*|honou?r\w*|fulfil\w*|grant\w*|direct\w*|point\w*)\b/i;

const NOT_ABOUT_DATA =
  /\bimmediately\b|\b(?:comments?|interview|statement|details|questions|reply|response|answer)\b/i;
// "have not released statements", "did not grant interviews", "did not provide answers": what is
// not given is a word to the press. (Plurals only as the verb's object: "rejected the request,
// according to statements from …" is a refusal.)
const PRESS_OBJECT =
  /^\s+(?:(?:an?|any|public|official|further|immediate|written)\s+)*(?:statements|comments|interviews|responses|answers|replies|details)\b/i;

const NO_PROMISE =
  /\b(?:no|without\s+(?:a|any)|declin\w*\s+to\s+(?:give|make)\s+(?:a|any))\s+(?:guarantee|promise|commitment|assurance|pledge)s?\s+(?:that\s+)?(?:[\p{L}’']+\s+){0,3}?$/iu;
const PAPERS = /\b(?:polic(?:y|ies)|procedures?|manuals?|documentation)\b/i;
const ROLLS =
  /\b(?:voters?|rolls?|lists?|files?|data|registration|registrants?|records?|info(?:rmation)?)\b/i;

const STEADFAST =
  /\b(?:has|have|had|is|are|was|were)(?:\s+not|n['’]t)\s+(?:since\s+)?(?:changed|altered|wavered|budged|backed\s+(?:down|off|away)|reversed|revisited|softened|shifted|moved|going\s+to\s+change)\b(?:\s+(?:its|his|her|their|that|this)\s+(?:position|stance|mind|decision|answer|view))?/gi;
// An ask of states other than for their rolls: to check them against a federal tool.
const OTHER_ASK =
  /\b(?:urg|ask|press|push|encourag|call)\w*\s+(?:[\w'’]+\s+){0,3}?to\s+(?:run|check|match|compare|screen|vet)\s+(?:[\w'’]+\s+){0,4}?(?:through|against)\b[^.;]{0,80}[.;]?\s*$/i;
const UNSETTLED =
  /\b(?:negotiat\w*|in talks|whether|deciding|weighing|if it (?:will|would)|what(?:ever)? it (?:will|would|can))\b/i;

// ("fraud denied him a win in three states", "has not responded to the request to take part in a
// call", "no ha respondido a la solicitud de participar en una llamada": not the data asked for.)
const NOT_THE_REQUEST =
  /^\s+(?:him|her|them)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:wins?|victory|victories|majority|seat|nomination|election|presidency)\b|^\s+(?:to\s+)?(?:the|an?)\s+(?:request|invitation|offer)\s+to\s+(?:participate|take\s+part|join|meet|attend|discuss|talk)\b|^\s+a\s+(?:la|una)\s+(?:solicitud|invitaci[oó]n|petici[oó]n)\s+(?:de|para)\s+(?:participar|reunirse|asistir|discutir|hablar)(?!\p{L})|^\s+(?:that|the\s+(?:claims?|allegations?|idea|notion|charges?|accusations?|report|pressure)|claims?|allegations?|accusations?|charges?|wrongdoing|pressure)\b|^\s+(?:(?:la|las|los|el)\s+)?(?:presi[oó]n|presiones|acusaci[oó]n|acusaciones|afirmaci[oó]n|afirmaciones|denuncias?|idea|noci[oó]n)(?!\p{L})/iu;

// A voter's fields anyone may have, and those a state keeps back, as news lists them.
const PUBLIC_FIELD = String.raw`(?:(?:full\s+|first\s+and\s+last\s+)?names?|(?:mailing\s+|residential\s+|street\s+)?address(?:es)?|(?:political\s+)?party(?:\s+(?:affiliations?|registrations?))?|voting\s+histor(?:y|ies)|(?:congressional|legislative|voting|election)\s+districts?(?:\s+assignments?)?|precincts?|registration\s+(?:status|dates?)|(?:years?|months?)\s+of\s+birth|genders?)`;
const SENSITIVE_FIELD = String.raw`(?:(?:the\s+)?(?:last\s+four\s+digits\s+of\s+)?(?:voters['’]?\s+|their\s+)?(?:social\s+security(?:\s+numbers?)?|SSNs?|(?:full\s+)?(?:dates?\s+of\s+birth|birth\s*dates?)|driver['’]?s?\s+licen[cs]es?(?:\s+numbers?)?|felony|military))`;
// (The whole list: "names, addresses and Social Security numbers" is not all public.)
const PUBLIC_FIELDS = String.raw`${PUBLIC_FIELD}(?:\s*,\s*(?:and\s+)?${PUBLIC_FIELD}|\s+and\s+${PUBLIC_FIELD}){0,6}(?!\s*,?\s*(?:and\s+|or\s+)?(?:(?!(?:but|not|except|without)\b)[\w'’]+\s+){0,3}?${SENSITIVE_FIELD})`;
const OWNER = String.raw`(?:the\s+|voters['’]?\s+|their\s+|its\s+)?`;
const GIVE_VERB = String.raw`(?:provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|releas(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|hand(?:s|ed|ing)?\s+over|turn(?:s|ed|ing)?\s+over|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|disclos(?:e|es|ed|ing)|transmit(?:s|ted|ting)?)`;

interface Rule {
  stance: Stance;
  pattern: RegExp;
  /** Extra condition on the whole clause. */
  when?: (clause: string, before: string) => boolean;
  /** Its subject is the requester, whose words these are not (see Cue.ofRequester). */
  ofRequester?: true;
}

// Spanish-language outlets' words for the same answers. JavaScript's \b knows no accented
// letters ("negó"), so these bound words by letters instead.
const ES_GIVE = String.raw`(?:entreg|compart|proporcion|envi|facilit|suministr|cumpl|particip|coopera|divulg|revel)\p{L}*`;
const ES_NOT = String.raw`(?<!\p{L})(?:no|tampoco|nunca)\s+`;
// "some", "certain", "parts of": less than all of what was asked.
const SOME_OF = String.raw`(?:some|certain|parts?\s+of|portions?\s+of)`;

const SPANISH: Rule[] = [
  {
    stance: "withholding",
    pattern:
      /(?<!\p{L})(?:total\s+o\s+parcialmente|parcial\s+o\s+totalmente|en\s+todo\s+o\s+en\s+parte)(?!\p{L})/giu,
  },
  {
    stance: "public-only",
    pattern: new RegExp(
      String.raw`(?<!\p{L})(?:s[oó]lo|solamente|únicamente)\s+[^.;:]{0,80}?(?:públic[ao]s?|públicamente)(?!\p{L})|(?<!\p{L})(?:parte|porción|versión|copia)\s+públic[ao](?!\p{L})(?<=${ES_GIVE}[^.;]{0,60})|(?<!\p{L})(?:información|datos|registros?)\s+(?:\p{L}+\s+)?públic[ao]s?(?!\p{L})(?<=${ES_GIVE}[^.;]{0,80})`,
      "giu",
    ),
  },
  {
    // "va a proporcionar casi todo lo requerido, excepto los números del seguro social": all but
    // the private fields, which is the public part; "no entregará nada, excepto lo público".
    stance: "public-only",
    pattern: new RegExp(
      String.raw`(?<!\p{L})(?:casi\s+)?tod[oa]s?\s+[^.;]{0,60}?(?:excepto|salvo|menos|(?:con|a)\s+excepción\s+de)\s+(?:l[oa]s?\s+)?(?:números?\s+del?\s+seguro\s+social|fechas?\s+de\s+nacimiento|licencias?\s+de\s+conduc\p{L}+|datos\s+(?:privados|sensibles|confidenciales|personales))(?<=${ES_GIVE}[^.;]{0,140})|(?<!\p{L})(?:excepto|salvo|menos|fuera\s+de)\s+(?:lo|la\s+información|los\s+datos|los\s+registros)\s+(?:que\s+(?:ya\s+)?(?:es|son)\s+)?públic[oa]s?(?!\p{L})(?<=${ES_GIVE}[^.;]{0,80})`,
      "giu",
    ),
  },
  {
    stance: "refuses",
    pattern: new RegExp(
      String.raw`(?<!\p{L})se\s+(?:niega|niegan|negó|negaron|negará|negarán|negaría|negarían|ha\s+negado|han\s+negado)(?!\p{L})|(?<!\p{L})rechaz\p{L}*|(?<!\p{L})desestim\p{L}*(?!\p{L})(?!\s+(?:la\s+|una\s+|el\s+|un\s+)?(?:demanda|caso|juicio|querella|recurso|apelación)(?!\p{L}))|(?<!\p{L})negativa(?!\p{L})|${ES_NOT}(?:\p{L}+\s+){0,3}?${ES_GIVE}`,
      "giu",
    ),
  },
  {
    stance: "complies",
    pattern:
      /(?<!\p{L})(?:entregó|entregaron|entregará|entregarán|entregaría|compartió|compartieron|compartirá|compartirán|proporcionó|proporcionaron|proporcionará|envió|enviaron|enviará|cumplirá|cumplió|accedió|accedieron|(?:ha|han)\s+(?:entregado|compartido|proporcionado|enviado|cumplido))(?!\p{L})(?!\s+(?:(?!con\s|a\s)\p{L}+\s+){0,2}?(?:solicitud|carta|pedido|demanda|requerimiento|petici[oó]n))/giu,
    when: (clause) => !new RegExp(`${ES_NOT}`, "iu").test(clause),
  },
  {
    stance: "reviewing",
    pattern:
      /(?<!\p{L})(?:revisando|analizando|evaluando|estudiando|considerando|estudia|estudian|revisa|revisan|analiza|analizan|evalúa|evalúan|considera|consideran)\s+(?:la\s+|el\s+)?(?:solicitud|petición|carta|pedido)(?!\p{L})/giu,
  },
];
const inSpanish = (stance: Stance) => SPANISH.filter((r) => r.stance === stance);

const HABIT =
  /\b(?:routinely|regularly|usually|normally|typically|customarily)\s+(?:shar|provid|sell|sold|giv|gave|send|sent|releas)\w*|\b(?:with|to)\s+(?:political\s+parties|(?:the\s+)?(?:campaigns|candidates|researchers|journalists|jury\s+commissioners))\b/i;

// The words of an answer that gives part of what was asked.
// "in whole or in part", "law bars the release of some private data", "less than fully
// cooperative", "only a limited version".
const IN_PART = String.raw`\bin whole or in part\b|\b(?:bar|bars|barred|barring|prohibit(?:s|ed)?|forbids?)\s+(?:the\s+)?(?:release|disclosure|sharing|transfer)\s+of\s+(?:some\s+|certain\s+|the\s+|any\s+)?(?:[\w'’-]+\s+){0,2}?(?:private|sensitive|personal|confidential)\b|\bless\s+than\s+(?:fully\s+)?(?:cooperative|forthcoming|compliant)\b|\bonly\s+(?:an?\s+)?(?:general|basic|limited|partial|abridged|pared-down|stripped-down)\s+(?:version|copy|set)\b`;
// "provided only partial information", "some of the data is exempt from disclosure", "shared parts
// of the file", "provided a limited set of data".
const PART_EXEMPT = String.raw`\b(?:shar|provid|sen[dt]|submit|releas|deliver|transmit|gave|giv|(?:hand|turn)\w*\s+over)\w*\s+(?:only\s+)?partial\s+(?:voter\s+)?(?:data|information|records|lists?|files?|rolls?)\b|\b(?:some|certain|parts?\s+of)\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:data|information|fields|records)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are)\s+exempt\s+from\s+(?:public\s+)?(?:disclosure|release)\b|\b(?:shar|provid|sen[dt]|submit|releas|deliver|transmit|gave|giv|(?:hand|turn)\w*\s+over)\w*\s+(?:only\s+)?(?:(?:a|some)\s+)?(?:(?:limited|small|partial)\s+)?(?:parts?|portions?|pieces?|subsets?|fractions?|some)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?(?:data|information|records?|lists?|rolls?|files?|database)\b|\b(?:shar|provid|sen[dt]|submit|releas|deliver|transmit|gave|giv|(?:hand|turn)\w*\s+over)\w*\s+(?:only\s+)?(?:a\s+)?limited\s+(?:amount\s+of\s+|set\s+of\s+)?(?:[\w'’-]+\s+){0,2}?(?:data|information|records?|lists?|rolls?|files?)\b`;
// "partially denied", "complied with parts of the request", "partial compliance", "partial
// response", "will only partially".
const PARTLY_REFUSED = String.raw`\b(?:partially|partly)(?:\s+or\s+(?:completely|fully|wholly|entirely))?\s+(?:denied|refused|rejected|declined)\b|\b(?:completely|fully|wholly|entirely)\s+or\s+(?:partially|partly)\s+(?:denied|refused|rejected|declined)\b|\bcompl(?:y|ies|ied|ying)\s+with\s+(?:some|parts?|portions?)\s+of\s+(?:the\s+)?(?:request|demand)s?\b|\bcompl(?:y|ies|ied|ying)\s+with\s+some\s+(?:of\s+the\s+)?(?:request|demand)s?\b|\b(?:comply|complying|cooperate|cooperating)\s+(?:only\s+)?(?:in part|partially)\b|\bpartial(?:ly)?\s+compl\w*|\bpartial\s+(?:responses?|answers?|releases?|disclosure)\b|\bor (?:will |would )?only partially\b|\b(?:wholly|fully) or partially\b|\bpartially or (?:wholly|fully|entirely)\b`;
// "only part of the data", "some of the data but not all", "some parts of the request would violate
// state law".
const SOME_NOT_ALL = String.raw`\bonly (?:part|parts|portions?|some) of (?:the|its|their)\b|\b(?:some|part) of (?:the |it(?:s)? )?(?:data|information|records?)(?: requested)?,? but not (?:all|everything)\b|\bsome,?\s+but\s+not\s+all\b|\b(?:some|certain)\s+(?:aspects|parts|portions|elements)\s+of\s+(?:[\w'’]+\s+){1,3}?(?:would|will|could|might)\s+(?:violate|break|run afoul of|be against)\s+(?:state|federal|the)?\s*laws?\b`;
// "refused to fully comply", "has not fully cooperated", "will provide some of the data" (not "some
// public data").
const NOT_FULLY = String.raw`\brefus\w*\s+to\s+(?:fully|completely|entirely)\s+(?:comply|cooperate|provide|share|hand over|turn over)\b|(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:fully|completely|entirely)\s+(?:compl(?:y|ying|ied)|cooperat\w*|(?:provid\w*|shar\w*|hand\w*\s+over|turn\w*\s+over)\s+(?:[\w'’-]+\s+){0,3}?(?:data|information|lists?|rolls?|files?|records?))\b|\b(?:provide|share|release|hand over|turn over|give|send)\s+(?:only\s+)?(?:some|part|parts|portions?) of the\b(?![^.;]{0,40}\bpublic)|\b(?:provide|share|release|hand over|turn over|give|send)\s+(?:only\s+)?some\s+(?:[\w'’]+\s+){0,2}?(?:information|data|records?)\b(?![^.;]{0,40}\bpublic)`;

// The words of an answer that gives only what anyone may have.
// "already public", "leaving out sensitive data", "the list that is already sold to campaigns",
// "nothing other than what is public", "no more than what is already available", "a matter of
// public record".
const ALREADY_PUBLIC = String.raw`\balready (?:a matter of |been made |made )?public\b|\b(?:provided|provides|gave|gives|sent|sends|shared|shares|offered|offers)\s+(?:the\s+(?:commission|panel|department|DOJ)\s+)?(?:with\s+)?(?:an?\s+|the\s+|website\s+|web\s+)*links?\s+to\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:voter|registration|public)\s+(?:[\w'’-]+\s+){0,2}?(?:lists?|files?|data|rolls?|records|website|portal)\b|\b(?:directed|directs|pointed|points|referred|refers|sent)\s+(?:the\s+)?(?:commission|panel|department|DOJ|them|investigators|Kobach|requesters?)\s+to\s+(?:the\s+|its\s+|their\s+|her\s+|his\s+)?(?:[\w'’]+\s+){0,4}?(?:website|web\s+site|site|online\s+portal)\b|\b(?:left|leaving|leaves|kept|keeping)\s+out\s+(?:the\s+|any\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?(?:sensitive|private|personal|confidential)\b|\b(?:list|file|data|information|records?)\s+(?:that|which)\s+(?:is|are)\s+(?:already\s+)?(?:available|provided|given|sold)\s+to\s+(?:political\s+(?:committees|parties)|campaigns|candidates|anyone|the\s+public)\b|\bother\s+than\s+(?:what\s+(?:is|was|are|were)\s+)?(?:in\s+(?:the\s+)?)?(?:already\s+)?public(?:ly)?\b|\bmore\s+(?:[\w'’]+\s+){0,6}?than\s+(?:what\s+)?(?:is|are|was|were)\s+(?:already\s+)?(?:available|public)\b|\bmatter of public record\b|\b(?:lists?|files?|data|information|records?)(?<!\beven\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:that|which)\s+(?:is|are|was|were)\s+(?:legally|lawfully)\s+public\b`;
// "only what state law allows", "as permitted under state law", "to the fullest extent of the law".
const WHAT_LAW_ALLOWS = String.raw`\b(?:what|whatever|as much as|only what|to the extent|the only (?:information|data|records?))\s+(?:[\w'’]+\s+){0,2}?law\s+(?:allows|permits|makes public|requires)\b|\b(?:what(?:ever)?\s+(?:is|are)|as|to the extent)\s+(?:[\w'’]+\s+)?(?:allowed|permitted|authori[sz]ed)\s+(?:under|by)\s+(?:state\s+|federal\s+)?law\b|\bonly\s+(?:[\w'’]+\s+){0,3}?(?:available|allowed|permitted)\s+(?:under|by)\s+(?:state\s+|federal\s+)?law\b|\b(?:to\s+the\s+)?(?:fullest|full|maximum)\s+extent\s+(?:of|allowed\s+by|permitted\s+by|possible\s+under|under)\s+(?:state\s+|federal\s+)?law\b`;
// "the data they would supply anyone else who asked" (not the habit "which already provides its
// file to anyone who asks"), "anyone can buy it", "available to any member of the public",
// "redacted", "whatever is public", "public under state law".
const ANYONE_CAN_HAVE = String.raw`\b(?:would|will)\s+(?:also\s+)?(?:give|supply|provide|sell|release)\s+(?:it\s+|them\s+|(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:data|list|file|information)\s+)?(?:to\s+)?any(?:one|body)(?:\s+else)?\s+(?:who|that)\s+(?:asks|asked|requests|requested|(?:files?|filed|submits?|submitted|makes?|made)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,6}?request)\b|\b(?:anyone|anybody|campaigns?|the public)\s+(?:can|could|may)\s+(?:buy|purchase|get|obtain|request|download)\b|\b(?:releas\w*|provid\w*|available|sell\w*|sold|given|open)\s+to\s+(?:anyone|anybody|any\s+(?:member\s+of\s+the\s+public|citizen|person|voter|requester))\b(?<!(?:\bnot|n['’]t|\bnever|\brefus\w*)\b[^.;]{0,100})|\bredact(?:ed|s|ing)?\b|\bwhat(?:ever)?\s+(?:is|are|['’]s)\s+(?:already\s+|considered\s+|deemed\s+)?public\b|\bpublic (?:under|per|by) (?:state |federal )?law\b`;
// "without Social Security numbers", "with license numbers removed".
const SENSITIVE_LEFT_OUT = String.raw`\b(?:without|except(?:\s+for)?|save\s+for|other\s+than|exclud(?:ing|ed|es)|exempting|omitting|leaving out|minus|removing|stripped of|redacting|lack(?:ed|s|ing)?)\s+(?:[\w'’]+:?\s+){0,4}?(?:social security|driver['’]?s?\s+licen[cs]e|dates? of birth|birth ?dates?|sensitive|personal|private|confidential|identifying|non-?public)\b|\b(?:social security|licen[cs]e)\s+(?:[\w'’]+\s+){0,3}?(?:removed|withheld|blacked out|stripped)\b`;
// "the commission can buy it", "would have to pay for it".
const MAY_BUY = String.raw`\b(?:can|could|may|must|would have to|will have to|welcome to)\s+(?:[\w'’]+\s+){0,2}?(?:buy|purchase|pay for)\b`;

// The words of an answer not yet given.
// "reviewing the request", "not sure whether it will comply", "needs further review", "sent the
// letter to the attorney general for review", "negotiating", "undecided", "in progress", "under
// legal review", "preparing a response".
const WEIGHING = String.raw`\b(?:reviewing|considering|weighing|evaluating|studying|examining|assessing|analy[sz]ing|mulling(?:\s+over)?|looking\s+(?:at|into|over))\s+(?:the\s+|an?\s+)?(?:(?:(?:Trump|Justice|federal|U\.S\.)\s+)?(?:commission|panel|department|DOJ|administration|government)['’]s\s+)?(?:proposed\s+)?(?:request|letter|demand|negotiations|talks|agreement|memorandum|MOU)\b|(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:sure|certain|clear)\s+(?:(?:what|how\s+much|whether|if)\b[^.;]{0,60}?\b(?:will|would|to)|(?:that\s+)?(?:it|they|the\s+state|the\s+office)\s+(?:will|would|can|could))\s+(?:fully\s+)?(?:comply|cooperate|provide|share|release|send|give|hand\s+over|turn\s+over)\b|\b(?:bears|needs|requires|warrants|deserves)\s+(?:additional|further|more|closer)\s+(?:review|study|scrutiny)\b|\b(?:sent|turned|forwarded|referred|passed|handed)\s+(?:the\s+)?(?:letter|request|demand)\s+(?:over\s+)?to\s+(?:[\w.’'-]+\s+){0,5}?for\s+(?:\w+\s+){0,2}?(?:review|advice|guidance|opinion)\b|\b(?:negotiating|in talks|in discussions|in negotiations)\b|\bundecided\b|\bin progress\b|\b(?:undergoing|under)\s+(?:careful\s+|legal\s+)?(?:evaluation|review|consideration)\b|\b(?:working on|preparing)\s+(?:a|its|their)\s+response\b`;
// "has not decided", "no decision", "has not ruled out", "awaiting legal advice", "has not said
// whether", "needs time to consider", "is still reviewing", "has not finished its review", "will
// vote on a response".
// ("… has not said whether it received the letter" is not about an answer at all.)
const WHETHER_RECEIVED = String.raw`(?!\s+(?:it|they|the\s+\w+|its\s+\w+)\s+(?:has\s+|had\s+|even\s+)?(?:received|got|gotten|seen)\b)`;
const NOT_DECIDED = String.raw`\b(?:has|have)(?:n['’]t| not) (?:yet )?(?:decided|made a decision)\b|\bneither\s+[^;]{1,80}?\s+nor\s+[^;]{1,80}?\s+(?:has|have)\s+(?:yet\s+)?(?:said|decided|announced)\s+whether\b${WHETHER_RECEIVED}|\bno decision\b|\b(?:not|n['’]t|never)\s+(?:yet\s+)?rul(?:ed|e|ing)\s+out\b|\b(?:waiting|awaiting)\s+(?:for\s+)?(?:guidance|more information|clarification|legal advice|a legal review|advice)\b|\b(?:has|have)(?:n['’]t| not)\s+(?:yet\s+)?(?:said|decided|announced)\s+whether\b${WHETHER_RECEIVED}|\b(?:has|have)(?:n['’]t| not) (?:yet )?announced (?:a|its|their) decision\b|\b(?:needs?|needed) (?:more )?time to (?:consider|review)\b|\b(?:is|are|was|were) (?:still )?(?:reviewing|considering|evaluating|studying|weighing)\b|\b(?:is|are|was|were)\s+still\s+deciding\b|\b(?:has|have)(?:n['’]t| not)\s+(?:yet\s+)?(?:finished|completed|concluded)\s+(?:its|their|the|a)\s+(?:legal\s+)?review\b|\b(?:will|plans?\s+to|is\s+to|expects?\s+to)\s+vote\s+on\s+(?:a|its|their|the)\s+(?:response|request|demand|decision)\b`;
// "asked for more time", "looking into the letter", "asked for assurances", "wants to know more", "waiting to respond",
// "gave no indication", "raised questions about the request", "expressed interest in the
// agreement".
const ASKS_FIRST = String.raw`\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|seek(?:s|ing)?)\s+(?:for\s+)?(?:more|additional|extra)\s+time\b|\brequest\s+for\s+(?:more|additional|extra)\s+time\b|\blooking\s+(?:closely\s+|carefully\s+|hard\s+)?(?:at|into)\s+(?:the\s+)?(?:request|letter|demand)\b|\b(?:demand\w*|want\w*|ask\w*|seek\w*|sought|request\w*)\s+(?:for\s+)?(?:proof|assurances?|guarantees?|clarification|more\s+(?:information|details)|answers)\b|\bwants?\s+to\s+know\s+more\b|(?<!(?:\bnot|n['’]t|\bnever)\s+)\bwait(?:s|ed|ing)?\s+(?:until\s+(?:[\w.]+\s+){1,4}?)?to\s+(?:respond|decide|answer|act)\b|\b(?:given|gave|giving)\s+no\s+(?:indication|sign|word)\b|\brais(?:ed|es|ing)\s+(?:questions|concerns)\s+about\s+(?:the\s+)?(?:request|letter|demand)\b|\bexpress(?:ed|es|ing)\s+(?:an\s+|their\s+|its\s+|some\s+)?interest\s+in\s+(?:the\s+|an?\s+|signing\s+(?:the\s+|an?\s+)?|joining\s+(?:the\s+)?)?(?:proposed\s+|draft\s+)?(?:agreement|memorandum|MOU|deal)\b`;

// The words of a refusal, in groups a reviewer can read one at a time.
// ("not part of the commission's charge" is its remit, no answer.)
// "refused", "will not provide", "unable to hand over", "won't be a party to this", "unwilling to
// comply", "said no", "declined", "denied", "nixed".
const SAYS_NO = String.raw`\brefus\w*\b(?!${NOT_SAYING})|${NOT}\s+(?:(?!${OPEN_QUESTION}\b)[\w'’]+\s+){0,3}?${GIVE}\b|\bunable\s+to\s+(?:[\w'’]+\s+){0,2}?${GIVE}\b|${NOT}\s+(?:be\s+|take\s+)?(?:a\s+)?part(?:y)?\s+(?:to|of|in)\s+(?:this|that|it|(?:the|this|that|its)\s+(?:request|effort|commission|demand|scheme|exercise))\b(?!['’]s\s+(?:charge|mandate|remit|purview|scope|jurisdiction|mission|task|agenda|job|role|purpose|goals?|aims?|focus|responsibilit(?:y|ies)|business|findings?|report|membership|makeup|members?)\b)|(?<!['’]s\s+)\bunwilling(?:ness)?\s+to\s+(?:comply|cooperate|${GIVE})\b|(?<!${NOT}\s+(?:yet\s+)?)\bsa(?:id|ys?|ying)\s+no\b|\bdeclin(?:e|ed|es|ing)\b(?!${NOT_SAYING})|\bden(?:y|ied|ies|ying)\b|\bnix\w*\b`;
// What one gives that is no data: "a pro tip", "a piece of her mind", "the benefit of the doubt".
const GIVES_NO_DATA =
  /^\s+(?:(?:her|him|them|you|us|me|it|the\s+(?:commission|panel|department|DOJ))\s+)?(?:a|an|some|the|his|her|their|my|our)?\s*(?:[\w-]+\s+)?(?:tip|piece\s+of|lecture|lesson|hint|advice|heads-up|earful|hard\s+time|warning|benefit\s+of\s+the\s+doubt)\b/i;

// "refrained from handing over", "resisted", "balked", "pushed back", "stonewalled", "defied",
// "a growing list of states holding the line".
const PUSHES_BACK = String.raw`\bh[oe]ld(?:s|ing)?\s+the\s+line(?=\s*(?:[.;,!]|$))|\brefrain(?:s|ed|ing)?\s+from\s+(?:handing|turning|providing|sharing|sending|releasing|giving|complying)\b|\b(?:resist\w*|balk\w*|buck\w*|push\w*\s+back|pushback|stonewall\w*|rebel\w*|def(?:y|ied|ies|ying)|snubb?\w*)\b`;
// "opposed the request", "opposition to the effort to collect".
const OPPOSES = String.raw`\boppos(?:ed|es|ing)\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?(?:request|demand|letter)s?\b|\bopposition\s+to\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?(?:request|demand|letter)s?\b|\boppos(?:ed|es|ing|ition\s+to)\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?(?:effort|push|bid|attempt|drive)s?\s+to\s+(?:gather|collect|obtain|get|acquire|access|amass|compile|seize)\b`;
// "rejected", "rebuffed", "called the request illegal", "dismissed the letter", "voted against",
// "turned it down".
const TURNS_IT_DOWN = String.raw`\b(?:reject\w*|rebuff\w*|rebuk\w*(?!\s+(?:her|him|them)\b)|repudiat\w*|spurn\w*)\b|\b(?:call(?:s|ed|ing)?|deem(?:s|ed|ing)?)\s+(?:the|its|their|this)\s+(?:[\w'’-]+\s+){0,2}?(?:request|demand)s?\s+(?:both\s+)?(?:illegal|unlawful|unconstitutional)\b|\b(?:saying|says|said|argu\w+|contend\w*)\s+(?:that\s+)?(?:the|its|their|this)\s+(?:[\w'’-]+\s+){0,2}?(?:request|demand)s?\s+(?:is|was|are|were)\s+(?:both\s+)?(?:illegal|unlawful|unconstitutional)\b|\b(?:dismiss(?:ed|es|ing)?|brush(?:ed|es|ing)?\s+(?:off|aside))\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:request|demand|letter)s?\b|\bvot(?:ed|es|ing)\s+(?:against|down|to\s+(?:reject|deny|refuse|decline))\b|\bturn\w*\s+(?:[\w'’]+\s+){0,3}?down\b`;
// "state law prohibits", "neither state nor federal law permits Read to provide it", "barred from
// handing over", "laws prevent the state from furnishing".
const LAW_FORBIDS = String.raw`\b(?:prohibit\w*|forbid\w*|forbidden)\b|\bneither\s+(?:[\w'’.-]+\s+){1,4}?nor\s+(?:[\w'’.-]+\s+){1,4}?(?:permits?|allows?|authori[sz]es?|entitles?)\s+(?:(?:[\w'’.-]+\s+){1,3}?to\s+(?:provide|share|release|hand|turn|give|send|disclose|collect|obtain|access|have|receive)\b|(?:the\s+)?(?:release|disclosure|sharing|transfer|collection)\s+of\b|(?:the\s+)?(?:department|DOJ|commission|panel|federal\s+government)['’]s\s+(?:request|demand)\b)|(?<!\b(?:nothing|no\s+law|not)\s+)\b(?:bar(?:s|red|ring)?|keeps?|kept|keeping|preclud\w*)\s+(?:[\w'’]+\s+){0,3}?from\s+(?=${GIVE})|(?<!\b(?:nothing|no|not|n['’]t)\s+(?:[\w'’]+\s+){0,4}?)\b(?:laws?|statutes?|constitution|protections?)\s+(?:(?!not\b|never\b|[\w'’]*n['’]t\b)[\w'’]+\s+){0,2}?prevent(?:s|ed)?\s+(?:[\w'’]+\s+){0,3}?from\s+(?=${GIVE}|furnish\w*)`;
// "no intention of honoring the request".
const NO_INTENTION = String.raw`\bno\s+(?:intention|intent|plans?)\s+(?:of|to)\s+(?=honou?r|${GIVE}|cater\w*\s+to|giv\w*\s+in|bow\w*\s+to|obey\w*|meet\w*\s+(?:the|its|their|that)\s+(?:request|demand))`;
// "withdrew its offer", "pulled out", "reneged", "rescinded" (not the requester's "rescinded its
// request").
const BACKS_OUT = String.raw`\bwithdr[ae]w\w*\s+(?:its|that|the|their|his|her)\s+(?:offer|agreement|consent)\b|\b(?:backed|pulled)\s+out\b|\breneged\b|\brescind\w*\b(?!\s+(?:(?:its|the|their|that)\s+)?(?:request|demand|letter))`;
// "fighting the demand" (not "fighting fraud"), "withholding the data" (not "withholding some").
const FIGHTS_OR_WITHHOLDS = String.raw`\bfight\w*\s+(?:(?:the|this|that|its|their)\s+)?(?:(?!(?:fraud|suppression|disinformation|misinformation|crime)\b)[\w'’-]+\s+){0,2}?(?:request|demand|order|subpoena|audit|effort)s?\b|\bwithh[oe]ld\w*\b(?!\s+${SOME_OF}\b)`;
// "not on my watch", "they're not getting it", "is a firm no", "they can't have it", "took a hard
// line", "told them to go jump in the Gulf", "has said to the commission it can go and jump in
// the Gulf".
const BLUNT_NO = String.raw`\bnot\s+on\s+(?:my|our|his|her)\s+watch\b|\b(?:they|you|the\s+(?:department|DOJ|commission|panel|feds))(?:['’]re|\s+are)\s+not\s+(?:going\s+to\s+get|gonna\s+get|getting)\s+(?:it|them|that|this|our|any)\b|\b(?:is|was|are|were)\s+an?\s+(?:firm\s+|hard\s+|flat\s+|definite\s+|clear\s+)?no\b(?!\s*[-–]|\s+[a-z]|\.?\s*\d)|\b(?:they|the\s+(?:department|DOJ|commission|panel|feds|government))\s+(?:can['’]t|cannot|can\s+not)\s+have\s+(?:it|them|that|this|our\s+(?:data|voters['’]?\s+data|list|file|rolls?))\b(?!\s+(?:both\s+ways|until|ready|yet|by|before|in\s+time))|\b(?:taken|took|takes?|taking)\s+(?:an?\s+)?(?:similar(?:ly)?\s+|far\s+|much\s+|even\s+)?(?:hard|tough|firm)(?:er)?\s+(?:line|stance|stand)\b|\b(?:(?:told|tells|telling)\s+[^.;]{0,40}?\bto|suggest(?:ed|s|ing)\s+(?:that\s+)?[^.;]{0,40}?|(?:said|says|saying)\s+to\s+[^.;]{0,40}?\b(?:it|they|you)\s+(?:can|could|should|may)(?=\s+(?:go\s+(?:and\s+)?)?(?:jump|take\s+a|pound|kick|get\s+lost|go\s+fly)))\s+(?:go\s+(?:and\s+)?)?(?:kick\s+rocks|pound\s+sand|kiss\s+off|butt\s+out|back\s+off|take\s+a\s+(?:hike|long\s+walk)|get\s+lost|(?:go\s+)?jump\s+(?:in|into|off)|go\s+fly\s+a\s+kite|buzz\s+off|stuff\s+it|shove\s+it)\b`;
// "will not sell it to the commission at any price".
const WONT_SELL = String.raw`${NOT}\s+(?:[\w'’]+\s+)?sell\w*\b(?=[^.;]{0,60}?\b(?:(?:at|for)\s+any\s+price|under\s+any\s+circumstances|to\s+(?:the\s+)?(?:commission|panel|department|DOJ|federal\s+government|administration))\b)`;

// The words of a state giving what was asked, in the same way.
// "would join Florida, Indiana and Ohio in handing over the voter data": doing as others did.
// (Not "has not joined Iowa in …", which says nothing of what Ohio did.)
// (Nor "could join", "blocked Ohio from joining", "fear that Ohio will join", "joined together in
// the 1990s in sharing data with ERIC".)
const JOINS_IN_GIVING = String.raw`(?<!(?:\bnot|n['’]t|\bnever|\byet\s+to)\s+(?:yet\s+)?)(?<!\b(?:fear|worr|warn|concern)\w*\s+(?:[\w'’]+\s+){0,4}?that\s+[^.;]{0,60})\b(?:joined|joins|(?:will|would)\s+join)\s+(?!together\b)[^.;]{1,160}?\s+in\s+(?:turning\s+over|handing\s+over|sending|providing|sharing|releasing|submitting|delivering|complying\s+with)\b`;
// "is handing over", "are complying with the request".
const IS_GIVING = String.raw`\b(?:is|are|was|were)\s+(?:now\s+|already\s+|[a-z]+ly\s+)?(?:turning\s+over|handing\s+over|sending|providing|sharing|releasing|submitting|delivering|complying\s+with\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:request|demand|order|subpoena)s?)\b`;
// "will comply", "plans to provide", "has sent", "already turned over" (not "will provide
// updates").
const WILL_OR_HAS_GIVEN = String.raw`\b(?:will|would|plans? to|planning to|agreed to|intends? to|is going to|has|have|had|already)\s+(?:[\w'’]+\s+){0,2}?(?:comply|provide[ds]?|(?<=\bbe\s+)providing(?!\s+(?:(?:more|further|additional|regular)\s+(?:information|details)|updates?|an?\s+update)\b|[^.;]{0,40}\bto\s+(?:reporters|the\s+(?:press|media|public)))|suppl(?:y|ied)|send|sent|submit(?:ted)?|hand(?:ed)? over|turn(?:ed)? over|share[ds]?|cooperated?|fulfill(?:ed)?|give|gave|deliver(?:ed)?|release[ds]?|grant(?:ed)?\s+(?:the|its|their|that)\s+(?:request|demand)s?|honou?r(?:ed)?\s+(?:the|its|their|that)\s+(?:request|demand)s?)\b(?:(?<=\b(?:fulfill(?:ed)?|comply|cooperated?))|(?!\s+(?:(?!with\b|to\b)[\w'’-]+\s+){0,3}?(?:demands?|requests?|letters?|subpoenas?|notices?|questions?|inquiries|repl(?:y|ies)|responses?|answers?|notes?|statements?|objections?|briefs?|motions?|filings?|comments?|testimony|resignations?|applications?|nominations?|candidacy|budgets?|bills?|proposals?|amendments?|paperwork|petitions?)\b))`;
// "provided its voter list", "transmitted the data", "released the public portion", "released
// Ohio's roll to the commission".
const SENT_THE_DATA = String.raw`\b(?:provided|supplied|sent|submitted|shared|handed\s+over|turned\s+over|gave|delivered|transmitted|forwarded)\s+(?:(?:it|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?|(?<!\b(?:was|were|been|be|being)\s+\S+\s+)(?<=\b(?:provided|sent|submitted|handed\s+over|turned\s+over)\s+)an?\s+(?:(?:partial|redacted|public|statewide)\s+)?(?:voter|registration)\s+(?:registration\s+)?(?=(?:lists?|files?|rolls?)\b(?!\s+(?:of|to\s+(?!the\s+(?:department|commission|DOJ|panel|Justice)))\b))|voter\s+(?:registration\s+)?)?(?:lists?|rolls?|files?|data|database|records?|information)\b|\btransmitted\s+(?:[\w'’]+\s+){0,3}?(?:information|data|lists?|rolls?|files?|records?)\b|\b(?:released|sent|provided|submitted|shared|gave|delivered|forwarded)(?=\s+(?:the|its|their)\s+public(?:ly\s+available)?\s+(?:portions?|parts?)\b)|(?:\b(?:released|sent|provided|submitted|shared|gave|delivered|forwarded|transferred)|(?<!\b(?:that|which|who)\s+)\b(?:releases|sends|provides|submits|shares|gives|delivers|forwards|transfers))\s+(?:(?:its|their|the|[\w.]+(?:\s+[\w.]+)?['’]s?)\s+)?(?:[\w'’-]+\s+){0,2}?(?:lists?|rolls?|files?|data|database|records?|histor(?:y|ies))\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:commission|panel|department|DOJ|federal\s+government|administration|Kobach|feds)\b`;
// "the agreement has been signed".
const AGREEMENT_SIGNED = String.raw`\b(?:have|has|had)(?<=\b(?:agreements?|MOUs?|memorand(?:um|a))\b[^.;]{0,80}(?:have|has|had))\s+(?:already\s+)?signed\b`;
// "agreed to provide", "decided to comply", "intention to share", "responded favorably", "no
// problem with giving".
const AGREES = String.raw`\b(?:agree(?:s|d|ing)|decision|decided|decides)\s+to\s+(?:comply|provide|share|hand\s+over|turn\s+over|send|cooperate|give|produce|release|submit|disclose)\b|\bintention\s+to\s+(?:comply|provide|share|send|hand\s+over|turn\s+over|give|release)\b|\bresponded\s+(?:positively|favou?rably|affirmatively)\b|\bno problem with\b(?!\s+(?:that|this|the|its)\s+(?:part|portion)\b)|\b(?:no|little)\s+problem\s+(?:with\s+)?(?:giving|providing|sharing|handing|turning|sending)\b`;
// "gave the department access to", "announced its full compliance".
const GRANTS_ACCESS = String.raw`\b(?:provided|granted|gave|given)\s+(?:(?:the\s+)?(?:DOJ|department|commission|federal\s+government|administration|it|them)\s+)?access\s+to\b|\b(?:asserted|confirmed|announced|pledged|promised)\s+(?:its\s+|their\s+)?(?:voluntary\s+|full\s+)?compliance\b`;
// "the first state to comply", "among the states to hand over".
const FIRST_TO_GIVE = String.raw`\b(?:first|only|latest|second|third|among the)\s+(?:[\w'’-]+\s+){0,2}?states?\s+to\s+(?:so\s+far\s+|yet\s+|actually\s+|fully\s+)?(?:comply|provide|share|hand\s+over|turn\s+over|send|sign|submit)\b`;
// "proceeded with sending", "has the support of".
const GOES_AHEAD = String.raw`\bproceed\w*\s+with\s+(?:handing|turning|sending|sharing|providing|releasing)\b|\b(?:received|won|has|have|had)\s+the\s+support\s+of\b`;
// "entered into an MOU", "signed the agreement", "signed a data-sharing agreement with the
// department".
const SIGNS_AGREEMENT = String.raw`\bentered\s+(?:into\s+)?(?:an?\s+|the\s+)?(?:MOUs?|memorand(?:um|a)\s+of\s+understanding|(?:data[- ]sharing\s+)?agreements?)\b(?!\s+with\s+(?:other|neighbou?ring|several|many|\d+)\s)|\bsign(?:ed|s|ing)?\s+(?:the|its|their)\s+(?:proposed\s+)?agreements?\b(?!\s+(?:to|that|on|with\s+(?:each|one)))|\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+|its\s+)?(?:MOUs?|memorand(?:um|a)\s+of\s+understanding|data[- ]sharing\s+agreements?|agreements?(?=\s+with\s+(?:the\s+)?(?:department|DOJ|Justice|federal|administration|U\.S\.)))\b`;
// "looks forward to cooperating", "supports the request", "complied", "has followed federal law"
// (not "by refusing").
const WELCOMES = String.raw`\blooks? forward to (?:supporting|cooperating|working with|complying)\b|\b(?:supports?|supporting|welcomed?|welcomes)\s+(?:the\s+)?(?:request|commission|effort)\b|\bcomplied\b|\b(?:has|have|had)\s+(?:already\s+)?(?:followed|obeyed)\s+(?:the\s+)?(?:federal\s+)?laws?\b(?!,?\s+(?:by|and|in)\s+(?:not\s+)?(?:keep|kept|refus|protect|declin|withh|den|reject|redact|guard|shield)\w*)`;
// "willing to comply", "happy to assist", "has given the data", "confirmed delivery of", "began
// sending", "acquiesced".
const WILLING = String.raw`(?<!\b(?:little|no|any|not|nor|without|lack\s+of)\s+)(?<!['’]s\s+)\bwilling(?:ness)?\s+to\s+(?:comply|provide|share|cooperate|hand over|turn over|work\s+with\s+(?:the\s+)?(?:commission|panel|department|DOJ|administration))\b|\b(?:happy|glad|pleased|eager)\s+to\s+(?:assist|help|comply|provide|cooperate|share)\b|\b(?:has|have|had)\s+(?:already\s+)?given\s+(?!(?:up|no|little|any)\b)(?:[\w'’-]+\s+){0,5}?(?:data|info\w*|lists?|rolls?|files?|records?)\b|\b(?:confirm\w*|announc\w*|complet\w*)\s+(?:the\s+)?(?:immediate\s+)?delivery\s+of\b|\b(?:began|begun|begins?|started|starts?)\s+(?:complying|providing|sending|sharing|handing\s+over|turning\s+over)\b|\bacquiesc\w*`;
// "handed over", "turns over its list", "will hand its file over", "says yes to", "handed the data
// over".
const HANDS_OVER = String.raw`\b(?:handed|turned)\s+over\b|\b(?:hands|turns|(?:is|are)\s+(?:now\s+)?(?:handing|turning))\s+over\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:data|lists?|rolls?|files?|records?|information)\b|\b(?:will|would|to)\s+hand\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:data|lists?|rolls?|files?|records?)\s+(?:over|to)\b|\bsa(?:ys|id|ying)\s+yes\s+to\b|\b(?:handed|turned)\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:data|lists?|rolls?|files?|records?|information)\s+over\b`;
// "sent its full, unredacted voter list" (not "opposed handing over the full list").
const GIVES_IT_ALL = String.raw`(?<!\b(?:oppos\w*|against|block\w*|prevent\w*|stop\w*|halt\w*|resist\w*|fight\w*|den(?:y|ied|ies|ying)|refus\w*|reject\w*)\s+(?:the\s+)?)\b(?:hand\w*|turn\w*|gave|give|sent|send\w*|provid\w*|shar\w*|submit\w*|releas\w*|suppl(?:y|ies|ied|ying))\s+(?:over\s+)?(?:[\w'’]+\s+){0,3}?(?:full|entire|complete|unredacted),?\s+(?:[\w'’-]+,?\s+){0,2}?(?:lists?|rolls?|files?|data|database|records?)\b`;

// Checked in order: the first stance with a match decides. The vague "in whole or in part" comes
// first, then public data only (which often says "will not" about the rest), then refusal.
const RULES: Rule[] = [
  {
    // ("routinely shares parts of its voter file with political parties" is its habit, not the
    // answer.)
    stance: "withholding",
    when: (clause) => !HABIT.test(clause),
    pattern: new RegExp(
      [IN_PART, PART_EXEMPT, PARTLY_REFUSED, SOME_NOT_ALL, NOT_FULLY].join("|"),
      "gi",
    ),
  },
  {
    // ("public records that the paper obtained showed" is the reporter's source, not the answer.)
    stance: "public-only",
    pattern:
      /(?<!\baccording\s+to\s+(?:the\s+)?)\bpublic(?:ly)?[ -](?:available\s+)?(?:voter\s+)?(?:(?:registration|voting)\s+)?(?:information|data|records?|documents?|files?|rolls?|(?:check)?lists?|info)\b(?!\s+(?:(?:that|which)\s+(?:[\w'’-]+\s+){0,6}?)?(?:obtained|reviewed|show(?:s|ed)?|reveal(?:s|ed)?)\b)|\bpublicly (?:available|accessible)\b|\bnon-?(?:sensitive|confidential)\s+(?:voter\s+)?(?:information|data|records?)\b|\b(?:available|accessible) to the public\b|\bpublic\s+(?:version|copy|edition)\s+of\b|\bnon-?public\b|\bin\s+accordance\s+with\s+(?:state|the\s+state['’]s|its)\s+laws?\b(?<=\b(?:send|sent|provid\w*|releas\w*|shar\w*|giv\w*|gave|hand\w*\s+over|turn\w*\s+over)\b[^.;]{0,160})|\bonly\s+(?:[\w'’]+\s+){0,6}?public(?:ly)?\b(?!\s+(?:figures?|officials?|servants?|life|health|safety|statements?|comments?|hearings?|meetings?|events?|appearances?|opinion|interest|schools?|radio|media|eye|sector|policy|funds?|money|lands?)\b)/gi,
    // ("one of only a few public figures to embrace …" is no public data.)
    when: (clause) => GIVE_OR_KEEP.test(clause),
  },
  {
    stance: "public-only",
    pattern: new RegExp(
      [ALREADY_PUBLIC, WHAT_LAW_ALLOWS, ANYONE_CAN_HAVE, SENSITIVE_LEFT_OUT, MAY_BUY].join("|"),
      "gi",
    ),
  },
  {
    // "raised legal or privacy objections", "will respond with objections based on state law":
    // pushed back, without saying how far.
    stance: "withholding",
    pattern:
      /(?<!(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?)\b(?:rais(?:ed|es|ing)|voic(?:ed|es|ing)|lodg(?:ed|es|ing)|respond(?:s|ed|ing)?\s+with)\s+(?!(?:no|any)\b)(?:[\w-]+\s+(?:or\s+[\w-]+\s+)?){0,2}?objections?\b(?!\s+(?:to|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|ruling|order|bill|law|nominee|nomination)\b)/gi,
  },
  {
    // "she was withholding some information": part of it kept back (all of it is a refusal).
    stance: "withholding",
    pattern: new RegExp(String.raw`\bwithh[oe]ld\w*\s+${SOME_OF}\b`, "gi"),
  },
  {
    // "State law kept Kobach from fully complying": held back from doing all of it.
    stance: "withholding",
    pattern:
      /\b(?:kept|keeps|keep|keeping|prevent(?:s|ed|ing)?|bar(?:s|red|ring)?|stop(?:s|ped|ping)?)\s+(?:[\w'’.,]+\s+){1,8}?from\s+fully\s+(?:complying|cooperating|providing|sharing|handing|turning)\b/gi,
  },
  {
    // "the information is restricted to name, address and district", "will send only names and
    // addresses", "will provide names and party but not Social Security numbers", "provided names
    // — but not dates of birth": fields anyone may have, and no more.
    stance: "public-only",
    pattern: new RegExp(
      String.raw`(?<!\bnot\s+)\b(?:restricted|limited|limit(?:s|ing)?)\s+(?:[\w'’]+\s+){0,4}?to\s+${OWNER}${PUBLIC_FIELDS}\b|\b${GIVE_VERB}\s+(?:[\w'’]+\s+){0,3}?only\s+${OWNER}${PUBLIC_FIELDS}\b|\bonly\s+${GIVE_VERB}\s+${OWNER}${PUBLIC_FIELDS}\b|\b${GIVE_VERB}\s+(?:${OWNER}${PUBLIC_FIELDS}|(?:[\w'’-]+,?\s+){0,5}?[\w'’-]+)(?:\s*[,—–]\s*(?:but\s+)?|\s+but\s+)not\s+(?!(?:limited|just|only|merely)\b)(?:[\w'’]+\s+){0,2}?${SENSITIVE_FIELD}`,
      "gi",
    ),
  },
  {
    // "will provide only that information properly requested under the state's public-records
    // laws": only what any requester may have.
    stance: "public-only",
    pattern:
      /\bonly\b[^.;]{0,80}?\b(?:under|by|through|per|in\s+line\s+with)\s+(?:the\s+|its\s+)?(?:state['’]s\s+|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?['’]s\s+)?(?:public[- ]records?|open[- ]records?|freedom[- ]of[- ]information|sunshine|right[- ]to[- ]know)\s+(?:laws?|acts?|statutes?|rules?)\b/giu,
  },
  {
    // A price for the list is the public part for a fee ("won't sell it" is no price).
    stance: "public-only",
    pattern:
      /(?<!(?:\bnot|n['’]t|\bnever)\s+(?:[\w'’]+\s+)?)\b(?:sell|sells|selling)\b|(?<!\b(?:the|a|led|lead|leads|leading)\s+)\bcharg\w*\s+(?:a fee\s+)?for\b|\bcharg\w*\s+(?:[\w'’]+\s+){0,3}?(?:over\s+|about\s+|nearly\s+|more\s+than\s+)?\$\s?\d|\bwelcome to (?:pay|purchase|buy)\b|\b(?:get|buy|obtain|purchase|have)\s+(?:a\s+)?cop(?:y|ies)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:data|list|file|rolls?|records)\s+)?for\s+\$\s?\d|\bfor a fee\b|\bpay\s+(?:for\s+(?:it|them|that|the\s+[\w-]+)\s+)?(?:just\s+)?like\s+(?:everybody|everyone|anybody|anyone|any\s+other\s+\w+)(?:\s+else)?\b|\b(?:provide|release|share|hand over|turn over)\s+all but\b/gi,
  },
  {
    // "is seeking $12,500 for its voter file": a price asked for the data, not any sum sought.
    stance: "public-only",
    pattern:
      /\b(?:(?:is|are)\s+seeking|wants?|ask(?:s|ed|ing)?\s+for|will\s+cost(?:\s+[\w'’]+){1,4}?)\s+(?:over\s+|about\s+|nearly\s+|more\s+than\s+)?\$\s?\d(?![\d,.]*\s*(?:[mb]illion\s+)?in\s+(?:damages|fines|penalties|legal|grants|fees))(?![\d,.]*\s*(?:[mb]illion\s+)?(?:from|in)\s+(?:the\s+)?(?:legislature|lawmakers|general\s+assembly|state\s+budget|budget|congress))(?:[\d,.]*\d)?/gi,
    // ("Two states said the commission can have the information if it pays. Wisconsin is seeking
    // $12,500": the data named just before.)
    when: (clause, before) =>
      /\b(?:data|files?|lists?|rolls?|records|information)\b/i.test(clause) ||
      /\b(?:data|files?|lists?|rolls?|records|information)\b[^.;!?]*\b(?:it|they|commission|panel|department|DOJ|government)\s+(?:[\w'’]+\s+){0,2}?pa(?:y|ys|id)\b[^.;!?]*[.;!?]?\s*$/i.test(
        before,
      ),
  },
  {
    stance: "refuses",
    pattern: new RegExp(
      [
        SAYS_NO,
        PUSHES_BACK,
        OPPOSES,
        TURNS_IT_DOWN,
        LAW_FORBIDS,
        NO_INTENTION,
        BACKS_OUT,
        FIGHTS_OR_WITHHOLDS,
        BLUNT_NO,
        WONT_SELL,
      ].join("|"),
      "gi",
    ),
  },
  {
    stance: "complies",
    pattern: new RegExp(
      [
        IS_GIVING,
        JOINS_IN_GIVING,
        WILL_OR_HAS_GIVEN,
        SENT_THE_DATA,
        AGREEMENT_SIGNED,
        AGREES,
        GRANTS_ACCESS,
        FIRST_TO_GIVE,
        GOES_AHEAD,
        SIGNS_AGREEMENT,
        WELCOMES,
        WILLING,
        HANDS_OVER,
        GIVES_IT_ALL,
      ].join("|"),
      "gi",
    ),
    // "negotiating over what it will share", "has not decided whether it will comply": open.
    // ("After months of negotiations, the state handed over …": the talks are over.)
    // ("has not changed its position" keeps the answer, so that "not" does not count.)
    when: (clause) =>
      !NEGATED.test(clause.replace(STEADFAST, "")) &&
      !UNSETTLED.test(clause.replace(/\bafter\s+(?:[\w-]+\s+){0,3}?negotiat\w*/gi, "")),
  },
  {
    // "Arkansas was the only state to supply the information", "one of the few states that
    // have handed over their files": a state counted among those that gave.
    stance: "complies",
    pattern:
      /\b(?:only|first|lone|sole|second|third)\s+states?\s+(?:so\s+far\s+|yet\s+|thus\s+far\s+)?(?:to|that\s+(?:has|have|had))\s+(?:\p{L}+ly\s+)?(?:supply|supplied|provide[ds]?|send|sent|submit(?:ted)?|hand(?:ed)?\s+over|turn(?:ed)?\s+over|share[ds]?|comply|complied|deliver(?:ed)?|release[ds]?|fulfill?(?:ed)?)\b|\bone\s+of\s+(?:the\s+)?(?:few|handful\s+of|only|\w+)\s+states?\s+(?:to|that\s+(?:has|have|had))\s+(?:\p{L}+ly\s+)?(?:supply|supplied|provide[ds]?|send|sent|submit(?:ted)?|hand(?:ed)?\s+over|turn(?:ed)?\s+over|share[ds]?|comply|complied|deliver(?:ed)?|fulfill?(?:ed)?)\b/giu,
    when: (clause) => !NEGATED.test(clause),
  },
  {
    // "the state's voter information has headed to the White House", "the file is now in the
    // commission's hands": the data on its way to whoever asked.
    stance: "complies",
    pattern:
      /\b(?:data|information|files?|rolls?|lists?|records)\s+(?:has|have|had|is|are|was|were)\s+(?:now\s+|already\s+|since\s+)?(?:headed|made\s+(?:its|their)\s+way|been\s+(?:uploaded|transferred|shipped|transmitted))\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:commission|panel|department|DOJ|White\s+House|administration|government|feds|server)\b|\b(?:data|information|files?|rolls?|lists?|records)\s+(?:is|are|was|were)\s+(?:now\s+|already\s+)?in\s+the\s+hands\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+){0,6}?(?:commission|panel|department|DOJ|White\s+House|administration|government)\b/giu,
    when: (clause) => !NEGATED.test(clause),
  },
  {
    stance: "reviewing",
    pattern: new RegExp([WEIGHING, NOT_DECIDED, ASKS_FIRST].join("|"), "gi"),
  },
  {
    // "has not yet responded to the letter": no answer to report, which a reader notes as such.
    stance: "no-report",
    pattern:
      /\b(?:has|have|had)\s+yet\s+to\s+(?:respond|reply|answer)\b|\b(?:has|have|had)(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:released|issued|made)\s+(?:a\s+|any\s+)?(?:public\s+)?statements?\b|\b(?:has|have)\s+(?:so\s+far\s+)?been\s+silent\b|(?<!\p{L})(?:no|todavía\s+no|aún\s+no)\s+ha\s+(?:respondido|contestado)(?!\p{L})|\b(?:has|have|had)(?:n['’]t| not)\s+(?:yet\s+)?(?:responded|replied|answered|commented)\b(?!\s+(?:to\s+)?(?:a\s+)?(?:requests?|calls?|messages?|e-?mails?|questions?)\s+(?:for|seeking)\s+comment)(?!\s+(?:to\s+)?(?:our|my|this\s+(?:paper|newspaper|outlet|station)['’]s|the\s+(?:paper|newspaper|station)['’]s|reporters['’]?)\s+(?:questions?|calls?|e-?mails?|messages?|inquir(?:y|ies)|requests?))/giu,
  },
  {
    // "the department isn't entitled to the information": an official's reason for saying no,
    // with no refusal word in it. (Said of the requester only: "the public is not entitled to
    // Social Security numbers" is the law's line, no answer.)
    stance: "refuses",
    ofRequester: true,
    pattern:
      /(?<=\b(?:department|Department\s+of\s+Justice|DOJ|commission|panel|government|administration|White\s+House|feds|Kobach|Dhillon)\s+)(?:is|are|was|were)(?:\s+not|n['’]t)\s+entitled\s+to\s+(?:the|that|this|our|its|their|any|such|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}\p{L}*)?['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:data|information|records?|lists?|rolls?|files?|database)\b/giu,
  },
  {
    // "handing it over is not in the best interest of our voters": the same.
    stance: "refuses",
    pattern:
      /\b(?:fulfill\w*|compl(?:y|ying)\s+with|provid\w*|shar(?:e|ing)|handing\s+over|turning\s+over|releas(?:e|ing)|grant(?:ing)?|honou?r(?:ing)?)\b[^.;]{0,60}?\b(?:is|was|would(?:\s+not)?\s+be|isn['’]t|wasn['’]t|wouldn['’]t\s+be)\s+(?:not\s+)?in\s+the\s+best\s+interests?\s+of\b(?<=(?:\bnot|n['’]t)(?:\s+be)?\s+in\s+the\s+best\s+interests?\s+of)/giu,
  },
  {
    // "told the panel it could go jump in the Gulf of Mexico", "told the department to take a
    // hike": a dismissal of whoever asked, reported without quotation marks (not "too polite to
    // tell the commission to go jump in the ocean").
    stance: "refuses",
    pattern:
      /(?<!\btoo\s+[\w'’]+\s+to\s+|(?:\bnever|\bnot|n['’]t)\s+)\b(?:told|tells|telling|tell)\s+(?:the\s+)?(?:commission|panel|department|DOJ|Justice\s+Department|administration|White\s+House|federal\s+government|Kobach|them|him)\s+(?:(?:that\s+)?(?:it|they|he)\s+(?:could|can|should|might)\s+|to\s+)(?:go\s+(?:jump|fly|pound|soak)|jump\s+(?:in|into|off)|take\s+a\s+(?:hike|long\s+walk)|pound\s+sand|get\s+lost|kiss\s+my)\b/gi,
  },
];

// Each stance's Spanish words are read right after its English ones.
const RULES_WITH_SPANISH: Rule[] = RULES.flatMap((rule, i) =>
  RULES[i + 1]?.stance === rule.stance ? [rule] : [rule, ...inSpanish(rule.stance)],
);

// "asked Pennsylvania to turn over its entire list": the request's words, not an answer ("the
// request, but only with regard to data that is public", "directed the department to the public
// list portal" are no "to" of the request's).
// An official's own choice, which a request named in passing does not reach past ("who was asked
// to respond by Friday, decided to keep the data").
const OWN_DECISION = String.raw`(?!\b(?:decided|decides|agreed|agrees|chose|chooses|vowed|vows|promised|promises|intends|intended|refused|refuses|declined|declines)\b)`;
const REQUESTED = new RegExp(
  String.raw`\b(?:ask\w*|demand\w*|request\w*|seek\w*|sought|want\w*|order\w*|urg\w*|encourag(?:e|es|ing)|encouraged(?!\s+by\s+[^.;,]{1,40},)|implor\w*|pressur\w*|press(?:es|ed|ing)|call\w* on|told|tells|direct\w*|compel\w*)\b(?:${OWN_DECISION}[^.;:]|(?<=\b(?:Lt|Gov|Sen|Rep|Sec|Atty|Gen|Mr|Mrs|Ms|Dr|St|U|S))\.){0,80}(?<!\b(?:regard|respect|addition|according|due|up|as|related|relating|access|prior|subject|similar|opposed)\s+)\bto\s+(?!(?:the|a|an|its|their|his|her|this|that)\s)(?:[\w'’,-]+\s+){0,6}$`,
  "i",
);
// "to Interstate Crosscheck", "to the Electronic Registration Information Center": a body named
// as what the data went to, when none of its words is the requester's or the government's.
// (A body by its kind of name or by what the text calls it, ", a Kansas initiative"; not a person,
// "to Ray Dunn, the acting chief", nor a place, "to Washington".)
function toOtherRecipient(after: string): boolean {
  const to = RECIPIENT.exec(after);
  return (
    to !== null &&
    to[2] === undefined &&
    !REQUESTER_WORDS.test(to[1] as string) &&
    (to[3] !== undefined || BODY_NAME.test(to[1] as string))
  );
}
const RECIPIENT = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,4}?to\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s*){2,6})(['’]s)?(,\s+an?\s+(?:[\p{L}-]+\s+){0,3}?(?:${BODY_KINDS}|database|system|consortium|compact))?`,
  "u",
);
const BODY_NAME =
  /\b(?:Center|Centre|Crosscheck|Program|Project|Institute|Foundation|Association|Council|Committee|Party|Campaign|Company|Corporation|Inc|LLC|Network|Group|Consortium|Compact|Initiative|Registry)\b/u;
const REQUESTER_WORDS =
  /\b(?:President|Presidential|Trump|Kobach|Pence|Dhillon|Bondi|Commission|Panel|Department|Justice|Election|Elections|Integrity|Fraud|Administration|White|DOJ|Federal|Congress|Senate|House|Court|Judge|Secretary|Governor|Attorney|Civil|Rights|Division|U|S|United|States)\b/u;
// "urged Illinois ", "asked the secretary ": whom an urging or a request is put to.
const URGING = String.raw`\b(?:urg\w*|ask(?:s|ed|ing)?|encourag\w*|implor\w*|press(?:es|ed|ing)|call(?:s|ed|ing)?\s+on|advis(?:es|ed|ing))`;
const URGED_WHOM = new RegExp(String.raw`${URGING}\s+(?:[\w'’.-]+\s+){1,5}$`, "i");
// A sensitive field, then a relative clause whose subject kept it back: "social security numbers,
// which Oregon did not provide".
const KEPT_ANTECEDENT =
  /\b(?:social\s+security(?:\s+numbers?)?|dates?\s+of\s+birth|birth\s?dates?|driver['’]?s?\s+licen[cs]e(?:\s+numbers?)?|last\s+four\s+digits)[^.;,]{0,30},?\s+(?:which|that)\s+(?:[\p{L}.'’]+\s+){1,4}$/iu;
const DISPUTED_OVER =
  /\b(?:dispute|fight|battle|standoff|clash|feud|showdown|tussle|row|disagreement|tug-of-war|legal\s+war)\s+(?:[\w'’.-]+\s+){0,6}?(?:over|about)\s+(?:whether\s+(?:or\s+not\s+)?(?:to\s+)?)?$/i;
// "is demanding that Secretary Amore turn over", "asked that the state send" (not "a request that
// was rejected").
const DEMANDED_THAT =
  /\b(?:demand\w*|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg\w*)\s+that\s+(?!(?:was|were|is|are|has|have|had)\b)(?:(?!(?:though|although|but|while|because|since|when|and|or)\b)[\w'’.,]+(?:-[\w'’.,]+)*\s+){0,12}$/i;
const URGED_TO_AND = new RegExp(
  String.raw`${URGING}\s+(?:${OWN_DECISION}[^.;:]){1,140}?\bto\s+(?:${OWN_DECISION}[^.;:]){1,140}?\s+and\s+$`,
  "i",
);
// "received letters requesting voter lists – in some cases redacted lists": what was asked for,
// unless someone answers between ("asked for the full list, sent a redacted one"; "When the
// department requested Ohio's list, state officials refused").
const REQUESTED_OBJECT =
  /(?:(?<!\b(?:the|a|an|its|their|those|these)\s+)\b(?:request(?:ed|ing)|demand(?:ed|ing)|seeking|sought|ask(?:ed|ing)\s+for)|\b(?:request|demand)s?\s+for(?![^.;:]*(?:\b(?:or|are|is|was|were|comment)\b|,)))\s+(?![^.;:]*\b(?:sent|send|gave|give|provided|provide|handed|turned|shared|share|offered|released|agreed|but|instead|while|other\s+than|except)\b|[^.;:]*,\s+(?:(?:(?:the\s+)?(?:state(?:['’]s)?|top|senior|election|elections|local)\s+){0,3}(?:officials|leaders)(?:\s+there)?\s(?!(?:in|from|of|for)\s)|(?:the\s+state|he|she|they)\s))(?:[\w'’,–—-]+\s+){0,8}$/i;
// "…, then reversed course", "but later backed out": a first answer taken back.
const REVERSAL =
  /^[^.;]{0,120}?\b(?:then|later|but|before|since)\s+(?:\w+\s+)?((?:reversed|changed)\s+course|backed\s+out|pulled\s+out|withdrew|reneged|rescinded\s+\w+)/i;
// "Here's a suggestion to the secretary: Just say no.": someone's advice, not the answer.
const SUGGESTED =
  /\b(?:suggestion|advice|recommendation)\s+(?:to|for)\b[^.;:]{0,80}:\s*(?:just\s+|simply\s+)?$/i;
// "said the state should refuse", "he should break his silence and formally deny", "whether
// Florida should join the other states in declining": advice, not the state's answer.
const ADVISED =
  /\b(?:should|ought to)\s+(?:[\w'’]+\s+){0,2}$|\b(?:should|ought to)\s+(?:[\w'’]+\s+){1,5}and\s+(?:\w+ly\s+)?$|\b(?:should|ought to)\s+join\b[^.;]{0,80}?\bin\s+(?:\w+ing\s+(?:to\s+)?)?$/i;
// "as advocates urge refusal", "groups called for a rejection": an answer others want.
const URGED_ANSWER =
  /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|demand(?:s|ed|ing)?|want(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?$/i;
// "sued Simon over his refusal to …": the reporter's account of the answer (see ALLEGED).
const SUED_OVER_REFUSAL =
  /\b(?:over|for)\s+(?:(?:his|her|its|their)\s+|the\s+state['’]s\s+)?refusal$/i;
// "sued for failing to provide", "accusing local officials of failing to provide", "accused in
// court by the federal government of refusing": the other side's allegation. (Not past an "and"
// or a "while": "accused the department of overreach and refused …" is the state's own answer.)
const ALLEGED =
  /\b(?:for|over|alleg\w*(?: that)?|charg\w* with|claim\w*(?: that)?)\s+(?:[\w'’]+\s+){0,2}$|\baccus\w*(?:\s+[\w'’]+){0,6}\s+of\s+(?:(?!(?:and|but|then|while|before|after|as|when|since|yet)\s)[\w'’]+\s+){0,2}$/i;
const SHOWN_THAT = /\b(?:evidence|proof)\s+that\s+(?:[\w'’]+\s+){0,4}$/i;
// "the judge, …, has rejected", "Judge Jo Lee, in the District of Columbia, on Monday denied",
// "Courts that have so far rejected", "Judges have previously rejected", "Judge Jo Lee went
// beyond denying": the court's act.
const COURT_ACTS =
  /\b(?:[Jj]udges?|[Cc]ourts?|[Jj]ustices|[Ll]awsuits?|[Rr]ulings?|[Ii]njunctions?|JUDGES?|COURTS?)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,[^,]{0,60},\s*)?(?:(?:that|which|who)\s+)?(?:(?:on\s+)?\p{L}+day\s+)?(?:(?:has|had|have|also|then|so\s+far|already|since|now|\p{Ll}+ly|(?:went|goes|go)\s+(?:beyond|further\s+than))\s+)*$/u;
// "Nebraska's Supreme Court heard arguments in the case but had denied …": the court's next act.
const COURT_GOES_ON =
  /\b(?:[Jj]udges?|[Cc]ourts?|[Jj]ustices)\b[^.;]{0,160}?\s(?:and|but)\s+(?:(?:had|has|have|also|then|later|earlier|already)\s+)*$/u;
// "Un juez federal en Georgia ha desestimado la demanda": the same in Spanish.
const COURT_ACTS_ES =
  /(?<!\p{L})(?:jueza?|jueces|tribunal(?:es)?|corte)\s+(?:federal(?:es)?\s+|de\s+distrito\s+|de\s+apelaciones\s+)?(?:(?:en|de)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}\s+)?(?:(?:ha|han|había|habían|también|ya)\s+)*$/u;
// A court or judge that gives its reason before the words: "the judge dismissed the suit, saying".
const COURT_REASONS =
  /\b(?:judges?|courts?|justices)\b[^.;]{0,200}\b(?:saying|ruled|ruling|found|finding|wrote|writing|held|holding)\b[^.;]*$/i;
// "Judge tosses DOJ suit in Michigan, latest rejection of …": a phrase that names the act of the
// court the clause opens with (not "Judge hears arguments as Ohio digs in, the latest refusal",
// nor "Lawyers for Ohio filed a brief with the court, a rejection of …").
const COURT_ACT_NAMED =
  /(?:^|\b(?:as|after|when|while|because)\s+)\s*(?:(?:an?|the|federal|district|appeals|state|circuit|chief|U\.S\.|\p{Lu}[\p{L}.'’-]*)\s+){0,5}(?:judges?|courts?|justices)\b(?:(?!\b(?:as|while|when|after|because|since|and|but|with)\b)[^.;,]){0,160},\s*(?:(?:the|a|an|its|in\s+an?|in\s+the)\s+)?(?:(?:latest|another|new|\p{L}+(?:st|nd|rd|th))\s+)?$/iu;
// "following the rejection of DOJ's lawsuits", "rejected two of the department's suits": what a
// court turns down is a lawsuit, never the request.
const SUITS_TURNED_DOWN =
  /^(?:rejection|rejected|rejects|rejecting|denial|denied|dismissal|dismissed)\s+(?:of\s+)?(?:(?:the|two|three|both|its|their|all|several|[\w.'’-]+['’]s?)\s+){0,3}(?:lawsuits?|suits?)\b(?!['’])/i;
const HARM_DONE =
  /^\s*(?:[\w'’-]+\s+){0,6}?(?:would|could|will|might|may)\s+(?:\p{L}+ly\s+)?(?:pose|violate|put|endanger|expose|jeopardi[sz]e|breach|harm|risk|compromise|undermine|threaten|break)\b/u;
const COURT_SPEAKS =
  /\b(?:judges?|courts?|justices)\b[^.;]{0,60}\b(?:wrote|writes|write|said|says|say|ruled|rules|rule|found|finds|find|held|holds|hold|stated|opined)\b/i;

/** The court speaks before the cue, and no one else speaks after it ("…, Ohio said it will"). */
function courtSpeaks(sinceStart: string): boolean {
  const court = COURT_SPEAKS.exec(sinceStart);
  return (
    court !== null &&
    !/\b(?:said|says|announced|told|responded)\b/i.test(
      sinceStart.slice(court.index + court[0].length),
    )
  );
}
// "until the commission answers", "before getting answers to some questions": not for now.
const UNTIL =
  /^[^.;]{0,200}?\b(?:until|before\s+(?:getting|receiving|hearing|(?:he|she|they|it|the\s+(?:state|office))\s+(?:gets?|receives?|hears?)))\b/i;
const PENDING =
  /^[^.;]{0,160}?\b(?:(?:while|as\s+long\s+as|pending)\b[^.;]{0,40}?\b(?:lawsuit|suit|case|litigation|legal\s+challenge|challenge|appeal)\b|(?:due\s+to|because\s+of|given|amid)\s+(?:the\s+|a\s+)?(?:ongoing|pending)\s+(?:lawsuit|suit|case|litigation|legal\s+challenge|challenge|court\s+case|appeal))/i;
const ONLY_WITH =
  /^[^.;]{0,200}?\b(?:if|as\s+long\s+as|provided\s+that|unless|once|until|with\s+(?:an?\s+|the\s+)?(?:assurances?|guarantees?))\b/i;
const CONDITION =
  /^[^.;]{0,60}?\b(?:only\s+if|if|as\s+long\s+as|provided\s+that|unless|once|until|with\s+(?:an?\s+|the\s+)?(?:assurances?|guarantees?)\s+that)\b/i;
// "would send the data it requested, but only after he received assurances": still open.
const BUT_ONLY_IF = /^[^.;]{0,160}?\bbut\s+only\s+(?:after|if|once|when|with)\b/i;
const HANDED_OVER = /\b(?:shar|provid|gave|giv|hand|turn|sent|send|releas|deliver|submit)\w*\b/i;
/**
 * A demand that governs the words that hand the data over ("demands … that Michigan turn over",
 * "asked Ohio to hand over"), or a refusal of them ("refused to turn over").
 */
const DEMANDED_OR_REFUSED =
  /(?<!\b(?:was|were|been|being|is|are)\s+)\b(?:demand|request|ask|order|requir|urg|forc|compel|push|press)\w*\b[^.;,]{0,80}?\b(?:that|to)\s+(?:[\p{L}.'’-]+\s+){0,4}$|\b(?:refus|declin|reject|resist|rebuff)\w*\s+to\s+$/iu;
const NOT_DATA_SENT =
  /^\s+(?:(?:a|an|the|his|her|its|their|my|our|these|those|some)\s+)?(?:\p{L}+\s+)?(?:letters?|responses?|reply|replies|e-?mails?|notes?|memos?|questions?|statements?|requests?|demands?|subpoenas?|notices?|concerns?|thoughts|views|opinions?|feedback|perspectives?|worries|reservations|objections)\b/iu;
const LAWSUIT = /\b(?:su(?:e|ed|es|ing)|lawsuits?|complaint|accus\w*|alleg\w*)\b/i;
// "llevará a Colorado … a los tribunales por no cumplir", "demandó a Oregón por negarse a …":
// what the suit alleges, in Spanish (as "sued for failing to" above).
const LAWSUIT_ES =
  /(?<!\p{L})(?:demand(?:ó|ará|aron|arán|ado|ando|a\s+a)|tribunales|juicio)(?!\p{L})/iu;
const ALLEGED_ES = /(?<!\p{L})(?:por|acusad[oa]s?\s+de)\s+$/iu;
// "either <first answer> or <words before the cue>": the cue in the second of two answers.
const EITHER_OR = /\beither\s+([^.;:]{3,120}?)\s+or\s+(?:[\w'’]+\s+){0,4}[\w'’]*$/i;
// The first answer's words that would make it the same answer as the cue's.
const SAME_ANSWER: Record<"refuses" | "public-only", RegExp> = {
  refuses:
    /\b(?:refus\w*|declin\w*|reject\w*|den(?:y|ied|ies)\w*|rebuff\w*|won['’]t|will\s+not|would\s+not|not\s+(?:comply|provide|share|send|hand|turn)|said\s+no|turned?\s+(?:\w+\s+)?down|ignor\w*)\b/i,
  "public-only": /\bpublic\w*\b/i,
};
// "unlikely to acquiesce", "not expected to comply": an answer foreseen, not given.
// What a refusal's words go on to, where they refuse only a part.
// (Not "any portion", nor what a request "seeks" or is "for": "a request for some data".)
const REFUSED_IN_PART =
  /^(?:\s+(?!(?:request|demand|seek|for|any)\w*\b)[\p{L}'’-]+){0,6}?\s+(?:(?:with|to|of)\s+)?(?:at\s+least\s+)?(?:some|certain|(?:a|one)\s+(?:portion|part)|portions|parts)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:request|data|information|records?|fields|voter)\b/iu;
// "wouldn't even provide information that is …": not even the giving, up to the cue.
// "the commission would make the data Ohio sends publicly available": the requester's plan
// for what it gets, no state's answer.
const REQUESTER_MAKES_PUBLIC =
  /\b(?:commission|panel|department|DOJ|administration|White\s+House|Kobach|federal\s+government)\s+(?:(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|said\s+it\s+(?:would|will))\s+)(?:also\s+|eventually\s+|later\s+)?make\s+[^.;]{0,100}$/i;
const NOT_EVEN_GIVING = new RegExp(String.raw`${NOT}\s+even\s+(?:${GIVE_VERB})\b[^.;,]*$`, "i");
const JUDGED_OTHERS =
  /\b(?:criticiz|criticis|condemn|prais|applaud|blast|slamm?|commend|thank|fault|attack|denounc|mock|lambast|scold|chastis)\w*\s+(?:the\s+|other\s+|those\s+|several\s+|many\s+)*(?:[\p{L}-]+\s+)?(?:states|officials|secretaries(?:\s+of\s+state)?|governors)\s+(?:that|who|which)\s+(?:had\s+|have\s+|has\s+)?(?:already\s+)?$/iu;
const WOULD_HAVE = /\b(?:would|could|might)(?:\s+not|n['’]t)?\s+have\s+(?:\p{L}+ly\s+)?$/iu;
const UNLIKELY = /\b(?:unlikely|not\s+likely|not\s+expected|doubtful|hesitant|reluctant)\s+to\s+$/i;

// A category's label, as list makers word it: "Refusal:", "Partial compliance:", "Comply", "Undecided".
const LABEL_WORDS: [RegExp, Stance][] = [
  // "No response yet", "Haven't answered": no answer to report. "No decision": reviewing.
  [
    /\bno\s+(?:official\s+|public\s+)?(?:response|answer|reply|word)\b|\b(?:not|n['’]t)\s+(?:yet\s+)?(?:responded|answered|replied)\b|\bawaiting\b/i,
    "no-report",
  ],
  [/\bno decision\b|\bundecided\b/i, "reviewing"],
  [
    /\b(?:refus\w*|declin\w*|den(?:y|ied|ies|ying)|reject\w*|no|non-?compl\w*|won['’]?t comply|will not comply|said no|opposed?|not (?:comply|complying|provid\w*|shar\w*))\b/i,
    "refuses",
  ],
  [/\b(?:partial\w*|partly|in part|some data|limited)\b/i, "withholding"],
  [/\bpublic\b/i, "public-only"],
  [/\b(?:compl(?:y|ying|ied|ies|iance)|yes|full|will provide|agreed|handed over)\b/i, "complies"],
  [
    /\b(?:undecided|reviewing|review|pending|considering|unclear|deciding|no decision|unsure|weighing)\b/i,
    "reviewing",
  ],
];

/**
 * The stance a short category label names ("Refusal", "Partial compliance", "Undecided"), or
 * null. `partialMeansPublic`: the article defines its partial category as public data only.
 */
export function labelStance(label: string, partialMeansPublic = false): Stance | null {
  const words = label.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5) return null;
  for (const [pattern, stance] of LABEL_WORDS) {
    if (!pattern.test(label)) continue;
    return stance === "withholding" && partialMeansPublic ? "public-only" : stance;
  }
  return null;
}

/** A label opening a clause ("Refusal: A, B"), as a cue over the label's words. */
function labelCue(masked: string, range: Range, partialMeansPublic: boolean): Cue | null {
  const clause = masked.slice(range.start, range.end);
  const m = /^\s*([^:\n]{2,40}):/.exec(clause);
  if (!m) return null;
  const stance = labelStance(m[1] as string, partialMeansPublic);
  if (!stance) return null;
  const cue = trimmed(masked, range.start, range.start + m[0].length - 1, stance);
  return cue && { ...cue, label: true };
}

const PUBLIC_RULES = RULES.filter((r) => r.stance === "public-only").map(
  (r) => new RegExp(r.pattern.source, "i"),
);

/**
 * "CALIFORNIA: No.", "Ohio — Yes.", "Arkansas (Partial compliance)": a state's label with a short
 * answer after it.
 */
// "Florida — public data only; no driver's license numbers": the answer, then what it leaves out.
const QUALIFIED_ANSWER =
  /^(\s*[^:\n—–]{2,40}(?::|\s[—–-])\s*)([^.;,!\n]{1,30})([;,]\s+(?:no|not|but not|except|excluding|without)\b[^\n]*)$/;

// "Georgia | Public data only | Same as any records request": a table row. The answer is in the
// column whose heading names it ("Response", "Status"); with no heading row, in the cell after
// the state's.
const ANSWER_HEADING =
  /\b(?:response|responses|answer|status|stance|position|decision|reply|action)\b/i;

function tableAnswer(masked: string, range: Range): Cue | null {
  // (A row's own clause holds its bars; looking for the line costs more than looking for them.)
  if (!masked.slice(range.start, range.end).includes("|")) return null;
  const lineStart = masked.lastIndexOf("\n", range.start - 1) + 1;
  const lineEnd = masked.indexOf("\n", range.start);
  const row = masked.slice(lineStart, lineEnd < 0 ? masked.length : lineEnd);
  if (!row.includes("|") || range.end > lineStart + row.length + 1) return null;
  const cells = tableCells(row);
  if (cells.length < 2) return null;
  // The table's first line is its heading row when it names a column as the answer.
  let start = lineStart;
  while (start > 0) {
    const above = masked.lastIndexOf("\n", start - 2) + 1;
    if (!masked.slice(above, start - 1).includes("|")) break;
    start = above;
  }
  const heading =
    start < lineStart ? tableCells(masked.slice(start, masked.indexOf("\n", start))) : [];
  const named = heading.findIndex((c) => ANSWER_HEADING.test(c.text));
  // (A heading row with no answer column: a table of something else, "Sued by DOJ?".)
  if (heading.length > 0 && named < 0 && heading.some((c) => /\?|\bsued\b/i.test(c.text)))
    return null;
  const cell = cells[named >= 0 ? named : 1];
  if (!cell) return null;
  const stance = labelStance(cell.text);
  if (!stance) return null;
  const at = lineStart + cell.start;
  const cue = trimmed(masked, at, at + cell.text.length, stance);
  return cue && { ...cue, label: true };
}

/** A table line's cells, each with where its text starts in the line. */
function tableCells(line: string): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let from = 0;
  for (const part of line.split("|")) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: from + lead });
    from += part.length + 1;
  }
  // ("| a | b |": the empty ends of a bordered row are no cells.)
  if (cells[0]?.text === "") cells.shift();
  if (cells.at(-1)?.text === "") cells.pop();
  return cells;
}

function shortAnswer(masked: string, range: Range): Cue | null {
  const clause = masked.slice(range.start, range.end);
  const m =
    /^(\s*[^:\n—–]{2,40}(?::|\s[—–-])\s*)([^.;!\n]{1,30})[.;!]?\s*$/.exec(clause) ??
    /^(\s*[^:\n—–()]{2,40}\s\()([^.;!\n()]{1,30})\)[.;!]?\s*$/.exec(clause) ??
    QUALIFIED_ANSWER.exec(clause);
  if (!m) return tableAnswer(masked, range);
  if ((m[2] as string).trim().split(/\s+/).length > 3) return null;
  const stance = labelStance(m[2] as string);
  if (!stance) return null;
  // ("Ohio — yes; no SSNs" is more than yes: only an answer a limit cannot change stands.)
  if (m[3] !== undefined && stance !== "public-only" && stance !== "refuses") return null;
  const at = range.start + (m[1] as string).length;
  const cue = trimmed(masked, at, at + (m[2] as string).length, stance);
  return cue && { ...cue, label: true };
}

/**
 * Whether the article defines its "partial" category as public data only: a sentence that
 * names partial compliance together with public records ("partly means it offered its public
 * records only"), or one that sorts states into refusing outright or offering only what anyone
 * can buy.
 */
export function definesPartialAsPublic(masked: string, sentences: Range[]): boolean {
  for (const s of sentences) {
    const body = masked.slice(s.start, s.end);
    const publicCue = PUBLIC_RULES.some((pattern) => pattern.test(body));
    if (!publicCue) continue;
    if (/\b(?:partly|partial\w*|in part)\b/i.test(body)) return true;
    if (
      /\beither\b/i.test(body) &&
      /\b(?:refus\w*|turn\w* (?:\w+ ){0,3}down|declin\w*|reject\w*|said no)\b/i.test(body)
    )
      return true;
  }
  return false;
}

// "took a similar line": the stance of the claim just before.
export const SIMILAR =
  /\b(?:took|takes|taking|take|taken)\s+(?:a\s+similar|the\s+same|similar)\s+(?:line|stance|position|approach|tack)\b|\b(?:made|makes|making|make|voiced|raised)\s+(?:similar|the\s+same)\s+(?:arguments|objections|points)\b|\bfollowed suit\b|\bdid the same\b|(?<!\b(?:not|n['’]t|whether|if)\b[^.;]{0,40})\bin\s+the\s+same\s+(?:position|boat|situation)\b(?!\s+as\b)|\blikewise\b|\b(?:was|were)\s+echoed\s+by\b|\bjoin(?:ed|s)?\s+(?:that|this|the|their)\s+(?:crowd|group|list|ranks|chorus|camp)\b/i;

// A sentence that lists what the previous one described: "These states include: A, B, C."
// ("Esos estados son …" in Spanish.)
export const LIST_FOLLOWS =
  /^\s*(?:(?:these|those|they|such|that|this|the\s+(?:list|group|states?))\b[^.:]{0,80}?\binclud\w*\b|(?:these|those|the)\s+(?:\d+\s+)?states\b[^.:]{0,60}?\b(?:are|were)\b|(?:the\s+)?others?\s+(?:\w+\s+)?(?:are|were|is|was)\b|the\s+other\s+(?:\w+\s+)?(?:states?\s+)?(?:are|were|is|was)\b|(?:estos|esos|dichos|los)\s+(?:\d+\s+)?estados\s+(?:son|eran|incluyen)(?!\p{L}))/iu;
// "These included red states such as Indiana …", "The officials include lawmakers from Ohio and
// Iowa": however few, the states named are of the group the sentence before described.
export const THEY_INCLUDE =
  /^\s*(?:these|those|they|such|the\s+(?:list|group|states?|officials|secretaries|governors))\b[^.:]{0,80}?\binclud(?:e|es|ed)\b/i;
// "Oregon is one such state.", "Among them are Maine and Ohio.", "One of those four is Wyoming.":
// one or two of the group the
// sentence before gave a stance to (not "one of the states the department has not sued", whose
// group the clause after names).
export const ONE_OF_THEM =
  /\b(?:is|was|are|were|became)\s+(?:(?:one|two|three|another)\s+(?:such(?:\s+states?)?|of\s+(?:them|those|these))|among\s+(?:them|those|these)(?:\s+states)?)\s*(?:[.,;:!?]|$)|^\s*(?:among|including)\s+(?:them|those|these)\s+(?:is|are|was|were)\b|^\s*(?:one|two|another)\s+(?:of\s+(?:them|those|these)(?:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|states))?|such\s+state)\s+(?:is|was)\b|\b(?:es|son|fue|fueron)\s+(?:uno|una|dos|tres|otro)\s+de\s+(?:ellos|esos|estos)\s*(?:[.,;:!?]|$)|^\s*entre\s+(?:ellos|esos|estos)(?!\p{L})/iu;
// "The others are Louisiana and Tennessee": the rest of a group just counted, however few.
export const OTHERS_FOLLOW = /^\s*(?:the\s+)?others?\b|^\s*the\s+other\s+\w+/i;

/**
 * A key of symbols over a list ("✅ = will provide the data   ⚠️ = public data only   ❌ =
 * refusing"): each symbol and the stance its words name. Empty when the text has no such key.
 */
export function symbolLegend(masked: string): Map<string, Stance> {
  const legend = new Map<string, Stance>();
  for (const line of masked.split("\n")) {
    const pairs = [...line.matchAll(LEGEND_PAIR)];
    if (pairs.length < 2) continue;
    for (const [, symbol, words] of pairs) {
      const stance = labelStance((words as string).trim());
      if (stance) legend.set(symbol as string, stance);
    }
  }
  return legend;
}
// "✅ = will provide": a symbol (no letter or digit), "=" or ":", and a few words.
const LEGEND_PAIR =
  /(?:^|\s)([^\s\p{L}\p{N}=:]{1,4})\s*[=:]\s*(\p{L}[\p{L}' ]{1,40}?)(?=\s{2,}|\s+[^\s\p{L}\p{N}=:]{1,4}\s*[=:]|\s*$)/gu;

/** A line that opens with a symbol of the list's key ("❌ Louisiana — …"): the key's stance. */
export function legendCue(masked: string, range: Range, legend: Map<string, Stance>): Cue | null {
  if (legend.size === 0) return null;
  const m = /^\s*([^\s\p{L}\p{N}]{1,4})\s/u.exec(masked.slice(range.start, range.end));
  const stance = m ? legend.get(m[1] as string) : undefined;
  if (!m || !stance) return null;
  const at = range.start + m[0].indexOf(m[1] as string);
  return { start: at, end: at + (m[1] as string).length, stance, label: true };
}

/** The cue that decides the stance within `range` of `masked` (the text without quote marks). */
export function findCue(masked: string, range: Range, partialMeansPublic = false): Cue | null {
  const clause = masked.slice(range.start, range.end);
  const label = labelCue(masked, range, partialMeansPublic) ?? shortAnswer(masked, range);
  if (label) return label;
  let agreementRefused: Cue | null = null;
  for (const rule of RULES_WITH_SPANISH) {
    if (rule.when && !rule.when(clause, masked.slice(Math.max(0, range.start - 200), range.start)))
      continue;
    for (const m of clause.matchAll(rule.pattern)) {
      const before = masked.slice(
        Math.max(0, range.start + (m.index ?? 0) - 120),
        range.start + (m.index ?? 0),
      );
      // "asked Simon to reconsider his decision not to comply": the decision is Simon's answer.
      const decided =
        /\breconsider\s+(?:his|her|its|their|the)\s+(?:decision|refusal|position)\s+$/i;
      // "responded with a motion asking the court to reject the request": the state's own
      // answer to the request, made through the court.
      const moved =
        rule.stance === "refuses" &&
        /\b(?:responded|answered)\s+with\s+an?\s+(?:motion|filing|brief)\s+(?:asking|urging|requesting)\s+(?:the\s+)?(?:court|judge)\s+to\s+$/i.test(
          before,
        ) &&
        /^\s+(?:the|its|their)\s+(?:\S+\s+)?(?:request|demand)/i.test(
          clause.slice((m.index ?? 0) + m[0].length),
        );
      if (
        (REQUESTED.test(before) && !decided.test(before) && !moved) ||
        REQUESTED_OBJECT.test(before) ||
        ADVISED.test(before) ||
        SUGGESTED.test(before) ||
        (/^(?:refusal|rejection|denial|compliance|cooperation)$/i.test(m[0]) &&
          URGED_ANSWER.test(before)) ||
        // "is demanding that Secretary of State Gregg Amore turn over": what was asked of him.
        DEMANDED_THAT.test(before) ||
        // "urged Illinois not to comply": the urging holds the cue's own "to"; "encourage the
        // board to be cautious and not comply": its second infinitive.
        (/^(?:not\s+)?to\s/i.test(m[0]) && URGED_WHOM.test(before)) ||
        (/^not\s/i.test(m[0]) &&
          URGED_TO_AND.test(
            masked.slice(
              Math.max(0, range.start + (m.index ?? 0) - 300),
              range.start + (m.index ?? 0),
            ),
          ))
      )
        continue;
      // The signing in "refused to sign the memorandum" is what was refused.
      const at = range.start + (m.index ?? 0);
      if (agreementRefused && at >= agreementRefused.start && at < agreementRefused.end + 40)
        continue;
      // "if the request meets Nebraska law he would turn the publicly available information
      // over": a promise on a condition, so still open (but "even if" answers firmly).
      if (
        (rule.stance === "complies" || rule.stance === "public-only") &&
        /(?<!\beven\s+)\bif\b[^.;?!\n]{0,160}\b(?:would|will)\b[^.;?!\n]{0,60}$/i.test(before)
      )
        return cueAt(range.start, m, "reviewing", masked);
      // "Don't give private info about Illinois voters to Trump commission": an editorial's
      // imperative, not the state's answer.
      if (
        /^n['’]t\b|^not\b/i.test(m[0]) &&
        /(?:^|[.!?:]\s+|\n\s*|\b[A-Z]{2,}\s+)Do\s*$/.test(before)
      )
        continue;
      // "her dispute with the administration over turning over unredacted voter rolls": what a
      // dispute is about, not its outcome.
      if (DISPUTED_OVER.test(before)) continue;
      // "judge tosses lawsuit to keep state from releasing voter data": what a suit or a bid
      // aims at, not the state's answer.
      if (
        /\b(?:lawsuits?|suits?|bids?|efforts?|attempts?|motions?|petitions?|campaigns?|injunctions?)\s+(?:\w+\s+)?(?:to|seeking\s+to)\s+$/i.test(
          before,
        )
      )
        continue;
      // "telling Minnesota the violence would end if it complied": a condition, not an answer.
      if (/\b(?:if|unless)\s+(?:[\w'’]+\s+){0,3}$/i.test(before)) continue;
      // "what assurances can you give that their information will not be released?": a
      // question, not an answer.
      if (/^[^.!?]*\?/.test(masked.slice(range.start + (m.index ?? 0)))) continue;
      // "has not definitively rejected the request": no refusal (yet).
      if (
        rule.stance === "refuses" &&
        /^(?:reject|refus|declin|den|rebuff)/i.test(m[0]) &&
        /\b(?:not|never|n['’]t)\s+(?:\p{L}+ly\s+)?(?:yet\s+)?$/iu.test(before)
      )
        continue;
      // "Nebraska law prevents Secretary Evnen from acquiescing": what the law bars, not an answer.
      if (
        rule.stance === "complies" &&
        /\b(?:prevent|bar|keep|prohibit|forbid|stop|preclud)\w*\s+(?:[\w'’.]+\s+){0,3}from\s+$/i.test(
          before,
        )
      )
        continue;
      // "to force Maryland to turn over the file", "to compel the release of unredacted data":
      // what someone wants done, not what the state did.
      if (
        rule.stance === "complies" &&
        /\b(?:forc|compel|order|requir|pressur|push|coerc|demand|seek|sought|su(?:e|ing|ed)\b)\w*\s+(?:(?!and\b|but\b)[\w'’.]+\s+){0,4}?(?:to|the)\s+$/i.test(
          before,
        )
      )
        continue;
      // "has given no indication it will comply": no answer yet.
      if (
        rule.stance === "complies" &&
        /\bno\s+(?:indication|sign|word)\s+(?:that\s+|of\s+whether\s+|whether\s+)?(?:[\w'’]+\s+){0,4}$/i.test(
          before,
        )
      )
        continue;
      // "had planned to send the commission a disc": what was planned, not done.
      if (
        rule.stance === "complies" &&
        /\b(?:had|was|were)\s+(?:planned|intended|hoped|expected|meant|set|scheduled|due)\s+to\b/i.test(
          `${before.slice(-30)}${m[0]}`,
        )
      )
        continue;
      // "Even though it's publicly available information": a concession, not the answer.
      if (/\b(?:even\s+though|although|though)\s+(?:[\w'’]+\s+){0,3}$/i.test(before)) continue;
      // "assessing whether or not Ohio was complying": a question, not an answer.
      if (/\bwhether\s+or\s+$/i.test(before)) continue;
      // "her refusal to turn over more complete data", "voters' data may soon be turned over":
      // the giving refused, or only foreseen.
      if (
        rule.stance === "complies" &&
        (/\b(?:refus\w*|declin\w*|fail\w*|reject\w*|unwilling\w*)\s+to\s+$/i.test(before) ||
          /\b(?:may|might|could)\s+(?:soon\s+|still\s+|eventually\s+)?be\s+$/i.test(before))
      )
        continue;
      // "admitted it has no evidence that Vermont is not complying": what is (not) shown, no answer.
      if (SHOWN_THAT.test(before)) continue;
      // "sued Oregon for failing to …": what the suit alleges; but "sued Simon over his refusal
      // to …" is the reporter's own account of the answer.
      if (
        LAWSUIT.test(clause) &&
        ALLEGED.test(before) &&
        !SUED_OVER_REFUSAL.test(`${before}${m[0]}`)
      )
        continue;
      if (LAWSUIT_ES.test(clause) && ALLEGED_ES.test(before)) continue;
      if (rule.stance === "complies" && UNLIKELY.test(before)) continue;
      // "she would have rebuffed a request", "Ohio would have complied if …": what did not happen.
      if (WOULD_HAVE.test(before.slice(-40))) continue;
      // "Jo Lee criticized states that sent their rolls": what other states did, judged.
      if (JUDGED_OTHERS.test(before.slice(-100))) continue;
      // "records that would be made available to the public": what the requester said it would
      // do with the data, no state's answer.
      // (Not "the law requires the information MUST be made publicly available".)
      if (
        rule.stance === "public-only" &&
        (/\b(?:would|will)\s+(?:also\s+|\p{L}+ly\s+)?be\s+made\s+$/iu.test(before.slice(-40)) ||
          REQUESTER_MAKES_PUBLIC.test(before.slice(-160)))
      )
        continue;
      // "They wouldn't even provide information that is public": not even the public part.
      if (rule.stance === "public-only" && NOT_EVEN_GIVING.test(before.slice(-200)))
        return cueAt(range.start, m, "refuses", masked);
      // "A Circuit Court judge refused to block …", "The court wrote, “… we decline …”": the
      // court's act or words, not the state's answer.
      if (
        COURT_ACTS.test(before) ||
        COURT_ACTS_ES.test(before) ||
        COURT_GOES_ON.test(before) ||
        // ("Repeated judicial rebuffs in states like Michigan, …": the courts'; not "a judicial
        // filing rejecting the demand", a state's own.)
        (/\bjudicial\s+$/i.test(before) && /^(?:rebuff|reject|refus|denial|rebuk)/i.test(m[0])) ||
        (/^(?:rejection|refusal|denial|rebuke)\b/i.test(m[0]) && COURT_ACT_NAMED.test(before)) ||
        courtSpeaks(clause.slice(0, m.index)) ||
        SUITS_TURNED_DOWN.test(clause.slice(m.index ?? 0))
      )
        continue;
      const after = clause.slice((m.index ?? 0) + m[0].length);
      // "has been providing this data to Interstate Crosscheck": given to another program or
      // body by name, not to the requester.
      if ((rule.stance === "complies" || rule.stance === "public-only") && toOtherRecipient(after))
        continue;
      // "I would just give her a pro tip", "gave the commission a lecture": no data given.
      // (Not "give the department the benefit of the doubt and hand over the list".)
      if (
        rule.stance === "complies" &&
        /\bg[ai]v\w*$/i.test(m[0]) &&
        GIVES_NO_DATA.test(after) &&
        !/\band\s+(?:[\w'’]+\s+){0,2}?(?:hand|comply|send|turn|provide|share|release|give|deliver)\w*/i.test(
          after,
        )
      )
        continue;
      // "maintained that releasing unredacted voter data would pose privacy risks": giving as
      // the subject of what harm it would do, an argument against it.
      if (rule.stance === "complies" && /^\p{L}+ing\b/u.test(m[0]) && HARM_DONE.test(after))
        continue;
      // "have either raised concerns or said they won't comply", "either refused or said they
      // will give only public data": one answer or another for each, so in whole or in part.
      if (rule.stance === "refuses" || rule.stance === "public-only") {
        const lead = masked.slice(Math.max(0, range.start - 160), range.start + (m.index ?? 0));
        const branch = EITHER_OR.exec(lead.slice(lead.search(/[^.!?]*$/)));
        if (branch && !SAME_ANSWER[rule.stance].test(branch[1] as string))
          return cueAt(range.start, m, "withholding", masked);
      }
      // "will not comply with at least a portion of the request", "prohibits them from turning over
      // some voter information": refused in part.
      if (rule.stance === "refuses" && REFUSED_IN_PART.test(after))
        return cueAt(range.start, m, "withholding", masked);
      // "will send some – but not all – the information": an aside that says in part.
      if (
        rule.stance === "complies" &&
        /^\s+(?:the\s+commission\s+|them\s+|it\s+)?some\s*[–—-]\s*but\s+not\s+all\b/i.test(
          masked.slice(range.start + (m.index ?? 0) + m[0].length),
        )
      )
        return cueAt(range.start, m, "withholding", masked);
      // "has sent a letter to the commission asking for clarification", "I will share my
      // concerns with county officials": no data sent.
      if (
        rule.stance === "complies" &&
        /\b(?:sent|send\w*|submit\w*|deliver\w*|shar\w*)\b/i.test(m[0]) &&
        NOT_DATA_SENT.test(after)
      )
        continue;
      // "the data would only provide a snapshot": something other than the data provided.
      if (
        rule.stance === "complies" &&
        /\bprovid\w*$/i.test(m[0]) &&
        /^\s+(?:an?\s+|the\s+|any\s+|more\s+|no\s+)?(?:snapshot|picture|overview|sense|insight|clarity|answers?|guidance|assurances?|context|explanation|justification|evidence|proof|comment|update)\b/i.test(
          after,
        )
      )
        continue;
      // "will turn over the information if assured …": a condition, so still open.
      // "would only comply with a request to share … with assurance that …": the far condition
      // an "only" announces.
      if (
        rule.stance === "complies" &&
        (CONDITION.test(after) ||
          // (past the clause's end at "but")
          BUT_ONLY_IF.test(masked.slice(range.start + (m.index ?? 0) + m[0].length)) ||
          (/\bonly\s+$/i.test(`${before}${m[0]}`.replace(/\S+$/, "")) && ONLY_WITH.test(after)))
      )
        return cueAt(range.start, m, "reviewing", masked);
      // "will not submit any voter data until the commission provides further information", "will
      // not release any voter information while the lawsuit is pending": held back until then,
      // so still open.
      if (
        rule.stance === "refuses" &&
        /^(?:n['’]t|not|cannot|never)\b/i.test(m[0]) &&
        (UNTIL.test(after) || PENDING.test(after))
      )
        return cueAt(range.start, m, "reviewing", masked);
      // "hasn't sent any information at this time", "is reviewing the request and has not sent
      // anything": not yet, so still open.
      if (
        rule.stance === "refuses" &&
        /\b(?:has|have)\s*$/i.test(before) &&
        /^(?:n['’]t|not)\b/i.test(m[0]) &&
        /\b(?:yet|at this time|so far|thus far|for now|as of)\b|\b(?:is|are)\s+(?:still\s+)?(?:reviewing|considering|studying|weighing)\b/i.test(
          clause,
        )
      )
        return cueAt(range.start, m, "reviewing", masked);
      // The article's own "partly" is public data only; "will not or only partially" stays vague.
      if (rule.stance === "withholding" && partialMeansPublic && !/\bor\b/i.test(m[0]))
        return cueAt(range.start, m, "public-only", masked);
      // "We are looking carefully at what the law allows": still working out what it may give.
      const working =
        rule.stance === "public-only" && /^what\b/i.test(m[0])
          ? /\b(?:look\w*|review\w*|examin\w*|stud(?:y|ies|ying)|consider\w*|assess\w*|weigh\w*|determin\w*|figur\w*\s+out)\s+(?:\p{L}+ly\s+)?(?:at\s+|into\s+)?$/iu.exec(
              before,
            )
          : null;
      if (working) {
        const at = range.start + (m.index ?? 0);
        return trimmed(masked, at - (before.length - working.index), at + m[0].length, "reviewing");
      }
      // "saying that it does not have a publicly available roll", "has no statewide public
      // list": a reason with no public data in it.
      if (
        rule.stance === "public-only" &&
        /\b(?:(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+have\s+(?:a|any)|(?:has|have|had)\s+no|there\s+(?:is|are|was|were)\s+no)\s+(?:[\p{L}-]+\s+)?$/iu.test(
          before,
        )
      )
        continue;
      // "in an attempt to collect non-public voter files": what is sought, no answer.
      if (
        rule.stance === "public-only" &&
        /^non-?public$/i.test(m[0]) &&
        /\b(?:collect\w*|obtain\w*|seek\w*|sought|demand\w*|access)\s+(?:the\s+|their\s+|its\s+)?$/i.test(
          before,
        )
      )
        continue;
      // "to prevent the DOJ from obtaining voters' data from the nonpublic voter file": what is
      // sought or kept from it, no answer.
      if (
        rule.stance === "public-only" &&
        /^non-?public$/i.test(m[0]) &&
        /\b(?:obtain|prevent|stop|block|collect)\w*\b[^.;]{0,80}$/i.test(before)
      )
        continue;
      // "rejected demands that Michigan turn over non-public information": what was demanded, no
      // answer in itself (the rejection may be one).
      if (
        rule.stance === "public-only" &&
        /^non-?public$/i.test(m[0]) &&
        DEMANDED_OR_REFUSED.test(before.slice(-120))
      )
        continue;
      // "shared a non-public voter list": the private data handed over, not kept back.
      if (
        rule.stance === "public-only" &&
        /^non-?public$/i.test(m[0]) &&
        (HANDED_OVER.test(before.slice(-80)) || HANDED_OVER.test(after.slice(0, 80))) &&
        !new RegExp(
          `${NOT}|\\bonly\\b|\\bwithh[oe]ld|\\bprotect|\\bexcept|\\bwithout\\b|\\black`,
          "i",
        ).test(clause)
      )
        return cueAt(range.start, m, "complies", masked);
      // "agreed to produce off-the-shelf records, such as policies, procedures and manuals":
      // papers about how the rolls are kept, not the rolls.
      // ("records, such as policies and manuals" are papers; "the records, following guidance"
      // are the rolls.)
      const papers = PAPERS.exec(after.slice(0, 70));
      const rollsFirst = papers
        ? after
            .slice(0, papers.index)
            .replace(/\brecords?,?\s+(?:such\s+as|including|like)\s+[^.;]*$/i, "")
        : "";
      if (rule.stance === "complies" && papers && !ROLLS.test(rollsFirst)) continue;
      // "had initially signed an agreement, then reversed course": the later answer stands.
      if (rule.stance === "complies" && /\b(?:initially|originally|at\s+first)\s+$/i.test(before)) {
        const reversal = REVERSAL.exec(after);
        if (reversal) {
          const at =
            (m.index ?? 0) +
            m[0].length +
            reversal.index +
            reversal[0].indexOf(reversal[1] as string);
          return trimmed(
            masked,
            range.start + at,
            range.start + at + (reversal[1] as string).length,
            "refuses",
          );
        }
      }
      // "will hand over everything the commission asked for except Social Security numbers":
      // all but the private fields, which is the public part.
      const allBut = rule.stance === "complies" ? ALL_BUT_PRIVATE.exec(after) : null;
      if (allBut) {
        const at = range.start + (m.index ?? 0);
        return trimmed(masked, at, at + m[0].length + allBut[0].length, "public-only");
      }
      // "had given the department its public list", "would provide the public portion of its
      // rolls": what was given is the public part.
      if (
        rule.stance === "complies" &&
        (/\bpublic(?:ly)?\b/i.test(m[0]) ||
          /^\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?public(?:ly\s+available)?\s+(?:portions?|parts?|lists?|files?|records?|data|information|voter|rolls?)\b/i.test(
            after,
          ))
      ) {
        // (The words from the giving to what was given: "would provide the public portion".)
        const given = /\bpublic(?:ly)?(?:\s+available)?(?:\s+[\w'’-]+)?/i.exec(`${m[0]}${after}`);
        const at = range.start + (m.index ?? 0);
        return trimmed(
          masked,
          at,
          at + (given?.index ?? 0) + (given?.[0].length ?? 0),
          "public-only",
        );
      }
      // "has turned over no data": nothing given; "has yet to comply": not yet.
      if (rule.stance === "complies" && /^\s+(?:no|none|nothing)\b/i.test(after))
        return cueAt(range.start, m, "refuses", masked);
      if (rule.stance === "complies" && /\byet\s+to\b/i.test(m[0]))
        return cueAt(range.start, m, "reviewing", masked);
      // "made no guarantee he will comply", "without any promise it would": not yet decided.
      const unpromised = rule.stance === "complies" ? NO_PROMISE.exec(before) : null;
      if (unpromised) {
        const at = range.start + (m.index ?? 0);
        return trimmed(
          masked,
          at - (before.length - unpromised.index),
          at + m[0].length,
          "reviewing",
        );
      }
      // "Officials have urged states to run their rolls through SAVE. Texas has complied": a bare
      // compliance answers the urging just before it, which was not for the rolls.
      if (
        rule.stance === "complies" &&
        /compl\w*$/i.test(m[0]) &&
        !/^\s+with\b/i.test(after) &&
        OTHER_ASK.test(masked.slice(Math.max(0, range.start - 300), range.start))
      )
        continue;
      // "was to have been delivered today": planned, not done.
      if (rule.stance === "complies" && /\b(?:was|were)\s+to\s+$/i.test(before)) continue;
      // "refusing to turn over public voter data": even the public part is refused.
      if (
        rule.stance === "public-only" &&
        /\b(?:refus\w*|declin\w*)\s+to\s+(?:turn\s+over|hand\s+over|provide|share|give|release|send)\s+(?:even\s+|any\s+|the\s+)?$/i.test(
          before,
        )
      )
        return cueAt(range.start, m, "refuses", masked);
      // "has not responded to the request to join a call": another request left unanswered.
      if (rule.stance === "no-report" && NOT_THE_REQUEST.test(after)) continue;
      if (rule.stance !== "refuses") return cueAt(range.start, m, rule.stance, masked);
      // What is refused, up to a reason given for it ("…, saying they are protected by law").
      const object =
        clause
          .slice(m.index, m.index + m[0].length + 80)
          .split(
            /[;.]|\bbut\b|\bsaying\b|\bbecause\b|\bciting\b|\b(?:arguing|warning|noting|stressing|explaining|adding|claiming|contending|insisting)\b|\bon\s+the\s+grounds\b/,
          )[0] ?? "";
      const near = clause.slice(m.index, m.index + m[0].length + 40);
      // "Every request I have is ‘please do not send my information’": voters' plea to the
      // official, not the state's answer.
      if (/\bplease\s+(?:do\s+)?$/i.test(before)) continue;
      // "said he was being denied access to the panel's records": refused, not refusing (not
      // "the request was denied", nor "federal officials were denied access").
      if (
        /^denied$/i.test(m[0]) &&
        /\b(?:he|she|I|we)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|would\s+be|will\s+be|got|gets|get)\s+(?:being\s+)?(?:\p{L}+ly\s+)?$/iu.test(
          before,
        ) &&
        /^\s+(?:[\p{L}-]+\s+)?access\b/iu.test(near.slice(m[0].length))
      )
        continue;
      // "did not immediately provide a comment" is about the reporter's call, not the data.
      if (NOT_ABOUT_DATA.test(near)) continue;
      if (PRESS_OBJECT.test(near.slice(m[0].length))) continue;
      // "They're saying don't send us anything": the requester's word to the state, not its answer.
      // ("does not allow us to release" is the state's own keeping back.)
      if (
        /(?:send|sent|give|gave|hand|provide|share|turn)\w*$/i.test(m[0]) &&
        /^\s+(?:us|me)\b/i.test(near.slice(m[0].length))
      )
        continue;
      // "rejected claims of fraud", "denied that": a refusal of something other than the request.
      if (NOT_THE_REQUEST.test(near.slice(m[0].length))) continue;
      // "refuses to perpetuate the myth that fraud played a role": to do something other than
      // give the data, and about something other than the rolls or the request.
      if (/^refus/i.test(m[0]) && otherDeed(clause.slice(m.index + m[0].length))) continue;
      // "did not comply with a Monday deadline": late, not a refusal, so still open.
      if (
        /^\s+with\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?deadline\b/i.test(
          near.slice(m[0].length),
        )
      )
        return cueAt(range.start, m, "reviewing", masked);
      // "can't share other states' data with the federal government": data it holds for others.
      if (/^\s+(?:the\s+)?other\s+states['’]?\s/i.test(near.slice(m[0].length))) continue;
      // "submitting data in a manner that did not comply with state law": whether something is
      // lawful, not a refusal of the request.
      if (
        /\bcompl/i.test(m[0]) &&
        /^\s+with\s+(?:(?:state|federal|the|its|their|[\w’']+['’]s?)\s+){0,2}(?:laws?|statutes?|constitution|rules?|regulations?)\b/i.test(
          near.slice(m[0].length),
        )
      )
        continue;
      // "can't currently provide a copy": not for now, so still open.
      if (/^(?:n['’]t|not|cannot)\s+(?:currently|presently|yet)\b/i.test(m[0]))
        return cueAt(range.start, m, "reviewing", masked);
      // "did refuse to sign a memorandum …": the agreement turned down, which yields to data
      // the clause says the state handed over all the same.
      if (
        /^\s+to\s+sign\s+(?:an?|the|its|any)\s+(?:[\w'’-]+\s+){0,2}?(?:memorandum|MOU|agreement)\b/i.test(
          near.slice(m[0].length),
        )
      ) {
        const cue = cueAt(range.start, m, "refuses", masked);
        agreementRefused ??= cue && { ...cue, weak: true };
        continue;
      }
      // "Michigan is not required to provide …": what the law or a court says, not an answer.
      if (/^not\s+(?:legally\s+)?(?:required|obligated|obliged|compelled)\s+to\b/i.test(m[0]))
        continue;
      // "will not share voters' Social Security information", "declined to give sensitive voter
      // data": only the non-public part is kept back.
      const partial = PARTIAL.exec(object) ?? SENSITIVE_OBJECT.exec(object);
      // "confidential information, such as … Social Security numbers, will not be provided": the
      // passive's subject is what is kept back.
      const passive = /^(?:n['’]t|not)\s+be\s+\w+/i.test(m[0]) || /\bnot\s+be\s+$/i.test(before);
      const subject = passive ? PARTIAL.exec(clause.slice(0, m.index)) : null;
      if (!partial && subject) {
        const at = subject.index ?? 0;
        return keptBack(
          trimmed(masked, range.start + at, range.start + m.index + m[0].length, "public-only"),
        );
      }
      // "requesting voter lists, including social security numbers, which Oregon did not
      // provide": the relative clause's antecedent is what is kept back.
      const antecedent =
        !partial && !subject && /\bnot\b|n['’]t\b/i.test(m[0])
          ? KEPT_ANTECEDENT.exec(before)
          : null;
      if (antecedent) {
        const at = Math.max(range.start, range.start + m.index - before.length + antecedent.index);
        return keptBack(trimmed(masked, at, range.start + m.index + m[0].length, "public-only"));
      }
      if (partial) {
        const end = m.index + (partial.index ?? 0) + partial[0].length;
        return keptBack(trimmed(masked, range.start + m.index, range.start + end, "public-only"));
      }
      // "will not give the commission all of the data": only part is kept back, unspecified (not
      // "will not grant the request for a list of all voters").
      // ("refused to turn over all the information", but "refused to hand over full lists" is
      // the whole request turned down.)
      const notAll = /\bnot\b|n['’]t\b/i.test(m[0])
        ? /^\S[^,]*?\b(?:(?<!\b(?:at|of)\s)all|full|entire|everything)\b/i.exec(object)
        : /^(?:refus|declin|cannot)\S*\s+(?:to\s+)?(?:\S+\s+){0,3}?all\s+(?:of\s+)?the\s+(?:[\w'’-]+\s+)?(?:information|data|records|fields)\b/i.exec(
            object,
          );
      if (notAll) {
        return trimmed(
          masked,
          range.start + m.index,
          range.start + m.index + notAll[0].length,
          "withholding",
        );
      }
      // ("A federal judge dismissed the suit, saying the department is not entitled to the
      // information": the court's reason, no state's.)
      if (
        rule.ofRequester &&
        COURT_REASONS.test(masked.slice(range.start, range.start + (m.index ?? 0)))
      )
        continue;
      const cue = cueAt(range.start, m, rule.stance, masked);
      return cue && rule.ofRequester ? { ...cue, ofRequester: true } : cue;
    }
  }
  return agreementRefused;
}

const ABOUT_THE_REQUEST =
  /\b(?:voters?|rolls?|lists?|files?|data|registration|records?|info(?:rmation)?|requests?|demands?|commission|panel|department|DOJ|letters?|orders?|subpoenas?|memorand\w*|MOUs?|agreements?|part|along)\b/i;

/**
 * "to perpetuate the myth …", "to be named", "to testify": a refusal to lend words or weight to a
 * story (a myth, a claim, a narrative), or to do something of one's own, that names no data or
 * request. Any other deed refused ("refused to budge", "to play ball", "to let the federal
 * government have it") stays a refusal of the request.
 */
function otherDeed(after: string): boolean {
  if (!OTHER_DEED.test(after)) return false;
  // ("the myth of voter fraud" is no voter data, nor is "roll back" the rolls.)
  return !ABOUT_THE_REQUEST.test(
    after.slice(0, 80).replace(/\bvoter\s+fraud\b|\broll\s+back\b/gi, ""),
  );
}
const OTHER_DEED =
  /^\s+to\s+(?:be\s+(?:named|identified|quoted|interviewed|photographed)\b|(?:testify|appear|attend|resign|concede|roll\s+back|weaken|undo)\b|(?:perpetuate|spread|repeat|amplify|dignify|entertain|legitimi[sz]e|validate|endorse)\b|(?:[\w'’-]+\s+){1,4}?(?:myths?|claims?|narratives?|lies|conspirac\w*|falsehoods?|theor(?:y|ies))\b)/i;

function cueAt(offset: number, m: RegExpMatchArray, stance: Stance, masked: string): Cue | null {
  const at = m.index ?? 0;
  const cue = trimmed(masked, offset + at, offset + at + m[0].length, stance);
  return cue && WEAK.test(m[0]) ? { ...cue, weak: true } : cue;
}

const keptBack = (cue: Cue | null): Cue | null => cue && { ...cue, keptBack: true };

function trimmed(masked: string, start: number, end: number, stance: Stance): Cue | null {
  let s = start;
  let e = end;
  while (s < e && /[\s:]/.test(masked[s] as string)) s++;
  while (e > s && /[\s:]/.test(masked[e - 1] as string)) e--;
  return e > s ? { start: s, end: e, stance } : null;
}
