/**
 * Accounts: who may open one for whom, invitations and the links that set a password, the grants with their dates,
 * and the accounts the sign-in reads.
 */
@NullMarked
package fr.cmq.identity.internal.accounts;

import org.jspecify.annotations.NullMarked;
