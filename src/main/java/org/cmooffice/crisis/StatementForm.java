package org.cmooffice.crisis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An incident's holding statement or a pre-cleared line, in Japanese and if needed
 * English.
 */
public class StatementForm {

	private long version;

	private Scenario scenario;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = HoldingStatement.MAX_TEXT)
	private String textJa;

	@Size(max = HoldingStatement.MAX_TEXT)
	private String textEn;

	static StatementForm of(HoldingStatement statement) {
		StatementForm form = new StatementForm();
		form.version = statement.getVersion();
		form.scenario = statement.getScenario();
		form.title = statement.getTitle();
		form.textJa = statement.getTextJa();
		form.textEn = statement.getTextEn();
		return form;
	}

	String englishOrNull() {
		return (this.textEn == null || this.textEn.isBlank()) ? null : this.textEn.strip();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Scenario getScenario() {
		return this.scenario;
	}

	public void setScenario(Scenario scenario) {
		this.scenario = scenario;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTextJa() {
		return this.textJa;
	}

	public void setTextJa(String textJa) {
		this.textJa = textJa;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

}
