/**
 * A small taxonomy for the demo, so people can fill in a profile before anyone imports ESCO
 * (`npm run skills:import`): common skills in municipal work, Dutch first, with English labels and
 * synonyms. Skills named by the demo klussen are added to it as well.
 */
export const DEMO_SKILLS: { nl: string; en: string; alt?: string[] }[] = [
  { nl: 'GIS', en: 'GIS', alt: ['geografische informatiesystemen', 'geo-informatie'] },
  { nl: 'Cartografie', en: 'Cartography', alt: ['kaarten maken'] },
  { nl: 'Excel', en: 'Excel', alt: ['spreadsheets', 'rekenbladen'] },
  { nl: 'Power BI', en: 'Power BI', alt: ['dashboards'] },
  { nl: 'Data-analyse', en: 'Data analysis', alt: ['data analyseren', 'statistiek'] },
  { nl: 'Projectleiding', en: 'Project management', alt: ['projectmanagement', 'projecten leiden'] },
  { nl: 'Procesverbetering', en: 'Process improvement', alt: ['lean', 'procesoptimalisatie'] },
  { nl: 'Beleidsadvisering', en: 'Policy advice', alt: ['beleid schrijven', 'beleidsadvies'] },
  { nl: 'Ruimtelijke ordening', en: 'Spatial planning', alt: ['omgevingsplan', 'bestemmingsplannen'] },
  { nl: 'Omgevingsrecht', en: 'Environmental law', alt: ['omgevingswet', 'vergunningen'] },
  { nl: 'Juridisch advies', en: 'Legal advice', alt: ['juridische ondersteuning'] },
  { nl: 'Participatiewet', en: 'Participation Act', alt: ['bijstand'] },
  { nl: 'Sociaal domein', en: 'Social domain', alt: ['Wmo', 'jeugdzorg'] },
  { nl: 'Archiefbeheer', en: 'Records management', alt: ['archivering', 'informatiebeheer'] },
  { nl: 'Communicatie', en: 'Communication', alt: ['communicatieadvies', 'voorlichting'] },
  {
    nl: 'Schrijven op B1-niveau',
    en: 'Plain language writing',
    alt: ['begrijpelijke taal', 'eenvoudig schrijven'],
  },
  { nl: 'Klantreizen', en: 'Customer journeys', alt: ['customer journey', 'klantbeleving'] },
  { nl: 'Interviewen', en: 'Interviewing', alt: ['gesprekken voeren'] },
  { nl: 'Notuleren', en: 'Minute taking', alt: ['verslaglegging', 'notulen'] },
  { nl: 'Evenementen organiseren', en: 'Event organisation', alt: ['bijeenkomsten organiseren'] },
  { nl: 'Inkoop', en: 'Procurement', alt: ['aanbesteden', 'aanbestedingen'] },
  { nl: 'Financieel advies', en: 'Financial advice', alt: ['begroten', 'begroting'] },
  { nl: 'Subsidies', en: 'Grants', alt: ['subsidieaanvragen'] },
  { nl: 'Participatie', en: 'Public participation', alt: ['inwonersparticipatie', 'inspraak'] },
  { nl: 'Facilitatie', en: 'Facilitation', alt: ['workshops leiden', 'sessies begeleiden'] },
  { nl: 'Privacy (AVG)', en: 'Privacy (GDPR)', alt: ['AVG', 'gegevensbescherming'] },
  { nl: 'Informatiebeveiliging', en: 'Information security', alt: ['BIO', 'security'] },
  { nl: 'Energietransitie', en: 'Energy transition', alt: ['duurzaamheid', 'warmtetransitie'] },
  { nl: 'Verkeerskunde', en: 'Traffic engineering', alt: ['mobiliteit'] },
  { nl: 'Groenbeheer', en: 'Green space management', alt: ['bomen', 'openbaar groen'] },
];

/**
 * A few demo colleagues with a filled-in profile, so matching, "Aanbevolen voor u" and a dossier's
 * skill gap have people to suggest. Tim van Dijk and Femke Verhoeven stay empty: the README's
 * walk-through and the browser tests fill their profiles themselves.
 */
export const DEMO_PROFILES: {
  email: string;
  hoursPerMonth: number;
  skills: [label: string, level: 'basic' | 'advanced' | 'expert'][];
  learningGoals?: string[];
}[] = [
  {
    email: 'youssef.el.amrani@dordrecht.klussenbank.test',
    hoursPerMonth: 8,
    skills: [
      ['GIS', 'expert'],
      ['Cartografie', 'advanced'],
    ],
    learningGoals: ['Projectleiding'],
  },
  {
    email: 'fatima.ouali@zwijndrecht.klussenbank.test',
    hoursPerMonth: 6,
    skills: [
      ['Omgevingsrecht', 'expert'],
      ['Juridisch advies', 'advanced'],
    ],
  },
  {
    email: 'luuk.bosch@oss.klussenbank.test',
    hoursPerMonth: 10,
    skills: [
      ['Projectleiding', 'expert'],
      ['Procesverbetering', 'advanced'],
    ],
    learningGoals: ['Omgevingsrecht'],
  },
  {
    email: 'julia.prins@zeist.klussenbank.test',
    hoursPerMonth: 4,
    skills: [
      ['Participatie', 'expert'],
      ['Sociaal domein', 'advanced'],
    ],
  },
  {
    email: 'mehmet.yilmaz@papendrecht.klussenbank.test',
    hoursPerMonth: 8,
    skills: [
      ['Data-analyse', 'expert'],
      ['Power BI', 'advanced'],
    ],
  },
];
