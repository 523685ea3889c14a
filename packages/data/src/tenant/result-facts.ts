import { DomainError, storedResultFactsOf, type StoredEvaluationFacts, type StoredResultFacts, type TrackingLine } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store, TransactItem } from '../store'
import type { TenantContext } from './context'

/**
 * The results' compact facts (issue 11: a programme's dashboard at 10,000 closed duos in ≤ 2 s): one small item a duo
 * (the core's `StoredResultFacts`, made by `storedResultFactsOf` from the duo's tracking line), written by the
 * tracking repository with every write of the line (same transaction or same batch), so the dashboard reads these
 * items only — a few hundred bytes a duo instead of the whole line with its names and months. Not a cache: nothing
 * else writes them, and they are never computed at read time except by the one-time fill below.
 *
 * Their own partition, not a sort-key prefix in the tracking partition: the table's page, the quality audit and the
 * results' fallback read the tracking partition whole, and would otherwise each have to skip these items.
 */

/** `ORG#<orgId>#PROGRAMME#<programmeId>#RESULTS` / `DUO#<duoId>`. No person in it: see `StoredResultFacts`. */
export const resultFactsEntity = defineTenantEntity({
  type: 'duo-result-facts',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#RESULTS`,
  sort: (duoId: string) => `DUO#${safe(duoId, 'duoId')}`,
  keyOf: (f: StoredResultFacts) => [[f.programmeId], [f.duoId]] as const,
})

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#RESULTS` / `EVALUATION#<duoId>#<moment>#<side>`: one questionnaire's facts (the
 * core's `StoredEvaluationFacts`: sent, answered, overall satisfaction), written by the evaluations repository with
 * each create and answer of the evaluation, in the same transaction.
 */
export const evaluationResultFactsEntity = defineTenantEntity({
  type: 'evaluation-result-facts',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#RESULTS`,
  sort: (duoId: string, moment: string, side: string) => `EVALUATION#${safe(duoId, 'duoId')}#${safe(moment, 'moment')}#${safe(side, 'side')}`,
  keyOf: (f: StoredEvaluationFacts) => [[f.programmeId], [f.duoId, f.moment, f.side]] as const,
})

/** Says every tracking line and evaluation of the programme has its facts item (written once the fill below has run). */
interface FactsComplete { programmeId: string }

/** `ORG#<orgId>#PROGRAMME#<programmeId>#RESULTS` / `COMPLETE`. */
export const resultFactsCompleteEntity = defineTenantEntity({
  type: 'duo-result-facts-complete',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#RESULTS`,
  sort: () => 'COMPLETE',
  keyOf: (m: FactsComplete) => [[m.programmeId], []] as const,
})

/** The facts' items beside a line's write: the line's write guards the transaction, so the facts item is put as is. */
export function resultFactsWrites(store: Store, orgId: string) {
  const facts = resultFactsEntity.in(store, orgId)
  return {
    /** The put of a line's facts, for the line's transaction (no condition: the line's own condition decides). */
    putItem: (line: TrackingLine): TransactItem => {
      const f = storedResultFactsOf(line)
      return store.putItem(facts.entity.key([f.programmeId], [f.duoId]), facts.entity.type, f)
    },
    /** The same for a batch write ({@link Store.putMany}). */
    putRequest: (line: TrackingLine) => facts.putOwnRequest(storedResultFactsOf(line)),
  }
}

/** The put of an evaluation's facts, for the evaluation's own transaction (whose condition decides). */
export function evaluationFactsWrite(store: Store, orgId: string) {
  const facts = evaluationResultFactsEntity.in(store, orgId)
  return (f: StoredEvaluationFacts): TransactItem => store.putItem(facts.entity.key([f.programmeId], [f.duoId, f.moment, f.side]), facts.entity.type, f)
}

/** What the one-time fill reads the old way: a programme's tracking lines, and its evaluations' facts. */
export interface ResultSources {
  lines: (programmeId: string) => Promise<TrackingLine[]>
  evaluations: (programmeId: string) => Promise<StoredEvaluationFacts[]>
}

/** A programme's facts for its results: each duo's, and each evaluation questionnaire's. */
export interface ProgrammeResultFacts {
  duos: StoredResultFacts[]
  evaluations: StoredEvaluationFacts[]
}

/** The results' reads; `sources` are read only to fill a programme whose items predate the facts. */
export function resultsRepo(store: Store, ctx: TenantContext, sources: ResultSources) {
  const facts = resultFactsEntity.in(store, ctx.orgId)
  const evaluationFacts = evaluationResultFactsEntity.in(store, ctx.orgId)
  const complete = resultFactsCompleteEntity.in(store, ctx.orgId)
  const createAll = async <T extends object>(items: T[], create: (item: T) => Promise<void>) => {
    // A conditional create each, 16 at a time: an item written meanwhile with its line or evaluation is newer and stays.
    for (let start = 0; start < items.length; start += 16) {
      await Promise.all(items.slice(start, start + 16).map((item) => create(item).catch(ignoreExisting)))
    }
  }
  return {
    /**
     * A programme's compact facts: every duo's and every evaluation's, two queries of the results partition in
     * parallel (a few hundred bytes a duo, so 10,000 duos are a few 1 MB pages). Items written before the facts
     * existed have none: until the programme is marked complete, its tracking lines and evaluations are read whole
     * once, the missing facts created (a conditional create each), the programme marked, and the facts taken from
     * what was read.
     *
     * @example
     * const { duos, evaluations } = await tenant.results.facts('mentoryou-2026')
     */
    async facts(programmeId: string): Promise<ProgrammeResultFacts> {
      const [marked, duos, evaluations] = await Promise.all([
        complete.get([programmeId], []), facts.all([programmeId], 'DUO#'), evaluationFacts.all([programmeId], 'EVALUATION#'),
      ])
      if (marked) return { duos, evaluations }
      const [lines, allEvaluations] = await Promise.all([sources.lines(programmeId), sources.evaluations(programmeId)])
      const all = { duos: lines.map(storedResultFactsOf), evaluations: allEvaluations }
      const knownDuos = new Set(duos.map((f) => f.duoId))
      const knownEvaluations = new Set(evaluations.map((f) => `${f.duoId}#${f.moment}#${f.side}`))
      await createAll(all.duos.filter((f) => !knownDuos.has(f.duoId)), (f) => facts.create(f, 'item'))
      await createAll(all.evaluations.filter((f) => !knownEvaluations.has(`${f.duoId}#${f.moment}#${f.side}`)), (f) => evaluationFacts.create(f, 'item'))
      await complete.create({ programmeId }, 'item').catch(ignoreExisting)
      return all
    },
  }
}

const ignoreExisting = (e: unknown) => {
  if (!(e instanceof DomainError && e.reason === 'already-exists')) throw e
}
