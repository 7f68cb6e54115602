/**
 * The base a tax is charged on, named as such: English "Tax base" (as bilingual invoices of Central and
 * Eastern Europe gloss their own word: "Данъчна основа / Tax base", "Základ dane / Tax base"), Romanian
 * "Baza impozabilă", Polish "Podstawa opodatkowania" (the Bulgarian, Slovak, Croatian and Slovenian words are
 * in entity-labels-more and entity-labels-adriatic-baltic).
 * It is the net, not a tax: ranked with the subtotal labels, which come before the tax labels
 * for a label starting at the same place, so that "Tax base: 9 584,00" is not read as a tax of 9 584,00.
 */
import { WORD_END } from './entity-text';

const E = WORD_END;

export const TAX_BASE_LABELS = [
  `tax(?:able)?\\s+base${E}`,
  `baza\\s+(?:de\\s+)?impozabil[ăa]${E}`,
  `podstawa\\s+opodatkowania${E}`,
];
