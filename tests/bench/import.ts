/**
 * `pnpm bench:import`: a realistic 5,000-row mentee file (a French Excel's CSV: BOM, semicolons, dd/mm/yyyy and
 * Excel serial dates, accents, choices by label, 2 % of rows with a problem) sent through the local platform's HTTP
 * API, as the web app sends it: the dry run, then the import. Each figure is the median of several runs with its
 * spread, beside a baseline measured in the same run on this machine (a GET of the people list, 50 per page).
 * Targets (issue 8): dry run ≤ 10 s, import ≤ 60 s.
 *
 * Options (environment): BENCH_RUNS (default 3), BENCH_ROWS (default 5000).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPlatform } from '@binome/local'
import { latestCode } from '../support/client'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
const runs = Number(process.env.BENCH_RUNS ?? 3)
const rowCount = Number(process.env.BENCH_ROWS ?? 5000)
const org = 'pls-mentoryou'
const programme = 'mentoryou-2026'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const fmt = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`)
const spread = (xs: number[]) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`

const firstNames = ['Amina', 'Yonas', 'Élodie', 'Rahel', 'Omar', 'Saïda', 'Nour', 'Tesfay', 'Mariam', 'Khadija', 'Ahmed', 'Zeynep', 'Hélène', 'Joël', 'Fatoumata', 'Mamadou', 'Aïcha', 'Bilal', 'Ioana', 'Dawit']
const lastNames = ['El Idrissi', 'Tesfaye', 'Mbuyi', 'Haile', 'Saïdi', 'Ahmadi', 'Al-Khatib', 'Gebremedhin', 'Diallo', 'Benali', 'Yılmaz', 'Dubois', 'Peeters', 'Janssens', 'Kaboré', 'Nkurunziza', 'Popescu', 'Haddad', 'Bah', 'Öztürk']
const localities = ['Schaerbeek', 'Anderlecht', 'Molenbeek-Saint-Jean', 'Ixelles', 'Saint-Gilles', 'Forest', 'Etterbeek', 'Jette', 'Liège', 'Namur', 'Charleroi', 'Mons', 'Leuven', 'Gent', 'Antwerpen']
const sectors = [['Santé', 'Infirmier·ère'], ['Logistique', 'Magasinier·ère'], ['Informatique', 'Développeur·euse'], ['Horeca', 'Cuisinier·ère'], ['Comptabilité', 'Comptable'], ['Construction', 'Électricien·ne']]
const languages = ['fr C1, ar natif', 'ti natif, en B1', 'fr B2, nl A2', 'es natif, fr B1', 'prs natif, fr A2']

/** The file of one run: e-mails carry the run's tag so that each import writes new people. */
function menteeFile(tag: string): File {
  const header = ['Prénom', 'Nom', 'Courriel', 'Date de naissance', 'Commune de domicile', 'Secteur d’activités visé', 'Fonction visée',
    'Langues parlées et niveau', 'Permis de travail', 'Inscrit comme chercheur d’emploi', 'Parcours professionnel et privé',
    'Motivation à entrer dans le mentorat', 'Attentes vis-à-vis du mentorat']
  const lines = [header.join(';')]
  for (let i = 0; i < rowCount; i++) {
    const [sector, fn] = sectors[i % sectors.length]!
    const day = 1 + (i % 28)
    const month = 1 + (i % 12)
    const year = 1965 + (i % 40)
    // Every 50th row has a problem: a date that does not exist, or a locality nobody knows.
    const birth = i % 100 === 7 ? `31/02/${year}` : i % 3 === 0 ? String(25569 + (year - 1970) * 365 + i % 300) : `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
    const locality = i % 100 === 57 ? 'Sint-Nergens' : localities[i % localities.length]!
    lines.push([
      firstNames[i % firstNames.length], lastNames[(i * 7) % lastNames.length], `mentee.${tag}.${i}@exemple.be`, birth, locality, sector, fn,
      `"${languages[i % languages.length]}"`, i % 4 === 0 ? 'non' : 'oui', 'oui',
      '"Parcours dans son pays d’origine; arrivée en Belgique, cours de français"', 'Retrouver un emploi dans mon métier', 'Un réseau et des conseils',
    ].join(';'))
  }
  return new File(['\uFEFF' + lines.join('\r\n')], `candidatures-${tag}.csv`, { type: 'text/csv' })
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'binome-bench-import-'))
  const p = await startPlatform({ port: 0, quiet: true, dataDir, demoRuns: false })
  try {
    const email = 'coordination@mentoryou.demo'
    await fetch(`${p.url}/api/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) })
    const code = await latestCode(p, email)
    const tokenReply = await fetch(`${p.url}/api/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, code }) })
    const auth = { authorization: `Bearer ${((await tokenReply.json()) as { idToken: string }).idToken}` }
    const base = `${p.url}/api/onboarding/orgs/${org}/programmes/${programme}`
    const mapping = JSON.stringify({ 'Inscrit comme chercheur d’emploi': 'jobSeekerRegistered', 'Permis de travail': 'workPermit' })

    const timed = async (f: () => Promise<Response>) => {
      const started = performance.now()
      const res = await f()
      const body = (await res.json()) as { counts?: Record<string, number> }
      const elapsed = performance.now() - started
      if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body).slice(0, 300)}`)
      return { elapsed, counts: body.counts }
    }
    // The full mapping, as the web app sends it after the mapping step: the proposal plus the two edited columns.
    const probe = new FormData()
    probe.set('file', new File([(await menteeFile('probe').text()).split('\r\n').slice(0, 2).join('\r\n')], 'head.csv'))
    probe.set('side', 'mentee')
    const proposed = ((await (await fetch(`${base}/imports`, { method: 'POST', headers: auth, body: probe })).json()) as { mapping: object }).mapping
    const fullMapping = JSON.stringify({ ...proposed, ...JSON.parse(mapping) })
    const formFor = (file: File, dryRun: boolean) => {
      const form = new FormData()
      form.set('file', file)
      form.set('side', 'mentee')
      form.set('dryRun', String(dryRun))
      form.set('mapping', fullMapping)
      return form
    }

    const baseline: number[] = []
    const dry: number[] = []
    const imports: number[] = []
    let lastCounts: Record<string, number> | undefined
    const size = menteeFile('size').size
    for (let run = 0; run < runs; run++) {
      for (let i = 0; i < 5; i++) baseline.push((await timed(() => fetch(`${base}/people?limit=50`, { headers: auth }))).elapsed)
      const file = menteeFile(`r${run}`)
      const d = await timed(() => fetch(`${base}/imports`, { method: 'POST', headers: auth, body: formFor(file, true) }))
      dry.push(d.elapsed)
      const w = await timed(() => fetch(`${base}/imports`, { method: 'POST', headers: auth, body: formFor(file, false) }))
      imports.push(w.elapsed)
      lastCounts = w.counts
      console.error(`run ${run + 1}/${runs}: dry run ${fmt(d.elapsed)}, import ${fmt(w.elapsed)} (${JSON.stringify(w.counts)})`)
    }
    console.log(`\n## Import of a ${rowCount}-row CSV (${(size / 1024).toFixed(0)} KB) through the local HTTP API, ${runs} runs\n`)
    console.log('| measure | median | spread (min–max) | target |')
    console.log('|---|---|---|---|')
    console.log(`| baseline: GET people list (50), ${baseline.length} requests | ${fmt(median(baseline))} | ${spread(baseline)} | |`)
    console.log(`| dry run (read, map, check every row) | ${fmt(median(dry))} | ${spread(dry)} | ≤ 10 s |`)
    console.log(`| import (check and write the valid rows) | ${fmt(median(imports))} | ${spread(imports)} | ≤ 60 s |`)
    console.log(`\nLast import's counts: ${JSON.stringify(lastCounts)}`)
    const ok = median(dry) <= 10_000 && median(imports) <= 60_000
    console.log(ok ? '\nBoth within target.' : '\nOUT OF TARGET.')
    if (!ok) process.exitCode = 1
  } finally {
    await p.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
