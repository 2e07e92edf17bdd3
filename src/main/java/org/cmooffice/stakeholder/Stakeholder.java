package org.cmooffice.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cmooffice.account.User;
import org.cmooffice.shared.persistence.BaseEntity;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An organisation or a person in the register. A person's contact data is personal data:
 * it is kept with its purpose of use, source, consent and retention date, and anonymising
 * erases it for good while the record keeps its category, grid position and engagements.
 * <p>
 * An edit writes only the columns it changed: the last engagement is written around the
 * entity by the engagement log (without the version, so that an open edit form stays
 * valid), and an edit saved after it must not put back the date it had read.
 */
@Entity
@DynamicUpdate
@Table(name = "stakeholder")
public class Stakeholder extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private StakeholderKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StakeholderCategory category;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "name_kana", nullable = false, length = 200)
	private String nameKana;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Stakeholder organisation;

	private String title;

	private String email;

	private String phone;

	private String address;

	private short influence;

	private short interest;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Stance stance;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private User owner;

	private String notes;

	private String house;

	private String constituency;

	private String party;

	private String outlet;

	private String beat;

	@Column(name = "purpose_of_use")
	private String purposeOfUse;

	@Column(name = "data_source")
	private String dataSource;

	@Column(name = "consent_date")
	private LocalDate consentDate;

	@Column(name = "retention_date")
	private LocalDate retentionDate;

	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	@Column(name = "anonymised_by")
	private String anonymisedBy;

	@Column(name = "last_engaged_on")
	private LocalDate lastEngagedOn;

	@Column(name = "search_text", nullable = false)
	private String searchText;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "stakeholder_department", joinColumns = @JoinColumn(name = "stakeholder_id"))
	@Column(name = "department_id")
	private Set<Long> departmentIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "stakeholder_tag", joinColumns = @JoinColumn(name = "stakeholder_id"))
	@Column(name = "tag", length = 50)
	private Set<String> tags = new HashSet<>();

	protected Stakeholder() {
	}

	Stakeholder(StakeholderDetails details, Stakeholder organisation, User owner) {
		this.kind = details.kind();
		apply(details, organisation, owner);
	}

	void revise(StakeholderDetails details, Stakeholder organisation, User owner) {
		if (isAnonymised()) {
			throw new StakeholderRefused("stakeholder.refused.anonymised");
		}
		if (details.kind() != this.kind) {
			throw new StakeholderRefused("stakeholder.refused.kindChanged");
		}
		apply(details, organisation, owner);
	}

	private void apply(StakeholderDetails details, Stakeholder organisation, User owner) {
		this.category = details.category();
		this.name = details.name();
		// Stored as full-width katakana, so that the list sorts by reading whatever was
		// typed.
		this.nameKana = SearchText.katakana(details.nameKana());
		this.organisation = (this.kind == StakeholderKind.PERSON) ? organisation : null;
		this.title = details.title();
		this.email = details.email();
		this.phone = details.phone();
		this.address = details.address();
		this.influence = (short) details.influence();
		this.interest = (short) details.interest();
		this.stance = details.stance();
		this.owner = owner;
		this.notes = details.notes();
		boolean diet = this.category == StakeholderCategory.DIET_MEMBER;
		boolean media = this.category == StakeholderCategory.MEDIA;
		this.house = diet ? details.house() : null;
		this.constituency = diet ? details.constituency() : null;
		this.party = diet ? details.party() : null;
		this.outlet = media ? details.outlet() : null;
		this.beat = media ? details.beat() : null;
		this.purposeOfUse = details.purposeOfUse();
		this.dataSource = details.dataSource();
		this.consentDate = details.consentDate();
		this.retentionDate = details.retentionDate();
		this.departmentIds.clear();
		this.departmentIds.addAll(details.departmentIds());
		this.tags.clear();
		this.tags.addAll(details.tags());
		refreshSearchText();
	}

	/**
	 * Erases the personal data for good. What stays says nothing about who the person
	 * was: the category, the grid position, the stance, the departments and the
	 * engagements (whose texts are erased by the caller).
	 */
	void anonymise(String actor, Instant now) {
		if (this.kind != StakeholderKind.PERSON) {
			throw new StakeholderRefused("stakeholder.refused.notAPerson");
		}
		if (isAnonymised()) {
			throw new StakeholderRefused("stakeholder.refused.anonymised");
		}
		this.name = "—";
		this.nameKana = "—";
		this.organisation = null;
		this.title = null;
		this.email = null;
		this.phone = null;
		this.address = null;
		this.notes = null;
		this.house = null;
		this.constituency = null;
		this.party = null;
		this.outlet = null;
		this.beat = null;
		this.purposeOfUse = null;
		this.dataSource = null;
		this.consentDate = null;
		this.retentionDate = null;
		this.tags.clear();
		this.anonymisedAt = now;
		this.anonymisedBy = actor;
		refreshSearchText();
	}

	void engagedOn(LocalDate date) {
		if (this.lastEngagedOn == null || date.isAfter(this.lastEngagedOn)) {
			this.lastEngagedOn = date;
		}
	}

	private void refreshSearchText() {
		StringBuilder text = new StringBuilder(this.name).append(' ').append(this.nameKana);
		if (this.organisation != null) {
			text.append(' ').append(this.organisation.getName());
		}
		new TreeSet<>(this.tags).forEach((tag) -> text.append(' ').append(tag));
		this.searchText = SearchText.normalise(text.toString());
	}

	public boolean isAnonymised() {
		return this.anonymisedAt != null;
	}

	public boolean isPerson() {
		return this.kind == StakeholderKind.PERSON;
	}

	public Quadrant getQuadrant() {
		return Quadrant.of(this.influence, this.interest);
	}

	public boolean isPastRetention(LocalDate today) {
		return this.retentionDate != null && this.retentionDate.isBefore(today) && !isAnonymised();
	}

	public StakeholderKind getKind() {
		return this.kind;
	}

	public StakeholderCategory getCategory() {
		return this.category;
	}

	public String getName() {
		return this.name;
	}

	public String getNameKana() {
		return this.nameKana;
	}

	public Stakeholder getOrganisation() {
		return this.organisation;
	}

	public String getTitle() {
		return this.title;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getAddress() {
		return this.address;
	}

	public int getInfluence() {
		return this.influence;
	}

	public int getInterest() {
		return this.interest;
	}

	public Stance getStance() {
		return this.stance;
	}

	public User getOwner() {
		return this.owner;
	}

	public String getNotes() {
		return this.notes;
	}

	public String getHouse() {
		return this.house;
	}

	public String getConstituency() {
		return this.constituency;
	}

	public String getParty() {
		return this.party;
	}

	public String getOutlet() {
		return this.outlet;
	}

	public String getBeat() {
		return this.beat;
	}

	public String getPurposeOfUse() {
		return this.purposeOfUse;
	}

	public String getDataSource() {
		return this.dataSource;
	}

	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	public LocalDate getRetentionDate() {
		return this.retentionDate;
	}

	public Instant getAnonymisedAt() {
		return this.anonymisedAt;
	}

	public String getAnonymisedBy() {
		return this.anonymisedBy;
	}

	public LocalDate getLastEngagedOn() {
		return this.lastEngagedOn;
	}

	public Set<Long> getDepartmentIds() {
		return Set.copyOf(this.departmentIds);
	}

	public Set<String> getTags() {
		return new TreeSet<>(this.tags);
	}

	boolean isSharedWith(Long departmentId) {
		return departmentId != null && this.departmentIds.contains(departmentId);
	}

	static Set<String> cleanTags(Collection<String> tags) {
		Set<String> clean = new TreeSet<>();
		tags.stream().map(String::strip).filter((tag) -> !tag.isEmpty()).forEach(clean::add);
		return clean;
	}

}
