package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.cmooffice.shared.FiscalYear;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's strategy (local profile, first start): last year's archived, this
 * year's in force with four objectives, their KPIs and measurements. Written for either
 * size of demo office ({@code cmo.demo.size}): the large one has no strategy of its own.
 */
@Component
@Profile("local")
@Order(15)
class StrategyDemoData implements ApplicationRunner {

	private final StrategyRepository strategies;

	private final Clock clock;

	StrategyDemoData(StrategyRepository strategies, Clock clock) {
		this.strategies = strategies;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.strategies.count() > 0) {
			return;
		}
		FiscalYear year = FiscalYear.current(this.clock);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);

		Strategy previous = new Strategy(year.previous().year(), "県民とつながる広報戦略（前年度）", "県民一人ひとりに必要な情報が届く広報を実現する。",
				year.previous().start(), year.previous().end(), "山田 花子");
		previous.addObjective("県政情報の認知度向上", "主要施策の認知度を高める。", Priority.HIGH);
		this.strategies.saveAndFlush(previous);
		previous.activate("cmo", now.minus(Duration.ofDays(500)));
		previous.archive();

		Strategy strategy = new Strategy(year.year(), "信頼される県政広報戦略",
				"県民の暮らしを守る情報を、必要な人に、分かりやすく、確実に届ける。\n災害時も平時も「県の発信なら信頼できる」と思われる広報を目指す。", year.start(), year.end(),
				"山田 花子");
		Objective health = strategy.addObjective("健康づくりの行動変容", "健診受診や熱中症予防など、県民の健康行動を後押しする。", Priority.HIGH);
		Objective tourism = strategy.addObjective("観光による地域活性化", "県外からの来訪者を増やし、地域経済に貢献する。", Priority.MEDIUM);
		Objective safety = strategy.addObjective("防災意識の向上", "自宅の災害リスクを知り、備える県民を増やす。", Priority.HIGH);
		Objective trust = strategy.addObjective("県政への信頼の向上", "分かりやすい発信で、県の情報への信頼を高める。", Priority.LOW);
		strategy.addAudience("子育て世帯", 180_000L, "情報源はスマートフォンが中心。平日夜と週末に情報を見る。");
		strategy.addAudience("65歳以上の高齢者", 420_000L, "紙の広報誌と地域の回覧板への信頼が厚い。");
		strategy.addAudience("首都圏在住の30〜40代", 3_000_000L, "週末の近距離旅行に関心が高い。SNSの写真で行き先を決める。");
		this.strategies.saveAndFlush(strategy);
		StrategyKpi screening = strategy.addKpi(health.getId(), "特定健診受診率", "%", new BigDecimal("48"),
				new BigDecimal("55"), KpiDirection.UP);
		StrategyKpi heat = strategy.addKpi(health.getId(), "熱中症による救急搬送件数", "件", new BigDecimal("1200"),
				new BigDecimal("1000"), KpiDirection.DOWN);
		StrategyKpi visitors = strategy.addKpi(tourism.getId(), "県外からの宿泊者数", "万人", new BigDecimal("320"),
				new BigDecimal("350"), KpiDirection.UP);
		StrategyKpi hazard = strategy.addKpi(safety.getId(), "ハザードマップ確認率", "%", new BigDecimal("35"),
				new BigDecimal("60"), KpiDirection.UP);
		StrategyKpi credible = strategy.addKpi(trust.getId(), "県の発信を信頼する県民の割合", "%", new BigDecimal("52"),
				new BigDecimal("60"), KpiDirection.UP);
		this.strategies.flush();
		strategy.measure(screening.getId(), today.minusDays(120), new BigDecimal("49.5"), "国保データベース", "analyst", now);
		strategy.measure(screening.getId(), today.minusDays(30), new BigDecimal("51.2"), "国保データベース", "analyst", now);
		strategy.measure(heat.getId(), today.minusDays(60), new BigDecimal("1080"), "消防庁速報値", "analyst", now);
		strategy.measure(visitors.getId(), today.minusDays(45), new BigDecimal("331"), "宿泊旅行統計調査", "analyst", now);
		strategy.measure(hazard.getId(), today.minusDays(90), new BigDecimal("38"), "県民意識調査", "analyst", now);
		strategy.activate("cmo", now.minus(Duration.ofDays(200)));
		this.strategies.flush();
	}

}
