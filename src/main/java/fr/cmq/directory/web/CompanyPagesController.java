package fr.cmq.directory.web;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.directory.Companies;
import fr.cmq.directory.Company;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.Siret;
import fr.cmq.shared.web.FormsShownAgain;

/** The administrator's list of companies, and the form to add one by SIRET. */
@Controller
@RequestMapping("/admin/entreprises")
@RequiredArgsConstructor
class CompanyPagesController {

    private static final int PAGE_SIZE = 50;

    private final Companies companies;

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", CompanyForm.empty());
        return listPage(Math.max(page, 0), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CompanyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        if (!errors.hasFieldErrors("siret") && !Siret.isValid(form.siret())) {
            errors.rejectValue("siret", "companies.siret.invalid");
        }
        if (errors.hasErrors()) {
            return listPage(0, model);
        }
        String siret = Siret.parse(form.siret()).value();
        try {
            companies.create(new Company(siret, form.name().strip(), PlainText.blankToNull(form.nafCode()),
                    PlainText.blankToNull(form.address()), PlainText.blankToNull(form.postalCode()), PlainText.blankToNull(form.communeName())));
        } catch (DuplicateKeyException e) {
            errors.rejectValue("siret", "companies.siret.exists");
            return listPage(0, model);
        }
        redirect.addFlashAttribute("created", form.name().strip());
        return "redirect:/admin/entreprises";
    }

    private String listPage(int page, Model model) {
        model.addAttribute("companies", companies.page(page, PAGE_SIZE));
        return "directory/companies";
    }
}
