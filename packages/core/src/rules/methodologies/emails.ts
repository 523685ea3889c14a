import type { DocumentTemplate, TemplateKind } from '../programme-rules'

/**
 * The e-mails the platform sends, in LiquidJS, in French, English and Dutch: each subject and body switches on
 * `{% case locale %}` (the organisation's working language unless the sender names another, such as an applicant's),
 * French in the `else` branch so that an unknown language still gets words. Every methodology copies these into a
 * programme's rules, where they become the organisation's own words to edit; the variables of each kind are listed
 * in `@binome/documents`.
 */
export function standardEmails(): DocumentTemplate[] {
  return [
    {
      kind: 'email-invitation',
      subject: `{% case locale %}{% when 'en' %}Invitation to join {{ organisation.name }} on Binôme{% when 'nl' %}Uitnodiging om lid te worden van {{ organisation.name }} op Binôme{% else %}Invitation à rejoindre {{ organisation.name }} sur Binôme{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

{{ invitedBy }} invites you to join the space of {{ organisation.name }} on Binôme, the platform of its mentoring-for-employment programmes, as {{ role }}.

To accept the invitation and reach your space, follow this link:
{{ link }}

If you were not expecting this invitation, you can ignore this message.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

{{ invitedBy }} nodigt u uit om lid te worden van de ruimte van {{ organisation.name }} op Binôme, het platform van haar mentoringprogramma's naar werk, als {{ role }}.

Volg deze link om de uitnodiging te aanvaarden en uw ruimte te openen:
{{ link }}

Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

{{ invitedBy }} vous invite à rejoindre l’espace de {{ organisation.name }} sur Binôme, la plateforme de ses programmes de mentorat vers l’emploi, en tant que {{ role }}.

Pour accepter l’invitation et accéder à votre espace, suivez ce lien :
{{ link }}

Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-sign-in-code',
      subject: `{% case locale %}{% when 'en' %}Your sign-in code: {{ code }}{% when 'nl' %}Uw aanmeldcode: {{ code }}{% else %}Votre code de connexion : {{ code }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello,

Here is your Binôme sign-in code: {{ code }}

Enter it on the sign-in page: {{ link }}

It is valid for {{ validMinutes }} minutes and works only once. Share it with no one: the team will never ask you for it.

If you did not ask for this code, ignore this message.{% when 'nl' %}Hallo,

Hier is uw aanmeldcode voor Binôme: {{ code }}

Vul hem in op de aanmeldpagina: {{ link }}

De code is {{ validMinutes }} minuten geldig en werkt maar één keer. Geef hem aan niemand door: het team zal er nooit naar vragen.

Hebt u deze code niet aangevraagd? Negeer dan dit bericht.{% else %}Bonjour,

Voici votre code de connexion à Binôme : {{ code }}

Saisissez-le sur la page de connexion : {{ link }}

Il est valable {{ validMinutes }} minutes et ne sert qu’une fois. Ne le communiquez à personne : l’équipe ne vous le demandera jamais.

Si vous n’avez pas demandé ce code, ignorez ce message.{% endcase %}`,
    },
    {
      kind: 'email-proposal',
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: we are proposing a mentee to you{% when 'nl' %}: wij stellen u een mentee voor{% else %} : un·e mentee vous est proposé·e{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

Thank you for your commitment to {{ programme.name }}. We think you could mentor {{ mentee.firstName }}: you will find their profile by following the link below.

{{ proposal.link }}

You are free to accept or decline this proposal; if you decline, tell us why, as it helps us propose a better-suited profile. Please answer by {{ proposal.answerBy }}.

If you accept, we will arrange a first meeting with {{ mentee.firstName }} together with you.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Bedankt voor uw engagement in {{ programme.name }}. Wij denken dat u {{ mentee.firstName }} zou kunnen begeleiden: u vindt het profiel via de link hieronder.

{{ proposal.link }}

U bent vrij om dit voorstel te aanvaarden of te weigeren; als u weigert, laat ons dan weten waarom, zo kunnen we u een profiel voorstellen dat beter past. Gelieve te antwoorden vóór {{ proposal.answerBy }}.

Als u aanvaardt, organiseren we samen met u een eerste ontmoeting met {{ mentee.firstName }}.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Merci pour votre engagement dans {{ programme.name }}. Nous pensons que vous pourriez accompagner {{ mentee.firstName }} : vous trouverez son profil en suivant le lien ci-dessous.

{{ proposal.link }}

Vous êtes libre d’accepter ou de refuser cette proposition ; si vous refusez, dites-nous pourquoi, cela nous aide à vous proposer un profil plus adapté. Merci de répondre avant le {{ proposal.answerBy }}.

Si vous acceptez, nous organiserons avec vous une première rencontre avec {{ mentee.firstName }}.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-proposal-reminder',
      subject: `{% case locale %}{% when 'en' %}Reminder: a mentoring proposal is waiting for your answer{% when 'nl' %}Herinnering: een mentoringvoorstel wacht op uw antwoord{% else %}Rappel : une proposition de mentorat attend votre réponse{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

We proposed that you mentor {{ mentee.firstName }} in {{ programme.name }} and have not yet received your answer. {{ mentee.firstName }} is waiting to get started: you have {{ proposal.daysLeft }} day(s) left to answer, until {{ proposal.answerBy }}.

{{ proposal.link }}

Something in the way, or a question? Simply reply to this message.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Wij stelden u voor om {{ mentee.firstName }} te begeleiden in {{ programme.name }} en hebben uw antwoord nog niet ontvangen. {{ mentee.firstName }} wacht om te kunnen beginnen: u hebt nog {{ proposal.daysLeft }} dag(en) om te antwoorden, tot {{ proposal.answerBy }}.

{{ proposal.link }}

Verhinderd of een vraag? Antwoord gewoon op dit bericht.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Nous vous avons proposé d’accompagner {{ mentee.firstName }} dans le cadre de {{ programme.name }} et n’avons pas encore reçu votre réponse. {{ mentee.firstName }} attend de pouvoir commencer : il vous reste {{ proposal.daysLeft }} jour(s) pour répondre, jusqu’au {{ proposal.answerBy }}.

{{ proposal.link }}

Un empêchement ou une question ? Répondez simplement à ce message.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-duo-started',
      subject: `{% case locale %}{% when 'en' %}Your duo begins: {{ mentor.firstName }} and {{ mentee.firstName }}{% when 'nl' %}Uw duo start: {{ mentor.firstName }} en {{ mentee.firstName }}{% else %}Votre binôme commence : {{ mentor.firstName }} et {{ mentee.firstName }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

The engagement contract is signed: the duo of {{ mentor.firstName }} and {{ mentee.firstName }} starts on {{ duo.startDate }} and will end by {{ duo.endDate }} at the latest.

As a reminder, the duo meets at least {{ cadences.meetingsPerMonth }} times a month (about {{ cadences.meetingMinutes }} minutes) and keeps in touch between meetings (phone, e-mail, messages). Your first task together: draw up the action plan, which will guide every meeting.

We will check in with each of you every {{ cadences.checkInEveryWeeks }} weeks. You can reach us at any time.

Your duo's page: {{ duo.link }}

Happy mentoring!
The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

De engagementsovereenkomst is ondertekend: het duo van {{ mentor.firstName }} en {{ mentee.firstName }} start op {{ duo.startDate }} en eindigt uiterlijk op {{ duo.endDate }}.

Ter herinnering: het duo ontmoet elkaar minstens {{ cadences.meetingsPerMonth }} keer per maand (ongeveer {{ cadences.meetingMinutes }} minuten) en houdt tussen de ontmoetingen contact (telefoon, e-mail, berichten). Uw eerste gezamenlijke opdracht: samen het actieplan opstellen, dat bij elke ontmoeting als leidraad dient.

Wij nemen om de {{ cadences.checkInEveryWeeks }} weken contact op met ieder van u. U kunt ons op elk moment bereiken.

De pagina van uw duo: {{ duo.link }}

Veel succes met de mentoring!
Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Le contrat d’engagement est signé : le binôme formé par {{ mentor.firstName }} et {{ mentee.firstName }} démarre le {{ duo.startDate }} et se terminera au plus tard le {{ duo.endDate }}.

Pour rappel, le binôme se rencontre au moins {{ cadences.meetingsPerMonth }} fois par mois (environ {{ cadences.meetingMinutes }} minutes) et garde contact entre les rencontres (téléphone, e-mail, messages). Votre premier travail commun : établir ensemble le plan d’actions, qui servira de référence à chaque rencontre.

Nous prendrons des nouvelles de chacun·e toutes les {{ cadences.checkInEveryWeeks }} semaines. Vous pouvez nous joindre à tout moment.

La page de votre binôme : {{ duo.link }}

Bon mentorat !
L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-check-in-reminder',
      subject: `{% case locale %}{% when 'en' %}Check-in due: {{ mentor.firstName }} and {{ mentee.firstName }}{% when 'nl' %}Opvolggesprek te doen: {{ mentor.firstName }} en {{ mentee.firstName }}{% else %}Point de suivi à faire : {{ mentor.firstName }} et {{ mentee.firstName }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

The check-in of the duo {{ mentor.firstName }} {{ mentor.lastName }} – {{ mentee.firstName }} {{ mentee.lastName }} is due on {{ checkIn.dueDate }} (one contact every {{ checkIn.everyWeeks }} weeks).{% if checkIn.overdue %} It is overdue.{% endif %}

Get in touch with each member of the duo to review the progress of the action plan, the pace of the meetings and any difficulties, then record it on the duo's page:
{{ duo.link }}{% when 'nl' %}Hallo {{ recipient.firstName }},

Het opvolggesprek van het duo {{ mentor.firstName }} {{ mentor.lastName }} – {{ mentee.firstName }} {{ mentee.lastName }} is gepland op {{ checkIn.dueDate }} (een contact om de {{ checkIn.everyWeeks }} weken).{% if checkIn.overdue %} Het is te laat.{% endif %}

Neem contact op met elke partij van het duo om de voortgang van het actieplan, het ritme van de ontmoetingen en eventuele moeilijkheden te bespreken, en noteer het daarna op de pagina van het duo:
{{ duo.link }}{% else %}Bonjour {{ recipient.firstName }},

Le point de suivi du binôme {{ mentor.firstName }} {{ mentor.lastName }} – {{ mentee.firstName }} {{ mentee.lastName }} est prévu pour le {{ checkIn.dueDate }} (un contact toutes les {{ checkIn.everyWeeks }} semaines).{% if checkIn.overdue %} Il est en retard.{% endif %}

Prenez contact avec chaque partie du binôme pour faire le point sur l’avancement du plan d’actions, le rythme des rencontres et les difficultés éventuelles, puis notez-le dans la fiche du binôme :
{{ duo.link }}{% endcase %}`,
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
      subject: `{% case locale %}{% when 'en' %}Closure of your duo{% when 'nl' %}Afsluiting van uw duo{% else %}Clôture de votre binôme{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

The duo of {{ mentor.firstName }} and {{ mentee.firstName }}, begun on {{ duo.startDate }}, is closed on {{ duo.endDate }}. Outcome of the mentoring: {{ outcome.label }}.

Thank you for the road you travelled together. A short evaluation questionnaire awaits you; your answers help us grow the programme.

{{ evaluation.link }}

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Het duo van {{ mentor.firstName }} en {{ mentee.firstName }}, gestart op {{ duo.startDate }}, wordt afgesloten op {{ duo.endDate }}. Resultaat van de mentoring: {{ outcome.label }}.

Bedankt voor de weg die u samen hebt afgelegd. Een korte evaluatievragenlijst wacht op u; uw antwoorden helpen ons het programma te laten groeien.

{{ evaluation.link }}

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Le binôme formé par {{ mentor.firstName }} et {{ mentee.firstName }}, commencé le {{ duo.startDate }}, est clôturé le {{ duo.endDate }}. Issue du mentorat : {{ outcome.label }}.

Merci pour le chemin parcouru ensemble. Un court questionnaire d’évaluation vous attend ; vos réponses nous aident à faire grandir le programme.

{{ evaluation.link }}

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-information-session',
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: information session on {{ session.date }}{% when 'nl' %}: infosessie op {{ session.date }}{% else %} : séance d’information le {{ session.date }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

Thank you for your interest in {{ programme.name }}. We invite you to a group information session:

{{ session.title }}
On {{ session.date }}, from {{ session.startTime }} to {{ session.endTime }} (Brussels time)
{% if session.place %}Place: {{ session.place }}
{% endif %}{% if session.videoLink %}Online: {{ session.videoLink }}
{% endif %}
We will present who can take part, the role and what is expected of each person, the programme's content, its benefits and challenges, and the voluntary nature of the commitment. You can ask all your questions.

The invitation is attached to this message: open it to add it to your calendar. If you cannot come, simply let us know by replying to this message.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Bedankt voor uw interesse in {{ programme.name }}. Wij nodigen u uit op een collectieve infosessie:

{{ session.title }}
Op {{ session.date }}, van {{ session.startTime }} tot {{ session.endTime }} (Brusselse tijd)
{% if session.place %}Plaats: {{ session.place }}
{% endif %}{% if session.videoLink %}Online: {{ session.videoLink }}
{% endif %}
We lichten er toe wie kan deelnemen, welke rol en verwachtingen elkeen heeft, wat het programma inhoudt, welke voordelen en uitdagingen het biedt, en dat het engagement vrijwillig is. U kunt er al uw vragen stellen.

De uitnodiging zit als bijlage bij dit bericht: open ze om ze aan uw agenda toe te voegen. Kunt u niet komen? Laat het ons gewoon weten door op dit bericht te antwoorden.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Merci de votre intérêt pour {{ programme.name }}. Nous vous invitons à une séance d’information collective :

{{ session.title }}
Le {{ session.date }}, de {{ session.startTime }} à {{ session.endTime }} (heure de Bruxelles)
{% if session.place %}Lieu : {{ session.place }}
{% endif %}{% if session.videoLink %}En ligne : {{ session.videoLink }}
{% endif %}
Nous y présenterons qui peut participer, le rôle et les attentes de chacun·e, le contenu du programme, ses avantages et ses défis, et le caractère volontaire de l’engagement. Vous pourrez poser toutes vos questions.

L’invitation est jointe à ce message : ouvrez-la pour l’ajouter à votre agenda. Si vous ne pouvez pas venir, prévenez-nous simplement en répondant à ce message.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-training-session',
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: mentor training on {{ session.date }}{% when 'nl' %}: mentoropleiding op {{ session.date }}{% else %} : formation des mentors le {{ session.date }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

Before you begin mentoring, we invite you to the mentor training:

{{ session.title }}
On {{ session.date }}, from {{ session.startTime }} to {{ session.endTime }} (Brussels time)
{% if session.place %}Place: {{ session.place }}
{% endif %}{% if session.videoLink %}Online: {{ session.videoLink }}
{% endif %}
On the agenda:
{% for topic in session.topics %}- {{ topic }}
{% endfor %}
The invitation is attached to this message: open it to add it to your calendar. If you cannot come, let us know by replying to this message; we will offer you another date.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Voordat u met uw begeleiding begint, nodigen wij u uit op de mentoropleiding:

{{ session.title }}
Op {{ session.date }}, van {{ session.startTime }} tot {{ session.endTime }} (Brusselse tijd)
{% if session.place %}Plaats: {{ session.place }}
{% endif %}{% if session.videoLink %}Online: {{ session.videoLink }}
{% endif %}
Op het programma:
{% for topic in session.topics %}- {{ topic }}
{% endfor %}
De uitnodiging zit als bijlage bij dit bericht: open ze om ze aan uw agenda toe te voegen. Kunt u niet komen? Laat het ons weten door op dit bericht te antwoorden; dan stellen we u een andere datum voor.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

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

L’équipe de {{ organisation.name }}{% endcase %}`,
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
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: mentors’ peer meeting on {{ session.date }}{% when 'nl' %}: mentorenbijeenkomst op {{ session.date }}{% else %} : rencontre entre mentors le {{ session.date }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

We invite you to the programme's next mentors' peer meeting, a time to share your experiences, talk about the situations that raise questions for you and keep learning together:

{{ session.title }}
On {{ session.date }}, from {{ session.startTime }} to {{ session.endTime }} (Brussels time)
{% if session.place %}Place: {{ session.place }}
{% endif %}{% if session.videoLink %}Online: {{ session.videoLink }}
{% endif %}{% if session.topics.size > 0 %}On the agenda:
{% for topic in session.topics %}- {{ topic }}
{% endfor %}{% endif %}
Taking part is optional, but warmly encouraged. The invitation is attached to this message: open it to add it to your calendar, and let us know by replying to this message if you cannot come.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

Wij nodigen u uit op de volgende mentorenbijeenkomst van het programma, een moment om ervaringen te delen, te praten over situaties die vragen oproepen en samen verder te leren:

{{ session.title }}
Op {{ session.date }}, van {{ session.startTime }} tot {{ session.endTime }} (Brusselse tijd)
{% if session.place %}Plaats: {{ session.place }}
{% endif %}{% if session.videoLink %}Online: {{ session.videoLink }}
{% endif %}{% if session.topics.size > 0 %}Op het programma:
{% for topic in session.topics %}- {{ topic }}
{% endfor %}{% endif %}
Deelname is vrij, maar wordt sterk aangemoedigd. De uitnodiging zit als bijlage bij dit bericht: open ze om ze aan uw agenda toe te voegen, en laat ons weten door op dit bericht te antwoorden als u niet kunt komen.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Nous vous invitons à la prochaine rencontre entre mentors du programme, un moment pour partager vos expériences, parler des situations qui vous questionnent et continuer à vous former ensemble :

{{ session.title }}
Le {{ session.date }}, de {{ session.startTime }} à {{ session.endTime }} (heure de Bruxelles)
{% if session.place %}Lieu : {{ session.place }}
{% endif %}{% if session.videoLink %}En ligne : {{ session.videoLink }}
{% endif %}{% if session.topics.size > 0 %}Au programme :
{% for topic in session.topics %}- {{ topic }}
{% endfor %}{% endif %}
La participation est libre, mais vivement encouragée. L’invitation est jointe à ce message : ouvrez-la pour l’ajouter à votre agenda, et dites-nous en répondant à ce message si vous ne pouvez pas venir.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-closing-interview',
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: closing interview on {{ closingInterview.date }}{% when 'nl' %}: afsluitgesprek op {{ closingInterview.date }}{% else %} : entretien de clôture le {{ closingInterview.date }}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

The mentoring of {{ mentor.firstName }} and {{ mentee.firstName }} is coming to an end. We invite you to the closing interview, a last moment together to look back on the road travelled and ahead to what comes next:

On {{ closingInterview.date }} at {{ closingInterview.time }} (Brussels time), about {{ closingInterview.durationMinutes }} minutes
{% if closingInterview.online %}Online{% if closingInterview.place %}: {{ closingInterview.place }}{% endif %}{% else %}{% if closingInterview.place %}Place: {{ closingInterview.place }}{% endif %}{% endif %}

The invitation is attached to this message: open it to add it to your calendar. If you cannot come, tell us by replying to this message; we will find another date.

{{ coordinator.fullName }}
The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

De mentoring van {{ mentor.firstName }} en {{ mentee.firstName }} loopt ten einde. Wij nodigen u uit op het afsluitgesprek, een laatste moment samen om terug te blikken op de afgelegde weg en vooruit te kijken naar wat volgt:

Op {{ closingInterview.date }} om {{ closingInterview.time }} (Brusselse tijd), ongeveer {{ closingInterview.durationMinutes }} minuten
{% if closingInterview.online %}Online{% if closingInterview.place %}: {{ closingInterview.place }}{% endif %}{% else %}{% if closingInterview.place %}Plaats: {{ closingInterview.place }}{% endif %}{% endif %}

De uitnodiging zit als bijlage bij dit bericht: open ze om ze aan uw agenda toe te voegen. Kunt u niet komen? Laat het ons weten door op dit bericht te antwoorden; dan zoeken we een andere datum.

{{ coordinator.fullName }}
Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

Le mentorat de {{ mentor.firstName }} et {{ mentee.firstName }} arrive à son terme. Nous vous invitons à l’entretien de clôture, un dernier moment ensemble pour revenir sur le chemin parcouru et sur ce qui vient ensuite :

Le {{ closingInterview.date }} à {{ closingInterview.time }} (heure de Bruxelles), environ {{ closingInterview.durationMinutes }} minutes
{% if closingInterview.online %}En ligne{% if closingInterview.place %} : {{ closingInterview.place }}{% endif %}{% else %}{% if closingInterview.place %}Lieu : {{ closingInterview.place }}{% endif %}{% endif %}

L’invitation est jointe à ce message : ouvrez-la pour l’ajouter à votre agenda. Si vous ne pouvez pas venir, dites-le-nous en répondant à ce message ; nous trouverons une autre date.

{{ coordinator.fullName }}
L’équipe de {{ organisation.name }}{% endcase %}`,
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
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: {% if decision.accepted %}your application is accepted{% else %}an answer to your application{% endif %}{% when 'nl' %}: {% if decision.accepted %}uw aanvraag is aanvaard{% else %}antwoord op uw aanvraag{% endif %}{% else %} : {% if decision.accepted %}votre candidature est retenue{% else %}réponse à votre candidature{% endif %}{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

{% if decision.accepted %}Thank you for the interview. We are pleased to confirm that your application to {{ programme.name }} as a {{ side }} is accepted. We will get back to you very soon about the next steps{% if side == 'mentor' %}, starting with the mentor training{% endif %}.{% else %}Thank you for the interview and for your interest in {{ programme.name }}. After careful thought, we cannot accept your application for now.{% if decision.reason %}

{{ decision.reason }}{% endif %}{% if decision.referredTo %}

We think that {{ decision.referredTo }} can better support you in your plans; feel free to contact them on our behalf.{% endif %}{% endif %}

A question? Simply reply to this message.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

{% if decision.accepted %}Bedankt voor het gesprek. Met plezier bevestigen wij dat uw aanvraag voor {{ programme.name }} als {{ side }} is aanvaard. We nemen zeer binnenkort opnieuw contact met u op over de volgende stappen{% if side == 'mentor' %}, te beginnen met de mentoropleiding{% endif %}.{% else %}Bedankt voor het gesprek en voor uw interesse in {{ programme.name }}. Na rijp beraad kunnen wij uw aanvraag op dit moment niet aanvaarden.{% if decision.reason %}

{{ decision.reason }}{% endif %}{% if decision.referredTo %}

Wij denken dat {{ decision.referredTo }} u beter kan begeleiden in uw project; neem gerust namens ons contact met hen op.{% endif %}{% endif %}

Een vraag? Antwoord gewoon op dit bericht.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

{% if decision.accepted %}Merci pour l’entretien. Nous avons le plaisir de vous confirmer que votre candidature à {{ programme.name }} est retenue, en tant que {{ side }}. Nous reviendrons vers vous très vite pour la suite{% if side == 'mentor' %}, à commencer par la formation des mentors{% endif %}.{% else %}Merci pour l’entretien et pour l’intérêt que vous portez à {{ programme.name }}. Après réflexion, nous ne pouvons pas retenir votre candidature pour le moment.{% if decision.reason %}

{{ decision.reason }}{% endif %}{% if decision.referredTo %}

Nous pensons que {{ decision.referredTo }} peut mieux vous accompagner dans votre projet ; n’hésitez pas à les contacter de notre part.{% endif %}{% endif %}

Une question ? Répondez simplement à ce message.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
    {
      kind: 'email-contract-to-sign',
      // After both validated the first meeting (seed 001 stage 3D): the engagement contract, to read and sign online.
      subject: `{{ programme.name }}{% case locale %}{% when 'en' %}: your engagement contract to sign{% when 'nl' %}: uw engagementsovereenkomst om te ondertekenen{% else %} : votre contrat d’engagement à signer{% endcase %}`,
      body: `{% case locale %}{% when 'en' %}Hello {{ recipient.firstName }},

{% if contract.revision > 1 %}Your duo's engagement contract has changed: the signatures already given on the previous version no longer count. Please read the new version and sign it.{% else %}{{ mentor.fullName }} and {{ mentee.fullName }} have both chosen to work together: welcome to {{ programme.name }}! Your duo's engagement contract is ready.{% endif %}

You can read and sign it online, as {{ role }}, by following this link:
{{ contract.signLink }}

The mentoring begins as soon as all parties have signed.

A question? Simply reply to this message.

The {{ organisation.name }} team{% when 'nl' %}Hallo {{ recipient.firstName }},

{% if contract.revision > 1 %}De engagementsovereenkomst van uw duo is gewijzigd: de handtekeningen die al op de vorige versie werden gezet, gelden niet meer. Gelieve de nieuwe versie te lezen en te ondertekenen.{% else %}{{ mentor.fullName }} en {{ mentee.fullName }} hebben allebei gekozen om samen te werken: welkom in {{ programme.name }}! De engagementsovereenkomst van uw duo is klaar.{% endif %}

U kunt ze online lezen en ondertekenen, als {{ role }}, via deze link:
{{ contract.signLink }}

De mentoring begint zodra alle partijen hebben ondertekend.

Een vraag? Antwoord gewoon op dit bericht.

Het team van {{ organisation.name }}{% else %}Bonjour {{ recipient.firstName }},

{% if contract.revision > 1 %}Le contrat d’engagement de votre binôme a été modifié : les signatures déjà données sur la version précédente ne valent plus. Merci de lire la nouvelle version et de la signer.{% else %}{{ mentor.fullName }} et {{ mentee.fullName }} ont tous deux choisi de travailler ensemble : bienvenue dans {{ programme.name }} ! Le contrat d’engagement de votre binôme est prêt.{% endif %}

Vous pouvez le lire et le signer en ligne, en tant que {{ role }}, en suivant ce lien :
{{ contract.signLink }}

Le mentorat commence dès que toutes les parties ont signé.

Une question ? Répondez simplement à ce message.

L’équipe de {{ organisation.name }}{% endcase %}`,
    },
  ]
}

/**
 * The standard e-mail of a kind: what is sent when a programme's rules were saved before that kind existed.
 *
 * @example
 * standardEmail('email-closure')?.subject // "{% case locale %}{% when 'en' %}Closure of your duo{% when 'nl' %}Afsluiting van uw duo{% else %}Clôture de votre binôme{% endcase %}"
 */
export function standardEmail(kind: TemplateKind): DocumentTemplate | undefined {
  return standardEmails().find((t) => t.kind === kind)
}
