package org.cmooffice.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cmooffice.account.Department;

class DepartmentForm {

	@NotBlank
	@Size(max = 20)
	@Pattern(regexp = "[A-Za-z0-9_-]*", message = "{department.code.pattern}")
	private String code;

	@NotBlank
	@Size(max = 100)
	private String nameJa;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	private boolean active = true;

	private long version;

	static DepartmentForm of(Department department) {
		DepartmentForm form = new DepartmentForm();
		form.code = department.getCode();
		form.nameJa = department.getNameJa();
		form.nameEn = department.getNameEn();
		form.active = department.isActive();
		form.version = department.getVersion();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameJa() {
		return this.nameJa;
	}

	public void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
