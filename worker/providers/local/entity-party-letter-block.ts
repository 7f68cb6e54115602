/**
 * A letter's inside address as English and French letters write it (read by `windowAddressCustomer`):
 * the date alone between the letterhead and the address block, a contact over the organisation's name,
 * and a street without a number over the town:
 *
 *   Niamh Carberry Consulting                 letterhead
 *   4 Pery Square, Limerick V94 K2T8
 *
 *   9 November 2026                           the date, alone: no block of an address
 *
 *   Ms Orla Hennessy, Operations Manager      a contact: the person and their job
 *   Shannonside Credit Union                  the customer
 *   O'Connell Street, Limerick                a street and its town
 */
import { JOB_TITLE, ROLE_OR_DEPARTMENT } from './entity-party-names';
import type { Line } from './entity-text';

/**
 * A date alone on its line, perhaps after the town the letter is written in: "9 November 2026",
 * "November 9, 2026", "Rennes, le 5 novembre 2026", "19/05/2026".
 */
const DATE_ALONE =
  /^[ \t]*(?:\p{Lu}[\p{L}'’ -]{1,30},[ \t]*(?:le[ \t]+|den[ \t]+)?)?(?:\d{1,2}(?:st|nd|rd|th|er)?\.?[ \t]+\p{L}{3,}\.?,?[ \t]+\d{4}|\p{L}{3,}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[ \t]*$/u;

/** A block that is a date alone, which a letter sets between its letterhead and the address block. */
export function isDateBlock(block: Line[] | undefined): boolean {
  return block?.length === 1 && DATE_ALONE.test(block[0]?.text ?? '');
}

/** "The Social Secretary", "The Bursar": an office of the organisation, "The" and a job's last word. */
const OFFICE_HOLDER = /^the[ \t]+(?:\p{L}+[ \t]+){0,2}(?<job>\p{L}+)$/iu;

/**
 * A contact heading an address block over the organisation: a person and their job after a comma
 * ("Ms Orla Hennessy, Operations Manager"), an office holder ("The Social Secretary") or a department
 * ("Accounts Payable"). Not "The Mallard Tearoom", whose last word is no job.
 */
export function isContactLine(line: string): boolean {
  const text = line.trim();
  const comma = text.indexOf(',');
  if (comma > 0 && JOB_TITLE.test(text.slice(comma + 1).trim())) return true;
  if (ROLE_OR_DEPARTMENT.test(text)) return true;
  const job = OFFICE_HOLDER.exec(text)?.groups?.job;
  return job !== undefined && JOB_TITLE.test(job);
}

/** "O'Connell Street, Limerick", "4 Pery Square, Limerick V94 K2T8": a street, its number first if any, then its town after a comma. */
const STREET_THEN_TOWN = /^[ \t]*(?:\d{1,4}[a-z]?[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?[ \t](?:Street|Road|Avenue|Lane|Square|Quay|Terrace|Place|Parade)[ \t]*,[ \t]*\p{Lu}\p{L}+/u;

export function isStreetThenTown(line: string): boolean {
  return STREET_THEN_TOWN.test(line);
}
