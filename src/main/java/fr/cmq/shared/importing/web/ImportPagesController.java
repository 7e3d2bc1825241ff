package fr.cmq.shared.importing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.importing.ImportEngine;
import fr.cmq.shared.importing.ImportRuns;
import fr.cmq.shared.importing.UploadedFiles;
import fr.cmq.shared.web.FormsShownAgain;

/** The administrator's imports: past runs, a new upload, and a run's report with its progress while it runs. */
@Controller
@RequestMapping("/admin/imports")
class ImportPagesController {

    private static final int RUNS_PER_PAGE = 20;
    private static final int REJECTIONS_PER_PAGE = 50;

    private final ImportEngine engine;
    private final ImportRuns runs;
    private final UploadedFiles files;
    private final AsyncTaskExecutor executor;

    ImportPagesController(ImportEngine engine, ImportRuns runs, UploadedFiles files,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.engine = engine;
        this.runs = runs;
        this.files = files;
        this.executor = executor;
    }

    @ModelAttribute("importers")
    Object importers() {
        return engine.importers();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", new ImportForm(null, null));
        return listPage(Math.max(page, 0), model);
    }

    @PostMapping
    String start(@Valid @ModelAttribute("form") ImportForm form, BindingResult errors, Principal principal, Model model) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var importer = form.kind() == null ? null : engine.importer(form.kind()).orElse(null);
        if (importer == null && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "imports.kind.unknown");
        }
        if (form.file() == null || form.file().isEmpty()) {
            errors.rejectValue("file", "imports.file.required");
        }
        if (errors.hasErrors() || importer == null || form.file() == null) {
            return listPage(0, model);
        }
        Path kept = keep(form);
        long runId = engine.open(importer, ImportApiController.fileName(form.file()), principal.getName());
        executor.execute(() -> {
            try {
                engine.run(runId, importer, kept, ImportEngine.ProgressListener.NONE);
            } finally {
                files.discard(kept);
            }
        });
        return "redirect:/admin/imports/" + runId;
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var run = runs.find(id).orElseThrow(() -> new NotFoundException("Import " + id + " introuvable"));
        int current = Math.max(page, 0);
        model.addAttribute("run", run);
        model.addAttribute("progress", engine.progress(id).orElse(null));
        model.addAttribute("rejections", PageResponse.of(
                runs.rejections(id, PageResponse.offset(current, REJECTIONS_PER_PAGE), REJECTIONS_PER_PAGE), current, REJECTIONS_PER_PAGE,
                run.rejected()));
        return "importing/report";
    }

    /** The progress bar, polled by htmx while the run goes on; once it has finished, the page reloads itself. */
    @GetMapping("/{id}/progression")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        var progress = engine.progress(id);
        if (progress.isEmpty()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", runs.find(id).orElseThrow(() -> new NotFoundException("Import " + id + " introuvable")));
        model.addAttribute("progress", progress.orElse(null));
        return "importing/partials/progress :: progress";
    }

    private String listPage(int page, Model model) {
        model.addAttribute("runs", PageResponse.of(runs.newest(PageResponse.offset(page, RUNS_PER_PAGE), RUNS_PER_PAGE), page,
                RUNS_PER_PAGE, runs.count()));
        return "importing/list";
    }

    private Path keep(ImportForm form) {
        try (var content = form.file().getInputStream()) {
            return files.keep(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
