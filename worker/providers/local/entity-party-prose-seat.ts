/**
 * A formal sentence that issues an invoice may say where its issuer sits between the issuer and the
 * customer: "issued on 15 June 2026 by Acme Sails A.Ş. of Kaleiçi Marina, Antalya, to Blue Water Ltd for
 * ...", "issued by Hollin & Sons Ltd of 4 Mill Lane, Leeds, to ...". The seat is a place, set off by
 * commas after "of"; it belongs to neither name. Only with the comma that closes it, so "issued by Bank of
 * Scotland to ..." keeps "of" inside the name it is part of.
 */

/** "of" and a capitalised place, perhaps its town (or a street's number first), closed by a comma. Blanks as `[ \t]`. */
export const ISSUER_SEAT = '(?:[ \\t]+of[ \\t]+[\\p{Lu}\\d][^\\n,;()]{0,40}(?:,[ \\t]*\\p{Lu}[^\\n,;()]{0,30}){0,2},)';
