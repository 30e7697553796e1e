/** Posting klussen is for managers (the API's rule); everybody else finds and takes them. */
export const canPost = (roles: readonly string[]) => roles.includes('manager');
