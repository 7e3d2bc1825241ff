package fr.cmq.shared.web;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/**
 * The house's answer when someone changed a thing since it was read: nothing is overwritten, the answer is 409 with
 * the thing as it now stands, so that whoever wrote can see the other's change and decide again.
 */
public final class StaleVersions {

    private StaleVersions() {
    }

    /**
     * For the API: runs the write and answers the thing as written, or 409 with it as someone else left it.
     *
     * @param changed what happened, as a sentence's start: "L'action a été modifiée"
     */
    public static <T> ResponseEntity<?> written(Runnable write, Supplier<T> read, ToLongFunction<T> version,
            String changed) {
        try {
            write.run();
        } catch (OptimisticLockingFailureException e) {
            var current = read.get();
            return problem(changed, version.applyAsLong(current), current);
        }
        return ResponseEntity.ok(read.get());
    }

    /** For the API, the 409 alone. */
    public static ResponseEntity<ProblemDetail> problem(String changed, long version, Object current) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                changed + " entre-temps : rien n'a été écrasé. Voici sa version actuelle (" + version + ").");
        problem.setTitle("Modification en conflit");
        problem.setProperty("current", current);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** For a page shown again with 409: the thing as it now stands ({@code conflict}) beside what was typed. */
    public static void shownBeside(Model model, HttpServletResponse response, Object current, Object formOverCurrent) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("conflict", current);
        model.addAttribute("form", formOverCurrent);
    }
}
