package fr.cmq.evaluation.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessmentEntity, Long> {

    Optional<SelfAssessmentEntity> findByIdAndCampusId(long id, long campusId);
}
