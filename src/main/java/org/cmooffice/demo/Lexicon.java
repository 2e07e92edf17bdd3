package org.cmooffice.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The words the large office is written with: lists that the generating statements name
 * ({@code w.topic}) and index with their random numbers. Entries of several columns are
 * one word per line: kanji, kana and romaji separated by spaces.
 */
final class Lexicon {

	/**
	 * The departments, biggest first: the order is the skew (the weight of the n-th is
	 * 1/n, so the first five own more than half of the plans). HEALTH and TOURISM keep
	 * the codes the demo liaisons belong to.
	 */
	static final String[][] DEPARTMENTS = { { "HEALTH", "健康・医療局", "Health and Medical Bureau" },
			{ "DISASTER", "防災・危機管理局", "Disaster Management Bureau" },
			{ "TOURISM", "観光振興局", "Tourism Promotion Bureau" }, { "CHILD", "こども家庭局", "Children and Families Bureau" },
			{ "LABOUR", "労働基準局", "Labour Standards Bureau" }, { "ENV", "環境政策局", "Environmental Policy Bureau" },
			{ "PENSION", "年金局", "Pension Bureau" }, { "EMPLOY", "職業安定局", "Employment Security Bureau" },
			{ "AGING", "老健局", "Elderly Care Bureau" }, { "DIGITAL", "デジタル推進局", "Digital Transformation Bureau" },
			{ "AGRI", "農業政策局", "Agricultural Policy Bureau" }, { "FOOD", "食品安全局", "Food Safety Bureau" },
			{ "TRANSPORT", "交通政策局", "Transport Policy Bureau" }, { "MEDICAL", "医政局", "Medical Care Policy Bureau" },
			{ "PHARMA", "医薬・生活衛生局", "Pharmaceutical Safety Bureau" },
			{ "EDU", "教育文化局", "Education and Culture Bureau" }, { "SPORTS", "スポーツ振興局", "Sports Promotion Bureau" },
			{ "INDUSTRY", "産業振興局", "Industrial Promotion Bureau" },
			{ "SME", "中小企業支援局", "Small Business Support Bureau" }, { "ENERGY", "資源エネルギー局", "Energy Bureau" },
			{ "HOUSING", "住宅局", "Housing Bureau" }, { "ROADS", "道路局", "Road Bureau" },
			{ "WATER", "水管理・国土保全局", "Water and Land Conservation Bureau" }, { "CITY", "都市局", "City Planning Bureau" },
			{ "CONSUMER", "消費者政策局", "Consumer Policy Bureau" }, { "INTL", "国際協力局", "International Cooperation Bureau" },
			{ "REGIONAL", "地方創生局", "Regional Revitalisation Bureau" },
			{ "CULTURE", "文化芸術局", "Culture and Arts Bureau" }, { "STATS", "統計局", "Statistics Bureau" },
			{ "SECRETARIAT", "大臣官房", "Minister's Secretariat" } };

	/** Six campaign topics per department, in the order of {@link #DEPARTMENTS}. */
	static final int TOPICS_PER_DEPARTMENT = 6;

	private static final String TOPICS = """
			特定健診の受診勧奨 熱中症予防 こころの健康相談窓口 禁煙サポート 感染症予防 がん検診
			防災訓練への参加 ハザードマップの確認 家庭の備蓄 避難情報の理解 住宅の耐震診断 大雨への備え
			秋の観光キャンペーン インバウンド誘客 地域の祭り 冬の温泉旅 修学旅行の誘致 観光地のマナー
			子育て支援制度 児童手当 保育所の入所案内 児童虐待の防止 ひとり親家庭の支援 産後ケア
			長時間労働の是正 最低賃金の改定 職場のハラスメント防止 労働災害の防止 年次有給休暇の取得促進 テレワークの導入
			プラスチックごみの削減 省エネ家電への買い替え 脱炭素の暮らし 食品ロスの削減 環境教育出前講座 自然公園の利用マナー
			ねんきん定期便の確認 年金の繰下げ受給 国民年金保険料の納付 障害年金 年金相談の予約 学生納付特例
			ハローワークの利用 若者の就職支援 障害者雇用の促進 高年齢者の就業 職業訓練 雇用調整助成金
			介護予防 認知症への理解 地域包括支援センター 介護人材の確保 高齢者の見守り フレイル予防
			マイナンバーカードの取得 オンライン申請 デジタル活用支援 情報セキュリティ対策 行政手続のデジタル化 オープンデータ
			地産地消 新規就農者の募集 国産農産物の消費拡大 農業体験 鳥獣被害対策 スマート農業
			食中毒予防 食品表示の見方 輸入食品の安全 アレルギー表示 家庭での食品衛生 食品のリコール情報
			交通安全運動 高齢ドライバーの免許返納 自転車のヘルメット着用 公共交通の利用促進 飲酒運転の根絶 物流の効率化
			救急車の適正利用 かかりつけ医 医療従事者の確保 上手な医療のかかり方 在宅医療 医療安全
			薬物乱用の防止 後発医薬品の使用促進 献血の推進 臓器移植の意思表示 薬の正しい使い方 水道水の安全
			図書館の利用促進 奨学金制度 文化財公開デー 生涯学習講座 学校の働き方改革 不登校の相談窓口
			運動習慣づくり 地域スポーツ大会 障害者スポーツ 部活動の地域移行 ウォーキングイベント スポーツボランティア
			地場産業の販路拡大 創業支援 事業承継 企業誘致 伝統工芸品 産業観光
			中小企業の補助金 価格転嫁の促進 下請取引の適正化 資金繰り支援 経営相談窓口 賃上げ支援
			節電の呼びかけ 再生可能エネルギー 電気料金の支援 省エネ住宅 水素エネルギー 電力需給への備え
			空き家対策 住宅の耐震化 住宅セーフティネット 省エネ改修 公営住宅の入居者募集 マンション管理
			道路工事のお知らせ 冬道の安全運転 道路の損傷通報 通学路の安全対策 無電柱化 渋滞対策
			水害への備え 河川の水位情報 土砂災害警戒情報 水の週間 下水道の役割 川の安全な利用
			まちづくり計画 公園の利活用 景観の保全 都市緑化 コンパクトシティ 駅前再開発
			特殊詐欺の被害防止 悪質商法への注意 消費者ホットライン 契約トラブルの防止 製品事故の防止 ネット通販のトラブル
			多文化共生 外国人相談窓口 国際交流イベント 海外への情報発信 留学生の受入れ 外国人材の受入れ
			移住・定住の促進 ふるさと納税 関係人口の創出 地域おこし協力隊 二地域居住 地域の魅力発信
			芸術祭 美術館の無料開館日 伝統芸能の継承 文化ボランティア 映画祭 読書週間
			国勢調査への回答 統計データの活用 経済センサス 家計調査への協力 統計の日 統計グラフコンクール
			職員採用説明会 行政の透明性 白書の公表 政策評価の公表 庁舎見学 広報誌の読者調査
			""";

	private static final String SURNAMES = """
			佐藤 サトウ sato
			鈴木 スズキ suzuki
			高橋 タカハシ takahashi
			田中 タナカ tanaka
			伊藤 イトウ ito
			渡辺 ワタナベ watanabe
			山本 ヤマモト yamamoto
			中村 ナカムラ nakamura
			小林 コバヤシ kobayashi
			加藤 カトウ kato
			吉田 ヨシダ yoshida
			山田 ヤマダ yamada
			佐々木 ササキ sasaki
			山口 ヤマグチ yamaguchi
			松本 マツモト matsumoto
			井上 イノウエ inoue
			木村 キムラ kimura
			林 ハヤシ hayashi
			斎藤 サイトウ saito
			清水 シミズ shimizu
			山崎 ヤマザキ yamazaki
			森 モリ mori
			池田 イケダ ikeda
			橋本 ハシモト hashimoto
			阿部 アベ abe
			石川 イシカワ ishikawa
			山下 ヤマシタ yamashita
			中島 ナカジマ nakajima
			石井 イシイ ishii
			小川 オガワ ogawa
			前田 マエダ maeda
			岡田 オカダ okada
			長谷川 ハセガワ hasegawa
			藤田 フジタ fujita
			後藤 ゴトウ goto
			近藤 コンドウ kondo
			村上 ムラカミ murakami
			遠藤 エンドウ endo
			青木 アオキ aoki
			坂本 サカモト sakamoto
			福田 フクダ fukuda
			太田 オオタ ota
			西村 ニシムラ nishimura
			藤井 フジイ fujii
			金子 カネコ kaneko
			岡本 オカモト okamoto
			藤原 フジワラ fujiwara
			中野 ナカノ nakano
			三浦 ミウラ miura
			原田 ハラダ harada
			中川 ナカガワ nakagawa
			松田 マツダ matsuda
			竹内 タケウチ takeuchi
			小野 オノ ono
			田村 タムラ tamura
			中山 ナカヤマ nakayama
			和田 ワダ wada
			石田 イシダ ishida
			森田 モリタ morita
			上田 ウエダ ueda
			内田 ウチダ uchida
			柴田 シバタ shibata
			酒井 サカイ sakai
			宮崎 ミヤザキ miyazaki
			横山 ヨコヤマ yokoyama
			高木 タカギ takagi
			安藤 アンドウ ando
			宮本 ミヤモト miyamoto
			""";

	private static final String GIVEN_NAMES = """
			一郎 イチロウ ichiro
			健 ケン ken
			翔 ショウ sho
			誠 マコト makoto
			浩 ヒロシ hiroshi
			隆 タカシ takashi
			学 マナブ manabu
			大輔 ダイスケ daisuke
			拓也 タクヤ takuya
			健太 ケンタ kenta
			直樹 ナオキ naoki
			和也 カズヤ kazuya
			達也 タツヤ tatsuya
			亮 リョウ ryo
			修 オサム osamu
			聡 サトシ satoshi
			剛 ツヨシ tsuyoshi
			悠斗 ユウト yuto
			蓮 レン ren
			陽介 ヨウスケ yosuke
			正人 マサト masato
			雅之 マサユキ masayuki
			秀樹 ヒデキ hideki
			康弘 ヤスヒロ yasuhiro
			信也 シンヤ shinya
			花子 ハナコ hanako
			美咲 ミサキ misaki
			さくら サクラ sakura
			愛 アイ ai
			恵 メグミ megumi
			直子 ナオコ naoko
			美穂 ミホ miho
			陽子 ヨウコ yoko
			由美 ユミ yumi
			真理子 マリコ mariko
			智子 トモコ tomoko
			裕子 ユウコ yuko
			千尋 チヒロ chihiro
			彩 アヤ aya
			結衣 ユイ yui
			葵 アオイ aoi
			明美 アケミ akemi
			久美子 クミコ kumiko
			麻衣 マイ mai
			香織 カオリ kaori
			奈々 ナナ nana
			理恵 リエ rie
			綾香 アヤカ ayaka
			早紀 サキ saki
			美和 ミワ miwa
			""";

	/**
	 * The 47 prefectures first (constituencies use them), then large cities and two
	 * nationwide words.
	 */
	static final int PREFECTURES = 47;

	private static final String PLACES = """
			北海道 ホッカイドウ
			青森県 アオモリケン
			岩手県 イワテケン
			宮城県 ミヤギケン
			秋田県 アキタケン
			山形県 ヤマガタケン
			福島県 フクシマケン
			茨城県 イバラキケン
			栃木県 トチギケン
			群馬県 グンマケン
			埼玉県 サイタマケン
			千葉県 チバケン
			東京都 トウキョウト
			神奈川県 カナガワケン
			新潟県 ニイガタケン
			富山県 トヤマケン
			石川県 イシカワケン
			福井県 フクイケン
			山梨県 ヤマナシケン
			長野県 ナガノケン
			岐阜県 ギフケン
			静岡県 シズオカケン
			愛知県 アイチケン
			三重県 ミエケン
			滋賀県 シガケン
			京都府 キョウトフ
			大阪府 オオサカフ
			兵庫県 ヒョウゴケン
			奈良県 ナラケン
			和歌山県 ワカヤマケン
			鳥取県 トットリケン
			島根県 シマネケン
			岡山県 オカヤマケン
			広島県 ヒロシマケン
			山口県 ヤマグチケン
			徳島県 トクシマケン
			香川県 カガワケン
			愛媛県 エヒメケン
			高知県 コウチケン
			福岡県 フクオカケン
			佐賀県 サガケン
			長崎県 ナガサキケン
			熊本県 クマモトケン
			大分県 オオイタケン
			宮崎県 ミヤザキケン
			鹿児島県 カゴシマケン
			沖縄県 オキナワケン
			札幌市 サッポロシ
			仙台市 センダイシ
			さいたま市 サイタマシ
			千葉市 チバシ
			横浜市 ヨコハマシ
			川崎市 カワサキシ
			相模原市 サガミハラシ
			新潟市 ニイガタシ
			静岡市 シズオカシ
			浜松市 ハママツシ
			名古屋市 ナゴヤシ
			京都市 キョウトシ
			大阪市 オオサカシ
			堺市 サカイシ
			神戸市 コウベシ
			岡山市 オカヤマシ
			広島市 ヒロシマシ
			北九州市 キタキュウシュウシ
			福岡市 フクオカシ
			熊本市 クマモトシ
			全国 ゼンコク
			日本 ニホン
			""";

	private static final String FIELDS = """
			観光 カンコウ
			医療 イリョウ
			福祉 フクシ
			農業 ノウギョウ
			漁業 ギョギョウ
			林業 リンギョウ
			商工 ショウコウ
			建設 ケンセツ
			運輸 ウンユ
			環境 カンキョウ
			教育 キョウイク
			文化 ブンカ
			スポーツ スポーツ
			子育て支援 コソダテシエン
			防災 ボウサイ
			消費生活 ショウヒセイカツ
			情報通信 ジョウホウツウシン
			食品衛生 ショクヒンエイセイ
			旅館ホテル リョカンホテル
			薬剤師 ヤクザイシ
			看護 カンゴ
			介護 カイゴ
			労働 ロウドウ
			エネルギー エネルギー
			住宅 ジュウタク
			交通安全 コウツウアンゼン
			水産 スイサン
			国際交流 コクサイコウリュウ
			地域づくり チイキヅクリ
			男女共同参画 ダンジョキョウドウサンカク
			""";

	/**
	 * Kinds of organisation: category, prefix, its kana, suffix, its kana. A name is
	 * prefix + place + field + suffix, so every combination is a different name.
	 */
	static final String[][] ORGANISATION_KINDS = { { "INDUSTRY_BODY", "", "", "協会", "キョウカイ" },
			{ "INDUSTRY_BODY", "", "", "連合会", "レンゴウカイ" }, { "INDUSTRY_BODY", "", "", "協同組合", "キョウドウクミアイ" },
			{ "INDUSTRY_BODY", "", "", "推進協議会", "スイシンキョウギカイ" }, { "BUSINESS", "", "", "株式会社", "カブシキガイシャ" },
			{ "BUSINESS", "", "", "サービス株式会社", "サービスカブシキガイシャ" }, { "NPO", "NPO法人 ", "エヌピーオーホウジン ", "ネットワーク", "ネットワーク" },
			{ "MEDIA", "", "", "新聞社", "シンブンシャ" }, { "MEDIA", "", "", "放送", "ホウソウ" },
			{ "ACADEMIC", "", "", "研究所", "ケンキュウジョ" }, { "ACADEMIC", "", "", "学会", "ガッカイ" },
			{ "CITIZENS_GROUP", "", "", "を考える会", "ヲカンガエルカイ" }, { "CITIZENS_GROUP", "", "", "市民ネット", "シミンネット" },
			{ "LOCAL_GOVERNMENT", "", "", "振興課", "シンコウカ" }, { "INTERNATIONAL", "", "", "国際センター", "コクサイセンター" } };

	private static final String MINISTRIES = """
			内閣府 ナイカクフ
			内閣官房 ナイカクカンボウ
			総務省 ソウムショウ
			法務省 ホウムショウ
			外務省 ガイムショウ
			財務省 ザイムショウ
			文部科学省 モンブカガクショウ
			厚生労働省 コウセイロウドウショウ
			農林水産省 ノウリンスイサンショウ
			経済産業省 ケイザイサンギョウショウ
			国土交通省 コクドコウツウショウ
			環境省 カンキョウショウ
			防衛省 ボウエイショウ
			デジタル庁 デジタルチョウ
			復興庁 フッコウチョウ
			こども家庭庁 コドモカテイチョウ
			消費者庁 ショウヒシャチョウ
			観光庁 カンコウチョウ
			気象庁 キショウチョウ
			消防庁 ショウボウチョウ
			スポーツ庁 スポーツチョウ
			文化庁 ブンカチョウ
			""";

	/**
	 * The stakeholder categories (the enum's names), the influence a record of each
	 * usually has, and four job titles each for people.
	 */
	static final String[] CATEGORIES = { "DIET_MEMBER", "MINISTRY", "LOCAL_GOVERNMENT", "MEDIA", "INDUSTRY_BODY", "NPO",
			"CITIZENS_GROUP", "ACADEMIC", "INTERNATIONAL", "BUSINESS" };

	private static final Integer[] CATEGORY_INFLUENCE = { 4, 4, 3, 3, 3, 2, 1, 2, 2, 2 };

	private static final String PERSON_TITLES = """
			衆議院議員 参議院議員 議員秘書 政策担当秘書
			課長 課長補佐 係長 広報室長
			課長 主査 係長 広報担当
			記者 編集委員 デスク 論説委員
			理事長 専務理事 事務局長 広報部長
			代表理事 事務局長 理事 コーディネーター
			代表 世話人 事務局 会員
			教授 准教授 研究員 特任教授
			所長 副所長 プログラムオフィサー 広報担当
			代表取締役 広報部長 営業部長 社長室長
			""";

	private static final String TAGS = "重要 要フォロー 記者クラブ 業界団体 有識者 自治体 国会関係 医療 観光 防災 子育て 環境 経済 農業 交通 デジタル 国際 地方創生 消費者 文化";

	private static final String[] STAKEHOLDER_NOTES = { "年度初めに挨拶に伺う。", "取材対応は広報室を窓口とする。", "連絡はメールを優先。",
			"担当者は毎年4月に異動がある。", "政策への関心が高く、資料の提供を希望している。", "説明会の案内を毎回送付する。", "SNSでの発信力が大きい。" };

	private static final String[] DATA_SOURCES = { "名刺交換（本人から取得）", "公開情報（所属先ウェブサイト）", "本人からの問い合わせ", "関係団体からの紹介" };

	private static final String[] BEATS = { "社会部", "政治部", "経済部", "生活部", "科学部", "地方部" };

	private static final String[] MAIL_DOMAINS = { "example.jp", "example.co.jp", "example.or.jp", "example.ac.jp",
			"example.ne.jp" };

	private static final String[] TITLE_QUALIFIERS = { "若年層向け", "高齢者向け", "子育て世帯向け", "事業者向け", "訪日外国人向け", "学生向け",
			"自治体向け" };

	private static final String[] TITLE_SUFFIXES = { "キャンペーン", "啓発事業", "広報", "集中広報期間", "周知事業", "情報発信プロジェクト", "推進月間" };

	private static final String[] OBJECTIVES = { "{t}の認知度を{n}ポイント引き上げる。", "{t}に関する特設ページの閲覧数を前年度比{n}%増やす。",
			"{t}について理解している人の割合を{n}ポイント高める。", "{t}に関する問い合わせ件数を前年度比{n}%増やす。", "{t}に関するイベントの参加者を前年度より{n}%増やす。" };

	private static final String[] AUDIENCES = { "20〜30代の若年層", "子育て中の保護者", "65歳以上の高齢者とその家族", "中小企業の経営者", "首都圏在住の会社員",
			"訪日外国人旅行者", "高校生・大学生", "地方自治体の担当者", "医療・介護の従事者", "農林漁業者" };

	private static final String[] STRATEGIES = { "SNS動画で身近な事例を紹介し、行動のきっかけをつくる", "自治体・関係団体と連携し、地域の窓口で案内する",
			"著名人を起用した広告で関心を高める", "記者発表と特設サイトで正確な情報をまとめて届ける", "体験型イベントで参加者自身が発信する仕組みをつくる", "広報誌とポスターで紙媒体を好む層に確実に届ける",
			"データを分かりやすいインフォグラフィックで示す", "当事者の声を中心にしたストーリーで共感を得る" };

	/**
	 * The channels (the enum's names), how often a budget line uses each, and its cost.
	 */
	static final String[] CHANNELS = { "PRESS_RELEASE", "WEBSITE", "SNS", "EVENT", "ADVERTISING", "POSTER",
			"PR_MAGAZINE", "BRIEFING" };

	private static final double[] CHANNEL_WEIGHTS = { 10, 15, 20, 12, 12, 15, 8, 8 };

	private static final Double[] CHANNEL_COST = { 0.6, 1.0, 1.0, 1.3, 2.0, 0.8, 0.7, 0.4 };

	/** Three budget items per channel, in the order of {@link #CHANNELS}. */
	private static final String LINE_ITEMS = """
			記者発表会の開催 報道資料の作成 メディアキャラバン
			特設サイト制作 ウェブページ改修 多言語ページの翻訳
			SNS広告配信 SNS動画制作 インフルエンサーとの連携
			シンポジウムの開催 体験イベントの運営 地域説明会の開催
			新聞広告 テレビCM 交通広告
			ポスター制作・掲出 チラシ印刷 リーフレット作成
			広報誌特集 広報誌への折込 政府広報誌への掲載
			関係団体向け説明会 自治体向け説明資料 業界団体への説明
			""";

	private static final String[] KPI_METRICS = { "認知度", "特設ページ閲覧数", "イベント参加者数", "SNSインプレッション数", "問い合わせ件数", "申請件数",
			"記事掲載件数", "アンケート満足度", "動画再生回数", "行動変容率" };

	private static final String[] KPI_UNITS = { "%", "件", "人", "回", "件", "件", "件", "%", "回", "%" };

	private static final Double[] KPI_MIN = { 20.0, 10_000.0, 100.0, 100_000.0, 100.0, 200.0, 5.0, 60.0, 10_000.0,
			5.0 };

	private static final Double[] KPI_MAX = { 70.0, 300_000.0, 5_000.0, 5_000_000.0, 3_000.0, 10_000.0, 80.0, 95.0,
			1_000_000.0, 40.0 };

	private static final String[] RISKS = { "天候や社会情勢による実施時期の変更", "選挙期間との重複", "SNSでの誤解や批判的な反応", "委託先の納期遅延", "災害発生時の広報中止",
			"応募者の個人情報の取扱い" };

	private static final String[] MITIGATIONS = { "代替日程とオンライン実施の案を用意する", "公示前に主要な発信を終える日程にする", "想定問答を用意し、当日中に公式見解を示す",
			"中間納品日を設け、進捗を週次で確認する", "防災情報を優先し、再開日を改めて告知する", "委託先と取扱規程を結び、期間後に廃棄する" };

	private static final String[] EVALUATIONS = { "目標を上回った。SNSでの拡散が効果的だったため、来年度も継続する。",
			"目標をおおむね達成した。紙媒体の反応が想定より低く、次回は配布先を見直す。", "目標に届かなかった。開始時期が他の施策と重なったため、次回は時期を分散する。",
			"目標を達成した。関係団体との連携が効果的で、問い合わせが前年度より増えた。", "一部の指標で目標を下回った。対象層への到達に課題があり、媒体の選定を見直す。",
			"想定以上の参加があり、目標を大きく上回った。運営体制を強化して次年度に生かす。" };

	private static final String[] CHANGE_REASONS = { "KPIの測定方法を追記してください。", "予算の内訳と積算根拠を明記してください。",
			"対象層の設定が広すぎます。重点層を絞ってください。", "ブランドガイドラインに沿ったロゴの使用方法を確認してください。", "実施時期が選挙期間と重なります。日程を再検討してください。" };

	private static final String[] REJECTION_REASONS = { "費用対効果が見込めません。媒体を再検討してください。", "同様の施策が他局で予定されています。統合を検討してください。",
			"今年度の予算残額を超えるため、承認できません。", "目的と手段の対応が不明確です。" };

	private static final String[] WITHDRAWAL_REASONS = { "事業の見直しにより中止するため。", "他の施策に統合するため。", "会場の都合により今年度の実施を見送るため。" };

	private static final String[] COMMENTS = { "関係団体への事前説明を済ませました。", "特設サイトの公開日を確定しました。", "委託先の選定が完了しました。",
			"中間報告の資料を共有します。", "記者発表の日程を調整中です。" };

	/** The engagement types (the enum's names) and how often each is logged. */
	private static final String[] ENGAGEMENT_TYPES = { "MEETING", "BRIEFING", "CALL", "EMAIL", "EVENT", "CONSULTATION",
			"PRESS_ENQUIRY" };

	private static final double[] ENGAGEMENT_WEIGHTS = { 25, 10, 20, 25, 7, 5, 8 };

	/** Three endings of an engagement summary per type, after "{topic}". */
	private static final String ENGAGEMENT_ACTIONS = """
			について意見交換を行った。 について協議した。 の進め方について打合せを行った。
			について説明した。 の概要を説明し、協力を依頼した。 について事前説明を行った。
			について電話で問い合わせがあり、回答した。 について電話で状況を確認した。 について電話で協力を依頼した。
			についてメールで資料を送付した。 についてメールで照会に回答した。 についてメールで日程を調整した。
			のイベントで取組を紹介した。 のシンポジウムに登壇した。 の説明会にブースを出展した。
			について意見を聴取した。 について有識者として助言を受けた。 の案について意見照会を行った。
			について取材を受け、データを提供した。 について記者から問い合わせがあり、回答した。 について取材に応じた。
			""";

	private static final String[] ATTENDEES = { "広報室 2名", "担当課長", "局長・広報室", "広報室長", "担当係長・担当者", "審議官・担当課長", "広報室 担当者" };

	private static final String[] FOLLOW_UPS = { "追加資料を送付する", "次回打合せの日程を調整する", "回答内容を局内で共有する", "記事の掲載内容を確認する",
			"意見への対応方針を回答する", "関係課に照会して回答する" };

	/** The incident scenarios (the enum's names; none for the last) and their weights. */
	private static final String[] SCENARIOS = { "DISASTER", "DATA_BREACH", "PRODUCT_SAFETY", "MISCONDUCT",
			"MISINFORMATION", null };

	private static final double[] SCENARIO_WEIGHTS = { 25, 15, 12, 13, 25, 10 };

	/** Four titles per scenario: {t} is a topic, {p} a prefecture. */
	private static final String[] INCIDENT_TITLES = { "台風の接近に伴う情報発信（{p}）", "大雨による浸水被害への対応（{p}）", "地震の発生に伴う被害情報の発信（{p}）",
			"大規模停電に関する問い合わせの急増（{p}）", "委託先からの個人情報の漏えい（{t}）", "メールの誤送信による個人情報の流出（{t}）", "ウェブサイトへの不正アクセス（{t}）",
			"申請書類の紛失（{t}）", "補助対象製品のリコール", "食品への異物混入に関する報道（{p}）", "医薬品の供給停止への対応", "公園遊具の事故に関する報道（{p}）",
			"職員の不適切な発言に関する報道", "補助金の不適正な執行の疑い（{t}）", "入札情報の漏えいの疑い", "会議資料の改ざんに関する指摘", "{t}に関する誤情報のSNS拡散",
			"{t}をかたる詐欺メール", "{t}に関する偽の通知文書", "{t}の制度が廃止されるという誤った報道", "{t}に関する苦情の急増", "{t}の申請システムの障害", "{t}の案内ページの誤記",
			"{t}の説明会の中止に関する問い合わせ" };

	private static final String[] INCIDENT_DESCRIPTIONS = { "{title}。担当局から報告があり、広報室で対応方針を検討している。問い合わせは1日あたり約{n}件。",
			"{title}。報道機関からの問い合わせが相次いでいる（{n}件）。事実関係を確認中。", "{title}。SNS上での言及が急増している。関係局と連携し、正確な情報を発信する。" };

	private static final String[] INCIDENT_NOTES = { "担当局から状況の報告を受けた。", "報道機関からの問い合わせに対応した。", "公式サイトにお知らせを掲載した。",
			"公式SNSで注意喚起を行った。", "関係自治体と情報を共有した。", "想定問答を作成し、関係課に共有した。" };

	private static final String[] RUMOUR_SUBJECTS = { "給付金", "補助金", "ワクチン接種", "マイナンバーカード", "水道水", "災害時の避難所", "年金",
			"子育て支援金", "観光支援事業", "健康診断", "輸入食品", "電気料金の支援", "奨学金", "介護保険", "道路工事", "大雨の被害", "地震の予知", "個人情報の管理" };

	private static final String[] RUMOUR_CLAIMS = { "{}は今月末で打ち切られる。", "{}の申請には手数料が必要になる。", "{}に関する個人情報が民間企業に売られている。",
			"{}は外国籍の人だけが受けられる。", "{}の担当職員を名乗る電話で口座番号を聞かれた。", "{}の制度が来月から廃止される。", "{}の対象者は抽選で決まる。",
			"{}の情報は政府が意図的に隠している。", "{}をめぐって大臣が辞任する予定だ。", "{}の予算が特定の団体に不正に流れている。", "{}の説明会は偽物で、参加すると勧誘される。",
			"{}の期限が延長されたというメールが届いた。" };

	private static final String[] RUMOUR_SOURCES = { "担当局による事実確認", "公式ウェブサイトの掲載内容", "報道機関への確認", "関係団体からの情報提供" };

	private static final String[] RUMOUR_CHANNELS = { "SNS", "NEWS", "WEB_FORUM", "WORD_OF_MOUTH", "OTHER" };

	private static final double[] RUMOUR_CHANNEL_WEIGHTS = { 55, 10, 15, 15, 5 };

	private static final String[] FACT_CHECKS = { "TRUE", "FALSE", "MISLEADING", "UNVERIFIED" };

	private static final double[] FACT_CHECK_WEIGHTS = { 15, 45, 25, 15 };

	private static final String[] RESPONSES = { "STATEMENT", "CORRECTION_REQUEST", "FAQ_UPDATE", "NONE" };

	private static final double[] RESPONSE_WEIGHTS = { 30, 20, 35, 15 };

	/**
	 * What the audit trail records beyond what the records themselves say happened: the
	 * action's name, its share, the entity it names and who does it (anyone, the office's
	 * staff and liaisons, its staff, an administrator or the CMO).
	 */
	private static final String AUDIT_ACTIONS = """
			LOGIN_SUCCESS 450 USER any
			LOGOUT 250 USER any
			LOGIN_FAILURE 30 USER any
			ACCESS_DENIED 10 - any
			PASSWORD_CHANGED 10 USER any
			STAKEHOLDER_EDITED 150 STAKEHOLDER office
			STAKEHOLDERS_EXPORTED 5 - staff
			RUMOUR_UPDATED 60 RUMOUR staff
			KPI_MEASURED 5 STRATEGY staff
			AUDIT_VIEWED 5 - admin
			""";

	private Lexicon() {
	}

	/** The word lists by the name the statements give them ({@code w.topic}). */
	private static final Map<String, Object[]> WORDS = words();

	private static final Pattern REFERENCE = Pattern.compile("\\b(w|pp)\\.([a-z_]+)\\b");

	/**
	 * The statement with each word list it names ({@code w.name}, or {@code pp.name} for
	 * the office's people) written out as an array constant. Constants, not a table the
	 * statements join: an array in a table row is compressed and stored aside, and would
	 * be fetched and decompressed again for every row generated.
	 */
	static String expand(String statement, Map<String, Object[]> people) {
		Matcher reference = REFERENCE.matcher(statement);
		StringBuilder expanded = new StringBuilder();
		while (reference.find()) {
			Object[] values = (reference.group(1).equals("w") ? WORDS : people).get(reference.group(2));
			if (values == null) {
				throw new IllegalArgumentException("no word list " + reference.group());
			}
			reference.appendReplacement(expanded, Matcher.quoteReplacement(constant(values)));
		}
		return reference.appendTail(expanded).toString();
	}

	/** An array constant: {@code ('{"a","b",NULL}'::text[])}. */
	static String constant(Object[] values) {
		String elements = Arrays.stream(values)
			.map((value) -> (value == null) ? "NULL" : (value instanceof String text) ? quoted(text) : value.toString())
			.collect(Collectors.joining(","));
		return "('{" + elements + "}'::" + sqlType(values) + "[])";
	}

	private static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "''") + '"';
	}

	/**
	 * The temporary SQL functions the generating statements use (dropped by
	 * {@link #drop}).
	 */
	static void createFunctions(JdbcTemplate jdbc) {
		// Inlined by the planner: as fast as writing the expressions out.
		jdbc.execute("""
				CREATE FUNCTION pg_temp.pick(words anyarray, r double precision) RETURNS anyelement
				LANGUAGE sql IMMUTABLE AS 'SELECT words[1 + floor(r * cardinality(words))::int]'""");
		// Weekends move back to the Friday, so that a later event never lands before an
		// earlier one.
		jdbc.execute("""
				CREATE FUNCTION pg_temp.workday(d date) RETURNS date LANGUAGE sql IMMUTABLE AS
				$$SELECT d - CASE extract(isodow FROM d) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END$$""");
		// The n-th hour of the working day from 09:00, local time: a later slot on the
		// same day is a later time.
		jdbc.execute("""
				CREATE FUNCTION pg_temp.at(d date, slot int, r double precision) RETURNS timestamptz
				LANGUAGE sql STABLE AS $$
					SELECT (pg_temp.workday(d) + time '09:00' + slot * interval '1 hour'
						+ (r * (slot + 7.919) - floor(r * (slot + 7.919))) * interval '50 minutes')::timestamptz
				$$""");
		// A working day at a point of the ten years (0 to 1), busier as the years go by,
		// and no later than the last working day up to `last`: on a Monday, `last`
		// (yesterday) is a Sunday, which took the days of the week begun that day.
		jdbc.execute("""
				CREATE FUNCTION pg_temp.weekday(first_monday date, weeks int, progress double precision,
					r double precision, last date) RETURNS date
				LANGUAGE sql IMMUTABLE AS $$
					SELECT least(first_monday + 7 * floor(power(progress, 0.8) * weeks)::int + floor(r * 5)::int,
						pg_temp.workday(last))
				$$""");
		// The same people are anonymised in the register and in the engagement log.
		jdbc.execute("""
				CREATE FUNCTION pg_temp.anonymised(id bigint, organisations bigint) RETURNS boolean
				LANGUAGE sql IMMUTABLE AS 'SELECT id > organisations AND (id * 761) % 1000 < 20'""");
		StringBuilder hiragana = new StringBuilder();
		StringBuilder katakana = new StringBuilder();
		for (int c = 0x3041; c <= 0x3096; c++) {
			hiragana.appendCodePoint(c);
			katakana.appendCodePoint(c + 0x60);
		}
		// The stakeholder register's search text: NFKC, lower case, hiragana as katakana.
		jdbc.execute("CREATE FUNCTION pg_temp.search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE AS "
				+ "$$SELECT btrim(translate(lower(normalize(t, NFKC)), '" + hiragana + "', '" + katakana + "'))$$");
	}

	/**
	 * Drops the temporary functions: the connection goes back to the pool, and its
	 * session lives on.
	 */
	static void drop(JdbcTemplate jdbc) {
		jdbc.execute("DROP FUNCTION pg_temp.pick, pg_temp.at, pg_temp.workday, pg_temp.weekday, pg_temp.search_text,"
				+ " pg_temp.anonymised");
	}

	private static Map<String, Object[]> words() {
		Map<String, Object[]> columns = new LinkedHashMap<>();
		columns.put("dept_code", column(DEPARTMENTS, 0));
		columns.put("dept_ja", column(DEPARTMENTS, 1));
		columns.put("dept_en", column(DEPARTMENTS, 2));
		double[] departmentWeights = new double[DEPARTMENTS.length];
		for (int i = 0; i < departmentWeights.length; i++) {
			departmentWeights[i] = 1.0 / (i + 1);
		}
		columns.put("dept_cdf", cdf(departmentWeights));
		columns.put("topic", counted(words(TOPICS), DEPARTMENTS.length * TOPICS_PER_DEPARTMENT));
		// More plans year after year; April and October start the half-years.
		columns.put("year_cdf", cdf(new double[] { 1.0, 1.06, 1.12, 1.18, 1.24, 1.3, 1.36, 1.42, 1.48, 1.54 }));
		columns.put("month_cdf", cdf(new double[] { 16, 8, 8, 9, 4, 7, 14, 8, 5, 7, 6, 8 }));
		columns.put("surname", field(SURNAMES, 0));
		columns.put("surname_kana", field(SURNAMES, 1));
		columns.put("surname_romaji", field(SURNAMES, 2));
		columns.put("given", field(GIVEN_NAMES, 0));
		columns.put("given_kana", field(GIVEN_NAMES, 1));
		columns.put("given_romaji", field(GIVEN_NAMES, 2));
		columns.put("place", field(PLACES, 0));
		columns.put("place_kana", field(PLACES, 1));
		columns.put("field", field(FIELDS, 0));
		columns.put("field_kana", field(FIELDS, 1));
		columns.put("org_category", column(ORGANISATION_KINDS, 0));
		columns.put("org_prefix", column(ORGANISATION_KINDS, 1));
		columns.put("org_prefix_kana", column(ORGANISATION_KINDS, 2));
		columns.put("org_suffix", column(ORGANISATION_KINDS, 3));
		columns.put("org_suffix_kana", column(ORGANISATION_KINDS, 4));
		columns.put("ministry", field(MINISTRIES, 0));
		columns.put("ministry_kana", field(MINISTRIES, 1));
		columns.put("category", CATEGORIES);
		columns.put("category_influence", CATEGORY_INFLUENCE);
		columns.put("person_title", counted(words(PERSON_TITLES), CATEGORIES.length * 4));
		columns.put("tag", TAGS.split(" "));
		columns.put("stakeholder_note", STAKEHOLDER_NOTES);
		columns.put("data_source", DATA_SOURCES);
		columns.put("beat", BEATS);
		columns.put("mail_domain", MAIL_DOMAINS);
		columns.put("title_qualifier", TITLE_QUALIFIERS);
		columns.put("title_suffix", TITLE_SUFFIXES);
		columns.put("objective", OBJECTIVES);
		columns.put("audience", AUDIENCES);
		columns.put("strategy", STRATEGIES);
		columns.put("channel", CHANNELS);
		columns.put("channel_cdf", cdf(CHANNEL_WEIGHTS));
		columns.put("channel_cost", CHANNEL_COST);
		columns.put("line_item", counted(words(LINE_ITEMS), CHANNELS.length * 3));
		columns.put("kpi_metric", KPI_METRICS);
		columns.put("kpi_unit", KPI_UNITS);
		columns.put("kpi_min", KPI_MIN);
		columns.put("kpi_max", KPI_MAX);
		columns.put("risk", RISKS);
		columns.put("mitigation", MITIGATIONS);
		columns.put("evaluation", EVALUATIONS);
		columns.put("change_reason", CHANGE_REASONS);
		columns.put("rejection_reason", REJECTION_REASONS);
		columns.put("withdrawal_reason", WITHDRAWAL_REASONS);
		columns.put("plan_comment", COMMENTS);
		columns.put("engagement_type", ENGAGEMENT_TYPES);
		columns.put("engagement_cdf", cdf(ENGAGEMENT_WEIGHTS));
		columns.put("engagement_action", counted(words(ENGAGEMENT_ACTIONS), ENGAGEMENT_TYPES.length * 3));
		columns.put("attendees", ATTENDEES);
		columns.put("follow_up", FOLLOW_UPS);
		columns.put("scenario", SCENARIOS);
		columns.put("scenario_cdf", cdf(SCENARIO_WEIGHTS));
		columns.put("incident_title", counted(INCIDENT_TITLES, SCENARIOS.length * 4));
		columns.put("incident_description", INCIDENT_DESCRIPTIONS);
		columns.put("incident_note", INCIDENT_NOTES);
		columns.put("rumour_subject", RUMOUR_SUBJECTS);
		columns.put("rumour_claim", RUMOUR_CLAIMS);
		columns.put("rumour_source", RUMOUR_SOURCES);
		columns.put("rumour_channel", RUMOUR_CHANNELS);
		columns.put("rumour_channel_cdf", cdf(RUMOUR_CHANNEL_WEIGHTS));
		columns.put("fact_check", FACT_CHECKS);
		columns.put("fact_check_cdf", cdf(FACT_CHECK_WEIGHTS));
		columns.put("response", RESPONSES);
		columns.put("response_cdf", cdf(RESPONSE_WEIGHTS));
		List<String[]> audit = lines(AUDIT_ACTIONS);
		columns.put("audit_action", audit.stream().map((a) -> a[0]).toArray(String[]::new));
		columns.put("audit_cdf", cdf(audit.stream().mapToDouble((a) -> Double.parseDouble(a[1])).toArray()));
		columns.put("audit_entity", audit.stream().map((a) -> a[2].equals("-") ? null : a[2]).toArray(String[]::new));
		columns.put("audit_actor", audit.stream().map((a) -> a[3]).toArray(String[]::new));
		return columns;
	}

	/** A list that rows of a fixed width index into must have all its rows. */
	private static String[] counted(String[] words, int expected) {
		if (words.length != expected) {
			throw new IllegalStateException("expected " + expected + " words, found " + words.length);
		}
		return words;
	}

	private static String sqlType(Object[] values) {
		if (values instanceof Double[]) {
			return "float8";
		}
		if (values instanceof Long[]) {
			return "int8";
		}
		return (values instanceof Integer[]) ? "int4" : "text";
	}

	/**
	 * The lower bounds of the buckets of the weights, for {@code width_bucket(random(),
	 * cdf)}: the n-th bucket is drawn with the n-th weight's share.
	 */
	static Double[] cdf(double[] weights) {
		double total = Arrays.stream(weights).sum();
		Double[] bounds = new Double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			bounds[i] = sum / total;
			sum += weights[i];
		}
		return bounds;
	}

	private static String[] column(String[][] rows, int index) {
		return Arrays.stream(rows).map((row) -> row[index]).toArray(String[]::new);
	}

	private static String[] words(String text) {
		return text.strip().split("\\s+");
	}

	private static String[] field(String text, int index) {
		return lines(text).stream().map((line) -> line[index]).toArray(String[]::new);
	}

	private static List<String[]> lines(String text) {
		List<String[]> lines = new ArrayList<>();
		for (String line : text.strip().split("\n")) {
			lines.add(line.strip().split(" +"));
		}
		return lines;
	}

	static int size(String name) {
		return switch (name) {
			case "place" -> lines(PLACES).size();
			case "field" -> lines(FIELDS).size();
			case "ministry" -> lines(MINISTRIES).size();
			default -> throw new IllegalArgumentException(name);
		};
	}

}
