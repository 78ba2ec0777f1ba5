package jp.mimamo.noren.demo;

import jp.mimamo.noren.tenancy.Region;

import java.util.List;

/**
 * A demo region: its places (with readings), where it is, how many sponsors of each category it has, its two
 * support centres and its demo centre-staff user (null when the realm has none for it).
 */
record DemoRegion(Region region, String prefecture, String areaCode, String postalPrefix, List<Place> places,
                  int hospitals, int facilities, int careProviders, int companies, int pharmacies, List<Centre> centres,
                  String staffUser) {

    record Place(String name, String kana) {
    }

    /** A support centre: its name and reading, the place it is in, its phone, and who answers out of hours. */
    record Centre(String name, String kana, String place, String phone, String afterHours, String afterHoursPhone) {
    }

    static List<DemoRegion> all() {
        return List.of(
                // Ota's counts are the ones on the original slides: 協賛病院 4, 協賛施設 6, 医療・介護 14, 企業 34, 薬局 8.
                new DemoRegion(new Region("ota", "おおた高齢者見守りネットワーク（大田区）", "Ota Ward"), "東京都大田区", "03", "143",
                        places("山王", "サンノウ", "大森", "オオモリ", "蒲田", "カマタ", "池上", "イケガミ", "馬込", "マゴメ",
                                "田園調布", "デンエンチョウフ", "羽田", "ハネダ", "久が原", "クガハラ"),
                        4, 6, 14, 34, 8,
                        List.of(new Centre("大森地域包括支援センター", "オオモリチイキホウカツシエンセンター", "大森北", "03-5764-0601",
                                        "夜間・休日は大田区高齢者夜間休日相談窓口", "03-5764-0699"),
                                new Centre("入新井地域包括支援センター", "イリアライチイキホウカツシエンセンター", "大森北", "03-5762-0702",
                                        "夜間・休日は大田区高齢者夜間休日相談窓口", "03-5764-0699")),
                        "ota-centre"),
                new DemoRegion(new Region("yamato", "やまと見守りネットワーク（大和市）", "Yamato"), "神奈川県大和市", "046", "242",
                        places("大和", "ヤマト", "中央林間", "チュウオウリンカン", "鶴間", "ツルマ", "高座渋谷", "コウザシブヤ",
                                "桜ヶ丘", "サクラガオカ", "南林間", "ミナミリンカン"),
                        3, 4, 8, 15, 5,
                        List.of(new Centre("中央林間地域包括支援センター", "チュウオウリンカンチイキホウカツシエンセンター", "中央林間", "046-200-0101",
                                        "夜間・休日は大和市高齢者夜間相談", "046-200-0199"),
                                new Centre("大和南地域包括支援センター", "ヤマトミナミチイキホウカツシエンセンター", "大和南", "046-200-0202",
                                        "夜間・休日は大和市高齢者夜間相談", "046-200-0199")),
                        "yamato-staff"),
                new DemoRegion(new Region("kishiwada", "きしわだ見守りネットワーク（岸和田市）", "Kishiwada"), "大阪府岸和田市", "072", "596",
                        places("岸和田", "キシワダ", "春木", "ハルキ", "久米田", "クメダ", "東岸和田", "ヒガシキシワダ", "八木", "ヤギ"),
                        2, 3, 6, 12, 4,
                        List.of(new Centre("岸和田中央地域包括支援センター", "キシワダチュウオウチイキホウカツシエンセンター", "岸和田", "072-400-0101",
                                        "夜間・休日は岸和田市夜間相談窓口", "072-400-0199"),
                                new Centre("春木地域包括支援センター", "ハルキチイキホウカツシエンセンター", "春木", "072-400-0202",
                                        "夜間・休日は岸和田市夜間相談窓口", "072-400-0199")),
                        null),
                new DemoRegion(new Region("otaru", "おたる見守りネットワーク（小樽市）", "Otaru"), "北海道小樽市", "0134", "047",
                        places("小樽", "オタル", "手宮", "テミヤ", "花園", "ハナゾノ", "朝里", "アサリ", "銭函", "ゼニバコ", "稲穂", "イナホ"),
                        2, 3, 5, 10, 3,
                        List.of(new Centre("小樽中央地域包括支援センター", "オタルチュウオウチイキホウカツシエンセンター", "稲穂", "0134-20-0101",
                                        "夜間・休日は小樽市高齢者夜間相談", "0134-20-0199"),
                                new Centre("銭函地域包括支援センター", "ゼニバコチイキホウカツシエンセンター", "銭函", "0134-20-0202",
                                        "夜間・休日は小樽市高齢者夜間相談", "0134-20-0199")),
                        null));
    }

    private static List<Place> places(String... pairs) {
        List<Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            places.add(new Place(pairs[i], pairs[i + 1]));
        }
        return places;
    }
}
