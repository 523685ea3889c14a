import type { Locale, MembershipRole } from '@binome/core'

/**
 * The words of the e-mails the platform sends, French first. Values are interpolated as plain text
 * (no HTML is sent), so names typed by users cannot inject markup.
 */
const roleNames: Record<Locale, Record<MembershipRole, string>> = {
  fr: { trainer: 'formateur·rice', admin: 'administrateur·rice', coordinator: 'coordinateur·rice', mentor: 'mentor', mentee: 'mentoré·e', partner: 'partenaire' },
  en: { trainer: 'trainer', admin: 'administrator', coordinator: 'coordinator', mentor: 'mentor', mentee: 'mentee', partner: 'partner' },
  nl: { trainer: 'trainer', admin: 'beheerder', coordinator: 'coördinator', mentor: 'mentor', mentee: 'mentee', partner: 'partner' },
}

export const mailMessages = {
  signInCode(locale: Locale, v: { code: string; minutes: number }) {
    return {
      fr: {
        subject: `Votre code de connexion Binôme : ${v.code}`,
        text: `Bonjour,\n\nVotre code de connexion à Binôme est ${v.code}.\nIl est valable ${v.minutes} minutes.\n\nSi vous n'avez pas demandé ce code, ignorez ce message.`,
      },
      en: {
        subject: `Your Binôme sign-in code: ${v.code}`,
        text: `Hello,\n\nYour Binôme sign-in code is ${v.code}.\nIt is valid for ${v.minutes} minutes.\n\nIf you did not ask for this code, ignore this message.`,
      },
      nl: {
        subject: `Uw Binôme-aanmeldcode: ${v.code}`,
        text: `Hallo,\n\nUw aanmeldcode voor Binôme is ${v.code}.\nDe code is ${v.minutes} minuten geldig.\n\nHebt u deze code niet aangevraagd? Negeer dan dit bericht.`,
      },
    }[locale]
  },
  invitation(locale: Locale, v: { name: string; orgName: string; role: MembershipRole; inviter: string; url: string }) {
    const role = roleNames[locale][v.role]
    return {
      fr: {
        subject: `${v.orgName} vous invite sur Binôme`,
        text: `Bonjour ${v.name},\n\n${v.inviter} vous invite à rejoindre ${v.orgName} sur Binôme en tant que ${role}.\n\nConnectez-vous avec cette adresse e-mail pour accepter l'invitation :\n${v.url}\n\nAucun mot de passe n'est nécessaire : un code vous sera envoyé par e-mail.`,
      },
      en: {
        subject: `${v.orgName} invites you to Binôme`,
        text: `Hello ${v.name},\n\n${v.inviter} invites you to join ${v.orgName} on Binôme as ${role}.\n\nSign in with this e-mail address to accept the invitation:\n${v.url}\n\nNo password is needed: a code will be sent to you by e-mail.`,
      },
      nl: {
        subject: `${v.orgName} nodigt u uit op Binôme`,
        text: `Hallo ${v.name},\n\n${v.inviter} nodigt u uit om lid te worden van ${v.orgName} op Binôme als ${role}.\n\nMeld u aan met dit e-mailadres om de uitnodiging te aanvaarden:\n${v.url}\n\nEen wachtwoord is niet nodig: u ontvangt een code per e-mail.`,
      },
    }[locale]
  },
}

/** A side of a programme as the acknowledgement e-mail names it, in the applicant's language. */
export const sideNames: Record<Locale, Record<'mentor' | 'mentee', string>> = {
  fr: { mentor: 'mentor', mentee: 'mentoré·e' },
  en: { mentor: 'mentor', mentee: 'mentee' },
  nl: { mentor: 'mentor', mentee: 'mentee' },
}
