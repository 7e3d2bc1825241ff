package fr.cmq.campus.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<MemberEntity, Long> {

    Optional<MemberEntity> findByIdAndCampusId(long id, long campusId);

    boolean existsByCampusIdAndUaiAndLeftOnIsNull(long campusId, String uai);

    @Query("select count(m) from MemberEntity m where m.campusId = :campusId and m.eple and m.leftOn is null")
    long countActiveEples(long campusId);
}
