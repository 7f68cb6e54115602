/**
 * A prepayment asked by a day: "Vorauszahlung bis 14.09.2026", "Vooruitbetaling vóór 30-06-2026", "Prepayment
 * by 30 June", "Paiement anticipé avant le 12/05", "Pagamento anticipato entro il", "Pago anticipado antes del".
 * An order confirmation or a pro forma asks for its money before the work, and that day is when payment falls
 * due; the due labels knew "payment by" but not the advance's own nouns ("prepayment" is one word, so "payment
 * by" inside it is no word of its own). Only with a word of deadline right after the noun: "Vorauszahlung
 * erhalten am", "Aanbetaling ontvangen op", "prepayment received on" date money that came in, not a request.
 */
import { WORD_END } from './entity-text';

const E = WORD_END;

export const PREPAYMENT_DUE_LABELS = [
  // English: "Prepayment by", "Advance payment required before", "Pre-payment no later than" ("... due" is read as "due").
  `(?:pre-?payment|advance\\s+payment|payment\\s+in\\s+advance)(?:\\s+(?:is\\s+)?(?:due|required|requested|payable))?\\s+(?:by|before|no\\s+later\\s+than|on\\s+or\\s+before)${E}`,
  // German: "Vorauszahlung bis (zum)", "Vorkasse bis", "Vorabzahlung spätestens am".
  `(?:voraus|vorab)zahlung\\s+(?:bis(?:\\s+(?:zum|spätestens))?|vor\\s+dem|spätestens(?:\\s+am)?)${E}`, `vorkasse\\s+(?:bis(?:\\s+zum)?|spätestens(?:\\s+am)?)${E}`,
  // French: "Paiement anticipé avant le", "Règlement d'avance au plus tard le".
  `(?:paiement|règlement|versement)\\s+(?:anticipé|d['’]avance|par\\s+anticipation)\\s+(?:avant(?:\\s+le)?|au\\s+plus\\s+tard(?:\\s+le)?)${E}`,
  // Italian: "Pagamento anticipato entro il", "Pagamento anticipato prima del".
  `pagamento\\s+anticipato\\s+(?:entro(?:\\s+il)?|prima\\s+del)${E}`,
  // Spanish: "Pago anticipado antes del", "Pago por adelantado hasta el".
  `pago\\s+(?:anticipado|por\\s+adelantado)\\s+(?:antes\\s+del?|hasta\\s+el|a\\s+más\\s+tardar\\s+el)${E}`,
  // Dutch: "Vooruitbetaling vóór", "Vooruitbetaling uiterlijk (op)".
  `vooruitbetaling\\s+(?:vóór|voor|uiterlijk(?:\\s+op)?)${E}`,
  // Portuguese: "Pagamento antecipado até".
  `pagamento\\s+antecipado\\s+(?:até|antes\\s+de)${E}`,
  // Nordic and Polish: "Förskottsbetalning senast", "Forudbetaling senest", "Forskuddsbetaling innen", "Przedpłata do".
  `förskottsbetalning\\s+(?:senast|före)${E}`, `forudbetaling\\s+(?:senest|inden)${E}`, `forskuddsbetaling\\s+(?:senest|innen)${E}`, `przedpłata\\s+(?:do|przed)${E}`,
];
