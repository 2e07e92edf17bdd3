package org.cmooffice.stakeholder;

/** The list's filters, every one optional; bound from the query string. */
public class StakeholderFilter {

	private String q;

	private StakeholderCategory category;

	private Quadrant quadrant;

	private Stance stance;

	private Long departmentId;

	private Long ownerId;

	private StakeholderSort sort = StakeholderSort.KANA;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public StakeholderCategory getCategory() {
		return this.category;
	}

	public void setCategory(StakeholderCategory category) {
		this.category = category;
	}

	public Quadrant getQuadrant() {
		return this.quadrant;
	}

	public void setQuadrant(Quadrant quadrant) {
		this.quadrant = quadrant;
	}

	public Stance getStance() {
		return this.stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public StakeholderSort getSort() {
		return this.sort;
	}

	public void setSort(StakeholderSort sort) {
		this.sort = (sort != null) ? sort : StakeholderSort.KANA;
	}

	boolean hasText() {
		return this.q != null && !SearchText.normalise(this.q).isEmpty();
	}

}
