/**
 * Personal API tokens: created by their owner, shown once, kept as a hash, acting with the owner's grants of the day
 * (read-only or not), revoked by the owner or stopped with the account.
 */
@NullMarked
package fr.cmq.identity.internal.tokens;

import org.jspecify.annotations.NullMarked;
