// The graph and its duals live apart from ./types so that the short-arc index can use them without a cycle
// (./types names the index in a solution).

/**
 * A bipartite graph of allowed pairs in compressed sparse row form: the edges of row `r` are the indices
 * `rowStart[r] .. rowStart[r + 1] - 1` of `col` and `weight`. Weights are maximised.
 */
export interface PairGraph {
  readonly rows: number
  readonly cols: number
  readonly rowStart: Int32Array
  readonly col: Int32Array
  readonly weight: Float64Array
}

/**
 * Optimal dual variables of the slot-expanded problem, in cost form (cost = −(weight + bonus)).
 * Column `c` owns the slots `slotStart[c] .. slotStart[c + 1] - 1`; a row's "unmatched" option has cost 0 and dual 0.
 */
export interface AssignmentDuals {
  readonly rowDual: Float64Array
  readonly slotDual: Float64Array
  readonly slotStart: Int32Array
  readonly slotOfRow: Int32Array
  readonly rowOfSlot: Int32Array
  /** The constant added to every weight for the max-matched objective (0 for max-score). */
  readonly matchBonus: number
}
