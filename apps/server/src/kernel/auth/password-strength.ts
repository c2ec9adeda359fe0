/**
 * Password strength estimated by zxcvbn (@zxcvbn-ts) with its language-independent dictionaries — the most
 * common passwords (and their l33t and reversed forms), keyboard patterns, dates, sequences and repeats — plus
 * the account's own names. The English word lists are left out: they triple the time to load and to check and
 * add little for users who think of passwords in Chinese or pinyin. The dictionaries take a few hundred
 * milliseconds to load and only password changes need them, so they load on the first password checked.
 */
import type { PasswordStrength } from './password.rules.js';

export type EstimateStrength = (password: string, names: string[]) => PasswordStrength;

let loading: Promise<EstimateStrength> | undefined;

async function createEstimator(): Promise<EstimateStrength> {
  const [{ ZxcvbnFactory }, common] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]);
  const zxcvbn = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  return (password, names) => {
    const result = zxcvbn.check(password, names);
    const fromDictionary = (name: string) =>
      result.sequence.some((match) => match.pattern === 'dictionary' && match.dictionaryName === name);
    return { score: result.score, common: fromDictionary('passwords-common'), personal: fromDictionary('userInputs') };
  };
}

export function loadStrengthEstimator(): Promise<EstimateStrength> {
  loading ??= createEstimator();
  return loading;
}
