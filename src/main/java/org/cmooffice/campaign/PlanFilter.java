package org.cmooffice.campaign;

/**
 * The plan list's filters, every one optional; bound from the query string.
 */
public class PlanFilter {

	private Integer year;

	private Long departmentId;

	private CampaignStatus status;

	private Channel channel;

	private String q;

	private PlanSort sort = PlanSort.START;

	/** Only plans recommended to the CMO: the CMO's decisions waiting. */
	private boolean recommended;

	public boolean isRecommended() {
		return this.recommended;
	}

	public void setRecommended(boolean recommended) {
		this.recommended = recommended;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public CampaignStatus getStatus() {
		return this.status;
	}

	public void setStatus(CampaignStatus status) {
		this.status = status;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public PlanSort getSort() {
		return this.sort;
	}

	public void setSort(PlanSort sort) {
		this.sort = (sort != null) ? sort : PlanSort.START;
	}

}
