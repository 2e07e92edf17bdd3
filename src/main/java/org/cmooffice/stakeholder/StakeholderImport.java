package org.cmooffice.stakeholder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cmooffice.account.Departments;
import org.cmooffice.account.User;
import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV in the export's format, all or nothing: every row is checked first and
 * every problem reported with its line and column; only a file without any is saved, in
 * one transaction.
 */
@Service
public class StakeholderImport {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ROWS = 5_000;

	/** The report stops here: a file this wrong is fixed from the first problems. */
	static final int MAX_ERRORS = 200;

	private static final Pattern KANA = Pattern.compile(StakeholderForm.KANA);

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9０-９+\\-‐－() （）\\s]*");

	private final StakeholderRepository stakeholders;

	private final Stakeholders register;

	private final Departments departments;

	private final AuditLog auditLog;

	StakeholderImport(StakeholderRepository stakeholders, Stakeholders register, Departments departments,
			AuditLog auditLog) {
		this.stakeholders = stakeholders;
		this.register = register;
		this.departments = departments;
		this.auditLog = auditLog;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Result importFile(byte[] content) {
		if (content.length == 0) {
			return Result.refused("stakeholder.import.empty");
		}
		if (content.length > MAX_BYTES) {
			return Result.refused("stakeholder.import.tooLarge");
		}
		StakeholderCsv.Parsed parsed = StakeholderCsv.parse(content);
		if (parsed.refusal() != null) {
			return Result.refused(parsed.refusal());
		}
		if (parsed.lines().isEmpty()) {
			return Result.refused("stakeholder.import.noRows");
		}
		if (parsed.lines().size() > MAX_ROWS) {
			return Result.refused("stakeholder.import.tooManyRows");
		}
		Context context = context(parsed.lines());
		List<Row> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		for (StakeholderCsv.Line line : parsed.lines()) {
			if (errors.size() >= MAX_ERRORS) {
				break;
			}
			Row row = check(line, context, errors);
			if (row != null) {
				rows.add(row);
			}
		}
		if (!errors.isEmpty()) {
			return new Result(null, errors, 0);
		}
		Map<String, Stakeholder> organisations = new HashMap<>(context.existingOrganisations());
		for (Row row : rows) {
			if (row.details().kind() == StakeholderKind.ORGANISATION) {
				Stakeholder organisation = new Stakeholder(row.details(), null, row.owner());
				this.stakeholders.save(organisation);
				organisations.put(organisation.getName(), organisation);
			}
		}
		for (Row row : rows) {
			if (row.details().kind() == StakeholderKind.PERSON) {
				Stakeholder organisation = (row.details().organisationName() != null)
						? organisations.get(row.details().organisationName()) : null;
				this.stakeholders.save(new Stakeholder(row.details(), organisation, row.owner()));
			}
		}
		this.stakeholders.flush();
		this.auditLog.record(AuditAction.STAKEHOLDERS_IMPORTED, Stakeholders.ENTITY, null, rows.size() + " rows");
		return new Result(null, List.of(), rows.size());
	}

	private Context context(List<StakeholderCsv.Line> lines) {
		Map<String, User> owners = this.register.owners()
			.stream()
			.collect(Collectors.toMap((user) -> user.getUsername().toLowerCase(Locale.ROOT), Function.identity()));
		Map<String, Long> departmentIds = new HashMap<>();
		this.departments.all().forEach((department) -> departmentIds.put(department.getCode(), department.getId()));
		Set<String> fileOrganisations = new HashSet<>();
		Set<String> named = new HashSet<>();
		for (StakeholderCsv.Line line : lines) {
			if ("ORGANISATION".equals(line.get("kind"))) {
				fileOrganisations.add(line.get("name"));
			}
			named.add(line.get("organisation"));
			named.add(line.get("name"));
		}
		named.remove("");
		Map<String, Stakeholder> existing = new HashMap<>();
		if (!named.isEmpty()) {
			this.stakeholders.findByKindAndNameIn(StakeholderKind.ORGANISATION, named)
				.forEach((organisation) -> existing.putIfAbsent(organisation.getName(), organisation));
		}
		return new Context(owners, departmentIds, fileOrganisations, existing, new HashSet<>());
	}

	/** The row as details, or null with its problems added to the report. */
	private Row check(StakeholderCsv.Line line, Context context, List<RowError> errors) {
		Checker c = new Checker(line, errors);
		if (!line.complete()) {
			c.error("—", "stakeholder.import.columns");
			return null;
		}
		StakeholderKind kind = c.choice("kind", StakeholderKind.class);
		StakeholderCategory category = c.choice("category", StakeholderCategory.class);
		String name = c.text("name", 200, true);
		String kana = c.text("name_kana", 200, true);
		if (kana != null && !KANA.matcher(kana).matches()) {
			c.error("name_kana", "stakeholder.import.kana");
		}
		String organisationName = c.text("organisation", 200, false);
		String email = c.text("email", 254, false);
		if (email != null && !EMAIL.matcher(email).matches()) {
			c.error("email", "stakeholder.import.email");
		}
		String phone = c.text("phone", 40, false);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			c.error("phone", "stakeholder.import.phone");
		}
		Integer influence = c.scale("influence");
		Integer interest = c.scale("interest");
		Stance stance = c.choice("stance", Stance.class);
		String ownerName = c.text("owner", 64, true);
		User owner = (ownerName != null) ? context.owners().get(ownerName.toLowerCase(Locale.ROOT)) : null;
		if (ownerName != null && owner == null) {
			c.error("owner", "stakeholder.import.owner");
		}
		Set<Long> departmentIds = new LinkedHashSet<>();
		for (String code : StakeholderForm.tagSet(line.get("departments"))) {
			Long id = context.departmentIds().get(code);
			if (id == null) {
				c.error("departments", "stakeholder.import.department", code);
			}
			else {
				departmentIds.add(id);
			}
		}
		Set<String> tags = StakeholderForm.tagSet(line.get("tags"));
		if (tags.stream().anyMatch((tag) -> tag.length() > 50)) {
			c.error("tags", "stakeholder.import.tag");
		}
		if (kind == StakeholderKind.ORGANISATION && name != null) {
			if (organisationName != null) {
				c.error("organisation", "stakeholder.import.organisationOfOrganisation");
			}
			if (context.existingOrganisations().containsKey(name)) {
				c.error("name", "stakeholder.import.organisationExists");
			}
			if (!context.seenOrganisations().add(name)) {
				c.error("name", "stakeholder.import.organisationTwice");
			}
		}
		if (kind == StakeholderKind.PERSON && organisationName != null
				&& !context.fileOrganisations().contains(organisationName)
				&& !context.existingOrganisations().containsKey(organisationName)) {
			c.error("organisation", "stakeholder.import.organisationUnknown");
		}
		if (kind == StakeholderKind.PERSON) {
			for (String column : new String[] { "purpose_of_use", "source", "retention_date" }) {
				if (line.get(column).isEmpty()) {
					c.error(column, "stakeholder.import.personalDataRequired");
				}
			}
		}
		StakeholderDetails details = new StakeholderDetails(kind, category, name, kana, organisationName,
				c.text("title", 200, false), email, phone, c.text("address", 500, false),
				(influence != null) ? influence : 0, (interest != null) ? interest : 0, stance,
				c.text("notes", 4000, false), c.text("house", 30, false), c.text("constituency", 100, false),
				c.text("party", 100, false), c.text("outlet", 100, false), c.text("beat", 100, false),
				c.text("purpose_of_use", 500, false), c.text("source", 200, false), c.date("consent_date"),
				c.date("retention_date"), departmentIds, tags);
		return c.failed() ? null : new Row(line.number(), details, owner);
	}

	private record Context(Map<String, User> owners, Map<String, Long> departmentIds, Set<String> fileOrganisations,
			Map<String, Stakeholder> existingOrganisations, Set<String> seenOrganisations) {

	}

	private record Row(long line, StakeholderDetails details, User owner) {

	}

	/**
	 * One problem: the line of the file, the column and the message (with its arguments).
	 */
	public record RowError(long line, String column, String messageKey, Object[] arguments) {

	}

	/**
	 * The outcome: refused as a whole, refused with row errors, or the number imported.
	 */
	public record Result(String refusal, List<RowError> errors, int imported) {

		static Result refused(String key) {
			return new Result(key, List.of(), 0);
		}

		public boolean isSuccess() {
			return this.refusal == null && this.errors.isEmpty();
		}

	}

	/** Reads one line's cells, collecting what is wrong with them. */
	private static final class Checker {

		private final StakeholderCsv.Line line;

		private final List<RowError> errors;

		private boolean failed;

		Checker(StakeholderCsv.Line line, List<RowError> errors) {
			this.line = line;
			this.errors = errors;
		}

		void error(String column, String key, Object... arguments) {
			this.errors.add(new RowError(this.line.number(), column, key, arguments));
			this.failed = true;
		}

		boolean failed() {
			return this.failed;
		}

		String text(String column, int max, boolean required) {
			String value = this.line.get(column);
			if (value.isEmpty()) {
				if (required) {
					error(column, "stakeholder.import.required");
				}
				return null;
			}
			if (value.codePointCount(0, value.length()) > max) {
				error(column, "stakeholder.import.tooLong", max);
				return null;
			}
			if (value.indexOf('\u0000') >= 0) {
				error(column, "stakeholder.import.control");
				return null;
			}
			return value;
		}

		<E extends Enum<E>> E choice(String column, Class<E> type) {
			String value = this.line.get(column);
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				error(column, value.isEmpty() ? "stakeholder.import.required" : "stakeholder.import.choice", value);
				return null;
			}
		}

		Integer scale(String column) {
			String value = this.line.get(column);
			try {
				int number = Integer.parseInt(value);
				if (number >= 1 && number <= 5) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			error(column, "stakeholder.import.scale", value);
			return null;
		}

		LocalDate date(String column) {
			String value = this.line.get(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(value);
				if (date.getYear() >= 1900 && date.getYear() <= 2200) {
					return date;
				}
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
			error(column, "stakeholder.import.date", value);
			return null;
		}

	}

}
