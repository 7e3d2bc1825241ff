package fr.cmq.workspace.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.cmq.identity.CmqUser;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

@Controller
@RequiredArgsConstructor
class WorkspaceController {

    /** In their order ({@code @Order}), as Spring sorts a list of beans. */
    private final List<WorkspaceSection> sections;

    @GetMapping("/espace")
    String workspace(@AuthenticationPrincipal CmqUser user, Model model) {
        var tasks = new ArrayList<WorkspaceTask>();
        var panels = new ArrayList<WorkspacePanel>();
        for (var section : sections) {
            var content = section.contentFor(user);
            tasks.addAll(content.tasks());
            panels.addAll(content.panels());
        }
        tasks.sort(Comparator.comparing((WorkspaceTask task) -> !task.urgent()));
        model.addAttribute("user", user);
        model.addAttribute("tasks", tasks);
        model.addAttribute("panels", panels);
        return "workspace/my-space";
    }
}
