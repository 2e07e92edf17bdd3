package org.cmooffice.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

class BlackoutPeriodForm {

	@NotBlank
	@Size(max = 200)
	private String nameJa;

	@NotBlank
	@Size(max = 200)
	private String nameEn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@Size(max = 1000)
	private String note;

	private long version;

	static BlackoutPeriodForm of(BlackoutPeriod period) {
		BlackoutPeriodForm form = new BlackoutPeriodForm();
		form.nameJa = period.getNameJa();
		form.nameEn = period.getNameEn();
		form.startDate = period.getStartDate();
		form.endDate = period.getEndDate();
		form.note = period.getNote();
		form.version = period.getVersion();
		return form;
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

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
