/**
 * The net left after a discount, in prose: "Less the 10% start-up discount we agreed, that's €2,547.00
 * plus VAT…", "minus a 5% discount, which leaves £1,140.00". The discount's word is the first keyword
 * before the figure, so the figure would read as the discount itself; the clause after a comma says
 * it is what remains, the net the tax is charged on. Matched on folded text, as the labels are.
 */
import { foldPattern } from './entity-ocr';

const NET_AFTER = new RegExp(
  `,[ \\t]*${foldPattern("(?:that['’]?s|that\\s+is|which\\s+is|which\\s+leaves|leaving|bringing\\s+(?:it|the\\s+net)\\s+(?:down\\s+)?to)")}[ \\t]*(?:[€£$]|[a-z]{3}[ \\t]*)?$`,
  'u',
);

/** Whether the folded words after a discount's keyword, up to the figure, name the figure what is left. */
export function netAfterDiscount(foldedAfterKeyword: string): boolean {
  return NET_AFTER.test(foldedAfterKeyword);
}
