package fr.cmq.directory.web;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.directory.Filiere;
import fr.cmq.directory.Filieres;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;

@RestController
@PublicRead(Shown.REFERENCE)
@RequiredArgsConstructor
class FiliereApiController {

    private final Filieres filieres;

    @GetMapping("/api/v1/filieres")
    List<Filiere> all() {
        return filieres.all();
    }
}
