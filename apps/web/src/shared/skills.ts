/** "GIS, projectleiding ,, GIS" → ["GIS", "projectleiding"]: trimmed, no empties, no doubles. */
export function parseSkills(value: string): string[] {
  const skills = value
    .split(',')
    .map((skill) => skill.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...new Set(skills)];
}
