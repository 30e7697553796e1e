/** "Mijn gegevens" on Mijn profiel (the data export and "Account verwijderen"); the e-mail links here. */
export const MY_DATA_ANCHOR = 'mijn-gegevens';
export const MY_DATA_URL = `/mijn-profiel#${MY_DATA_ANCHOR}`;

/** The public statements every page's footer links to. */
export const PRIVACY_STATEMENT_URL = '/privacyverklaring';
export const ACCESSIBILITY_STATEMENT_URL = '/toegankelijkheidsverklaring';
