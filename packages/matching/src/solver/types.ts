import type { AssignmentDuals, PairGraph } from './graph'
import type { ShortArcIndex } from './short-arc-index'

export type { AssignmentDuals, PairGraph } from './graph'

/** What the coordinator optimises: the best total score, or the most people matched and then the best score. */
export type Objective = 'max-score' | 'max-matched'

/** Input to {@link solveAssignment}. */
export interface AssignmentProblem {
  readonly graph: PairGraph
  /** Mentees each column (mentor) may take; default 1 for every column. */
  readonly capacity?: ArrayLike<number>
  readonly objective?: Objective
  /** Pairs below this weight are not acceptable. */
  readonly minScore?: number
  /**
   * Edges per row in the first sparse round (default 30). Tuning only: the result is optimal whatever the value,
   * because edges the dual check proves useful are added until none is.
   */
  readonly initialEdgesPerRow?: number
  /**
   * When set, the final dual check — which reads every edge against the optimal duals anyway — also indexes each
   * row's residual arcs cheaper than this (a `ShortArcIndex`, returned as `shortArcs`), so that exact-loss requests
   * (`forcedPairLosses` with the same limit and minimum score) never scan the whole graph.
   */
  readonly shortArcLimit?: number
}

/** Output of {@link solveAssignment}. */
export interface AssignmentSolution {
  /** For each row, the assigned column or −1. */
  readonly assignment: Int32Array
  /** Sum of the weights of the assigned pairs. */
  readonly total: number
  readonly matched: number
  readonly duals: AssignmentDuals
  /** How many solve-and-verify rounds the sparsified solve needed (1 when the first sparse graph was enough). */
  readonly rounds: number
  /** The short-arc index of the optimal duals, when the problem asked for it ({@link AssignmentProblem.shortArcLimit}). */
  readonly shortArcs?: ShortArcIndex
}
