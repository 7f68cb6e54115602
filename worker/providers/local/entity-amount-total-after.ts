/**
 * A sum in prose named by the word after its figure, closing the sentence: "…plus VAT at 23% (€585.81),
 * so €2,932.81 total.", "That's £1,240.00 in total.", "$980.00 altogether". The words before such a
 * figure ("so", "that's") name nothing, so the labels read before a figure (see `entity-amount-labels`)
 * miss it; without it the invoice has no total. Only where the word ends the sentence or the line, so
 * that "€400.00 total fees for March", "£90.00 total per visit, …" or a quote's "(… £12,400.00 in total)" stay what they are.
 */
const TOTAL_AFTER = /^[ \t]+(?:in[ \t]+total|total|altogether|all[ \t]+in|in[ \t]+all)[ \t]*(?:[.!;]|$)/iu;

/** Whether `after`, the rest of the line behind a figure, names that figure the total. */
export function totalAfterFigure(after: string): boolean {
  return TOTAL_AFTER.test(after);
}
