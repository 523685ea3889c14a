import { createHash } from 'node:crypto'
import {
  alreadyExists, eraseEvaluation, evaluationFactsByDuo, evaluationForm, staleVersion, storedEvaluationFactsOf, DomainError, type Evaluation, type EvaluationMoment,
  type IntakeForm, type ProgrammeRules, type StoredEvaluationFacts,
} from '@binome/core'
import { definePlatformEntity, defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import type { TenantContext } from './context'
import { rulesVersionEntity } from './programmes'
import { evaluationFactsWrite, evaluationResultFactsEntity } from './result-facts'

/**
 * An evaluation as stored: the core's, with the SHA-256 of its personal links' tokens (the tokens themselves are never
 * kept): the first e-mail's, and each reminder's.
 */
export type EvaluationRecord = Evaluation & { tokenHashes: string[] }

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#EVALUATIONS` / `DUO#<duoId>#<moment>#<side>`: one questionnaire per duo, moment
 * and side, so the sweep's conditional create sends each once however often it runs; a duo's sort together.
 */
export const evaluationEntity = defineTenantEntity({
  type: 'evaluation',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#EVALUATIONS`,
  sort: (duoId: string, moment: EvaluationMoment, side: 'mentor' | 'mentee') =>
    `${duoPrefix(duoId)}${safe(moment, 'moment')}#${safe(side, 'side')}`,
  keyOf: (e: EvaluationRecord) => [[e.programmeId], [e.duoId, e.moment, e.side]] as const,
})
const duoPrefix = (duoId: string) => `DUO#${safe(duoId, 'duoId')}#`

/** Where a personal link leads: one evaluation of one organisation (nothing else is reachable from a token). */
export interface EvaluationLink {
  tokenHash: string
  orgId: string
  programmeId: string
  duoId: string
  moment: EvaluationMoment
  side: 'mentor' | 'mentee'
}

/**
 * `EVALUATION#<sha-256 of the token>` / `LINK`: the only way from a personal evaluation link to its organisation. The
 * token is random; only its hash is stored, so the table's contents open no questionnaire. Written before the tenant's
 * evaluation (another set of credentials, no transaction): a link whose evaluation was never written leads nowhere.
 */
export const evaluationLinkEntity = definePlatformEntity({
  type: 'evaluation-link',
  partition: (tokenHash: string) => `EVALUATION#${safe(tokenHash, 'tokenHash')}`,
  sort: () => 'LINK',
  keyOf: (l: EvaluationLink) => [[l.tokenHash], []] as const,
})

/** The hash a token is stored and looked up under. */
export const evaluationTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex')

/** Per duo, what the results read: questionnaires sent and answered, and the overall satisfactions given (1–5). */
export interface EvaluationFacts {
  sent: number
  answered: number
  satisfaction: number[]
}

/** A programme's response rate per side: questionnaires sent (whatever became of them) and answered. */
export type ResponseRate = Record<'mentor' | 'mentee', { sent: number; answered: number }>

/**
 * A programme's evaluations. Created once per duo, moment and side (409 `already-exists` is "already sent"); answered,
 * reminded and expired at their version.
 */
export function evaluationsRepo(store: Store, platform: Store, ctx: TenantContext) {
  const evaluations = evaluationEntity.in(store, ctx.orgId)
  const links = evaluationLinkEntity.in(platform)
  const versions = rulesVersionEntity.in(store, ctx.orgId)
  const factsWrite = evaluationFactsWrite(store, ctx.orgId)
  const factsItems = evaluationResultFactsEntity.in(store, ctx.orgId)
  // The questionnaire each evaluation was sent with (its rules version's, per side), read once per request.
  const forms = new Map<string, Promise<IntakeForm>>()
  const formOf = (e: Pick<Evaluation, 'programmeId' | 'rulesVersion' | 'side'>): Promise<IntakeForm> => {
    const key = `${e.programmeId}/${e.rulesVersion}/${e.side}`
    if (!forms.has(key)) {
      forms.set(key, versions.get([e.programmeId], [e.rulesVersion]).then((v) => evaluationForm(v?.rules ?? {}, e.side)))
    }
    return forms.get(key)!
  }
  /** An evaluation's compact facts for the results (./result-facts.ts): the form is read only once it is answered. */
  const factsOf = async (e: Evaluation): Promise<StoredEvaluationFacts> =>
    storedEvaluationFactsOf(e, e.state === 'answered' ? await formOf(e) : undefined)
  const storedFacts = async (programmeId: string): Promise<StoredEvaluationFacts[]> =>
    Promise.all((await evaluations.all([programmeId])).map(factsOf))
  return {
    /**
     * Creates the evaluation and its link unless this duo's moment was already sent to that side; answers whether
     * it was new (false: nothing written, nothing to mail).
     */
    async createOnce(e: Evaluation, token: string): Promise<EvaluationRecord | undefined> {
      const existing = await evaluations.get([e.programmeId], [e.duoId, e.moment, e.side])
      if (existing) return undefined
      const tokenHash = evaluationTokenHash(token)
      const record = { ...e, tokenHashes: [tokenHash] }
      await links.create({ tokenHash, orgId: ctx.orgId, programmeId: e.programmeId, duoId: e.duoId, moment: e.moment, side: e.side }, 'evaluation')
      try {
        // With its facts for the results, in one transaction.
        await store.transact([evaluations.newItem(record), factsWrite(await factsOf(record))], alreadyExists('evaluation'))
      } catch (err) {
        if (err instanceof DomainError && err.reason === 'already-exists') return undefined // a sweep and a closure at once
        throw err
      }
      return record
    },
    get: (programmeId: string, duoId: string, moment: EvaluationMoment, side: 'mentor' | 'mentee'): Promise<EvaluationRecord | undefined> =>
      evaluations.get([programmeId], [duoId, moment, side]),
    /** A duo's evaluations (a handful: its moments times two sides). */
    byDuo: (programmeId: string, duoId: string): Promise<EvaluationRecord[]> => evaluations.all([programmeId], duoPrefix(duoId)),
    /** Every evaluation of a programme (two a duo and moment): the sweep's reminders, the response rate. */
    all: (programmeId: string): Promise<EvaluationRecord[]> => evaluations.all([programmeId]),
    /**
     * Records a reminder sent `now` with its new link (the link first: a link whose hash the evaluation does not hold
     * leads nowhere); 409 `stale-version` if the evaluation moved meanwhile.
     */
    async remind(e: EvaluationRecord, token: string, now: string): Promise<EvaluationRecord> {
      const tokenHash = evaluationTokenHash(token)
      await links.create({ tokenHash, orgId: ctx.orgId, programmeId: e.programmeId, duoId: e.duoId, moment: e.moment, side: e.side }, 'evaluation')
      const next = { ...e, remindedAt: [...e.remindedAt, now], tokenHashes: [...e.tokenHashes, tokenHash], version: e.version + 1 }
      await evaluations.replace(next, 'evaluation')
      return next
    },
    /**
     * Writes evaluations that already have a history (the demo's year of closed duos; a programme's past brought in),
     * in batches: each one's links first (one per token: the first e-mail's, each reminder's), then the evaluations
     * with their facts for the results. Unconditional, without mail: for a fresh programme's past only, never for
     * questionnaires being sent.
     *
     * @example
     * await tenant.evaluations.putHistory([{ evaluation: answered, tokens: [token] }])
     */
    async putHistory(items: readonly { evaluation: Evaluation; tokens: readonly string[] }[]): Promise<void> {
      const records = items.map(({ evaluation: e, tokens }) => ({ ...e, tokenHashes: tokens.map(evaluationTokenHash) }))
      await platform.putMany(records.flatMap((e) => e.tokenHashes.map((tokenHash) =>
        links.putOwnRequest({ tokenHash, orgId: ctx.orgId, programmeId: e.programmeId, duoId: e.duoId, moment: e.moment, side: e.side }))))
      const facts = await Promise.all(records.map(factsOf))
      await store.putMany([...records.map((e) => evaluations.putOwnRequest(e)), ...facts.map((f) => factsItems.putOwnRequest(f))])
    },
    /**
     * Writes a changed evaluation (answered, expired) at its version, with its facts for the results in the same
     * transaction; 409 `stale-version` if it moved.
     */
    save: async (e: EvaluationRecord): Promise<void> =>
      store.transact([evaluations.replaceItem(e), factsWrite(await factsOf(e))], staleVersion('evaluation')),
    /** Every evaluation's compact facts, read the old way (the results' one-time fill of a programme: ./result-facts.ts). */
    storedFacts,
    /**
     * Per duo: questionnaires sent, answered, and the overall satisfactions (the answer to the `overall` rating), each
     * read against the questionnaire of the rules version it was sent under. For the results (issue 11).
     *
     * @example
     * (await tenant.evaluations.factsByDuo('p1')).get('d1') // { sent: 2, answered: 1, satisfaction: [5] }
     */
    async factsByDuo(programmeId: string): Promise<Map<string, EvaluationFacts>> {
      return evaluationFactsByDuo(await storedFacts(programmeId))
    },
    /**
     * Takes a duo's people's words out of its evaluations once one of them is erased (see the core's
     * `eraseEvaluation`: ratings, yes/no, choices and dates stay), each at its next version. The erased side's personal
     * links are deleted first (their hashes too): no link of theirs opens anything any more, and a retry after a
     * failure still finds them in the evaluation. Unconditional and idempotent, as the other erasures.
     *
     * @example
     * await tenant.evaluations.eraseDuo('p1', 'd1', 'mentee') // 2 questionnaires rewritten
     */
    async eraseDuo(programmeId: string, duoId: string, side: 'mentor' | 'mentee'): Promise<number> {
      const all = await evaluations.all([programmeId], duoPrefix(duoId))
      const forms = new Map<string, IntakeForm>()
      const rewritten: EvaluationRecord[] = []
      for (const e of all) {
        const key = `${e.rulesVersion}/${e.side}`
        if (!forms.has(key)) forms.set(key, evaluationForm((await versions.get([programmeId], [e.rulesVersion]))?.rules ?? {}, e.side))
        const erasedSide = e.side === side
        if (erasedSide) for (const hash of e.tokenHashes) await platform.delete(links.entity.key([hash], []))
        rewritten.push({ ...eraseEvaluation(e, forms.get(key)!, erasedSide), tokenHashes: erasedSide ? [] : e.tokenHashes })
      }
      await store.putMany(rewritten.map((e) => evaluations.putOwnRequest(e)))
      return rewritten.length
    },
    /** The programme's response rate per side. */
    async responseRate(programmeId: string): Promise<ResponseRate> {
      const rate: ResponseRate = { mentor: { sent: 0, answered: 0 }, mentee: { sent: 0, answered: 0 } }
      for (const e of await evaluations.all([programmeId])) {
        rate[e.side].sent++
        if (e.state === 'answered') rate[e.side].answered++
      }
      return rate
    },
  }
}

/** The platform side of the personal links (the public routes know no organisation before the link names it). */
export function evaluationLinksData(platform: Store) {
  const links = evaluationLinkEntity.in(platform)
  return {
    /** Where a token leads, if anywhere. */
    resolve: (token: string): Promise<EvaluationLink | undefined> => links.get([evaluationTokenHash(token)], []),
  }
}
