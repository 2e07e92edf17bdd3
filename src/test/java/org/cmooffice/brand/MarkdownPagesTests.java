package org.cmooffice.brand;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownPagesTests {

	/** Script by every road Markdown and HTML offer. */
	static final List<String> XSS = List.of("<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
			"<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
			"<body onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<a href=\"javascript:alert(1)\">x</a>", "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](java\tscript:alert(1))", "[click](vbscript:msgbox(1))",
			"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![x](javascript:alert(1))",
			"![x](x\" onerror=\"alert(1))", "[x]: javascript:alert(1)\n\n[link][x]",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<style>body{display:none}</style>",
			"<object data=\"javascript:alert(1)\"></object>", "<embed src=\"javascript:alert(1)\">",
			"<form action=\"javascript:alert(1)\"><button>x</button></form>",
			"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "<details open ontoggle=alert(1)>",
			"<a href=\"&#106;avascript:alert(1)\">x</a>", "[x](&#106;avascript:alert(1))",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<base href=\"javascript:alert(1)//\">", "`<script>alert(1)</script>`",
			"```html\n<script>alert(1)</script>\n```", "<<script>script>alert(1)<</script>/script>",
			"<scr<script>ipt>alert(1)</script>", "<input autofocus onfocus=alert(1)>",
			"<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
			"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>");

	private final MarkdownPages pages = new MarkdownPages();

	@ParameterizedTest
	@FieldSource("XSS")
	void nothingThatCouldRunSurvives(String payload) {
		String html = this.pages.toHtml("本文\n\n" + payload + "\n\n続き").toLowerCase(Locale.ROOT);

		// Escaped as text it is harmless; as markup it must not be there at all.
		assertThat(html).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<svg", "<form", "<meta",
				"<base", "<input", "<math", "<img");
		assertThat(html)
			.doesNotContainPattern("<[^>]*(javascript:|vbscript:|data:text/html|\\son[a-z]+\\s*=|\\sstyle\\s*=)");
		assertThat(html).contains("本文").contains("続き");
	}

	@Test
	void formattingTablesAndSafeLinksAreKept() {
		String html = this.pages.toHtml("""
				# 見出し

				**太字** と *斜体*

				- 項目
				- [JIS](https://www.jisc.go.jp/)

				| 用途 | 書体 |
				|---|---|
				| 本文 | BIZ UDゴシック |
				""");

		assertThat(html).contains("<h3>見出し</h3>", "<strong>太字</strong>", "<em>斜体</em>", "<li>項目</li>", "<table>",
				"<td>BIZ UDゴシック</td>");
		assertThat(html).containsPattern("<a href=\"https://www\\.jisc\\.go\\.jp/\"[^>]*>JIS</a>");
	}

	@Test
	void rawHtmlIsShownAsTextNotDropped() {
		assertThat(this.pages.toHtml("<b>注意</b>")).contains("&lt;b&gt;注意&lt;/b&gt;");
	}

}
