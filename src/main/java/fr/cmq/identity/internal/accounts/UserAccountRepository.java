package fr.cmq.identity.internal.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select a from UserAccount a left join fetch a.roles where lower(a.email) = lower(:email)")
    Optional<UserAccount> findWithRolesByEmail(String email);

    @Query("select a from UserAccount a left join fetch a.roles where a.id = :id")
    Optional<UserAccount> findWithRolesById(long id);

    @Query("select count(a) > 0 from UserAccount a where lower(a.email) = lower(:email)")
    boolean existsByEmailIgnoringCase(String email);
}
