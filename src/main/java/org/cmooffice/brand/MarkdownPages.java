package org.cmooffice.brand;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Turns a section's Markdown into HTML that is safe to put in a page. Two locks: the
 * Markdown renderer escapes raw HTML and drops unsafe link schemes, and the sanitiser
 * then keeps only formatting, blocks, tables, and links to http, https and mailto; no
 * script, event handler, style or frame survives either.
 */
@Component
class MarkdownPages {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.LINKS)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "del").toFactory());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	/** Every chapter of an edition, ready for the page. */
	Map<BrandSection, String> chapters(BrandEdition edition) {
		Map<BrandSection, String> html = new EnumMap<>(BrandSection.class);
		edition.getBodies().forEach((section, body) -> html.put(section, toHtml(body)));
		return html;
	}

	String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = this.parser.parse(markdown);
		// The chapter's title is the page's h2: the chapter's own headings come below it.
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + 2));
				visitChildren(heading);
			}
		});
		return POLICY.sanitize(this.renderer.render(document));
	}

}
