/** A numbered placeholder of a statement's parameters, e.g. `$3`. */
export type Placeholder = `$${number}`;

/**
 * The parameters of one statement. `add` appends a value and answers its placeholder, so SQL
 * fragments are functions of named placeholders (`isVisible({ viewerOrganisation, viewer })`)
 * instead of relying on an agreed position such as "$1 is the viewer's organisation".
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): Placeholder {
    return `$${this.values.push(value)}`;
  }
}
