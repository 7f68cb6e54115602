/**
 * Lower case that keeps every character at its offset and reads Turkish capitals as their plain copy
 * writes them: "KARADENİZ FINDIK" and "Karadeniz Fındık" are one name. JavaScript lowers "İ" to two
 * characters ("i" and a combining dot) and "I" to "i", never to the dotless "ı"; both dotted and dotless
 * i are read here as "i".
 */
export function caseFolded(text: string): string {
  return text.replace(/İ/gu, 'I').toLowerCase().replace(/ı/gu, 'i');
}
