/**
 * Whether a letterhead's short name and a legal name found lower down name one firm: every word of the short
 * name stands for a word of the long one, whole, as the head of a compound ("Houtschaatsen" in "Friese
 * Houtschaatsenmakerij De Swette B.V."), or abbreviated with a stop ("MFG." for "Manufacturing" in "Nickel
 * Basin Core Tray Manufacturing Inc."). Letterheads put the trade's words first or last as they please, so
 * the order is not asked; the long name must have more words than the short one. A trade name sharing no
 * word with the legal name ("Harbour Lights" and "Quayside Leisure Ltd") is another name, not a shortening.
 */

/** Shortest word taken as a compound's head: "Houtschaatsen", not "De" or "Van" before any word. */
const COMPOUND_HEAD_MIN = 4;

function words(name: string): string[] {
  return name.toLowerCase().split(/[ \t]+/u).map((word) => word.replace(/,$/u, '')).filter(Boolean);
}

/** "mfg." for "manufacturing": the letters before the stop, in order in the long word, the first one first. */
function abbreviates(short: string, long: string): boolean {
  if (!/^\p{L}{2,}\.$/u.test(short) || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of short.slice(0, -1)) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return long.length > short.length;
}

function standsFor(short: string, long: string): boolean {
  return short === long || (short.length >= COMPOUND_HEAD_MIN && /^\p{L}+$/u.test(short) && long.startsWith(short)) || abbreviates(short, long);
}

/** Whether each word of `short` stands for a word of its own in `long`, which has more words. */
export function shortensName(short: string, long: string): boolean {
  const wanted = words(short);
  const available = words(long);
  if (wanted.length >= available.length) return false;
  for (const word of wanted) {
    const at = available.findIndex((candidate) => standsFor(word, candidate));
    if (at < 0) return false;
    available.splice(at, 1);
  }
  return true;
}
