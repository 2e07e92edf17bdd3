package org.cmooffice.stakeholder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.account.User;
import org.cmooffice.account.Accounts;
import org.cmooffice.shared.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's register (local profile, first start): thirty organisations and
 * people — Diet members' offices, ministries, prefectures, newspapers and broadcasters,
 * industry bodies, NPOs — spread over the grid, with engagements, follow-ups due for the
 * demo staff member and one person kept past the retention date.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "cmo.demo.size", havingValue = "standard", matchIfMissing = true)
@Order(30)
class StakeholderDemoData implements ApplicationRunner {

	private final StakeholderRepository stakeholders;

	private final EngagementRepository engagements;

	private final Accounts accounts;

	private final Departments departments;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private Map<String, Long> departmentIds;

	private User owner;

	private final Map<String, Stakeholder> byName = new HashMap<>();

	StakeholderDemoData(StakeholderRepository stakeholders, EngagementRepository engagements, Accounts accounts,
			Departments departments, JdbcTemplate jdbc, Clock clock) {
		this.stakeholders = stakeholders;
		this.engagements = engagements;
		this.accounts = accounts;
		this.departments = departments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.stakeholders.count() > 0) {
			return;
		}
		this.departmentIds = this.departments.all()
			.stream()
			.collect(Collectors.toMap(Department::getCode, Department::getId));
		List<User> staff = this.accounts.activeWith(Role.STAFF);
		this.owner = staff.stream().filter((u) -> u.getUsername().equals("staff")).findFirst().orElse(staff.get(0));
		LocalDate today = LocalDate.now(this.clock);

		organisation(StakeholderCategory.MINISTRY, "厚生労働省", "コウセイロウドウショウ", 5, 4, Stance.SUPPORTIVE, "HEALTH", "国;健康");
		organisation(StakeholderCategory.MINISTRY, "観光庁", "カンコウチョウ", 4, 4, Stance.SUPPORTIVE, "TOURISM", "国;観光");
		organisation(StakeholderCategory.MINISTRY, "環境省", "カンキョウショウ", 4, 2, Stance.NEUTRAL, "ENV", "国");
		organisation(StakeholderCategory.MINISTRY, "内閣府 防災担当", "ナイカクフ ボウサイタントウ", 5, 5, Stance.SUPPORTIVE, "DISASTER",
				"国;防災");
		organisation(StakeholderCategory.LOCAL_GOVERNMENT, "県市長会", "ケンシチョウカイ", 4, 3, Stance.NEUTRAL, "HEALTH;DISASTER",
				"市町村");
		organisation(StakeholderCategory.LOCAL_GOVERNMENT, "県町村会", "ケンチョウソンカイ", 3, 2, Stance.NEUTRAL, "DISASTER",
				"市町村");
		organisation(StakeholderCategory.MEDIA, "県民日報社", "ケンミンニッポウシャ", 4, 5, Stance.NEUTRAL, "HEALTH;TOURISM;DISASTER",
				"新聞");
		organisation(StakeholderCategory.MEDIA, "ひかり放送", "ヒカリホウソウ", 4, 4, Stance.NEUTRAL, "DISASTER", "テレビ");
		organisation(StakeholderCategory.MEDIA, "地域情報ウェブ「まちナビ」", "チイキジョウホウウェブ マチナビ", 2, 4, Stance.SUPPORTIVE, "TOURISM",
				"ウェブ");
		organisation(StakeholderCategory.INDUSTRY_BODY, "県旅館ホテル組合", "ケンリョカンホテルクミアイ", 3, 5, Stance.SUPPORTIVE, "TOURISM",
				"観光");
		organisation(StakeholderCategory.INDUSTRY_BODY, "県医師会", "ケンイシカイ", 5, 3, Stance.NEUTRAL, "HEALTH", "医療");
		organisation(StakeholderCategory.INDUSTRY_BODY, "県商工会議所連合会", "ケンショウコウカイギショレンゴウカイ", 4, 2, Stance.NEUTRAL,
				"TOURISM", "経済");
		organisation(StakeholderCategory.NPO, "NPO法人 子育てネット", "エヌピーオーホウジン コソダテネット", 2, 5, Stance.SUPPORTIVE,
				"HEALTH;EDU", "子育て");
		organisation(StakeholderCategory.NPO, "NPO法人 森と水の会", "エヌピーオーホウジン モリトミズノカイ", 2, 3, Stance.OPPOSED, "ENV", "環境");
		organisation(StakeholderCategory.CITIZENS_GROUP, "防災ボランティア連絡会", "ボウサイボランティアレンラクカイ", 1, 4, Stance.SUPPORTIVE,
				"DISASTER", "防災;ボランティア");
		organisation(StakeholderCategory.ACADEMIC, "県立大学 地域政策研究所", "ケンリツダイガク チイキセイサクケンキュウジョ", 2, 2, Stance.NEUTRAL,
				"EDU", "研究");
		organisation(StakeholderCategory.INTERNATIONAL, "国際観光振興機構 現地事務所", "コクサイカンコウシンコウキコウ ゲンチジムショ", 2, 1,
				Stance.NEUTRAL, "TOURISM", "インバウンド");
		organisation(StakeholderCategory.BUSINESS, "県内交通株式会社", "ケンナイコウツウカブシキガイシャ", 3, 1, Stance.NEUTRAL, "TOURISM",
				"交通");

		person(StakeholderCategory.DIET_MEMBER, "佐藤 一郎", "サトウ イチロウ", null, "衆議院議員", 5, 4, Stance.SUPPORTIVE, "HEALTH",
				"衆議院", "県第1区", "与党", today.plusYears(3));
		person(StakeholderCategory.DIET_MEMBER, "鈴木 花子", "スズキ ハナコ", null, "参議院議員", 5, 2, Stance.OPPOSED, "ENV", "参議院",
				"県選挙区", "野党", today.plusYears(2));
		person(StakeholderCategory.DIET_MEMBER, "高田 誠", "タカダ マコト", null, "衆議院議員 秘書", 3, 3, Stance.NEUTRAL, "DISASTER",
				"衆議院", "県第2区", "与党", today.plusYears(1));
		person(StakeholderCategory.MEDIA, "田中 美穂", "タナカ ミホ", "県民日報社", "社会部記者", 3, 5, Stance.NEUTRAL, "HEALTH;DISASTER",
				null, null, null, today.plusYears(2));
		person(StakeholderCategory.MEDIA, "伊藤 健", "イトウ ケン", "ひかり放送", "報道部デスク", 4, 4, Stance.NEUTRAL, "DISASTER", null,
				null, null, today.plusYears(2));
		person(StakeholderCategory.MEDIA, "中村 さくら", "ナカムラ サクラ", "地域情報ウェブ「まちナビ」", "編集長", 2, 5, Stance.SUPPORTIVE,
				"TOURISM", null, null, null, today.plusYears(1));
		person(StakeholderCategory.INDUSTRY_BODY, "小林 浩", "コバヤシ ヒロシ", "県旅館ホテル組合", "理事長", 3, 5, Stance.SUPPORTIVE,
				"TOURISM", null, null, null, today.plusYears(2));
		person(StakeholderCategory.INDUSTRY_BODY, "加藤 直子", "カトウ ナオコ", "県医師会", "広報担当理事", 4, 3, Stance.NEUTRAL, "HEALTH",
				null, null, null, today.plusYears(2));
		person(StakeholderCategory.NPO, "山本 愛", "ヤマモト アイ", "NPO法人 子育てネット", "代表理事", 2, 5, Stance.SUPPORTIVE,
				"HEALTH;EDU", null, null, null, today.plusYears(1));
		person(StakeholderCategory.NPO, "吉田 学", "ヨシダ マナブ", "NPO法人 森と水の会", "事務局長", 2, 4, Stance.OPPOSED, "ENV", null,
				null, null, today.minusDays(20));
		person(StakeholderCategory.ACADEMIC, "渡辺 恵", "ワタナベ メグミ", "県立大学 地域政策研究所", "教授（危機管理）", 3, 3, Stance.SUPPORTIVE,
				"DISASTER;EDU", null, null, null, today.plusYears(3));
		person(StakeholderCategory.CITIZENS_GROUP, "松本 隆", "マツモト タカシ", "防災ボランティア連絡会", "世話人", 1, 3, Stance.SUPPORTIVE,
				"DISASTER", null, null, null, today.plusYears(1));
		this.stakeholders.flush();

		Long heat = planId("熱中症予防啓発プロジェクト");
		Long autumn = planId("秋の観光キャンペーン「ふるさと再発見」");
		engage("厚生労働省", today.minusDays(40), EngagementType.BRIEFING, "熱中症予防の国の啓発資料と県の計画のすり合わせ。", "広報課 2名", heat, null,
				null);
		engage("県民日報社", today.minusDays(12), EngagementType.PRESS_ENQUIRY, "熱中症搬送者数の推移について取材。データを提供。", "広報課長", heat,
				today.plusDays(3), "夏季の速報値を送付する");
		engage("田中 美穂", today.minusDays(12), EngagementType.CALL, "取材の補足として救急搬送データの見方を説明。", "広報課 担当", heat,
				today.minusDays(2), "追加の年齢別データを送る");
		engage("県旅館ホテル組合", today.minusDays(30), EngagementType.MEETING, "秋の観光キャンペーンの宿泊プランについて意見交換。", "観光振興部・広報課",
				autumn, today.plusDays(5), "共同プレスリリース案を共有する");
		engage("小林 浩", today.minusDays(9), EngagementType.MEETING, "キャンペーン開始日の記者発表への同席を依頼し、内諾を得た。", "広報課長", autumn,
				null, null);
		engage("佐藤 一郎", today.minusDays(60), EngagementType.BRIEFING, "県の健康づくり施策について事務所に説明。", "健康福祉部長", null, null,
				null);
		engage("鈴木 花子", today.minusDays(25), EngagementType.CONSULTATION, "水源保全と観光開発の両立について意見を聴取。", "環境政策部", null,
				today.plusDays(6), "論点整理メモを送付する");
		engage("内閣府 防災担当", today.minusDays(15), EngagementType.MEETING, "防災週間の共同広報について協議。", "防災危機管理部", null, null,
				null);
		engage("ひかり放送", today.minusDays(5), EngagementType.EMAIL, "防災特番への出演依頼を受領。", "広報課", null, today.plusDays(2),
				"出演者の調整結果を回答する");
		engage("NPO法人 子育てネット", today.minusDays(70), EngagementType.EVENT, "子育てフェスタで県の相談窓口を案内。", "健康福祉部", null, null,
				null);
		engage("吉田 学", today.minusDays(90), EngagementType.MEETING, "林道整備計画への懸念を聴取。", "環境政策部", null, null, null);
		engage("県医師会", today.minusDays(50), EngagementType.CONSULTATION, "がん検診の受診勧奨メッセージについて監修を依頼。", "健康福祉部", null,
				null, null);
		engage("中村 さくら", today.minusDays(3), EngagementType.CALL, "秋の観光特集記事の掲載日程を確認。", "観光振興部", autumn, null, null);
		engage("渡辺 恵", today.minusDays(100), EngagementType.BRIEFING, "災害時情報発信の検証結果を共有。", "防災危機管理部・広報課", null, null,
				null);
		engage("県市長会", today.minusDays(35), EngagementType.MEETING, "市町村と県の防災情報の一斉配信について協議。", "防災危機管理部", null, null,
				null);
	}

	private void organisation(StakeholderCategory category, String name, String kana, int influence, int interest,
			Stance stance, String departments, String tags) {
		save(new StakeholderDetails(StakeholderKind.ORGANISATION, category, name, kana, null, null,
				"koho@" + Math.abs(name.hashCode() % 10000) + ".example.jp",
				"03-0000-" + String.format("%04d", Math.abs(name.hashCode() % 10000)), null, influence, interest,
				stance, null, null, null, null, (category == StakeholderCategory.MEDIA) ? name : null, null, null, null,
				null, null, ids(departments), Set.of(tags.split(";"))), null);
	}

	private void person(StakeholderCategory category, String name, String kana, String organisation, String title,
			int influence, int interest, Stance stance, String departments, String house, String constituency,
			String party, LocalDate retention) {
		LocalDate today = LocalDate.now(this.clock);
		save(new StakeholderDetails(StakeholderKind.PERSON, category, name, kana, organisation, title,
				"person" + Math.abs(name.hashCode() % 10000) + "@example.jp",
				"090-0000-" + String.format("%04d", Math.abs(name.hashCode() % 10000)), null, influence, interest,
				stance, null, house, constituency, party, null, null, "広報・政策説明の連絡のため", "名刺交換（本人から取得）",
				today.minusYears(1), retention, ids(departments), Set.of()),
				(organisation != null) ? this.byName.get(organisation) : null);
	}

	private void save(StakeholderDetails details, Stakeholder organisation) {
		Stakeholder stakeholder = this.stakeholders.save(new Stakeholder(details, organisation, this.owner));
		this.byName.put(details.name(), stakeholder);
	}

	private void engage(String name, LocalDate on, EngagementType type, String summary, String attendees, Long planId,
			LocalDate followUpOn, String followUpAction) {
		Stakeholder stakeholder = this.byName.get(name);
		this.engagements.save(new Engagement(stakeholder, on, type, summary, attendees, planId, followUpOn,
				followUpAction, "staff", Instant.now(this.clock)));
		stakeholder.engagedOn(on);
	}

	private Set<Long> ids(String codes) {
		return java.util.Arrays.stream(codes.split(";"))
			.map(this.departmentIds::get)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
	}

	private Long planId(String title) {
		List<Long> ids = this.jdbc.queryForList("select id from campaign_plan where title = ? order by id", Long.class,
				title);
		return ids.isEmpty() ? null : ids.get(0);
	}

}
