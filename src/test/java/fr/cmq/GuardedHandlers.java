package fr.cmq;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import fr.cmq.identity.Requires;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.identity.RequiresRegion;

/** Which handlers write to a campus named in their path, read from their mappings, for {@link ArchitectureTests}. */
final class GuardedHandlers {

    private static final Pattern ON_A_CAMPUS = Pattern.compile(".*/(campus(es)?/\\{id}|comites/\\{region}).*");

    static final DescribedPredicate<JavaMethod> WRITE_ON_A_CAMPUS = DescribedPredicate.describe(
            "write handlers on /campus/{id}, /api/v1/campuses/{id} or a région's /comites/{region}",
            method -> paths(method).stream().anyMatch(path -> ON_A_CAMPUS.matcher(path).matches()));

    static final ArchCondition<JavaMethod> DECLARE_WHAT_THEY_NEED = new ArchCondition<>("declare what they need") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean declared = method.isAnnotatedWith(Requires.class) || method.isAnnotatedWith(RequiresRegion.class)
                    || method.isAnnotatedWith(RequiresNationalAdministration.class)
                    || method.getOwner().isAnnotatedWith(Requires.class)
                    || method.getOwner().isAnnotatedWith(RequiresNationalAdministration.class);
            events.add(new SimpleConditionEvent(method, declared,
                    method.getFullName() + (declared ? " declares" : " does not declare") + " what it needs"));
        }
    };

    static final DescribedPredicate<JavaMethod> DECLARING_A_CAMPUS = DescribedPredicate.describe(
            "handlers that declare @Requires", method -> requires(method) != null && !allPaths(method).isEmpty());

    /** The path of a handler that declares {@code @Requires} names the campus the guard reads. */
    static final ArchCondition<JavaMethod> NAME_THE_CAMPUS_IN_THEIR_PATH = new ArchCondition<>(
            "name the campus in their path") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            String variable = "{" + requires(method).campus() + "}";
            boolean named = allPaths(method).stream().allMatch(path -> path.contains(variable));
            events.add(new SimpleConditionEvent(method, named,
                    method.getFullName() + (named ? " names " : " does not name ") + variable + " in its path"));
        }
    };

    private GuardedHandlers() {
    }

    private static @Nullable Requires requires(JavaMethod method) {
        return method.tryGetAnnotationOfType(Requires.class)
                .or(() -> method.getOwner().tryGetAnnotationOfType(Requires.class)).orElse(null);
    }

    /** The full paths of any handler, read or write. */
    private static List<String> allPaths(JavaMethod method) {
        String[] own = method.tryGetAnnotationOfType(GetMapping.class).map(GetMapping::value)
                .or(() -> method.tryGetAnnotationOfType(PostMapping.class).map(PostMapping::value))
                .or(() -> method.tryGetAnnotationOfType(PutMapping.class).map(PutMapping::value))
                .or(() -> method.tryGetAnnotationOfType(DeleteMapping.class).map(DeleteMapping::value))
                .or(() -> method.tryGetAnnotationOfType(PatchMapping.class).map(PatchMapping::value))
                .orElse(null);
        return own == null ? List.of() : joined(method, own);
    }

    /** The full paths of a write handler; none for a read or a method that is no handler. */
    private static List<String> paths(JavaMethod method) {
        String[] own = method.tryGetAnnotationOfType(PostMapping.class).map(PostMapping::value)
                .or(() -> method.tryGetAnnotationOfType(PutMapping.class).map(PutMapping::value))
                .or(() -> method.tryGetAnnotationOfType(DeleteMapping.class).map(DeleteMapping::value))
                .or(() -> method.tryGetAnnotationOfType(PatchMapping.class).map(PatchMapping::value))
                .orElse(null);
        if (own == null) {
            return List.of();
        }
        return joined(method, own);
    }

    private static List<String> joined(JavaMethod method, String[] own) {
        String[] prefixes = method.getOwner().tryGetAnnotationOfType(RequestMapping.class).map(RequestMapping::value)
                .filter(values -> values.length > 0).orElse(new String[] { "" });
        var paths = new ArrayList<String>();
        for (String prefix : prefixes) {
            for (String path : own.length == 0 ? new String[] { "" } : own) {
                paths.add(prefix + path);
            }
        }
        return paths;
    }
}
