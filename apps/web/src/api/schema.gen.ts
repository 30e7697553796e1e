// Generated from apps/api/openapi.json by openapi-typescript (apps/web/scripts/api-types.mjs).
// Do not edit: change the API, then run `npm run openapi`, which rewrites the document and this file.
export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is up (also at /health/live, outside /api/v1, for probes) */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** PostgreSQL and Redis answer (also at /health/ready, outside /api/v1, for probes) */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log, newest first (platform admins: everything; org-admins: their organisation)
     * @description Actor and organisation names are today's, joined when read; the log itself keeps ids.
     */
    get: operations['AuditEventsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit-events/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log as CSV, with the same filters (page and pageSize are ignored)
     * @description RFC 4180 CSV, UTF-8 with a byte order mark, newest first, at most 100000 rows; headers in Dutch or English per Accept-Language. The export is recorded in the audit log (export.audit-log).
     */
    get: operations['AuditEventsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with e-mail and password */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session on the server */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My active sessions: device, address, when begun and last used; `current` is this one */
    get: operations['SessionsController_mine'];
    put?: never;
    post?: never;
    /** End all my other sessions; this one goes on */
    delete: operations['SessionsController_endOthers'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End one of my sessions (its token no longer works) */
    delete: operations['SessionsController_endMine'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's active sessions (admins of their organisation, platform admins) */
    get: operations['SessionsController_of'];
    put?: never;
    post?: never;
    /** End every session of a person at once (admins of their organisation, platform admins); the admin's own current session stays */
    delete: operations['SessionsController_endAllOf'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sso/discovery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Home realm discovery: where a work e-mail signs in
     * @description Answers `password`, or `sso` with the authorization URL of the identity provider of the e-mail's organisation, and sets a short-lived HttpOnly cookie that binds state, nonce and PKCE verifier to this browser.
     */
    post: operations['SsoController_discover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sso/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Redirect URI: the identity provider sends the browser back here
     * @description Validates the answer (state, PKCE, ID token by openid-client), then starts a session and goes to the page the person came from; or goes to /inloggen/koppelen when the e-mail belongs to an existing password account; or to /inloggen?sso-fout=<code> (flow-expired, provider-unavailable, provider-refused, token-invalid, provider-disabled, account-deactivated, email-in-other-organisation, email-without-password, email-missing, email-domain-not-allowed).
     */
    get: operations['SsoController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sso/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The existing account a sign-in through a provider waits to be linked to */
    get: operations['SsoController_pendingLink'];
    put?: never;
    /**
     * Prove the existing account's password once, then link it and sign in
     * @description Checked under the login throttle. The session comes as cookies, as for POST /auth/login with cookie: true.
     */
    post: operations['SsoController_link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sso/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the session, and say where to end the identity provider's session too
     * @description As POST /auth/logout, for any session; for one started through a provider it also answers the RP-initiated logout URL.
     */
    post: operations['SsoController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sso/backchannel-logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Back-channel logout: the identity provider ends sessions (OpenID Connect Back-Channel Logout 1.0) */
    post: operations['SsoController_backchannelLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/identity-providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's identity providers (platform admins) */
    get: operations['IdentityProvidersController_list'];
    put?: never;
    /** Add an identity provider to an organisation (platform admins) */
    post: operations['IdentityProvidersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/identity-providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One identity provider (platform admins); the client secret is never returned */
    get: operations['IdentityProvidersController_get'];
    put?: never;
    post?: never;
    /**
     * Remove an identity provider (platform admins)
     * @description Its people keep their accounts and their links (issuer, subject); they cannot sign in through it any more.
     */
    delete: operations['IdentityProvidersController_remove'];
    options?: never;
    head?: never;
    /**
     * Change an identity provider (platform admins)
     * @description A field left out stays as it is; a new clientSecret replaces the stored one (rotation).
     */
    patch: operations['IdentityProvidersController_update'];
    trace?: never;
  };
  '/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All organisations in the network, by name */
    get: operations['OrganisationsController_list'];
    put?: never;
    /** Add an organisation (platform admins) */
    post: operations['OrganisationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation */
    get: operations['OrganisationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an organisation's settings (its org-admins, platform admins) */
    patch: operations['OrganisationsController_update'];
    trace?: never;
  };
  '/partnerships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All partnerships (samenwerkingsverbanden) with their member organisations */
    get: operations['PartnershipsController_list'];
    put?: never;
    /** Create a partnership (platform admins) */
    post: operations['PartnershipsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One partnership */
    get: operations['PartnershipsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{id}/organisations/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add an organisation to a partnership (idempotent) */
    put: operations['PartnershipsController_addMember'];
    post?: never;
    /** Remove an organisation from a partnership */
    delete: operations['PartnershipsController_removeMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{id}/organisations/{organisationId}/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an organisation joining or leaving this partnership touches: running klussen on both sides, running dossiers and its people in their teams (platform admins) */
    get: operations['PartnershipsController_memberImpact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{id}/hour-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record or clear the hour rate the partners agreed (platform admins)
     * @description Hours are not money unless the partners decide so: with a rate, the settlement export (GET /ledger/settlement) adds hours × rate; null clears it. Like membership, a platform admin records what the member organisations agreed.
     */
    put: operations['PartnershipsController_setHourRate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/data-exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My data exports: pending, ready (until when) or expired */
    get: operations['PrivacyController_list'];
    put?: never;
    /**
     * Ask for a file with all my personal data ("Mijn gegevens downloaden")
     * @description A job gathers every piece of personal data about me into one JSON file (docs/privacy.md lists the sections); I am notified when it is ready, and it can be downloaded for 7 days.
     */
    post: operations['PrivacyController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/data-exports/{id}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one of my data exports (JSON, as an attachment) */
    get: operations['PrivacyController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who I am: my organisation, its partnerships, my roles and line manager */
    get: operations['UsersController_me'];
    put?: never;
    post?: never;
    /**
     * Delete my account ("Account verwijderen")
     * @description Confirmed by typing my e-mail address, and my password when I have one. In one transaction my sessions end, my claims on klussen that have not started are withdrawn, and my personal data is erased or anonymised; hours, scores and other people's records stay, showing "oud-medewerker" (docs/privacy.md).
     */
    delete: operations['PrivacyController_eraseMe'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete a person's account (org-admins: of their organisation; platform admins: any)
     * @description As DELETE /me, by an admin: personal data erased or anonymised in one transaction, hours and other people's records kept. Not the last org-admin of an organisation, nor the last platform admin.
     */
    post: operations['PrivacyController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/statements/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organisation's own privacy or accessibility statement (public)
     * @description markdown null: the organisation uses the default text (the web client shows it).
     */
    get: operations['StatementsController_read'];
    /** Write the organisation's own statement (Markdown; empty: back to the default text) */
    put: operations['StatementsController_write'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users of an organisation (org-admins: their own; platform admins: any or all), by name; q finds a part of the name or e-mail address */
    get: operations['UsersController_list'];
    put?: never;
    /** Add a user; they get one mail, with a link to set their password (a welcome waits in the app) */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a person's roles or line manager (admins of their organisation; only platform admins touch the platform-admin role) */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/users/{id}/deactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Switch an account off: the person's sessions end at once and they cannot sign in; their claims on klussen that have not started are withdrawn (the poster is notified); their klussen, completed hours and dossier places stay (idempotent) */
    post: operations['UsersController_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/reactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Switch an account on again: the person signs in with their own password (idempotent) */
    post: operations['UsersController_reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change my password
     * @description Needs the current password. Every other session of mine ends; this one goes on. A wrong current password counts as a failed login of my account from this address (the login throttle applies).
     */
    put: operations['PasswordsController_change'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail a person a one-time link to set a new password
     * @description Org-admins: people of their own organisation. The link works once, for 24 hours, and replaces any earlier link; the current password keeps working until the link is used.
     */
    post: operations['PasswordsController_sendReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/password-resets/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether a link to set a password still works (nothing changes) */
    get: operations['PasswordsController_inspect'];
    put?: never;
    /**
     * Set a password with a one-time link
     * @description Uses the link up; every session of the link's person ends.
     */
    post: operations['PasswordsController_use'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/people-imports/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Preview a CSV import of the organisation's people: per row what would happen; nothing is written
     * @description The body carries the CSV file as text (`csv`): at most 5,000 people and 1 MB of JSON (413 beyond that). Each row is create, update (with the fields that change), unchanged or error (with every problem of the row, in the language of Accept-Language). `missing` lists the active people the file does not list, who are switched off only when the apply asks for it. For org-admins of the organisation and platform admins.
     */
    post: operations['PeopleImportController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/people-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import the organisation's people from a CSV file: the whole file in one transaction, or nothing
     * @description The body carries the CSV file as text (`csv`): at most 5,000 people and 1 MB of JSON (413 beyond that). Compares the file again (as the preview does) and writes it: new people (without a password: they sign in through their organisation or with an invitation link, `sendInvitations`), changed fields, line managers (found in the file or the organisation), and with `deactivateMissing` the active people the file does not list are switched off (their sessions end). Idempotent: the same file again changes nothing. Two applies of one organisation run one after the other. Any row with an error blocks the whole file (400 with every row error in `invalidParams`, named `line.<line>.<column>`).
     */
    post: operations['PeopleImportController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/scim-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's usable SCIM tokens, newest first (never the secret) */
    get: operations['ScimTokensController_list'];
    put?: never;
    /** Create a SCIM token; the answer shows it this once, with the tenant URL for the identity system */
    post: operations['ScimTokensController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/scim-tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a SCIM token: requests with it get 401 at once */
    delete: operations['ScimTokensController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My in-app notifications, newest first, with the unread count */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Mark all my notifications read (optionally only those up to `until`) */
    patch: operations['NotificationsController_markAllRead'];
    trace?: never;
  };
  '/me/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of my notifications are unread (for a badge) */
    get: operations['NotificationsController_unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Mark one of my notifications read or unread */
    patch: operations['NotificationsController_markRead'];
    trace?: never;
  };
  '/me/notifications/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live updates of my notifications (text/event-stream)
     * @description Events: `unread-count` ({"unreadCount": n}) on connect and after changes, `notification` (a notification as in the list). A comment line every 25 seconds keeps the connection open. After a reconnect, fetch the list again: missed events are not replayed. The stream ends when its session ends (logout on any instance, expiry), after at most 15 minutes (reconnect), and when the same session opens more than 5 streams (the oldest ends).
     */
    get: operations['NotificationsController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How often I hear of things, per channel (defaults: immediately) */
    get: operations['NotificationsController_preferences'];
    /** Set how often I hear of things: in the app (immediately, off) and by e-mail (immediately, daily, weekly, off) */
    put: operations['NotificationsController_setPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find klussen: Dutch full-text search, filters, sorting; only what you may see */
    get: operations['TasksController_list'];
    put?: never;
    /** Post a klus (published at once unless publish is false) */
    post: operations['TasksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One klus, with free places; the poster also sees participants and applicants */
    get: operations['TasksController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit your klus; material changes are refused once people are on it */
    patch: operations['TasksController_update'];
    trace?: never;
  };
  '/tasks/{id}/status-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish, start, complete (with hours per participant) or cancel (with a reason) your klus */
    post: operations['TasksController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a place (instant) or apply with a motivation (application mode) */
    post: operations['ClaimsController_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/claims/{claimId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Withdraw (you), or accept, decline or remove (the poster) */
    patch: operations['ClaimsController_decide'];
    trace?: never;
  };
  '/me/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What I claimed, applied for and completed */
    get: operations['ClaimsController_myClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What I posted, with applicant and participant counts */
    get: operations['ClaimsController_myTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/consent-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Line manager's inbox: claims of my people waiting for consent */
    get: operations['ClaimsController_consentRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/consent-requests/{claimId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Give or refuse consent as line manager */
    patch: operations['ClaimsController_decideConsent'];
    trace?: never;
  };
  '/skills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find vaardigheden of the shared taxonomy (accepted) by the start of a word of any label (Dutch, English, synonyms) */
    get: operations['SkillsController_list'];
    put?: never;
    /** Propose a vaardigheid (org-admins: unverified) or add one (platform admins: verified) */
    post: operations['SkillsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/skills/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Free skill names of klussen and dossiers waiting for an admin (own organisation; platform admins: all), most used first */
    get: operations['SkillsController_proposals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/skills/{id}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a proposed name into the shared taxonomy: then every organisation sees it and matching uses it */
    post: operations['SkillsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/skills/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a proposed name: it stays, private, on the klussen and dossiers that name it */
    post: operations['SkillsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/skills/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One vaardigheid; a merged one names the skill it went into (mergedInto) */
    get: operations['SkillsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/skills/{id}/merge-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What merging this vaardigheid into targetId would move (klussen, dossiers, profiles, learning goals, labels), without merging */
    get: operations['SkillsController_previewMerge'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/skills/{id}/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge this vaardigheid (a duplicate) into targetId: klussen, profiles and learning goals move along, its labels become synonyms */
    post: operations['SkillsController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/skill-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import ESCO's skills_nl.csv or skills_en.csv (streamed; idempotent; all or nothing; bad rows reported by line) */
    post: operations['SkillImportsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My profile: skills, demonstrated skills, learning goals, hours and location */
    get: operations['ProfilesController_get'];
    /** Replace my profile (demonstrated skills are kept: only posters confirm those) */
    put: operations['ProfilesController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/recommended-tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aanbevolen voor u: open klussen you may take that fit your skills and learning goals, best first */
    get: operations['RecommendationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find dossiers of your partnerships: Dutch full-text search and filters */
    get: operations['DossiersController_list'];
    put?: never;
    /** Start a dossier in one of your partnerships; you become its first trekker */
    post: operations['DossiersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dossier with its team, grouped by organisation */
    get: operations['DossiersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a dossier or change its status (trekkers, platform admins) */
    patch: operations['DossiersController_update'];
    trace?: never;
  };
  '/dossiers/{id}/memberships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join or ask to join (without userId); invite someone (trekkers, with userId) */
    post: operations['DossiersController_addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{id}/memberships/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Leave (yourself); decline a request, withdraw an invitation or remove someone (trekkers) */
    delete: operations['DossiersController_removeMember'];
    options?: never;
    head?: never;
    /** Accept a request (trekkers) or your invitation; change a role (trekkers) */
    patch: operations['DossiersController_updateMember'];
    trace?: never;
  };
  '/dossiers/{id}/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The checkpoints (ijkmomenten), by date */
    get: operations['DossiersController_checkpoints'];
    put?: never;
    /** Plan a checkpoint (trekkers) */
    post: operations['DossiersController_planCheckpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{id}/checkpoints/{checkpointId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Write the reflection, or record the checkpoint as held (trekkers) */
    patch: operations['DossiersController_updateCheckpoint'];
    trace?: never;
  };
  '/dossiers/{id}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The activity feed, newest first */
    get: operations['DossiersController_activity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{id}/skill-gap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Needed skills against the team's, with people of the partnership for each gap
     * @description Trekkers see named suggestions of the people findable for them and how many others are not; everyone else sees per skill only how many people of the partnership have it.
     */
    get: operations['DossiersController_skillGapOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/balances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hours given, received and net per organisation, for a period
     * @description Org-admins: their own organisation (its pairs with every other); with partnershipId, the admins of every member organisation see the balances of that partnership's klussen; platform admins: all. Internal hours are not in any balance.
     */
    get: operations['LedgerController_balances'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hours per pair of organisations: rows give, columns receive
     * @description Org-admins: the pairs their organisation is in; partnership and platform admins as for balances.
     */
    get: operations['LedgerController_matrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My hour entries with their confirmation state, newest first */
    get: operations['LedgerController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/entries/{id}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the hours recorded for you (within 14 days; after that they count as confirmed) */
    post: operations['LedgerController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/entries/{id}/correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct the hours recorded for you: the entry is reversed and your figure added (nothing is changed) */
    post: operations['LedgerController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A klus's recorded hours per participant, with their confirmation state
     * @description The poster, org-admins of the posting organisation and platform admins see every participant; anybody else only their own hours (none: an empty list).
     */
    get: operations['LedgerDisputesController_taskHours'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/entries/{id}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a participant's correction (the poster, or an org-admin of the posting organisation) */
    post: operations['LedgerDisputesController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/entries/{id}/dispute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dispute a participant's correction: the hours go in discussion for the two org-admins */
    post: operations['LedgerDisputesController_dispute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hours in discussion (or settled): of your organisation, either side; platform admins: all */
    get: operations['LedgerDisputesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/disputes/{id}/settlement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Settle hours in discussion with the final hours (an org-admin of either organisation): if they differ, a reversal plus a settlement entry */
    post: operations['LedgerDisputesController_settle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/pairs/{givingOrganisationId}/{receivingOrganisationId}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The klussen behind a matrix cell: hours one organisation gave another, per klus
     * @description Newest completion first, each with the entries behind its figure and their state. Who may open a cell is the rule of the matrix: org-admins the pairs their organisation is in; with partnershipId, the admins of every member organisation that partnership's pairs; platform admins all.
     */
    get: operations['LedgerReportsController_pairTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/settlement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A partnership's settlement for one period as CSV: hours per pair, and hours × rate when agreed
     * @description RFC 4180 CSV, UTF-8 with a byte order mark, as a download. Columns: period, from, to, giving organisation, receiving organisation, hours, hours in discussion; and hour rate and amount only when the partnership agreed a rate (PUT /partnerships/{id}/hour-rate). Headers in Dutch or English per Accept-Language. For the admins of every member organisation and platform admins.
     */
    get: operations['LedgerReportsController_settlement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/team-hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My team's hour entries: of the people whose line manager I am, newest completion day first
     * @description Only people whose line manager is me, whatever my roles; an empty page for who is nobody’s line manager.
     */
    get: operations['TeamHoursController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/hour-cap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My planned klus hours this month against my cap
     * @description Planned: klussen I take part in, wait for consent on or completed (not applications). A klus's hours are spread evenly over its days.
     */
    get: operations['HourCapsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/team/hour-caps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The people I am line manager of, each with this month against their cap */
    get: operations['HourCapsController_team'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/hour-cap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set a person's own monthly cap (their line manager, their organisation's org-admins)
     * @description At most the organisation's cap (400 above-organisation-cap); null removes it.
     */
    put: operations['HourCapsController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The evaluations of a klus you may read, and whom you still evaluate
     * @description One evaluation is for the two people involved and their line managers only; anybody else who sees the klus gets an empty list (admins: GET /evaluations/summary).
     */
    get: operations['EvaluationsController_onTask'];
    put?: never;
    /**
     * Evaluate a completed klus: the poster each participant, a participant the poster (once)
     * @description An evaluation is given once and then read-only.
     */
    post: operations['EvaluationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluations/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The aggregate of an organisation's evaluations: count, average, the texts without names
     * @description Evaluations given or received by the organisation's people. Org-admins: their own organisation; platform admins: any.
     */
    get: operations['EvaluationsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether I have a calendar feed, and since when
     * @description The URL itself is not shown again: only a hash of its secret is kept.
     */
    get: operations['CalendarController_mine'];
    put?: never;
    /**
     * Make my calendar feed URL, or a new one (the old URL stops working at once)
     * @description An iCalendar feed of the klussen I take part in and the checkpoints of my dossiers, at a secret URL to subscribe to in Outlook or another calendar. The URL is in this answer only.
     */
    post: operations['CalendarController_create'];
    /** Revoke my calendar feed: its URL answers 404 from now on */
    delete: operations['CalendarController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar-feeds/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A personal calendar feed (iCalendar, RFC 5545)
     * @description The secret URL is the key: no login. All-day events in Europe/Amsterdam, one per klus (UID `task-<id>@klussenbank`) and per dossier checkpoint (`checkpoint-<id>@klussenbank`), with SEQUENCE and LAST-MODIFIED so that changed dates replace the old ones. `Cache-Control: private`.
     */
    get: operations['CalendarController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/successes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The successes wall: newest first, those shared with your organisation or its partnerships */
    get: operations['SuccessesController_list'];
    put?: never;
    /**
     * Share a completed klus (its poster) or a dossier milestone (a trekker) as a success
     * @description A dossier milestone is a held checkpoint (checkpointId) or the completed dossier. The people involved are asked whether they may be named; nobody is named until they agree.
     */
    post: operations['SuccessesController_share'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/successes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One success, with its comments */
    get: operations['SuccessesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/successes/{id}/naming': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** "Mag uw naam bij dit succes?": agree, decline, or withdraw an earlier yes */
    put: operations['SuccessesController_answerNaming'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/successes/{id}/applause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Applaud (once per person; again changes nothing) */
    put: operations['SuccessesController_applaud'];
    post?: never;
    /** Withdraw your applause */
    delete: operations['SuccessesController_withdrawApplause'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/successes/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** React with a short comment */
    post: operations['SuccessesController_comment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/successes/{id}/comments/{commentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Hide a comment (its author, an org-admin of an organisation involved or of the author) */
    delete: operations['SuccessesController_hideComment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/organisations/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The quarterly mirror of an organisation: its figures in a period, against the period before
     * @description Klussen posted, claimed, completed, expired, cancelled, share filled and the median hours to the first claim; hours given, received and internal (from the ledger) and the pair matrix; participation; the skill gap and learning; evaluations; dossiers — each key figure against the period before (difference and direction). For the organisation's org-admins and managers, and platform admins.
     */
    get: operations['ReportsController_organisation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/organisations/{organisationId}/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One table of an organisation's mirror as CSV
     * @description RFC 4180, UTF-8 with a byte order mark; headers in Dutch or English per Accept-Language.
     */
    get: operations['ReportsController_organisationCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/partnerships/{partnershipId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The quarterly mirror of a partnership: the figures between its members in a period
     * @description Klussen posted, claimed, completed, expired, cancelled, share filled and the median hours to the first claim; hours given, received and internal (from the ledger) and the pair matrix; participation; the skill gap and learning; evaluations; dossiers — each key figure against the period before (difference and direction). Counts what happened between the member organisations, whatever a klus's visibility. For the org-admins and managers of its members (detail full), its members' employees (detail totals: no functions, texts or teams), and platform admins.
     */
    get: operations['ReportsController_partnership'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/partnerships/{partnershipId}/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One table of a partnership's mirror as CSV
     * @description RFC 4180, UTF-8 with a byte order mark; headers in Dutch or English per Accept-Language. In totals (employees) the functions, evaluations and dossier-teams tables are empty.
     */
    get: operations['ReportsController_partnershipCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    HealthDto: {
      /** @enum {string} */
      status: 'ok';
    };
    ReadinessDto: {
      /** @enum {string} */
      status: 'ok';
      checks?: {
        /** @enum {string} */
        database: 'ok' | 'down';
        /** @enum {string} */
        redis: 'ok' | 'down';
      };
    };
    AuditEventDto: {
      /** @description Ascending with time (a bigint as text). */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      /** @enum {string} */
      action:
        | 'login.succeeded'
        | 'login.failed'
        | 'logout'
        | 'session.ended'
        | 'user.created'
        | 'user.updated'
        | 'user.roles-changed'
        | 'user.organisation-changed'
        | 'user.deactivated'
        | 'user.reactivated'
        | 'user.erased'
        | 'identity-provider.created'
        | 'identity-provider.updated'
        | 'identity-provider.deleted'
        | 'organisation.updated'
        | 'scim.token-created'
        | 'scim.token-revoked'
        | 'scim.user-created'
        | 'scim.user-updated'
        | 'scim.user-deactivated'
        | 'scim.user-deleted'
        | 'csv-import.applied'
        | 'export.personal-data'
        | 'export.audit-log'
        | 'export.report'
        | 'skills.imported';
      /** @description Who did it (name as it is now; null: a job, or nobody signed in); null name: person gone. */
      actor?: {
        /** Format: uuid */
        id: string;
        name: string | null;
      } | null;
      /** @description Whose log it is in; null: platform-wide. */
      organisation?: {
        /** Format: uuid */
        id: string;
        name: string | null;
      } | null;
      /** @description What it was done to, e.g. { type: "user", id }. */
      object?: {
        type: string;
        id: string;
      } | null;
      /** @description The address the request came from. */
      ipAddress: string | null;
      /** @description Facts without personal data or secrets: changed field names, roles, counts, reasons. */
      details: {
        [key: string]: unknown;
      };
    };
    AuditEventPageDto: {
      items: components['schemas']['AuditEventDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    LoginDto: {
      /** @example medewerker@oss.klussenbank.test */
      email: string;
      /**
       * Format: password
       * @example welkom-bij-klussenbank
       */
      password: string;
      /** @description true: the session lives in an HttpOnly cookie (the web client) and no token is returned; false (default): the response holds a bearer token for API clients. */
      cookie?: boolean;
    };
    LoginResponseDto: {
      /** @description Bearer token; absent when the session is kept in a cookie. */
      token?: string;
      /** @example Bearer */
      tokenType: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description Send as X-CSRF-Token on writes that are authenticated by the cookie. */
      csrfToken: string;
    };
    SessionDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description The browser, from the user agent when the session began; null: not recognised.
       * @example Chrome
       */
      browser: string | null;
      /**
       * @description The operating system; null: not recognised.
       * @example Windows
       */
      os: string | null;
      /**
       * @description The address the session began from.
       * @example 192.0.2.10
       */
      ipAddress: string | null;
      /**
       * @description How the person signed in.
       * @enum {string}
       */
      authMethod: 'password' | 'oidc';
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description Last used (to the minute).
       */
      lastSeenAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The session this request came with. */
      current: boolean;
    };
    SessionsEndedDto: {
      /** @description How many sessions ended. */
      ended: number;
    };
    SsoDiscoveryDto: {
      /**
       * @description The work e-mail the person typed.
       * @example anna.de.vries@oss.nl
       */
      email: string;
      /**
       * @description Where to land after signing in: a path of this site (anything else becomes /).
       * @example /klussen
       */
      returnPath?: string;
    };
    SsoDiscoveryResponseDto: {
      /**
       * @description sso: the e-mail's organisation signs in with its identity provider; go to authorizationUrl (a short-lived HttpOnly cookie binds the request to this browser). password: sign in with e-mail and password.
       * @enum {string}
       */
      method: 'sso' | 'password';
      /** @description The provider's authorization URL (code flow, PKCE S256, state and nonce). */
      authorizationUrl?: string;
      /** @example Microsoft Entra ID */
      providerName?: string;
      /** @example Gemeente Oss */
      organisationName?: string;
    };
    SsoPendingLinkDto: {
      /** @description The existing account the provider’s e-mail belongs to. */
      email: string;
      organisationName: string;
      providerName: string;
    };
    SsoLinkDto: {
      /**
       * Format: password
       * @description The password of the existing Klussenbank account.
       */
      password: string;
    };
    SsoLogoutResponseDto: {
      /** @description Where the browser goes to end the identity provider's session too (RP-initiated logout); null for a password session or a provider without end_session_endpoint. */
      endSessionUrl: string | null;
    };
    RoleMappingEntryDto: {
      /**
       * @description A value of the roles claim.
       * @example kb-managers
       */
      claimValue: string;
      /**
       * @description The Klussenbank role it gives. Platform admin is never given by a provider.
       * @enum {string}
       */
      role: 'employee' | 'manager' | 'org-admin';
    };
    IdentityProviderDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      name: string;
      /** @description The issuer URL exactly as the provider names itself (its /.well-known/openid-configuration lives below it). https only in production. */
      issuer: string;
      clientId: string;
      /** @description Always true: a secret is stored. The secret itself is never returned. */
      clientSecretSet: boolean;
      /**
       * Format: date-time
       * @description When the client secret was last written.
       */
      secretUpdatedAt: string;
      /** @description E-mail domains (`oss.nl`) whose people sign in here: home realm discovery leads them to this provider, and an ID token's e-mail must be on one of them. Empty: the organisation's own e-mail domains lead here, and any e-mail is accepted. */
      emailDomains: string[];
      /** @description The ID-token claim that carries roles or groups (`roles`, `groups`, a dotted path such as `realm_access.roles`). Null: roles are managed in Klussenbank and a new person is an employee. */
      rolesClaim: string | null;
      roleMapping: components['schemas']['RoleMappingEntryDto'][];
      enabled: boolean;
      /** @description Register exactly this redirect URI at the provider. */
      redirectUri: string;
      /** @description Where the provider may send back-channel logout tokens. */
      backchannelLogoutUri: string;
      /** @description Register this as the post-logout redirect URI. */
      postLogoutRedirectUri: string;
    };
    IdentityProviderListDto: {
      items: components['schemas']['IdentityProviderDto'][];
    };
    CreateIdentityProviderDto: {
      /**
       * @description Shown on the login page.
       * @example Microsoft Entra ID
       */
      name: string;
      /**
       * @description The issuer URL exactly as the provider names itself (its /.well-known/openid-configuration lives below it). https only in production.
       * @example https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0
       */
      issuer: string;
      /** @example klussenbank */
      clientId: string;
      /** @description Stored encrypted (AES-256-GCM) and never returned. Send a new one to rotate it. */
      clientSecret: string;
      /**
       * @description E-mail domains (`oss.nl`) whose people sign in here: home realm discovery leads them to this provider, and an ID token's e-mail must be on one of them. Empty: the organisation's own e-mail domains lead here, and any e-mail is accepted.
       * @example [
       *       "oss.nl"
       *     ]
       */
      emailDomains?: string[];
      /**
       * @description The ID-token claim that carries roles or groups (`roles`, `groups`, a dotted path such as `realm_access.roles`). Null: roles are managed in Klussenbank and a new person is an employee.
       * @example groups
       */
      rolesClaim?: string | null;
      /** @description Which values of the roles claim give which role; a person gets every role whose value they hold. */
      roleMapping?: components['schemas']['RoleMappingEntryDto'][];
      /**
       * @description Off: nobody signs in through it; discovery skips it.
       * @default true
       */
      enabled?: boolean;
    };
    UpdateIdentityProviderDto: {
      /**
       * @description Shown on the login page.
       * @example Microsoft Entra ID
       */
      name?: string;
      /**
       * @description The issuer URL exactly as the provider names itself (its /.well-known/openid-configuration lives below it). https only in production.
       * @example https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0
       */
      issuer?: string;
      /** @example klussenbank */
      clientId?: string;
      /** @description Stored encrypted (AES-256-GCM) and never returned. Send a new one to rotate it. */
      clientSecret?: string;
      /**
       * @description E-mail domains (`oss.nl`) whose people sign in here: home realm discovery leads them to this provider, and an ID token's e-mail must be on one of them. Empty: the organisation's own e-mail domains lead here, and any e-mail is accepted.
       * @example [
       *       "oss.nl"
       *     ]
       */
      emailDomains?: string[];
      /**
       * @description The ID-token claim that carries roles or groups (`roles`, `groups`, a dotted path such as `realm_access.roles`). Null: roles are managed in Klussenbank and a new person is an employee.
       * @example groups
       */
      rolesClaim?: string | null;
      /** @description Which values of the roles claim give which role; a person gets every role whose value they hold. */
      roleMapping?: components['schemas']['RoleMappingEntryDto'][];
      /**
       * @description Off: nobody signs in through it; discovery skips it.
       * @default true
       */
      enabled?: boolean;
    };
    OrganisationDto: {
      /** Format: uuid */
      id: string;
      name: string;
      slug: string;
      /** @enum {string} */
      kind: 'municipality' | 'shared-service-centre' | 'joint-body';
      /** @description Ids of the partnerships this organisation belongs to. */
      partnershipIds: string[];
      /** @description Claims by this organisation's employees wait for their line manager's consent before they count. Off by default. */
      consentRequired: boolean;
      /** @description Trekkers of this organisation's own employees may see its employees by name as suggestions in a dossier's skill gap. On by default; people of other organisations decide for themselves. */
      findableWithinOrganisation: boolean;
      /**
       * @description The domains of its users' e-mail addresses: a user added to it needs an address on one of them. Empty: any address.
       * @example [
       *       "oss.nl"
       *     ]
       */
      emailDomains: string[];
      /** @description Monthly cap of klus hours per employee (whole hours); null: none. A klus's estimated hours are spread evenly over its days; a line manager may set a lower cap for a person. */
      hourCapPerMonth: number | null;
      /**
       * @description refuse: a claim that would go over the cap is refused (409 hour-cap-exceeded); warn: it goes through and the line manager is notified.
       * @enum {string}
       */
      hourCapMode: 'refuse' | 'warn';
      /** @description Whether its people may sign in with a password. Can be switched off only while the organisation has an enabled identity provider (single sign-on); platform admins keep their password login (break-glass). */
      passwordLogin: boolean;
    };
    OrganisationPageDto: {
      items: components['schemas']['OrganisationDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    CreateOrganisationDto: {
      /** @example Gemeente Oss */
      name: string;
      /**
       * @example municipality
       * @enum {string}
       */
      kind: 'municipality' | 'shared-service-centre' | 'joint-body';
    };
    UpdateOrganisationDto: {
      /** @description Whether claims by this organisation's employees wait for their line manager's consent. */
      consentRequired?: boolean;
      /** @description Trekkers of this organisation's own employees may see its employees by name as suggestions in a dossier's skill gap. On by default; people of other organisations decide for themselves. */
      findableWithinOrganisation?: boolean;
      /**
       * @description The whole list of e-mail domains (`oss.nl`, no `@`), in any case; an exact match, subdomains are not included. Empty: any address.
       * @example [
       *       "oss.nl"
       *     ]
       */
      emailDomains?: string[];
      /** @description Monthly cap of klus hours per employee (whole hours); null: none. A klus's estimated hours are spread evenly over its days; a line manager may set a lower cap for a person. Sending null removes the cap; leaving it out keeps it. */
      hourCapPerMonth?: number | null;
      /**
       * @description refuse: a claim that would go over the cap is refused (409 hour-cap-exceeded); warn: it goes through and the line manager is notified.
       * @enum {string}
       */
      hourCapMode?: 'refuse' | 'warn';
      /** @description Whether its people may sign in with a password. Can be switched off only while the organisation has an enabled identity provider (single sign-on); platform admins keep their password login (break-glass). */
      passwordLogin?: boolean;
    };
    PartnershipMemberDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    PartnershipDto: {
      /** Format: uuid */
      id: string;
      name: string;
      slug: string;
      description: string;
      organisations: components['schemas']['PartnershipMemberDto'][];
      /** @description Euros per hour the partners agreed for settling hours; null (default): hours are not money. */
      hourRate: number | null;
    };
    PartnershipPageDto: {
      items: components['schemas']['PartnershipDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    CreatePartnershipDto: {
      /** @example Drechtsteden */
      name: string;
      description?: string;
      /** @description Member organisations (zero or more). */
      organisationIds: string[];
    };
    PartnershipMemberImpactDto: {
      /** @description Whether the organisation is a member now. */
      member: boolean;
      /** @description The organisation's running klussen (open, full, in progress) meant for this partnership: after leaving, they stay visible to its members until they end. */
      ownTasksForPartnership: number;
      /** @description The organisation's running klussen shared with all its partnerships: after leaving, this partnership's members no longer see them (unless they are partners through another partnership). */
      ownTasksForAllPartnerships: number;
      /** @description Running klussen of the other members shared with this partnership: the organisation's people see them while it is a member. */
      partnerTasks: number;
      /** @description The partnership's running dossiers (exploring, active): the organisation's people see them while it is a member. */
      runningDossiers: number;
      /** @description The organisation's people in the team of one of those dossiers: after leaving, they no longer see it. */
      peopleInDossierTeams: number;
    };
    HourRateDto: {
      /**
       * @description Euros per hour agreed by the partners; null: hours are not money (no amount in the export).
       * @example 75
       */
      hourRate: number | null;
    };
    DataExportDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description pending: being made; ready: to download until expiresAt; expired: the file is gone.
       * @enum {string}
       */
      status: 'pending' | 'ready' | 'expired';
      /** Format: date-time */
      requestedAt: string;
      /** Format: date-time */
      readyAt: string | null;
      /**
       * Format: date-time
       * @description Until when the file can be downloaded (7 days after it was made).
       */
      expiresAt: string | null;
      /** @description Size of the (gzipped) file in bytes. */
      sizeBytes: number | null;
      /** @description Where to download it while ready (GET, the same session). */
      downloadUrl: string | null;
    };
    DataExportListDto: {
      /** @description The last 20, newest first. */
      items: components['schemas']['DataExportDto'][];
    };
    EraseMeDto: {
      /** @description My e-mail address, typed again to confirm. */
      confirmation: string;
      /**
       * Format: password
       * @description My current password; required when my account has one (not for single sign-on only).
       */
      password?: string;
    };
    ErasureDto: {
      /**
       * Format: uuid
       * @description The account that was erased (its id stays in other records).
       */
      id: string;
      /**
       * @description The name it is shown by from now on.
       * @enum {string}
       */
      displayName: 'oud-medewerker';
      /** @description Claims on klussen that had not started, withdrawn. */
      claimsWithdrawn: number;
    };
    StatementDto: {
      /** @enum {string} */
      kind: 'privacy' | 'accessibility';
      /** Format: uuid */
      organisationId: string;
      /** @description The organisation's own text (Markdown); null: it uses the default text. */
      markdown: string | null;
      /** @description Its rendering (renderMarkdown: no raw HTML). */
      html: string | null;
      /** Format: date-time */
      updatedAt: string | null;
    };
    SetStatementDto: {
      /** @description Markdown; empty: back to the default text. */
      markdown: string;
    };
    MeOrganisationDto: {
      /** Format: uuid */
      id: string;
      name: string;
      slug: string;
      /** @enum {string} */
      kind: 'municipality' | 'shared-service-centre' | 'joint-body';
    };
    NamedRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    MeDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      jobTitle: string;
      roles: ('employee' | 'manager' | 'org-admin' | 'platform-admin')[];
      /** @enum {string} */
      locale: 'nl' | 'en';
      organisation: components['schemas']['MeOrganisationDto'];
      partnerships: components['schemas']['NamedRefDto'][];
      lineManager?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
    };
    UserSummaryDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      jobTitle: string;
      /** Format: uuid */
      organisationId: string;
      roles: ('employee' | 'manager' | 'org-admin' | 'platform-admin')[];
      /** Format: uuid */
      lineManagerId: string | null;
      /**
       * Format: date-time
       * @description When an admin switched the account off (no sign-in); null: active.
       */
      deactivatedAt: string | null;
    };
    UserSummaryPageDto: {
      items: components['schemas']['UserSummaryDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    UpdateUserDto: {
      /**
       * @description The whole set of roles (employee is always kept).
       * @example [
       *       "employee",
       *       "manager"
       *     ]
       */
      roles?: ('employee' | 'manager' | 'org-admin' | 'platform-admin')[];
      /**
       * Format: uuid
       * @description Line manager: a colleague in the same organisation; null: none.
       */
      lineManagerId?: string | null;
    };
    CreateUserDto: {
      /** @example j.jansen@oss.nl */
      email: string;
      /** @example Jan Jansen */
      displayName: string;
      /** @example Beleidsmedewerker ruimtelijke ordening */
      jobTitle?: string;
      /** Format: uuid */
      organisationId: string;
      /**
       * @example [
       *       "employee"
       *     ]
       */
      roles: ('employee' | 'manager' | 'org-admin' | 'platform-admin')[];
      /**
       * Format: uuid
       * @description Line manager: a colleague in the same organisation.
       */
      lineManagerId?: string;
      /**
       * @default nl
       * @enum {string}
       */
      locale?: 'nl' | 'en';
    };
    ChangePasswordDto: {
      /** Format: password */
      currentPassword: string;
      /**
       * Format: password
       * @description At least 12 characters; not a common or leaked password, not a repetition or run (123456…), not containing the person's name or the local part of their e-mail address.
       */
      newPassword: string;
    };
    PasswordLinkDto: {
      /**
       * @description invite: the first password of a new account; reset: a new password.
       * @enum {string}
       */
      purpose: 'invite' | 'reset';
      /** @description Whose password this link sets (for the password manager). */
      email: string;
      /** Format: date-time */
      expiresAt: string;
    };
    SetPasswordDto: {
      /**
       * Format: password
       * @description At least 12 characters; not a common or leaked password, not a repetition or run (123456…), not containing the person's name or the local part of their e-mail address.
       */
      newPassword: string;
    };
    PeopleImportDto: {
      /**
       * @description The text of the CSV file (UTF-8, with or without BOM), separated by ; (Excel in Dutch) or ,. Header: e-mailadres/email and naam/name (required), functie/function, e-mailadres leidinggevende/line manager e-mail, rollen/roles (e.g. "employee;manager" or "medewerker, manager"). A column the file lacks is left as it is; a column it has is the truth, an empty cell included.
       * @example e-mailadres;naam;functie;e-mailadres leidinggevende;rollen
       *     j.jansen@oss.nl;Jan Jansen;Beleidsmedewerker;p.devries@oss.nl;employee
       *     p.devries@oss.nl;Petra de Vries;Teamleider;;employee;manager
       */
      csv: string;
      /**
       * @description Apply only: switch off the organisation's active people whom the file does not list (never the admin themselves; an org-admin never a platform admin). The preview lists them either way.
       * @default false
       */
      deactivateMissing?: boolean;
      /**
       * @description Apply only: mail each new person a link to set a password (7 days valid), as when an admin adds one. Leave off when the organisation signs in through its identity provider.
       * @default false
       */
      sendInvitations?: boolean;
    };
    PeopleImportCountsDto: {
      create: number;
      update: number;
      unchanged: number;
      error: number;
      /** @description Active people missing from the file (switched off only on request). */
      missing: number;
    };
    PeopleImportErrorDto: {
      /**
       * @description The column of the cell that is wrong.
       * @enum {string}
       */
      field: 'email' | 'name' | 'jobTitle' | 'lineManagerEmail' | 'roles';
      /**
       * @description Stable code of the rule the cell broke.
       * @example invalid-email
       */
      code: string;
      /**
       * @description In the language of Accept-Language.
       * @example Moet een geldig e-mailadres zijn.
       */
      reason: string;
    };
    PeopleImportRowDto: {
      /**
       * @description The line in the file where the row starts (the header is line 1).
       * @example 2
       */
      line: number;
      /**
       * @description As normalised (trimmed, lower case).
       * @example j.jansen@oss.nl
       */
      email: string;
      /** @example Jan Jansen */
      displayName: string;
      /** @enum {string} */
      status: 'create' | 'update' | 'unchanged' | 'error';
      /**
       * Format: uuid
       * @description The existing person; null for a new one.
       */
      personId: string | null;
      /** @description For an update: the fields that change (active: a switched-off account is switched on again). */
      changes: ('name' | 'jobTitle' | 'roles' | 'lineManagerEmail' | 'active')[];
      /** @description The roles the person will have (empty for an error row). */
      roles: ('employee' | 'manager' | 'org-admin' | 'platform-admin')[];
      /** @description Every problem of the row at once (status error). */
      errors: components['schemas']['PeopleImportErrorDto'][];
    };
    PeopleImportPersonDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
    };
    PeopleImportKeptDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /**
       * @description Why this person missing from the file is never switched off by you.
       * @enum {string}
       */
      reason: 'self' | 'platform-admin';
    };
    PeopleImportPreviewDto: {
      /**
       * @description The separator the file was read with.
       * @enum {string}
       */
      delimiter: ';' | ',';
      /** @description The columns found (others are ignored). */
      columns: ('email' | 'name' | 'jobTitle' | 'lineManagerEmail' | 'roles')[];
      counts: components['schemas']['PeopleImportCountsDto'];
      rows: components['schemas']['PeopleImportRowDto'][];
      /** @description Active people of the organisation whom the file does not list: switched off with deactivateMissing. */
      missing: components['schemas']['PeopleImportPersonDto'][];
      /** @description Missing from the file, but never switched off by you. */
      kept: components['schemas']['PeopleImportKeptDto'][];
    };
    PeopleImportResultDto: {
      created: number;
      updated: number;
      unchanged: number;
      deactivated: number;
      /** @description New people for whom an invitation link was made and mailed (0 unless sendInvitations); a mail that could not leave is logged, and an admin sends a new link from the people page. */
      invitations: number;
    };
    ScimTokenDto: {
      /** Format: uuid */
      id: string;
      /** @description The first characters of the token, to tell tokens apart; never the secret. */
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: uuid
       * @description Who created it.
       */
      createdBy: string | null;
      /**
       * Format: date-time
       * @description Last SCIM request with it.
       */
      lastUsedAt: string | null;
    };
    ScimTokenListDto: {
      items: components['schemas']['ScimTokenDto'][];
    };
    CreatedScimTokenDto: {
      /** Format: uuid */
      id: string;
      /** @description The first characters of the token, to tell tokens apart; never the secret. */
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: uuid
       * @description Who created it.
       */
      createdBy: string | null;
      /**
       * Format: date-time
       * @description Last SCIM request with it.
       */
      lastUsedAt: string | null;
      /** @description The bearer token itself: shown this once, stored only as its SHA-256. */
      token: string;
      /** @description The SCIM tenant URL to configure in the identity system (PUBLIC_URL + '/scim/v2'). */
      tenantUrl: string;
    };
    NotificationDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type:
        | 'welcome'
        | 'login-attacked'
        | 'task-match'
        | 'task-changed'
        | 'task-cancelled'
        | 'task-completed'
        | 'task-ending-soon'
        | 'task-expired'
        | 'claim-accepted'
        | 'claim-declined'
        | 'application-received'
        | 'consent-requested'
        | 'hour-cap-exceeded'
        | 'participant-deactivated'
        | 'dossier-match'
        | 'dossier-join-requested'
        | 'dossier-request-accepted'
        | 'dossier-request-declined'
        | 'dossier-invited'
        | 'dossier-checkpoint-upcoming'
        | 'dossier-task-posted'
        | 'hours-confirmation-requested'
        | 'hours-corrected'
        | 'hours-disputed'
        | 'hours-settled'
        | 'evaluation-requested'
        | 'evaluation-reminder'
        | 'success-shared'
        | 'success-naming-requested'
        | 'data-export-ready';
      /** @description Ids of what it is about (taskId, claimId), the klus title as it was, and for a match its score and reasons. */
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      readAt: string | null;
    };
    NotificationPageDto: {
      items: components['schemas']['NotificationDto'][];
      page: number;
      pageSize: number;
      total: number;
      /** @description All unread notifications, not only those on this page. */
      unreadCount: number;
    };
    UnreadCountDto: {
      unreadCount: number;
    };
    UpdateNotificationsDto: {
      /**
       * @description Marks every notification read.
       * @enum {boolean}
       */
      read: true;
      /**
       * Format: date-time
       * @description Only those created at or before this moment (what the reader saw); default: all.
       */
      until?: string;
    };
    UpdateNotificationDto: {
      /** @description true: read; false: unread again. */
      read: boolean;
    };
    NotificationPreferencesDto: {
      /**
       * @description In the app: immediately or off.
       * @enum {string}
       */
      inApp: 'immediately' | 'off';
      /**
       * @description By e-mail: immediately, a daily or weekly digest, or off.
       * @enum {string}
       */
      email: 'immediately' | 'daily' | 'weekly' | 'off';
    };
    TaskSummaryLocationDto: {
      /** @enum {string} */
      type: 'remote' | 'on-site' | 'hybrid';
      municipality: string | null;
    };
    TaskSummaryDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'full' | 'in-progress' | 'completed' | 'cancelled' | 'expired';
      /** @description The organisation that posted it. */
      organisation: components['schemas']['NamedRefDto'];
      estimatedHours: number;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
      location: components['schemas']['TaskSummaryLocationDto'];
      capacity: number;
      placesLeft: number;
      /** @enum {string} */
      claimMode: 'instant' | 'application';
      learningSuitable: boolean;
      /** @description Labels of the required skills. */
      requiredSkills: string[];
      /** @description Labels of the nice-to-have skills. */
      niceToHaveSkills: string[];
      /** Format: date-time */
      publishedAt: string | null;
    };
    TaskSummaryPageDto: {
      items: components['schemas']['TaskSummaryDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    TaskLocationViewDto: {
      /** @enum {string} */
      type: 'remote' | 'on-site' | 'hybrid';
      municipality: string | null;
      /** @description Only for people who may see the klus. */
      address: string | null;
    };
    TaskContactDto: {
      name: string;
      /** Format: email */
      email: string;
    };
    TaskSkillDto: {
      /** Format: uuid */
      id: string;
      label: string;
      required: boolean;
    };
    PersonDto: {
      /** Format: uuid */
      id: string;
      name: string;
      organisation: components['schemas']['NamedRefDto'];
    };
    TaskClaimDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status:
        | 'applied'
        | 'awaiting-consent'
        | 'active'
        | 'declined'
        | 'consent-declined'
        | 'withdrawn'
        | 'removed'
        | 'completed';
      motivation: string;
      /** @description The poster's message with a decision. */
      message: string;
      user: components['schemas']['PersonDto'];
      /** @description Hours worked, once completed. */
      actualHours: number | null;
      /** Format: date-time */
      createdAt: string;
    };
    TaskDetailDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'full' | 'in-progress' | 'completed' | 'cancelled' | 'expired';
      organisation: components['schemas']['NamedRefDto'];
      estimatedHours: number;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
      location: components['schemas']['TaskLocationViewDto'];
      capacity: number;
      placesLeft: number;
      placesTaken: number;
      /** @enum {string} */
      claimMode: 'instant' | 'application';
      learningSuitable: boolean;
      requiredSkills: string[];
      niceToHaveSkills: string[];
      /** Format: date-time */
      publishedAt: string | null;
      /** @description Markdown. */
      description: string;
      /** @description The description rendered, safe to insert as it is. */
      descriptionHtml: string;
      poster: components['schemas']['NamedRefDto'];
      contact: components['schemas']['TaskContactDto'];
      /** @enum {string} */
      visibility: 'organisation' | 'partnership' | 'all-partnerships';
      partnership?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** Format: uuid */
      dossierId: string | null;
      cancelReason: string | null;
      /** Format: date-time */
      createdAt: string;
      skills: components['schemas']['TaskSkillDto'][];
      isPoster: boolean;
      /** @description Your own live claim on it, if any. */
      myClaim?: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        status:
          | 'applied'
          | 'awaiting-consent'
          | 'active'
          | 'declined'
          | 'consent-declined'
          | 'withdrawn'
          | 'removed'
          | 'completed';
        motivation: string;
      } | null;
      /** @description Empty unless you posted it. */
      claims: components['schemas']['TaskClaimDto'][];
    };
    TaskLocationDto: {
      /** @enum {string} */
      type: 'remote' | 'on-site' | 'hybrid';
      /**
       * @description Required on site and hybrid.
       * @example Zeist
       */
      municipality?: string;
      /** @example Het Rond 1, Zeist */
      address?: string;
    };
    CreateTaskDto: {
      /** @example Bestemmingsplan Centrum doorlichten */
      title: string;
      /** @description Markdown. */
      description: string;
      /** @description Defaults to the poster. */
      contactName?: string;
      /** @description Defaults to the poster's e-mail. */
      contactEmail?: string;
      /**
       * @example [
       *       "GIS",
       *       "Ruimtelijke ordening"
       *     ]
       */
      requiredSkills?: string[];
      niceToHaveSkills?: string[];
      /** @description Required skills chosen from the taxonomy, by id (the skill picker); together with requiredSkills, whose free names become proposals. */
      requiredSkillIds?: string[];
      /** @description Nice-to-have skills chosen from the taxonomy, by id. */
      niceToHaveSkillIds?: string[];
      /** @example 16 */
      estimatedHours: number;
      /**
       * Format: date
       * @example 2026-12-01
       */
      startDate: string;
      /**
       * Format: date
       * @description On or after startDate.
       * @example 2027-01-31
       */
      endDate: string;
      location: components['schemas']['TaskLocationDto'];
      /** @default 1 */
      capacity?: number;
      /**
       * @default instant
       * @enum {string}
       */
      claimMode?: 'instant' | 'application';
      /**
       * @default all-partnerships
       * @enum {string}
       */
      visibility?: 'organisation' | 'partnership' | 'all-partnerships';
      /**
       * Format: uuid
       * @description Required when visibility is 'partnership'.
       */
      partnershipId?: string;
      /** @default false */
      learningSuitable?: boolean;
      /**
       * @description false keeps the klus as a draft.
       * @default true
       */
      publish?: boolean;
      /**
       * Format: uuid
       * @description The dossier the klus belongs to: you are in its team, and the dossier's partnership sees the klus.
       */
      dossierId?: string;
    };
    UpdateTaskDto: {
      /** @example Bestemmingsplan Centrum doorlichten */
      title?: string;
      /** @description Markdown. */
      description?: string;
      /** @description Defaults to the poster. */
      contactName?: string;
      /** @description Defaults to the poster's e-mail. */
      contactEmail?: string;
      /**
       * @example [
       *       "GIS",
       *       "Ruimtelijke ordening"
       *     ]
       */
      requiredSkills?: string[];
      niceToHaveSkills?: string[];
      /** @description Required skills chosen from the taxonomy, by id (the skill picker); together with requiredSkills, whose free names become proposals. */
      requiredSkillIds?: string[];
      /** @description Nice-to-have skills chosen from the taxonomy, by id. */
      niceToHaveSkillIds?: string[];
      /** @example 16 */
      estimatedHours?: number;
      /**
       * Format: date
       * @example 2026-12-01
       */
      startDate?: string;
      /**
       * Format: date
       * @description On or after startDate.
       * @example 2027-01-31
       */
      endDate?: string;
      location?: components['schemas']['TaskLocationDto'];
      /** @default 1 */
      capacity?: number;
      /**
       * @default instant
       * @enum {string}
       */
      claimMode?: 'instant' | 'application';
      /**
       * @default all-partnerships
       * @enum {string}
       */
      visibility?: 'organisation' | 'partnership' | 'all-partnerships';
      /**
       * Format: uuid
       * @description Required when visibility is 'partnership'.
       */
      partnershipId?: string;
      /** @default false */
      learningSuitable?: boolean;
    };
    ActualHoursDto: {
      /** Format: uuid */
      claimId: string;
      hours: number;
      /** @description Skills of the klus this participant showed, confirmed by the poster: they appear on the participant's profile as demonstrated. */
      demonstratedSkillIds?: string[];
    };
    StatusChangeDto: {
      /** @enum {string} */
      action: 'publish' | 'start' | 'complete' | 'cancel';
      /** @description Required to cancel. */
      reason?: string;
      /** @description To complete: hours per participant. */
      actualHours?: components['schemas']['ActualHoursDto'][];
    };
    CreateClaimDto: {
      /** @description Required when the klus asks for applications ('application' mode). */
      motivation?: string;
    };
    ClaimDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status:
        | 'applied'
        | 'awaiting-consent'
        | 'active'
        | 'declined'
        | 'consent-declined'
        | 'withdrawn'
        | 'removed'
        | 'completed';
      motivation: string;
      /** @description The poster's message with a decision. */
      message: string;
    };
    UpdateClaimDto: {
      /**
       * @description The claimant: 'withdrawn'. The poster: 'active' (accept), 'declined', 'removed' (message required).
       * @enum {string}
       */
      status: 'active' | 'declined' | 'withdrawn' | 'removed';
      message?: string;
    };
    MyClaimDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status:
        | 'applied'
        | 'awaiting-consent'
        | 'active'
        | 'declined'
        | 'consent-declined'
        | 'withdrawn'
        | 'removed'
        | 'completed';
      motivation: string;
      message: string;
      /** Format: date-time */
      createdAt: string;
      task: components['schemas']['TaskSummaryDto'];
    };
    MyClaimListDto: {
      items: components['schemas']['MyClaimDto'][];
    };
    PostedTaskDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'full' | 'in-progress' | 'completed' | 'cancelled' | 'expired';
      /** @description The organisation that posted it. */
      organisation: components['schemas']['NamedRefDto'];
      estimatedHours: number;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
      location: components['schemas']['TaskSummaryLocationDto'];
      capacity: number;
      placesLeft: number;
      /** @enum {string} */
      claimMode: 'instant' | 'application';
      learningSuitable: boolean;
      /** @description Labels of the required skills. */
      requiredSkills: string[];
      /** @description Labels of the nice-to-have skills. */
      niceToHaveSkills: string[];
      /** Format: date-time */
      publishedAt: string | null;
      /** @description Applied or waiting for consent. */
      applicants: number;
      /** @description Active or completed. */
      participants: number;
      /** @description Applications waiting for the poster's decision (applied, not yet accepted or declined). */
      awaitingDecision: number;
    };
    PostedTaskListDto: {
      items: components['schemas']['PostedTaskDto'][];
    };
    ConsentRequestDto: {
      /** Format: uuid */
      claimId: string;
      /** Format: date-time */
      createdAt: string;
      user: components['schemas']['NamedRefDto'];
      task: components['schemas']['TaskSummaryDto'];
    };
    ConsentRequestListDto: {
      items: components['schemas']['ConsentRequestDto'][];
    };
    ConsentDecisionDto: {
      /** @enum {string} */
      decision: 'granted' | 'declined';
    };
    SkillSearchHitDto: {
      /** Format: uuid */
      id: string;
      /** @description In the language asked for; the Dutch label when there is no English one. */
      label: string;
      labelNl: string;
      labelEn: string | null;
      /** @description Synonyms in the language asked for. */
      altLabels: string[];
      /** @description ESCO conceptUri; null for proposed skills. */
      escoUri: string | null;
      /** @example skill/competence */
      category: string | null;
      /** @description From ESCO or added by a platform admin; false for proposals. */
      verified: boolean;
      /**
       * @description accepted: in the shared taxonomy (lists, search, matching). proposed: a free name of a klus or dossier, private to its organisation until an admin there accepts it. rejected: declined, stays on what named it.
       * @enum {string}
       */
      status: 'accepted' | 'proposed' | 'rejected';
      /**
       * @description The label q matched when it is not `label` itself (a synonym, or the label in the other language), e.g. "GIS" for "Geografische informatiesystemen"; null when `label` matched or without q.
       * @example GIS
       */
      matchedLabel: string | null;
    };
    SkillPageDto: {
      items: components['schemas']['SkillSearchHitDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SkillProposalDto: {
      /** Format: uuid */
      id: string;
      /** @description The free name as the klus or dossier gave it. */
      label: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Klussen that name it. */
      tasks: number;
      /** @description Dossiers that name it. */
      dossiers: number;
    };
    SkillProposalPageDto: {
      items: components['schemas']['SkillProposalDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SkillDetailDto: {
      /** Format: uuid */
      id: string;
      /** @description In the language asked for; the Dutch label when there is no English one. */
      label: string;
      labelNl: string;
      labelEn: string | null;
      /** @description Synonyms in the language asked for. */
      altLabels: string[];
      /** @description ESCO conceptUri; null for proposed skills. */
      escoUri: string | null;
      /** @example skill/competence */
      category: string | null;
      /** @description From ESCO or added by a platform admin; false for proposals. */
      verified: boolean;
      /**
       * @description accepted: in the shared taxonomy (lists, search, matching). proposed: a free name of a klus or dossier, private to its organisation until an admin there accepts it. rejected: declined, stays on what named it.
       * @enum {string}
       */
      status: 'accepted' | 'proposed' | 'rejected';
      description: string | null;
      /** @description False once merged into another skill. */
      active: boolean;
      /**
       * Format: uuid
       * @description The skill this one was merged into.
       */
      mergedInto: string | null;
    };
    CreateSkillDto: {
      /** @example Klantreizen in kaart brengen */
      labelNl: string;
      /** @example Customer journey mapping */
      labelEn?: string;
      /**
       * @description Dutch synonyms, for search and matching.
       * @example [
       *       "klantreis",
       *       "customer journey"
       *     ]
       */
      altLabels?: string[];
      /** @example skill/competence */
      category?: string;
    };
    SkillMergeDto: {
      /** @description The skill that stays, with the labels it took over. */
      target: components['schemas']['SkillDetailDto'];
      /** @description Labels of the merged skill that the target did not have yet. */
      labelsMoved: number;
      /**
       * @description Rows re-pointed to the target, per referencing table (klussen, profiles, learning goals).
       * @example {
       *       "task_skills": 3,
       *       "user_skills": 1
       *     }
       */
      referencesMoved: {
        [key: string]: number;
      };
    };
    CreateSkillMergeDto: {
      /**
       * Format: uuid
       * @description The skill that stays; this one is merged into it.
       */
      targetId: string;
    };
    SkillImportErrorDto: {
      /** @description Line in the file where the bad record starts (1 is the header). */
      line: number;
      /** @example conceptUri ontbreekt. */
      reason: string;
    };
    SkillImportReportDto: {
      /** @enum {string} */
      lang: 'nl' | 'en';
      /** @description Records read, the header not counted. */
      rows: number;
      /** @description Concepts new to the taxonomy. */
      inserted: number;
      /** @description Concepts whose fields or labels changed. */
      updated: number;
      /** @description Concepts that were already exactly so. */
      unchanged: number;
      labelsAdded: number;
      /** @description All bad records; `errors` lists the first 100. */
      errorCount: number;
      errors: components['schemas']['SkillImportErrorDto'][];
    };
    SkillRefDto: {
      /** Format: uuid */
      id: string;
      label: string;
    };
    ProfileSkillDto: {
      skill: components['schemas']['SkillRefDto'];
      /** @enum {string} */
      level: 'basic' | 'advanced' | 'expert';
    };
    DemonstratedSkillDto: {
      skill: components['schemas']['SkillRefDto'];
      /** @enum {string} */
      level: 'basic' | 'advanced' | 'expert';
      /** @description The klus in which it was shown. */
      task?: {
        /** Format: uuid */
        id: string;
        label: string;
      } | null;
      confirmedBy: string | null;
    };
    ProfileDto: {
      hoursPerMonth: number | null;
      /** @enum {string} */
      locationPreference: 'remote' | 'nearby' | 'any';
      maxDistanceKm: number | null;
      /** @description The municipality of the person's organisation. */
      municipality: string | null;
      /** @description Self-declared. */
      skills: components['schemas']['ProfileSkillDto'][];
      /** @description Confirmed by the poster of a completed klus. */
      demonstratedSkills: components['schemas']['DemonstratedSkillDto'][];
      learningGoals: components['schemas']['SkillRefDto'][];
      /** @description "Vindbaar voor trekkers en managers van partnerorganisaties": trekkers of dossiers from other organisations of your partnerships may see your name and skills as a suggestion. Off by default. */
      findableByPartners: boolean;
    };
    ProfileSkillInputDto: {
      /** Format: uuid */
      skillId: string;
      /** @enum {string} */
      level: 'basic' | 'advanced' | 'expert';
    };
    ProfileInputDto: {
      /** @description Hours a month for klussen; null: not said. */
      hoursPerMonth: number | null;
      /** @enum {string} */
      locationPreference: 'remote' | 'nearby' | 'any';
      /** @description Required for "nearby". */
      maxDistanceKm?: number | null;
      skills: components['schemas']['ProfileSkillInputDto'][];
      learningGoals: string[];
      /** @description "Vindbaar voor trekkers en managers van partnerorganisaties": trekkers of dossiers from other organisations of your partnerships may see your name and skills as a suggestion. Off by default. Left out: stays as it is. */
      findableByPartners?: boolean;
    };
    MatchReasonDto: {
      /** @enum {string} */
      kind: 'required' | 'nice-to-have' | 'learning-goal' | 'hours' | 'location';
      /** @description The skill label (required, nice-to-have, learning-goal). */
      skill?: string;
      /** @enum {string} */
      level?: 'basic' | 'advanced' | 'expert';
      /** @description With required: shown in a completed klus. */
      demonstrated?: boolean;
    };
    RecommendedTaskDto: {
      task: components['schemas']['TaskSummaryDto'];
      score: number;
      reasons: components['schemas']['MatchReasonDto'][];
    };
    RecommendedTaskListDto: {
      items: components['schemas']['RecommendedTaskDto'][];
    };
    OrganisationCountDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description People of this organisation in the team. */
      count: number;
    };
    DossierSkillDto: {
      /** Format: uuid */
      id: string;
      label: string;
    };
    DossierSummaryDto: {
      /** Format: uuid */
      id: string;
      title: string;
      goal: string;
      /** @enum {string} */
      status: 'exploring' | 'active' | 'completed' | 'stopped';
      partnership: components['schemas']['NamedRefDto'];
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string | null;
      /** @description At most this many people; null: no limit. */
      teamCap: number | null;
      /** @enum {string} */
      joinPolicy: 'open' | 'on-request';
      teamSize: number;
      organisations: components['schemas']['OrganisationCountDto'][];
      skills: components['schemas']['DossierSkillDto'][];
      trekkers: components['schemas']['PersonDto'][];
      /**
       * @description Yours, if in the team.
       * @enum {string|null}
       */
      myRole: 'trekker' | 'member' | 'adviser' | null;
      /** @enum {string|null} */
      myStatus: 'active' | 'requested' | 'invited' | null;
      /** Format: date-time */
      updatedAt: string;
    };
    DossierSummaryPageDto: {
      items: components['schemas']['DossierSummaryDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    CreateDossierDto: {
      /** @example Samen één aanpak voor de Omgevingswet */
      title: string;
      /** @description What the partners want to achieve together (what before how). */
      goal: string;
      /** @description Markdown. */
      description?: string;
      /**
       * Format: uuid
       * @description A partnership your organisation is a member of.
       */
      partnershipId: string;
      /**
       * @default exploring
       * @enum {string}
       */
      status?: 'exploring' | 'active';
      /**
       * Format: date
       * @example 2026-12-01
       */
      startDate: string;
      /**
       * Format: date
       * @description On or after startDate.
       */
      endDate?: string | null;
      teamCap?: number | null;
      /**
       * @default open
       * @enum {string}
       */
      joinPolicy?: 'open' | 'on-request';
      /**
       * @example [
       *       "Omgevingsrecht",
       *       "Projectleiding"
       *     ]
       */
      skills?: string[];
      /** @description Skills chosen from the taxonomy, by id (the skill picker); together with skills, whose free names become proposals. */
      skillIds?: string[];
    };
    TeamPersonDto: {
      /** Format: uuid */
      id: string;
      name: string;
      organisation: components['schemas']['NamedRefDto'];
      jobTitle: string | null;
    };
    TeamMemberDto: {
      user: components['schemas']['TeamPersonDto'];
      /** @enum {string} */
      role: 'trekker' | 'member' | 'adviser';
      /** @enum {string} */
      status: 'active' | 'requested' | 'invited';
      /** @description The note with a request or invitation. */
      message: string | null;
      /** Format: date-time */
      since: string;
    };
    DossierDetailDto: {
      /** Format: uuid */
      id: string;
      title: string;
      goal: string;
      /** @enum {string} */
      status: 'exploring' | 'active' | 'completed' | 'stopped';
      partnership: components['schemas']['NamedRefDto'];
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string | null;
      /** @description At most this many people; null: no limit. */
      teamCap: number | null;
      /** @enum {string} */
      joinPolicy: 'open' | 'on-request';
      teamSize: number;
      organisations: components['schemas']['OrganisationCountDto'][];
      skills: components['schemas']['DossierSkillDto'][];
      trekkers: components['schemas']['PersonDto'][];
      /**
       * @description Yours, if in the team.
       * @enum {string|null}
       */
      myRole: 'trekker' | 'member' | 'adviser' | null;
      /** @enum {string|null} */
      myStatus: 'active' | 'requested' | 'invited' | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Markdown. */
      description: string;
      /** @description The description rendered, safe to insert as it is. */
      descriptionHtml: string;
      team: components['schemas']['TeamMemberDto'][];
      /** @description Whether you may edit it (trekkers, platform admins). */
      canEdit: boolean;
      createdBy: components['schemas']['PersonDto'];
    };
    UpdateDossierDto: {
      /** @example Samen één aanpak voor de Omgevingswet */
      title?: string;
      /** @description What the partners want to achieve together (what before how). */
      goal?: string;
      /** @description Markdown. */
      description?: string;
      /**
       * Format: date
       * @example 2026-12-01
       */
      startDate?: string;
      /**
       * Format: date
       * @description On or after startDate.
       */
      endDate?: string | null;
      teamCap?: number | null;
      /**
       * @default open
       * @enum {string}
       */
      joinPolicy?: 'open' | 'on-request';
      /**
       * @example [
       *       "Omgevingsrecht",
       *       "Projectleiding"
       *     ]
       */
      skills?: string[];
      /** @description Skills chosen from the taxonomy, by id (the skill picker); together with skills, whose free names become proposals. */
      skillIds?: string[];
      /**
       * @description exploring → active → completed; exploring or active → stopped.
       * @enum {string}
       */
      status?: 'exploring' | 'active' | 'completed' | 'stopped';
    };
    CreateMembershipDto: {
      /**
       * Format: uuid
       * @description Leave out (or give your own id) to join; a trekker invites someone else by id.
       */
      userId?: string;
      /**
       * @default member
       * @enum {string}
       */
      role?: 'trekker' | 'member' | 'adviser';
      /** @description A note with a request or invitation. */
      message?: string;
    };
    UpdateMembershipDto: {
      /**
       * @description A trekker accepts a request; the invitee accepts an invitation.
       * @enum {string}
       */
      status?: 'active';
      /**
       * @description Trekkers and platform admins change roles.
       * @enum {string}
       */
      role?: 'trekker' | 'member' | 'adviser';
    };
    CheckpointDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** Format: date */
      plannedOn: string;
      /** @enum {string} */
      status: 'planned' | 'held';
      /** @description Glanzen: wat ging goed? */
      wentWell: string | null;
      /** @description Schuren: wat schuurde? */
      chafed: string | null;
      /** @description Wat veranderen we? */
      changes: string | null;
      /** Format: date */
      heldOn: string | null;
      writtenBy?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
    };
    CheckpointListDto: {
      items: components['schemas']['CheckpointDto'][];
    };
    CreateCheckpointDto: {
      /** @example IJkmoment na de eerste maand */
      title: string;
      /** Format: date */
      plannedOn: string;
    };
    UpdateCheckpointDto: {
      /** @example IJkmoment na de eerste maand */
      title?: string;
      /** Format: date */
      plannedOn?: string;
      /** @description Glanzen: wat ging goed? */
      wentWell?: string;
      /** @description Schuren: wat schuurde? */
      chafed?: string;
      /** @description Wat veranderen we? */
      changes?: string;
      /**
       * @description Record the checkpoint as held (needs a reflection).
       * @enum {boolean}
       */
      held?: true;
    };
    ActivityDataDto: {
      /**
       * @description With status-changed: the new one.
       * @enum {string}
       */
      status?: 'exploring' | 'active' | 'completed' | 'stopped';
    };
    ActivityDto: {
      /**
       * @description Ascending with time; not a UUID.
       * @example 62
       */
      id: string;
      /** @enum {string} */
      type:
        | 'dossier-created'
        | 'status-changed'
        | 'member-joined'
        | 'member-left'
        | 'member-invited'
        | 'task-posted'
        | 'task-claimed'
        | 'task-completed'
        | 'checkpoint-planned'
        | 'checkpoint-held';
      /** Format: date-time */
      at: string;
      /** @description Who did it. */
      actor?: {
        /** Format: uuid */
        id: string;
        name: string;
        organisation: {
          /** Format: uuid */
          id: string;
          name: string;
        };
      } | null;
      /** @description Whom it was done to (invited, left…). */
      subject?: {
        /** Format: uuid */
        id: string;
        name: string;
        organisation: {
          /** Format: uuid */
          id: string;
          name: string;
        };
      } | null;
      task?: {
        /** Format: uuid */
        id: string;
        title: string;
      } | null;
      checkpoint?: {
        /** Format: uuid */
        id: string;
        title: string;
      } | null;
      data: components['schemas']['ActivityDataDto'];
    };
    ActivityPageDto: {
      items: components['schemas']['ActivityDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    SkillGapTeamMemberDto: {
      user: components['schemas']['PersonDto'];
      /** @enum {string} */
      level: 'basic' | 'advanced' | 'expert';
      demonstrated: boolean;
    };
    SkillGapSuggestionDto: {
      user: components['schemas']['PersonDto'];
      /** @enum {string} */
      level: 'basic' | 'advanced' | 'expert';
      demonstrated: boolean;
      score: number;
      reasons: components['schemas']['MatchReasonDto'][];
    };
    SkillGapEntryDto: {
      skill: components['schemas']['DossierSkillDto'];
      /** @description Somebody in the team has it. */
      covered: boolean;
      team: components['schemas']['SkillGapTeamMemberDto'][];
      /** @description Gaps only, at most 5, best first. Only for trekkers of the dossier, and only people findable for them (colleagues as their organisation allows, others who chose to be findable); empty for everyone else. */
      suggestions: components['schemas']['SkillGapSuggestionDto'][];
      /** @description Gaps only: how many people of the partnership outside the team have the skill (0 when covered). */
      candidateCount: number;
      /** @description Of candidateCount, how many you may see by name (0 unless you are a trekker); candidateCount − findableCount are not findable for you. */
      findableCount: number;
    };
    SkillGapDto: {
      items: components['schemas']['SkillGapEntryDto'][];
      /** @description You are a trekker of the dossier: suggestions name the people findable for you. */
      namedSuggestions: boolean;
    };
    LedgerBalanceDto: {
      organisation: components['schemas']['NamedRefDto'];
      /** @description Hours this organisation's people gave to other organisations. */
      given: number;
      /** @description Hours people of other organisations gave to this organisation. */
      received: number;
      /** @description given − received: positive means it gave more than it received. */
      net: number;
      /** @description Given hours in discussion, not in given. */
      disputedGiven: number;
      /** @description Received hours in discussion, not in received. */
      disputedReceived: number;
    };
    LedgerBalancePageDto: {
      items: components['schemas']['LedgerBalanceDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    LedgerPairDto: {
      /** @description The row: whose people gave the hours. */
      giving: components['schemas']['NamedRefDto'];
      /** @description The column: who received them. */
      receiving: components['schemas']['NamedRefDto'];
      /** @description Hours, to hundredths. */
      hours: number;
      /** @description Hours in discussion, not in hours. */
      disputedHours: number;
    };
    LedgerPairPageDto: {
      items: components['schemas']['LedgerPairDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    LedgerTaskRefDto: {
      /** Format: uuid */
      id: string;
      title: string;
    };
    LedgerEntryDto: {
      /** Format: uuid */
      id: string;
      task: components['schemas']['LedgerTaskRefDto'];
      /** @description The participant's organisation. */
      giving: components['schemas']['NamedRefDto'];
      /** @description The poster's organisation. */
      receiving: components['schemas']['NamedRefDto'];
      /** @description Both sides are one organisation: counts for your history, not for a balance. */
      internal: boolean;
      /** Format: uuid */
      partnershipId: string | null;
      /** Format: uuid */
      dossierId: string | null;
      /** @description Negative for a reversal. */
      hours: number;
      /**
       * Format: date
       * @description The completion day.
       */
      entryDate: string;
      /** @enum {string} */
      kind: 'original' | 'reversal' | 'correction' | 'settlement';
      /**
       * Format: uuid
       * @description The entry a reversal cancels.
       */
      reversesId: string | null;
      /**
       * @description recorded (waits for you), confirmed (by you or after 14 days), corrected, in-discussion.
       * @enum {string}
       */
      state: 'recorded' | 'confirmed' | 'corrected' | 'in-discussion';
      /** @description Why it was corrected. */
      reason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      confirmedAt: string | null;
      /**
       * Format: date-time
       * @description While recorded: until when you can confirm or correct; then it counts as confirmed.
       */
      answerBefore: string | null;
    };
    LedgerEntryPageDto: {
      items: components['schemas']['LedgerEntryDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    LedgerCorrectionDto: {
      /**
       * @description The hours you actually worked.
       * @example 6.5
       */
      hours: number;
      /** @description Why the recorded hours are not right. */
      reason: string;
    };
    TaskHoursEntryDto: {
      /** Format: uuid */
      id: string;
      task: components['schemas']['LedgerTaskRefDto'];
      /** @description The participant's organisation. */
      giving: components['schemas']['NamedRefDto'];
      /** @description The poster's organisation. */
      receiving: components['schemas']['NamedRefDto'];
      /** @description Both sides are one organisation: counts for your history, not for a balance. */
      internal: boolean;
      /** Format: uuid */
      partnershipId: string | null;
      /** Format: uuid */
      dossierId: string | null;
      /** @description Negative for a reversal. */
      hours: number;
      /**
       * Format: date
       * @description The completion day.
       */
      entryDate: string;
      /** @enum {string} */
      kind: 'original' | 'reversal' | 'correction' | 'settlement';
      /**
       * Format: uuid
       * @description The entry a reversal cancels.
       */
      reversesId: string | null;
      /**
       * @description recorded (waits for you), confirmed (by you or after 14 days), corrected, in-discussion.
       * @enum {string}
       */
      state: 'recorded' | 'confirmed' | 'corrected' | 'in-discussion';
      /** @description Why it was corrected. */
      reason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      confirmedAt: string | null;
      /**
       * Format: date-time
       * @description While recorded: until when you can confirm or correct; then it counts as confirmed.
       */
      answerBefore: string | null;
      participant: components['schemas']['NamedRefDto'];
      /** @description The hours the poster recorded at completion. */
      recordedHours: number;
      /**
       * @description The poster's side's answer to a correction (none yet, or not a correction).
       * @enum {string|null}
       */
      correctionAnswer: 'accepted' | 'disputed' | null;
      /**
       * Format: date-time
       * @description A correction not answered yet: until when the poster can accept or dispute it.
       */
      answerCorrectionBefore: string | null;
      /** @description You (the poster, or an org-admin of the posting organisation) may accept or dispute it now. */
      canAnswerCorrection: boolean;
      /**
       * Format: uuid
       * @description An open dispute over it.
       */
      disputeId: string | null;
    };
    TaskHoursDto: {
      items: components['schemas']['TaskHoursEntryDto'][];
    };
    LedgerDisputeRequestDto: {
      /** @description Why the correction is not right. */
      reason: string;
    };
    LedgerDisputeDto: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The disputed correction.
       */
      entryId: string;
      task: components['schemas']['LedgerTaskRefDto'];
      participant: components['schemas']['NamedRefDto'];
      /** @description The participant's organisation. */
      giving: components['schemas']['NamedRefDto'];
      /** @description The poster's organisation. */
      receiving: components['schemas']['NamedRefDto'];
      /**
       * Format: date
       * @description The completion day.
       */
      entryDate: string;
      /** @description What the poster recorded. */
      recordedHours: number;
      /** @description The participant's figure. */
      correctedHours: number;
      /** @description The participant's reason. */
      correctionReason: string | null;
      /** @description The poster's side's reason. */
      disputeReason: string;
      openedBy: components['schemas']['NamedRefDto'];
      /** Format: date-time */
      openedAt: string;
      /** @enum {string} */
      status: 'open' | 'settled';
      /** @description Hours, to hundredths. */
      settledHours: number | null;
      settlementNote: string | null;
      settledBy?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** Format: date-time */
      settledAt: string | null;
      /** @description You may settle it (an org-admin of either organisation, while open). */
      canSettle: boolean;
    };
    LedgerDisputePageDto: {
      items: components['schemas']['LedgerDisputeDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    LedgerSettlementDto: {
      /**
       * @description The hours both organisations agree on (0: none count).
       * @example 7
       */
      hours: number;
      /** @description What was agreed, for both sides to read. */
      note: string;
    };
    LedgerPairEntryDto: {
      /** Format: uuid */
      id: string;
      /** @description Negative for a reversal. */
      hours: number;
      /**
       * Format: date
       * @description The completion day.
       */
      entryDate: string;
      /** @enum {string} */
      kind: 'original' | 'reversal' | 'correction' | 'settlement';
      /** @enum {string} */
      state: 'recorded' | 'confirmed' | 'corrected' | 'in-discussion';
    };
    LedgerPairTaskDto: {
      task: components['schemas']['LedgerTaskRefDto'];
      /** @description The sum of its entries in the period (not in discussion). */
      hours: number;
      /** @description Hours in discussion, not in hours. */
      disputedHours: number;
      /**
       * Format: date
       * @description The latest completion day of its entries.
       */
      lastDate: string;
      /** @description The entries behind the figure, oldest first (a correction: reversal plus new entry). */
      entries: components['schemas']['LedgerPairEntryDto'][];
    };
    LedgerPairTasksDto: {
      giving: components['schemas']['NamedRefDto'];
      receiving: components['schemas']['NamedRefDto'];
      /** Format: date */
      from: string | null;
      /** Format: date */
      to: string | null;
      items: components['schemas']['LedgerPairTaskDto'][];
      page: number;
      pageSize: number;
      /** @description Klussen in all pages. */
      total: number;
    };
    TeamHoursEntryDto: {
      /** Format: uuid */
      id: string;
      /** @description The person whose hours these are. */
      person: components['schemas']['NamedRefDto'];
      task: components['schemas']['LedgerTaskRefDto'];
      /** @description The poster's organisation. */
      receiving: components['schemas']['NamedRefDto'];
      /** @description Inside the own organisation: not in any balance. */
      internal: boolean;
      /** @description Hours, to hundredths; negative for a reversal. */
      hours: number;
      /**
       * Format: date
       * @description The completion day.
       */
      entryDate: string;
      /** @enum {string} */
      kind: 'original' | 'reversal' | 'correction' | 'settlement';
      /**
       * @description recorded (waits for the person), confirmed, corrected, in-discussion.
       * @enum {string}
       */
      state: 'recorded' | 'confirmed' | 'corrected' | 'in-discussion';
    };
    TeamHoursEntryPageDto: {
      items: components['schemas']['TeamHoursEntryDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    HourCapDto: {
      /** Format: uuid */
      userId: string;
      /** @description The cap that holds: the lower of the organisation’s and the personal one; null: no cap. */
      cap: number | null;
      /** @description The organisation's monthly cap per employee. */
      organisationCap: number | null;
      /** @description The lower cap set for this person. */
      personalCap: number | null;
      /**
       * @description refuse: claims over the cap are refused; warn: the line manager hears of them.
       * @enum {string}
       */
      mode: 'refuse' | 'warn';
      /**
       * @description The month (Europe/Amsterdam) the figures are for.
       * @example 2026-12
       */
      month: string;
      /**
       * @description Planned hours this month. A klus's estimated hours are spread evenly over its days (start and end included), per calendar month.
       * @example 12
       */
      plannedHours: number;
      /**
       * @description Hours left this month; null: no cap.
       * @example 4
       */
      hoursLeft: number | null;
    };
    TeamHourCapDto: {
      /** Format: uuid */
      userId: string;
      /** @description The cap that holds: the lower of the organisation’s and the personal one; null: no cap. */
      cap: number | null;
      /** @description The organisation's monthly cap per employee. */
      organisationCap: number | null;
      /** @description The lower cap set for this person. */
      personalCap: number | null;
      /**
       * @description refuse: claims over the cap are refused; warn: the line manager hears of them.
       * @enum {string}
       */
      mode: 'refuse' | 'warn';
      /**
       * @description The month (Europe/Amsterdam) the figures are for.
       * @example 2026-12
       */
      month: string;
      /**
       * @description Planned hours this month. A klus's estimated hours are spread evenly over its days (start and end included), per calendar month.
       * @example 12
       */
      plannedHours: number;
      /**
       * @description Hours left this month; null: no cap.
       * @example 4
       */
      hoursLeft: number | null;
      name: string;
    };
    TeamHourCapListDto: {
      items: components['schemas']['TeamHourCapDto'][];
    };
    SetHourCapDto: {
      /**
       * @description Whole hours a month, at most the organisation's cap; null removes the personal cap (the organisation's holds).
       * @example 8
       */
      hourCapPerMonth: number | null;
    };
    EvaluationDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      taskId: string;
      /** @description Who gave it. */
      author: components['schemas']['PersonDto'];
      /** @description Whom it is about. */
      subject: components['schemas']['PersonDto'];
      /** @enum {integer} */
      score: 1 | 2 | 3 | 4 | 5;
      wentWell: string | null;
      couldBeBetter: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    TaskEvaluationsDto: {
      /** @description The evaluations you may read: those you gave or received, and those of people you are the line manager of. */
      items: components['schemas']['EvaluationDto'][];
      /** @description Whom you still evaluate on this klus (empty when it is not completed or you are done). */
      toEvaluate: components['schemas']['PersonDto'][];
    };
    CreateEvaluationDto: {
      /**
       * Format: uuid
       * @description Whom you evaluate: the poster evaluates each participant, a participant the poster.
       */
      subjectId: string;
      /**
       * @description How it went: 1 (badly) to 5 (very well).
       * @enum {integer}
       */
      score: 1 | 2 | 3 | 4 | 5;
      /** @description What went well. */
      wentWell?: string;
      /** @description What could be better. */
      couldBeBetter?: string;
    };
    EvaluationScoreCountsDto: {
      1: number;
      2: number;
      3: number;
      4: number;
      5: number;
    };
    EvaluationSummaryDto: {
      organisation: components['schemas']['NamedRefDto'];
      /** Format: date */
      from: string | null;
      /** Format: date */
      to: string | null;
      /** @description Evaluations given or received by the organisation's people. */
      count: number;
      /** @description Average score, one decimal; null without evaluations. */
      averageScore: number | null;
      /** @description How many of each score. */
      scores: components['schemas']['EvaluationScoreCountsDto'];
      /** @description The free texts, without names, sorted (not in the order given). */
      wentWell: string[];
      /** @description As wentWell. */
      couldBeBetter: string[];
    };
    CalendarFeedDto: {
      /** @description Whether a feed URL of mine works now. */
      exists: boolean;
      /**
       * Format: date-time
       * @description When the current URL was made.
       */
      createdAt: string | null;
    };
    CalendarFeedCreatedDto: {
      /** @enum {boolean} */
      exists: true;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: uri
       * @description The secret feed URL (iCalendar) to subscribe to. Shown only now; a new one replaces it, and the old one then answers 404.
       */
      url: string;
    };
    ApplauseDto: {
      count: number;
      /** @description Whether you applauded. */
      mine: boolean;
    };
    SuccessDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      milestone: 'task-completed' | 'checkpoint-held' | 'dossier-completed';
      /** @description The klus, checkpoint or dossier it celebrates, as it was called. */
      title: string;
      /** @description The story as written (Markdown). */
      story: string;
      /** @description The story rendered and sanitised (renderMarkdown). */
      storyHtml: string;
      /** Format: date-time */
      createdAt: string;
      task?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      dossier?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      checkpoint?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** @description The organisations involved. */
      organisations: components['schemas']['NamedRefDto'][];
      /** @description The partnerships it is shared in. */
      partnerships: components['schemas']['NamedRefDto'][];
      skills: components['schemas']['NamedRefDto'][];
      /** @description Hours from the ledger (corrections included). */
      hours: number;
      /** @description The people who agreed to be named; nobody else. */
      named: components['schemas']['PersonDto'][];
      /** @description People involved who were not (yet) named. */
      unnamedCount: number;
      applause: components['schemas']['ApplauseDto'];
      /** @description Visible comments. */
      commentCount: number;
      /**
       * @description Your own answer when you are involved (asked: not answered yet); null otherwise.
       * @enum {string|null}
       */
      myNaming: 'asked' | 'agreed' | 'declined' | null;
    };
    SuccessPageDto: {
      items: components['schemas']['SuccessDto'][];
      page: number;
      pageSize: number;
      /** @description All matches, not only this page. */
      total: number;
    };
    ShareSuccessDto: {
      /**
       * Format: uuid
       * @description The completed klus to celebrate (you posted it). Give a klus or a dossier, not both.
       */
      taskId?: string;
      /**
       * Format: uuid
       * @description The dossier to celebrate (you are a trekker): completed, or with checkpointId a checkpoint held.
       */
      dossierId?: string;
      /**
       * Format: uuid
       * @description A held checkpoint of the dossier.
       */
      checkpointId?: string;
      /** @description The short story, in Markdown (no raw HTML). */
      story: string;
      /** @description Whether your own name may appear (default false); the other people are asked. */
      nameMe?: boolean;
    };
    SuccessCommentDto: {
      /** Format: uuid */
      id: string;
      author: components['schemas']['PersonDto'];
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Whether you may hide it (its author, an org-admin involved). */
      canHide: boolean;
    };
    SuccessDetailDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      milestone: 'task-completed' | 'checkpoint-held' | 'dossier-completed';
      /** @description The klus, checkpoint or dossier it celebrates, as it was called. */
      title: string;
      /** @description The story as written (Markdown). */
      story: string;
      /** @description The story rendered and sanitised (renderMarkdown). */
      storyHtml: string;
      /** Format: date-time */
      createdAt: string;
      task?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      dossier?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      checkpoint?: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** @description The organisations involved. */
      organisations: components['schemas']['NamedRefDto'][];
      /** @description The partnerships it is shared in. */
      partnerships: components['schemas']['NamedRefDto'][];
      skills: components['schemas']['NamedRefDto'][];
      /** @description Hours from the ledger (corrections included). */
      hours: number;
      /** @description The people who agreed to be named; nobody else. */
      named: components['schemas']['PersonDto'][];
      /** @description People involved who were not (yet) named. */
      unnamedCount: number;
      applause: components['schemas']['ApplauseDto'];
      /** @description Visible comments. */
      commentCount: number;
      /**
       * @description Your own answer when you are involved (asked: not answered yet); null otherwise.
       * @enum {string|null}
       */
      myNaming: 'asked' | 'agreed' | 'declined' | null;
      /** @description Visible comments, oldest first. */
      comments: components['schemas']['SuccessCommentDto'][];
    };
    NamingAnswerDto: {
      /** @description true: my name may appear; false: not (also to withdraw an earlier yes). */
      agree: boolean;
    };
    CreateSuccessCommentDto: {
      body: string;
    };
    MirrorScopeDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'organisation' | 'partnership';
    };
    MirrorPeriodDto: {
      /** @example 2026-Q3 */
      label: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
    };
    MirrorFigureDto: {
      /** @enum {string} */
      key:
        | 'posted'
        | 'claimed'
        | 'completed'
        | 'expired'
        | 'cancelled'
        | 'shareFilled'
        | 'medianHoursToFirstClaim'
        | 'hoursGiven'
        | 'hoursReceived'
        | 'internalHours'
        | 'participants'
        | 'participationShare'
        | 'newParticipants'
        | 'functions'
        | 'organisations'
        | 'demonstratedSkills'
        | 'learningKlussen'
        | 'evaluations'
        | 'averageScore'
        | 'activeDossiers'
        | 'completedDossiers'
        | 'checkpointsHeld';
      /** @description This period; null when it has no value. */
      current: number | null;
      /** @description The period before. */
      previous: number | null;
      /** @description current − previous. */
      difference: number | null;
      /**
       * @description The arrow: up, down, same; new (nothing before); none.
       * @enum {string}
       */
      direction: 'up' | 'down' | 'same' | 'new' | 'none';
    };
    MirrorHoursRowDto: {
      organisation: components['schemas']['NamedRefDto'];
      /** @description Hours its people gave other organisations (in discussion apart). */
      given: number;
      /** @description Hours it received from other organisations. */
      received: number;
      /** @description Hours within the organisation itself (in no balance). */
      internal: number;
    };
    MirrorMatrixCellDto: {
      giving: components['schemas']['NamedRefDto'];
      receiving: components['schemas']['NamedRefDto'];
      hours: number;
      disputedHours: number;
    };
    MirrorSkillDto: {
      skill: string;
      /** @description Klussen of the period that asked for it. */
      asked: number;
      /** @description Employees in scope with it on their profile. */
      available: number;
      /** @description asked − available. */
      gap: number;
    };
    MirrorFunctionDto: {
      jobTitle: string;
      people: number;
    };
    MirrorEvaluationTextDto: {
      score: number;
      wentWell: string | null;
      couldBeBetter: string | null;
    };
    MirrorDossierTeamDto: {
      organisation: components['schemas']['NamedRefDto'];
      dossiers: number;
      members: number;
    };
    MirrorReportDto: {
      scope: components['schemas']['MirrorScopeDto'];
      period: components['schemas']['MirrorPeriodDto'];
      /** @description The period before, for the comparison. */
      previousPeriod?: {
        label: string;
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      } | null;
      /**
       * @description totals: the partnership totals an employee sees, without functions, texts or teams.
       * @enum {string}
       */
      detail: 'full' | 'totals';
      figures: components['schemas']['MirrorFigureDto'][];
      hours: components['schemas']['MirrorHoursRowDto'][];
      matrix: components['schemas']['MirrorMatrixCellDto'][];
      /** @description The ten largest gaps between asked and available. */
      skills: components['schemas']['MirrorSkillDto'][];
      /** @description Participants per function, only functions with at least 5 people; empty in totals. */
      functions: components['schemas']['MirrorFunctionDto'][];
      /** @description Functions left out: fewer than 5 people, who could be recognised. */
      suppressedFunctions: number;
      /** @description The period's free texts, without names (at most 50); empty in totals. */
      evaluationTexts: components['schemas']['MirrorEvaluationTextDto'][];
      /** @description Empty in totals. */
      dossierTeams: components['schemas']['MirrorDossierTeamDto'][];
    };
    /** @description RFC 9457 problem details. `code` is stable for programs; `title` and `detail` are for people, in Dutch or English as the request's Accept-Language prefers (Dutch by default; see Content-Language). */
    Problem: {
      /**
       * Format: uri
       * @example https://klussenbank.nl/problemen/invalid-input
       */
      type: string;
      /** @example Ongeldige invoer */
      title: string;
      /** @example 400 */
      status: number;
      /** @example 2 velden zijn niet goed ingevuld. */
      detail: string;
      /** @example /api/v1/users */
      instance?: string;
      /**
       * @description Stable and machine-readable: programs branch on this, not on the texts.
       * @example invalid-input
       */
      code: string;
      /** @description Also in the X-Request-Id header and in the server log. */
      correlationId?: string;
      invalidParams?: {
        /** @description The field, as a dotted path for nested ones. */
        name: string;
        /** @description Stable code of the rule the value broke. */
        code: string;
        reason: string;
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description The full version of the API. */
    'API-Version': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready to serve. */
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency is down (problem+json names which). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditEventsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only these actions; repeatable or comma-separated. */
        action?: (
          | 'login.succeeded'
          | 'login.failed'
          | 'logout'
          | 'session.ended'
          | 'user.created'
          | 'user.updated'
          | 'user.roles-changed'
          | 'user.organisation-changed'
          | 'user.deactivated'
          | 'user.reactivated'
          | 'user.erased'
          | 'identity-provider.created'
          | 'identity-provider.updated'
          | 'identity-provider.deleted'
          | 'organisation.updated'
          | 'scim.token-created'
          | 'scim.token-revoked'
          | 'scim.user-created'
          | 'scim.user-updated'
          | 'scim.user-deactivated'
          | 'scim.user-deleted'
          | 'csv-import.applied'
          | 'export.personal-data'
          | 'export.audit-log'
          | 'export.report'
          | 'skills.imported'
        )[];
        /** @description Only what this person did. */
        actorId?: string;
        /** @description Only events about this object (its id). */
        objectId?: string;
        /** @description First day (inclusive, Europe/Amsterdam). */
        from?: string;
        /** @description Last day (inclusive); on or after from. */
        to?: string;
        /** @description Platform admins: one organisation's events. Org-admins always see their own. */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.audit-log-elsewhere: an org-admin asked for another organisation (org-admins see their own organisation's events only).
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditEventsController_export: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only these actions; repeatable or comma-separated. */
        action?: (
          | 'login.succeeded'
          | 'login.failed'
          | 'logout'
          | 'session.ended'
          | 'user.created'
          | 'user.updated'
          | 'user.roles-changed'
          | 'user.organisation-changed'
          | 'user.deactivated'
          | 'user.reactivated'
          | 'user.erased'
          | 'identity-provider.created'
          | 'identity-provider.updated'
          | 'identity-provider.deleted'
          | 'organisation.updated'
          | 'scim.token-created'
          | 'scim.token-revoked'
          | 'scim.user-created'
          | 'scim.user-updated'
          | 'scim.user-deactivated'
          | 'scim.user-deleted'
          | 'csv-import.applied'
          | 'export.personal-data'
          | 'export.audit-log'
          | 'export.report'
          | 'skills.imported'
        )[];
        /** @description Only what this person did. */
        actorId?: string;
        /** @description Only events about this object (its id). */
        objectId?: string;
        /** @description First day (inclusive, Europe/Amsterdam). */
        from?: string;
        /** @description Last day (inclusive); on or after from. */
        to?: string;
        /** @description Platform admins: one organisation's events. Org-admins always see their own. */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file (Content-Disposition: attachment). */
      200: {
        headers: {
          /** @description attachment; filename="auditlog-<date>.csv" */
          'Content-Disposition'?: string;
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.audit-log-elsewhere: an org-admin asked for another organisation (org-admins see their own organisation's events only).
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Invalid body (problem+json with invalidParams). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description invalid-credentials: wrong e-mail address or password. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description account-deactivated: the password is right, but an admin switched the account off. password-login-disabled: the password is right, but the person's organisation signs in through single sign-on only (platform admins keep their password login). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many failed attempts for this account or address. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is gone; its token no longer works. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'][];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionsController_endOthers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionsEndedDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionsController_endMine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ended. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.session: no such session of mine (or it ended already). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionsController_of: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'][];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.change-user-elsewhere, forbidden.change-platform-admin
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionsController_endAllOf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionsEndedDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.change-user-elsewhere, forbidden.change-platform-admin
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_discover: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SsoDiscoveryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SsoDiscoveryResponseDto'];
        };
      };
      /** @description Invalid body (problem+json with invalidParams). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description identity-provider-unavailable: the provider cannot be reached; sso-not-configured: no OIDC_SECRET_KEY in production. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_callback: {
    parameters: {
      query?: {
        error?: string;
        state?: string;
        code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed in, to link, or back to the login page. */
      303: {
        headers: {
          /** @description Where the browser goes next. */
          Location?: string;
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_pendingLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SsoPendingLinkDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description sso-link-gone: no link waits in this browser (expired or done). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_link: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SsoLinkDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Invalid body (problem+json with invalidParams). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description invalid-credentials: wrong password; the link still waits. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description sso-link-gone: no link waits in this browser (expired or done). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many failed attempts for this account or address. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SsoLogoutResponseDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_backchannelLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          logout_token: string;
        };
      };
    };
    responses: {
      /** @description The sessions the token names have ended. */
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description logout-token-invalid: the logout token is missing or does not hold. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIdentityProviderDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderDto'];
        };
      };
      /** @description Invalid body (problem+json with every field error in invalidParams). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description identity-provider-exists: this issuer and client id are configured already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description sso-not-configured: production runs without OIDC_SECRET_KEY. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such identity provider. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such identity provider. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description identity-provider-last: the organisation signs in through this provider only (password login is off, no other enabled provider); switch password login on first (problem+json). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateIdentityProviderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderDto'];
        };
      };
      /** @description Invalid body (problem+json with every field error in invalidParams). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such identity provider. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description identity-provider-exists: this issuer and client id are configured already. identity-provider-last: the organisation signs in through this provider only (password login is off, no other enabled provider); switch password login on first (problem+json). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description sso-not-configured: production runs without OIDC_SECRET_KEY. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganisationsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganisationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganisationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An organisation with that name exists. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganisationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganisationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganisationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an administrator of this organisation. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PartnershipsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnershipPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PartnershipsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnershipDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnershipDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A partnership with that name exists. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PartnershipsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnershipDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PartnershipsController_addMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organisation is a member. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PartnershipsController_removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organisation is no longer a member. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PartnershipsController_memberImpact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnershipMemberImpactDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.partnership, not-found.organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PartnershipsController_setHourRate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HourRateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnershipDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PrivacyController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataExportListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PrivacyController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Asked; status pending. */
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataExportDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PrivacyController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
        headers: {
          /** @description attachment; filename="klussenbank-mijn-gegevens-<day>.json" */
          'Content-Disposition'?: string;
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.data-export: none of mine with this id (problem+json). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description data-export-not-ready (still pending) or data-export-expired (problem+json). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PrivacyController_eraseMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureDto'];
        };
      };
      /** @description erasure-not-confirmed, wrong-password (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description last-org-admin (problem+json). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description too-many-login-attempts: the login throttle (problem+json). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PrivacyController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.user (problem+json). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description last-org-admin, last-platform-admin (problem+json). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  StatementsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation, not-found.statement (problem+json). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  StatementsController_write: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetStatementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation, not-found.statement (problem+json). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Org-admins always see their own organisation. */
        organisationId?: string;
        /** @description Part of the name or e-mail address (any case). */
        q?: string;
        /** @description Only people with this role. */
        role?: 'employee' | 'manager' | 'org-admin' | 'platform-admin';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummaryPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummaryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The e-mail address is taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummaryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.change-user-elsewhere, forbidden.change-platform-admin, forbidden.change-own-account (an admin keeps their own admin role)
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description account-erased: the account was erased (AVG) and stays as it is (problem+json). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummaryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.change-user-elsewhere, forbidden.change-platform-admin, forbidden.change-own-account
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_reactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummaryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.change-user-elsewhere, forbidden.change-platform-admin, forbidden.change-own-account
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description account-erased: the account was erased (AVG) and stays as it is (problem+json). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PasswordsController_change: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description too-many-login-attempts: too many wrong passwords for this account from this address; retryAfterSeconds and Retry-After say when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PasswordsController_sendReset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mail has been handed to the mail server. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description mail-unavailable: the mail could not be sent; try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PasswordsController_inspect: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the link in the e-mail (32 random bytes, base64url). */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordLinkDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found: no such link (problem+json). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description password-link-gone: used, expired, or replaced by a newer link (problem+json). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PasswordsController_use: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the link in the e-mail (32 random bytes, base64url). */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPasswordDto'];
      };
    };
    responses: {
      /** @description The password is set; sign in with it. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found: no such link (problem+json). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description password-link-gone: used, expired, or replaced by a newer link (problem+json). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleImportController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PeopleImportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeopleImportPreviewDto'];
        };
      };
      /** @description invalid-input: the file as a whole (`invalidParams[].name` = `csv`): not CSV (invalid-csv), a header without e-mail or name column (people-import-columns), nobody in it (people-import-empty), too many people (people-import-too-many-rows); or a body field that is wrong. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.own-organisation-users: another organisation.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleImportController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PeopleImportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeopleImportResultDto'];
        };
      };
      /** @description invalid-input: the file as a whole (`invalidParams[].name` = `csv`): not CSV (invalid-csv), a header without e-mail or name column (people-import-columns), nobody in it (people-import-empty), too many people (people-import-too-many-rows); or a body field that is wrong. Or people-import-invalid: rows with errors; nothing was written. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.own-organisation-users: another organisation.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description email-taken: during the import one of the new addresses was taken elsewhere; nothing was written. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ScimTokensController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScimTokenListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description Not an administrator of this organisation (problem+json).
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ScimTokensController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedScimTokenDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description Not an administrator of this organisation (problem+json).
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ScimTokensController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description Not an administrator of this organisation (problem+json).
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such organisation, or no usable token of it with this id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotificationsController_markAllRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotificationsController_unreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotificationsController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of my notifications. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotificationsController_stream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An endless event stream. */
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotificationsController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotificationsController_setPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationPreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Full-text search in Dutch (stemming, accents ignored). */
        q?: string;
        /** @description A required or nice-to-have skill, by name. */
        skill?: string;
        organisationId?: string;
        partnershipId?: string;
        dossierId?: string;
        /** @description Comma-separated; default open,full. */
        status?: string[];
        minHours?: number;
        maxHours?: number;
        /** @description Klussen running on or after this date. */
        from?: string;
        /** @description Klussen running on or before this date. */
        to?: string;
        location?: 'remote' | 'on-site' | 'hybrid';
        learningSuitable?: boolean;
        /** @description Only klussen with free places. */
        hasPlaces?: boolean;
        /** @description Default: relevance when searching, newest otherwise. */
        sort?: 'relevance' | 'newest' | 'endDate';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskSummaryPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskDto'];
      };
    };
    responses: {
      /** @description The klus as GET /tasks/{id} shows it. */
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: manager (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not the poster. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description task-has-participants, task-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_changeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StatusChangeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not the poster. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description illegal-transition (names the current status), nobody-on-it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_claim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateClaimDto'];
      };
    };
    responses: {
      /** @description status: active (instant), applied (application mode) or awaiting-consent. */
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description task-full ("Deze klus is vol"), task-not-open, already-claimed, own-task */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClaimDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Neither the claimant nor the poster, or a change only the other may make. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description illegal-claim-change, task-full */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_myClaims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyClaimListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_myTasks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostedTaskListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_consentRequests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentRequestListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_decideConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsentDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description illegal-claim-change (already decided), task-full */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Words that start a label (Dutch or English, alternative labels too; case and accents ignored). Every word must match. Without q: all skills by label. */
        q?: string;
        /** @description Language of `label` and `altLabels`. */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSkillDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description skill-exists: a live skill already has one of these names (named in the problem). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_proposals: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillProposalPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden: a proposal of another organisation.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such skill (or a private one of another organisation). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description skill-not-a-proposal; skill-exists: a shared skill already has this name (merge into it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden: a proposal of another organisation.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such skill (or a private one of another organisation). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description skill-not-a-proposal: not waiting for a decision. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_get: {
    parameters: {
      query?: {
        /** @description Language of `label` and `altLabels`. */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such skill (or a private name of another organisation). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_previewMerge: {
    parameters: {
      query: {
        /** @description The skill that stays; this one is merged into it. */
        targetId: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillMergeDto'];
        };
      };
      /** @description targetId is not a skill. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such skill. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description skill-merge-same, skill-merged, skill-merge-target-merged, skill-merge-target-inactive, skill-merge-target-private */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillsController_merge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSkillMergeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillMergeDto'];
        };
      };
      /** @description targetId is not a skill. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such skill. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description skill-merge-same, skill-merged, skill-merge-target-merged, skill-merge-target-inactive, skill-merge-target-private */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SkillImportsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The field lang must come before the file. */
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * @description Language of the file.
           * @enum {string}
           */
          lang: 'nl' | 'en';
          /**
           * Format: binary
           * @description ESCO skills CSV, at most SKILL_IMPORT_MAX_BYTES (100 MiB by default).
           */
          file: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillImportReportDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description skill-import-running: another import is still busy. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description skill-import-too-large: the file is larger than SKILL_IMPORT_MAX_BYTES (100 MiB by default); nothing is imported. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ProfilesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ProfilesController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProfileInputDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RecommendationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description At most 10, best first. */
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecommendedTaskListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Full-text search in Dutch in title, goal and description. */
        q?: string;
        partnershipId?: string;
        /** @description Repeatable or comma-separated; default exploring and active. */
        status?: ('exploring' | 'active' | 'completed' | 'stopped')[];
        /** @description A skill the dossier needs, by name (any label or synonym). */
        skill?: string;
        /** @description Only dossiers where you are in the team (or asked / were invited). */
        mine?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierSummaryPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDossierDto'];
      };
    };
    responses: {
      /** @description The dossier as GET /dossiers/{id} shows it. */
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not in that partnership. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDossierDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a trekker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description illegal-transition (names the current status) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_addMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMembershipDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMemberDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Only trekkers invite. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description dossier-full, dossier-closed, already-in-team, already-requested, already-invited */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Gone from the team (or the request / invitation is). */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Someone else, and you are not a trekker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description last-trekker */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_updateMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMembershipDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMemberDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a trekker, and not your own invitation. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description dossier-full, dossier-closed, last-trekker */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_checkpoints: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_planCheckpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCheckpointDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a trekker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_updateCheckpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        checkpointId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCheckpointDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a trekker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The checkpoint was held already, or is planned for a later day (checkpoint-not-due). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_activity: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DossiersController_skillGapOf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillGapDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, or not visible to you (never 403: existence is not leaked). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerController_balances: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description First day (inclusive) of the completion days counted. */
        from?: string;
        /** @description Last day (inclusive); on or after from. */
        to?: string;
        /** @description Only the hours of klussen shared in this partnership. */
        partnershipId?: string;
        /** @description Only this organisation's balance (default for an org-admin: their own organisation). */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerBalancePageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.ledger: another organisation, or a partnership yours is not in.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation, not-found.partnership */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerController_matrix: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description First day (inclusive) of the completion days counted. */
        from?: string;
        /** @description Last day (inclusive); on or after from. */
        to?: string;
        /** @description Only the hours of klussen shared in this partnership. */
        partnershipId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerPairPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.ledger
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.partnership */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerController_mine: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerEntryPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerEntryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.ledger-entry: none, or not yours. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description ledger-entry-settled: already confirmed or corrected. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerController_correct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LedgerCorrectionDto'];
      };
    };
    responses: {
      /** @description The new entry with your figure. */
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerEntryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.ledger-entry: none, or not yours. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description ledger-entry-settled: already confirmed or corrected. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerDisputesController_taskHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskHoursDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.task */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerDisputesController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskHoursEntryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.ledger-entry: none, or not of a klus on your side. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description ledger-not-a-correction; ledger-correction-answered: answered already, or the 14 days are over. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerDisputesController_dispute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LedgerDisputeRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerDisputeDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.ledger-entry: none, or not of a klus on your side. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description ledger-not-a-correction; ledger-correction-answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerDisputesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'open' | 'settled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerDisputePageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Alleen voor: org-admin, platform-admin (problem+json). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerDisputesController_settle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LedgerSettlementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerDisputeDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.ledger-settle
       *
       *     Alleen voor: org-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.ledger-dispute: none, or not of your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description ledger-dispute-settled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerReportsController_pairTasks: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description First day (inclusive) of the completion days counted. */
        from?: string;
        /** @description Last day (inclusive); on or after from. */
        to?: string;
        /** @description Only the hours of klussen shared in this partnership. */
        partnershipId?: string;
        /** @description A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`) of completion days. Instead of from/to, not together with them. */
        period?: string;
      };
      header?: never;
      path: {
        givingOrganisationId: string;
        receivingOrganisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerPairTasksDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.ledger: a pair or partnership outside your view.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation, not-found.partnership */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LedgerReportsController_settlement: {
    parameters: {
      query: {
        /** @description The partnership whose hours are settled. */
        partnershipId: string;
        /** @description A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`) of completion days. Instead of from/to, not together with them. */
        period?: string;
        /** @description First day (inclusive), with to, instead of period. */
        from?: string;
        /** @description Last day (inclusive), with from, instead of period. */
        to?: string;
        /** @description semicolon: `;` between fields and a decimal comma (Dutch spreadsheet settings); comma: `,` and a decimal point. */
        delimiter?: 'semicolon' | 'comma';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file (Content-Disposition: attachment). */
      200: {
        headers: {
          /** @description attachment; filename="uren-<partnership>-<period>.csv" */
          'Content-Disposition'?: string;
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.ledger: a partnership your organisation is not in.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.partnership */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TeamHoursController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description First completion day (inclusive). */
        from?: string;
        /** @description Last completion day (inclusive); on or after from. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamHoursEntryPageDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HourCapsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HourCapDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HourCapsController_team: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamHourCapListDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HourCapsController_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetHourCapDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HourCapDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description forbidden.hour-cap: neither their line manager nor an org-admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  EvaluationsController_onTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskEvaluationsDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.task: unknown, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  EvaluationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEvaluationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationDto'];
        };
      };
      /** @description Every invalid field at once; not-an-evaluation-subject. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description forbidden.evaluation-author: neither poster nor participant. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.task */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description task-not-completed, evaluation-given */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  EvaluationsController_summary: {
    parameters: {
      query?: {
        /** @description The organisation (default: your own). Org-admins: only their own; platform admins: any. */
        organisationId?: string;
        /** @description First day (inclusive) the evaluations were given. */
        from?: string;
        /** @description Last day (inclusive); on or after from. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationSummaryDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.evaluation-summary: another organisation.
       *
       *     Alleen voor: org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedCreatedDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (also when there was none). */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret (32 random bytes, base64url) followed by `.ics`. */
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed. */
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.calendar-feed: unknown or revoked (the same answer for both; problem+json). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description An organisation involved. */
        organisationId?: string;
        /** @description A partnership it is shared in. */
        partnershipId?: string;
        /** @description The dossier it belongs to (also its klussen). */
        dossierId?: string;
        /** @description The klus it celebrates. */
        taskId?: string;
        /** @description A skill it involved. */
        skillId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuccessPageDto'];
        };
      };
      /** @description Every invalid filter at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_share: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShareSuccessDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuccessDetailDto'];
        };
      };
      /** @description Every invalid field at once; task-or-dossier. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description forbidden.success-share: not the poster or a trekker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.task, not-found.dossier, not-found.checkpoint */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description success-not-reached, success-shared */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuccessDetailDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.success: unknown, or not shared with your organisation or its partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_answerNaming: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NamingAnswerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuccessDto'];
        };
      };
      /** @description agree is not a boolean. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description forbidden.success-naming: you are not involved in it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.success: unknown, or not shared with your organisation or its partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_applaud: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplauseDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.success: unknown, or not shared with your organisation or its partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_withdrawApplause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplauseDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.success: unknown, or not shared with your organisation or its partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_comment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSuccessCommentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuccessCommentDto'];
        };
      };
      /** @description Every invalid field at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.success: unknown, or not shared with your organisation or its partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 1 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not of a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SuccessesController_hideComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        commentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Hidden from everyone. */
      204: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description forbidden.success-comment-hide */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.success: unknown, or not shared with your organisation or its partnerships. not-found.success-comment */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_organisation: {
    parameters: {
      query?: {
        /** @description A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`). Default: the last complete quarter. */
        period?: string;
      };
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MirrorReportDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.mirror: another organisation.
       *
       *     Alleen voor: manager, org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_organisationCsv: {
    parameters: {
      query: {
        /** @description A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`). Default: the last complete quarter. */
        period?: string;
        /** @description Which table of the report. */
        table: 'figures' | 'hours' | 'matrix' | 'skills' | 'functions' | 'evaluations' | 'dossier-teams';
        /** @description semicolon: `;` between fields and a decimal comma (Dutch spreadsheet settings); comma: `,` and a decimal point. */
        delimiter?: 'semicolon' | 'comma';
      };
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One table of the report as CSV (Content-Disposition: attachment). */
      200: {
        headers: {
          /** @description attachment; filename="spiegel-<table>-<period>.csv" */
          'Content-Disposition'?: string;
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description forbidden.mirror: another organisation.
       *
       *     Alleen voor: manager, org-admin, platform-admin (problem+json).
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_partnership: {
    parameters: {
      query?: {
        /** @description A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`). Default: the last complete quarter. */
        period?: string;
      };
      header?: never;
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MirrorReportDto'];
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description forbidden.mirror: a partnership your organisation is not in. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.partnership */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_partnershipCsv: {
    parameters: {
      query: {
        /** @description A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`). Default: the last complete quarter. */
        period?: string;
        /** @description Which table of the report. */
        table: 'figures' | 'hours' | 'matrix' | 'skills' | 'functions' | 'evaluations' | 'dossier-teams';
        /** @description semicolon: `;` between fields and a decimal comma (Dutch spreadsheet settings); comma: `,` and a decimal point. */
        delimiter?: 'semicolon' | 'comma';
      };
      header?: never;
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One table of the report as CSV (Content-Disposition: attachment). */
      200: {
        headers: {
          /** @description attachment; filename="spiegel-<table>-<period>.csv" */
          'Content-Disposition'?: string;
          'API-Version': components['headers']['API-Version'];
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input; `invalidParams` lists every field error at once. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd (problem+json). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description forbidden.mirror: a partnership your organisation is not in. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description not-found.partnership */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`). */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; quote the correlationId. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
