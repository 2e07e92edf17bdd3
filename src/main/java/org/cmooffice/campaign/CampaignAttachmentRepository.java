package org.cmooffice.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignAttachmentRepository extends JpaRepository<CampaignAttachment, Long> {

	@Query("""
			select new org.cmooffice.campaign.AttachmentInfo(a.id, a.filename, a.contentType, a.sizeBytes, a.uploadedBy,
			  a.uploadedAt)
			from CampaignAttachment a where a.plan.id = :planId order by a.uploadedAt, a.id
			""")
	List<AttachmentInfo> findInfoByPlanId(@Param("planId") long planId);

	long countByPlanId(long planId);

}
