/**
 * Given names reporters shorten ("Mike Haas" for Michael Haas), both ways, so a short form before
 * a surname the sources give in full is not a different person.
 */
const SHORT_NAMES: [string, string[]][] = [
  ["michael", ["mike", "mick"]],
  ["thomas", ["tom", "tommy"]],
  ["william", ["bill", "will", "billy"]],
  ["robert", ["bob", "rob", "bobby"]],
  ["james", ["jim", "jimmy"]],
  ["john", ["jack", "johnny"]],
  ["richard", ["rick", "dick", "rich"]],
  ["elizabeth", ["liz", "beth", "betsy"]],
  ["katherine", ["kate", "kathy", "katie"]],
  ["christopher", ["chris"]],
  ["alexander", ["alex"]],
  ["daniel", ["dan", "danny"]],
  ["stephen", ["steve"]],
  ["steven", ["steve"]],
  ["joseph", ["joe"]],
  ["jonathan", ["jon"]],
  ["edward", ["ed", "eddie"]],
  ["anthony", ["tony"]],
  ["andrew", ["andy", "drew"]],
  ["nicholas", ["nick"]],
  ["matthew", ["matt"]],
  ["david", ["dave"]],
  ["gregory", ["greg"]],
  ["jeffrey", ["jeff"]],
  ["kenneth", ["ken"]],
  ["ronald", ["ron"]],
  ["donald", ["don"]],
  ["douglas", ["doug"]],
  ["margaret", ["maggie", "peggy"]],
  ["patricia", ["pat", "patty"]],
  ["deborah", ["deb", "debbie"]],
  ["pamela", ["pam"]],
  ["jennifer", ["jen", "jenny"]],
  ["susan", ["sue"]],
  ["timothy", ["tim"]],
  ["benjamin", ["ben"]],
  ["samuel", ["sam"]],
];
const SHORTENED = new Map<string, string[]>();
for (const [full, shorts] of SHORT_NAMES) {
  SHORTENED.set(full, [...(SHORTENED.get(full) ?? []), ...shorts]);
  for (const short of shorts) SHORTENED.set(short, [...(SHORTENED.get(short) ?? []), full]);
}

/** The other forms of a given name ("michael": mike, mick; "mike": michael), normalised. */
export function shortForms(given: string): string[] {
  return SHORTENED.get(given) ?? [];
}
