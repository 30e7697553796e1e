/** The wall and a success's own page; notifications and e-mails link here: keep the paths. */
export const SUCCESSES_URL = '/successen';
export const successUrl = (id: string) => `${SUCCESSES_URL}/${id}`;
/** The section where a person answers "Mag uw naam bij dit succes?". */
export const NAMING_ANCHOR = 'naam';
