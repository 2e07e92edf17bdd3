package org.cmooffice.brand;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed between two editions, chapter by chapter, then the palette and the
 * checklist, line by line. Each line says in words whether it was added, removed or kept,
 * so the difference does not depend on colour.
 */
public record EditionDiff(BrandEdition from, BrandEdition to, List<Part> parts) {

	/** The Markdown, palette and checklist compared as lines of text. */
	static EditionDiff between(BrandEdition from, BrandEdition to) {
		List<Part> parts = new ArrayList<>();
		for (BrandSection section : BrandSection.values()) {
			parts.add(Part.of("brand.section." + section.name(), lines(from.body(section)), lines(to.body(section))));
		}
		parts.add(Part.of("brand.palette.title", from.getColours().stream().map(PaletteColour::asLine).toList(),
				to.getColours().stream().map(PaletteColour::asLine).toList()));
		parts.add(Part.of("brand.checklist.title", from.getCheckItems().stream().map(ChecklistItem::asLine).toList(),
				to.getCheckItems().stream().map(ChecklistItem::asLine).toList()));
		return new EditionDiff(from, to, parts);
	}

	public boolean isIdentical() {
		return this.parts.stream().noneMatch(Part::changed);
	}

	private static List<String> lines(String text) {
		return text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
	}

	/** One chapter's comparison; unchanged chapters have no lines to show. */
	public record Part(String titleKey, boolean changed, int added, int removed, List<Line> lines) {

		/** Lines before times lines after above which no line diff is computed. */
		static final long MAX_COMPARED = 1_000_000;

		static Part of(String titleKey, List<String> before, List<String> after) {
			if (before.equals(after)) {
				return new Part(titleKey, false, 0, 0, List.of());
			}
			if ((long) before.size() * after.size() > MAX_COMPARED) {
				// A line diff of two long, different texts costs seconds; a chapter
				// rewritten at that length is shown whole, as removed and added.
				List<Line> lines = new ArrayList<>();
				before.forEach((line) -> lines.add(new Line(Change.REMOVED, line)));
				after.forEach((line) -> lines.add(new Line(Change.ADDED, line)));
				return new Part(titleKey, true, after.size(), before.size(), lines);
			}
			Patch<String> patch = DiffUtils.diff(before, after);
			if (patch.getDeltas().isEmpty()) {
				return new Part(titleKey, false, 0, 0, List.of());
			}
			List<Line> lines = new ArrayList<>();
			int added = 0;
			int removed = 0;
			int next = 0;
			for (AbstractDelta<String> delta : patch.getDeltas()) {
				int start = delta.getSource().getPosition();
				for (int i = next; i < start; i++) {
					lines.add(new Line(Change.KEPT, before.get(i)));
				}
				for (String line : delta.getSource().getLines()) {
					lines.add(new Line(Change.REMOVED, line));
					removed++;
				}
				for (String line : delta.getTarget().getLines()) {
					lines.add(new Line(Change.ADDED, line));
					added++;
				}
				next = start + delta.getSource().size();
			}
			for (int i = next; i < before.size(); i++) {
				lines.add(new Line(Change.KEPT, before.get(i)));
			}
			return new Part(titleKey, true, added, removed, lines);
		}

	}

	public record Line(Change change, String text) {

	}

	public enum Change {

		KEPT, ADDED, REMOVED

	}

}
