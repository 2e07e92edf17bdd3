package org.cmooffice.admin;

import java.time.Clock;

import jakarta.validation.Valid;

import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/departments")
class DepartmentController {

	private final Departments departments;

	private final Clock clock;

	DepartmentController(Departments departments, Clock clock) {
		this.departments = departments;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		FiscalYear year = FiscalYear.current(this.clock);
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("fiscalYear", year.year());
		model.addAttribute("allocations", this.departments.allocations(year));
		return "admin/departments/list";
	}

	@GetMapping("/new")
	String newDepartment(Model model) {
		model.addAttribute("departmentForm", new DepartmentForm());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute DepartmentForm departmentForm, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return form(model, null);
		}
		try {
			Department department = this.departments.create(departmentForm.getCode(), departmentForm.getNameJa(),
					departmentForm.getNameEn());
			flash.addFlashAttribute("flash", Flash.success("department.flash.created", department.getCode()));
			return "redirect:/admin/departments/" + department.getId();
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Department department = this.departments.get(id);
		model.addAttribute("departmentForm", DepartmentForm.of(department));
		return form(model, department);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute DepartmentForm departmentForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Department department = this.departments.get(id);
		if (errors.hasErrors()) {
			return form(model, department);
		}
		try {
			this.departments.update(id, departmentForm.getVersion(), departmentForm.getCode(),
					departmentForm.getNameJa(), departmentForm.getNameEn(), departmentForm.isActive());
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, department);
		}
		flash.addFlashAttribute("flash", Flash.success("department.flash.updated", departmentForm.getCode()));
		return "redirect:/admin/departments/" + id;
	}

	@PostMapping("/{id}/budgets")
	String allocate(@PathVariable long id, @Valid @ModelAttribute BudgetForm budgetForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Department department = this.departments.get(id);
		if (errors.hasErrors()) {
			model.addAttribute("departmentForm", DepartmentForm.of(department));
			return form(model, department);
		}
		this.departments.allocate(id, budgetForm.getVersion(), new FiscalYear(budgetForm.getFiscalYear()),
				budgetForm.getAmountJpy());
		flash.addFlashAttribute("flash", Flash.success("department.flash.budgetSet", budgetForm.getFiscalYear()));
		return "redirect:/admin/departments/" + id;
	}

	private String form(Model model, Department department) {
		model.addAttribute("department", department);
		if (department != null && !model.containsAttribute("budgetForm")) {
			BudgetForm budget = new BudgetForm();
			budget.setFiscalYear(FiscalYear.current(this.clock).year());
			budget.setVersion(department.getVersion());
			model.addAttribute("budgetForm", budget);
		}
		return "admin/departments/form";
	}

}
