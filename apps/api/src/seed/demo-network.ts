import { type OrganisationKind, type Role, slugify } from '@klussenbank/domain';

/** The demo network: the six Drechtsteden municipalities with their social service, plus Oss and Zeist. */
export const DEMO_PASSWORD = 'welkom-bij-klussenbank';

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  /** Where it sits; a municipality's own name when left out ("Gemeente Oss" sits in Oss). */
  municipality?: string;
  people: [name: string, jobTitle: string, roles: Role[]][];
}

export interface DemoPartnership {
  name: string;
  description: string;
  members: string[];
}

const EMPLOYEE: Role[] = ['employee'];
const MANAGER: Role[] = ['employee', 'manager'];
const ORG_ADMIN: Role[] = ['employee', 'org-admin'];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Gemeente Dordrecht',
    kind: 'municipality',
    people: [
      ['Priya Ramdin', 'Platformbeheerder Klussenbank', ['employee', 'platform-admin']],
      ['Henk Visser', 'Functioneel beheerder', ORG_ADMIN],
      ['Marloes de Wit', 'Teamleider Ruimte', MANAGER],
      ['Anna de Vries', 'Beleidsmedewerker ruimtelijke ordening', EMPLOYEE],
      ['Youssef El Amrani', 'GIS-specialist', EMPLOYEE],
      ['Sanne Bakker', 'Communicatieadviseur', EMPLOYEE],
    ],
  },
  {
    name: 'Gemeente Zwijndrecht',
    kind: 'municipality',
    people: [
      ['Kees Jansen', 'Functioneel beheerder', ORG_ADMIN],
      ['Ingrid Mulder', 'Afdelingshoofd Dienstverlening', MANAGER],
      ['Tim van Dijk', 'Klantcontactmedewerker', EMPLOYEE],
      ['Fatima Ouali', 'Jurist omgevingsrecht', EMPLOYEE],
      ['Bart Smit', 'Projectleider', EMPLOYEE],
    ],
  },
  {
    name: 'Gemeente Papendrecht',
    kind: 'municipality',
    people: [
      ['Lotte Meijer', 'Functioneel beheerder', ORG_ADMIN],
      ['Ruud de Boer', 'Teamleider Financiën', MANAGER],
      ['Eva Hendriks', 'Financieel adviseur', EMPLOYEE],
      ['Mehmet Yilmaz', 'Data-analist', EMPLOYEE],
      ['Noor Vos', 'Secretaresse', EMPLOYEE],
    ],
  },
  {
    name: 'Gemeente Sliedrecht',
    kind: 'municipality',
    people: [
      ['Jeroen Peters', 'Functioneel beheerder', ORG_ADMIN],
      ['Carla van Leeuwen', 'Manager Sociaal Domein', MANAGER],
      ['Daan Dekker', 'Consulent Wmo', EMPLOYEE],
      ['Iris Brouwer', 'Beleidsadviseur jeugd', EMPLOYEE],
      ['Sem de Graaf', 'Medewerker buitendienst', EMPLOYEE],
    ],
  },
  {
    name: 'Gemeente Alblasserdam',
    kind: 'municipality',
    people: [
      ['Wendy Kok', 'Functioneel beheerder', ORG_ADMIN],
      ['Frank Jacobs', 'Teamleider Openbare Ruimte', MANAGER],
      ['Lisa van der Linden', 'Landschapsarchitect', EMPLOYEE],
      ['Thomas Koster', 'Toezichthouder', EMPLOYEE],
      ['Zeynep Demir', 'Adviseur duurzaamheid', EMPLOYEE],
    ],
  },
  {
    name: 'Gemeente Hendrik-Ido-Ambacht',
    kind: 'municipality',
    people: [
      ['Marco Willems', 'Functioneel beheerder', ORG_ADMIN],
      ['Petra Schouten', 'Teamleider Bedrijfsvoering', MANAGER],
      ['Rik van den Berg', 'Informatiebeheerder', EMPLOYEE],
      ['Hanna Post', 'HR-adviseur', EMPLOYEE],
      ['Jasper Huisman', 'Inkoper', EMPLOYEE],
    ],
  },
  {
    name: 'Sociale Dienst Drechtsteden',
    municipality: 'Dordrecht',
    kind: 'shared-service-centre',
    people: [
      ['Gerda Vermeulen', 'Manager Werk en Inkomen', ['employee', 'manager', 'org-admin']],
      ['Ahmed Benali', 'Klantmanager', EMPLOYEE],
    ],
  },
  {
    name: 'Gemeente Oss',
    kind: 'municipality',
    people: [
      ['Miriam van Rooij', 'Functioneel beheerder', ORG_ADMIN],
      ['Joost van der Heijden', 'Teamleider Dienstverlening', MANAGER],
      ['Femke Verhoeven', 'Beleidsmedewerker economie', EMPLOYEE],
      ['Luuk Bosch', 'Projectleider', EMPLOYEE],
      ['Sophie van Lith', 'Adviseur communicatie', EMPLOYEE],
    ],
  },
  {
    name: 'Gemeente Zeist',
    kind: 'municipality',
    people: [
      ['Bram Kuipers', 'Functioneel beheerder', ORG_ADMIN],
      ['Esther Maas', 'Lid managementteam', MANAGER],
      ['Olivier Dam', 'Beleidsadviseur financiën', EMPLOYEE],
      ['Julia Prins', 'Wijkcoördinator', EMPLOYEE],
      ['Nadia Haddou', 'Medewerker Burgerzaken', EMPLOYEE],
    ],
  },
];

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    name: 'Drechtsteden',
    description: 'Zes gemeenten en hun sociale dienst werken samen in de Drechtsteden.',
    members: DEMO_ORGANISATIONS.slice(0, 7).map((o) => o.name),
  },
  {
    name: 'Netwerk Anders Samenwerken',
    description:
      'Oss, Zeist en twee Drechtsteden-gemeenten leren van elkaar: klussen, dossiers en trekkers over de grens.',
    members: ['Gemeente Oss', 'Gemeente Zeist', 'Gemeente Dordrecht', 'Gemeente Zwijndrecht'],
  },
];

export interface DemoUser {
  email: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  organisation: string;
}

function emailFor(person: string, organisation: string): string {
  const local = slugify(person).replace(/-/g, '.');
  const domain = slugify(organisation.replace(/^Gemeente /, ''));
  return `${local}@${domain}.klussenbank.test`;
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
