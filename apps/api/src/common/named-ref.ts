/** Something referred to by id and shown by name: an organisation, a partnership, a person. */
export interface NamedRef {
  id: string;
  name: string;
}
