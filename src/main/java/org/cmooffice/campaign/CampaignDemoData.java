package org.cmooffice.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.brand.BrandChecklist;
import org.cmooffice.strategy.ObjectiveOption;
import org.cmooffice.strategy.Strategies;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's campaign plans (local profile, first start): three or four per
 * department, spread over the workflow with their history, so that every role finds work
 * waiting. The delegated limit is the default ¥1,000,000.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "cmo.demo.size", havingValue = "standard", matchIfMissing = true)
@Order(20)
class CampaignDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);

	private static final long LIMIT = 1_000_000;

	private final CampaignPlanRepository plans;

	private final BlackoutPeriodRepository blackouts;

	private final Departments departments;

	private final Strategies strategies;

	private final BrandChecklist brandChecklist;

	private final Clock clock;

	/** The strategy objective each department's demo plans serve. */
	private Map<String, Set<Long>> objectivesByDepartment = Map.of();

	CampaignDemoData(CampaignPlanRepository plans, BlackoutPeriodRepository blackouts, Departments departments,
			Strategies strategies, BrandChecklist brandChecklist, Clock clock) {
		this.plans = plans;
		this.brandChecklist = brandChecklist;
		this.strategies = strategies;
		this.blackouts = blackouts;
		this.departments = departments;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.plans.count() > 0) {
			return;
		}
		Map<String, Department> byCode = this.departments.all()
			.stream()
			.collect(Collectors.toMap(Department::getCode, Function.identity()));
		if (!byCode.keySet().containsAll(List.of("HEALTH", "TOURISM", "ENV", "EDU", "DISASTER"))) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		Map<String, Long> objectives = this.strategies.objectiveOptions()
			.stream()
			.collect(Collectors.toMap(ObjectiveOption::title, ObjectiveOption::id, (a, b) -> a));
		this.objectivesByDepartment = Map.of("HEALTH", idsOf(objectives, "健康づくりの行動変容"), "TOURISM",
				idsOf(objectives, "観光による地域活性化"), "DISASTER", idsOf(objectives, "防災意識の向上"));
		this.blackouts
			.save(new BlackoutPeriod("参議院議員通常選挙（公示日から投票日まで）", "House of Councillors election (official campaign)",
					today.plusDays(70), today.plusDays(86), "選挙運動期間中は、選挙と誤解されうる広報を控える。"));
		this.blackouts.save(new BlackoutPeriod("年末年始の閉庁期間", "Year-end closure", LocalDate.of(today.getYear(), 12, 29),
				LocalDate.of(today.getYear() + 1, 1, 3), "問い合わせ対応ができないため、施策の開始を避ける。"));

		Department health = byCode.get("HEALTH");
		draft(health, "liaison.health", "健康診断受診率向上キャンペーン", "40〜50代の特定健診受診率を今年度中に5ポイント引き上げる。", "健診を「時間がない」と先送りしがちな働く世代",
				"職場で受けられる健診と予約の手軽さを伝える", today.plusDays(60), 45,
				List.of(line("ポスター制作・掲出", Channel.POSTER, 300_000), line("SNS広告配信", Channel.ADVERTISING, 450_000)),
				List.of(target("特定健診受診率", "%", "55")), EnumSet.of(Channel.POSTER, Channel.SNS, Channel.ADVERTISING),
				now);
		submitted(health, "liaison.health", "熱中症予防啓発プロジェクト", "7〜8月の熱中症による救急搬送を前年比10%減らす。", "高齢者とその家族、屋外で働く人",
				"「のどが渇く前に水分補給」を合言葉に暑さ指数の確認を習慣にする", today.plusDays(30), 90,
				List.of(line("啓発チラシ印刷", Channel.POSTER, 400_000), line("ウェブ特設ページ", Channel.WEBSITE, 350_000),
						line("地域説明会", Channel.EVENT, 600_000)),
				List.of(target("救急搬送件数の前年比", "%", "-10"), target("特設ページ閲覧数", "件", "50000")),
				EnumSet.of(Channel.POSTER, Channel.WEBSITE, Channel.EVENT), now.minus(Duration.ofDays(3)));
		CampaignPlan mind = approved(health, "liaison.health", "こころの健康相談窓口の周知", "相談窓口の認知度を30%から45%に高める。", "20〜30代の若年層",
				"匿名で気軽に相談できることを前面に出す", today.minusDays(10), 80,
				List.of(line("SNS動画制作", Channel.SNS, 500_000), line("広報誌特集", Channel.PR_MAGAZINE, 250_000)),
				List.of(target("窓口認知度", "%", "45")), EnumSet.of(Channel.SNS, Channel.PR_MAGAZINE),
				now.minus(Duration.ofDays(25)), "staff");
		mind.activate("system", now.minus(Duration.ofDays(10)));
		CampaignPlan smoking = submitted(health, "liaison.health", "禁煙サポート月間", "禁煙外来の新規受診者を月100人増やす。", "喫煙歴10年以上の成人",
				"禁煙外来の費用助成を分かりやすく伝える", today.plusDays(45), 30, List.of(line("新聞広告", Channel.ADVERTISING, 700_000)),
				List.of(target("禁煙外来新規受診者数", "人", "100")), EnumSet.of(Channel.ADVERTISING, Channel.PRESS_RELEASE),
				now.minus(Duration.ofDays(8)));
		smoking.requestChanges("staff", now.minus(Duration.ofDays(6)), "費用助成の対象条件を広告原稿に明記してください。KPIの測定方法も追記をお願いします。");

		Department tourism = byCode.get("TOURISM");
		CampaignPlan autumn = submitted(tourism, "liaison.tourism", "秋の観光キャンペーン「ふるさと再発見」", "秋季の県内宿泊者数を前年同期比8%増やす。",
				"首都圏在住の30〜40代の家族連れ", "紅葉と地元の食を組み合わせた週末旅を提案する", today.plusDays(20), 75,
				List.of(line("交通広告", Channel.ADVERTISING, 1_200_000), line("記者発表会", Channel.PRESS_RELEASE, 300_000),
						line("観光ポスター", Channel.POSTER, 800_000), line("特設サイト", Channel.WEBSITE, 500_000)),
				List.of(target("宿泊者数の前年同期比", "%", "8"), target("特設サイト訪問数", "件", "120000")),
				EnumSet.of(Channel.ADVERTISING, Channel.PRESS_RELEASE, Channel.POSTER, Channel.WEBSITE),
				now.minus(Duration.ofDays(5)));
		autumn.tick(Set.copyOf(checklist()), checklist(), "staff", now.minus(Duration.ofDays(3)));
		autumn.recommend("staff", now.minus(Duration.ofDays(2)), LIMIT, "予算規模は大きいが前年実績から効果が見込める。推薦します。");
		approved(tourism, "liaison.tourism", "インバウンド向け多言語ウェブサイト刷新", "外国人旅行者向けページの閲覧数を倍増させる。", "東アジア・東南アジアからの個人旅行者",
				"英語・中国語・韓国語・タイ語で体験型観光を紹介する", today.plusDays(40), 120,
				List.of(line("翻訳・サイト改修", Channel.WEBSITE, 900_000)), List.of(target("多言語ページ閲覧数", "件/月", "40000")),
				EnumSet.of(Channel.WEBSITE, Channel.SNS), now.minus(Duration.ofDays(12)), "staff");
		CampaignPlan festival = approved(tourism, "liaison.tourism", "地域の祭り情報発信", "夏祭りの来場者数を前年より1万人増やす。", "県内在住の若い世代",
				"祭りの見どころを地元の人の声で伝える", today.minusDays(120), 30,
				List.of(line("SNS投稿キャンペーン", Channel.SNS, 200_000), line("観光案内所でのチラシ配布", Channel.POSTER, 100_000)),
				List.of(target("来場者数の増加", "人", "10000")), EnumSet.of(Channel.SNS, Channel.POSTER),
				now.minus(Duration.ofDays(140)), "staff");
		festival.activate("system", now.minus(Duration.ofDays(120)));
		festival.complete("liaison.tourism", now.minus(Duration.ofDays(80)),
				Map.of(festival.getKpis().get(0).getId(), new BigDecimal("12500")),
				"SNSでの参加者投稿が想定以上に拡散し、目標を上回った。来年度は動画の活用を検討する。");
		draft(tourism, "liaison.tourism", "冬季観光PR動画制作", "冬季の観光客数を前年比5%増やす。", "スキー・温泉目的の旅行者", "雪景色と温泉の映像で冬の魅力を伝える",
				today.plusDays(90), 60, List.of(line("動画制作", Channel.SNS, 600_000)),
				List.of(target("動画再生回数", "回", "200000")), EnumSet.of(Channel.SNS), now);

		Department env = byCode.get("ENV");
		CampaignPlan plastic = approved(env, "staff", "プラスチックごみ削減キャンペーン", "マイバッグ持参率を85%に引き上げる。", "スーパー利用者",
				"レジ袋を断る一言を応援する", today.minusDays(20), 100,
				List.of(line("店頭ポスター", Channel.POSTER, 350_000), line("啓発イベント", Channel.EVENT, 400_000)),
				List.of(target("マイバッグ持参率", "%", "85")), EnumSet.of(Channel.POSTER, Channel.EVENT),
				now.minus(Duration.ofDays(40)), "staff");
		plastic.activate("system", now.minus(Duration.ofDays(20)));
		CampaignPlan appliances = submitted(env, "staff", "省エネ家電買い替え促進", "省エネ家電への買い替え補助の申請を1,000件にする。",
				"築20年以上の住宅に住む世帯", "電気代の節約額を具体的に示す", today.plusDays(15), 60,
				List.of(line("テレビCM", Channel.ADVERTISING, 2_500_000)), List.of(target("補助金申請件数", "件", "1000")),
				EnumSet.of(Channel.ADVERTISING), now.minus(Duration.ofDays(20)));
		appliances.reject("cmo", now.minus(Duration.ofDays(15)), "テレビCMは費用対効果が見込めません。補助制度の周知は広報誌とウェブを中心に再検討してください。");
		submitted(env, "staff", "環境教育出前講座の案内", "出前講座の申込校数を30校にする。", "小中学校の教員", "授業で使える教材と講師派遣を案内する", today.plusDays(25),
				150, List.of(line("学校向け案内状", Channel.BRIEFING, 150_000)), List.of(target("申込校数", "校", "30")),
				EnumSet.of(Channel.BRIEFING, Channel.WEBSITE), now.minus(Duration.ofDays(1)));

		Department edu = byCode.get("EDU");
		approved(edu, "staff", "図書館利用促進キャンペーン", "図書館の新規利用登録者数を前年比15%増やす。", "未就学児のいる家庭", "読み聞かせ会と電子書籍サービスを紹介する",
				today.plusDays(10), 60,
				List.of(line("広報誌特集", Channel.PR_MAGAZINE, 200_000), line("読み聞かせイベント", Channel.EVENT, 150_000)),
				List.of(target("新規利用登録者数の増加率", "%", "15")), EnumSet.of(Channel.PR_MAGAZINE, Channel.EVENT),
				now.minus(Duration.ofDays(9)), "staff");
		CampaignPlan heritage = draft(edu, "staff", "文化財公開デーの広報", "公開デーの来場者を5,000人にする。", "歴史に関心のある県内外の人",
				"普段は非公開の文化財を見られる特別感を伝える", today.plusDays(50), 2, List.of(line("記者発表", Channel.PRESS_RELEASE, 50_000)),
				List.of(target("来場者数", "人", "5000")), EnumSet.of(Channel.PRESS_RELEASE), now.minus(Duration.ofDays(7)));
		heritage.withdraw("staff", now.minus(Duration.ofDays(4)), "会場の改修工事により今年度の開催を見送るため。");
		draft(edu, "staff", "奨学金制度の周知", "奨学金の申請件数を前年比20%増やす。", "高校生とその保護者", "返済不要の給付型があることを知らせる", today.plusDays(70),
				90, List.of(line("高校への説明会", Channel.BRIEFING, 120_000)), List.of(target("申請件数の増加率", "%", "20")),
				EnumSet.of(Channel.BRIEFING, Channel.WEBSITE), now);

		Department disaster = byCode.get("DISASTER");
		CampaignPlan drill = approved(disaster, "staff", "防災訓練参加呼びかけ", "総合防災訓練の参加者を3,000人にする。", "自主防災組織と町内会",
				"家族で参加できる体験型の訓練を打ち出す", today.minusDays(40), 30,
				List.of(line("防災訓練告知ポスター", Channel.POSTER, 250_000), line("防災アプリ通知", Channel.SNS, 100_000)),
				List.of(target("訓練参加者数", "人", "3000")), EnumSet.of(Channel.POSTER, Channel.SNS),
				now.minus(Duration.ofDays(60)), "staff");
		// Its schedule ended ten days ago: the evaluation is due.
		drill.activate("system", now.minus(Duration.ofDays(40)));
		submitted(disaster, "staff", "ハザードマップ周知キャンペーン", "自宅の浸水リスクを確認した住民の割合を60%にする。", "河川沿いの地域の住民",
				"QRコードで自宅のリスクをすぐ確認できることを伝える", today.plusDays(35), 60,
				List.of(line("全戸配布チラシ", Channel.POSTER, 900_000), line("ウェブ版ハザードマップ改修", Channel.WEBSITE, 400_000)),
				List.of(target("リスク確認率", "%", "60")), EnumSet.of(Channel.POSTER, Channel.WEBSITE),
				now.minus(Duration.ofDays(12)));
		CampaignPlan stock = approved(disaster, "staff", "備蓄品チェック週間", "家庭の3日分備蓄率を50%にする。", "子育て世帯", "備蓄品チェックリストを配布する",
				today.minusDays(200), 14, List.of(line("チェックリスト印刷", Channel.POSTER, 180_000)),
				List.of(target("3日分備蓄率", "%", "50")), EnumSet.of(Channel.POSTER, Channel.PR_MAGAZINE),
				now.minus(Duration.ofDays(220)), "staff");
		stock.activate("system", now.minus(Duration.ofDays(200)));
		stock.complete("staff", now.minus(Duration.ofDays(170)),
				Map.of(stock.getKpis().get(0).getId(), new BigDecimal("46")),
				"備蓄率は46%で目標に届かなかった。子育て世帯への訴求は有効だったため、次回は保育所での配布を加える。");
		log.info("Demo campaign plans created: {}", this.plans.count());
	}

	private CampaignPlan draft(Department department, String actor, String title, String objective, String audience,
			String strategy, LocalDate start, int days, List<PlanContent.Line> lines, List<PlanContent.Target> kpis,
			EnumSet<Channel> channels, Instant at) {
		PlanContent content = new PlanContent(title, objective,
				this.objectivesByDepartment.getOrDefault(department.getCode(), Set.of()), audience, strategy, channels,
				start, start.plusDays(days), lines,
				List.of(new PlanContent.Step("キックオフ・関係者説明", start),
						new PlanContent.Step("中間振り返り", start.plusDays(days / 2))),
				kpis, List.of(new PlanContent.Risk("天候や社会情勢による実施時期の変更", "代替日程とオンライン実施の案を用意する")));
		return this.plans.saveAndFlush(new CampaignPlan(department, content, actor, at));
	}

	private CampaignPlan submitted(Department department, String actor, String title, String objective, String audience,
			String strategy, LocalDate start, int days, List<PlanContent.Line> lines, List<PlanContent.Target> kpis,
			EnumSet<Channel> channels, Instant at) {
		CampaignPlan plan = draft(department, actor, title, objective, audience, strategy, start, days, lines, kpis,
				channels, at.minus(Duration.ofDays(2)));
		plan.submit(actor, at, false, null);
		return plan;
	}

	private CampaignPlan approved(Department department, String actor, String title, String objective, String audience,
			String strategy, LocalDate start, int days, List<PlanContent.Line> lines, List<PlanContent.Target> kpis,
			EnumSet<Channel> channels, Instant at, String reviewer) {
		CampaignPlan plan = submitted(department, actor, title, objective, audience, strategy, start, days, lines, kpis,
				channels, at);
		plan.tick(Set.copyOf(checklist()), checklist(), reviewer, at.plus(Duration.ofDays(1)));
		if (plan.needsCmo(LIMIT)) {
			plan.recommend(reviewer, at.plus(Duration.ofDays(1)), LIMIT, null);
			plan.approve("cmo", true, at.plus(Duration.ofDays(2)), LIMIT, checklist(), null);
		}
		else {
			plan.approve(reviewer, false, at.plus(Duration.ofDays(2)), LIMIT, checklist(), "内容・予算とも妥当です。");
		}
		// The plan is managed: flushing writes its moves. Saving it again would merge it,
		// and
		// a merge copies the new timeline entries instead of persisting them.
		this.plans.flush();
		return plan;
	}

	private static Set<Long> idsOf(Map<String, Long> objectives, String title) {
		return objectives.containsKey(title) ? Set.of(objectives.get(title)) : Set.of();
	}

	private static PlanContent.Line line(String item, Channel channel, long amount) {
		return new PlanContent.Line(item, channel, amount);
	}

	private static PlanContent.Target target(String metric, String unit, String value) {
		return new PlanContent.Target(metric, unit, new BigDecimal(value));
	}

	/** The demo brand guideline (published before the plans) supplies the checklist. */
	private List<String> checklist() {
		return this.brandChecklist.currentCodes();
	}

}
