/**
 * MATCH and COUNTIF(S) for the engine of src/adapters/hyperformula/engine.ts: Excel's comparison,
 * computed in one pass over plain arrays. Registered per engine (`ConfigParams.functionPlugins`);
 * HyperFormula's global registry is left as it is.
 *
 * Why (issue #15, measured on the demo register, docs/decisions.md): one recalculation of
 * `Tổng hợp` took ~2 s of CPU, all of it in two functions.
 * - HyperFormula's MATCH(…, 0) compares text after removing every accent ("Hưng", "Hùng" and "Hung"
 *   are one key, whatever `accentSensitive` says; Excel ignores case only) and folds the whole
 *   searched array again at each call. The overlap count of `Tổng hợp` (src/workbook/plan/summary.ts)
 *   calls it once per row of a 2,000-row array over the same 2,000 strings. Here type 0 is answered
 *   from an index of the searched array (lower-cased text, numbers, booleans; the first occurrence
 *   wins), built once per evaluated array — the array argument is one object for all the calls of
 *   one evaluation. Types 1 and -1 stay HyperFormula's; wildcards stay unsupported, as in
 *   HyperFormula's MATCH (test/helpers/engineProbes.ts).
 * - HyperFormula's COUNTIFS walks its ranges through chains of generators, several allocations per
 *   cell and condition. Here the criteria are HyperFormula's own (its criterion builder: same
 *   wildcards, comparisons and coercions), tested over the ranges' value arrays in a loop.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  HyperFormula,
  type FunctionPluginDefinition,
  type SimpleRangeValue,
} from "hyperformula";

/** A coerced argument value as HyperFormula passes it to a function's implementation. */
type Scalar = unknown;
type Key = string | number | boolean;
type CriterionLambda = (cellValue: Scalar) => boolean;

/** The members of HyperFormula's built-in plugins these subclasses use (not in its public typings). */
interface PluginInternals {
  runFunction(
    args: unknown,
    state: unknown,
    metadata: unknown,
    f: (...args: never[]) => unknown
  ): unknown;
  metadata(functionId: string): unknown;
  doMatch(key: Scalar, range: SimpleRangeValue, type: number): unknown;
  readonly arithmeticHelper: unknown;
  readonly interpreter: {
    readonly criterionBuilder: {
      fromCellValue(raw: Scalar, helper: unknown): { lambda: CriterionLambda } | undefined;
    };
  };
}
type PluginClass = (new (...args: never[]) => PluginInternals) & {
  implementedFunctions: Record<string, object>;
};
interface Ast {
  readonly args: unknown;
}

/** A formatted number (date, percent, currency) as its number; anything else as it is. */
function raw(v: Scalar): Scalar {
  return v !== null && typeof v === "object" && "val" in v ? (v as { val: unknown }).val : v;
}

/** The key Excel's exact match compares: text lower-cased, numbers and booleans as they are. */
function keyOf(v: Scalar): Key | undefined {
  const r = raw(v);
  if (typeof r === "string") return `s${r.toLowerCase()}`;
  if (typeof r === "number" || typeof r === "boolean") return r;
  return undefined;
}

/** First position of every key of a one-row or one-column array. */
function indexOf(range: SimpleRangeValue): Map<Key, number> {
  const index = new Map<Key, number>();
  range.valuesFromTopLeftCorner().forEach((v, i) => {
    if (v === EmptyValue) return;
    const k = keyOf(v);
    if (k !== undefined && !index.has(k)) index.set(k, i);
  });
  return index;
}

const LookupPlugin = HyperFormula.getFunctionPlugin("MATCH") as unknown as PluginClass;

class ExcelMatchPlugin extends LookupPlugin {
  static override implementedFunctions = {
    MATCH: { ...LookupPlugin.implementedFunctions["MATCH"], method: "excelMatch" },
  };

  private readonly indexes = new WeakMap<SimpleRangeValue, Map<Key, number>>();

  excelMatch(ast: Ast, state: unknown): unknown {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("MATCH"),
      (key: Scalar, range: SimpleRangeValue, type: number) => {
        const lookup = key === EmptyValue ? 0 : key;
        const k = keyOf(lookup);
        const vector = range.width() === 1 || range.height() === 1;
        if (type !== 0 || k === undefined || !vector) return this.doMatch(lookup, range, type);
        let index = this.indexes.get(range);
        if (!index) this.indexes.set(range, (index = indexOf(range)));
        const at = index.get(k);
        return at === undefined ? new CellError(ErrorType.NA, "Value not found.") : at + 1;
      }
    );
  }
}

const CountPlugin = HyperFormula.getFunctionPlugin("COUNTIFS") as unknown as PluginClass;

class ExcelCountPlugin extends CountPlugin {
  static override implementedFunctions = {
    COUNTIF: { ...CountPlugin.implementedFunctions["COUNTIF"], method: "excelCountif" },
    COUNTIFS: { ...CountPlugin.implementedFunctions["COUNTIFS"], method: "excelCountifs" },
  };

  excelCountif(ast: Ast, state: unknown): unknown {
    return this.runFunction(ast.args, state, this.metadata("COUNTIF"), (...args: Scalar[]) =>
      this.count(args)
    );
  }

  excelCountifs(ast: Ast, state: unknown): unknown {
    return this.runFunction(ast.args, state, this.metadata("COUNTIFS"), (...args: Scalar[]) =>
      this.count(args)
    );
  }

  /** Rows where every (range, criterion) pair holds; HyperFormula's errors for a bad pair. */
  private count(args: readonly Scalar[]): number | CellError {
    const ranges: SimpleRangeValue[] = [];
    const tests: CriterionLambda[] = [];
    for (let i = 0; i < args.length; i += 2) {
      const criterion = this.interpreter.criterionBuilder.fromCellValue(
        args[i + 1],
        this.arithmeticHelper
      );
      if (criterion === undefined) return new CellError(ErrorType.VALUE, "Incorrect criterion.");
      ranges.push(args[i] as SimpleRangeValue);
      tests.push(criterion.lambda);
    }
    const first = ranges[0]!;
    if (ranges.some((r) => r.width() !== first.width() || r.height() !== first.height()))
      return new CellError(ErrorType.VALUE, "Ranges need to be of equal length.");
    const columns = ranges.map((r) => r.valuesFromTopLeftCorner());
    const cells = first.width() * first.height();
    let n = 0;
    next: for (let i = 0; i < cells; i++) {
      for (let k = 0; k < tests.length; k++) if (!tests[k]!(raw(columns[k]![i]))) continue next;
      n++;
    }
    return n;
  }
}

/** HyperFormula's function plugins with MATCH, COUNTIF and COUNTIFS replaced. */
export function excelFunctionPlugins(): FunctionPluginDefinition[] {
  return [
    ...HyperFormula.getAllFunctionPlugins(),
    ExcelMatchPlugin as unknown as FunctionPluginDefinition,
    ExcelCountPlugin as unknown as FunctionPluginDefinition,
  ];
}
