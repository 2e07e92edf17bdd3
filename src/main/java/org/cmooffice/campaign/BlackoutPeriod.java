package org.cmooffice.campaign;

import org.cmooffice.shared.Bilingual;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.cmooffice.shared.persistence.BaseEntity;

/**
 * A window in which government communication must hold back (an election period, a Diet
 * session, another sensitive time). A plan whose schedule overlaps one is flagged, and is
 * submitted only with a written justification.
 */
@Entity
@Table(name = "blackout_period")
public class BlackoutPeriod extends BaseEntity {

	@Column(name = "name_ja", nullable = false, length = 200)
	private String nameJa;

	@Column(name = "name_en", nullable = false, length = 200)
	private String nameEn;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(length = 1000)
	private String note;

	protected BlackoutPeriod() {
	}

	BlackoutPeriod(String nameJa, String nameEn, LocalDate startDate, LocalDate endDate, String note) {
		change(nameJa, nameEn, startDate, endDate, note);
	}

	final void change(String nameJa, String nameEn, LocalDate startDate, LocalDate endDate, String note) {
		this.nameJa = nameJa.strip();
		this.nameEn = nameEn.strip();
		this.startDate = startDate;
		this.endDate = endDate;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
	}

	public boolean overlaps(LocalDate start, LocalDate end) {
		return !start.isAfter(this.endDate) && !end.isBefore(this.startDate);
	}

	public String name(Locale locale) {
		return Bilingual.pick(locale, this.nameJa, this.nameEn);
	}

	public String getNameJa() {
		return this.nameJa;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getNote() {
		return this.note;
	}

}
