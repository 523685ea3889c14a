import type { ApiClient } from './client'

/**
 * Walks a person through recruitment and selection by the API, as a coordinator would: the interview with every
 * eligibility item of their side met, the acceptance, the training for a mentor when the programme requires it,
 * and `ready`. Returns the person as stored at the end.
 *
 * @example
 * await makeReady(coordinator, '/api/onboarding/orgs/o1/programmes/p1', created.body.id)
 */
export async function makeReady(client: ApiClient, programme: string, personId: string): Promise<any> {
  const rules = (await client.get(`${programme}/rules`)).body.rules
  const url = `${programme}/people/${personId}`
  let person = (await client.get(url)).body
  const checks = rules.eligibility.filter((e: { side: string }) => e.side === person.kind).map((e: { id: string }) => ({ itemId: e.id, met: true }))
  const step = async (r: Promise<{ status: number; body: any }>) => {
    const reply = await r
    if (reply.status !== 200) throw new Error(`${url}: ${reply.status} ${JSON.stringify(reply.body)}`)
    person = reply.body
  }
  await step(client.put(`${url}/interview`, { version: person.version, heldOn: '2026-11-02', commitsToDuration: true, commitsToFrequency: true, checks }))
  await step(client.post(`${url}/stage`, { version: person.version, event: 'accept' }))
  if (person.kind === 'mentor' && rules.cadences.trainingRequiredBeforeMatching) await step(client.post(`${url}/stage`, { version: person.version, event: 'train' }))
  await step(client.post(`${url}/stage`, { version: person.version, event: 'ready' }))
  return person
}
