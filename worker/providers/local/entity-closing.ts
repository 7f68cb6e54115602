/**
 * A mail's or letter's closing ("Kind regards,", "Mit freundlichen Grüßen", "Bien cordialement"): what
 * follows it is the signature (read in entity-signature), never the letterhead (entity-letterhead).
 */
/** A mail's or letter's closing, alone on its line, or the "-- " that opens a signature; bilingual too ("Met vriendelijke groet / Kind regards,"). */
import { NORDIC_AND_CENTRAL_CLOSINGS } from './entity-closing-nordic';

const CLOSING_WORDS = `(?:--\\s*|(?:with\\s+)?(?:(?:kind|best|warm|warmest|many|kindest)\\s+)?(?:regards|wishes|thanks|thank\\s+you|cheers|sincerely|best)(?:\\s+(?:so\\s+much|very\\s+much|a\\s+lot|again|in\\s+advance|as\\s+always|as\\s+ever))?|yours(?:\\s+(?:sincerely|faithfully|truly))?|${[
    'mit\\s+freundlichen\\s+grüßen', 'mit\\s+freundlichen\\s+grüssen', 'freundliche\\s+grüße', 'viele\\s+grüße', 'beste\\s+grüße', 'mfg',
    // Warmer closings of sole traders' letters: "Mit besten Grüßen", "Herzliche Grüße", "Belle journée à vous", "Met hartelijke groet", "Warmly".
    'mit\\s+(?:besten|herzlichen|lieben)\\s+grüßen', '(?:herzliche|liebe)\\s+grüße', '(?:belle|bonne)\\s+journée(?:\\s+à\\s+vous)?', '(?:bien\\s+)?amicalement',
    '(?:met\\s+)?(?:hartelijke|warme)\\s+groet(?:en)?', 'warmly',
    'cordialement', 'bien\\s+cordialement', 'salutations(?:\\s+distinguées)?', 'bien\\s+à\\s+vous',
    'cordiali\\s+saluti', 'distinti\\s+saluti', 'saluti', 'un\\s+saluto',
    'saludos(?:\\s+cordiales)?', 'atentamente', 'un\\s+saludo',
    'met\\s+vriendelijke\\s+groet(?:en)?', 'vriendelijke\\s+groet(?:en)?', 'groeten',
    // Welsh: "Diolch" (thanks), "Diolch yn fawr", "Cofion gorau" (best regards).
    'diolch(?:\\s+yn\\s+fawr)?', 'cofion(?:\\s+(?:gorau|cynnes))?',
    // Irish: "Go raibh maith agat" (thank you), "Go raibh míle maith agaibh", "Le meas" (regards), "Le dea-mhéin" (best wishes).
    'go\\s+raibh\\s+(?:míle\\s+)?maith\\s+aga(?:t|ibh)', 'le\\s+(?:gach\\s+)?meas', 'le\\s+dea-mhéin',
    // Maltese: "Grazzi" (thanks), "Grazzi ħafna", "Tislijiet" (regards), "Tislijiet sbieħ", "Dejjem tiegħek".
    'grazzi(?:\\s+ħafna)?', 'tislijiet(?:\\s+sbieħ)?', 'dejjem\\s+tiegħek',
    'atenciosamente', 'cumprimentos', 'com\\s+os\\s+melhores\\s+cumprimentos', 'abraços',
    ...NORDIC_AND_CENTRAL_CLOSINGS,
  ].join('|')})`;
/** A greeting of the writer's own joined to a closing: "Namaste und herzliche Grüße", "Aloha and best wishes". */
const JOINED = '(?:\\p{L}+[ \\t]+(?:und|and|et|e|y|en|og|och)[ \\t]+)?';
export const CLOSING = new RegExp(`^${JOINED}(?:${CLOSING_WORDS}[,.]?[ \\t]*/[ \\t]*)?${CLOSING_WORDS}[,.!]?\\s*$`, 'iu');
