package fr.cmq.shared.importing.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.identity.UserMother;
import fr.cmq.shared.importing.CsvImporter;
import fr.cmq.shared.importing.ImportEngine;
import fr.cmq.shared.importing.ImportRuns;
import fr.cmq.shared.importing.UploadedFiles;

/** The administrator's import form: a kind and a file required, each said on its field, or the run started apart. */
@WebMvcTest(ImportPagesController.class)
class ImportPagesControllerTest {

    private static final MockMultipartFile FILE = new MockMultipartFile("file", "annuaire.csv", "text/csv",
            "identifiant;nom\n0940176F;Lycée\n".getBytes());

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ImportEngine engine;
    @MockitoBean
    ImportRuns runs;
    @MockitoBean
    UploadedFiles files;
    @MockitoBean(name = "applicationTaskExecutor")
    AsyncTaskExecutor executor;

    final CsvImporter annuaire = mock(CsvImporter.class);

    @BeforeEach
    void oneKindOfImport() {
        when(annuaire.kind()).thenReturn("annuaire");
        when(engine.importers()).thenReturn(List.of(annuaire));
        when(engine.importer("annuaire")).thenReturn(Optional.of(annuaire));
    }

    @Test
    void anImportWithoutKindNorFileIsSaidOnBothFieldsAndNothingStarts() throws Exception {
        mvc.perform(multipart("/admin/imports").with(user(UserMother.nationalAdministrator())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/list"))
                .andExpect(model().attributeHasFieldErrors("form", "kind", "file"));
        verify(engine, never()).open(any(), anyString(), anyString());
    }

    @Test
    void anUnknownKindIsSaidOnItsField() throws Exception {
        mvc.perform(multipart("/admin/imports").file(FILE).param("kind", "inconnu")
                        .with(user(UserMother.nationalAdministrator())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("form", "kind", "imports.kind.unknown"));
        verify(engine, never()).open(any(), anyString(), anyString());
    }

    @Test
    void anImportStartsApartAndItsReportIsShown() throws Exception {
        when(files.keep(any())).thenReturn(Path.of("annuaire.csv"));
        when(engine.open(eq(annuaire), eq("annuaire.csv"), anyString())).thenReturn(12L);
        mvc.perform(multipart("/admin/imports").file(FILE).param("kind", "annuaire")
                        .with(user(UserMother.nationalAdministrator())).with(csrf()))
                .andExpect(redirectedUrl("/admin/imports/12"));
        verify(executor).execute(any(Runnable.class));
    }
}
