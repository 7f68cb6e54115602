/**
 * The one wink-nlp instance of the process. The English lite model ships inside the npm package,
 * so nothing is fetched at run time; building the instance costs ~80 ms, hence it is made on first
 * use and then shared.
 */
import winkNLP, { type ItsFunction, type Tokens, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Sentence splitting and part-of-speech tagging are all the local tasks need (the lemmatiser relies
 * on the tags); leaving out NER, negation and sentiment makes a 200k-character text ~35% faster.
 */
const PIPE = ['sbd', 'pos'];

let instance: WinkMethods | undefined;

export function getNlp(): WinkMethods {
  instance ??= winkNLP(model, PIPE);
  return instance;
}

/** Per-token views of a sentence or document, in token order. */
export interface TokenViews {
  types: string[];
  lemmas: string[];
  stops: boolean[];
}

export function tokenViews(tokens: Tokens): TokenViews {
  const its = getNlp().its;
  return {
    types: tokens.out(its.type) as string[],
    // wink-nlp's typings give `its.lemma` an `addons` parameter the `out()` overloads reject,
    // although `out()` passes the addons at run time.
    lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>) as string[],
    stops: tokens.out(its.stopWordFlag) as boolean[],
  };
}

export type { WinkMethods } from 'wink-nlp';
