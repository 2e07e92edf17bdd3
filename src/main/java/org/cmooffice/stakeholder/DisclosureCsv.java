package org.cmooffice.stakeholder;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.cmooffice.audit.AuditEvent;

/**
 * The answer to a disclosure request as CSV: the record's fields as name and value, then
 * its history, then its engagements, each part under its own header line.
 */
final class DisclosureCsv {

	private DisclosureCsv() {
	}

	static void write(Writer writer, Stakeholders.Disclosure disclosure) throws IOException {
		writer.write(StakeholderCsv.BOM);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
		Stakeholder s = disclosure.stakeholder();
		csv.printRecord("record", "field", "value");
		row(csv, "id", s.getId());
		row(csv, "kind", s.getKind());
		row(csv, "category", s.getCategory());
		row(csv, "name", s.getName());
		row(csv, "name_kana", s.getNameKana());
		row(csv, "organisation", (s.getOrganisation() != null) ? s.getOrganisation().getName() : null);
		row(csv, "title", s.getTitle());
		row(csv, "email", s.getEmail());
		row(csv, "phone", s.getPhone());
		row(csv, "address", s.getAddress());
		row(csv, "influence", s.getInfluence());
		row(csv, "interest", s.getInterest());
		row(csv, "stance", s.getStance());
		row(csv, "owner", s.getOwner().getUsername());
		row(csv, "tags", String.join(";", s.getTags()));
		row(csv, "house", s.getHouse());
		row(csv, "constituency", s.getConstituency());
		row(csv, "party", s.getParty());
		row(csv, "outlet", s.getOutlet());
		row(csv, "beat", s.getBeat());
		row(csv, "notes", s.getNotes());
		row(csv, "purpose_of_use", s.getPurposeOfUse());
		row(csv, "source", s.getDataSource());
		row(csv, "consent_date", s.getConsentDate());
		row(csv, "retention_date", s.getRetentionDate());
		row(csv, "created_at", s.getCreatedAt());
		row(csv, "created_by", s.getCreatedBy());
		row(csv, "modified_at", s.getModifiedAt());
		row(csv, "modified_by", s.getModifiedBy());
		csv.println();
		csv.printRecord("history", "occurred_at", "actor", "action", "summary");
		for (AuditEvent event : disclosure.history()) {
			csv.printRecord("history", event.getOccurredAt(), StakeholderCsv.safe(event.getActor()), event.getAction(),
					StakeholderCsv.safe(event.getSummary()));
		}
		csv.println();
		csv.printRecord("engagement", "occurred_on", "type", "summary", "attendees", "campaign_plan_id", "follow_up_on",
				"follow_up_action", "follow_up_done", "logged_by");
		for (Engagement e : disclosure.engagements()) {
			csv.printRecord("engagement", e.getOccurredOn(), e.getType(), StakeholderCsv.safe(e.getSummary()),
					StakeholderCsv.safe(e.getAttendees()), e.getCampaignPlanId(), e.getFollowUpOn(),
					StakeholderCsv.safe(e.getFollowUpAction()), e.isFollowUpDone(), e.getLoggedBy());
		}
		csv.flush();
	}

	private static void row(CSVPrinter csv, String field, Object value) throws IOException {
		csv.printRecord("record", field, (value != null) ? StakeholderCsv.safe(value.toString()) : "");
	}

}
