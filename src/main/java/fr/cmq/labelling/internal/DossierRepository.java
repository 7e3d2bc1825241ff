package fr.cmq.labelling.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<DossierEntity, Long> {
}
