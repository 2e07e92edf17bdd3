package org.cmooffice.stakeholder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import org.cmooffice.shared.files.SpreadsheetCells;

/**
 * The register's CSV: one format for export, import and the template. UTF-8 with a
 * byte-order mark, so that Excel opens Japanese correctly; a cell that a spreadsheet
 * would take for a formula is written with a leading apostrophe, and read back without
 * it.
 */
final class StakeholderCsv {

	static final List<String> COLUMNS = List.of("id", "kind", "category", "name", "name_kana", "organisation", "title",
			"email", "phone", "address", "influence", "interest", "stance", "owner", "departments", "tags", "house",
			"constituency", "party", "outlet", "beat", "purpose_of_use", "source", "consent_date", "retention_date",
			"notes", "last_engaged_on");

	static final char BOM = SpreadsheetCells.BOM;

	private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

	private static final CSVFormat READ = CSVFormat.RFC4180.builder()
		.setHeader()
		.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private StakeholderCsv() {
	}

	static CSVPrinter printer(Writer writer) throws IOException {
		writer.write(BOM);
		return new CSVPrinter(writer, WRITE);
	}

	/** One row; personal contact data left empty for a reader who may not see it. */
	static void print(CSVPrinter printer, ExportRow row, boolean masked) {
		try {
			printer.printRecord(row.id(), row.kind(), row.category(), safe(row.name()), safe(row.nameKana()),
					safe(row.organisation()), safe(row.title()), masked ? "" : safe(row.email()),
					masked ? "" : safe(row.phone()), masked ? "" : safe(row.address()), row.influence(), row.interest(),
					row.stance(), safe(row.owner()), safe(row.departments()), safe(row.tags()), safe(row.house()),
					safe(row.constituency()), safe(row.party()), safe(row.outlet()), safe(row.beat()),
					masked ? "" : safe(row.purposeOfUse()), masked ? "" : safe(row.dataSource()),
					masked ? null : row.consentDate(), masked ? null : row.retentionDate(),
					masked ? "" : safe(row.notes()), row.lastEngagedOn());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String safe(String value) {
		return SpreadsheetCells.safe(value);
	}

	/**
	 * What {@link #safe} added comes off again, so an exported file imports unchanged.
	 */
	static String unsafe(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && safe(value.substring(1)).startsWith("'")) {
			return value.substring(1);
		}
		return value;
	}

	/**
	 * The file's rows by line, or a reason the file as a whole cannot be read: not UTF-8,
	 * not CSV, or without the expected header.
	 */
	static Parsed parse(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return Parsed.refused("stakeholder.import.encoding");
		}
		if (!text.isEmpty() && text.charAt(0) == BOM) {
			text = text.substring(1);
		}
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
			List<String> header = parser.getHeaderNames();
			if (!header.containsAll(COLUMNS.subList(1, COLUMNS.size() - 1))) {
				return Parsed.refused("stakeholder.import.header");
			}
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				// Spreadsheets leave rows of empty cells at the end; they are not data.
				if (record.stream().allMatch((cell) -> cell == null || cell.isBlank())) {
					continue;
				}
				lines.add(new Line(parser.getCurrentLineNumber(), record.toMap(), record.isConsistent()));
			}
			return new Parsed(null, lines);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			return Parsed.refused("stakeholder.import.notCsv");
		}
	}

	record Parsed(String refusal, List<Line> lines) {

		static Parsed refused(String key) {
			return new Parsed(key, List.of());
		}

	}

	/** A data row and the line of the file it ends on, for the error report. */
	record Line(long number, Map<String, String> cells, boolean complete) {

		String get(String column) {
			String value = this.cells.get(column);
			return (value == null) ? "" : unsafe(value.strip());
		}

	}

}
