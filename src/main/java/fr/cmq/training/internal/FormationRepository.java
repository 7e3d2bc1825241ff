package fr.cmq.training.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormationRepository extends JpaRepository<FormationEntity, Long> {

    Optional<FormationEntity> findByIdAndCampusId(long id, long campusId);
}
