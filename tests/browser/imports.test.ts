/**
 * A coordinator imports mentees from a spreadsheet in a real browser: from the People tab to the import screen,
 * a French CSV chosen, the proposed mapping shown with one column set by hand, a dry run reporting the rows with
 * problems, then the import and the people list showing the newcomers — axe on each step, screenshots.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { signInThroughUi } from './support/sign-in'
import { artifactsDir } from './support/web-build'

const COORDINATOR = 'coordination@mentoryou.demo'
const shotsDir = join(artifactsDir, 'imports')

let session: BrowserSession
let platform: Platform
let page: Page
let csvPath: string

/** A French Excel's CSV export: BOM, semicolons, an Excel serial date, a blank line, one bad date, one duplicate. */
const csv = [
  'Prénom;Nom;Courriel;Date de naissance;Commune de domicile;Secteur d’activités visé;Fonction visée;Langues parlées et niveau;Permis de travail;Inscrit comme chercheur d’emploi;Parcours professionnel et privé;Motivation à entrer dans le mentorat;Attentes vis-à-vis du mentorat',
  'Amina;El Idrissi;amina.elidrissi@exemple.be;33039;Schaerbeek;Santé;Infirmier·ère;"fr C1, ar natif";oui;oui;Infirmière au Maroc;Retrouver un emploi;Un réseau',
  '',
  'Yonas;Tesfaye;yonas.tesfaye@exemple.be;15/06/1990;Anderlecht;Logistique;Magasinier·ère;"ti natif, nl A2";oui;oui;Magasinier à Asmara;Travailler en Belgique;Des conseils',
  'Rahel;Haile;rahel.haile@exemple.be;31/02/1991;Etterbeek;Santé;Aide-soignant·e;"ti natif";oui;oui;Aide-soignante;Reprendre mon métier;Un stage',
  'Amina;El Idrissi;AMINA.ELIDRISSI@exemple.be;33039;Schaerbeek;Santé;Infirmier·ère;"fr C1";oui;oui;Infirmière;Retrouver un emploi;Un réseau',
].join('\r\n')

beforeAll(async () => {
  // The whole demo with its first runs; the coordinator signs in through the sign-in page in the test.
  session = await browserSession('imports', undefined, { platform: { demoRuns: true } })
  ;({ platform, page } = session)
  mkdirSync(shotsDir, { recursive: true })
  csvPath = join(session.dataDir, 'candidatures-2026.csv')
  writeFileSync(csvPath, '\uFEFF' + csv)
})

afterAll(() => session?.close())

describe('importing mentees from a spreadsheet', () => {
  it('reaches the import screen from the People tab and reads the file into a proposed mapping', async () => {
    await signInThroughUi(page, platform, COORDINATOR)
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`)
    await page.getByRole('link', { name: fr.peopleImport.open }).click()
    await page.getByRole('heading', { level: 2, name: fr.peopleImport.title }).waitFor()
    // Without a file, the file field says so.
    await page.getByRole('button', { name: fr.peopleImport.analyse }).click()
    await expect.poll(() => page.getByLabel(fr.peopleImport.file).getAttribute('aria-invalid')).toBe('true')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByLabel(fr.peopleImport.sides.mentee).check()
    await page.getByLabel(fr.peopleImport.file).setInputFiles(csvPath)
    await page.getByRole('button', { name: fr.peopleImport.analyse }).click()
    await page.getByRole('heading', { level: 2, name: fr.peopleImport.mappingTitle }).waitFor()
    // Proposed from the headers: identity by the app's words, the form's fields by their label.
    expect(await page.getByLabel('Courriel', { exact: true }).inputValue()).toBe('email')
    expect(await page.getByLabel('Secteur d’activités visé', { exact: true }).inputValue()).toBe('sector')
    // "Inscrit comme chercheur d’emploi" is not the form's label: left out, and the required field is flagged.
    expect(await page.getByLabel('Inscrit comme chercheur d’emploi', { exact: true }).inputValue()).toBe('')
    await page.getByText(/Aucune colonne ne remplit ces champs obligatoires/).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'import-mapping.png'), fullPage: true })
  })

  it('edits the mapping, runs a dry run that reports each row with a problem, then imports the valid rows', async () => {
    // The two columns whose names are not the form's labels, set by hand.
    await page.getByLabel('Inscrit comme chercheur d’emploi', { exact: true }).selectOption('jobSeekerRegistered')
    await page.getByLabel('Permis de travail', { exact: true }).selectOption('workPermit')
    await page.getByRole('button', { name: fr.peopleImport.dryRun }).click()
    const report = page.getByRole('region', { name: fr.peopleImport.problemRows })
    await report.waitFor()
    const rows = report.getByRole('row')
    // Header plus two problems: the impossible date (line 5) and the duplicate e-mail (line 6).
    await expect.poll(() => rows.count()).toBe(3)
    expect(await report.getByRole('row', { name: /^5 / }).textContent()).toContain(fr.fieldReasons['not-a-date'])
    expect(await report.getByRole('row', { name: /^6 / }).textContent()).toContain(fr.peopleImport.codes['duplicate-in-file'])
    await page.getByText(/4 lignes lues : 2 valides, 1 à corriger, 1 doublon, 0 importée/).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'import-dry-run.png'), fullPage: true })

    await page.getByRole('button', { name: 'Importer les 2 lignes valides' }).click()
    await page.getByRole('heading', { level: 2, name: fr.peopleImport.resultTitle }).waitFor()
    await page.getByText('2 personnes ont été enregistrées.').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'import-done.png'), fullPage: true })

    await page.getByRole('link', { name: fr.person.backToPeople }).last().click()
    await page.getByRole('heading', { level: 2, name: fr.people.title }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`)
    const tenant = platform.deps.data.forTenant({ orgId: PLS, userId: 'test', role: 'system' } as never)
    const imported = (await tenant.people.all(PLS_PROGRAMME, 'mentee')).filter((p) => ['amina.elidrissi@exemple.be', 'yonas.tesfaye@exemple.be'].includes(p.email))
    expect(imported.map((p) => [p.email, p.birthDate, p.stage]).sort()).toEqual([
      ['amina.elidrissi@exemple.be', '1990-06-15', 'applied'], ['yonas.tesfaye@exemple.be', '1990-06-15', 'applied'],
    ])
  })
})
