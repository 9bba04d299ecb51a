/** Types of ibm-check.js for the TypeScript tests. */
export interface IbmViolation {
  ruleId: string;
  message: string;
  /** XPath of the element in the document or its shadow root. */
  path: string;
  snippet: string;
}
export interface IbmResult {
  violations: IbmViolation[];
  /** How many results of each level other than `pass` (`violation`, `potentialviolation`, `recommendation`, …). */
  counts: Record<string, number>;
}
export declare const ADVISORY_LEVELS: readonly string[];
export declare function runIbmEngine(target?: Element | Document | string): Promise<IbmResult>;
export declare function describeIbmResult(result: IbmResult): string;
