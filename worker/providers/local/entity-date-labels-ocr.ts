/**
 * Date labels as a poor scan reads them, which the letter folding of `entity-ocr` does not mend:
 * an f read for a t ("Dafe:", "Dafe of lnvoice:"), a blank inside the word ("Dat e:") and an O read
 * for a D ("Oue:", "Oue Date:"). A reader sees "Date" and "Due" in them. The split and the O-for-D forms
 * count only before a colon or with "date" after them, so that no ordinary word ("data e", "queue") reads as one.
 * Plain source patterns: `keywords` folds them.
 */
import { WORD_END } from './entity-text';

export const OCR_DUE_LABELS = [`oue\\s+date${WORD_END}`, '(?<![\\p{L}])oue(?=[ \\t]*[:：])'];
export const OCR_DATE_LABELS = [`dafe${WORD_END}`, '(?<![\\p{L}])dat[ \\t]e(?=[ \\t]*[:：])'];
