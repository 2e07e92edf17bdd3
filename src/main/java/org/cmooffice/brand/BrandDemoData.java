package org.cmooffice.brand;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's brand book (local profile, first start): edition 1 from last year and
 * edition 2 in force, so that history and the difference show, with a palette colour that
 * fails the text contrast minimum and the logo as PNG and SVG. Runs before the campaign
 * demo data, whose reviews tick this checklist, for either size of demo office
 * ({@code cmo.demo.size}).
 */
@Component
@Profile("local")
@Order(16)
class BrandDemoData implements ApplicationRunner {

	private final BrandEditionRepository editions;

	private final BrandAssetStore assets;

	private final Clock clock;

	BrandDemoData(BrandEditionRepository editions, BrandAssetStore assets, Clock clock) {
		this.editions = editions;
		this.assets = assets;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.editions.count() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		BrandEdition first = BrandEdition.firstDraft();
		first.writeSection(BrandSection.LOGO, """
				県のシンボルマークとロゴタイプは、**組み合わせて**使います。

				- 周囲にはマークの高さの 1/4 以上の余白をとる
				- 縦横比を変えない、色を変えない、影や装飾をつけない
				- 最小サイズは印刷物で 10 mm、画面で 32 px""");
		first.writeSection(BrandSection.COLOURS, """
				基本色は **県政ブルー** です。文字色には白地で 4.5:1 以上のコントラストがある色だけを使います。""");
		first.writeSection(BrandSection.TYPOGRAPHY, """
				本文は BIZ UDゴシック、見出しは BIZ UDゴシック Bold を使います。

				| 用途 | 書体 | 大きさ |
				|---|---|---|
				| 本文（印刷） | BIZ UDゴシック | 10.5 pt 以上 |
				| 本文（画面） | BIZ UDゴシック | 16 px 以上 |""");
		first.writeSection(BrandSection.TONE_OF_VOICE, """
				県民に語りかける、**丁寧で簡潔な**文体にします。

				1. 一文は 60 字以内を目安にする
				2. 専門用語・カタカナ語には説明を添える
				3. 命令形ではなく「〜しましょう」「〜してください」""");
		first.writeSection(BrandSection.IMAGERY, "県民の実際の暮らしが伝わる写真を使います。素材サイトの写真は権利を確認したものに限ります。");
		first.writeSection(BrandSection.TEMPLATES, "チラシ・ポスター・スライドのテンプレートは「ファイル」から入手してください。");
		first.writeSection(BrandSection.ACCESSIBILITY, """
				すべての広報物は [JIS X 8341-3](https://www.jisc.go.jp/) の考え方に沿い、色だけで情報を伝えません。""");
		first.addColour("県政ブルー", "#0B4F8A", "見出し・ロゴ・リンク");
		first.addColour("白", "#FFFFFF", "背景");
		first.addColour("墨", "#1A1A1A", "本文");
		first.addCheckItem("LOGO", "ロゴの使い方（余白・最小サイズ・改変なし）", "Logo use (clear space, minimum size, unaltered)");
		first.addCheckItem("COLOURS", "色づかい（ブランドカラー、文字のコントラスト 4.5:1 以上）",
				"Colours (brand palette, text contrast of 4.5:1 or more)");
		first.addCheckItem("TYPOGRAPHY", "書体（BIZ UDゴシック、最小の文字サイズ）", "Typography (BIZ UD Gothic, minimum text size)");
		first.addCheckItem("TONE_OF_VOICE", "語調・トーン（丁寧で簡潔）", "Tone of voice (polite and concise)");
		first.addCheckItem("PLAIN_JAPANESE", "分かりやすい日本語（短い文、用語に説明）",
				"Plain Japanese (short sentences, terms explained)");
		first.addCheckItem("ACCESSIBILITY", "アクセシビリティ（色だけに頼らない、代替テキスト）",
				"Accessibility (not by colour alone, text alternatives)");
		first.addCheckItem("IMAGE_RIGHTS", "画像・素材の権利処理", "Rights to images and material");
		first.addCheckItem("PERSONAL_DATA", "個人情報の取扱い", "Personal data");
		this.editions.saveAndFlush(first);
		this.assets.add(first.getId(), "kensei-logo.svg", "image/svg+xml", svgLogo().getBytes(StandardCharsets.UTF_8),
				"ロゴ（SVG・ダウンロード用）", "staff", now.minus(Duration.ofDays(400)));
		first.publish(1, "初版", "cmo", now.minus(Duration.ofDays(400)));
		this.editions.flush();

		BrandEdition second = BrandEdition.draftFrom(first);
		second.writeSection(BrandSection.COLOURS, """
				基本色は **県政ブルー** です。文字色には白地で 4.5:1 以上のコントラストがある色だけを使います。

				**ライトグレー** は罫線と背景の区切り専用です。文字には使いません（白地でのコントラストが不足します）。""");
		second.writeSection(BrandSection.TONE_OF_VOICE, """
				県民に語りかける、**丁寧で簡潔な**文体にします。

				1. 一文は 50 字以内を目安にする
				2. 専門用語・カタカナ語には説明を添える
				3. 命令形ではなく「〜しましょう」「〜してください」
				4. 災害時は結論を先に書く""");
		second.addColour("ライトグレー", "#C8C8C8", "罫線・区切り（文字には使わない）");
		second.addColour("注意オレンジ", "#B54708", "注意喚起の見出し");
		this.editions.saveAndFlush(second);
		this.assets.copy(first.getId(), second.getId());
		this.assets.add(second.getId(), "kensei-logo.png", "image/png", pngLogo(), "ロゴ（PNG・画面用）", "staff",
				now.minus(Duration.ofDays(40)));
		second.publish(2, "ライトグレーと注意オレンジを追加。語調の一文の目安を 50 字に短縮し、災害時の書き方を追加。", "cmo", now.minus(Duration.ofDays(40)));
		this.editions.flush();
	}

	private static String svgLogo() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64">
				  <rect width="64" height="64" rx="12" fill="#0B4F8A"/>
				  <text x="80" y="42" font-family="sans-serif" font-size="28" fill="#0B4F8A">KENSEI</text>
				</svg>
				""";
	}

	/** Drawn here rather than shipped, so the repository carries no binary files. */
	private static byte[] pngLogo() {
		BufferedImage image = new BufferedImage(240, 64, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 240, 64);
			g.setColor(new Color(0x0B4F8A));
			g.fillRoundRect(0, 0, 64, 64, 24, 24);
			// Shapes only: drawing text would need fonts that a bare server may not have.
			g.fillRect(80, 18, 140, 10);
			g.fillRect(80, 36, 100, 10);
		}
		finally {
			g.dispose();
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
