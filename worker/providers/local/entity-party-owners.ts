/**
 * A community of owners is named by its building's address: "WEG Hollowmere-Park 4-8", "Comunidad de
 * Propietarios Calle Olmo 14", "VvE Kerkstraat 10-20", "Copropriété 12 rue des Lilas". Its house numbers
 * are part of its name, where a name line elsewhere must hold no figures (see entity-window-address).
 */
const OWNERS_ASSOCIATION =
  /^(?:WEG|Wohnungseigentümergemeinschaft|Eigentümergemeinschaft|Comunidad[ \t]+de[ \t]+Propietarios|VvE|Vereniging[ \t]+van[ \t]+Eigenaars|Copropriété|Syndicat[ \t]+des[ \t]+copropriétaires|Condominio)(?![\p{L}])/u;

/** Whether a name line opens with the word for a community of owners. */
export function isOwnersAssociation(name: string): boolean {
  return OWNERS_ASSOCIATION.test(name.trim());
}
