/**
 * Formula text rewriting for HyperFormula: drop "=" and `_xlfn.`/`_xlws.` prefixes, and rename
 * defined names that HyperFormula cannot parse. Only the code between string literals ("…") and
 * quoted sheet names ('…') is rewritten, so text such as "_xlfn." inside a literal is kept.
 */

/** Removes one leading "=" (tolerated on input; the convention is no "="). */
export function withoutEquals(formula: string): string {
  const trimmed = formula.trimStart();
  return trimmed.startsWith("=") ? trimmed.slice(1) : trimmed;
}

/** Applies `rewrite` to every part of `formula` that is outside "string literals" and 'quoted sheet names'. */
export function rewriteCode(formula: string, rewrite: (code: string) => string): string {
  let out = "";
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch !== '"' && ch !== "'") {
      code += ch;
      i += 1;
      continue;
    }
    out += rewrite(code);
    code = "";
    // Copy the quoted run verbatim; a doubled quote is an escaped quote.
    let j = i + 1;
    while (j < formula.length) {
      if (formula[j] === ch) {
        if (formula[j + 1] === ch) {
          j += 2;
          continue;
        }
        break;
      }
      j += 1;
    }
    out += formula.slice(i, j + 1);
    i = j + 1;
  }
  return out + rewrite(code);
}

const FUTURE_FUNCTION_PREFIX = /_xl(?:fn|ws)\./gi;

/** `_xlfn.IFS(…)` → `IFS(…)`: Excel stores newer functions with prefixes that HyperFormula does not parse. */
export function stripFuturePrefixes(formula: string): string {
  return rewriteCode(formula, (code) => code.replace(FUTURE_FUNCTION_PREFIX, ""));
}

/** Names HyperFormula accepts for sure: ASCII letters, digits, "_" and ".", not starting with a digit or ".". */
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** True when HyperFormula can use `name` as a named expression as it is. */
export function isSafeName(name: string): boolean {
  return SAFE_NAME.test(name);
}

const NAME_TOKEN = /[\p{L}\p{N}_.\\?]+/gu;

/**
 * Replaces whole-token, case-insensitive occurrences of defined names by their aliases.
 * A token followed by "(" (a function) or "!" (an unquoted sheet name) is left alone.
 * `aliases` maps the upper-cased original name to its alias.
 */
export function renameNames(formula: string, aliases: ReadonlyMap<string, string>): string {
  if (aliases.size === 0) return formula;
  return rewriteCode(formula, (code) =>
    code.replace(NAME_TOKEN, (token: string, offset: number) => {
      const alias = aliases.get(token.toUpperCase());
      if (alias === undefined) return token;
      const next = code.slice(offset + token.length).trimStart()[0];
      return next === "(" || next === "!" ? token : alias;
    })
  );
}

/** Everything HyperFormula needs done to an Excel formula (no "=" in, no "=" out). */
export function toHyperFormulaText(formula: string, aliases: ReadonlyMap<string, string>): string {
  return renameNames(stripFuturePrefixes(withoutEquals(formula)), aliases);
}
