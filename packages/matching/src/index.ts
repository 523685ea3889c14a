/**
 * @binome/matching — the matching engine: criteria scoring with hard constraints, exact optimal assignment with
 * mentor capacities, ranked alternatives with exact losses, and the Belgian gazetteer. Pure: no I/O except the
 * lazily loaded gazetteer data.
 */
export type {
  AlternativeLoss,
  ContributionFact,
  Assignment,
  CategoricalCriterion,
  Contribution,
  Criterion,
  GeoCriterion,
  GeoPoint,
  MatchingInput,
  MatchingResult,
  MenteeProfile,
  MentorProfile,
  NumericCriterion,
  OverlapCriterion,
  PairAdjustment,
  PairRef,
  PersonProfile,
  ProfileValue,
  ScoreExplanation,
  TextCriterion,
  UnmatchedMentee,
  UnmatchedReason,
} from './model/types'
export { MatchingInputError, validateMatchingInput } from './model/validate'
export { alternativeLosses, forgetAlternativeLossCaches, runMatching } from './pipeline/run-matching'
export { scorePairs, type ScoredPairs } from './scoring/score-pairs'
export { explainPair } from './scoring/explain'
export { haversineKm, projectKm } from './geo/distance'
export { SpatialGrid } from './geo/spatial-grid'
export { createGazetteer, loadBelgianGazetteer, type Gazetteer, type Locality } from './geo/gazetteer'
export { textTerms, foldText } from './text/terms'
export * from './solver'
export { configuredProfiles, engineCriteria, type AnswerLike, type ConfiguredCriterion } from './model/configured'
