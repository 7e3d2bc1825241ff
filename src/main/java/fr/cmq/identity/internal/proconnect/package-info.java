/**
 * Sign-in with ProConnect, the State's OpenID Connect federation, enabled by configuration only: the authorization
 * code flow with state, nonce and the acr asked through {@code claims}; the userinfo answered as a signed JWT and
 * verified against the provider's keys; an agent linked to the account of its address, never given one; the
 * ProConnect session ended with the platform's.
 */
@NullMarked
package fr.cmq.identity.internal.proconnect;

import org.jspecify.annotations.NullMarked;
