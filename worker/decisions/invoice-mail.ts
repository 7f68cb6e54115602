/**
 * Invoices pasted into e-mail: the quoted earlier message ("> ...") is history, not the invoice,
 * and the mail header's date is when the mail was sent, not when the invoice was issued.
 */

const QUOTED_LINE = /^[ \t]*>.*$/gmu;
const HAS_QUOTED_LINE = /^[ \t]*>/mu;
const AMOUNT_HINT = /\d[.,]\d{2}(?!\d)/u;

/**
 * The text with quoted lines blanked out (offsets kept), when the message outside the quotes
 * states amounts of its own; a reply that only quotes the invoice keeps its quotes.
 */
export function withoutQuotedReply(text: string): string {
  if (!HAS_QUOTED_LINE.test(text)) return text;
  const blanked = text.replace(QUOTED_LINE, (line) => ' '.repeat(line.length));
  return AMOUNT_HINT.test(blanked) ? blanked : text;
}

/** "Date: Tue, 8 Apr 2025 10:12:44 +0100", "Sent: 3 March 2025 09:14": a header with a time of day. */
const MAIL_HEADER_DATE = /^[ \t]*(?:date|sent|datum|gesendet|envoyé|enviado|inviato|verzonden|data|enviada)[ \t]*:[^\n]*\d{1,2}:\d{2}/iu;

/** "On 1 Apr 2025, at 16:20, Marta Ruiz <...> wrote:", "Am 01.04.2025 schrieb ...": the line above a quote. */
const QUOTE_INTRO = /^[ \t>]*(?:on|am|le|el|il|op|em)\s[^\n]*(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|escreveu)\s*:?\s*$/iu;

/** "Date: 3 March 2026" without a time: a mail's date only inside a mail header (see below). */
const DATE_FIELD = /^[ \t]*(?:date|sent|datum|gesendet|envoyé|enviado|inviato|verzonden|data|enviada)[ \t]*:/iu;
/** A header's subject line, or its sender or recipient given as an address: what only a mail header has. */
const MAIL_HEADER_MARK =
  /^[ \t]*(?:(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto)[ \t]*:|(?:from|to|cc|von|an|de|à|para|da|a|van|aan)[ \t]*:[^\n]*[\w.-]+@[\w-]+\.[\w.-]+)/imu;

/** The block of non-blank lines around `offset`. */
function blockAround(text: string, offset: number): string {
  const before = text.slice(0, offset).search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/u);
  const start = before < 0 ? 0 : before + 1;
  const after = /\n[ \t]*\n/u.exec(text.slice(offset));
  return text.slice(start, after ? offset + after.index : text.length);
}

/**
 * Whether `offset` stands on a mail header line with a time of day, on a "Date:" line of a header
 * block that has a subject or a mail address ("From: ..." / "To: x@y" / "Date: 3 March 2026" /
 * "Subject: ..."), or on the line that introduces a quote.
 */
export function onMailHeader(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  if (MAIL_HEADER_DATE.test(line) || QUOTE_INTRO.test(line)) return true;
  if (DATE_FIELD.test(line) && MAIL_HEADER_MARK.test(blockAround(text, lineStart))) return true;
  // Two header fields flattened onto one line ("To: x@y.co.uk  Date: Wed, 11 Mar 2026 08:02:17"): the date's own column.
  const gap = line.slice(0, offset - lineStart).search(LAST_COLUMN_GAP);
  return gap > 0 && MAIL_HEADER_MARK.test(line) && MAIL_HEADER_DATE.test(line.slice(gap));
}

/** The last gap of two blanks or a tab on a line, before the column that follows it. */
const LAST_COLUMN_GAP = /(?: {2,}|\t)(?=\S[^\t]*$)(?![^\n]* {2,})/u;
