/**
 * A mail to a firm greets its people: "Hi Ridgeview Cider Works team,", "Hello folks at Prairie Crumb
 * Bakery,", "Hi everyone at Harlow Bay Sailing Club,". The firm so greeted is the one billed. Read only
 * where nothing else names the customer, and only where the greeted name reads as a firm's: three
 * capitalised words or more, or two whose letters the mail's recipient address carries
 * ("Hi Larch Lettings team," with "To: accounts@larchlettings.co.uk"). "Hi Larchvale team," (one word,
 * the short name a firm's friends use) and "Hi Accounts team," (an office) name no customer here.
 */
import type { FoundParty } from './entity-parties';
import { ROLE_OR_DEPARTMENT } from './entity-party-names';

const GREETING = '(?:hi|hello|hey|dear|good[ \\t]+(?:morning|afternoon))';
const PEOPLE = '(?:team|folks|crew|everyone|all|people)';
/** A capitalised word of a name, or a particle inside it ("of", "&", "and"). */
const NAME = "\\p{Lu}[\\p{L}'’&.-]*(?:[ \\t]+(?:(?:of|and|&|the)[ \\t]+)?\\p{Lu}[\\p{L}'’&.-]*)*";
const TEAM_AFTER = new RegExp(`^[ \\t]*${GREETING}[ \\t]+(?:the[ \\t]+)?(?<name>${NAME})[ \\t]+${PEOPLE}[ \\t]*[,!:]?[ \\t]*$`, 'imu');
const PEOPLE_AT = new RegExp(`^[ \\t]*${GREETING}[ \\t]+${PEOPLE}[ \\t]+(?:at|of|from)[ \\t]+(?:the[ \\t]+)?(?<name>${NAME})[ \\t]*[,!:]?[ \\t]*$`, 'imu');
/** The recipient of a mail header: "To: accounts@ridgeviewcider.com". */
const RECIPIENT = /^[ \t]*(?:to|an|à|aan|a|para)[ \t]*:[^\n@]*@(?<domain>[\w.-]+)/imu;

function capitalised(name: string): number {
  return (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
}

/** Whether the recipient's domain holds the name's words run together ("Larch Lettings" in "larchlettings.co.uk"). */
function recipientCarries(text: string, name: string): boolean {
  const domain = RECIPIENT.exec(text)?.groups?.domain?.toLowerCase();
  const joined = name.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  return !!domain && joined.length >= 6 && domain.replace(/[^\p{L}\d]/gu, '').includes(joined);
}

export function teamGreetingCustomer(text: string): FoundParty[] {
  for (const pattern of [TEAM_AFTER, PEOPLE_AT]) {
    const match = pattern.exec(text);
    const name = match?.groups?.name?.trim();
    if (!match || !name || ROLE_OR_DEPARTMENT.test(name)) continue;
    const words = capitalised(name);
    if (words < 2 || (words < 3 && !recipientCarries(text, name))) continue;
    const start = match.index + match[0].indexOf(name);
    return [{ role: 'customer', name, start, end: start + name.length, text: match[0].trim() }];
  }
  return [];
}
