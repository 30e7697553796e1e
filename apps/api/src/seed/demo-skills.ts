import type { SkillLabel } from './vocabulary.js';

/**
 * A few demo colleagues with a filled-in profile, so matching, "Aanbevolen voor u" and a dossier's
 * skill gap have people to suggest. Tim van Dijk and Femke Verhoeven stay empty: the README's
 * walk-through and the browser tests fill their profiles themselves. The skills they name come from
 * the seed vocabulary's SKILL_TAXONOMY, which the demo seeds first. Those of other organisations than
 * the demo trekkers (Joost, Oss; Esther, Zeist) chose to be findable for partners, so a trekker sees
 * them by name in the skill gap; Luuk and Julia are found by colleagues as their organisation allows.
 */
export const DEMO_PROFILES: {
  email: string;
  hoursPerMonth: number;
  skills: [label: SkillLabel, level: 'basic' | 'advanced' | 'expert'][];
  learningGoals?: SkillLabel[];
  /** "Vindbaar voor trekkers en managers van partnerorganisaties" (off when left out). */
  findableByPartners?: boolean;
}[] = [
  {
    email: 'youssef.el.amrani@dordrecht.klussenbank.test',
    findableByPartners: true,
    hoursPerMonth: 8,
    skills: [
      ['GIS', 'expert'],
      ['Cartografie', 'advanced'],
    ],
    learningGoals: ['Projectleiding'],
  },
  {
    email: 'fatima.ouali@zwijndrecht.klussenbank.test',
    findableByPartners: true,
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
    findableByPartners: true,
    hoursPerMonth: 8,
    skills: [
      ['Data-analyse', 'expert'],
      ['Power BI', 'advanced'],
    ],
  },
];
