import type { FirstMeetingPlace, Locale } from '@binome/core'

/** The words the platform itself writes into a contract and onto its signature page (the body is the template's). */
export const contractLabels = {
  fr: {
    mentor: 'Mentor', mentee: 'Mentoré·e',
    place: { 'mentor-workplace': 'sur le lieu de travail du mentor', 'neutral-with-staff': 'en lieu neutre, en présence d’un membre de l’équipe', free: 'au lieu choisi par le binôme' },
    page: (n: number, of: number) => `Page ${n} sur ${of}`,
    signatures: 'Signatures électroniques',
    signedDocument: 'Document signé (SHA-256 des pages qui précèdent) :',
    intro: 'Chaque partie a lu le document ci-dessus et l’a signé en ligne. Pour chacune : qui, quand (UTC), depuis quelle adresse, et l’empreinte du document qu’elle a vu.',
    signedBy: 'Signé par', at: 'Le', from: 'Adresse du client :', hash: 'SHA-256 signé :',
  },
  en: {
    mentor: 'Mentor', mentee: 'Mentee',
    place: { 'mentor-workplace': 'at the mentor’s workplace', 'neutral-with-staff': 'on neutral ground, with a member of staff', free: 'where the duo chooses' },
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    signatures: 'Electronic signatures',
    signedDocument: 'Document signed (SHA-256 of the pages before this one):',
    intro: 'Each party read the document above and signed it online. For each: who, when (UTC), from which address, and the fingerprint of the document they saw.',
    signedBy: 'Signed by', at: 'On', from: 'Client address:', hash: 'SHA-256 signed:',
  },
  nl: {
    mentor: 'Mentor', mentee: 'Mentee',
    place: { 'mentor-workplace': 'op de werkplek van de mentor', 'neutral-with-staff': 'op neutraal terrein, met een medewerker erbij', free: 'waar het duo kiest' },
    page: (n: number, of: number) => `Pagina ${n} van ${of}`,
    signatures: 'Elektronische handtekeningen',
    signedDocument: 'Ondertekend document (SHA-256 van de voorgaande pagina’s):',
    intro: 'Elke partij las het document hierboven en ondertekende het online. Voor elk: wie, wanneer (UTC), vanaf welk adres, en de vingerafdruk van het document dat ze zag.',
    signedBy: 'Ondertekend door', at: 'Op', from: 'Adres van de client:', hash: 'Ondertekende SHA-256:',
  },
} satisfies Record<Locale, { place: Record<FirstMeetingPlace, string> } & Record<string, unknown>>
