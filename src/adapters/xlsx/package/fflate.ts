/**
 * fflate, loaded the first time a part is inflated or deflated with it. Evaluating the library
 * builds its Huffman tables and (on Node) loads worker_threads: ~15 ms that a command reading with
 * Node's zlib (`validate`, every CLI read) never needs. Every module of the project reaches fflate
 * through here, so the task pane's bundle holds one copy of it.
 */
import type * as Fflate from "fflate";

let loaded: typeof Fflate | undefined;

export function fflate(): typeof Fflate {
  return (loaded ??= require("fflate") as typeof Fflate);
}
