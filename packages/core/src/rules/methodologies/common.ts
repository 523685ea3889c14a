import type { ChoiceOption, FormField, LocalizedText } from '../forms'
import type { ExitOutcome } from '../programme-rules'

/**
 * Building blocks shared by the built-in methodologies: option lists (sectors, functions, hobbies...), the standard
 * exit outcomes of the seeds and two tiny constructors that keep the data readable.
 *
 * Option values are stable, language-neutral words without spaces (the rules' schema allows letters, digits, `.`,
 * `-` and `_`): the sector, function and hobby words of the matching bench's synthetic people
 * (`packages/matching/bench/synthetic.ts`, e.g. `social work`) are values with a hyphen (`social-work`) and English
 * labels equal to the bench word, and the French label of an option is the word the demo data uses
 * (`packages/local/src/seed/demo-people.ts`) wherever the demo has one, so that `choiceValueOf` in `legacy.ts` maps
 * both onto values (case-insensitively) without a second table.
 */

/** A text in fr, en and nl. */
export const t = (fr: string, en: string, nl: string): LocalizedText => ({ fr, en, nl })

/** One choice option. */
export const opt = (value: string, fr: string, en: string, nl: string): ChoiceOption => ({ value, label: t(fr, en, nl) })

/** A field: the common case (required, staff only) unless said otherwise. */
export function field(
  id: string, kind: FormField['kind'], label: LocalizedText,
  more: Partial<Omit<FormField, 'id' | 'kind' | 'label'>> = {},
): FormField {
  return { id, kind, label, required: false, visibility: 'staff', ...more }
}

export const sectorOptions: ChoiceOption[] = [
  opt('IT', 'Informatique', 'IT', 'Informatica'),
  opt('healthcare', 'Santé', 'Healthcare', 'Gezondheidszorg'),
  opt('pharmacy', 'Pharmacie', 'Pharmaceuticals', 'Farmacie'),
  opt('social-work', 'Social', 'Social work', 'Sociaal werk'),
  opt('education', 'Enseignement', 'Education', 'Onderwijs'),
  opt('public-administration', 'Administration publique', 'Public administration', 'Openbaar bestuur'),
  opt('finance', 'Banque et assurances', 'Banking and insurance', 'Bank- en verzekeringswezen'),
  opt('accounting', 'Comptabilité', 'Accounting', 'Boekhouding'),
  opt('legal', 'Juridique', 'Legal', 'Juridisch'),
  opt('marketing', 'Marketing', 'Marketing', 'Marketing'),
  opt('communication', 'Communication', 'Communication', 'Communicatie'),
  opt('retail', 'Commerce', 'Retail', 'Handel'),
  opt('hospitality', 'Horeca', 'Hospitality', 'Horeca'),
  opt('logistics', 'Logistique', 'Logistics', 'Logistiek'),
  opt('transport', 'Transport', 'Transport', 'Vervoer'),
  opt('construction', 'Construction', 'Construction', 'Bouw'),
  opt('manufacturing', 'Industrie', 'Manufacturing', 'Industrie'),
  opt('energy', 'Énergie', 'Energy', 'Energie'),
  opt('agriculture', 'Agriculture', 'Agriculture', 'Landbouw'),
  opt('culture', 'Culture', 'Culture and arts', 'Cultuur'),
  opt('cleaning', 'Nettoyage', 'Cleaning', 'Schoonmaak'),
  opt('security', 'Gardiennage et sécurité', 'Security', 'Bewaking en beveiliging'),
  opt('research', 'Recherche', 'Research', 'Onderzoek'),
  opt('other', 'Autre secteur', 'Other sector', 'Andere sector'),
]

/** Related sectors earn partial credit (symmetric lookup in the engine). */
export const sectorSimilarity: Record<string, Record<string, number>> = {
  IT: { finance: 0.3, marketing: 0.3, research: 0.3 },
  healthcare: { 'social-work': 0.6, pharmacy: 0.6 },
  logistics: { transport: 0.8, retail: 0.3 },
  finance: { accounting: 0.8 },
  marketing: { communication: 0.9 },
  retail: { hospitality: 0.4 },
  education: { 'social-work': 0.5, culture: 0.3 },
  manufacturing: { energy: 0.4, construction: 0.3 },
  pharmacy: { research: 0.6 },
}

/** Job families (the exact title is a separate short-text field, `jobTitle`). */
export const functionOptions: ChoiceOption[] = [
  opt('developer', 'Développeur·euse', 'Developer', 'Ontwikkelaar'),
  opt('technician', 'Technicien·ne', 'Technician', 'Technicus'),
  opt('laboratory-technician', 'Technicien·ne de laboratoire', 'Laboratory technician', 'Laborant'),
  opt('engineer', 'Ingénieur·e', 'Engineer', 'Ingenieur'),
  opt('analyst', 'Analyste', 'Analyst', 'Analist'),
  opt('project-manager', 'Chef·fe de projet', 'Project manager', 'Projectleider'),
  opt('manager', 'Direction, encadrement', 'Manager', 'Leidinggevende'),
  opt('HR-officer', 'Ressources humaines', 'HR officer', 'HR-medewerker'),
  opt('accountant', 'Comptable', 'Accountant', 'Boekhouder'),
  opt('administrative-assistant', 'Assistant·e administratif·ve', 'Administrative assistant', 'Administratief medewerker'),
  opt('civil-servant', 'Agent·e de la fonction publique', 'Civil servant', 'Ambtenaar'),
  opt('quality-officer', 'Responsable qualité', 'Quality officer', 'Kwaliteitsverantwoordelijke'),
  opt('planner', 'Planificateur·rice', 'Planner', 'Planner'),
  opt('communication-officer', 'Chargé·e de communication', 'Communication officer', 'Communicatiemedewerker'),
  opt('graphic-designer', 'Graphiste', 'Graphic designer', 'Grafisch ontwerper'),
  opt('sales', 'Vente', 'Sales', 'Verkoop'),
  opt('teacher', 'Enseignant·e, formateur·rice', 'Teacher, trainer', 'Leerkracht, opleider'),
  opt('educator', 'Éducateur·rice, animateur·rice', 'Educator, youth worker', 'Opvoeder, animator'),
  opt('social-worker', 'Assistant·e social·e', 'Social worker', 'Maatschappelijk werker'),
  opt('cultural-mediator', 'Médiateur·rice culturel·le', 'Cultural mediator', 'Cultureel bemiddelaar'),
  opt('artist', 'Artiste, musicien·ne', 'Artist, musician', 'Kunstenaar, muzikant'),
  opt('nurse', 'Infirmier·ère', 'Nurse', 'Verpleegkundige'),
  opt('caregiver', 'Aide-soignant·e', 'Caregiver', 'Zorgkundige'),
  opt('cook', 'Cuisinier·ère', 'Cook', 'Kok'),
  opt('waiter', 'Serveur·euse', 'Waiter', 'Kelner'),
  opt('driver', 'Chauffeur·euse', 'Driver', 'Chauffeur'),
  opt('warehouse-operator', 'Magasinier·ère', 'Warehouse operator', 'Magazijnier'),
  opt('electrician', 'Électricien·ne', 'Electrician', 'Elektricien'),
  opt('mechanic', 'Mécanicien·ne', 'Mechanic', 'Mecanicien'),
  opt('welder', 'Soudeur·euse', 'Welder', 'Lasser'),
  opt('bricklayer', 'Maçon·ne', 'Bricklayer', 'Metselaar'),
  opt('carpenter', 'Menuisier·ère', 'Carpenter', 'Schrijnwerker'),
  opt('production-operator', 'Opérateur·rice de production', 'Production operator', 'Productiemedewerker'),
  opt('farm-worker', 'Agriculteur·rice, ouvrier·ère agricole', 'Farmer, farm worker', 'Landbouwer, landarbeider'),
  opt('cleaner', 'Agent·e d’entretien', 'Cleaner', 'Schoonmaker'),
  opt('other', 'Autre fonction', 'Other function', 'Andere functie'),
]

export const functionSimilarity: Record<string, Record<string, number>> = {
  nurse: { caregiver: 0.7 },
  developer: { analyst: 0.5, technician: 0.4 },
  technician: { electrician: 0.6, engineer: 0.5, mechanic: 0.6, 'laboratory-technician': 0.6 },
  cook: { waiter: 0.5 },
  teacher: { educator: 0.6 },
  educator: { 'social-worker': 0.6, 'cultural-mediator': 0.5 },
  welder: { 'production-operator': 0.5, mechanic: 0.4 },
  bricklayer: { carpenter: 0.5 },
  accountant: { analyst: 0.5, 'administrative-assistant': 0.3 },
  'project-manager': { manager: 0.6, planner: 0.4 },
  'communication-officer': { 'graphic-designer': 0.5 },
  driver: { 'warehouse-operator': 0.4 },
}

export const hobbyOptions: ChoiceOption[] = [
  opt('football', 'Football', 'Football', 'Voetbal'),
  opt('basketball', 'Basket', 'Basketball', 'Basketbal'),
  opt('cricket', 'Cricket', 'Cricket', 'Cricket'),
  opt('running', 'Course à pied', 'Running', 'Lopen'),
  opt('walking', 'Marche', 'Walking', 'Wandelen'),
  opt('hiking', 'Randonnée', 'Hiking', 'Trektochten'),
  opt('cycling', 'Vélo', 'Cycling', 'Fietsen'),
  opt('swimming', 'Natation', 'Swimming', 'Zwemmen'),
  opt('yoga', 'Yoga', 'Yoga', 'Yoga'),
  opt('dance', 'Danse', 'Dance', 'Dansen'),
  opt('fishing', 'Pêche', 'Fishing', 'Vissen'),
  opt('hunting', 'Chasse', 'Hunting', 'Jagen'),
  opt('reading', 'Lecture', 'Reading', 'Lezen'),
  opt('history', 'Histoire', 'History', 'Geschiedenis'),
  opt('chess', 'Échecs', 'Chess', 'Schaken'),
  opt('board-games', 'Jeux de société', 'Board games', 'Gezelschapsspelen'),
  opt('gaming', 'Jeux vidéo', 'Video games', 'Videogames'),
  opt('cooking', 'Cuisine', 'Cooking', 'Koken'),
  opt('gardening', 'Jardinage', 'Gardening', 'Tuinieren'),
  opt('diy', 'Bricolage', 'DIY', 'Klussen'),
  opt('mechanics', 'Mécanique', 'Mechanics', 'Mechanica'),
  opt('sewing', 'Couture', 'Sewing', 'Naaien'),
  opt('crafts', 'Artisanat', 'Crafts', 'Handwerk'),
  opt('painting', 'Peinture', 'Painting', 'Schilderen'),
  opt('photography', 'Photographie', 'Photography', 'Fotografie'),
  opt('music', 'Musique', 'Music', 'Muziek'),
  opt('piano', 'Piano', 'Piano', 'Piano'),
  opt('choir', 'Chorale', 'Choir', 'Koor'),
  opt('theatre', 'Théâtre', 'Theatre', 'Theater'),
  opt('cinema', 'Cinéma', 'Cinema', 'Film'),
  opt('travel', 'Voyages', 'Travel', 'Reizen'),
  opt('volunteering', 'Bénévolat', 'Volunteering', 'Vrijwilligerswerk'),
]

/** The five kinds of support of the PLS and CAI methods (seeds 000, 002, 004). */
export const supportOptions: ChoiceOption[] = [
  opt('technical', 'Technique : CV, lettres de motivation, entretiens d’embauche',
    'Technical: CV, cover letters, job interviews', 'Technisch: cv, motivatiebrieven, sollicitatiegesprekken'),
  opt('co-built', 'Co-construit : analyse commune de la recherche d’emploi et du projet',
    'Co-built: a shared analysis of the job search and the plan', 'Samen opgebouwd: gezamenlijke analyse van de zoektocht en het project'),
  opt('concrete', 'Concret : découverte du monde de l’entreprise, de ses codes, d’un secteur',
    'Concrete: discovering the workplace, its codes, a sector', 'Concreet: kennismaken met de werkvloer, haar codes, een sector'),
  opt('psychological', 'Psychologique : confiance et estime de soi',
    'Psychological: self-confidence and self-esteem', 'Psychologisch: zelfvertrouwen en eigenwaarde'),
  opt('relational', 'Relationnel : ouverture d’un réseau professionnel',
    'Relational: opening a professional network', 'Relationeel: een professioneel netwerk openen'),
]

export const educationOptions: ChoiceOption[] = [
  opt('none', 'Pas de diplôme', 'No diploma', 'Geen diploma'),
  opt('primary', 'Enseignement primaire', 'Primary school', 'Lager onderwijs'),
  opt('lower-secondary', 'Secondaire inférieur', 'Lower secondary', 'Lager secundair'),
  opt('upper-secondary', 'Secondaire supérieur', 'Upper secondary', 'Hoger secundair'),
  opt('vocational', 'Formation qualifiante ou professionnelle', 'Vocational training', 'Beroepsopleiding'),
  opt('bachelor', 'Bachelier', 'Bachelor’s degree', 'Bachelor'),
  opt('master', 'Master ou plus', 'Master’s degree or higher', 'Master of hoger'),
]

export const diplomaRecognitionOptions: ChoiceOption[] = [
  opt('obtained', 'Équivalence obtenue', 'Recognition obtained', 'Gelijkwaardigheid verkregen'),
  opt('pending', 'Demande en cours', 'Application pending', 'Aanvraag lopend'),
  opt('not-requested', 'Pas encore demandée', 'Not yet requested', 'Nog niet aangevraagd'),
  opt('not-applicable', 'Sans objet (diplôme belge ou pas de diplôme)', 'Not applicable (Belgian diploma or none)', 'Niet van toepassing (Belgisch diploma of geen)'),
]

export const jobSearchToolOptions: ChoiceOption[] = [
  opt('cv', 'CV à jour', 'Up-to-date CV', 'Actueel cv'),
  opt('cover-letter', 'Lettre de motivation type', 'Template cover letter', 'Standaard motivatiebrief'),
  opt('linkedin', 'Profil LinkedIn', 'LinkedIn profile', 'LinkedIn-profiel'),
  opt('job-sites', 'Inscription sur des sites d’offres d’emploi', 'Registered on job sites', 'Ingeschreven op vacaturesites'),
  opt('interim', 'Inscription en agence d’intérim', 'Registered with temp agencies', 'Ingeschreven bij uitzendkantoren'),
  opt('network', 'Réseau de contacts professionnels', 'Network of professional contacts', 'Netwerk van professionele contacten'),
]

export const mobilityOptions: ChoiceOption[] = [
  opt('public-transport', 'Transports en commun', 'Public transport', 'Openbaar vervoer'),
  opt('car', 'Voiture', 'Car', 'Auto'),
  opt('bicycle', 'Vélo', 'Bicycle', 'Fiets'),
  opt('on-foot', 'À pied uniquement', 'On foot only', 'Enkel te voet'),
]

export const professionalStatusOptions: ChoiceOption[] = [
  opt('employee', 'Salarié·e', 'Employee', 'Werknemer'),
  opt('self-employed', 'Indépendant·e', 'Self-employed', 'Zelfstandige'),
  opt('business-owner', 'Chef·fe d’entreprise', 'Business owner', 'Bedrijfsleider'),
  opt('civil-servant', 'Agent·e de la fonction publique', 'Civil servant', 'Ambtenaar'),
]

export const companySectorKindOptions: ChoiceOption[] = [
  opt('market', 'Secteur marchand', 'Market sector', 'Marktsector'),
  opt('non-market', 'Secteur non marchand', 'Non-market sector', 'Non-profitsector'),
  opt('public', 'Secteur public', 'Public sector', 'Openbare sector'),
]

/**
 * The exits of seed 000's stage 6: positive (job, internship, training, back to studies, business creation) and
 * negative (the term reached, dropout). A job and a business created count as employment in funders' reports.
 */
export function standardOutcomes(): ExitOutcome[] {
  return [
    { id: 'job', class: 'positive', countsAsEmployment: true, label: t('Emploi', 'Job', 'Werk') },
    { id: 'internship', class: 'positive', countsAsEmployment: false, label: t('Stage', 'Internship', 'Stage') },
    { id: 'training', class: 'positive', countsAsEmployment: false, label: t('Formation', 'Training', 'Opleiding') },
    { id: 'studies', class: 'positive', countsAsEmployment: false, label: t('Reprise d’études', 'Back to studies', 'Hervatting van studies') },
    { id: 'business-creation', class: 'positive', countsAsEmployment: true, label: t('Création d’activité', 'Business creation', 'Oprichting van een zaak') },
    { id: 'term-reached', class: 'negative', countsAsEmployment: false, label: t('Terme du mentorat atteint sans sortie positive', 'Term reached without a positive exit', 'Einde van de termijn zonder positieve uitstroom') },
    { id: 'dropout', class: 'negative', countsAsEmployment: false, label: t('Abandon', 'Dropout', 'Stopzetting') },
  ]
}
