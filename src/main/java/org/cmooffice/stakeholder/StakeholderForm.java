package org.cmooffice.stakeholder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The stakeholder form: one for new and existing records. */
public class StakeholderForm {

	/** Katakana, hiragana, the long-vowel mark, middle dots and spaces. */
	static final String KANA = "[\\p{IsKatakana}\\p{IsHiragana}ー・\\s　ｦ-ﾟ]*";

	private long version;

	@NotNull
	private StakeholderKind kind = StakeholderKind.ORGANISATION;

	@NotNull
	private StakeholderCategory category;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 200)
	@Pattern(regexp = KANA)
	private String nameKana;

	@Size(max = 200)
	private String organisationName;

	@Size(max = 200)
	private String title;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 40)
	@Pattern(regexp = "[0-9０-９+\\-‐－() （）\\s]*")
	private String phone;

	@Size(max = 500)
	private String address;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer influence = 3;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer interest = 3;

	@NotNull
	private Stance stance = Stance.NEUTRAL;

	@NotNull
	private Long ownerId;

	private List<Long> departmentIds = List.of();

	@Size(max = 500)
	private String tags;

	@Size(max = 4000)
	private String notes;

	@Size(max = 30)
	private String house;

	@Size(max = 100)
	private String constituency;

	@Size(max = 100)
	private String party;

	@Size(max = 100)
	private String outlet;

	@Size(max = 100)
	private String beat;

	@Size(max = 500)
	private String purposeOfUse;

	@Size(max = 200)
	private String dataSource;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate retentionDate;

	static StakeholderForm of(Stakeholder s) {
		StakeholderForm form = new StakeholderForm();
		form.version = s.getVersion();
		form.kind = s.getKind();
		form.category = s.getCategory();
		form.name = s.getName();
		form.nameKana = s.getNameKana();
		form.organisationName = (s.getOrganisation() != null) ? s.getOrganisation().getName() : null;
		form.title = s.getTitle();
		form.email = s.getEmail();
		form.phone = s.getPhone();
		form.address = s.getAddress();
		form.influence = s.getInfluence();
		form.interest = s.getInterest();
		form.stance = s.getStance();
		form.ownerId = s.getOwner().getId();
		form.departmentIds = List.copyOf(s.getDepartmentIds());
		form.tags = String.join(", ", s.getTags());
		form.notes = s.getNotes();
		form.house = s.getHouse();
		form.constituency = s.getConstituency();
		form.party = s.getParty();
		form.outlet = s.getOutlet();
		form.beat = s.getBeat();
		form.purposeOfUse = s.getPurposeOfUse();
		form.dataSource = s.getDataSource();
		form.consentDate = s.getConsentDate();
		form.retentionDate = s.getRetentionDate();
		return form;
	}

	StakeholderDetails details() {
		return new StakeholderDetails(this.kind, this.category, this.name.strip(), this.nameKana.strip(),
				Forms.clean(this.organisationName), Forms.clean(this.title), Forms.clean(this.email),
				Forms.clean(this.phone), Forms.clean(this.address), this.influence, this.interest, this.stance,
				Forms.clean(this.notes), Forms.clean(this.house), Forms.clean(this.constituency),
				Forms.clean(this.party), Forms.clean(this.outlet), Forms.clean(this.beat),
				Forms.clean(this.purposeOfUse), Forms.clean(this.dataSource), this.consentDate, this.retentionDate,
				departmentSet(), tagSet(this.tags));
	}

	/** Gaps a tampered form leaves in the list are not departments. */
	private Set<Long> departmentSet() {
		Set<Long> ids = new HashSet<>();
		if (this.departmentIds != null) {
			this.departmentIds.stream().filter(java.util.Objects::nonNull).forEach(ids::add);
		}
		return ids;
	}

	/** Tags separated by commas (full-width too) or semicolons. */
	static Set<String> tagSet(String tags) {
		if (Forms.isBlank(tags)) {
			return Set.of();
		}
		return Stakeholder.cleanTags(Arrays.asList(tags.split("[,，、;；]")));
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public StakeholderKind getKind() {
		return this.kind;
	}

	public void setKind(StakeholderKind kind) {
		this.kind = kind;
	}

	public StakeholderCategory getCategory() {
		return this.category;
	}

	public void setCategory(StakeholderCategory category) {
		this.category = category;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameKana() {
		return this.nameKana;
	}

	public void setNameKana(String nameKana) {
		this.nameKana = nameKana;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Integer getInfluence() {
		return this.influence;
	}

	public void setInfluence(Integer influence) {
		this.influence = influence;
	}

	public Integer getInterest() {
		return this.interest;
	}

	public void setInterest(Integer interest) {
		this.interest = interest;
	}

	public Stance getStance() {
		return this.stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = departmentIds;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getHouse() {
		return this.house;
	}

	public void setHouse(String house) {
		this.house = house;
	}

	public String getConstituency() {
		return this.constituency;
	}

	public void setConstituency(String constituency) {
		this.constituency = constituency;
	}

	public String getParty() {
		return this.party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public String getOutlet() {
		return this.outlet;
	}

	public void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public String getBeat() {
		return this.beat;
	}

	public void setBeat(String beat) {
		this.beat = beat;
	}

	public String getPurposeOfUse() {
		return this.purposeOfUse;
	}

	public void setPurposeOfUse(String purposeOfUse) {
		this.purposeOfUse = purposeOfUse;
	}

	public String getDataSource() {
		return this.dataSource;
	}

	public void setDataSource(String dataSource) {
		this.dataSource = dataSource;
	}

	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	public void setConsentDate(LocalDate consentDate) {
		this.consentDate = consentDate;
	}

	public LocalDate getRetentionDate() {
		return this.retentionDate;
	}

	public void setRetentionDate(LocalDate retentionDate) {
		this.retentionDate = retentionDate;
	}

}
