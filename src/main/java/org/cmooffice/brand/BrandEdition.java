package org.cmooffice.brand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.cmooffice.shared.persistence.BaseEntity;

/**
 * One edition of the brand book. The draft is the only one that changes; publishing gives
 * it the next number and from then on nothing in it may change (the database refuses it
 * too). Each change to the draft moves its version, so two people editing the draft at
 * once cannot overwrite each other.
 */
@Entity
@Table(name = "brand_edition")
public class BrandEdition extends BaseEntity {

	static final int MAX_COLOURS = 40;

	static final int MAX_CHECK_ITEMS = 40;

	static final int MAX_BODY = 50_000;

	private Integer number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private EditionStatus status;

	@Column(name = "based_on")
	private Integer basedOn;

	@Column(name = "change_note")
	private String changeNote;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by", length = 64)
	private String publishedBy;

	@OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<SectionText> sections = new ArrayList<>();

	@OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PaletteColour> colours = new ArrayList<>();

	@OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ChecklistItem> checkItems = new ArrayList<>();

	protected BrandEdition() {
	}

	/** The very first draft: every section there to be written. */
	static BrandEdition firstDraft() {
		BrandEdition draft = new BrandEdition();
		draft.status = EditionStatus.DRAFT;
		for (BrandSection section : BrandSection.values()) {
			draft.sections.add(new SectionText(draft, section, ""));
		}
		return draft;
	}

	/** A draft that starts as a copy of a published edition. */
	static BrandEdition draftFrom(BrandEdition published) {
		BrandEdition draft = firstDraft();
		draft.basedOn = published.number;
		published.sections.forEach((text) -> draft.section(text.getSection()).setBody(text.getBody()));
		published.colours.forEach((colour) -> draft.colours
			.add(new PaletteColour(draft, colour.getPosition(), colour.getName(), colour.getHex(), colour.getUsage())));
		published.checkItems.forEach((item) -> draft.checkItems
			.add(new ChecklistItem(draft, item.getPosition(), item.getCode(), item.getTextJa(), item.getTextEn())));
		return draft;
	}

	void writeSection(BrandSection section, String body) {
		requireDraft();
		section(section).setBody((body == null) ? "" : body.strip());
	}

	void addColour(String name, String hex, String usage) {
		requireDraft();
		if (this.colours.size() >= MAX_COLOURS) {
			throw new BrandRefused("brand.refused.tooManyColours");
		}
		this.colours.add(new PaletteColour(this, nextPosition(this.colours), name.strip(), hex,
				(usage == null || usage.isBlank()) ? null : usage.strip()));
	}

	void removeColour(long colourId) {
		requireDraft();
		if (!this.colours.removeIf((colour) -> colour.getId() == colourId)) {
			throw new BrandRefused("brand.refused.noSuchRow");
		}
	}

	/** A new item gets a code of its own that later editions keep. */
	void addCheckItem(String textJa, String textEn) {
		requireDraft();
		if (this.checkItems.size() >= MAX_CHECK_ITEMS) {
			throw new BrandRefused("brand.refused.tooManyItems");
		}
		String code = "ITEM_" + HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextLong());
		this.checkItems
			.add(new ChecklistItem(this, nextPosition(this.checkItems), code, textJa.strip(), textEn.strip()));
	}

	void addCheckItem(String code, String textJa, String textEn) {
		requireDraft();
		this.checkItems.add(new ChecklistItem(this, nextPosition(this.checkItems), code, textJa, textEn));
	}

	void removeCheckItem(long itemId) {
		requireDraft();
		if (!this.checkItems.removeIf((item) -> item.getId() == itemId)) {
			throw new BrandRefused("brand.refused.noSuchRow");
		}
	}

	void publish(int number, String changeNote, String actor, Instant now) {
		requireDraft();
		this.status = EditionStatus.PUBLISHED;
		this.number = number;
		this.changeNote = changeNote.strip();
		this.publishedBy = actor;
		this.publishedAt = now;
	}

	private void requireDraft() {
		if (this.status != EditionStatus.DRAFT) {
			throw new BrandRefused("brand.refused.published");
		}
	}

	private SectionText section(BrandSection section) {
		return this.sections.stream().filter((text) -> text.getSection() == section).findFirst().orElseGet(() -> {
			SectionText text = new SectionText(this, section, "");
			this.sections.add(text);
			return text;
		});
	}

	private static int nextPosition(List<? extends EditionPart> parts) {
		return parts.stream().mapToInt(EditionPart::getPosition).max().orElse(-1) + 1;
	}

	public Integer getNumber() {
		return this.number;
	}

	public boolean isDraft() {
		return this.status == EditionStatus.DRAFT;
	}

	public Integer getBasedOn() {
		return this.basedOn;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	/** Each chapter's Markdown, in reading order, empty where nothing is written yet. */
	public Map<BrandSection, String> getBodies() {
		Map<BrandSection, String> bodies = new EnumMap<>(BrandSection.class);
		for (BrandSection section : BrandSection.values()) {
			bodies.put(section, "");
		}
		this.sections.forEach((text) -> bodies.put(text.getSection(), text.getBody()));
		return bodies;
	}

	public String body(BrandSection section) {
		return Optional.ofNullable(getBodies().get(section)).orElse("");
	}

	public List<PaletteColour> getColours() {
		return Collections.unmodifiableList(this.colours);
	}

	public List<ChecklistItem> getCheckItems() {
		return Collections.unmodifiableList(this.checkItems);
	}

	/** Colours that may not be used for text on white paper or screens. */
	public long getColoursFailingOnWhite() {
		return this.colours.stream().filter((colour) -> !colour.isTextSafeOnWhite()).count();
	}

}
