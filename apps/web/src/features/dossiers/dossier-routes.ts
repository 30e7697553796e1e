/** The web client's own addresses for dossiers (Dutch, as people read them). */
export const DOSSIERS_URL = '/dossiers';
export const NEW_DOSSIER_URL = '/dossiers/nieuw';
export const dossierUrl = (id: string) => `${DOSSIERS_URL}/${encodeURIComponent(id)}`;
export const editDossierUrl = (id: string) => `${dossierUrl(id)}/bewerken`;
/** Posting a klus that belongs to the dossier: the klus form reads the parameter. */
export const newDossierTaskUrl = (id: string) => `/klussen/nieuw?dossier=${encodeURIComponent(id)}`;
