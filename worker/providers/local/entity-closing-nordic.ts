/**
 * Closings of letters and mails in the Nordic and Central European languages, for entity-closing: a
 * Danish sole trader signs "Mange hilsner / best regards", a Czech or Polish clerk "S pozdravem",
 * "Z poważaniem". Without them the signature under such a closing was not read as one (so the vendor
 * came from the greeting at the top, or from nowhere). Each is a fixed formula, alone on its line (the
 * bilingual "X / Y" form is handled by CLOSING itself), so it cannot be mistaken for a name.
 */
export const NORDIC_AND_CENTRAL_CLOSINGS: readonly string[] = [
  // Danish / Norwegian: "Med venlig hilsen", "Venlig hilsen", "Mange hilsner", "Med vennlig hilsen", "Hilsen".
  '(?:med\\s+)?(?:venlig(?:st)?|vennlig(?:st)?|mange|beste|kærlig|kjærlig)\\s+hils(?:en|ner)', 'hilsen',
  // Swedish: "Med vänliga hälsningar", "Vänliga hälsningar", "Hälsningar", "Mvh".
  '(?:med\\s+)?(?:vänliga|vänlig|bästa)\\s+hälsning(?:ar)?', 'hälsningar', 'mvh',
  // Finnish: "Ystävällisin terveisin", "Terveisin".
  '(?:ystävällisin\\s+)?terveisin',
  // Czech / Slovak / Polish / Croatian / Slovene: "S pozdravem", "S pozdravom", "Z poważaniem", "Pozdrawiam", "Srdačan pozdrav", "S poštovanjem", "Lep pozdrav".
  's\\s+pozdravem', 's\\s+pozdravom', 'z\\s+poważaniem', '(?:serdecznie\\s+)?pozdrawiam', '(?:srdačan|lep|lijep)\\s+pozdrav', 's\\s+poštovanjem',
];
