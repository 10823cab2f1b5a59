// The words that name bodies outside government, shared by the readers that must tell a group's
// people and projects from a state's officials and acts.

/** The last word of a group's name: "Campaign Legal Center", "League of Women Voters". */
export const GROUP_NAME_WORDS =
  "Cent(?:er|re)|League|Union|Project|Institute|Coalition|Foundation|Association|Alliance|Network|Society|Fund";

/** What a text calls a body or programme in lower case: "a Kansas initiative", "a nonprofit". */
export const BODY_KINDS =
  "initiative|program|programme|project|company|firm|group|nonprofit|organization";
