import type { ClaimMode, LocationType } from '@klussenbank/domain';

/** Who may see a demo klus: the poster's organisation, one partnership (by name), or all its partnerships. */
export type DemoVisibility = 'organisation' | 'all-partnerships' | { partnership: string };

export interface DemoTask {
  poster: string;
  title: string;
  description: string;
  requiredSkills: string[];
  niceToHaveSkills?: string[];
  estimatedHours: number;
  /** Days from the day of seeding; the demo stays current whenever it is seeded. */
  startsInDays: number;
  lastsDays: number;
  location: { type: LocationType; municipality?: string; address?: string };
  capacity?: number;
  claimMode?: ClaimMode;
  visibility: DemoVisibility;
  learningSuitable?: boolean;
  /** People on it already: instant claims (active) or, in application mode, applications with a motivation. */
  participants?: { email: string; motivation?: string }[];
}

/**
 * Open klussen for the demo network, so a first visitor finds a marketplace rather than an empty page.
 * Mostly in the voice of municipal practice: bounded, concrete, and open to anyone whatever their function.
 */
export const DEMO_TASKS: DemoTask[] = [
  {
    poster: 'marloes.de.wit@dordrecht.klussenbank.test',
    title: 'Kaartmateriaal maken voor de wijkvisie Sterrenburg',
    description:
      'Voor de wijkvisie Sterrenburg zoeken we iemand die **drie thematische kaarten** maakt: groen, ' +
      'parkeren en voorzieningen.\n\n- data staat klaar in ons GIS\n- oplevering als PDF en als kaartlaag\n' +
      '- afstemming met het projectteam één keer per week',
    requiredSkills: ['GIS'],
    niceToHaveSkills: ['Cartografie'],
    estimatedHours: 24,
    startsInDays: 7,
    lastsDays: 42,
    location: { type: 'hybrid', municipality: 'Dordrecht', address: 'Spuiboulevard 300, Dordrecht' },
    visibility: 'all-partnerships',
    learningSuitable: true,
  },
  {
    poster: 'ingrid.mulder@zwijndrecht.klussenbank.test',
    title: 'Klantreis vergunningaanvraag in kaart brengen',
    description:
      'Inwoners haken af halverwege de digitale aanvraag van een evenementenvergunning. Loop met ons de ' +
      'klantreis door, interview vijf aanvragers en schrijf op waar het schuurt.',
    requiredSkills: ['Klantreizen', 'Interviewen'],
    estimatedHours: 16,
    startsInDays: 3,
    lastsDays: 30,
    location: { type: 'on-site', municipality: 'Zwijndrecht', address: 'Bouwensstraat 25, Zwijndrecht' },
    capacity: 2,
    visibility: { partnership: 'Drechtsteden' },
    learningSuitable: true,
    participants: [{ email: 'sanne.bakker@dordrecht.klussenbank.test' }],
  },
  {
    poster: 'ruud.de.boer@papendrecht.klussenbank.test',
    title: 'Dashboard voor de maandrapportage sociaal domein',
    description:
      'De maandcijfers van het sociaal domein staan nu in vier Excel-bestanden. Bouw één dashboard dat de ' +
      'teamleiders zelf kunnen bijwerken.',
    requiredSkills: ['Power BI', 'Excel'],
    niceToHaveSkills: ['Sociaal domein'],
    estimatedHours: 32,
    startsInDays: 14,
    lastsDays: 60,
    location: { type: 'remote' },
    claimMode: 'application',
    visibility: { partnership: 'Drechtsteden' },
    participants: [
      {
        email: 'mehmet.yilmaz@papendrecht.klussenbank.test',
        motivation:
          'Ik bouw bij ons de dashboards voor financiën en wil graag het sociaal domein leren kennen.',
      },
    ],
  },
  {
    poster: 'carla.van.leeuwen@sliedrecht.klussenbank.test',
    title: 'Notulist voor de regionale werkgroep energietransitie',
    description:
      'De werkgroep energietransitie komt vier keer bij elkaar. We zoeken iemand die notuleert en de ' +
      'actielijst bijhoudt.',
    requiredSkills: ['Notuleren'],
    estimatedHours: 8,
    startsInDays: 10,
    lastsDays: 90,
    location: { type: 'on-site', municipality: 'Sliedrecht' },
    visibility: 'all-partnerships',
    learningSuitable: true,
  },
  {
    poster: 'frank.jacobs@alblasserdam.klussenbank.test',
    title: 'Archief bouwdossiers digitaliseren: kwaliteitscontrole',
    description:
      'Een leverancier scant 4.000 bouwdossiers. Controleer steekproefsgewijs of de scans volledig en ' +
      'leesbaar zijn en of de metadata klopt.',
    requiredSkills: ['Archiefbeheer'],
    niceToHaveSkills: ['Omgevingsrecht'],
    estimatedHours: 20,
    startsInDays: 5,
    lastsDays: 35,
    location: { type: 'on-site', municipality: 'Alblasserdam', address: 'Cortgene 2, Alblasserdam' },
    capacity: 3,
    visibility: 'all-partnerships',
  },
  {
    poster: 'petra.schouten@hendrik-ido-ambacht.klussenbank.test',
    title: 'Teksten van de gemeentelijke website herschrijven op B1-niveau',
    description:
      'Twintig veelbezochte pagina’s over afval, parkeren en paspoorten zijn te ingewikkeld. Herschrijf ze ' +
      'in begrijpelijke taal (B1).',
    requiredSkills: ['Schrijven op B1-niveau'],
    estimatedHours: 12,
    startsInDays: 2,
    lastsDays: 28,
    location: { type: 'remote' },
    visibility: 'all-partnerships',
    learningSuitable: true,
  },
  {
    poster: 'gerda.vermeulen@sociale-dienst-drechtsteden.klussenbank.test',
    title: 'Meelezen met de nieuwe beleidsregels bijzondere bijstand',
    description:
      'Lees de conceptbeleidsregels bijzondere bijstand en geef vanuit uw eigen praktijk commentaar: ' +
      'wat is onduidelijk, wat werkt niet aan de balie?',
    requiredSkills: ['Participatiewet'],
    niceToHaveSkills: ['Juridisch advies'],
    estimatedHours: 6,
    startsInDays: 1,
    lastsDays: 21,
    location: { type: 'remote' },
    capacity: 4,
    visibility: { partnership: 'Drechtsteden' },
  },
  {
    poster: 'joost.van.der.heijden@oss.klussenbank.test',
    title: 'Eén café-avond over samenwerken organiseren met Zeist',
    description:
      'Oss en Zeist willen ervaringen uitwisselen over klussenbanken en trekkers buiten het eigen ' +
      'vakgebied. Organiseer een informele avond: locatie, programma en uitnodigingen.',
    requiredSkills: ['Evenementen organiseren'],
    niceToHaveSkills: ['Communicatie'],
    estimatedHours: 10,
    startsInDays: 7,
    lastsDays: 45,
    location: { type: 'hybrid', municipality: 'Oss', address: 'Raadhuislaan 8, Oss' },
    visibility: { partnership: 'Netwerk Anders Samenwerken' },
    learningSuitable: true,
  },
  {
    poster: 'esther.maas@zeist.klussenbank.test',
    title: 'Vragenlijst medewerkerstevredenheid analyseren',
    description:
      'We hebben 600 ingevulde vragenlijsten. Maak een analyse per afdeling en lever drie opvallende ' +
      'bevindingen aan voor het managementteam.',
    requiredSkills: ['Data-analyse'],
    niceToHaveSkills: ['Excel'],
    estimatedHours: 14,
    startsInDays: 4,
    lastsDays: 30,
    location: { type: 'remote' },
    visibility: 'all-partnerships',
    participants: [{ email: 'luuk.bosch@oss.klussenbank.test' }],
  },
  {
    poster: 'marloes.de.wit@dordrecht.klussenbank.test',
    title: 'Collega’s helpen bij de verhuizing naar het nieuwe archiefsysteem',
    description:
      'Een interne klus: help drie teams hun mappen over te zetten naar het nieuwe archiefsysteem.',
    requiredSkills: ['Archiefbeheer'],
    estimatedHours: 8,
    startsInDays: 1,
    lastsDays: 14,
    location: { type: 'on-site', municipality: 'Dordrecht' },
    capacity: 1,
    visibility: 'organisation',
    participants: [{ email: 'youssef.el.amrani@dordrecht.klussenbank.test' }],
  },
];
