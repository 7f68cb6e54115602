/**
 * The header of an earlier message quoted under a reply, as mail programs print it without ">" quoting:
 * "-----Original Message-----" (Outlook), "-----Mensaje original-----", "-----Message d'origine-----",
 * "-----Ursprüngliche Nachricht-----", then "From: Lucía Ortega" or "De: ..." with no mail address. Whoever
 * wrote that message is a mail's sender, as a header line with an address is ("From: Bram <bram@...>"): the
 * weakest claim to be a party, which a signature's or a letterhead's firm outranks. Forwarded messages are not
 * read so: a forwarded invoice's sender is its vendor.
 */

/** The separator of a quoted earlier message, in the languages mail programs print it. */
const ORIGINAL_MESSAGE =
  /^[ \t]*-{2,}[ \t]*(?:original\s+message|mensaje\s+original|message\s+d['’]origine|ursprüngliche\s+nachricht|messaggio\s+originale|mensagem\s+original|oorspronkelijk\s+bericht|originalmeddelande|oprindelig\s+meddelelse|opprinnelig\s+melding)[ \t]*-{2,}[ \t]*$/iu;

/** Whether the line holding `offset` belongs to the header block right under such a separator (no blank line between). */
export function inQuotedHeader(text: string, offset: number): boolean {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  // Up the block: at most a dozen header lines, none blank.
  for (let lines = 0; start > 0 && lines < 12; lines += 1) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(above, start - 1);
    if (ORIGINAL_MESSAGE.test(line)) return true;
    if (!line.trim()) return false;
    start = above;
  }
  return false;
}
