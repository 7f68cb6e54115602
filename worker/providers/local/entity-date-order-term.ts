/**
 * A US-dollar document whose numeric dates are all ambiguous reads month first, unless two of them pair as
 * a date and the same day a month later: "08/11/2026 ... 08/12/2026" under "Date  Due" is 8 November and
 * 8 December (a month's term), not 11 and 12 August (a day's). Shipping and trade invoices bill in dollars
 * far from the US. Only a shared first part and second parts one apart, in the same year, count: read
 * month first, that pair would be one day apart, which no invoice gives as a term.
 */
export interface AmbiguousDate {
  first: number;
  second: number;
  year: string;
}

export function monthApartPair(dates: AmbiguousDate[]): boolean {
  const seen = new Set<string>();
  for (const { first, second, year } of dates) {
    if (seen.has(`${first}/${second - 1}/${year}`) || seen.has(`${first}/${second + 1}/${year}`)) return true;
    seen.add(`${first}/${second}/${year}`);
  }
  return false;
}
