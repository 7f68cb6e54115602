/**
 * A mail's sender who gives only a first name from a personal mailbox ("From: Ros
 * <rosk1978@webmail.example>", signed "Ros") names no vendor: neither a business nor a person's
 * full name is written, so whom the invoice is from is not stated. A one-word name at a business's
 * own domain ("From: Acme <billing@acme.example>") is a trading name and still counts.
 * Checked where mail-header senders are found (entity-parties' `labelled`), so that such a sender is
 * no party for any reader of the party scan.
 */
import type { FoundParty } from './entity-parties';

/** Free and personal mail services: an address there says nothing of a business. */
const PERSONAL_MAILBOX =
  /@(?:g(?:oogle)?mail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|web|webmail|mail|proton(?:mail)?|pm|btinternet|sky|virginmedia|talktalk|orange|free|laposte|wanadoo|libero|tiscali|t-online|freenet|online|telenet|ziggo|kpnmail|sapo|terra|yandex|zoho)\.[\p{L}.]+>?/iu;

/** One capitalised word, a given name: "Ros", "Jo", "Marek". */
const ONE_WORD_NAME = /^\p{Lu}[\p{Ll}'’-]{1,14}$/u;

/** Whether `party` is a mail header's sender known only by a first name, writing from a personal mailbox. */
export function firstNameOnlySender(text: string, party: FoundParty): boolean {
  if (!party.mailHeader || party.role !== 'vendor' || !ONE_WORD_NAME.test(party.name)) return false;
  const lineEnd = text.indexOf('\n', party.start);
  return PERSONAL_MAILBOX.test(text.slice(party.start, lineEnd < 0 ? undefined : lineEnd));
}
