import type { DocumentTemplate, TemplateKind } from '../programme-rules'

/**
 * The e-mails the platform sends, in LiquidJS, French only (they are the organisation's words; an organisation
 * writing to Dutch-speaking people edits them). Every methodology starts from these; the variables of each kind
 * are listed in `@binome/documents`.
 */
export function standardEmails(): DocumentTemplate[] {
  return [
    {
      kind: 'email-invitation',
      subject: 'Invitation à rejoindre {{ organisation.name }} sur Binôme',
      body: `Bonjour {{ recipient.firstName }},

{{ invitedBy }} vous invite à rejoindre l’espace de {{ organisation.name }} sur Binôme, la plateforme de ses programmes de mentorat vers l’emploi, en tant que {{ role }}.

Pour accepter l’invitation et accéder à votre espace, suivez ce lien :
{{ link }}

Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-sign-in-code',
      subject: 'Votre code de connexion : {{ code }}',
      body: `Bonjour,

Voici votre code de connexion à Binôme : {{ code }}

Saisissez-le sur la page de connexion : {{ link }}

Il est valable {{ validMinutes }} minutes et ne sert qu’une fois. Ne le communiquez à personne : l’équipe ne vous le demandera jamais.

Si vous n’avez pas demandé ce code, ignorez ce message.`,
    },
    {
      kind: 'email-proposal',
      subject: '{{ programme.name }} : un·e mentee vous est proposé·e',
      body: `Bonjour {{ recipient.firstName }},

Merci pour votre engagement dans {{ programme.name }}. Nous pensons que vous pourriez accompagner {{ mentee.firstName }} : vous trouverez son profil en suivant le lien ci-dessous.

{{ proposal.link }}

Vous êtes libre d’accepter ou de refuser cette proposition ; si vous refusez, dites-nous pourquoi, cela nous aide à vous proposer un profil plus adapté. Merci de répondre avant le {{ proposal.answerBy }}.

Si vous acceptez, nous organiserons avec vous une première rencontre avec {{ mentee.firstName }}.

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-proposal-reminder',
      subject: 'Rappel : une proposition de mentorat attend votre réponse',
      body: `Bonjour {{ recipient.firstName }},

Nous vous avons proposé d’accompagner {{ mentee.firstName }} dans le cadre de {{ programme.name }} et n’avons pas encore reçu votre réponse. {{ mentee.firstName }} attend de pouvoir commencer : il vous reste {{ proposal.daysLeft }} jour(s) pour répondre, jusqu’au {{ proposal.answerBy }}.

{{ proposal.link }}

Un empêchement ou une question ? Répondez simplement à ce message.

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-duo-started',
      subject: 'Votre binôme commence : {{ mentor.firstName }} et {{ mentee.firstName }}',
      body: `Bonjour {{ recipient.firstName }},

Le contrat d’engagement est signé : le binôme formé par {{ mentor.firstName }} et {{ mentee.firstName }} démarre le {{ duo.startDate }} et se terminera au plus tard le {{ duo.endDate }}.

Pour rappel, le binôme se rencontre au moins {{ cadences.meetingsPerMonth }} fois par mois (environ {{ cadences.meetingMinutes }} minutes) et garde contact entre les rencontres (téléphone, e-mail, messages). Votre premier travail commun : établir ensemble le plan d’actions, qui servira de référence à chaque rencontre.

Nous prendrons des nouvelles de chacun·e toutes les {{ cadences.checkInEveryWeeks }} semaines. Vous pouvez nous joindre à tout moment.

La page de votre binôme : {{ duo.link }}

Bon mentorat !
L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-check-in-reminder',
      subject: 'Point de suivi à faire : {{ mentor.firstName }} et {{ mentee.firstName }}',
      body: `Bonjour {{ recipient.firstName }},

Le point de suivi du binôme {{ mentor.firstName }} {{ mentor.lastName }} – {{ mentee.firstName }} {{ mentee.lastName }} est prévu pour le {{ checkIn.dueDate }} (un contact toutes les {{ checkIn.everyWeeks }} semaines).{% if checkIn.overdue %} Il est en retard.{% endif %}

Prenez contact avec chaque partie du binôme pour faire le point sur l’avancement du plan d’actions, le rythme des rencontres et les difficultés éventuelles, puis notez-le dans la fiche du binôme :
{{ duo.link }}`,
    },
    {
      kind: 'email-cadence-reminder',
      // Sent in the organisation's language, gently: the duo is reminded once a month at most.
      subject: `{% case locale %}{% when 'en' %}Your meetings in {{ cadence.month }}{% when 'nl' %}Uw ontmoetingen in {{ cadence.month }}{% else %}Vos rencontres en {{ cadence.month }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

In {{ cadence.month }}, the duo {{ duo.mentee }} – {{ duo.mentor }} met {{ cadence.meetings }} time(s), where the programme suggests {{ cadence.expected }}. Life gets busy, that is normal: a short meeting or a call is enough to keep the thread going.

Plan your next meeting and log it on your duo's page:
{{ duo.link }}

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

In {{ cadence.month }} kwam het duo {{ duo.mentee }} – {{ duo.mentor }} {{ cadence.meetings }} keer samen, waar het programma {{ cadence.expected }} voorstelt. Het leven is druk, dat is normaal: een korte ontmoeting of een telefoontje volstaat om de draad vast te houden.

Plan uw volgende ontmoeting en noteer ze op de pagina van uw duo:
{{ duo.link }}

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

En {{ cadence.month }}, le binôme {{ duo.mentee }} – {{ duo.mentor }} s’est rencontré {{ cadence.meetings }} fois, là où le programme en propose {{ cadence.expected }}. Le quotidien est chargé, c’est normal : une courte rencontre ou un appel suffit à garder le fil.

Prévoyez votre prochaine rencontre et notez-la sur la page de votre binôme :
{{ duo.link }}

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-alerts-digest',
      // The coordinator's morning digest, in the organisation's language; each line names the duo and its link.
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: {{ digest.count }} alert(s){% when 'nl' %}: {{ digest.count }} melding(en){% else %} : {{ digest.count }} alerte(s){% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

The daily follow-up of {{ digest.date }} found these alerts about your duos:
{% for a in digest.alerts %}
- {{ a.what }}: {{ a.duo }} — {{ a.link }}{% endfor %}{% if digest.more > 0 %}
… and {{ digest.more }} more.{% endif %}

All of them, to dismiss or snooze: {{ digest.link }}{% when 'nl' %}Hallo {{ recipient.firstName }},

De dagelijkse opvolging van {{ digest.date }} vond deze meldingen over uw duo's:
{% for a in digest.alerts %}
- {{ a.what }}: {{ a.duo }} — {{ a.link }}{% endfor %}{% if digest.more > 0 %}
… en nog {{ digest.more }}.{% endif %}

Allemaal, om te negeren of uit te stellen: {{ digest.link }}{% else %}Bonjour {{ recipient.firstName }},

Le suivi quotidien du {{ digest.date }} a relevé ces alertes sur vos binômes :
{% for a in digest.alerts %}
- {{ a.what }} : {{ a.duo }} — {{ a.link }}{% endfor %}{% if digest.more > 0 %}
… et {{ digest.more }} de plus.{% endif %}

Toutes, pour les écarter ou les reporter : {{ digest.link }}{% endcase %}`,
    },
    {
      kind: 'email-evaluation',
      // Sent by the daily sweep on the day a moment of the rules falls, in the organisation's language; the link is
      // personal (it opens this person's questionnaire only) and works without an account until answerBy.
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: your view on the mentoring{% when 'nl' %}: uw mening over de mentoring{% else %} : votre avis sur le mentorat{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

Your view helps us improve {{ programme.name }}. Could you take ten minutes to answer the evaluation questionnaire of your duo ({{ evaluation.moment }}) by {{ evaluation.answerBy }}?

{{ evaluation.link }}

This link is yours alone and needs no account. Only the programme team reads your answers.

Thank you!
The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Uw mening helpt ons {{ programme.name }} te verbeteren. Wilt u tien minuten nemen om de evaluatievragenlijst van uw duo ({{ evaluation.moment }}) in te vullen vóór {{ evaluation.answerBy }}?

{{ evaluation.link }}

Deze link is alleen voor u en vraagt geen account. Alleen het programmateam leest uw antwoorden.

Bedankt!
Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Votre avis nous est précieux pour améliorer {{ programme.name }}. Pourriez-vous prendre une dizaine de minutes pour répondre au questionnaire d’évaluation de votre binôme ({{ evaluation.moment }}) avant le {{ evaluation.answerBy }} ?

{{ evaluation.link }}

Ce lien est personnel et ne demande pas de compte. Vos réponses sont lues par l’équipe du programme uniquement.

Merci !
L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-evaluation-reminder',
      // A week after the questionnaire (twice at most, the core's evaluationTiming), while it is unanswered.
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: evaluation reminder{% when 'nl' %}: herinnering evaluatie{% else %} : rappel de l’évaluation{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

A gentle reminder: the evaluation questionnaire of your duo ({{ evaluation.moment }}) is still waiting for your answers, until {{ evaluation.answerBy }}.

{{ evaluation.link }}

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Een vriendelijke herinnering: de evaluatievragenlijst van uw duo ({{ evaluation.moment }}) wacht nog op uw antwoorden, tot {{ evaluation.answerBy }}.

{{ evaluation.link }}

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Un petit rappel : le questionnaire d’évaluation de votre binôme ({{ evaluation.moment }}) attend toujours vos réponses, jusqu’au {{ evaluation.answerBy }}.

{{ evaluation.link }}

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-closure',
      subject: 'Clôture de votre binôme',
      body: `Bonjour {{ recipient.firstName }},

Le binôme formé par {{ mentor.firstName }} et {{ mentee.firstName }}, commencé le {{ duo.startDate }}, est clôturé le {{ duo.endDate }}. Issue du mentorat : {{ outcome.label }}.

Merci pour le chemin parcouru ensemble. Un court questionnaire d’évaluation vous attend ; vos réponses nous aident à faire grandir le programme.

{{ evaluation.link }}

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-information-session',
      subject: '{{ programme.name }} : séance d’information le {{ session.date }}',
      body: `Bonjour {{ recipient.firstName }},

Merci de votre intérêt pour {{ programme.name }}. Nous vous invitons à une séance d’information collective :

{{ session.title }}
Le {{ session.date }}, de {{ session.startTime }} à {{ session.endTime }} (heure de Bruxelles)
{% if session.place %}Lieu : {{ session.place }}
{% endif %}{% if session.videoLink %}En ligne : {{ session.videoLink }}
{% endif %}
Nous y présenterons qui peut participer, le rôle et les attentes de chacun·e, le contenu du programme, ses avantages et ses défis, et le caractère volontaire de l’engagement. Vous pourrez poser toutes vos questions.

L’invitation est jointe à ce message : ouvrez-la pour l’ajouter à votre agenda. Si vous ne pouvez pas venir, prévenez-nous simplement en répondant à ce message.

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-training-session',
      subject: '{{ programme.name }} : formation des mentors le {{ session.date }}',
      body: `Bonjour {{ recipient.firstName }},

Avant de commencer votre accompagnement, nous vous invitons à la formation des mentors :

{{ session.title }}
Le {{ session.date }}, de {{ session.startTime }} à {{ session.endTime }} (heure de Bruxelles)
{% if session.place %}Lieu : {{ session.place }}
{% endif %}{% if session.videoLink %}En ligne : {{ session.videoLink }}
{% endif %}
Au programme :
{% for topic in session.topics %}- {{ topic }}
{% endfor %}
L’invitation est jointe à ce message : ouvrez-la pour l’ajouter à votre agenda. Si vous ne pouvez pas venir, prévenez-nous en répondant à ce message ; nous vous proposerons une autre date.

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-newsletter',
      // The coordinator writes the subject and the message; the template wraps them, in the organisation's language,
      // with the personal unsubscribe link every newsletter must carry.
      subject: '{{ newsletter.subject }}',
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

{{ newsletter.body }}

The {{ organisation.name }} team

—
You receive this newsletter as a mentor of {{ programme.name }}. To stop receiving it, one click: {{ unsubscribe.link }}{% when 'nl' %}Hallo {{ recipient.firstName }},

{{ newsletter.body }}

Het team van {{ organisation.name }}

—
U ontvangt deze nieuwsbrief als mentor van {{ programme.name }}. Uitschrijven met één klik: {{ unsubscribe.link }}{% else %}Bonjour {{ recipient.firstName }},

{{ newsletter.body }}

L’équipe de {{ organisation.name }}

—
Vous recevez cette lettre d’information en tant que mentor du programme {{ programme.name }}. Pour ne plus la recevoir, un clic suffit : {{ unsubscribe.link }}{% endcase %}`,
    },
    {
      kind: 'email-partner-summary',
      // The monthly summary a referring partner's contact receives, in the organisation's language. Each paragraph is
      // written only when the programme shares that fact (summary.shares): what is not shared is not even handed over.
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: your referrals in{% when 'nl' %}: uw doorverwijzingen in{% else %} : vos orientations en{% endcase %} {{ summary.month }}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

Here is how the people {{ summary.partner }} referred to {{ programme.name }} fared in {{ summary.month }}.

People referred: {{ summary.referred }}. Duos started in the month: {{ summary.newDuos }}.{% if summary.shares.meetings %}
Mentoring meetings in the month: {{ summary.meetings }}.{% endif %}{% if summary.shares.outcome %}
Duos ended in the month: {{ summary.closures }}, with a positive exit: {{ summary.positiveOutcomes }}.{% endif %}
{% for p in summary.people %}
- {{ p.name }}{% if p.stage %}: {{ p.stage }}{% endif %}{% if p.meetings %}, {{ p.meetings }} meeting(s) this month{% endif %}{% if p.started %}, started this month{% endif %}{% if p.outcome %}, ended: {{ p.outcome }}{% endif %}{% endfor %}

Each person's page: {{ summary.link }}

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Zo verging het de mensen die {{ summary.partner }} naar {{ programme.name }} doorverwees in {{ summary.month }}.

Doorverwezen personen: {{ summary.referred }}. Duo's gestart in de maand: {{ summary.newDuos }}.{% if summary.shares.meetings %}
Mentorontmoetingen in de maand: {{ summary.meetings }}.{% endif %}{% if summary.shares.outcome %}
Duo's beëindigd in de maand: {{ summary.closures }}, met een positieve uitstroom: {{ summary.positiveOutcomes }}.{% endif %}
{% for p in summary.people %}
- {{ p.name }}{% if p.stage %}: {{ p.stage }}{% endif %}{% if p.meetings %}, {{ p.meetings }} ontmoeting(en) deze maand{% endif %}{% if p.started %}, gestart deze maand{% endif %}{% if p.outcome %}, beëindigd: {{ p.outcome }}{% endif %}{% endfor %}

De pagina van elke persoon: {{ summary.link }}

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Voici où en sont, en {{ summary.month }}, les personnes que {{ summary.partner }} a orientées vers {{ programme.name }}.

Personnes orientées : {{ summary.referred }}. Binômes commencés dans le mois : {{ summary.newDuos }}.{% if summary.shares.meetings %}
Rencontres de mentorat dans le mois : {{ summary.meetings }}.{% endif %}{% if summary.shares.outcome %}
Binômes terminés dans le mois : {{ summary.closures }}, dont avec une sortie positive : {{ summary.positiveOutcomes }}.{% endif %}
{% for p in summary.people %}
- {{ p.name }}{% if p.stage %} : {{ p.stage }}{% endif %}{% if p.meetings %}, {{ p.meetings }} rencontre(s) ce mois-ci{% endif %}{% if p.started %}, commencé ce mois-ci{% endif %}{% if p.outcome %}, terminé : {{ p.outcome }}{% endif %}{% endfor %}

La page de chaque personne : {{ summary.link }}

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-peer-meeting',
      subject: '{{ programme.name }} : rencontre entre mentors le {{ session.date }}',
      body: `Bonjour {{ recipient.firstName }},

Nous vous invitons à la prochaine rencontre entre mentors du programme, un moment pour partager vos expériences, parler des situations qui vous questionnent et continuer à vous former ensemble :

{{ session.title }}
Le {{ session.date }}, de {{ session.startTime }} à {{ session.endTime }} (heure de Bruxelles)
{% if session.place %}Lieu : {{ session.place }}
{% endif %}{% if session.videoLink %}En ligne : {{ session.videoLink }}
{% endif %}{% if session.topics.size > 0 %}Au programme :
{% for topic in session.topics %}- {{ topic }}
{% endfor %}{% endif %}
La participation est libre, mais vivement encouragée. L’invitation est jointe à ce message : ouvrez-la pour l’ajouter à votre agenda, et dites-nous en répondant à ce message si vous ne pouvez pas venir.

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-closing-interview',
      subject: '{{ programme.name }} : entretien de clôture le {{ closingInterview.date }}',
      body: `Bonjour {{ recipient.firstName }},

Le mentorat de {{ mentor.firstName }} et {{ mentee.firstName }} arrive à son terme. Nous vous invitons à l’entretien de clôture, un dernier moment ensemble pour revenir sur le chemin parcouru et sur ce qui vient ensuite :

Le {{ closingInterview.date }} à {{ closingInterview.time }} (heure de Bruxelles), environ {{ closingInterview.durationMinutes }} minutes
{% if closingInterview.online %}En ligne{% if closingInterview.place %} : {{ closingInterview.place }}{% endif %}{% else %}{% if closingInterview.place %}Lieu : {{ closingInterview.place }}{% endif %}{% endif %}

L’invitation est jointe à ce message : ouvrez-la pour l’ajouter à votre agenda. Si vous ne pouvez pas venir, dites-le-nous en répondant à ce message ; nous trouverons une autre date.

{{ coordinator.fullName }}
L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-application-received',
      // Sent in the applicant's language: one template whose branches the organisation edits like any other words.
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: application received{% when 'nl' %}: aanvraag ontvangen{% else %} : candidature reçue{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

Thank you for applying to {{ programme.name }} as a {{ side }}. We have received your application and will contact you soon to tell you about the next steps, starting with an information session.

If you did not send this application, or if you wish to withdraw it, reply to this message.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Bedankt voor uw aanvraag voor {{ programme.name }} als {{ side }}. We hebben ze goed ontvangen en nemen binnenkort contact met u op over de volgende stappen, te beginnen met een infosessie.

Hebt u deze aanvraag niet verstuurd, of wilt u ze intrekken? Antwoord dan op dit bericht.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Merci pour votre candidature à {{ programme.name }} en tant que {{ side }}. Nous l’avons bien reçue et vous contacterons prochainement pour vous présenter la suite, à commencer par une séance d’information.

Si vous n’avez pas envoyé cette candidature, ou si vous souhaitez la retirer, répondez à ce message.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-decision',
      // After the individual interview (seed 003: the candidate is told; a refused mentee is pointed to better-suited support).
      subject: `{{ programme.name }} : {% if decision.accepted %}votre candidature est retenue{% else %}réponse à votre candidature{% endif %}`,
      body: `Bonjour {{ recipient.firstName }},

{% if decision.accepted %}Merci pour l’entretien. Nous avons le plaisir de vous confirmer que votre candidature à {{ programme.name }} est retenue, en tant que {{ side }}. Nous reviendrons vers vous très vite pour la suite{% if side == 'mentor' %}, à commencer par la formation des mentors{% endif %}.{% else %}Merci pour l’entretien et pour l’intérêt que vous portez à {{ programme.name }}. Après réflexion, nous ne pouvons pas retenir votre candidature pour le moment.{% if decision.reason %}

{{ decision.reason }}{% endif %}{% if decision.referredTo %}

Nous pensons que {{ decision.referredTo }} peut mieux vous accompagner dans votre projet ; n’hésitez pas à les contacter de notre part.{% endif %}{% endif %}

Une question ? Répondez simplement à ce message.

L’équipe de {{ organisation.name }}`,
    },
    {
      kind: 'email-contract-to-sign',
      // After both validated the first meeting (seed 001 stage 3D): the engagement contract, to read and sign online.
      subject: '{{ programme.name }} : votre contrat d’engagement à signer',
      body: `Bonjour {{ recipient.firstName }},

{% if contract.revision > 1 %}Le contrat d’engagement de votre binôme a été modifié : les signatures déjà données sur la version précédente ne valent plus. Merci de lire la nouvelle version et de la signer.{% else %}{{ mentor.fullName }} et {{ mentee.fullName }} ont tous deux choisi de travailler ensemble : bienvenue dans {{ programme.name }} ! Le contrat d’engagement de votre binôme est prêt.{% endif %}

Vous pouvez le lire et le signer en ligne, en tant que {{ role }}, en suivant ce lien :
{{ contract.signLink }}

Le mentorat commence dès que toutes les parties ont signé.

Une question ? Répondez simplement à ce message.

L’équipe de {{ organisation.name }}`,
    },
  ]
}

/**
 * The standard e-mail of a kind: what is sent when a programme's rules were saved before that kind existed.
 *
 * @example
 * standardEmail('email-information-session')?.subject // '{{ programme.name }} : séance d’information le {{ session.date }}'
 */
export function standardEmail(kind: TemplateKind): DocumentTemplate | undefined {
  return standardEmails().find((t) => t.kind === kind)
}
