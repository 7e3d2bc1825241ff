package fr.cmq.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who has an account where it is needed, told to the workspaces: the campuses that have someone in a role, the
 * members that have a contact, the invitations still unanswered and the accounts left unused.
 */
public interface AccountCoverage {

    /** Among these campuses, those where an enabled account holds the role today. */
    Set<Long> campusesWithHolder(Role role, Collection<Long> campusIds);

    /** Who holds these roles on these campuses today, by an enabled account, by campus then name. */
    List<OfficeHolder> holders(Set<Role> roles, Collection<Long> campusIds);

    /** The members of the campus (their ids) whose contact has an enabled account holding the role today. */
    Set<Long> membersWithContact(long campusId);

    /** Accounts invited and enabled that have not chosen their password yet. */
    long pendingInvitations();

    /** Enabled accounts with a password and no sign-in for six months. */
    long dormantAccounts();
}
