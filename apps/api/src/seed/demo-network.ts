import { type OrganisationKind, type Role, slugify } from '@klussenbank/domain';
import {
  DEMO_NETWORK,
  DEMO_REGION,
  DEMO_SOCIAL_SERVICE,
  type DemoPlace,
  municipalityName,
  placeInName,
} from './vocabulary.js';

/**
 * The demo network: the six Drechtsteden municipalities with their social service, plus Oss and Zeist.
 * Places, organisation and partnership names are words of the seed vocabulary; the people are here.
 */
export const DEMO_PASSWORD = 'welkom-bij-klussenbank';

type People = [name: string, jobTitle: string, roles: Role[]][];

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  /** Where it sits. */
  municipality: DemoPlace;
  people: People;
}

export interface DemoPartnership {
  name: string;
  description: string;
  members: string[];
}

/** A municipality is named after its place ("Gemeente Oss" sits in Oss); other kinds carry a name. */
const organisation = (
  place: DemoPlace,
  people: People,
  other?: { name: string; kind: OrganisationKind },
): DemoOrganisation => ({
  name: other?.name ?? municipalityName(place),
  kind: other?.kind ?? 'municipality',
  municipality: place,
  people,
});

const EMPLOYEE: Role[] = ['employee'];
const MANAGER: Role[] = ['employee', 'manager'];
const ORG_ADMIN: Role[] = ['employee', 'org-admin'];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  organisation('Dordrecht', [
    ['Priya Ramdin', 'Platformbeheerder Klussenbank', ['employee', 'platform-admin']],
    ['Henk Visser', 'Functioneel beheerder', ORG_ADMIN],
    ['Marloes de Wit', 'Teamleider Ruimte', MANAGER],
    ['Anna de Vries', 'Beleidsmedewerker ruimtelijke ordening', EMPLOYEE],
    ['Youssef El Amrani', 'GIS-specialist', EMPLOYEE],
    ['Sanne Bakker', 'Communicatieadviseur', EMPLOYEE],
  ]),
  organisation('Zwijndrecht', [
    ['Kees Jansen', 'Functioneel beheerder', ORG_ADMIN],
    ['Ingrid Mulder', 'Afdelingshoofd Dienstverlening', MANAGER],
    ['Tim van Dijk', 'Klantcontactmedewerker', EMPLOYEE],
    ['Fatima Ouali', 'Jurist omgevingsrecht', EMPLOYEE],
    ['Bart Smit', 'Projectleider', EMPLOYEE],
  ]),
  organisation('Papendrecht', [
    ['Lotte Meijer', 'Functioneel beheerder', ORG_ADMIN],
    ['Ruud de Boer', 'Teamleider Financiën', MANAGER],
    ['Eva Hendriks', 'Financieel adviseur', EMPLOYEE],
    ['Mehmet Yilmaz', 'Data-analist', EMPLOYEE],
    ['Noor Vos', 'Secretaresse', EMPLOYEE],
  ]),
  organisation('Sliedrecht', [
    ['Jeroen Peters', 'Functioneel beheerder', ORG_ADMIN],
    ['Carla van Leeuwen', 'Manager Sociaal Domein', MANAGER],
    ['Daan Dekker', 'Consulent Wmo', EMPLOYEE],
    ['Iris Brouwer', 'Beleidsadviseur jeugd', EMPLOYEE],
    ['Sem de Graaf', 'Medewerker buitendienst', EMPLOYEE],
  ]),
  organisation('Alblasserdam', [
    ['Wendy Kok', 'Functioneel beheerder', ORG_ADMIN],
    ['Frank Jacobs', 'Teamleider Openbare Ruimte', MANAGER],
    ['Lisa van der Linden', 'Landschapsarchitect', EMPLOYEE],
    ['Thomas Koster', 'Toezichthouder', EMPLOYEE],
    ['Zeynep Demir', 'Adviseur duurzaamheid', EMPLOYEE],
  ]),
  organisation('Hendrik-Ido-Ambacht', [
    ['Marco Willems', 'Functioneel beheerder', ORG_ADMIN],
    ['Petra Schouten', 'Teamleider Bedrijfsvoering', MANAGER],
    ['Rik van den Berg', 'Informatiebeheerder', EMPLOYEE],
    ['Hanna Post', 'HR-adviseur', EMPLOYEE],
    ['Jasper Huisman', 'Inkoper', EMPLOYEE],
  ]),
  organisation(
    'Dordrecht',
    [
      ['Gerda Vermeulen', 'Manager Werk en Inkomen', ['employee', 'manager', 'org-admin']],
      ['Ahmed Benali', 'Klantmanager', EMPLOYEE],
    ],
    { name: DEMO_SOCIAL_SERVICE, kind: 'shared-service-centre' },
  ),
  organisation('Oss', [
    ['Miriam van Rooij', 'Functioneel beheerder', ORG_ADMIN],
    ['Joost van der Heijden', 'Teamleider Dienstverlening', MANAGER],
    ['Femke Verhoeven', 'Beleidsmedewerker economie', EMPLOYEE],
    ['Luuk Bosch', 'Projectleider', EMPLOYEE],
    ['Sophie van Lith', 'Adviseur communicatie', EMPLOYEE],
  ]),
  organisation('Zeist', [
    ['Bram Kuipers', 'Functioneel beheerder', ORG_ADMIN],
    ['Esther Maas', 'Lid managementteam', MANAGER],
    ['Olivier Dam', 'Beleidsadviseur financiën', EMPLOYEE],
    ['Julia Prins', 'Wijkcoördinator', EMPLOYEE],
    ['Nadia Haddou', 'Medewerker Burgerzaken', EMPLOYEE],
  ]),
];

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    name: DEMO_REGION,
    description: 'Zes gemeenten en hun sociale dienst werken samen in de Drechtsteden.',
    members: DEMO_ORGANISATIONS.slice(0, 7).map((o) => o.name),
  },
  {
    name: DEMO_NETWORK,
    description:
      'Oss, Zeist en twee Drechtsteden-gemeenten leren van elkaar: klussen, dossiers en trekkers over de grens.',
    members: (['Oss', 'Zeist', 'Dordrecht', 'Zwijndrecht'] satisfies DemoPlace[]).map(municipalityName),
  },
];

export interface DemoUser {
  email: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  organisation: string;
}

/** The e-mail domain of a demo organisation, also its one listed domain: `dordrecht.klussenbank.test`. */
export function demoEmailDomain(organisation: string): string {
  return `${slugify(placeInName(organisation))}.klussenbank.test`;
}

function emailFor(person: string, organisation: string): string {
  return `${slugify(person).replace(/-/g, '.')}@${demoEmailDomain(organisation)}`;
}

export const DEMO_USERS: DemoUser[] = DEMO_ORGANISATIONS.flatMap((org) =>
  org.people.map(([displayName, jobTitle, roles]) => ({
    email: emailFor(displayName, org.name),
    displayName,
    jobTitle,
    roles,
    organisation: org.name,
  })),
);

/** "employee" for employees; otherwise the roles they hold beyond it ("manager, org-admin"). */
export function roleLabel(roles: readonly Role[]): string {
  const extra = roles.filter((r) => r !== 'employee');
  return (extra.length ? extra : roles).join(', ');
}

/** The Markdown table in the README (columns role, organisation, e-mail, password); a test keeps them equal. */
export function demoUsersMarkdownTable(): string {
  const rows = DEMO_USERS.map(
    (u) => `| ${roleLabel(u.roles)} | ${u.organisation} | ${u.email} | ${DEMO_PASSWORD} |`,
  );
  return ['| role | organisation | e-mail | password |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
